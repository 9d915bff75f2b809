/** Reading container users of a task definition (not a rule). */
import { addressed, asBoolean, needsReview, unaddressed } from '../../../lib/engine/findings';
import type { Finding } from '../../../lib/engine/rule';
import type { ResourceModel } from '../../../lib/model/resource';
import { isPlainObject, type Resolved } from '../../../lib/model/values';

const ROOT = /^(root|0)(:.*)?$/;

/** One finding per container (keyed by its name): non-root `User` required, or `Privileged: true` when `privilegedOk`. */
export function containerUserFindings(task: ResourceModel, options: { readonly privilegedOk: boolean }): Finding | Finding[] {
  const containers = task.property('ContainerDefinitions');
  if (!Array.isArray(containers)) return needsReview('the container definitions cannot be resolved', { propertyPath: 'ContainerDefinitions' });
  return (containers as readonly Resolved[]).map((container, index): Finding => {
    const path = `ContainerDefinitions.${index}`;
    if (!isPlainObject(container)) return needsReview(`${path} cannot be resolved`, { propertyPath: path, key: String(index) });
    const key = typeof container.Name === 'string' ? container.Name : String(index);
    const base = { propertyPath: `${path}.User`, key };
    if (options.privilegedOk && asBoolean(container.Privileged) === true) {
      return addressed(`container ${key} runs privileged by explicit opt-in`, { ...base, propertyPath: `${path}.Privileged` });
    }
    const user = container.User;
    if (user === undefined) return unaddressed(`container ${key} sets no User, so it runs as the image's default user, usually root`, base);
    if (typeof user !== 'string' && typeof user !== 'number') return needsReview(`the User of container ${key} cannot be resolved`, base);
    return ROOT.test(String(user)) ? unaddressed(`container ${key} runs as root (User ${user})`, base) : addressed(`container ${key} runs as user ${user}`, base);
  });
}

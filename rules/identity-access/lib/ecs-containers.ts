/** Per-container checks of an ECS task definition (not a rule). */
import { addressed, needsReview, unaddressed } from '../../../lib/engine/findings';
import type { Finding } from '../../../lib/engine/rule';
import type { ResourceModel } from '../../../lib/model/resource';
import { ConditionalValue, Unresolved, type Resolved } from '../../../lib/model/values';
import { containersOf } from './support';

export interface ContainerVerdict {
  readonly ok: boolean | undefined;
  readonly message: string;
  readonly property: string;
}

/** One finding per container, keyed by its name; `undefined` verdict means the value cannot be known. */
export function perContainer(task: ResourceModel, judge: (container: Record<string, Resolved>, name: string) => ContainerVerdict): Finding | Finding[] | undefined {
  const read = containersOf(task);
  if ('problem' in read) return read.problem;
  if (read.containers.length === 0) return undefined;
  return read.containers.map(({ path, name, value }) => {
    const verdict = judge(value, name);
    const options = { propertyPath: `${path}.${verdict.property}`, key: name };
    if (verdict.ok === true) return addressed(verdict.message, options);
    if (verdict.ok === false) return unaddressed(verdict.message, options);
    return needsReview(verdict.message, options);
  });
}

export function isUnknown(value: Resolved): boolean {
  return value instanceof Unresolved || value instanceof ConditionalValue;
}

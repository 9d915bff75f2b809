/** Databases restored or copied from another keep its encryption, which a template does not show. */
import { needsReview } from '../../../lib/engine/findings';
import type { Finding } from '../../../lib/engine/rule';
import type { ResourceModel } from '../../../lib/model/resource';

/**
 * Needs review when `property` is absent and one of `sources` names the snapshot or database the
 * resource is copied from; undefined otherwise (the property decides).
 */
export function inheritedEncryption(resource: ResourceModel, property: string, sources: readonly string[]): Finding | undefined {
  if (resource.get(property).value !== undefined) return undefined;
  const source = sources.find((name) => resource.get(name).value !== undefined);
  if (source === undefined) return undefined;
  return needsReview(`${property} is not set, so encryption is inherited from the source named by ${source}, which the template does not show`, { propertyPath: property });
}

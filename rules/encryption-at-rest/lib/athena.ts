import { asBoolean, needsReview, unaddressed } from '../../../lib/engine/findings';
import type { Finding } from '../../../lib/engine/rule';
import type { ResourceModel } from '../../../lib/model/resource';
import { Unresolved, branchesOf } from '../../../lib/model/values';

export const ENCRYPTION_PATH = 'WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration.EncryptionOption';

/**
 * The workgroup's encryption applies only when clients cannot override it: with
 * `EnforceWorkGroupConfiguration: false` each query may choose its own (or none).
 */
export function overridable(workgroup: ResourceModel): Finding | undefined {
  const enforce = workgroup.get('WorkGroupConfiguration.EnforceWorkGroupConfiguration');
  const branches = branchesOf(enforce.value);
  if (branches.some((branch) => branch.value !== undefined && asBoolean(branch.value) === false)) {
    return unaddressed('EnforceWorkGroupConfiguration is false, so clients can override the workgroup\'s result encryption', { propertyPath: enforce.path });
  }
  if (branches.some((branch) => branch.value instanceof Unresolved || (branch.value !== undefined && asBoolean(branch.value) === undefined))) {
    return needsReview('EnforceWorkGroupConfiguration cannot be read, so the tool cannot tell whether clients can override the result encryption', { propertyPath: enforce.path });
  }
  return undefined;
}

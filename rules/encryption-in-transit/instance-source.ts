/** Where an EC2 instance gets its type: its own `InstanceType`, else the launch template it names. */
import { needsReview } from '../../lib/engine/findings';
import type { Finding } from '../../lib/engine/rule';
import type { ResourceModel } from '../../lib/model/resource';
import { judgeInstanceType, templateOf, type Capability } from './instance-types';

/** EC2 launches `m1.small` (a Xen type) when neither the instance nor its template names a type. */
export const DEFAULT_TYPE = 'm1.small';

export function judgeInstance(instance: ResourceModel, want: Capability): Finding {
  const own = instance.get('InstanceType');
  const fallback = { ok: false, message: `no InstanceType is set, so EC2 uses its default type ${DEFAULT_TYPE}, which is not ${want === 'nitro' ? 'built on the AWS Nitro System' : 'a Nitro type that encrypts traffic between instances'}` };
  if (own.value !== undefined) return judgeInstanceType(own, want, fallback);
  const template = templateOf(instance, 'LaunchTemplate');
  if (template === 'external') return needsReview('the instance type comes from a launch template outside this template', { propertyPath: 'LaunchTemplate' });
  if (template === undefined) return judgeInstanceType(own, want, fallback);
  const finding = judgeInstanceType(template.get('LaunchTemplateData.InstanceType'), want, fallback);
  return { ...finding, message: `launch template ${template.logicalId}: ${finding.message}`, evidence: finding.evidence?.map((e) => ({ ...e, logicalId: template.logicalId })) };
}

/** Shared check of the S3, SQS and SNS public-policy rules (not a rule). */
import type { Finding } from '../../../lib/engine/rule';
import type { ResourceModel } from '../../../lib/model/resource';
import { resourcePoliciesOf } from '../../../lib/relations/resource-policies';
import { publicPolicyFinding } from './support';

export function resourcePolicyPublicFinding(resource: ResourceModel, what: string): Finding {
  const { attached, uncertain } = resourcePoliciesOf(resource);
  return publicPolicyFinding(
    [
      ...attached.map((a) => ({ holder: a.policy, path: a.documentPath, document: a.document, onlyWhen: a.onlyWhen })),
      ...uncertain.map((u) => ({ holder: u.policy, path: u.documentPath, document: u.document, onlyWhen: u.onlyWhen, uncertain: u.reason })),
    ],
    what,
  );
}

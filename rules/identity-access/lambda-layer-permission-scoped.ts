import { needsReview } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { Unresolved } from '../../lib/model/values';
import { requireString } from './lib/support';

export default defineRule({
  id: 'SRM-IAM-016',
  title: 'Lambda layer permissions are granted to an account or organization',
  duty: 'identity-access',
  severity: 'critical',
  resourceTypes: ['AWS::Lambda::LayerVersionPermission'],
  controls: {
    controlTower: ['CT.LAMBDA.PR.4'],
    nist80053: ['AC-3', 'AC-4', 'AC-6', 'AC-21', 'SC-7'],
  },
  docs: {
    description: 'A layer shared with `Principal: "*"` and no organization is usable by every AWS account, exposing the code it contains.',
    addressedBy: '`Principal` set to an AWS account ID, or `OrganizationId` set when `Principal` is `*`.',
    default: '`Principal` is required.',
    fix: {
      cdk: "layer.addPermission('Org', { accountId: '*', organizationId: 'o-abc123' })",
      cloudformation: 'Set `Principal` to an account ID, or set `OrganizationId` on the AWS::Lambda::LayerVersionPermission.',
    },
  },
  check(permission) {
    const org = permission.get('OrganizationId');
    if (org.value instanceof Unresolved) return needsReview(`OrganizationId cannot be resolved: ${org.value.reason}`, { propertyPath: 'OrganizationId' });
    const hasOrg = typeof org.value === 'string' && org.value !== '';
    return requireString(permission.get('Principal'), { ok: false, message: 'Principal is not set' }, (value) => {
      if (value !== '*') return { ok: true, message: `the layer is shared with account ${value}` };
      return hasOrg ? { ok: true, message: `the layer is shared with organization ${String(org.value)}` } : { ok: false, message: 'the layer is shared with every AWS account: Principal is "*" without OrganizationId' };
    });
  },
});

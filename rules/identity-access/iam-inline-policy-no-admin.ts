import { defineRule } from '../../lib/engine/rule';
import { grantsEverything } from '../../lib/relations/iam-policies';
import { INLINE_POLICY_TYPES, inlineSources } from './lib/policy-sources';
import { statementFinding } from './lib/support';

export default defineRule({
  id: 'SRM-IAM-001',
  title: 'IAM inline policies do not allow "*" actions on "*" resources',
  duty: 'identity-access',
  severity: 'high',
  resourceTypes: INLINE_POLICY_TYPES,
  controls: {
    controlTower: ['CT.IAM.PR.1'],
    nist80053: ['AC-2', 'AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-5', 'AC-6', 'AC-6(10)', 'AC-6(2)', 'AC-6(3)'],
    cdkNag: ['NIST.800.53.R5-IAMPolicyNoStatementsWithAdminAccess'],
  },
  docs: {
    description: 'AWS enforces whatever IAM policy the customer writes; granting every action on every resource is the customer\'s choice and turns any leaked credential into full control of the account.',
    addressedBy: 'Inline policies (`Policies` of a role, user or group, and `AWS::IAM::Policy` / `RolePolicy` / `UserPolicy` / `GroupPolicy`) whose Allow statements name specific actions or resources.',
    default: 'A resource without inline policies is not checked. A statement the tool cannot resolve is reviewed, never passed.',
    fix: {
      cdk: "role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [bucket.arnForObjects('*')] }))",
      cloudformation: 'Replace `Action: "*"` with `Resource: "*"` by the specific actions and resource ARNs the principal needs.',
    },
  },
  check(resource) {
    const sources = inlineSources(resource);
    if (!sources) return undefined;
    return statementFinding(sources, grantsEverything, { bad: 'an inline policy allows every action on every resource', ok: 'no inline policy statement allows "*" on "*"' });
  },
});

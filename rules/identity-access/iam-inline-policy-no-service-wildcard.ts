import { defineRule } from '../../lib/engine/rule';
import { grantsServiceWildcard } from '../../lib/relations/iam-policies';
import { INLINE_POLICY_TYPES, inlineSources } from './lib/policy-sources';
import { statementFinding } from './lib/support';

export default defineRule({
  id: 'SRM-IAM-003',
  title: 'IAM inline policies do not allow all actions of a service',
  duty: 'identity-access',
  severity: 'low',
  resourceTypes: INLINE_POLICY_TYPES,
  controls: {
    controlTower: ['CT.IAM.PR.5'],
    nist80053: ['AC-2', 'AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-5', 'AC-6', 'AC-6(10)', 'AC-6(2)', 'AC-6(3)'],
  },
  docs: {
    description: 'Wildcard service actions (`s3:*`) and `NotAction` allows grant far more than a workload uses, including destructive and permission-changing actions.',
    addressedBy: 'Inline policy Allow statements that list the actions needed, without `<service>:*`, `*` or `NotAction`.',
    default: 'A resource without inline policies is not checked. A statement the tool cannot resolve is reviewed, never passed.',
    fix: {
      cdk: "bucket.grantRead(role) // instead of new iam.PolicyStatement({ actions: ['s3:*'], ... })",
      cloudformation: 'Replace `<service>:*` (and `NotAction` allows) in inline policies by the specific actions needed.',
    },
  },
  check(resource) {
    const sources = inlineSources(resource);
    if (!sources) return undefined;
    return statementFinding(sources, grantsServiceWildcard, { bad: 'an inline policy allows all actions of a service (or uses NotAction)', ok: 'no inline policy statement allows a service wildcard or NotAction' });
  },
});

import { addressed, needsReview, unaddressed } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { Unresolved, branchesOf, type Resolved } from '../../lib/model/values';
import { managedPolicyName, rawManagedPolicyArn } from '../../lib/relations/iam-policies';

const ADMIN = 'AdministratorAccess';

export default defineRule({
  id: 'SRM-IAM-006',
  title: 'No IAM role, user or group has the AdministratorAccess managed policy',
  duty: 'identity-access',
  severity: 'high',
  resourceTypes: ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'],
  controls: {
    configRule: 'IAM_POLICY_BLACKLISTED_CHECK',
    nist80053: ['AC-2', 'AC-3', 'AC-5', 'AC-6', 'AC-6(10)'],
  },
  docs: {
    description: 'The AWS managed AdministratorAccess policy grants every action on every resource; a workload principal that carries it turns any compromise into account takeover.',
    addressedBy: '`ManagedPolicyArns` without `arn:<partition>:iam::aws:policy/AdministratorAccess`; scoped customer managed or AWS job-function policies instead.',
    default: 'A principal without managed policies is addressed. An ARN the tool cannot resolve is reviewed. The AWS Config rule IAM_POLICY_BLACKLISTED_CHECK checks AdministratorAccess by default.',
    fix: {
      cdk: "role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess')) // not AdministratorAccess",
      cloudformation: 'Remove `arn:aws:iam::aws:policy/AdministratorAccess` from `ManagedPolicyArns` and attach a policy scoped to the task.',
    },
  },
  check(principal) {
    const arns = principal.get('ManagedPolicyArns');
    if (arns.value === undefined) return addressed('no managed policy is attached');
    const admin: string[] = [];
    const unknown: string[] = [];
    for (const branch of branchesOf(arns.value)) {
      const when = branch.conditions.length > 0 ? ` (when ${branch.conditions.join(', ')})` : '';
      if (branch.value === undefined) continue;
      if (!Array.isArray(branch.value)) {
        unknown.push(`ManagedPolicyArns cannot be resolved${branch.value instanceof Unresolved ? `: ${branch.value.reason}` : ''}${when}`);
        continue;
      }
      (branch.value as readonly Resolved[]).forEach((arn, index) => {
        for (const item of branchesOf(arn)) {
          if (item.value === undefined) continue;
          const name = managedPolicyName(item.value, item.conditions.length === 0 ? rawManagedPolicyArn(principal, index) : undefined);
          const at = `ManagedPolicyArns.${index}${[...branch.conditions, ...item.conditions].length > 0 ? ` (when ${[...branch.conditions, ...item.conditions].join(', ')})` : ''}`;
          if (name === ADMIN) admin.push(at);
          else if (name instanceof Unresolved) unknown.push(`${at} cannot be resolved: ${name.reason}`);
        }
      });
    }
    if (admin.length > 0) return unaddressed(`AdministratorAccess is attached: ${admin.join('; ')}`, { propertyPath: admin[0].split(' ')[0], evidence: admin.map((description) => ({ description, propertyPath: description.split(' ')[0] })) });
    if (unknown.length > 0) return needsReview(unknown.join('; '), { propertyPath: 'ManagedPolicyArns' });
    return addressed('AdministratorAccess is not among the managed policies', { propertyPath: 'ManagedPolicyArns' });
  },
});

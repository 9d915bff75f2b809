import { addressed, needsReview, unaddressed } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { identityPoliciesOf, principalsOfPolicy } from '../../lib/relations/iam-policies';

export default defineRule({
  id: 'SRM-IAM-005',
  title: 'IAM users get permissions only through groups',
  duty: 'identity-access',
  severity: 'low',
  resourceTypes: ['AWS::IAM::User', 'AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::UserPolicy'],
  controls: {
    configRule: 'IAM_USER_NO_POLICIES_CHECK',
    securityHub: ['IAM.2'],
    controlTower: ['CT.IAM.PR.4'],
    nist80053: ['AC-2', 'AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-6', 'AC-6(3)'],
    cdkNag: ['NIST.800.53.R5-IAMUserNoPolicies'],
  },
  docs: {
    description: 'Permissions attached to individual users drift and are hard to review; granting them through groups keeps access uniform and auditable.',
    addressedBy: 'No `Policies` or `ManagedPolicyArns` on the `AWS::IAM::User`, and no `AWS::IAM::Policy`, `ManagedPolicy` or `UserPolicy` naming the user; permissions come from its `Groups`.',
    default: 'A user without policies is addressed. A policy resource whose target cannot be resolved may attach to the user: needs review.',
    fix: {
      cdk: 'group.addManagedPolicy(policy); user.addToGroup(group) // instead of user.addManagedPolicy(policy)',
      cloudformation: 'Move the user\'s `Policies` / `ManagedPolicyArns` to an `AWS::IAM::Group` and list the group in the user\'s `Groups`.',
    },
  },
  check(resource) {
    if (resource.type !== 'AWS::IAM::User') {
      // Policies on users of this stack are reported on the user; here only users defined elsewhere.
      const targets = principalsOfPolicy(resource).filter((t) => t.kind !== 'resource' && (t.property === 'Users' || t.property === 'UserName'));
      if (targets.length === 0) return undefined;
      const propertyPath = targets[0].property;
      const external = targets.flatMap((t) => (t.kind === 'external' ? [t.name] : []));
      if (external.length > 0) return unaddressed(`the policy is attached directly to user ${external.join(', ')}`, { propertyPath });
      const unknown = targets.flatMap((t) => (t.kind === 'unresolved' ? [t.reason] : []));
      return needsReview(`the policy may attach directly to a user: ${unknown.join('; ')}`, { propertyPath });
    }
    const { policies, uncertain } = identityPoliciesOf(resource);
    if (policies.length > 0) {
      const evidence = policies.map((p) => ({ description: p.kind === 'resource' ? `${p.holder.type} ${p.holder.logicalId} names the user` : `${p.path} on the user`, logicalId: p.holder.logicalId, propertyPath: p.path }));
      const first = policies[0];
      return unaddressed(`the user has ${policies.length} polic${policies.length === 1 ? 'y' : 'ies'} attached directly: ${evidence.map((e) => e.description).join('; ')}`, {
        propertyPath: first.holder === resource ? first.path.split('.').slice(0, 1).join('.') : undefined,
        evidence,
      });
    }
    if (uncertain.length > 0) return needsReview(`a policy whose target cannot be resolved may attach to the user: ${uncertain[0].reason}`);
    return addressed('no policy is attached directly to the user');
  },
});

import { defineRule } from '../../lib/engine/rule';
import { parsePolicyDocument } from '../../lib/relations/policy-documents';
import { publicPolicyFinding } from './lib/support';

export default defineRule({
  id: 'SRM-IAM-007',
  title: 'IAM role trust policies do not let any principal assume the role',
  duty: 'identity-access',
  severity: 'critical',
  resourceTypes: ['AWS::IAM::Role'],
  controls: {
    nist80053: ['AC-3', 'AC-6', 'AC-17'],
  },
  docs: {
    description: 'A trust policy that allows `Principal: "*"` without a condition lets any AWS account assume the role and use its permissions.',
    addressedBy: '`AssumeRolePolicyDocument` statements naming specific services, accounts or roles, or a `*` principal narrowed by a condition such as `aws:PrincipalOrgID`, `aws:PrincipalAccount` or `aws:SourceAccount`.',
    default: '`AssumeRolePolicyDocument` is required. A principal or condition the tool cannot resolve is reviewed.',
    fix: {
      cdk: "new iam.Role(this, 'Role', { assumedBy: new iam.AccountPrincipal('123456789012') })",
      cloudformation: 'Replace `Principal: "*"` in `AssumeRolePolicyDocument` by the services or account ARNs that need the role, or add an `aws:PrincipalOrgID` condition.',
    },
  },
  check(role) {
    const document = parsePolicyDocument(role.get('AssumeRolePolicyDocument').value, 'AssumeRolePolicyDocument');
    return publicPolicyFinding([{ holder: role, path: 'AssumeRolePolicyDocument', document }], 'the trust policy');
  },
});

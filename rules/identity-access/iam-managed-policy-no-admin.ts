import { defineRule } from '../../lib/engine/rule';
import { parsePolicyDocument } from '../../lib/relations/policy-documents';
import { grantsEverything } from '../../lib/relations/iam-policies';
import { statementFinding } from './lib/support';

export default defineRule({
  id: 'SRM-IAM-002',
  title: 'IAM customer managed policies do not allow "*" actions on "*" resources',
  duty: 'identity-access',
  severity: 'high',
  resourceTypes: ['AWS::IAM::ManagedPolicy'],
  controls: {
    configRule: 'IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS',
    securityHub: ['IAM.1'],
    controlTower: ['CT.IAM.PR.2'],
    nist80053: ['AC-2', 'AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-5', 'AC-6', 'AC-6(10)', 'AC-6(2)', 'AC-6(3)'],
    cdkNag: ['NIST.800.53.R5-IAMPolicyNoStatementsWithAdminAccess'],
  },
  docs: {
    description: 'A customer managed policy that allows every action on every resource gives whoever it is attached to full administrator access.',
    addressedBy: 'Allow statements of the `AWS::IAM::ManagedPolicy` that name specific actions or resources.',
    default: 'A statement the tool cannot resolve is reviewed, never passed.',
    fix: {
      cdk: "new iam.ManagedPolicy(this, 'Policy', { statements: [new iam.PolicyStatement({ actions: ['dynamodb:GetItem'], resources: [table.tableArn] })] })",
      cloudformation: 'Replace the `Action: "*"` / `Resource: "*"` statement of the managed policy by the specific actions and resource ARNs needed.',
    },
  },
  check(policy) {
    const document = parsePolicyDocument(policy.get('PolicyDocument').value, 'PolicyDocument');
    return statementFinding([{ holder: policy, path: 'PolicyDocument', document }], grantsEverything, { bad: 'the managed policy allows every action on every resource', ok: 'no statement allows "*" on "*"' });
  },
});

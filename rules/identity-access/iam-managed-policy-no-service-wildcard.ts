import { defineRule } from '../../lib/engine/rule';
import { parsePolicyDocument } from '../../lib/relations/policy-documents';
import { grantsServiceWildcard } from '../../lib/relations/iam-policies';
import { statementFinding } from './lib/support';

export default defineRule({
  id: 'SRM-IAM-004',
  title: 'IAM customer managed policies do not allow all actions of a service',
  duty: 'identity-access',
  severity: 'low',
  resourceTypes: ['AWS::IAM::ManagedPolicy'],
  controls: {
    configRule: 'IAM_POLICY_NO_STATEMENTS_WITH_FULL_ACCESS',
    securityHub: ['IAM.21'],
    controlTower: ['CT.IAM.PR.3'],
    nist80053: ['AC-2', 'AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-5', 'AC-6', 'AC-6(10)', 'AC-6(2)', 'AC-6(3)'],
    cdkNag: ['NIST.800.53.R5-IAMPolicyNoStatementsWithFullAccess'],
  },
  docs: {
    description: 'A managed policy that allows `<service>:*` or uses `NotAction` grants every current and future action of the service.',
    addressedBy: 'Allow statements of the `AWS::IAM::ManagedPolicy` that list specific actions.',
    default: 'A statement the tool cannot resolve is reviewed, never passed.',
    fix: {
      cdk: "new iam.ManagedPolicy(this, 'Policy', { statements: [new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [queue.queueArn] })] })",
      cloudformation: 'Replace `<service>:*` and `NotAction` allows in the managed policy by the specific actions needed.',
    },
  },
  check(policy) {
    const document = parsePolicyDocument(policy.get('PolicyDocument').value, 'PolicyDocument');
    return statementFinding([{ holder: policy, path: 'PolicyDocument', document }], grantsServiceWildcard, { bad: 'the managed policy allows all actions of a service (or uses NotAction)', ok: 'no statement allows a service wildcard or NotAction' });
  },
});

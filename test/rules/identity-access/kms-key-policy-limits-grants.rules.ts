import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import rule from '../../../rules/identity-access/kms-key-policy-limits-grants';
import { testRule } from '../../support/rule-tester';

const deny = (condition: object) => ({ Effect: 'Deny', Principal: '*', Action: 'kms:CreateGrant', Resource: '*', Condition: condition });
const key = (statements: object[]) => ({ Key: { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: { Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111111111111:root' }, Action: 'kms:*', Resource: '*' }, ...statements] } } } });
const limit = { BoolIfExists: { 'kms:GrantIsForAWSResource': 'false', 'aws:PrincipalIsAWSService': 'false' } };

testRule(rule, [
  { name: 'deny of non-service grants', resources: key([deny(limit)]), expect: [{ status: 'addressed', propertyPath: 'KeyPolicy.Statement.1' }] },
  { name: 'no such statement', resources: key([]), expect: 'unaddressed' },
  { name: 'only one of the two conditions', resources: key([deny({ BoolIfExists: { 'kms:GrantIsForAWSResource': 'false' } })]), expect: 'unaddressed' },
  { name: 'default key policy', resources: { Key: { Type: 'AWS::KMS::Key', Properties: {} } }, expect: 'unaddressed' },
  { name: 'key policy imported', resources: { Key: { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: { 'Fn::ImportValue': 'policy' } } } }, expect: 'needs-review' },
  { name: 'action from a parameter without a default', parameters: { A: { Type: 'String' } }, resources: key([{ ...deny(limit), Action: { Ref: 'A' } }]), expect: 'needs-review' },
  {
    name: 'Key with the grant-limiting statement',
    cdk: (stack) => {
      const k = new kms.Key(stack, 'Key');
      k.addToResourcePolicy(new iam.PolicyStatement({ effect: iam.Effect.DENY, principals: [new iam.AnyPrincipal()], actions: ['kms:CreateGrant'], resources: ['*'], conditions: limit }));
    },
    expect: 'addressed',
  },
  { name: 'Key with the default policy', cdk: (stack) => void new kms.Key(stack, 'Key'), expect: 'unaddressed' },
]);

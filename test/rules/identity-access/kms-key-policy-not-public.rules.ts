import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import rule from '../../../rules/identity-access/kms-key-policy-not-public';
import { testRule } from '../../support/rule-tester';

const root = { AWS: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'AWS::AccountId' }, ':root']] } };
const key = (statements: object[]) => ({ Key: { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: { Statement: statements } } } });

testRule(rule, [
  { name: 'account root principal (environment unknown)', resources: key([{ Effect: 'Allow', Principal: root, Action: 'kms:*', Resource: '*' }]), expect: 'addressed' },
  { name: 'no KeyPolicy: the default policy', resources: { Key: { Type: 'AWS::KMS::Key', Properties: {} } }, expect: 'addressed' },
  { name: 'Principal "*"', resources: key([{ Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*' }]), expect: [{ status: 'unaddressed', propertyPath: 'KeyPolicy.Statement.0' }] },
  {
    name: '"*" narrowed by kms:CallerAccount',
    resources: key([{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'kms:CallerAccount': '111111111111' } } }]),
    expect: 'addressed',
  },
  { name: 'principal from a parameter without a default', parameters: { Who: { Type: 'String' } }, resources: key([{ Effect: 'Allow', Principal: { AWS: { Ref: 'Who' } }, Action: 'kms:Decrypt', Resource: '*' }]), expect: 'needs-review' },
  { name: 'Key with the default CDK policy', cdk: (stack) => void new kms.Key(stack, 'Key'), expect: 'addressed' },
  {
    name: 'Key shared with everyone',
    cdk: (stack) => {
      const k = new kms.Key(stack, 'Key');
      k.grantDecrypt(new iam.AnyPrincipal());
    },
    expect: 'unaddressed',
  },
]);

import * as iam from 'aws-cdk-lib/aws-iam';
import rule from '../../../rules/identity-access/iam-managed-policy-no-admin';
import { testRule } from '../../support/rule-tester';

const policy = (statement: object) => ({ P: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: { Statement: [statement] } } } });

testRule(rule, [
  { name: 'scoped statement', resources: policy({ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:eu-west-1:1:q' }), expect: 'addressed' },
  { name: '"*" on "*"', resources: policy({ Effect: 'Allow', Action: '*', Resource: '*' }), expect: [{ status: 'unaddressed', propertyPath: 'PolicyDocument.Statement.0' }] },
  { name: '"*" on one resource is not admin', resources: policy({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::b' }), expect: 'addressed' },
  { name: 'NotAction is not this rule', resources: policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }), expect: 'addressed' },
  { name: 'resource from a parameter without a default', parameters: { R: { Type: 'String' } }, resources: policy({ Effect: 'Allow', Action: '*', Resource: { Ref: 'R' } }), expect: 'needs-review' },
  {
    name: 'Fn::If inside Action is reviewed',
    parameters: { Env: { Type: 'String' } },
    conditions: { Dev: { 'Fn::Equals': [{ Ref: 'Env' }, 'dev'] } },
    resources: policy({ Effect: 'Allow', Action: { 'Fn::If': ['Dev', '*', 's3:GetObject'] }, Resource: '*' }),
    expect: 'needs-review',
  },
  {
    name: 'ManagedPolicy with scoped statements',
    cdk: (stack) => {
      new iam.ManagedPolicy(stack, 'P', { statements: [new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::b/*'] })] });
    },
    expect: 'addressed',
  },
  {
    name: 'ManagedPolicy with "*" on "*"',
    cdk: (stack) => {
      new iam.ManagedPolicy(stack, 'P', { statements: [new iam.PolicyStatement({ actions: ['*'], resources: ['*'] })] });
    },
    expect: 'unaddressed',
  },
]);

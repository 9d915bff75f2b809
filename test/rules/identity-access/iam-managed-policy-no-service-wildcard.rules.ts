import * as iam from 'aws-cdk-lib/aws-iam';
import rule from '../../../rules/identity-access/iam-managed-policy-no-service-wildcard';
import { testRule } from '../../support/rule-tester';

const policy = (statement: object) => ({ P: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: { Statement: [statement] } } } });

testRule(rule, [
  { name: 'specific actions', resources: policy({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }), expect: 'addressed' },
  { name: 'kms:*', resources: policy({ Effect: 'Allow', Action: 'kms:*', Resource: '*' }), expect: 'unaddressed' },
  { name: 'Deny kms:* is fine', resources: policy({ Effect: 'Deny', Action: 'kms:*', Resource: '*' }), expect: 'addressed' },
  { name: 'effect from a parameter without a default', parameters: { E: { Type: 'String' } }, resources: policy({ Effect: { Ref: 'E' }, Action: 'kms:*', Resource: '*' }), expect: 'needs-review' },
  {
    name: 'ManagedPolicy with specific actions',
    cdk: (stack) => {
      new iam.ManagedPolicy(stack, 'P', { statements: [new iam.PolicyStatement({ actions: ['logs:PutLogEvents'], resources: ['*'] })] });
    },
    expect: 'addressed',
  },
  {
    name: 'ManagedPolicy with NotAction',
    cdk: (stack) => {
      new iam.ManagedPolicy(stack, 'P', { statements: [new iam.PolicyStatement({ notActions: ['iam:*'], resources: ['*'] })] });
    },
    expect: 'unaddressed',
  },
]);

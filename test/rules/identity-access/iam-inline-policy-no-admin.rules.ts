import * as iam from 'aws-cdk-lib/aws-iam';
import rule from '../../../rules/identity-access/iam-inline-policy-no-admin';
import { testRule } from '../../support/rule-tester';

const trust = { Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
const role = (statement: object) => ({ Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: trust, Policies: [{ PolicyName: 'p', PolicyDocument: { Statement: [statement] } }] } } });

testRule(rule, [
  { name: 'specific actions', resources: role({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }), expect: 'addressed' },
  { name: '"*" on "*" in a role inline policy', resources: role({ Effect: 'Allow', Action: '*', Resource: '*' }), expect: [{ status: 'unaddressed', on: 'Role', propertyPath: 'Policies.0.PolicyDocument.Statement.0' }] },
  { name: '"*" on "*" denied is fine', resources: role({ Effect: 'Deny', Action: '*', Resource: '*' }), expect: 'addressed' },
  {
    name: 'AWS::IAM::Policy with "*" in a list',
    resources: { P: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'p', Roles: ['r'], PolicyDocument: { Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', '*'], Resource: ['*'] }] } } } },
    expect: 'unaddressed',
  },
  { name: 'role without inline policies is not checked', resources: { Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: trust } } }, expect: [] },
  {
    name: 'action from a parameter without a default',
    parameters: { Act: { Type: 'String' } },
    resources: role({ Effect: 'Allow', Action: { Ref: 'Act' }, Resource: '*' }),
    expect: 'needs-review',
  },
  {
    name: 'statement imported from another stack',
    resources: { P: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'p', Roles: ['r'], PolicyDocument: { 'Fn::ImportValue': 'doc' } } } },
    expect: 'needs-review',
  },
  {
    name: 'Role with a scoped inline statement',
    cdk: (stack) => {
      const r = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
      r.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::b/*'] }));
    },
    expect: 'addressed',
  },
  {
    name: 'Role granted "*" on "*"',
    cdk: (stack) => {
      const r = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
      r.addToPolicy(new iam.PolicyStatement({ actions: ['*'], resources: ['*'] }));
    },
    expect: 'unaddressed',
  },
]);

import * as iam from 'aws-cdk-lib/aws-iam';
import rule from '../../../rules/identity-access/iam-role-trust-not-public';
import { testRule } from '../../support/rule-tester';

const role = (statement: object) => ({ Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: { Statement: [statement] } } } });

testRule(rule, [
  { name: 'service principal', resources: role({ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }), expect: 'addressed' },
  { name: 'Principal "*"', resources: role({ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }), expect: [{ status: 'unaddressed', propertyPath: 'AssumeRolePolicyDocument.Statement.0' }] },
  { name: 'AWS "*"', resources: role({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }), expect: 'unaddressed' },
  {
    name: '"*" narrowed to the organization',
    resources: role({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-123' } } }),
    expect: 'addressed',
  },
  { name: 'principal from a parameter without a default', parameters: { P: { Type: 'String' } }, resources: role({ Effect: 'Allow', Principal: { AWS: { Ref: 'P' } }, Action: 'sts:AssumeRole' }), expect: 'needs-review' },
  {
    name: 'Role assumed by an account (region known, so the partition resolves)',
    env: { account: '111111111111', region: 'eu-west-1' },
    cdk: (stack) => {
      new iam.Role(stack, 'Role', { assumedBy: new iam.AccountPrincipal('123456789012') });
    },
    expect: 'addressed',
  },
  {
    name: 'Role assumed by an account in an environment-agnostic stack',
    cdk: (stack) => {
      new iam.Role(stack, 'Role', { assumedBy: new iam.AccountRootPrincipal() });
    },
    expect: 'addressed',
  },
  {
    name: 'Role assumed by any principal',
    cdk: (stack) => {
      new iam.Role(stack, 'Role', { assumedBy: new iam.AnyPrincipal() });
    },
    expect: 'unaddressed',
  },
]);

import * as iam from 'aws-cdk-lib/aws-iam';
import rule from '../../../rules/identity-access/iam-inline-policy-no-service-wildcard';
import { testRule } from '../../support/rule-tester';

const user = (statement: object) => ({ U: { Type: 'AWS::IAM::User', Properties: { Policies: [{ PolicyName: 'p', PolicyDocument: { Statement: statement } }] } } });

testRule(rule, [
  { name: 'specific actions', resources: user({ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: '*' }), expect: 'addressed' },
  { name: 's3:* on a bucket', resources: user({ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::b' }), expect: [{ status: 'unaddressed', on: 'U', message: /all actions of a service/ }] },
  { name: 'Allow with NotAction', resources: user({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }), expect: 'unaddressed' },
  { name: 'prefix wildcards are not service wildcards', resources: user({ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }), expect: 'addressed' },
  {
    name: 'RolePolicy with a service wildcard',
    resources: { P: { Type: 'AWS::IAM::RolePolicy', Properties: { RoleName: 'r', PolicyName: 'p', PolicyDocument: { Statement: [{ Effect: 'Allow', Action: 'dynamodb:*', Resource: '*' }] } } } },
    expect: 'unaddressed',
  },
  { name: 'action imported', resources: user({ Effect: 'Allow', Action: { 'Fn::ImportValue': 'actions' }, Resource: '*' }), expect: 'needs-review' },
  {
    name: 'Policy with grant methods',
    cdk: (stack) => {
      const r = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com') });
      new iam.Policy(stack, 'P', { roles: [r], statements: [new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'] })] });
    },
    expect: 'addressed',
  },
  {
    name: 'Policy with s3:*',
    cdk: (stack) => {
      const r = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com') });
      new iam.Policy(stack, 'P', { roles: [r], statements: [new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] })] });
    },
    expect: 'unaddressed',
  },
]);

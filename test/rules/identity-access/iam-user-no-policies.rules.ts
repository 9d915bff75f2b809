import * as iam from 'aws-cdk-lib/aws-iam';
import rule from '../../../rules/identity-access/iam-user-no-policies';
import { testRule } from '../../support/rule-tester';

const doc = { Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] };

testRule(rule, [
  { name: 'user in a group only', resources: { U: { Type: 'AWS::IAM::User', Properties: { Groups: ['devs'] } } }, expect: 'addressed' },
  { name: 'user with inline Policies', resources: { U: { Type: 'AWS::IAM::User', Properties: { Policies: [{ PolicyName: 'p', PolicyDocument: doc }] } } }, expect: [{ status: 'unaddressed', on: 'U', propertyPath: 'Policies' }] },
  { name: 'user with ManagedPolicyArns', resources: { U: { Type: 'AWS::IAM::User', Properties: { ManagedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] } } }, expect: 'unaddressed' },
  {
    name: 'separate AWS::IAM::Policy naming the user by Ref',
    resources: { U: { Type: 'AWS::IAM::User', Properties: {} }, P: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'p', PolicyDocument: doc, Users: [{ Ref: 'U' }] } } },
    expect: [{ status: 'unaddressed', on: 'U', message: /AWS::IAM::Policy P names the user/ }],
  },
  {
    name: 'policy attached to a group does not count',
    resources: { U: { Type: 'AWS::IAM::User', Properties: { Groups: [{ Ref: 'G' }] } }, G: { Type: 'AWS::IAM::Group', Properties: {} }, P: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'p', PolicyDocument: doc, Groups: [{ Ref: 'G' }] } } },
    expect: [{ status: 'addressed', on: 'U' }],
  },
  {
    name: 'policy naming a user of another stack',
    resources: { P: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: doc, Users: ['alice'] } } },
    expect: [{ status: 'unaddressed', on: 'P', message: /alice/ }],
  },
  {
    name: 'policy whose users come from a parameter without a default',
    parameters: { Who: { Type: 'String' } },
    resources: { U: { Type: 'AWS::IAM::User', Properties: {} }, P: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'p', PolicyDocument: doc, Users: [{ Ref: 'Who' }] } } },
    expect: [{ status: 'needs-review', on: 'U' }, { status: 'needs-review', on: 'P' }],
  },
  {
    name: 'User added to a Group with the policy',
    cdk: (stack) => {
      const group = new iam.Group(stack, 'G');
      group.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess'));
      new iam.User(stack, 'U', { groups: [group] });
    },
    expect: 'addressed',
  },
  {
    name: 'User with a grant of its own',
    cdk: (stack) => {
      const user = new iam.User(stack, 'U');
      user.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
    },
    expect: [{ status: 'unaddressed', on: 'U' }],
  },
]);

import * as iam from 'aws-cdk-lib/aws-iam';
import rule from '../../../rules/identity-access/iam-no-administrator-access';
import { testRule } from '../../support/rule-tester';

const trust = { Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
const role = (arns: unknown) => ({ Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: trust, ManagedPolicyArns: arns } } });

testRule(rule, [
  { name: 'ReadOnlyAccess', resources: role(['arn:aws:iam::aws:policy/ReadOnlyAccess']), expect: 'addressed' },
  { name: 'AdministratorAccess literal', resources: role(['arn:aws:iam::aws:policy/AdministratorAccess']), expect: [{ status: 'unaddressed', propertyPath: 'ManagedPolicyArns.0' }] },
  {
    name: 'AdministratorAccess with ${AWS::Partition}',
    resources: role([{ 'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess' }]),
    expect: 'unaddressed',
  },
  { name: 'job-function path is another policy', resources: role(['arn:aws:iam::aws:policy/job-function/ViewOnlyAccess']), expect: 'addressed' },
  { name: 'ARN from a parameter without a default', parameters: { Arn: { Type: 'String' } }, resources: role([{ Ref: 'Arn' }]), expect: 'needs-review' },
  { name: 'ARN imported', resources: role([{ 'Fn::ImportValue': 'policy-arn' }]), expect: 'needs-review' },
  { name: 'group with AdministratorAccess', resources: { G: { Type: 'AWS::IAM::Group', Properties: { ManagedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess'] } } }, expect: 'unaddressed' },
  {
    name: 'Role with a scoped AWS managed policy',
    cdk: (stack) => {
      new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'), managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonSSMManagedInstanceCore')] });
    },
    expect: 'addressed',
  },
  {
    name: 'Role with AdministratorAccess',
    cdk: (stack) => {
      new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'), managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('AdministratorAccess')] });
    },
    expect: 'unaddressed',
  },
]);

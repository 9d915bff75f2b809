import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Stack } from 'aws-cdk-lib';
import rule from '../../../rules/patch-management/autoscaling-group-managed-by-ssm';
import { testRule } from '../../support/rule-tester';

const asg = (properties: object) => ({ Asg: { Type: 'AWS::AutoScaling::AutoScalingGroup', Properties: { MinSize: '1', MaxSize: '1', ...properties } } });
const lt = (data: object) => ({ LT: { Type: 'AWS::EC2::LaunchTemplate', Properties: { LaunchTemplateData: data } } });
const chain = (arns: unknown[]) => ({
  Profile: { Type: 'AWS::IAM::InstanceProfile', Properties: { Roles: [{ Ref: 'Role' }] } },
  Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: {}, ManagedPolicyArns: arns } },
});
const viaTemplate = asg({ LaunchTemplate: { LaunchTemplateId: { Ref: 'LT' }, Version: '1' } });

function group(stack: Stack, managed: boolean): void {
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
  if (managed) role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonSSMManagedInstanceCore'));
  const launchTemplate = new ec2.LaunchTemplate(stack, 'LT', { machineImage: ec2.MachineImage.latestAmazonLinux2023(), instanceType: new ec2.InstanceType('t3.micro'), role });
  new autoscaling.AutoScalingGroup(stack, 'Asg', { vpc: new ec2.Vpc(stack, 'Vpc', { maxAzs: 1 }), launchTemplate });
}

testRule(rule, [
  { name: 'launch template profile with the managed policy', resources: { ...viaTemplate, ...lt({ IamInstanceProfile: { Arn: { 'Fn::GetAtt': ['Profile', 'Arn'] } } }), ...chain(['arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore']) }, expect: [{ status: 'addressed', on: 'Asg' }] },
  {
    name: 'launch configuration profile with the managed policy (Sub)',
    resources: { ...asg({ LaunchConfigurationName: { Ref: 'LC' } }), LC: { Type: 'AWS::AutoScaling::LaunchConfiguration', Properties: { ImageId: 'ami-1', InstanceType: 't3.micro', IamInstanceProfile: { Ref: 'Profile' } } }, ...chain([{ 'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/AmazonSSMManagedInstanceCore' }]) },
    expect: [{ status: 'addressed', on: 'Asg' }],
  },
  { name: 'launch template without a profile', resources: { ...viaTemplate, ...lt({ InstanceType: 't3.micro' }) }, expect: [{ status: 'unaddressed', on: 'Asg' }] },
  { name: 'launch template outside the stack', resources: asg({ LaunchTemplate: { LaunchTemplateId: 'lt-0123', Version: '1' } }), expect: 'needs-review' },
  { name: 'AutoScalingGroup with an SSM role', cdk: (stack) => group(stack, true), expect: 'addressed' },
  { name: 'AutoScalingGroup without SSM permissions', cdk: (stack) => group(stack, false), expect: 'unaddressed' },
]);

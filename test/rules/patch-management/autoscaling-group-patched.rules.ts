import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import type { Stack } from 'aws-cdk-lib';
import rule from '../../../rules/patch-management/autoscaling-group-patched';
import { testRule } from '../../support/rule-tester';

const asg = (tags: object[]) => ({ Asg: { Type: 'AWS::AutoScaling::AutoScalingGroup', Properties: { MinSize: '1', MaxSize: '1', LaunchTemplate: { LaunchTemplateId: { Ref: 'LT' }, Version: '1' }, Tags: tags } } });
const lt = (tags: object[] = []) => ({ LT: { Type: 'AWS::EC2::LaunchTemplate', Properties: { LaunchTemplateData: { TagSpecifications: [{ ResourceType: 'instance', Tags: tags }] } } } });
const association = (targets: unknown) => ({ Patch: { Type: 'AWS::SSM::Association', Properties: { Name: 'AWS-RunPatchBaseline', Parameters: { Operation: ['Install'] }, Targets: targets } } });

function group(stack: Stack, targetGroup: boolean): void {
  const launchTemplate = new ec2.LaunchTemplate(stack, 'LT', { machineImage: ec2.MachineImage.latestAmazonLinux2023(), instanceType: new ec2.InstanceType('t3.micro') });
  const asgConstruct = new autoscaling.AutoScalingGroup(stack, 'Asg', { vpc: new ec2.Vpc(stack, 'Vpc', { maxAzs: 1 }), launchTemplate });
  const values = targetGroup ? [asgConstruct.autoScalingGroupName] : ['other'];
  new ssm.CfnAssociation(stack, 'Patch', { name: 'AWS-RunPatchBaseline', parameters: { Operation: ['Install'] }, targets: [{ key: 'tag:aws:autoscaling:groupName', values }] });
}

testRule(rule, [
  { name: 'by the group name tag', resources: { ...asg([]), ...lt(), ...association([{ Key: 'tag:aws:autoscaling:groupName', Values: [{ Ref: 'Asg' }] }]) }, expect: [{ status: 'addressed', on: 'Asg' }] },
  { name: 'by a tag propagated at launch', resources: { ...asg([{ Key: 'Patch', Value: 'yes', PropagateAtLaunch: true }]), ...lt(), ...association([{ Key: 'tag:Patch', Values: ['yes'] }]) }, expect: [{ status: 'addressed', on: 'Asg' }] },
  { name: 'by a launch template instance tag', resources: { ...asg([]), ...lt([{ Key: 'Patch', Value: 'yes' }]), ...association([{ Key: 'tag:Patch', Values: ['yes'] }]) }, expect: [{ status: 'addressed', on: 'Asg' }] },
  { name: 'tag not propagated to instances', resources: { ...asg([{ Key: 'Patch', Value: 'yes', PropagateAtLaunch: false }]), ...lt(), ...association([{ Key: 'tag:Patch', Values: ['yes'] }]) }, expect: [{ status: 'unaddressed', on: 'Asg' }] },
  { name: 'launch template outside the stack, tag-based target', resources: { Asg: { Type: 'AWS::AutoScaling::AutoScalingGroup', Properties: { MinSize: '1', MaxSize: '1', LaunchTemplate: { LaunchTemplateId: 'lt-1', Version: '1' } } }, ...association([{ Key: 'tag:Patch', Values: ['yes'] }]) }, expect: [{ status: 'needs-review', on: 'Asg' }] },
  { name: 'AutoScalingGroup targeted by its group name', cdk: (stack) => group(stack, true), expect: [{ status: 'addressed', on: 'Asg' }] },
  { name: 'AutoScalingGroup not targeted', cdk: (stack) => group(stack, false), expect: [{ status: 'unaddressed', on: 'Asg' }] },
]);

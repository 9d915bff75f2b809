import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import rule from '../../../rules/patch-management/autoscaling-group-launch-template';
import { testRule } from '../../support/rule-tester';

const asg = (properties: object) => ({ Asg: { Type: 'AWS::AutoScaling::AutoScalingGroup', Properties: { MinSize: '1', MaxSize: '1', ...properties } } });

testRule(rule, [
  { name: 'launch template', resources: asg({ LaunchTemplate: { LaunchTemplateId: 'lt-1', Version: '1' } }), expect: 'addressed' },
  { name: 'mixed instances policy', resources: asg({ MixedInstancesPolicy: { LaunchTemplate: { LaunchTemplateSpecification: { LaunchTemplateName: 'lt', Version: '1' } } } }), expect: 'addressed' },
  { name: 'launch configuration', resources: asg({ LaunchConfigurationName: 'legacy' }), expect: [{ status: 'unaddressed', message: /launch configuration/ }] },
  { name: 'specification from an import', resources: asg({ LaunchTemplate: { 'Fn::ImportValue': 'Spec' } }), expect: 'needs-review' },
  {
    name: 'AutoScalingGroup with a launch template',
    cdk: (stack) => new autoscaling.AutoScalingGroup(stack, 'Asg', { vpc: new ec2.Vpc(stack, 'Vpc', { maxAzs: 1 }), launchTemplate: new ec2.LaunchTemplate(stack, 'LT', { machineImage: ec2.MachineImage.latestAmazonLinux2023(), instanceType: new ec2.InstanceType('t3.micro') }) }),
    expect: 'addressed',
  },
  {
    name: '[L1] CfnAutoScalingGroup with a launch configuration',
    cdk: (stack) => new autoscaling.CfnAutoScalingGroup(stack, 'Asg', { minSize: '1', maxSize: '1', launchConfigurationName: 'legacy', availabilityZones: ['eu-west-1a'] }),
    expect: 'unaddressed',
  },
]);

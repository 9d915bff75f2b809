import type { Stack } from 'aws-cdk-lib';
import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import rule from '../../../rules/patch-management/autoscaling-group-nitro-overrides';
import { testRule } from '../../support/rule-tester';

const group = (overrides: object[]) => ({
  G: {
    Type: 'AWS::AutoScaling::AutoScalingGroup',
    Properties: {
      MinSize: '0',
      MaxSize: '2',
      VPCZoneIdentifier: ['subnet-1'],
      MixedInstancesPolicy: { LaunchTemplate: { LaunchTemplateSpecification: { LaunchTemplateId: 'lt-1', Version: '1' }, Overrides: overrides } },
    },
  },
});
const cdkGroup = (types: string[]) => (stack: Stack) => {
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 1, natGateways: 0 });
  const launchTemplate = new ec2.LaunchTemplate(stack, 'LT', { machineImage: ec2.MachineImage.latestAmazonLinux2023() });
  new autoscaling.AutoScalingGroup(stack, 'G', {
    vpc,
    mixedInstancesPolicy: { launchTemplate, launchTemplateOverrides: types.map((t) => ({ instanceType: new ec2.InstanceType(t) })) },
  });
};

testRule(rule, [
  { name: 'Nitro override', resources: group([{ InstanceType: 't3.micro' }]), expect: 'addressed' },
  { name: 'Xen override', resources: group([{ InstanceType: 't2.micro' }]), expect: [{ status: 'unaddressed', message: /t2\.micro/, propertyPath: 'MixedInstancesPolicy.LaunchTemplate.Overrides.0.InstanceType' }] },
  { name: 'requirements with Nitro families', resources: group([{ InstanceRequirements: { VCpuCount: { Min: 2, Max: 4 }, MemoryMiB: { Min: 4000 }, AllowedInstanceTypes: ['m5.*', 'c5.*'] } }]), expect: 'addressed' },
  { name: 'requirements with a Xen type', resources: group([{ InstanceRequirements: { VCpuCount: { Min: 1 }, MemoryMiB: { Min: 1000 }, AllowedInstanceTypes: ['c4.large'] } }]), expect: 'unaddressed' },
  { name: 'type from a parameter without default', parameters: { T: { Type: 'String' } }, resources: group([{ InstanceType: { Ref: 'T' } }]), expect: 'needs-review' },
  { name: 'a wild pattern of unknown reach', resources: group([{ InstanceRequirements: { VCpuCount: { Min: 1 }, MemoryMiB: { Min: 1000 }, AllowedInstanceTypes: ['m7*'] } }]), expect: 'needs-review' },
  { name: 'no type overrides: not applicable', resources: group([{ WeightedCapacity: '1' }]), expect: [] },
  { name: 'CDK overrides with Nitro types', cdk: cdkGroup(['m5.large', 'c6g.large']), expect: 'addressed' },
  { name: 'CDK override with a Xen type', cdk: cdkGroup(['m4.large']), expect: 'unaddressed' },
]);

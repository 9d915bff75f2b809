import type { Stack } from 'aws-cdk-lib';
import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import rule from '../../../rules/encryption-in-transit/autoscaling-group-transit-encryption';
import { testRule } from '../../support/rule-tester';

const group = (overrides: object[] | object) => ({
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
  { name: 'in-transit types', resources: group([{ InstanceType: 'c5n.large' }, { InstanceType: 'm7g.large' }]), expect: 'addressed' },
  { name: 'a type without in-transit encryption', resources: group([{ InstanceType: 'c5.large' }]), expect: [{ status: 'unaddressed', message: /does not encrypt/ }] },
  { name: 'allowed pattern admitting other types', resources: group([{ InstanceRequirements: { VCpuCount: { Min: 2 }, MemoryMiB: { Min: 1024 }, AllowedInstanceTypes: ['m5*'] } }]), expect: 'unaddressed' },
  { name: 'type from a parameter without default', parameters: { T: { Type: 'String' } }, resources: group([{ InstanceType: { Ref: 'T' } }]), expect: 'needs-review' },
  { name: 'overrides from an import', resources: group({ 'Fn::ImportValue': 'Overrides' }), expect: 'needs-review' },
  { name: 'no overrides: not applicable', resources: group([]), expect: [] },
  { name: 'CDK overrides with m6i and r7i', cdk: cdkGroup(['m6i.large', 'r7i.large']), expect: 'addressed' },
  { name: 'CDK override with t3', cdk: cdkGroup(['t3.large']), expect: 'unaddressed' },
]);

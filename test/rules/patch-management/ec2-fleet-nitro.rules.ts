import * as ec2 from 'aws-cdk-lib/aws-ec2';
import rule from '../../../rules/patch-management/ec2-fleet-nitro';
import { testRule } from '../../support/rule-tester';

const fleet = (...configs: object[][]) => ({
  F: {
    Type: 'AWS::EC2::EC2Fleet',
    Properties: {
      TargetCapacitySpecification: { TotalTargetCapacity: 2 },
      LaunchTemplateConfigs: configs.map((overrides) => ({ LaunchTemplateSpecification: { LaunchTemplateId: 'lt-0123456789abcdef0', Version: '1' }, Overrides: overrides })),
    },
  },
});

testRule(rule, [
  { name: 'Nitro overrides', resources: fleet([{ InstanceType: 'm5.large' }], [{ InstanceType: 't3.large' }]), expect: [{ status: 'addressed', key: 'config-0-override-0' }, { status: 'addressed', key: 'config-1-override-0' }] },
  { name: 'a Xen override', resources: fleet([{ InstanceType: 'm5.large' }, { InstanceType: 'm4.large' }]), expect: [{ status: 'addressed', key: 'config-0-override-0' }, { status: 'unaddressed', key: 'config-0-override-1' }] },
  { name: 'requirements with Nitro families', resources: fleet([{ InstanceRequirements: { VCpuCount: { Min: 2 }, MemoryMiB: { Min: 1024 }, AllowedInstanceTypes: ['c6g.*'] } }]), expect: 'addressed' },
  { name: 'requirements admitting Xen types', resources: fleet([{ InstanceRequirements: { VCpuCount: { Min: 2 }, MemoryMiB: { Min: 1024 } } }]), expect: 'unaddressed' },
  { name: 'type from a parameter without default', parameters: { T: { Type: 'String' } }, resources: fleet([{ InstanceType: { Ref: 'T' } }]), expect: 'needs-review' },
  { name: 'configs from an import', resources: { F: { Type: 'AWS::EC2::EC2Fleet', Properties: { TargetCapacitySpecification: { TotalTargetCapacity: 1 }, LaunchTemplateConfigs: { 'Fn::ImportValue': 'Configs' } } } }, expect: 'needs-review' },
  { name: 'no type overrides: not applicable', resources: fleet([]), expect: [] },
  {
    name: 'CDK CfnEC2Fleet on c7g',
    cdk: (stack) => void new ec2.CfnEC2Fleet(stack, 'F', { targetCapacitySpecification: { totalTargetCapacity: 2 }, launchTemplateConfigs: [{ launchTemplateSpecification: { launchTemplateId: 'lt-1', version: '1' }, overrides: [{ instanceType: 'c7g.large' }] }] }),
    expect: 'addressed',
  },
  {
    name: 'CDK CfnEC2Fleet on t2',
    cdk: (stack) => void new ec2.CfnEC2Fleet(stack, 'F', { targetCapacitySpecification: { totalTargetCapacity: 2 }, launchTemplateConfigs: [{ launchTemplateSpecification: { launchTemplateId: 'lt-1', version: '1' }, overrides: [{ instanceType: 't2.large' }] }] }),
    expect: 'unaddressed',
  },
]);

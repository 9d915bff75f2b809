import * as ec2 from 'aws-cdk-lib/aws-ec2';
import rule from '../../../rules/encryption-in-transit/ec2-fleet-transit-encryption';
import { testRule } from '../../support/rule-tester';

const fleet = (overrides: object[]) => ({
  F: {
    Type: 'AWS::EC2::EC2Fleet',
    Properties: {
      TargetCapacitySpecification: { TotalTargetCapacity: 2 },
      LaunchTemplateConfigs: [{ LaunchTemplateSpecification: { LaunchTemplateId: 'lt-0123456789abcdef0', Version: '1' }, Overrides: overrides }],
    },
  },
});
const requirements = (extra: object) => ({ InstanceRequirements: { VCpuCount: { Min: 2 }, MemoryMiB: { Min: 4096 }, ...extra } });

testRule(rule, [
  { name: 'in-transit types', resources: fleet([{ InstanceType: 'm6i.large' }, { InstanceType: 'c7gn.large' }]), expect: 'addressed' },
  { name: 'one type without in-transit encryption', resources: fleet([{ InstanceType: 'm6i.large' }, { InstanceType: 't3.large' }]), expect: [{ status: 'addressed', key: 'config-0-override-0' }, { status: 'unaddressed', key: 'config-0-override-1' }] },
  { name: 'RequireEncryptionInTransit', resources: fleet([requirements({ RequireEncryptionInTransit: true })]), expect: 'addressed' },
  { name: 'allowed in-transit families', resources: fleet([requirements({ AllowedInstanceTypes: ['m6i.*', 'r7i.*'] })]), expect: 'addressed' },
  { name: 'requirements without a limit', resources: fleet([requirements({})]), expect: [{ status: 'unaddressed', message: /AllowedInstanceTypes/ }] },
  { name: 'allowed type from an import', resources: fleet([requirements({ AllowedInstanceTypes: [{ 'Fn::ImportValue': 'Types' }] })]), expect: 'needs-review' },
  { name: 'type from a parameter without default', parameters: { T: { Type: 'String' } }, resources: fleet([{ InstanceType: { Ref: 'T' } }]), expect: 'needs-review' },
  { name: 'overrides without a type: not applicable', resources: fleet([{ SubnetId: 'subnet-1' }]), expect: [] },
  {
    name: 'CDK CfnEC2Fleet on m6i',
    cdk: (stack) => void new ec2.CfnEC2Fleet(stack, 'F', { targetCapacitySpecification: { totalTargetCapacity: 2 }, launchTemplateConfigs: [{ launchTemplateSpecification: { launchTemplateId: 'lt-1', version: '1' }, overrides: [{ instanceType: 'm6i.large' }] }] }),
    expect: 'addressed',
  },
  {
    name: 'CDK CfnEC2Fleet on m5',
    cdk: (stack) => void new ec2.CfnEC2Fleet(stack, 'F', { targetCapacitySpecification: { totalTargetCapacity: 2 }, launchTemplateConfigs: [{ launchTemplateSpecification: { launchTemplateId: 'lt-1', version: '1' }, overrides: [{ instanceType: 'm5.large' }] }] }),
    expect: 'unaddressed',
  },
]);

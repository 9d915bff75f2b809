import * as ec2 from 'aws-cdk-lib/aws-ec2';
import rule from '../../../rules/encryption-at-rest/launch-template-block-devices-encrypted';
import { testRule } from '../../support/rule-tester';
import { one } from './cases';

const T = 'AWS::EC2::LaunchTemplate';
const template = (mappings: unknown) => one(T, { LaunchTemplateData: { ImageId: 'ami-0123456789abcdef0', BlockDeviceMappings: mappings } });

testRule(rule, [
  { name: 'encrypted device', resources: template([{ DeviceName: '/dev/xvda', Ebs: { Encrypted: true, KmsKeyId: 'alias/ebs' } }]), expect: [{ status: 'addressed', key: '/dev/xvda', propertyPath: 'LaunchTemplateData.BlockDeviceMappings.0.Ebs.Encrypted' }] },
  { name: 'Encrypted absent', resources: template([{ DeviceName: '/dev/xvda', Ebs: { VolumeSize: 30 } }]), expect: [{ status: 'unaddressed', key: '/dev/xvda' }] },
  { name: 'Encrypted false', resources: template([{ DeviceName: '/dev/xvda', Ebs: { Encrypted: 'false' } }]), expect: 'unaddressed' },
  { name: 'no block devices', resources: one(T, { LaunchTemplateData: { ImageId: 'ami-0123456789abcdef0' } }), expect: [] },
  {
    name: 'parameter without a default',
    parameters: { Unknown: { Type: 'String' } },
    resources: template([{ DeviceName: '/dev/xvda', Ebs: { Encrypted: { Ref: 'Unknown' } } }]),
    expect: 'needs-review',
  },
  { name: 'LaunchTemplateData imported', resources: one(T, { LaunchTemplateData: { 'Fn::ImportValue': 'Data' } }), expect: 'needs-review' },
  {
    name: 'LaunchTemplate with encrypted volume',
    cdk: (stack) => {
      new ec2.LaunchTemplate(stack, 'Template', { blockDevices: [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(30, { encrypted: true }) }] });
    },
    expect: 'addressed',
  },
  {
    name: 'LaunchTemplate with unencrypted volume',
    cdk: (stack) => {
      new ec2.LaunchTemplate(stack, 'Template', { blockDevices: [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(30) }] });
    },
    expect: 'unaddressed',
  },
]);

import * as ec2 from 'aws-cdk-lib/aws-ec2';
import rule from '../../../rules/encryption-at-rest/ec2-instance-block-devices-encrypted';
import { testRule } from '../../support/rule-tester';
import { one } from './cases';

const T = 'AWS::EC2::Instance';
const instance = (mappings: unknown) => one(T, { ImageId: 'ami-0123456789abcdef0', InstanceType: 't3.micro', BlockDeviceMappings: mappings });

const amiAndVpc = (stack: import('aws-cdk-lib').Stack) => ({
  vpc: new ec2.Vpc(stack, 'Vpc', { maxAzs: 1, natGateways: 0 }),
  instanceType: new ec2.InstanceType('t3.micro'),
  machineImage: ec2.MachineImage.genericLinux({ 'us-east-1': 'ami-0123456789abcdef0' }),
});

testRule(rule, [
  {
    name: 'every EBS device encrypted, one result per device',
    resources: instance([
      { DeviceName: '/dev/xvda', Ebs: { VolumeSize: 20, Encrypted: true } },
      { DeviceName: '/dev/sdf', Ebs: { VolumeSize: 100, Encrypted: 'true' } },
    ]),
    expect: [
      { status: 'addressed', key: '/dev/xvda', propertyPath: 'BlockDeviceMappings.0.Ebs.Encrypted' },
      { status: 'addressed', key: '/dev/sdf' },
    ],
  },
  {
    name: 'one device without Encrypted, one false',
    resources: instance([
      { DeviceName: '/dev/xvda', Ebs: { VolumeSize: 20 } },
      { DeviceName: '/dev/sdf', Ebs: { Encrypted: false } },
      { DeviceName: '/dev/sdg', Ebs: { Encrypted: true } },
    ]),
    expect: [
      { status: 'unaddressed', key: '/dev/xvda', message: /encryption by default/ },
      { status: 'unaddressed', key: '/dev/sdf', message: /is false/ },
      { status: 'addressed', key: '/dev/sdg' },
    ],
  },
  { name: 'instance store and NoDevice entries carry no EBS volume', resources: instance([{ DeviceName: '/dev/sdb', VirtualName: 'ephemeral0' }, { DeviceName: '/dev/sdc', NoDevice: {} }]), expect: [] },
  { name: 'no block device mappings: left to the account-level rule', resources: one(T, { ImageId: 'ami-0123456789abcdef0' }), expect: [] },
  {
    name: 'Encrypted from a parameter without a default',
    parameters: { Unknown: { Type: 'String' } },
    resources: instance([{ DeviceName: '/dev/xvda', Ebs: { Encrypted: { Ref: 'Unknown' } } }]),
    expect: [{ status: 'needs-review', key: '/dev/xvda', message: /parameter Unknown/ }],
  },
  { name: 'mapping list imported from another stack', resources: one(T, { BlockDeviceMappings: { 'Fn::ImportValue': 'Mappings' } }), expect: [{ status: 'needs-review', propertyPath: 'BlockDeviceMappings' }] },
  { name: 'mapping list is a string', resources: instance('oops'), expect: [{ status: 'needs-review', message: /not a list/ }] },
  { name: 'mapping entry is a string', resources: instance(['oops']), expect: [{ status: 'needs-review', key: '#0' }] },
  {
    name: 'Instance with encrypted block devices',
    cdk: (stack) => {
      new ec2.Instance(stack, 'Host', { ...amiAndVpc(stack), blockDevices: [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(30, { encrypted: true }) }] });
    },
    expect: [{ status: 'addressed', key: '/dev/xvda' }],
  },
  {
    name: 'Instance with an unencrypted block device',
    cdk: (stack) => {
      new ec2.Instance(stack, 'Host', { ...amiAndVpc(stack), blockDevices: [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(30) }] });
    },
    expect: [{ status: 'unaddressed', key: '/dev/xvda' }],
  },
]);

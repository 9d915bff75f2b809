import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
import rule from '../../../rules/encryption-at-rest/launch-configuration-block-devices-encrypted';
import { testRule } from '../../support/rule-tester';
import { one } from './cases';

const T = 'AWS::AutoScaling::LaunchConfiguration';
const configuration = (mappings: unknown) => one(T, { ImageId: 'ami-0123456789abcdef0', InstanceType: 't3.micro', BlockDeviceMappings: mappings });

testRule(rule, [
  { name: 'encrypted device', resources: configuration([{ DeviceName: '/dev/xvda', Ebs: { Encrypted: true } }]), expect: 'addressed' },
  { name: 'Encrypted absent', resources: configuration([{ DeviceName: '/dev/xvda', Ebs: { VolumeSize: 8 } }]), expect: [{ status: 'unaddressed', key: '/dev/xvda' }] },
  { name: 'Encrypted false', resources: configuration([{ DeviceName: '/dev/xvda', Ebs: { Encrypted: false } }]), expect: 'unaddressed' },
  { name: 'no block devices', resources: one(T, { ImageId: 'ami-0123456789abcdef0', InstanceType: 't3.micro' }), expect: [] },
  {
    name: 'parameter without a default',
    parameters: { Unknown: { Type: 'String' } },
    resources: configuration([{ DeviceName: '/dev/xvda', Ebs: { Encrypted: { Ref: 'Unknown' } } }]),
    expect: 'needs-review',
  },
  {
    name: 'L1 CfnLaunchConfiguration with encrypted volume',
    cdk: (stack) => {
      new autoscaling.CfnLaunchConfiguration(stack, 'Config', { imageId: 'ami-0123456789abcdef0', instanceType: 't3.micro', blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { encrypted: true, volumeSize: 8 } }] });
    },
    expect: 'addressed',
  },
  {
    name: 'L1 CfnLaunchConfiguration with unencrypted volume',
    cdk: (stack) => {
      new autoscaling.CfnLaunchConfiguration(stack, 'Config', { imageId: 'ami-0123456789abcdef0', instanceType: 't3.micro', blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { volumeSize: 8 } }] });
    },
    expect: 'unaddressed',
  },
]);

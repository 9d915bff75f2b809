import { defineRule } from '../../lib/engine/rule';
import { AT_REST_NIST, blockDeviceFindings } from './lib/checks';

export default defineRule({
  id: 'SRM-EAR-003',
  title: 'EC2 instance EBS block devices are encrypted',
  duty: 'encryption-at-rest',
  severity: 'high',
  resourceTypes: ['AWS::EC2::Instance'],
  controls: {
    configRule: 'ENCRYPTED_VOLUMES',
    securityHub: ['EC2.3'],
    controlTower: ['CT.EC2.PR.7'],
    nist80053: AT_REST_NIST,
  },
  docs: {
    description: 'On EC2 the customer owns the data on every attached volume, and with it the choice to encrypt each one.',
    addressedBy: '`Ebs.Encrypted: true` on every entry of `BlockDeviceMappings` that has an `Ebs` block. One result per device, keyed by device name.',
    default:
      'A mapping without `Encrypted` is encrypted only when the account has EBS encryption by default or the AMI snapshot is encrypted; neither shows in a template, so it is unaddressed. An instance without `BlockDeviceMappings` gets its root volume from the AMI: not judged here, the stack-level EBS encryption-by-default rule (SRM-EAR-035) covers it.',
    fix: {
      cdk: "new ec2.Instance(this, 'Host', { ..., blockDevices: [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(30, { encrypted: true }) }] })",
      cloudformation: 'Set `Ebs.Encrypted: true` on every entry of `BlockDeviceMappings` of the AWS::EC2::Instance.',
    },
  },
  check(instance) {
    return blockDeviceFindings(instance, 'BlockDeviceMappings');
  },
});

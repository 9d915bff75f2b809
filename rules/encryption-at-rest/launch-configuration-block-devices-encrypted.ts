import { defineRule } from '../../lib/engine/rule';
import { AT_REST_NIST, blockDeviceFindings } from './lib/checks';

export default defineRule({
  id: 'SRM-EAR-005',
  title: 'Launch configuration EBS block devices are encrypted',
  duty: 'encryption-at-rest',
  severity: 'high',
  resourceTypes: ['AWS::AutoScaling::LaunchConfiguration'],
  controls: {
    controlTower: ['CT.AUTOSCALING.PR.9'],
    nist80053: AT_REST_NIST,
  },
  docs: {
    description: 'Every instance an Auto Scaling group launches from the configuration gets these volumes; encrypting them is the customer\'s choice.',
    addressedBy: '`Ebs.Encrypted: true` on every entry of `BlockDeviceMappings` that has an `Ebs` block. One result per device.',
    default:
      'A mapping without `Encrypted` is encrypted only when the account has EBS encryption by default or the snapshot is encrypted: unaddressed. Without block device mappings the root volume comes from the AMI, covered by the stack-level EBS encryption-by-default rule (SRM-EAR-035).',
    fix: {
      cdk: "new autoscaling.AutoScalingGroup(this, 'Asg', { ..., blockDevices: [{ deviceName: '/dev/xvda', volume: autoscaling.BlockDeviceVolume.ebs(30, { encrypted: true }) }] })",
      cloudformation: 'Set `Ebs.Encrypted: true` on every entry of `BlockDeviceMappings` of the AWS::AutoScaling::LaunchConfiguration.',
    },
  },
  check(configuration) {
    return blockDeviceFindings(configuration, 'BlockDeviceMappings');
  },
});

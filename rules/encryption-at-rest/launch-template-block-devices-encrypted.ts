import { defineRule } from '../../lib/engine/rule';
import { AT_REST_NIST, blockDeviceFindings } from './lib/checks';

export default defineRule({
  id: 'SRM-EAR-004',
  title: 'Launch template EBS block devices are encrypted',
  duty: 'encryption-at-rest',
  severity: 'high',
  resourceTypes: ['AWS::EC2::LaunchTemplate'],
  controls: {
    configRule: 'ENCRYPTED_VOLUMES',
    controlTower: ['CT.EC2.PR.14'],
    nist80053: AT_REST_NIST,
  },
  docs: {
    description: 'Every instance launched from the template (Auto Scaling, EKS node groups, Batch) gets these volumes; encrypting them is the customer\'s choice.',
    addressedBy: '`Ebs.Encrypted: true` on every entry of `LaunchTemplateData.BlockDeviceMappings` that has an `Ebs` block. One result per device.',
    default:
      'A mapping without `Encrypted` is encrypted only when the account has EBS encryption by default or the snapshot is encrypted: unaddressed. A template without block device mappings leaves the root volume to the AMI, covered by the stack-level EBS encryption-by-default rule (SRM-EAR-035).',
    fix: {
      cdk: "new ec2.LaunchTemplate(this, 'Template', { blockDevices: [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(30, { encrypted: true }) }] })",
      cloudformation: 'Set `Ebs.Encrypted: true` on every entry of `LaunchTemplateData.BlockDeviceMappings`.',
    },
  },
  check(template) {
    return blockDeviceFindings(template, 'LaunchTemplateData.BlockDeviceMappings');
  },
});

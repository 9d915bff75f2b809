import { defineRule } from '../../lib/engine/rule';
import { decideBoolean, fail, pass } from './lib/decide';

export default defineRule({
  id: 'SRM-NET-011',
  title: 'Auto Scaling launch configurations do not assign public IP addresses',
  duty: 'network-exposure',
  severity: 'high',
  resourceTypes: ['AWS::AutoScaling::LaunchConfiguration'],
  controls: {
    configRule: 'AUTOSCALING_LAUNCH_CONFIG_PUBLIC_IP_DISABLED',
    securityHub: ['AutoScaling.5'],
    controlTower: ['CT.AUTOSCALING.PR.5'],
    nist80053: ['AC-3', 'AC-4', 'AC-4(21)', 'AC-21', 'SC-7', 'SC-7(3)', 'SC-7(4)', 'SC-7(21)'],
    cdkNag: ['NIST.800.53.R5-AutoScalingLaunchConfigPublicIpDisabled'],
  },
  docs: {
    description: 'Every instance the group launches inherits the setting; public addresses put the whole fleet on the internet.',
    addressedBy: '`AssociatePublicIpAddress` false or absent.',
    default: 'Absent: the launch subnet\'s `MapPublicIpOnLaunch` decides, which SRM-NET-008 checks: addressed here.',
    fix: {
      cdk: 'new autoscaling.AutoScalingGroup(this, id, { associatePublicIpAddress: false, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }, ... })',
      cloudformation: 'Set `AssociatePublicIpAddress: false` on the AWS::AutoScaling::LaunchConfiguration (or move to a launch template).',
    },
  },
  check: (config) =>
    decideBoolean(config.get('AssociatePublicIpAddress'), {
      true: fail('AssociatePublicIpAddress is true: instances launched by the group get public IP addresses'),
      false: pass('AssociatePublicIpAddress is false'),
      absent: pass('AssociatePublicIpAddress is not set: the subnet decides'),
    }),
});

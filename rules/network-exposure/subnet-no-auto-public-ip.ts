import { defineRule } from '../../lib/engine/rule';
import { decideBoolean, fail, pass } from './lib/decide';

export default defineRule({
  id: 'SRM-NET-008',
  title: 'Subnets do not assign public IP addresses on launch',
  duty: 'network-exposure',
  severity: 'medium',
  resourceTypes: ['AWS::EC2::Subnet'],
  controls: {
    configRule: 'SUBNET_AUTO_ASSIGN_PUBLIC_IP_DISABLED',
    securityHub: ['EC2.15'],
    controlTower: ['CT.EC2.PR.11'],
    nist80053: ['AC-3', 'AC-4', 'AC-4(21)', 'AC-21', 'SC-7', 'SC-7(3)', 'SC-7(4)', 'SC-7(21)'],
    cdkNag: ['NIST.800.53.R5-VPCSubnetAutoAssignPublicIpDisabled'],
  },
  docs: {
    description: 'A subnet that maps public IPs gives every interface launched into it an internet address unless the launch says otherwise.',
    addressedBy: '`MapPublicIpOnLaunch` false or absent.',
    default: 'Absent: false for subnets created by CloudFormation: addressed. (The CDK sets it to true on `PUBLIC` subnets of a `Vpc`.)',
    fix: {
      cdk: "new ec2.Vpc(this, id, { subnetConfiguration: [{ name: 'public', subnetType: ec2.SubnetType.PUBLIC, mapPublicIpOnLaunch: false }, ...] })",
      cloudformation: 'Remove `MapPublicIpOnLaunch` or set it to false; give instances that must be public an Elastic IP explicitly.',
    },
  },
  check: (subnet) =>
    decideBoolean(subnet.get('MapPublicIpOnLaunch'), {
      true: fail('MapPublicIpOnLaunch is true: interfaces launched into the subnet get public IP addresses'),
      false: pass('MapPublicIpOnLaunch is false'),
      absent: pass('MapPublicIpOnLaunch is not set, so it is false'),
    }),
});

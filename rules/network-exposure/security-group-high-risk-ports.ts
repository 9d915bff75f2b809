import { defineRule } from '../../lib/engine/rule';
import { evaluateIngress } from './lib/open-ingress';
import { HIGH_RISK_POLICY } from './lib/ports';

/**
 * Reported on the security group, one finding per open rule, with the ingress resource and what
 * the group is attached to as evidence. A standalone `AWS::EC2::SecurityGroupIngress` whose group
 * is not in the template (imported or looked up) is reported on itself.
 *
 * No cdk-nag equivalents are listed: EC2RestrictedSSH and EC2RestrictedCommonPorts check subsets
 * of these ports, and a cdk-nag suppression of either must not silence this rule.
 */
export default defineRule({
  id: 'SRM-NET-001',
  title: 'Security groups do not open administration, database or other high-risk ports to the internet',
  duty: 'network-exposure',
  severity: 'critical',
  resourceTypes: ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'],
  controls: {
    configRule: 'RESTRICTED_INCOMING_TRAFFIC',
    securityHub: ['EC2.19', 'EC2.13', 'EC2.14'],
    controlTower: ['CT.EC2.PR.4'],
    nist80053: ['AC-4', 'AC-4(21)', 'CA-9(1)', 'CM-2', 'CM-7', 'SC-7', 'SC-7(5)', 'SC-7(21)'],
  },
  docs: {
    description:
      'AWS filters traffic exactly as the security group says; which addresses may reach SSH, RDP or a database listener is the customer\'s decision. Rules from 0.0.0.0/0 or ::/0 to these ports are scanned and brute-forced within minutes.',
    addressedBy:
      'No inline `SecurityGroupIngress` rule and no `AWS::EC2::SecurityGroupIngress` resource opens all traffic (`IpProtocol: -1`) or a port range including 22, 3389, database ports (1433, 1521, 3306, 5432, 5439, 6379, 9200, 11211, 27017, ...) or the other high-risk ports of Security Hub EC2.19 to `0.0.0.0/0`, `::/0` or a prefix list containing them.',
    default:
      'A security group without ingress rules admits nothing. A source CIDR or prefix list the tool cannot resolve (a parameter without default, an import, a managed prefix list) is needs-review.',
    fix: {
      cdk: 'sg.addIngressRule(ec2.Peer.ipv4(\'10.0.0.0/16\'), ec2.Port.tcp(22)); // or reach instances through SSM Session Manager',
      cloudformation: 'Replace `CidrIp: 0.0.0.0/0` / `CidrIpv6: ::/0` on admin and database ports with the address ranges or source security groups that need them.',
    },
  },
  check: (resource) => evaluateIngress(resource, HIGH_RISK_POLICY),
});

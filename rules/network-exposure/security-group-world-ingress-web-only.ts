import { defineRule } from '../../lib/engine/rule';
import { evaluateIngress } from './lib/open-ingress';
import { WEB_ONLY_POLICY } from './lib/ports';

/** Same evaluation and placement of results as SRM-NET-001, with a stricter port policy. */
export default defineRule({
  id: 'SRM-NET-002',
  title: 'Security groups open only ports 80 and 443 to the internet',
  duty: 'network-exposure',
  severity: 'high',
  resourceTypes: ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'],
  controls: {
    configRule: 'VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS',
    securityHub: ['EC2.18'],
    controlTower: ['CT.EC2.PR.3'],
    nist80053: ['AC-4', 'AC-4(21)', 'SC-7', 'SC-7(4)', 'SC-7(5)', 'SC-7(11)', 'SC-7(16)', 'SC-7(21)'],
  },
  docs: {
    description: 'Anything a security group opens to 0.0.0.0/0 or ::/0 is reachable from the whole internet; public services normally need only HTTP and HTTPS.',
    addressedBy: 'Every TCP or UDP ingress rule from `0.0.0.0/0` or `::/0` (inline or as an `AWS::EC2::SecurityGroupIngress`) opens only port 80 or port 443.',
    default: 'No ingress rules admit nothing. Unresolvable sources and ports are needs-review.',
    fix: {
      cdk: 'sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443)); // other ports: from known ranges or security groups only',
      cloudformation: 'Limit rules with `CidrIp: 0.0.0.0/0` or `CidrIpv6: ::/0` to `FromPort`/`ToPort` 80 or 443; give other ports narrower sources.',
    },
  },
  check: (resource) => evaluateIngress(resource, WEB_ONLY_POLICY),
});

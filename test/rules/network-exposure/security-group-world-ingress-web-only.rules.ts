import * as ec2 from 'aws-cdk-lib/aws-ec2';
import rule from '../../../rules/network-exposure/security-group-world-ingress-web-only';
import { testRule } from '../../support/rule-tester';

const sg = (ingress: object[]) => ({ Sg: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'test', VpcId: 'vpc-1', SecurityGroupIngress: ingress } } });
const world = (from: number, to = from) => ({ IpProtocol: 'tcp', FromPort: from, ToPort: to, CidrIp: '0.0.0.0/0' });

testRule(rule, [
  { name: 'HTTP and HTTPS from anywhere', resources: sg([world(80), world(443), { ...world(443), CidrIp: undefined, CidrIpv6: '::/0' }]), expect: 'addressed' },
  { name: 'port 8443 from anywhere', resources: sg([world(8443)]), expect: [{ status: 'unaddressed', key: 'tcp/8443 from 0.0.0.0/0' }] },
  { name: 'range 80-443 from anywhere', resources: sg([world(80, 443)]), expect: [{ status: 'unaddressed', message: /80-443/ }] },
  { name: 'all traffic from ::/0', resources: sg([{ IpProtocol: '-1', CidrIpv6: '::/0' }]), expect: [{ status: 'unaddressed', key: 'all traffic from ::/0' }] },
  { name: 'port 8080 from a private range', resources: sg([{ ...world(8080), CidrIp: '172.16.0.0/12' }]), expect: 'addressed' },
  {
    name: 'imported group opened on 8080 by an ingress resource',
    resources: { In: { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: 'sg-1', ...world(8080) } } },
    expect: [{ status: 'unaddressed', on: 'In' }],
  },
  {
    name: 'source from an import',
    resources: sg([{ ...world(8080), CidrIp: { 'Fn::ImportValue': 'office-cidr' } }]),
    expect: 'needs-review',
  },
  {
    name: 'load balancer group open on 443 only',
    cdk: (stack) => {
      const vpc = new ec2.Vpc(stack, 'Vpc');
      new ec2.SecurityGroup(stack, 'Sg', { vpc }).addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443));
    },
    expect: 'addressed',
  },
  {
    name: 'group open on 8080',
    cdk: (stack) => {
      const vpc = new ec2.Vpc(stack, 'Vpc');
      new ec2.SecurityGroup(stack, 'Sg', { vpc }).addIngressRule(ec2.Peer.anyIpv6(), ec2.Port.tcp(8080));
    },
    expect: [{ status: 'unaddressed', on: 'Sg', key: 'tcp/8080 from ::/0' }],
  },
]);

import * as ec2 from 'aws-cdk-lib/aws-ec2';
import rule from '../../../rules/network-exposure/network-acl-no-open-admin-ports';
import { testRule } from '../../support/rule-tester';

const entry = (properties: object) => ({
  E: { Type: 'AWS::EC2::NetworkAclEntry', Properties: { NetworkAclId: 'acl-1', RuleNumber: 100, RuleAction: 'allow', Protocol: 6, CidrBlock: '0.0.0.0/0', ...properties } },
});

testRule(rule, [
  { name: 'HTTPS from anywhere', resources: entry({ PortRange: { From: 443, To: 443 } }), expect: 'addressed' },
  { name: 'SSH from a private range', resources: entry({ CidrBlock: '10.0.0.0/8', PortRange: { From: 22, To: 22 } }), expect: 'addressed' },
  { name: 'SSH from anywhere', resources: entry({ PortRange: { From: 22, To: 22 } }), expect: [{ status: 'unaddressed', on: 'E', message: /port 22/ }] },
  { name: 'all traffic from ::/0', resources: entry({ Protocol: -1, CidrBlock: undefined, Ipv6CidrBlock: '::/0' }), expect: [{ status: 'unaddressed', message: /22 and 3389/ }] },
  { name: 'deny entry', resources: entry({ RuleAction: 'deny', Protocol: -1 }), expect: 'addressed' },
  { name: 'egress entry', resources: entry({ Egress: true, Protocol: -1 }), expect: [] },
  { name: 'CIDR from a parameter without default', parameters: { C: { Type: 'String' } }, resources: entry({ CidrBlock: { Ref: 'C' }, PortRange: { From: 3389, To: 3389 } }), expect: 'needs-review' },
  {
    name: 'NetworkAcl entry for SSH from anywhere',
    cdk: (stack) => {
      const vpc = new ec2.Vpc(stack, 'Vpc');
      const acl = new ec2.NetworkAcl(stack, 'Acl', { vpc });
      acl.addEntry('Ssh', { cidr: ec2.AclCidr.anyIpv4(), ruleNumber: 100, traffic: ec2.AclTraffic.tcpPort(22), direction: ec2.TrafficDirection.INGRESS });
    },
    expect: 'unaddressed',
  },
  {
    name: 'NetworkAcl entry for HTTPS',
    cdk: (stack) => {
      const vpc = new ec2.Vpc(stack, 'Vpc');
      const acl = new ec2.NetworkAcl(stack, 'Acl', { vpc });
      acl.addEntry('Https', { cidr: ec2.AclCidr.anyIpv4(), ruleNumber: 100, traffic: ec2.AclTraffic.tcpPort(443), direction: ec2.TrafficDirection.INGRESS });
    },
    expect: 'addressed',
  },
]);

import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import rule from '../../../rules/network-exposure/security-group-high-risk-ports';
import { testRule } from '../../support/rule-tester';

const sg = (ingress?: object[]) => ({
  Sg: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'test', VpcId: 'vpc-1', ...(ingress ? { SecurityGroupIngress: ingress } : {}) } },
});
const tcp = (port: number, source: object) => ({ IpProtocol: 'tcp', FromPort: port, ToPort: port, ...source });

testRule(rule, [
  { name: 'no ingress rules', resources: sg(), expect: 'addressed' },
  { name: 'HTTPS from anywhere', resources: sg([tcp(443, { CidrIp: '0.0.0.0/0' })]), expect: 'addressed' },
  { name: 'SSH from a private range', resources: sg([tcp(22, { CidrIp: '10.0.0.0/8' })]), expect: 'addressed' },
  { name: 'SSH from another group', resources: sg([tcp(22, { SourceSecurityGroupId: 'sg-123' })]), expect: 'addressed' },
  {
    name: 'SSH from 0.0.0.0/0 inline',
    resources: sg([tcp(22, { CidrIp: '0.0.0.0/0' })]),
    expect: [{ status: 'unaddressed', on: 'Sg', key: 'tcp/22 from 0.0.0.0/0', message: /22 \(SSH\).*internet/, propertyPath: 'SecurityGroupIngress.0' }],
  },
  {
    name: 'PostgreSQL from ::/0 and SSH from 0.0.0.0/0: one finding each',
    resources: sg([tcp(5432, { CidrIpv6: '::/0' }), tcp(22, { CidrIp: '0.0.0.0/0' }), tcp(443, { CidrIp: '0.0.0.0/0' })]),
    expect: [
      { status: 'unaddressed', key: 'tcp/5432 from ::/0', message: /PostgreSQL/ },
      { status: 'unaddressed', key: 'tcp/22 from 0.0.0.0/0' },
    ],
  },
  { name: 'all traffic (protocol -1)', resources: sg([{ IpProtocol: '-1', CidrIp: '0.0.0.0/0' }]), expect: [{ status: 'unaddressed', key: 'all traffic from 0.0.0.0/0' }] },
  { name: 'a range covering 3306', resources: sg([{ IpProtocol: 'tcp', FromPort: 3000, ToPort: 4000, CidrIp: '0.0.0.0/0' }]), expect: [{ status: 'unaddressed', message: /3306 \(MySQL/ }] },
  { name: 'ICMP from anywhere', resources: sg([{ IpProtocol: 'icmp', FromPort: -1, ToPort: -1, CidrIp: '0.0.0.0/0' }]), expect: 'addressed' },
  {
    name: 'separate ingress resource: reported on the group with the ingress and the users as evidence',
    resources: {
      ...sg(),
      Open: { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: { 'Fn::GetAtt': ['Sg', 'GroupId'] }, IpProtocol: 'tcp', FromPort: 3389, ToPort: 3389, CidrIp: '0.0.0.0/0' } },
      Web: { Type: 'AWS::EC2::Instance', Properties: { ImageId: 'ami-1', SecurityGroupIds: [{ 'Fn::GetAtt': ['Sg', 'GroupId'] }] } },
    },
    expect: [{ status: 'unaddressed', on: 'Sg', key: 'tcp/3389 from 0.0.0.0/0', message: /by ingress resource Open/ }],
  },
  {
    name: 'ingress resource into an imported group: reported on the ingress resource',
    resources: {
      Open: { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: { 'Fn::ImportValue': 'shared-sg' }, IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' } },
    },
    expect: [{ status: 'unaddressed', on: 'Open', key: 'tcp/22 from 0.0.0.0/0' }],
  },
  {
    name: 'ingress resource into an imported group from a narrow range',
    resources: { In: { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: 'sg-123', IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '10.1.0.0/16' } } },
    expect: 'addressed',
  },
  {
    name: 'CIDR from a parameter without default',
    parameters: { Cidr: { Type: 'String' } },
    resources: sg([tcp(22, { CidrIp: { Ref: 'Cidr' } })]),
    expect: [{ status: 'needs-review', key: 'tcp/22 from an unresolved source', message: /parameter Cidr/ }],
  },
  {
    name: 'CIDR from a parameter with a world default',
    parameters: { Cidr: { Type: 'String', Default: '0.0.0.0/0' } },
    resources: sg([tcp(22, { CidrIp: { Ref: 'Cidr' } })]),
    expect: 'unaddressed',
  },
  {
    name: 'port from a parameter without default, world source',
    parameters: { Port: { Type: 'Number' } },
    resources: sg([{ IpProtocol: 'tcp', FromPort: { Ref: 'Port' }, ToPort: { Ref: 'Port' }, CidrIp: '0.0.0.0/0' }]),
    expect: 'needs-review',
  },
  { name: 'managed prefix list on SSH', resources: sg([tcp(22, { SourcePrefixListId: 'pl-12345' })]), expect: 'needs-review' },
  {
    name: 'prefix list of the template with private entries',
    resources: {
      ...sg([tcp(22, { SourcePrefixListId: { Ref: 'Pl' } })]),
      Pl: { Type: 'AWS::EC2::PrefixList', Properties: { AddressFamily: 'IPv4', MaxEntries: 2, PrefixListName: 'office', Entries: [{ Cidr: '192.0.2.0/24' }] } },
    },
    expect: 'addressed',
  },
  {
    name: 'SSH open only when a condition holds',
    parameters: { Env: { Type: 'String' } },
    conditions: { IsDev: { 'Fn::Equals': [{ Ref: 'Env' }, 'dev'] } },
    resources: sg([tcp(22, { CidrIp: { 'Fn::If': ['IsDev', '0.0.0.0/0', '10.0.0.0/8'] } })]),
    expect: [{ status: 'unaddressed', message: /IsDev=true/ }],
  },
  {
    name: 'SecurityGroup with SSH from anyIpv4',
    cdk: (stack) => {
      const vpc = new ec2.Vpc(stack, 'Vpc');
      const group = new ec2.SecurityGroup(stack, 'Sg', { vpc });
      group.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22));
    },
    expect: [{ status: 'unaddressed', on: 'Sg', key: 'tcp/22 from 0.0.0.0/0' }],
  },
  {
    name: 'database security group opened to the internet through connections',
    cdk: (stack) => {
      const vpc = new ec2.Vpc(stack, 'Vpc');
      const db = new rds.DatabaseInstance(stack, 'Db', { engine: rds.DatabaseInstanceEngine.POSTGRES, vpc });
      db.connections.allowDefaultPortFromAnyIpv4();
    },
    expect: [{ status: 'unaddressed', key: 'tcp/5432 from 0.0.0.0/0', message: /PostgreSQL/ }],
  },
  {
    name: 'SecurityGroup with HTTPS from anywhere and SSH from the VPC',
    cdk: (stack) => {
      const vpc = new ec2.Vpc(stack, 'Vpc');
      const group = new ec2.SecurityGroup(stack, 'Sg', { vpc });
      group.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443));
      group.addIngressRule(ec2.Peer.ipv4(vpc.vpcCidrBlock), ec2.Port.tcp(22));
    },
    expect: 'addressed',
  },
]);

import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { ingressRulesFor, securityGroupIndex, usersOf } from '../../lib/relations/security-groups';
import highRiskPorts from '../../rules/network-exposure/security-group-high-risk-ports';
import { modelOfCdk, modelOfTemplate, runRule } from '../support/rule-tester';

const groupRef = { 'Fn::GetAtt': ['Sg', 'GroupId'] };

const template = {
  Resources: {
    Sg: {
      Type: 'AWS::EC2::SecurityGroup',
      Properties: { GroupDescription: 'g', VpcId: 'vpc-1', SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '10.0.0.0/8' }] },
    },
    Separate: { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: groupRef, IpProtocol: '-1', CidrIpv6: '::/0' } },
    ByName: { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupName: { Ref: 'Sg' }, IpProtocol: 'udp', FromPort: -1, ToPort: -1, SourcePrefixListId: 'pl-1' } },
    Imported: { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: 'sg-0123', IpProtocol: 6, FromPort: '3306', ToPort: '3306', SourceSecurityGroupId: groupRef } },
    Instance: { Type: 'AWS::EC2::Instance', Properties: { ImageId: 'ami-1', NetworkInterfaces: [{ DeviceIndex: '0', GroupSet: [groupRef] }] } },
    Db: { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'mysql', VPCSecurityGroups: [groupRef] } },
    Alb: { Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', Properties: { SecurityGroups: [groupRef] } },
    Fn: { Type: 'AWS::Lambda::Function', Properties: { VpcConfig: { SecurityGroupIds: [groupRef], SubnetIds: ['subnet-1'] } } },
    Service: { Type: 'AWS::ECS::Service', Properties: { NetworkConfiguration: { AwsvpcConfiguration: { SecurityGroups: [groupRef], Subnets: ['subnet-1'] } } } },
    Search: { Type: 'AWS::OpenSearchService::Domain', Properties: { VPCOptions: { SecurityGroupIds: [groupRef], SubnetIds: ['subnet-1'] } } },
    Output: { Type: 'AWS::SSM::Parameter', Properties: { Type: 'String', Value: groupRef } },
  },
};

describe('security group index', () => {
  const stack = modelOfTemplate(template);
  const group = stack.resource('Sg')!;

  test('a group has its inline rules and the rules of ingress resources attached by GroupId or GroupName', () => {
    const rules = ingressRulesFor(group)!;
    expect(rules.map((rule) => [rule.origin.logicalId, rule.origin.propertyPath, rule.source.kind, rule.ports.kind])).toEqual([
      ['Sg', 'SecurityGroupIngress.0', 'cidr4', 'range'],
      ['Separate', undefined, 'cidr6', 'all'],
      ['ByName', undefined, 'prefixList', 'range'],
    ]);
    expect(rules[2].ports).toEqual({ kind: 'range', protocol: 'udp', from: 0, to: 65535 });
  });

  test('an ingress resource attached to a group of the template answers for nothing itself', () => {
    expect(ingressRulesFor(stack.resource('Separate')!)).toBeUndefined();
  });

  test('an ingress resource into a group outside the template stands alone, protocol numbers and port strings normalised', () => {
    expect(ingressRulesFor(stack.resource('Imported')!)).toEqual([
      { source: { kind: 'group', group: 'Sg' }, ports: { kind: 'range', protocol: 'tcp', from: 3306, to: 3306 }, origin: { logicalId: 'Imported' }, conditions: [] },
    ]);
  });

  test('users: instances, databases, load balancers, functions, services, domains; not other references', () => {
    expect(usersOf(group).map((user) => `${user.logicalId}:${user.propertyPath}`).sort()).toEqual([
      'Alb:SecurityGroups.0',
      'Db:VPCSecurityGroups.0',
      'Fn:VpcConfig.SecurityGroupIds.0',
      'Instance:NetworkInterfaces.0.GroupSet.0',
      'Search:VPCOptions.SecurityGroupIds.0',
      'Service:NetworkConfiguration.AwsvpcConfiguration.SecurityGroups.0',
    ]);
  });

  test('built once per stack', () => {
    expect(securityGroupIndex(stack)).toBe(securityGroupIndex(stack));
  });

  test('CDK: a function in a VPC uses its group; a peer-group rule becomes a separate ingress resource', () => {
    const cdkStack = modelOfCdk((stack) => {
      const vpc = new ec2.Vpc(stack, 'Vpc');
      const fn = new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'i.h', code: lambda.Code.fromInline('x'), vpc });
      const other = new ec2.SecurityGroup(stack, 'Other', { vpc });
      fn.connections.allowFrom(other, ec2.Port.tcp(8080));
    });
    const fnGroup = cdkStack.resourcesOfType('AWS::EC2::SecurityGroup').find((g) => g.logicalId.startsWith('FnSecurityGroup'))!;
    expect(usersOf(fnGroup).map((user) => user.type)).toContain('AWS::Lambda::Function');
    const rules = ingressRulesFor(fnGroup)!;
    expect(rules).toHaveLength(1);
    expect(rules[0].source.kind).toBe('group');
    expect(rules[0].origin.logicalId).not.toBe(fnGroup.logicalId);
  });

  test('a finding on an open group names the ingress resource that opened it and what the group exposes', () => {
    const [result] = runRule(highRiskPorts, stack).filter((r) => r.logicalId === 'Sg');
    expect(result).toMatchObject({ status: 'unaddressed', key: 'all traffic from ::/0' });
    const evidence = result.evidence.map((e) => e.logicalId);
    expect(evidence).toEqual(expect.arrayContaining(['Separate', 'Instance', 'Db', 'Alb', 'Fn', 'Service', 'Search']));
  });
});

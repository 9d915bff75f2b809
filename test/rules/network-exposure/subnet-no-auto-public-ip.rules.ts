import * as ec2 from 'aws-cdk-lib/aws-ec2';
import rule from '../../../rules/network-exposure/subnet-no-auto-public-ip';
import { testRule } from '../../support/rule-tester';

const subnet = (properties: object) => ({ Sn: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: 'vpc-1', CidrBlock: '10.0.0.0/24', ...properties } } });

testRule(rule, [
  { name: 'absent', resources: subnet({}), expect: 'addressed' },
  { name: 'false', resources: subnet({ MapPublicIpOnLaunch: false }), expect: 'addressed' },
  { name: 'true', resources: subnet({ MapPublicIpOnLaunch: true }), expect: [{ status: 'unaddressed', on: 'Sn', propertyPath: 'MapPublicIpOnLaunch' }] },
  { name: 'parameter without default', parameters: { M: { Type: 'String' } }, resources: subnet({ MapPublicIpOnLaunch: { Ref: 'M' } }), expect: 'needs-review' },
  {
    name: 'isolated subnets only',
    cdk: (stack) => void new ec2.Vpc(stack, 'Vpc', { subnetConfiguration: [{ name: 'iso', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] }),
    expect: 'addressed',
  },
  { name: 'default Vpc: public subnets map public IPs', cdk: (stack) => void new ec2.Vpc(stack, 'Vpc'), expect: [{ status: 'unaddressed', on: 'PublicSubnet1' }] },
]);

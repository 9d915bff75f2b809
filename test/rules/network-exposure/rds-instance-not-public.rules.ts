import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import rule from '../../../rules/network-exposure/rds-instance-not-public';
import { testRule } from '../../support/rule-tester';

const db = (properties: object) => ({ Db: { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'mysql', DBInstanceClass: 'db.t3.micro', ...properties } } });

const network = (gateway: boolean) => ({
  Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } },
  SubnetA: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: { Ref: 'Vpc' }, CidrBlock: '10.0.0.0/24' } },
  SubnetB: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: { Ref: 'Vpc' }, CidrBlock: '10.0.1.0/24' } },
  Grp: { Type: 'AWS::RDS::DBSubnetGroup', Properties: { DBSubnetGroupDescription: 'g', SubnetIds: [{ Ref: 'SubnetA' }, { Ref: 'SubnetB' }] } },
  ...(gateway
    ? {
        Igw: { Type: 'AWS::EC2::InternetGateway', Properties: {} },
        Attach: { Type: 'AWS::EC2::VPCGatewayAttachment', Properties: { VpcId: { Ref: 'Vpc' }, InternetGatewayId: { Ref: 'Igw' } } },
      }
    : {}),
});

testRule(rule, [
  { name: 'PubliclyAccessible false', resources: db({ PubliclyAccessible: false, DBSubnetGroupName: 'private' }), expect: 'addressed' },
  { name: 'PubliclyAccessible "false"', resources: db({ PubliclyAccessible: 'false' }), expect: 'addressed' },
  { name: 'PubliclyAccessible true', resources: db({ PubliclyAccessible: true }), expect: [{ status: 'unaddressed', on: 'Db', propertyPath: 'PubliclyAccessible', message: /public endpoint/ }] },
  { name: 'absent, default VPC', resources: db({}), expect: [{ status: 'unaddressed', message: /default VPC/ }] },
  { name: 'absent, with a subnet group outside the template', resources: db({ DBSubnetGroupName: 'grp' }), expect: 'needs-review' },
  { name: 'absent, subnet group in a VPC without internet gateway', resources: { ...db({ DBSubnetGroupName: { Ref: 'Grp' } }), ...network(false) }, expect: [{ status: 'addressed', message: /no internet gateway/ }] },
  { name: 'absent, subnet group in a VPC with an internet gateway', resources: { ...db({ DBSubnetGroupName: { Ref: 'Grp' } }), ...network(true) }, expect: [{ status: 'unaddressed', message: /internet gateway/ }] },
  { name: 'absent, Aurora member', resources: db({ Engine: 'aurora-mysql', DBClusterIdentifier: { Ref: 'Cluster' } }), expect: 'needs-review' },
  {
    name: 'parameter without default',
    parameters: { Public: { Type: 'String', AllowedValues: ['true', 'false'] } },
    resources: db({ PubliclyAccessible: { Ref: 'Public' } }),
    expect: [{ status: 'needs-review', message: /parameter Public/ }],
  },
  {
    name: 'DatabaseInstance with publiclyAccessible false',
    cdk: (stack) => {
      const vpc = new ec2.Vpc(stack, 'Vpc');
      new rds.DatabaseInstance(stack, 'Db', { engine: rds.DatabaseInstanceEngine.POSTGRES, vpc, publiclyAccessible: false });
    },
    expect: 'addressed',
  },
  {
    name: 'DatabaseInstance in private subnets of a VPC with an internet gateway, property left unset',
    cdk: (stack) => {
      const vpc = new ec2.Vpc(stack, 'Vpc');
      new rds.DatabaseInstance(stack, 'Db', { engine: rds.DatabaseInstanceEngine.POSTGRES, vpc });
    },
    expect: [{ status: 'unaddressed', message: /internet gateway/ }],
  },
  {
    name: 'DatabaseInstance in an isolated VPC, property left unset',
    cdk: (stack) => {
      const vpc = new ec2.Vpc(stack, 'Vpc', { subnetConfiguration: [{ name: 'db', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
      new rds.DatabaseInstance(stack, 'Db', { engine: rds.DatabaseInstanceEngine.POSTGRES, vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } });
    },
    expect: 'addressed',
  },
  {
    name: 'DatabaseInstance in public subnets',
    cdk: (stack) => {
      const vpc = new ec2.Vpc(stack, 'Vpc');
      new rds.DatabaseInstance(stack, 'Db', { engine: rds.DatabaseInstanceEngine.POSTGRES, vpc, vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC } });
    },
    expect: 'unaddressed',
  },
]);

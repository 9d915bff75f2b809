import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import rule from '../../../rules/network-exposure/rds-no-db-security-groups';
import { testRule } from '../../support/rule-tester';

const db = (properties: object) => ({ Db: { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'mysql', DBInstanceClass: 'db.t3.micro', ...properties } } });

testRule(rule, [
  { name: 'VPC security groups', resources: db({ VPCSecurityGroups: ['sg-1'] }), expect: 'addressed' },
  { name: 'DB security groups on the instance', resources: db({ DBSecurityGroups: ['legacy'] }), expect: [{ status: 'unaddressed', on: 'Db' }] },
  {
    name: 'a DB security group resource',
    resources: { Legacy: { Type: 'AWS::RDS::DBSecurityGroup', Properties: { GroupDescription: 'old', DBSecurityGroupIngress: [{ CIDRIP: '10.0.0.0/8' }] } } },
    expect: [{ status: 'unaddressed', on: 'Legacy' }],
  },
  { name: 'DB security groups from a parameter without default', parameters: { G: { Type: 'CommaDelimitedList' } }, resources: db({ DBSecurityGroups: { Ref: 'G' } }), expect: 'needs-review' },
  { name: 'DatabaseInstance', cdk: (stack) => void new rds.DatabaseInstance(stack, 'Db', { engine: rds.DatabaseInstanceEngine.POSTGRES, vpc: new ec2.Vpc(stack, 'Vpc') }), expect: 'addressed' },
  { name: 'CfnDBSecurityGroup', cdk: (stack) => void new rds.CfnDBSecurityGroup(stack, 'Legacy', { groupDescription: 'old', dbSecurityGroupIngress: [{ cidrip: '10.0.0.0/8' }] }), expect: 'unaddressed' },
]);

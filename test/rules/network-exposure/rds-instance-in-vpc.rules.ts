import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import rule from '../../../rules/network-exposure/rds-instance-in-vpc';
import { testRule } from '../../support/rule-tester';

const db = (properties: object) => ({ Db: { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'mysql', DBInstanceClass: 'db.t3.micro', ...properties } } });

testRule(rule, [
  { name: 'subnet group', resources: db({ DBSubnetGroupName: 'private' }), expect: 'addressed' },
  { name: 'no subnet group', resources: db({}), expect: [{ status: 'unaddressed', message: /default VPC/ }] },
  { name: 'Aurora member', resources: db({ Engine: 'aurora-mysql', DBClusterIdentifier: 'c' }), expect: [] },
  { name: 'subnet group from a parameter without default', parameters: { G: { Type: 'String' } }, resources: db({ DBSubnetGroupName: { Ref: 'G' } }), expect: 'needs-review' },
  { name: 'DatabaseInstance in a Vpc', cdk: (stack) => void new rds.DatabaseInstance(stack, 'Db', { engine: rds.DatabaseInstanceEngine.POSTGRES, vpc: new ec2.Vpc(stack, 'Vpc') }), expect: 'addressed' },
  { name: 'CfnDBInstance without subnet group', cdk: (stack) => void new rds.CfnDBInstance(stack, 'Db', { engine: 'mysql', dbInstanceClass: 'db.t3.micro' }), expect: 'unaddressed' },
]);

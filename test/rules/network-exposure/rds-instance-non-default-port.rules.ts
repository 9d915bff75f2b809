import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import rule from '../../../rules/network-exposure/rds-instance-non-default-port';
import { testRule } from '../../support/rule-tester';

const db = (properties: object) => ({ Db: { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'postgres', DBInstanceClass: 'db.t3.micro', ...properties } } });
const instance = (port?: number) => (stack: import('aws-cdk-lib').Stack) =>
  void new rds.DatabaseInstance(stack, 'Db', { engine: rds.DatabaseInstanceEngine.POSTGRES, vpc: new ec2.Vpc(stack, 'Vpc'), port });

testRule(rule, [
  { name: 'non-default port', resources: db({ Port: '5433' }), expect: 'addressed' },
  { name: 'default port given', resources: db({ Port: 5432 }), expect: [{ status: 'unaddressed', message: /5432 is the postgres default/ }] },
  { name: 'port absent', resources: db({}), expect: 'unaddressed' },
  { name: 'SQL Server on 1433', resources: db({ Engine: 'sqlserver-se', Port: 1433 }), expect: 'unaddressed' },
  { name: 'Aurora member', resources: db({ Engine: 'aurora-postgresql', DBClusterIdentifier: 'c' }), expect: [] },
  { name: 'port from a parameter without default', parameters: { P: { Type: 'Number' } }, resources: db({ Port: { Ref: 'P' } }), expect: 'needs-review' },
  { name: 'engine from a parameter without default', parameters: { E: { Type: 'String' } }, resources: db({ Engine: { Ref: 'E' }, Port: 5432 }), expect: 'needs-review' },
  { name: 'DatabaseInstance on port 5433', cdk: instance(5433), expect: 'addressed' },
  { name: 'DatabaseInstance on the default port', cdk: instance(), expect: 'unaddressed' },
]);

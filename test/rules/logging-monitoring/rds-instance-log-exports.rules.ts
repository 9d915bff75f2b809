import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import rule from '../../../rules/logging-monitoring/rds-instance-log-exports';
import { testRule } from '../../support/rule-tester';

const instance = (properties: object) => ({ Db: { Type: 'AWS::RDS::DBInstance', Properties: { DBInstanceClass: 'db.t3.micro', Engine: 'postgres', ...properties } } });
const db = (cloudwatchLogsExports?: string[]) => (stack: import('aws-cdk-lib').Stack) =>
  void new rds.DatabaseInstance(stack, 'Db', { engine: rds.DatabaseInstanceEngine.POSTGRES, vpc: new ec2.Vpc(stack, 'Vpc'), cloudwatchLogsExports });

testRule(rule, [
  { name: 'postgres exports postgresql and upgrade', resources: instance({ EnableCloudwatchLogsExports: ['postgresql', 'upgrade'] }), expect: 'addressed' },
  { name: 'mysql exports all four', resources: instance({ Engine: 'mysql', EnableCloudwatchLogsExports: ['audit', 'error', 'general', 'slowquery'] }), expect: 'addressed' },
  { name: 'nothing exported', resources: instance({}), expect: [{ status: 'unaddressed', message: /no database logs/ }] },
  { name: 'mysql missing audit', resources: instance({ Engine: 'mysql', EnableCloudwatchLogsExports: ['error', 'general', 'slowquery'] }), expect: [{ status: 'unaddressed', message: /audit/ }] },
  { name: 'engine from a parameter', parameters: { E: { Type: 'String' } }, resources: instance({ Engine: { Ref: 'E' }, EnableCloudwatchLogsExports: ['error'] }), expect: 'needs-review' },
  { name: 'Aurora member instance is left to the cluster', resources: instance({ Engine: 'aurora-mysql', DBClusterIdentifier: { Ref: 'C' } }), expect: [] },
  { name: 'DatabaseInstance exporting its logs', cdk: db(['postgresql', 'upgrade']), expect: 'addressed' },
  { name: 'DatabaseInstance defaults', cdk: db(), expect: 'unaddressed' },
]);

import { Duration } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import rule from '../../../rules/logging-monitoring/rds-instance-enhanced-monitoring';
import { testRule } from '../../support/rule-tester';

const instance = (properties: object) => ({ Db: { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'postgres', DBInstanceClass: 'db.t3.micro', ...properties } } });
const role = 'arn:aws:iam::111111111111:role/monitoring';
const db = (monitoringInterval?: Duration) => (stack: import('aws-cdk-lib').Stack) =>
  void new rds.DatabaseInstance(stack, 'Db', { engine: rds.DatabaseInstanceEngine.POSTGRES, vpc: new ec2.Vpc(stack, 'Vpc'), monitoringInterval });

testRule(rule, [
  { name: 'every 60 seconds with a role', resources: instance({ MonitoringInterval: 60, MonitoringRoleArn: role }), expect: 'addressed' },
  { name: 'absent', resources: instance({}), expect: 'unaddressed' },
  { name: 'interval 0', resources: instance({ MonitoringInterval: 0 }), expect: 'unaddressed' },
  { name: 'interval without role', resources: instance({ MonitoringInterval: 60 }), expect: [{ status: 'unaddressed', propertyPath: 'MonitoringRoleArn' }] },
  { name: 'interval from a parameter', parameters: { I: { Type: 'Number' } }, resources: instance({ MonitoringInterval: { Ref: 'I' }, MonitoringRoleArn: role }), expect: 'needs-review' },
  { name: 'DatabaseInstance with monitoringInterval', cdk: db(Duration.seconds(60)), expect: 'addressed' },
  { name: 'DatabaseInstance defaults', cdk: db(), expect: 'unaddressed' },
]);

import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import rule from '../../../rules/logging-monitoring/rds-cluster-log-exports';
import { testRule } from '../../support/rule-tester';

const cluster = (properties: object) => ({ Cluster: { Type: 'AWS::RDS::DBCluster', Properties: { Engine: 'aurora-postgresql', ...properties } } });
const aurora = (cloudwatchLogsExports?: string[]) => (stack: import('aws-cdk-lib').Stack) =>
  void new rds.DatabaseCluster(stack, 'Cluster', {
    engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
    vpc: new ec2.Vpc(stack, 'Vpc'),
    writer: rds.ClusterInstance.serverlessV2('writer'),
    cloudwatchLogsExports,
  });

testRule(rule, [
  { name: 'aurora-postgresql exports postgresql', resources: cluster({ EnableCloudwatchLogsExports: ['postgresql'] }), expect: 'addressed' },
  { name: 'aurora-mysql missing slowquery', resources: cluster({ Engine: 'aurora-mysql', EnableCloudwatchLogsExports: ['audit', 'error', 'general'] }), expect: [{ status: 'unaddressed', message: /slowquery/ }] },
  { name: 'nothing exported', resources: cluster({}), expect: 'unaddressed' },
  { name: 'exports from an import', resources: cluster({ EnableCloudwatchLogsExports: { 'Fn::ImportValue': 'Exports' } }), expect: 'needs-review' },
  { name: 'DatabaseCluster exporting postgresql', cdk: aurora(['postgresql']), expect: [{ status: 'addressed', on: 'Cluster' }] },
  { name: 'DatabaseCluster defaults', cdk: aurora(), expect: [{ status: 'unaddressed', on: 'Cluster' }] },
]);

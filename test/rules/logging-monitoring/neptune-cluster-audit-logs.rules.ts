import * as neptune from 'aws-cdk-lib/aws-neptune';
import rule from '../../../rules/logging-monitoring/neptune-cluster-audit-logs';
import { testRule } from '../../support/rule-tester';

const cluster = (properties: object) => ({ Cluster: { Type: 'AWS::Neptune::DBCluster', Properties: properties } });

testRule(rule, [
  { name: 'audit exported', resources: cluster({ EnableCloudwatchLogsExports: ['audit'] }), expect: 'addressed' },
  { name: 'nothing exported', resources: cluster({}), expect: 'unaddressed' },
  { name: 'only slow query log', resources: cluster({ EnableCloudwatchLogsExports: ['slowquery'] }), expect: 'unaddressed' },
  { name: 'exports from a parameter', parameters: { L: { Type: 'CommaDelimitedList' } }, resources: cluster({ EnableCloudwatchLogsExports: { Ref: 'L' } }), expect: 'needs-review' },
  { name: 'CfnDBCluster with audit', cdk: (stack) => void new neptune.CfnDBCluster(stack, 'Cluster', { enableCloudwatchLogsExports: ['audit'] }), expect: 'addressed' },
  { name: 'CfnDBCluster defaults', cdk: (stack) => void new neptune.CfnDBCluster(stack, 'Cluster', {}), expect: 'unaddressed' },
]);

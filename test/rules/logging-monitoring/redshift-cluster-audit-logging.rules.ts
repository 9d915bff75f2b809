import * as redshift from 'aws-cdk-lib/aws-redshift';
import rule from '../../../rules/logging-monitoring/redshift-cluster-audit-logging';
import { testRule } from '../../support/rule-tester';

const cluster = (properties: object) => ({ Cluster: { Type: 'AWS::Redshift::Cluster', Properties: { ClusterType: 'single-node', NodeType: 'ra3.xlplus', DBName: 'db', MasterUsername: 'admin', ...properties } } });
const props = { clusterType: 'single-node', nodeType: 'ra3.xlplus', dbName: 'db', masterUsername: 'admin' };

testRule(rule, [
  { name: 'logging to S3', resources: cluster({ LoggingProperties: { BucketName: 'logs' } }), expect: 'addressed' },
  { name: 'logging to CloudWatch Logs', resources: cluster({ LoggingProperties: { LogDestinationType: 'cloudwatch', LogExports: ['connectionlog', 'userlog'] } }), expect: 'addressed' },
  { name: 'no logging', resources: cluster({}), expect: 'unaddressed' },
  { name: 'logging properties from a parameter', parameters: { L: { Type: 'String' } }, resources: cluster({ LoggingProperties: { Ref: 'L' } }), expect: 'needs-review' },
  { name: 'CfnCluster with logging', cdk: (stack) => void new redshift.CfnCluster(stack, 'Cluster', { ...props, loggingProperties: { bucketName: 'logs' } }), expect: 'addressed' },
  { name: 'CfnCluster defaults', cdk: (stack) => void new redshift.CfnCluster(stack, 'Cluster', props), expect: 'unaddressed' },
]);

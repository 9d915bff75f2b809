import * as msk from 'aws-cdk-lib/aws-msk';
import rule from '../../../rules/logging-monitoring/msk-broker-logs';
import { testRule } from '../../support/rule-tester';

const cluster = (brokerLogs?: object) => ({ Kafka: { Type: 'AWS::MSK::Cluster', Properties: { ClusterName: 'k', KafkaVersion: '3.6.0', NumberOfBrokerNodes: 2, BrokerNodeGroupInfo: { ClientSubnets: ['a', 'b'], InstanceType: 'kafka.m5.large' }, ...(brokerLogs ? { LoggingInfo: { BrokerLogs: brokerLogs } } : {}) } } });
const props = { clusterName: 'k', kafkaVersion: '3.6.0', numberOfBrokerNodes: 2, brokerNodeGroupInfo: { clientSubnets: ['a', 'b'], instanceType: 'kafka.m5.large' } };

testRule(rule, [
  { name: 'CloudWatch Logs on', resources: cluster({ CloudWatchLogs: { Enabled: true, LogGroup: 'msk' } }), expect: 'addressed' },
  { name: 'no logging', resources: cluster(), expect: 'unaddressed' },
  { name: 'every destination off', resources: cluster({ S3: { Enabled: false } }), expect: 'unaddressed' },
  { name: 'flag from a parameter', parameters: { On: { Type: 'String' } }, resources: cluster({ S3: { Enabled: { Ref: 'On' }, Bucket: 'logs' } }), expect: 'needs-review' },
  { name: 'CfnCluster with broker logs', cdk: (stack) => void new msk.CfnCluster(stack, 'Kafka', { ...props, loggingInfo: { brokerLogs: { s3: { enabled: true, bucket: 'logs' } } } }), expect: 'addressed' },
  { name: 'CfnCluster defaults', cdk: (stack) => void new msk.CfnCluster(stack, 'Kafka', props), expect: 'unaddressed' },
]);

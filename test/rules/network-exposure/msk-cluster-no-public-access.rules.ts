import * as msk from 'aws-cdk-lib/aws-msk';
import rule from '../../../rules/network-exposure/msk-cluster-no-public-access';
import { testRule } from '../../support/rule-tester';

const cluster = (connectivity?: object) => ({
  K: { Type: 'AWS::MSK::Cluster', Properties: { ClusterName: 'k', KafkaVersion: '3.6.0', NumberOfBrokerNodes: 2, BrokerNodeGroupInfo: { InstanceType: 'kafka.m5.large', ClientSubnets: ['s-1', 's-2'], ...(connectivity ? { ConnectivityInfo: connectivity } : {}) } } },
});
const cfn = (type?: string) => (stack: import('aws-cdk-lib').Stack) =>
  void new msk.CfnCluster(stack, 'K', {
    clusterName: 'k', kafkaVersion: '3.6.0', numberOfBrokerNodes: 2,
    brokerNodeGroupInfo: { instanceType: 'kafka.m5.large', clientSubnets: ['s-1', 's-2'], ...(type ? { connectivityInfo: { publicAccess: { type } } } : {}) },
  });

testRule(rule, [
  { name: 'no connectivity info', resources: cluster(), expect: 'addressed' },
  { name: 'DISABLED', resources: cluster({ PublicAccess: { Type: 'DISABLED' } }), expect: 'addressed' },
  { name: 'SERVICE_PROVIDED_EIPS', resources: cluster({ PublicAccess: { Type: 'SERVICE_PROVIDED_EIPS' } }), expect: 'unaddressed' },
  { name: 'parameter without default', parameters: { T: { Type: 'String' } }, resources: cluster({ PublicAccess: { Type: { Ref: 'T' } } }), expect: 'needs-review' },
  { name: 'CfnCluster with public brokers', cdk: cfn('SERVICE_PROVIDED_EIPS'), expect: 'unaddressed' },
  { name: 'CfnCluster default', cdk: cfn(), expect: 'addressed' },
]);

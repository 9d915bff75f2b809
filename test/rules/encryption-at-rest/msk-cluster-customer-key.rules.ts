import * as msk from 'aws-cdk-lib/aws-msk';
import rule from '../../../rules/encryption-at-rest/msk-cluster-customer-key';
import { testRule } from '../../support/rule-tester';
import { imported, one, unresolvable } from './cases';

const T = 'AWS::MSK::Cluster';
const base = { ClusterName: 'k', KafkaVersion: '3.6.0', NumberOfBrokerNodes: 2, BrokerNodeGroupInfo: { ClientSubnets: ['a', 'b'], InstanceType: 'kafka.m5.large' } };
const cdkBase = { clusterName: 'k', kafkaVersion: '3.6.0', numberOfBrokerNodes: 2, brokerNodeGroupInfo: { clientSubnets: ['a', 'b'], instanceType: 'kafka.m5.large' } };

testRule(rule, [
  { name: 'customer managed key', resources: one(T, { ...base, EncryptionInfo: { EncryptionAtRest: { DataVolumeKMSKeyId: 'arn:aws:kms:eu-west-1:1:key/k' } } }), expect: 'addressed' },
  { name: 'no key: aws/kafka', resources: one(T, base), expect: [{ status: 'unaddressed', message: /aws\/kafka/ }] },
  { name: 'AWS managed alias', resources: one(T, { ...base, EncryptionInfo: { EncryptionAtRest: { DataVolumeKMSKeyId: 'alias/aws/kafka' } } }), expect: 'unaddressed' },
  unresolvable(T, (u) => ({ ...base, EncryptionInfo: { EncryptionAtRest: { DataVolumeKMSKeyId: u } } })),
  imported(T, (u) => ({ ...base, EncryptionInfo: u })),
  { name: 'L1 with a key', cdk: (stack) => void new msk.CfnCluster(stack, 'Kafka', { ...cdkBase, encryptionInfo: { encryptionAtRest: { dataVolumeKmsKeyId: 'arn:aws:kms:eu-west-1:1:key/k' } } }), expect: 'addressed' },
  { name: 'L1 without a key', cdk: (stack) => void new msk.CfnCluster(stack, 'Kafka', cdkBase), expect: 'unaddressed' },
]);

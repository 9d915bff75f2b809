import * as elasticache from 'aws-cdk-lib/aws-elasticache';
import rule from '../../../rules/encryption-at-rest/elasticache-replication-group-encrypted';
import { testRule } from '../../support/rule-tester';
import { conditional, imported, one, unresolvable } from './cases';

const T = 'AWS::ElastiCache::ReplicationGroup';
const base = { ReplicationGroupDescription: 'cache', Engine: 'redis', CacheNodeType: 'cache.t3.micro', NumCacheClusters: 1 };
const props = { replicationGroupDescription: 'cache', engine: 'redis', cacheNodeType: 'cache.t3.micro', numCacheClusters: 1 };

testRule(rule, [
  { name: 'AtRestEncryptionEnabled true', resources: one(T, { ...base, AtRestEncryptionEnabled: true }), expect: 'addressed' },
  { name: 'AtRestEncryptionEnabled absent', resources: one(T, base), expect: 'unaddressed' },
  { name: 'AtRestEncryptionEnabled false', resources: one(T, { ...base, AtRestEncryptionEnabled: false }), expect: 'unaddressed' },
  unresolvable(T, (u) => ({ ...base, AtRestEncryptionEnabled: u })),
  imported(T, (u) => ({ ...base, AtRestEncryptionEnabled: u })),
  conditional(T, (v) => ({ ...base, AtRestEncryptionEnabled: v }), true, false, 'unaddressed'),
  { name: 'L1 CfnReplicationGroup encrypted', cdk: (stack) => void new elasticache.CfnReplicationGroup(stack, 'Cache', { ...props, atRestEncryptionEnabled: true }), expect: 'addressed' },
  { name: 'L1 CfnReplicationGroup not encrypted', cdk: (stack) => void new elasticache.CfnReplicationGroup(stack, 'Cache', props), expect: 'unaddressed' },
]);

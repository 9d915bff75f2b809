import * as elasticache from 'aws-cdk-lib/aws-elasticache';
import rule from '../../../rules/backup-recovery/elasticache-cluster-automatic-backups';
import { testRule } from '../../support/rule-tester';
import { ref, resource, unknownParameter } from './fixtures';

const cluster = (properties: object = {}) => ({ C: resource('AWS::ElastiCache::CacheCluster', { Engine: 'redis', CacheNodeType: 'cache.t3.micro', NumCacheNodes: 1, ...properties }) });
const l1 = (engine: string, snapshotRetentionLimit?: number) => (stack: import('aws-cdk-lib').Stack) =>
  void new elasticache.CfnCacheCluster(stack, 'C', { engine, cacheNodeType: 'cache.t3.micro', numCacheNodes: 1, snapshotRetentionLimit });

testRule(rule, [
  { name: '7 days', resources: cluster({ SnapshotRetentionLimit: 7 }), expect: 'addressed' },
  { name: 'valkey, 1 day', resources: cluster({ Engine: 'valkey', SnapshotRetentionLimit: 1 }), expect: 'addressed' },
  { name: 'absent', resources: cluster(), expect: [{ status: 'unaddressed', message: /default of 0 days applies: automatic backups are turned off/ }] },
  { name: 'parameter without a default', parameters: unknownParameter, resources: cluster({ SnapshotRetentionLimit: ref }), expect: 'needs-review' },
  { name: 'engine unknown', parameters: unknownParameter, resources: cluster({ Engine: ref }), expect: [{ status: 'needs-review', propertyPath: 'Engine' }] },
  { name: 'memcached has no backups', resources: cluster({ Engine: 'memcached' }), expect: [] },
  { name: 'CfnCacheCluster with backups', cdk: l1('redis', 5), expect: 'addressed' },
  { name: 'CfnCacheCluster without backups', cdk: l1('redis'), expect: 'unaddressed' },
]);

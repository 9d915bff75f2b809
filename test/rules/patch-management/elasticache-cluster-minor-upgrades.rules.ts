import * as elasticache from 'aws-cdk-lib/aws-elasticache';
import rule from '../../../rules/patch-management/elasticache-cluster-minor-upgrades';
import { testRule } from '../../support/rule-tester';

const cache = (properties: object) => ({ Cache: { Type: 'AWS::ElastiCache::CacheCluster', Properties: { CacheNodeType: 'cache.t3.micro', NumCacheNodes: 1, Engine: 'redis', ...properties } } });

testRule(rule, [
  { name: 'redis, absent: default on', resources: cache({}), expect: 'addressed' },
  { name: 'valkey, true', resources: cache({ Engine: 'valkey', AutoMinorVersionUpgrade: true }), expect: 'addressed' },
  { name: 'redis, false', resources: cache({ AutoMinorVersionUpgrade: false }), expect: [{ status: 'unaddressed', message: /AutoMinorVersionUpgrade is false/ }] },
  { name: 'memcached is out of scope', resources: cache({ Engine: 'memcached', AutoMinorVersionUpgrade: false }), expect: [] },
  { name: 'imported value', resources: cache({ AutoMinorVersionUpgrade: { 'Fn::ImportValue': 'X' } }), expect: 'needs-review' },
  { name: '[L1] CfnCacheCluster false', cdk: (stack) => new elasticache.CfnCacheCluster(stack, 'Cache', { cacheNodeType: 'cache.t3.micro', numCacheNodes: 1, engine: 'redis', autoMinorVersionUpgrade: false }), expect: 'unaddressed' },
  { name: '[L1] CfnCacheCluster true', cdk: (stack) => new elasticache.CfnCacheCluster(stack, 'Cache', { cacheNodeType: 'cache.t3.micro', numCacheNodes: 1, engine: 'redis', autoMinorVersionUpgrade: true }), expect: 'addressed' },
]);

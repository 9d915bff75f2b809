import { defineRule } from '../../lib/engine/rule';
import { requireTrue } from './shared/support';

/** Memcached has no automatic minor upgrades, so the rule is about Redis OSS and Valkey only. */
export default defineRule({
  id: 'SRM-PAT-013',
  title: 'ElastiCache (Redis OSS / Valkey) cluster applies minor engine upgrades automatically',
  duty: 'patch-management',
  severity: 'medium',
  resourceTypes: ['AWS::ElastiCache::CacheCluster'],
  controls: {
    configRule: 'ELASTICACHE_AUTO_MINOR_VERSION_UPGRADE_CHECK',
    securityHub: ['ElastiCache.2'],
    controlTower: ['CT.ELASTICACHE.PR.2'],
    nist80053: ['SI-2', 'SI-2(2)', 'SI-2(4)', 'SI-2(5)'],
  },
  docs: {
    description: 'Minor engine versions carry security fixes; whether the cluster receives them is the customer\'s setting.',
    addressedBy: '`AutoMinorVersionUpgrade: true`, or the property left out.',
    default: 'Absent, ElastiCache applies minor upgrades automatically (default true for Redis OSS 6.0+ and Valkey): addressed. Memcached clusters: not applicable.',
    fix: {
      cdk: "new elasticache.CfnCacheCluster(this, 'Cache', { ..., autoMinorVersionUpgrade: true })",
      cloudformation: 'Set `AutoMinorVersionUpgrade: true` on the AWS::ElastiCache::CacheCluster.',
    },
  },
  check(cluster) {
    const engine = cluster.get('Engine').value;
    if (typeof engine === 'string' && engine.toLowerCase() === 'memcached') return undefined;
    return requireTrue(cluster.get('AutoMinorVersionUpgrade'), {
      whenAbsent: true,
      on: 'minor engine upgrades are applied automatically',
      off: 'AutoMinorVersionUpgrade is false, so minor engine versions with security fixes are not applied',
    });
  },
});

import { needsReview } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { minimumDays } from './lib/checks';

/** CloudFormation default: `SnapshotRetentionLimit` absent (0) means no automatic backups. Memcached has no backups at all. */
export default defineRule({
  id: 'SRM-BKP-015',
  title: 'ElastiCache (Redis OSS, Valkey) cluster has automatic backups',
  duty: 'backup-recovery',
  severity: 'medium',
  resourceTypes: ['AWS::ElastiCache::CacheCluster'],
  controls: {
    configRule: 'ELASTICACHE_REDIS_CLUSTER_AUTOMATIC_BACKUP_CHECK',
    securityHub: ['ElastiCache.1'],
    controlTower: ['CT.ELASTICACHE.PR.1'],
    nist80053: ['CP-10', 'CP-6', 'CP-6(1)', 'CP-6(2)', 'CP-9', 'SC-5(2)', 'SI-12', 'SI-13(5)'],
  },
  docs: {
    description: 'A cache used as a data store loses its contents on failure unless the customer keeps snapshots.',
    addressedBy: '`SnapshotRetentionLimit` of 1 day or more on a `redis` or `valkey` cluster.',
    default: 'Absent means 0: automatic backups off, unaddressed. Memcached clusters are not evaluated.',
    fix: {
      cdk: 'new elasticache.CfnCacheCluster(this, id, { engine: \'redis\', snapshotRetentionLimit: 7, ... })',
      cloudformation: 'Set `SnapshotRetentionLimit: 7` (1 or more) on the AWS::ElastiCache::CacheCluster.',
    },
  },
  check(cluster) {
    const engine = cluster.get('Engine').value;
    if (typeof engine !== 'string') return needsReview('the engine is not known, so whether it keeps backups is not known', { propertyPath: 'Engine' });
    if (!['redis', 'valkey'].includes(engine.toLowerCase())) return undefined;
    return minimumDays(cluster.get('SnapshotRetentionLimit'), { minimum: 1, absent: 0, what: 'automatic backups' });
  },
});

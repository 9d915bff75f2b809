import { defineRule } from '../../lib/engine/rule';
import { minimumDays } from './lib/checks';

/** CloudFormation default: `SnapshotRetentionLimit` absent (0) means no automatic backups. */
export default defineRule({
  id: 'SRM-BKP-016',
  title: 'ElastiCache replication group has automatic backups',
  duty: 'backup-recovery',
  severity: 'medium',
  resourceTypes: ['AWS::ElastiCache::ReplicationGroup'],
  controls: {
    configRule: 'ELASTICACHE_REDIS_CLUSTER_AUTOMATIC_BACKUP_CHECK',
    securityHub: ['ElastiCache.1'],
    nist80053: ['CP-10', 'CP-6', 'CP-6(1)', 'CP-6(2)', 'CP-9', 'SC-5(2)', 'SI-12', 'SI-13(5)'],
  },
  docs: {
    description: 'Replicas protect against a node failing, not against bad writes or flushes; only snapshots the customer keeps do.',
    addressedBy: '`SnapshotRetentionLimit` of 1 day or more.',
    default: 'Absent means 0: automatic backups off, unaddressed.',
    fix: {
      cdk: 'new elasticache.CfnReplicationGroup(this, id, { snapshotRetentionLimit: 7, ... })',
      cloudformation: 'Set `SnapshotRetentionLimit: 7` (1 or more) on the AWS::ElastiCache::ReplicationGroup.',
    },
  },
  check(group) {
    return minimumDays(group.get('SnapshotRetentionLimit'), { minimum: 1, absent: 0, what: 'automatic backups' });
  },
});

import { defineRule } from '../../lib/engine/rule';
import { requireTrue } from './shared/support';

export default defineRule({
  id: 'SRM-PAT-014',
  title: 'ElastiCache replication group applies minor engine upgrades automatically',
  duty: 'patch-management',
  severity: 'medium',
  resourceTypes: ['AWS::ElastiCache::ReplicationGroup'],
  controls: {
    nist80053: ['SI-2', 'SI-2(2)', 'SI-2(4)', 'SI-2(5)'],
  },
  docs: {
    description: 'Minor engine versions carry security fixes; whether the replication group receives them is the customer\'s setting.',
    addressedBy: '`AutoMinorVersionUpgrade: true`, or the property left out.',
    default: 'Absent, ElastiCache applies minor upgrades automatically (default true for Redis OSS 6.0+ and Valkey): addressed.',
    fix: {
      cdk: "new elasticache.CfnReplicationGroup(this, 'Cache', { ..., autoMinorVersionUpgrade: true })",
      cloudformation: 'Set `AutoMinorVersionUpgrade: true` on the AWS::ElastiCache::ReplicationGroup.',
    },
  },
  check(group) {
    return requireTrue(group.get('AutoMinorVersionUpgrade'), {
      whenAbsent: true,
      on: 'minor engine upgrades are applied automatically',
      off: 'AutoMinorVersionUpgrade is false, so minor engine versions with security fixes are not applied',
    });
  },
});

import { defineRule } from '../../lib/engine/rule';
import { requireTrue } from './shared/support';

export default defineRule({
  id: 'SRM-PAT-018',
  title: 'MemoryDB cluster applies minor engine upgrades automatically',
  duty: 'patch-management',
  severity: 'medium',
  resourceTypes: ['AWS::MemoryDB::Cluster'],
  controls: {
    nist80053: ['SI-2', 'SI-2(2)', 'SI-2(4)', 'SI-2(5)'],
  },
  docs: {
    description: 'MemoryDB publishes minor engine versions with security fixes; the cluster takes them only if automatic minor upgrades are on.',
    addressedBy: '`AutoMinorVersionUpgrade: true`, or the property left out.',
    default: 'Absent, MemoryDB applies minor engine upgrades automatically (default true): addressed.',
    fix: {
      cdk: "new memorydb.CfnCluster(this, 'Cluster', { ..., autoMinorVersionUpgrade: true })",
      cloudformation: 'Remove `AutoMinorVersionUpgrade: false` or set it to true on the AWS::MemoryDB::Cluster.',
    },
  },
  check(cluster) {
    return requireTrue(cluster.get('AutoMinorVersionUpgrade'), {
      whenAbsent: true,
      on: 'minor engine upgrades are applied automatically',
      off: 'AutoMinorVersionUpgrade is false, so minor engine versions with security fixes are not applied',
    });
  },
});

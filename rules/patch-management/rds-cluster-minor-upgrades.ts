import { defineRule } from '../../lib/engine/rule';
import { requireTrue } from './shared/support';

/** Only Aurora and Multi-AZ DB clusters have the setting; the check reads it wherever it is set. */
export default defineRule({
  id: 'SRM-PAT-012',
  title: 'RDS DB cluster applies minor engine upgrades automatically',
  duty: 'patch-management',
  severity: 'medium',
  resourceTypes: ['AWS::RDS::DBCluster'],
  controls: {
    configRule: 'RDS_CLUSTER_AUTO_MINOR_VERSION_UPGRADE_ENABLE',
    securityHub: ['RDS.35'],
    nist80053: ['SI-2', 'SI-2(2)', 'SI-2(4)', 'SI-2(5)'],
  },
  docs: {
    description: 'Minor engine versions carry security fixes; the cluster takes them only if automatic minor version upgrades are on (for Aurora, on the cluster and its instances).',
    addressedBy: '`AutoMinorVersionUpgrade: true`, or the property left out.',
    default: 'Absent, RDS applies minor engine upgrades to the cluster automatically (the API default is true): addressed.',
    fix: {
      cdk: "new rds.CfnDBCluster(this, 'Cluster', { ..., autoMinorVersionUpgrade: true }) // L2: leave autoMinorVersionUpgrade unset on DatabaseCluster instances",
      cloudformation: 'Remove `AutoMinorVersionUpgrade: false` or set it to true on the AWS::RDS::DBCluster.',
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

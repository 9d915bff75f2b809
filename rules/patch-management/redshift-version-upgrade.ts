import { defineRule } from '../../lib/engine/rule';
import { requireTrue } from './shared/support';

export default defineRule({
  id: 'SRM-PAT-015',
  title: 'Redshift cluster accepts engine version upgrades',
  duty: 'patch-management',
  severity: 'medium',
  resourceTypes: ['AWS::Redshift::Cluster'],
  controls: {
    configRule: 'REDSHIFT_CLUSTER_MAINTENANCESETTINGS_CHECK',
    securityHub: ['Redshift.6'],
    controlTower: ['CT.REDSHIFT.PR.4'],
    nist80053: ['SI-2', 'SI-2(2)', 'SI-2(4)', 'SI-2(5)'],
    cdkNag: ['AwsSolutions-RS9'],
  },
  docs: {
    description: 'Redshift applies engine upgrades, including security fixes, in the maintenance window only if the cluster allows them.',
    addressedBy: '`AllowVersionUpgrade: true`, or the property left out.',
    default: 'Absent, Redshift allows version upgrades (default true): addressed.',
    fix: {
      cdk: "new redshift.CfnCluster(this, 'Cluster', { ..., allowVersionUpgrade: true })",
      cloudformation: 'Remove `AllowVersionUpgrade: false` or set it to true.',
    },
  },
  check(cluster) {
    return requireTrue(cluster.get('AllowVersionUpgrade'), {
      whenAbsent: true,
      on: 'engine version upgrades are applied in the maintenance window',
      off: 'AllowVersionUpgrade is false, so engine upgrades with security fixes are not applied',
    });
  },
});

import { defineRule } from '../../lib/engine/rule';
import { minimumDays, orBackupPlan } from './lib/checks';

/** CloudFormation default: `AutomatedSnapshotRetentionPeriod` absent keeps automated snapshots for 1 day; 0 turns them off. */
export default defineRule({
  id: 'SRM-BKP-014',
  title: 'Redshift cluster keeps automated snapshots for at least 7 days',
  duty: 'backup-recovery',
  severity: 'medium',
  resourceTypes: ['AWS::Redshift::Cluster'],
  controls: {
    configRule: 'REDSHIFT_BACKUP_ENABLED',
    securityHub: ['Redshift.3'],
    controlTower: ['CT.REDSHIFT.PR.2'],
    nist80053: ['CP-10', 'CP-6', 'CP-6(1)', 'CP-6(2)', 'CP-9', 'SC-5(2)', 'SC-7(10)', 'SI-13(5)'],
  },
  docs: {
    description: 'How many days of automated snapshots a warehouse keeps decides how far back the customer can restore.',
    addressedBy: '`AutomatedSnapshotRetentionPeriod` of 7 to 35 days, or an AWS Backup selection that assigns the cluster to a backup plan.',
    default: 'Absent means 1 day, fewer than 7: unaddressed. 0 turns automated snapshots off.',
    fix: {
      cdk: 'new redshift.CfnCluster(this, id, { automatedSnapshotRetentionPeriod: 7, ... })',
      cloudformation: 'Set `AutomatedSnapshotRetentionPeriod: 7` (or more, up to 35) on the AWS::Redshift::Cluster.',
    },
  },
  check(cluster, context) {
    const own = minimumDays(cluster.get('AutomatedSnapshotRetentionPeriod'), { minimum: 7, absent: 1, what: 'automated snapshots' });
    return orBackupPlan(own, cluster, context);
  },
});

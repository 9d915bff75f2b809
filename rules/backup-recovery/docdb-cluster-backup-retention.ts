import { defineRule } from '../../lib/engine/rule';
import { minimumDays, orBackupPlan } from './lib/checks';

/** CloudFormation default: `BackupRetentionPeriod` absent keeps backups for 1 day. */
export default defineRule({
  id: 'SRM-BKP-010',
  title: 'DocumentDB cluster keeps backups for at least 7 days',
  duty: 'backup-recovery',
  severity: 'medium',
  resourceTypes: ['AWS::DocDB::DBCluster'],
  controls: {
    configRule: 'DOCDB_CLUSTER_BACKUP_RETENTION_CHECK',
    securityHub: ['DocumentDB.2'],
    controlTower: ['CT.DOCUMENTDB.PR.2'],
    nist80053: ['SI-12'],
    cdkNag: ['AwsSolutions-DOC4'],
  },
  docs: {
    description: 'How many days of DocumentDB backups exist decides how far back the customer can restore.',
    addressedBy: '`BackupRetentionPeriod` of 7 to 35 days, or an AWS Backup selection that assigns the cluster to a backup plan.',
    default: 'Absent means 1 day, fewer than 7: unaddressed.',
    fix: {
      cdk: 'new docdb.DatabaseCluster(this, id, { backup: { retention: Duration.days(7) }, ... })',
      cloudformation: 'Set `BackupRetentionPeriod: 7` (or more, up to 35) on the AWS::DocDB::DBCluster.',
    },
  },
  check(cluster, context) {
    const own = minimumDays(cluster.get('BackupRetentionPeriod'), { minimum: 7, absent: 1, what: 'backups' });
    return orBackupPlan(own, cluster, context);
  },
});

import { defineRule } from '../../lib/engine/rule';
import { minimumDays, orBackupPlan } from './lib/checks';

/** CloudFormation default: `BackupRetentionPeriod` absent keeps backups for 1 day. */
export default defineRule({
  id: 'SRM-BKP-012',
  title: 'Neptune cluster keeps backups for at least 7 days',
  duty: 'backup-recovery',
  severity: 'medium',
  resourceTypes: ['AWS::Neptune::DBCluster'],
  controls: {
    configRule: 'NEPTUNE_CLUSTER_BACKUP_RETENTION_CHECK',
    securityHub: ['Neptune.5'],
    controlTower: ['CT.NEPTUNE.PR.5'],
    nist80053: ['SI-12'],
    cdkNag: ['AwsSolutions-N3'],
  },
  docs: {
    description: 'How many days of Neptune backups exist decides how far back the customer can restore.',
    addressedBy: '`BackupRetentionPeriod` of 7 to 35 days, or an AWS Backup selection that assigns the cluster to a backup plan.',
    default: 'Absent means 1 day, fewer than 7: unaddressed.',
    fix: {
      cdk: 'new neptune.CfnDBCluster(this, id, { backupRetentionPeriod: 7, ... })',
      cloudformation: 'Set `BackupRetentionPeriod: 7` (or more, up to 35) on the AWS::Neptune::DBCluster.',
    },
  },
  check(cluster, context) {
    const own = minimumDays(cluster.get('BackupRetentionPeriod'), { minimum: 7, absent: 1, what: 'backups' });
    return orBackupPlan(own, cluster, context);
  },
});

import { defineRule } from '../../lib/engine/rule';
import { minimumDays, orBackupPlan } from './lib/checks';

/** CloudFormation default: `BackupRetentionPeriod` absent keeps cluster backups for 1 day (the minimum; clusters cannot turn them off). */
export default defineRule({
  id: 'SRM-BKP-002',
  title: 'RDS DB cluster keeps automated backups for at least 7 days',
  duty: 'backup-recovery',
  severity: 'high',
  resourceTypes: ['AWS::RDS::DBCluster'],
  controls: {
    nist80053: ['CP-9', 'CP-10', 'SI-12'],
  },
  docs: {
    description: 'Aurora and Multi-AZ DB clusters always keep some automated backups; how many days of them decides how far back the data can be restored.',
    addressedBy: '`BackupRetentionPeriod` of 7 to 35 days, or an AWS Backup selection that assigns the cluster to a backup plan.',
    default: 'Absent means 1 day, fewer than 7: unaddressed.',
    fix: {
      cdk: 'new rds.DatabaseCluster(this, id, { backup: { retention: Duration.days(7) }, ... })',
      cloudformation: 'Set `BackupRetentionPeriod: 7` (or more, up to 35) on the AWS::RDS::DBCluster.',
    },
  },
  check(cluster, context) {
    const own = minimumDays(cluster.get('BackupRetentionPeriod'), { minimum: 7, absent: 1, what: 'automated backups' });
    return orBackupPlan(own, cluster, context);
  },
});

import { defineRule } from '../../lib/engine/rule';
import { minimumDays, orBackupPlan } from './lib/checks';

/**
 * CloudFormation default: `BackupRetentionPeriod` absent keeps automated backups for 1 day, which
 * AWS's own controls (CT.RDS.PR.8, Security Hub RDS.11) judge too short: fewer than 7 days fails.
 */
export default defineRule({
  id: 'SRM-BKP-001',
  title: 'RDS DB instance keeps automated backups for at least 7 days',
  duty: 'backup-recovery',
  severity: 'high',
  resourceTypes: ['AWS::RDS::DBInstance'],
  controls: {
    configRule: 'DB_INSTANCE_BACKUP_ENABLED',
    securityHub: ['RDS.11'],
    controlTower: ['CT.RDS.PR.8'],
    nist80053: ['CP-10', 'CP-6', 'CP-6(1)', 'CP-6(2)', 'CP-9', 'SC-5(2)', 'SI-12', 'SI-13(5)'],
    cdkNag: ['AwsSolutions-RDS13', 'NIST.800.53.R5-RDSInstanceBackupEnabled'],
  },
  docs: {
    description: 'AWS runs the database engine, but how long backups are kept, and so how far back the data can be restored, is the customer\'s choice.',
    addressedBy: '`BackupRetentionPeriod` of 7 to 35 days, or an AWS Backup selection that assigns the instance to a backup plan.',
    default: 'Absent means 1 day of automated backups, fewer than the 7 days AWS\'s controls require: unaddressed. 0 turns automated backups off. Aurora members are judged on their cluster; read replicas are not evaluated (AWS does not either).',
    fix: {
      cdk: 'new rds.DatabaseInstance(this, id, { backupRetention: Duration.days(7), ... })',
      cloudformation: 'Set `BackupRetentionPeriod: 7` (or more, up to 35) on the AWS::RDS::DBInstance.',
    },
  },
  check(instance, context) {
    if (instance.get('DBClusterIdentifier').value !== undefined) return undefined;
    if (instance.get('SourceDBInstanceIdentifier').value !== undefined) return undefined;
    const own = minimumDays(instance.get('BackupRetentionPeriod'), { minimum: 7, absent: 1, what: 'automated backups' });
    return orBackupPlan(own, instance, context);
  },
});

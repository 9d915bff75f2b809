import { judge } from '../../lib/engine/findings';
import { orBackupPlan } from './lib/checks';
import { defineRule } from '../../lib/engine/rule';
import { describeValue } from '../../lib/model/values';

/** CloudFormation default: without `BackupPolicy` a file system created by CloudFormation has automatic backups off. */
export default defineRule({
  id: 'SRM-BKP-004',
  title: 'EFS file system is backed up',
  duty: 'backup-recovery',
  severity: 'medium',
  resourceTypes: ['AWS::EFS::FileSystem'],
  controls: {
    configRule: 'EFS_IN_BACKUP_PLAN',
    securityHub: ['EFS.2'],
    controlTower: ['CT.ELASTICFILESYSYSTEM.PR.2'],
    nist80053: ['CP-10', 'CP-6', 'CP-6(1)', 'CP-6(2)', 'CP-9', 'SC-5(2)', 'SI-12', 'SI-13(5)'],
    cdkNag: ['NIST.800.53.R5-EFSInBackupPlan'],
  },
  docs: {
    description: 'EFS replicates data inside a Region, but deleted or overwritten files come back only from backups the customer arranges.',
    addressedBy: '`BackupPolicy.Status: ENABLED` (automatic daily backups in the default backup plan), or an AWS Backup selection that assigns the file system to a backup plan.',
    default: 'Absent means automatic backups are off (only the console turns them on by default): unaddressed unless AWS Backup covers it.',
    fix: {
      cdk: 'new efs.FileSystem(this, id, { enableAutomaticBackups: true, ... })',
      cloudformation: 'Set `BackupPolicy: { Status: ENABLED }` on the AWS::EFS::FileSystem.',
    },
  },
  check(fileSystem, context) {
    const status = fileSystem.get('BackupPolicy.Status');
    const own = judge(status, (value) => {
      if (value === undefined) return { ok: false, message: 'BackupPolicy is not set, so automatic backups are off' };
      if (value === 'ENABLED' || value === 'ENABLING') return { ok: true, message: 'automatic backups are on' };
      if (value === 'DISABLED' || value === 'DISABLING') return { ok: false, message: `BackupPolicy.Status is ${value}: automatic backups are off` };
      return { ok: 'unknown', message: `BackupPolicy.Status is ${describeValue(value)}, not ENABLED or DISABLED` };
    });
    return orBackupPlan(own, fileSystem, context);
  },
});

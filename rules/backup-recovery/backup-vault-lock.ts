import { asNumber, judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { describeValue } from '../../lib/model/values';

/** AWS Backup default: a vault without `LockConfiguration` lets anyone with permission delete recovery points early. */
export default defineRule({
  id: 'SRM-BKP-024',
  title: 'AWS Backup vault has a vault lock',
  duty: 'backup-recovery',
  severity: 'low',
  resourceTypes: ['AWS::Backup::BackupVault'],
  controls: {
    nist80053: ['CP-9', 'SI-12'],
  },
  docs: {
    description: 'Vault Lock enforces a minimum retention on recovery points, so backups survive a mistaken or malicious deletion, including by administrators.',
    addressedBy: '`LockConfiguration.MinRetentionDays` (with `ChangeableForDays` for compliance mode).',
    default: 'Absent means no lock: unaddressed.',
    fix: {
      cdk: 'new backup.BackupVault(this, id, { lockConfiguration: { minRetention: Duration.days(7) } })',
      cloudformation: 'Set `LockConfiguration: { MinRetentionDays: 7 }` on the AWS::Backup::BackupVault.',
    },
  },
  check(vault) {
    return judge(vault.get('LockConfiguration.MinRetentionDays'), (value) => {
      if (value === undefined) return { ok: false, message: 'the vault has no vault lock, so recovery points can be deleted at any time' };
      const days = asNumber(value);
      if (days === undefined) return { ok: 'unknown', message: `MinRetentionDays is ${describeValue(value)}, not a number` };
      return { ok: true, message: `vault lock keeps recovery points at least ${days} days` };
    });
  },
});

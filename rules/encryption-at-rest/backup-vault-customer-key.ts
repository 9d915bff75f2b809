import { defineRule } from '../../lib/engine/rule';
import { CUSTOMER_KEY_NIST, requireKey } from './lib/checks';

export default defineRule({
  id: 'SRM-EAR-029',
  title: 'Backup vault encrypts recovery points with a customer managed KMS key',
  duty: 'encryption-at-rest',
  severity: 'low',
  resourceTypes: ['AWS::Backup::BackupVault'],
  controls: {
    nist80053: CUSTOMER_KEY_NIST,
  },
  docs: {
    description: 'Backups are full copies of the customer\'s data; a customer managed key keeps them under the customer\'s own key policy.',
    addressedBy: '`EncryptionKeyArn` naming a customer managed KMS key.',
    default: 'Absent means AWS Backup uses its AWS managed key (`aws/backup`) for backups it encrypts itself: unaddressed at low severity.',
    fix: {
      cdk: "new backup.BackupVault(this, 'Vault', { encryptionKey: key })",
      cloudformation: 'Set `EncryptionKeyArn` on the AWS::Backup::BackupVault.',
    },
  },
  check(vault) {
    return requireKey(vault.get('EncryptionKeyArn'), { on: 'recovery points are encrypted with a customer managed key', off: 'EncryptionKeyArn is not set, so AWS Backup uses its AWS managed key', customerManaged: true });
  },
});

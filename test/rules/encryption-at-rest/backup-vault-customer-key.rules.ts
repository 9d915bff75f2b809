import * as backup from 'aws-cdk-lib/aws-backup';
import * as kms from 'aws-cdk-lib/aws-kms';
import rule from '../../../rules/encryption-at-rest/backup-vault-customer-key';
import { testRule } from '../../support/rule-tester';
import { imported, one, unresolvable } from './cases';

const T = 'AWS::Backup::BackupVault';

testRule(rule, [
  { name: 'customer key', resources: one(T, { BackupVaultName: 'v', EncryptionKeyArn: 'arn:aws:kms:eu-west-1:1:key/k' }), expect: 'addressed' },
  { name: 'no key', resources: one(T, { BackupVaultName: 'v' }), expect: 'unaddressed' },
  unresolvable(T, (u) => ({ BackupVaultName: 'v', EncryptionKeyArn: u })),
  imported(T, (u) => ({ BackupVaultName: 'v', EncryptionKeyArn: u })),
  { name: 'BackupVault with a key', cdk: (stack) => void new backup.BackupVault(stack, 'Vault', { encryptionKey: new kms.Key(stack, 'Key') }), expect: 'addressed' },
  { name: 'BackupVault without a key', cdk: (stack) => void new backup.BackupVault(stack, 'Vault'), expect: 'unaddressed' },
]);

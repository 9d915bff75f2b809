import { Duration } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import rule from '../../../rules/backup-recovery/backup-vault-lock';
import { testRule } from '../../support/rule-tester';
import { ref, resource, unknownParameter } from './fixtures';

const vault = (properties: object = {}) => ({ V: resource('AWS::Backup::BackupVault', { BackupVaultName: 'v', ...properties }) });

testRule(rule, [
  { name: 'locked', resources: vault({ LockConfiguration: { MinRetentionDays: 7 } }), expect: 'addressed' },
  { name: 'no lock', resources: vault(), expect: [{ status: 'unaddressed', message: /no vault lock/ }] },
  { name: 'parameter without a default', parameters: unknownParameter, resources: vault({ LockConfiguration: { MinRetentionDays: ref } }), expect: 'needs-review' },
  { name: 'BackupVault with a lock', cdk: (stack) => void new backup.BackupVault(stack, 'V', { lockConfiguration: { minRetention: Duration.days(7) } }), expect: 'addressed' },
  { name: 'BackupVault with the defaults', cdk: (stack) => void new backup.BackupVault(stack, 'V'), expect: 'unaddressed' },
]);

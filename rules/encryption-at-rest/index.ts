import type { Rule } from '../../lib/engine/rule';
import rdsInstanceStorageEncrypted from './rds-instance-storage-encrypted';

export const encryptionAtRestRules: readonly Rule[] = [rdsInstanceStorageEncrypted];

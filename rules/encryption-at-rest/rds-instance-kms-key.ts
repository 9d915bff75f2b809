import { needsReview } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { CUSTOMER_KEY_NIST, requireKey } from './lib/checks';

export default defineRule({
  id: 'SRM-EAR-036',
  title: 'RDS DB instance storage is encrypted with a KMS key you specify',
  duty: 'encryption-at-rest',
  severity: 'low',
  resourceTypes: ['AWS::RDS::DBInstance'],
  controls: {
    controlTower: ['CT.RDS.PR.30'],
    nist80053: CUSTOMER_KEY_NIST,
  },
  docs: {
    description: 'Naming the key keeps the choice of key (and its policy, rotation and audit trail) with the customer rather than the account default `aws/rds`.',
    addressedBy: '`KmsKeyId` naming a KMS key. Aurora member instances are left to their cluster.',
    default: 'Absent means RDS uses the AWS managed key `aws/rds` when storage is encrypted (and nothing when it is not): unaddressed at low severity. Read replicas and snapshot restores inherit the source\'s key: needs review.',
    fix: {
      cdk: "new rds.DatabaseInstance(this, 'Db', { engine, vpc, storageEncrypted: true, storageEncryptionKey: key })",
      cloudformation: 'Set `StorageEncrypted: true` and `KmsKeyId` on the AWS::RDS::DBInstance.',
    },
  },
  check(instance) {
    if (instance.get('DBClusterIdentifier').value !== undefined) return undefined;
    const key = instance.get('KmsKeyId');
    if (key.value === undefined && (instance.get('SourceDBInstanceIdentifier').value ?? instance.get('DBSnapshotIdentifier').value) !== undefined) {
      return needsReview('KmsKeyId is not set, so the key is inherited from the source instance or snapshot, which the template does not show', { propertyPath: 'KmsKeyId' });
    }
    return requireKey(key, { on: 'storage is encrypted with a KMS key you specify', off: 'KmsKeyId is not set, so RDS uses the AWS managed key aws/rds (if storage is encrypted at all)' });
  },
});

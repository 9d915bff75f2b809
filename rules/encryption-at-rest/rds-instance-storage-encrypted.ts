import { needsReview } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { AT_REST_NIST, requireOn } from './lib/checks';

/**
 * CloudFormation default: `StorageEncrypted` absent means unencrypted, except when the instance is
 * restored from a snapshot or is a read replica (it inherits the source's encryption, which the
 * template cannot show) or belongs to an Aurora cluster (the cluster decides).
 */
export default defineRule({
  id: 'SRM-EAR-001',
  title: 'RDS DB instance storage is encrypted',
  duty: 'encryption-at-rest',
  severity: 'high',
  resourceTypes: ['AWS::RDS::DBInstance'],
  controls: {
    configRule: 'RDS_STORAGE_ENCRYPTED',
    securityHub: ['RDS.3'],
    controlTower: ['CT.RDS.PR.24'],
    nist80053: AT_REST_NIST,
    cdkNag: ['AwsSolutions-RDS2', 'NIST.800.53.R5-RDSStorageEncrypted'],
  },
  docs: {
    description: 'On a managed database AWS runs the engine, but choosing to encrypt the stored data is the customer\'s.',
    addressedBy: '`StorageEncrypted: true` (optionally with `KmsKeyId`), or membership of an encrypted Aurora cluster.',
    default: 'Absent means unencrypted. Read replicas and snapshot restores inherit the source\'s encryption: needs review.',
    fix: {
      cdk: 'new rds.DatabaseInstance(this, id, { storageEncrypted: true, storageEncryptionKey: key, ... })',
      cloudformation: 'Set `StorageEncrypted: true` on the AWS::RDS::DBInstance.',
    },
  },
  check(instance) {
    if (instance.get('DBClusterIdentifier').value !== undefined) return undefined; // the cluster rule decides
    const encrypted = instance.get('StorageEncrypted');
    if (encrypted.value === undefined) {
      const source = instance.get('SourceDBInstanceIdentifier').value ?? instance.get('DBSnapshotIdentifier').value;
      if (source !== undefined) {
        return needsReview('encryption is inherited from the source instance or snapshot, which the template does not show', {
          propertyPath: 'StorageEncrypted',
        });
      }
    }
    return requireOn(encrypted, { absent: false, on: 'storage is encrypted', off: 'storage is not encrypted', absentNote: 'StorageEncrypted is not set, so storage is not encrypted' });
  },
});

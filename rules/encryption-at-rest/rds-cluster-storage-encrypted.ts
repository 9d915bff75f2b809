import { addressed, needsReview } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { AT_REST_NIST, requireOn } from './lib/checks';

/** Properties that make the cluster a copy of another, whose encryption it inherits. */
const SOURCES = ['SnapshotIdentifier', 'SourceDBClusterIdentifier', 'ReplicationSourceIdentifier', 'GlobalClusterIdentifier'];

export default defineRule({
  id: 'SRM-EAR-006',
  title: 'RDS DB cluster storage is encrypted',
  duty: 'encryption-at-rest',
  severity: 'high',
  resourceTypes: ['AWS::RDS::DBCluster'],
  controls: {
    configRule: 'RDS_CLUSTER_ENCRYPTED_AT_REST',
    securityHub: ['RDS.27'],
    controlTower: ['CT.RDS.PR.16'],
    nist80053: AT_REST_NIST,
    cdkNag: ['AwsSolutions-RDS2', 'NIST.800.53.R5-RDSStorageEncrypted'],
  },
  docs: {
    description: 'AWS runs the Aurora or Multi-AZ cluster, but encrypting its storage is a choice the customer makes at creation and cannot change later.',
    addressedBy: '`StorageEncrypted: true` (optionally with `KmsKeyId`), or `EngineMode: serverless` (Aurora Serverless v1 clusters are always encrypted).',
    default:
      'Absent means unencrypted for a new cluster. A cluster restored from a snapshot, cloned, a cross-region replica or a secondary of a global cluster inherits the source\'s encryption, which the template does not show: needs review.',
    fix: {
      cdk: "new rds.DatabaseCluster(this, 'Db', { engine, writer, vpc, storageEncrypted: true, storageEncryptionKey: key })",
      cloudformation: 'Set `StorageEncrypted: true` on the AWS::RDS::DBCluster (a snapshot restore needs an encrypted snapshot).',
    },
  },
  check(cluster) {
    const encrypted = cluster.get('StorageEncrypted');
    if (encrypted.value === undefined) {
      const mode = cluster.get('EngineMode');
      if (mode.value === 'serverless') {
        return addressed('Aurora Serverless v1 clusters are always encrypted', { propertyPath: 'EngineMode', evidence: { description: 'EngineMode = serverless', propertyPath: 'EngineMode' } });
      }
      const source = SOURCES.find((name) => cluster.get(name).value !== undefined);
      if (source) return needsReview(`StorageEncrypted is not set, so the cluster inherits the encryption of its source (${source}), which the template does not show`, { propertyPath: 'StorageEncrypted' });
    }
    return requireOn(encrypted, { absent: false, on: 'cluster storage is encrypted', off: 'cluster storage is not encrypted' });
  },
});

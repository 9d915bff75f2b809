import { defineRule } from '../../lib/engine/rule';
import { AT_REST_NIST, requireOn } from './lib/checks';
import { inheritedEncryption } from './lib/inherited';

export default defineRule({
  id: 'SRM-EAR-014',
  title: 'DocumentDB cluster storage is encrypted',
  duty: 'encryption-at-rest',
  severity: 'high',
  resourceTypes: ['AWS::DocDB::DBCluster'],
  controls: {
    configRule: 'DOCDB_CLUSTER_ENCRYPTED',
    securityHub: ['DocumentDB.1'],
    controlTower: ['CT.DOCUMENTDB.PR.1'],
    nist80053: AT_REST_NIST,
    cdkNag: ['AwsSolutions-DOC1'],
  },
  docs: {
    description: 'AWS runs the DocumentDB engine; encrypting the cluster\'s storage is chosen by the customer at creation and cannot be changed later.',
    addressedBy: '`StorageEncrypted: true` (optionally with `KmsKeyId`).',
    default: 'Absent means unencrypted: unaddressed. A cluster restored from a snapshot or point in time inherits the source\'s encryption: needs review.',
    fix: {
      cdk: "new docdb.DatabaseCluster(this, 'Docs', { masterUser, instanceType, vpc, storageEncrypted: true, kmsKey: key })",
      cloudformation: 'Set `StorageEncrypted: true` on the AWS::DocDB::DBCluster.',
    },
  },
  check(cluster) {
    return (
      inheritedEncryption(cluster, 'StorageEncrypted', ['SnapshotIdentifier', 'SourceDBClusterIdentifier']) ??
      requireOn(cluster.get('StorageEncrypted'), { absent: false, on: 'cluster storage is encrypted', off: 'cluster storage is not encrypted' })
    );
  },
});

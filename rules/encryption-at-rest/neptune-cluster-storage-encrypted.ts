import { defineRule } from '../../lib/engine/rule';
import { AT_REST_NIST, requireOn } from './lib/checks';
import { inheritedEncryption } from './lib/inherited';

export default defineRule({
  id: 'SRM-EAR-015',
  title: 'Neptune cluster storage is encrypted',
  duty: 'encryption-at-rest',
  severity: 'high',
  resourceTypes: ['AWS::Neptune::DBCluster'],
  controls: {
    configRule: 'NEPTUNE_DB_CLUSTER_ENCRYPTED',
    securityHub: ['Neptune.1'],
    controlTower: ['CT.NEPTUNE.PR.3'],
    nist80053: AT_REST_NIST,
    cdkNag: ['AwsSolutions-N4'],
  },
  docs: {
    description: 'AWS runs the Neptune engine; encrypting the graph\'s storage is chosen by the customer at creation and cannot be changed later.',
    addressedBy: '`StorageEncrypted: true` (optionally with `KmsKeyId`).',
    default: 'Absent means unencrypted: unaddressed. A cluster restored from a snapshot or point in time inherits the source\'s encryption: needs review.',
    fix: {
      cdk: "new neptune.DatabaseCluster(this, 'Graph', { vpc, instanceType, storageEncrypted: true, kmsKey: key })",
      cloudformation: 'Set `StorageEncrypted: true` on the AWS::Neptune::DBCluster.',
    },
  },
  check(cluster) {
    return (
      inheritedEncryption(cluster, 'StorageEncrypted', ['SnapshotIdentifier', 'SourceDBClusterIdentifier']) ??
      requireOn(cluster.get('StorageEncrypted'), { absent: false, on: 'cluster storage is encrypted', off: 'cluster storage is not encrypted' })
    );
  },
});

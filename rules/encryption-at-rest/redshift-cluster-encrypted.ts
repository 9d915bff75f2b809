import { defineRule } from '../../lib/engine/rule';
import { AT_REST_NIST, requireOn } from './lib/checks';
import { inheritedEncryption } from './lib/inherited';

export default defineRule({
  id: 'SRM-EAR-016',
  title: 'Redshift cluster is encrypted',
  duty: 'encryption-at-rest',
  severity: 'high',
  resourceTypes: ['AWS::Redshift::Cluster'],
  controls: {
    configRule: 'REDSHIFT_CLUSTER_KMS_ENABLED',
    securityHub: ['Redshift.10'],
    controlTower: ['CT.REDSHIFT.PR.8'],
    nist80053: AT_REST_NIST,
    cdkNag: ['AwsSolutions-RS6'],
  },
  docs: {
    description: 'AWS runs the warehouse; whether its blocks and snapshots are encrypted, and with which key, is the customer\'s choice.',
    addressedBy: '`Encrypted: true` (optionally with `KmsKeyId`), or `Encrypted` absent on a new cluster.',
    default:
      'Redshift encrypts new provisioned clusters by default (an AWS owned key) since January 2025: absent is addressed, with that as evidence. `Encrypted: false` asks for an unencrypted cluster: unaddressed. A cluster restored from a snapshot inherits its encryption: needs review.',
    fix: {
      cdk: "new redshift.CfnCluster(this, 'Warehouse', { ..., encrypted: true, kmsKeyId: key.keyArn })",
      cloudformation: 'Set `Encrypted: true` (or leave it out) on the AWS::Redshift::Cluster.',
    },
  },
  check(cluster) {
    return (
      inheritedEncryption(cluster, 'Encrypted', ['SnapshotIdentifier']) ??
      requireOn(cluster.get('Encrypted'), {
        absent: true,
        on: 'the cluster is encrypted',
        off: 'the cluster is not encrypted',
        absentNote: 'Encrypted is not set: Redshift encrypts new provisioned clusters with an AWS owned key by default',
      })
    );
  },
});

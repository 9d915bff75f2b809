import { defineRule } from '../../lib/engine/rule';
import { NIST_BETWEEN_NODES, requireTrue } from './support';

export default defineRule({
  id: 'SRM-EIT-020',
  title: 'MSK cluster encrypts traffic between brokers',
  duty: 'encryption-in-transit',
  severity: 'medium',
  resourceTypes: ['AWS::MSK::Cluster'],
  controls: {
    configRule: 'MSK_IN_CLUSTER_NODE_REQUIRE_TLS',
    securityHub: ['MSK.1'],
    controlTower: ['CT.MSK.PR.1'],
    nist80053: NIST_BETWEEN_NODES,
    cdkNag: ['AwsSolutions-MSK3'],
  },
  docs: {
    description: 'Replication between Kafka brokers is encrypted unless the customer turns it off.',
    addressedBy: '`EncryptionInfo.EncryptionInTransit.InCluster: true`, or the property absent.',
    default: 'Absent `InCluster` means true: addressed. `false` is unaddressed.',
    fix: {
      cdk: 'new msk.CfnCluster(this, id, { ..., encryptionInfo: { encryptionInTransit: { inCluster: true, clientBroker: "TLS" } } })',
      cloudformation: 'Remove `InCluster: false` (or set it to true) under `EncryptionInfo.EncryptionInTransit`.',
    },
  },
  check(cluster) {
    return requireTrue(cluster.get('EncryptionInfo.EncryptionInTransit.InCluster'), {
      on: 'traffic between brokers is encrypted',
      off: 'InCluster is false, so brokers replicate in plain text',
      absent: 'InCluster is not set, so brokers encrypt traffic between them (the default)',
      absentIsOn: true,
    });
  },
});

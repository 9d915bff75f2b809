import { defineRule } from '../../lib/engine/rule';
import { NIST_TRANSIT, requireOneOf } from './support';

export default defineRule({
  id: 'SRM-EIT-021',
  title: 'MSK cluster accepts only TLS connections from clients',
  duty: 'encryption-in-transit',
  severity: 'high',
  resourceTypes: ['AWS::MSK::Cluster'],
  controls: {
    nist80053: NIST_TRANSIT,
    cdkNag: ['AwsSolutions-MSK2'],
  },
  docs: {
    description: 'Producers and consumers can talk to the brokers in plain text if the customer allows it.',
    addressedBy: '`EncryptionInfo.EncryptionInTransit.ClientBroker: TLS`, or the property absent.',
    default: 'Absent `ClientBroker` means `TLS`: addressed. `TLS_PLAINTEXT` and `PLAINTEXT` accept unencrypted clients: unaddressed.',
    fix: {
      cdk: 'new msk.CfnCluster(this, id, { ..., encryptionInfo: { encryptionInTransit: { clientBroker: "TLS" } } })',
      cloudformation: 'Set `EncryptionInfo.EncryptionInTransit.ClientBroker: TLS`.',
    },
  },
  check(cluster) {
    return requireOneOf(cluster.get('EncryptionInfo.EncryptionInTransit.ClientBroker'), ['TLS'], {
      ok: () => 'clients must connect with TLS',
      bad: (v) => `ClientBroker is ${v}, so clients may connect in plain text`,
      absent: 'ClientBroker is not set, so clients must use TLS (the default)',
      absentIsOk: true,
    });
  },
});

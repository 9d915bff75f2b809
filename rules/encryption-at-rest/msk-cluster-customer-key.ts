import { defineRule } from '../../lib/engine/rule';
import { CUSTOMER_KEY_NIST, requireKey } from './lib/checks';

export default defineRule({
  id: 'SRM-EAR-025',
  title: 'MSK cluster encrypts data at rest with a customer managed KMS key',
  duty: 'encryption-at-rest',
  severity: 'low',
  resourceTypes: ['AWS::MSK::Cluster'],
  controls: {
    nist80053: CUSTOMER_KEY_NIST,
  },
  docs: {
    description: 'MSK always encrypts broker storage; which key does so is the customer\'s choice, and only a customer managed key can be audited and revoked by it.',
    addressedBy: '`EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId` naming a customer managed key.',
    default: 'Absent means MSK uses the AWS managed key `aws/kafka`: encrypted, but not with a key the customer controls, so unaddressed at low severity.',
    fix: {
      cdk: "new msk.CfnCluster(this, 'Kafka', { ..., encryptionInfo: { encryptionAtRest: { dataVolumeKmsKeyId: key.keyArn } } })",
      cloudformation: 'Set `EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId` on the AWS::MSK::Cluster.',
    },
  },
  check(cluster) {
    return requireKey(cluster.get('EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId'), {
      on: 'broker storage is encrypted with a customer managed key',
      off: 'DataVolumeKMSKeyId is not set, so MSK uses the AWS managed key aws/kafka',
      customerManaged: true,
    });
  },
});

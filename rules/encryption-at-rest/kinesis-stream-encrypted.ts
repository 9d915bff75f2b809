import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { AT_REST_NIST } from './lib/checks';

export default defineRule({
  id: 'SRM-EAR-020',
  title: 'Kinesis data stream is encrypted at rest',
  duty: 'encryption-at-rest',
  severity: 'medium',
  resourceTypes: ['AWS::Kinesis::Stream'],
  controls: {
    configRule: 'KINESIS_STREAM_ENCRYPTED',
    securityHub: ['Kinesis.1'],
    controlTower: ['CT.KINESIS.PR.1'],
    nist80053: AT_REST_NIST,
    cdkNag: ['AwsSolutions-KDS1'],
  },
  docs: {
    description: 'Records stay in the stream for its retention period; encrypting them with KMS is the customer\'s choice.',
    addressedBy: '`StreamEncryption: { EncryptionType: KMS, KeyId: ... }` (the AWS managed `alias/aws/kinesis` or a customer managed key).',
    default: 'CloudFormation creates the stream without server-side encryption when `StreamEncryption` is absent: unaddressed. The CDK `Stream` construct adds KMS encryption with `alias/aws/kinesis` where the region supports it.',
    fix: {
      cdk: "new kinesis.Stream(this, 'Stream', { encryption: kinesis.StreamEncryption.KMS, encryptionKey: key })",
      cloudformation: 'Set `StreamEncryption: { EncryptionType: KMS, KeyId: alias/aws/kinesis }` (or a key ARN) on the AWS::Kinesis::Stream.',
    },
  },
  check(stream) {
    const type = stream.get('StreamEncryption.EncryptionType');
    return judge(type, (value) => {
      if (value === undefined) return { ok: false, message: 'StreamEncryption is not set, so records are stored without server-side encryption' };
      if (value === 'KMS') return { ok: true, message: 'records are encrypted with a KMS key' };
      if (value === 'NONE') return { ok: false, message: 'StreamEncryption.EncryptionType is NONE' };
      return { ok: 'unknown', message: `StreamEncryption.EncryptionType is ${String(value)}, which is not KMS or NONE` };
    });
  },
});

import { addressed, judge, needsReview } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import type { ResourceModel } from '../../lib/model/resource';
import { ResourceReference, describeValue } from '../../lib/model/values';
import { AT_REST_NIST } from './lib/checks';

/** With a Kinesis stream as source, the records at rest are the stream's: its encryption decides. */
function fromSourceStream(firehose: ResourceModel) {
  const arn = firehose.get('KinesisStreamSourceConfiguration.KinesisStreamARN');
  const source = arn.value instanceof ResourceReference ? firehose.stack.resource(arn.value.logicalId) : undefined;
  if (!source || source.type !== 'AWS::Kinesis::Stream') {
    return needsReview('the records come from a Kinesis stream outside this template; its encryption decides and is not shown here', { propertyPath: arn.path });
  }
  const type = source.get('StreamEncryption.EncryptionType');
  const finding = judge(type, (value) =>
    value === 'KMS'
      ? { ok: true, message: `the source stream ${source.logicalId} encrypts the records with KMS` }
      : value === undefined || value === 'NONE'
        ? { ok: false, message: `the source stream ${source.logicalId} does not encrypt the records` }
        : { ok: 'unknown', message: `the source stream's StreamEncryption.EncryptionType is ${describeValue(value)}` },
  );
  return { ...finding, propertyPath: arn.path, evidence: [{ description: `source stream ${source.logicalId}: ${type.path}`, logicalId: source.logicalId, propertyPath: type.path }] };
}

export default defineRule({
  id: 'SRM-EAR-021',
  title: 'Firehose delivery stream is encrypted at rest',
  duty: 'encryption-at-rest',
  severity: 'medium',
  resourceTypes: ['AWS::KinesisFirehose::DeliveryStream'],
  controls: {
    configRule: 'KINESIS_FIREHOSE_DELIVERY_STREAM_ENCRYPTED',
    securityHub: ['DataFirehose.1'],
    nist80053: AT_REST_NIST,
  },
  docs: {
    description: 'Firehose buffers records before delivery; encrypting that buffer is the customer\'s choice.',
    addressedBy:
      '`DeliveryStreamEncryptionConfigurationInput.KeyType` (AWS_OWNED_CMK or CUSTOMER_MANAGED_CMK) for Direct PUT streams; for a Kinesis stream source, the source stream\'s own encryption (read through the reference); an MSK source is always encrypted.',
    default: 'A Direct PUT stream without `DeliveryStreamEncryptionConfigurationInput` does not encrypt buffered records: unaddressed.',
    fix: {
      cdk: "new firehose.DeliveryStream(this, 'Delivery', { destination, encryption: firehose.StreamEncryption.awsOwnedKey() })",
      cloudformation: 'Set `DeliveryStreamEncryptionConfigurationInput: { KeyType: AWS_OWNED_CMK }` (or CUSTOMER_MANAGED_CMK with `KeyARN`).',
    },
  },
  check(firehose) {
    const kind = firehose.get('DeliveryStreamType').value;
    if (kind === 'KinesisStreamAsSource') return fromSourceStream(firehose);
    if (kind === 'MSKAsSource') {
      return addressed('the records come from an MSK cluster, which always encrypts data at rest', { propertyPath: 'DeliveryStreamType', evidence: { description: 'DeliveryStreamType = MSKAsSource', propertyPath: 'DeliveryStreamType' } });
    }
    if (kind !== undefined && kind !== 'DirectPut') {
      return needsReview(`DeliveryStreamType is ${typeof kind === 'string' ? kind : 'not known'}: review where the records are stored and how they are encrypted`, { propertyPath: 'DeliveryStreamType' });
    }
    return judge(firehose.get('DeliveryStreamEncryptionConfigurationInput.KeyType'), (value) => {
      if (value === undefined) return { ok: false, message: 'DeliveryStreamEncryptionConfigurationInput is not set, so buffered records are not encrypted' };
      if (value === 'AWS_OWNED_CMK' || value === 'CUSTOMER_MANAGED_CMK') return { ok: true, message: `buffered records are encrypted (${value})` };
      return { ok: 'unknown', message: `DeliveryStreamEncryptionConfigurationInput.KeyType is ${describeValue(value)}, which is not a known key type` };
    });
  },
});

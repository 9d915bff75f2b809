import { describeValue } from '../../lib/model/values';
import { addressed, judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { AT_REST_NIST } from './lib/checks';
import { S3_ALGORITHMS, bucketAlgorithm, isLookup } from './lib/s3';

/**
 * S3 encrypts every new object since January 2023, so a bucket is never unencrypted; the rule
 * records which encryption applies, and asks for review when the template hides it or names an
 * algorithm S3 does not know. Asking for a KMS key is SRM-EAR-013.
 */
export default defineRule({
  id: 'SRM-EAR-012',
  title: 'S3 bucket encrypts objects at rest',
  duty: 'encryption-at-rest',
  severity: 'high',
  resourceTypes: ['AWS::S3::Bucket'],
  controls: {
    configRule: 'S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED',
    nist80053: AT_REST_NIST,
  },
  docs: {
    description: 'S3 is abstracted: AWS encrypts the storage, and the customer chooses the key that protects the objects.',
    addressedBy: 'S3 default encryption (SSE-S3) or an explicit `BucketEncryption` rule with `SSEAlgorithm` AES256, aws:kms or aws:kms:dsse.',
    default: 'Since January 2023 S3 applies SSE-S3 to every new object of a bucket without `BucketEncryption`: addressed, with that as evidence. An explicit rule is stronger evidence, and a KMS key is asked for by SRM-EAR-013.',
    fix: {
      cdk: "new s3.Bucket(this, 'Bucket', { encryption: s3.BucketEncryption.S3_MANAGED })",
      cloudformation: 'Optionally set `BucketEncryption.ServerSideEncryptionConfiguration` with `SSEAlgorithm: AES256` or `aws:kms`.',
    },
  },
  check(bucket) {
    const algorithm = bucketAlgorithm(bucket);
    if (algorithm === undefined) {
      return addressed('S3 encrypts new objects with S3 managed keys (SSE-S3) by default', {
        propertyPath: 'BucketEncryption',
        evidence: { description: 'BucketEncryption absent: SSE-S3 applies by default since January 2023', propertyPath: 'BucketEncryption' },
      });
    }
    if (!isLookup(algorithm)) return algorithm;
    return judge(algorithm, (value) => {
      if (typeof value === 'string' && S3_ALGORITHMS.includes(value)) return { ok: true, message: `objects are encrypted by default with ${value}` };
      return { ok: 'unknown', message: `${algorithm.path} is ${value === undefined ? 'not set' : describeValue(value)}, which is not an S3 encryption algorithm` };
    });
  },
});

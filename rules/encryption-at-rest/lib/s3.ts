/** The default-encryption rule of an S3 bucket, as both S3 encryption rules read it. */
import { needsReview } from '../../../lib/engine/findings';
import type { Finding } from '../../../lib/engine/rule';
import type { Lookup } from '../../../lib/model/lookup';
import type { ResourceModel } from '../../../lib/model/resource';
import { Unresolved, describeValue } from '../../../lib/model/values';

export const S3_ALGORITHMS = ['AES256', 'aws:kms', 'aws:kms:dsse'];
export const S3_KMS_ALGORITHMS = ['aws:kms', 'aws:kms:dsse'];

/**
 * `undefined` when the bucket has no `BucketEncryption` (S3's default applies), a finding when the
 * configuration cannot be read, otherwise the lookup of the algorithm of its (single) rule.
 */
export function bucketAlgorithm(bucket: ResourceModel): Lookup | Finding | undefined {
  const encryption = bucket.get('BucketEncryption');
  if (encryption.value === undefined) return undefined;
  const rules = bucket.get('BucketEncryption.ServerSideEncryptionConfiguration');
  if (!Array.isArray(rules.value)) {
    const why = rules.value instanceof Unresolved ? `cannot be resolved: ${rules.value.reason}` : `is ${describeValue(rules.value)}, not a list of rules`;
    return needsReview(`${rules.path} ${why}`, { propertyPath: rules.path });
  }
  return bucket.get('BucketEncryption.ServerSideEncryptionConfiguration.0.ServerSideEncryptionByDefault.SSEAlgorithm');
}

export function isLookup(value: Lookup | Finding): value is Lookup {
  return 'path' in value && !('status' in value);
}

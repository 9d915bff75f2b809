import { judge, unaddressed } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { CUSTOMER_KEY_NIST } from './lib/checks';
import { S3_ALGORITHMS, S3_KMS_ALGORITHMS, bucketAlgorithm, isLookup } from './lib/s3';

export default defineRule({
  id: 'SRM-EAR-013',
  title: 'S3 bucket default encryption uses an AWS KMS key',
  duty: 'encryption-at-rest',
  severity: 'low',
  resourceTypes: ['AWS::S3::Bucket'],
  controls: {
    configRule: 'S3_DEFAULT_ENCRYPTION_KMS',
    securityHub: ['S3.17'],
    controlTower: ['CT.S3.PR.10'],
    nist80053: CUSTOMER_KEY_NIST,
    cdkNag: ['NIST.800.53.R5-S3DefaultEncryptionKMS'],
  },
  docs: {
    description: 'With SSE-KMS every use of the key is logged in CloudTrail and access to the objects can be limited or revoked through the key policy; SSE-S3 gives neither.',
    addressedBy: '`BucketEncryption` whose rule sets `SSEAlgorithm: aws:kms` or `aws:kms:dsse` (optionally with `KMSMasterKeyID`).',
    default: 'Absent `BucketEncryption` means SSE-S3 (S3 managed keys): the objects are encrypted (SRM-EAR-012) but not with a KMS key, so this rule reports it unaddressed at low severity.',
    fix: {
      cdk: "new s3.Bucket(this, 'Bucket', { encryption: s3.BucketEncryption.KMS, encryptionKey: key, bucketKeyEnabled: true })",
      cloudformation: 'Set `BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm: aws:kms`.',
    },
  },
  check(bucket) {
    const algorithm = bucketAlgorithm(bucket);
    if (algorithm === undefined) {
      return unaddressed('BucketEncryption is not set, so objects are encrypted with S3 managed keys (SSE-S3), not a KMS key', { propertyPath: 'BucketEncryption' });
    }
    if (!isLookup(algorithm)) return algorithm;
    return judge(algorithm, (value) => {
      if (typeof value === 'string' && S3_KMS_ALGORITHMS.includes(value)) return { ok: true, message: `objects are encrypted by default with ${value}` };
      if (typeof value === 'string' && S3_ALGORITHMS.includes(value)) return { ok: false, message: `default encryption is ${value} (S3 managed keys), not a KMS key` };
      return { ok: 'unknown', message: `${algorithm.path} is ${value === undefined ? 'not set' : String(value)}, which is not an S3 encryption algorithm` };
    });
  },
});

import { defineRule } from '../../lib/engine/rule';
import { checkPublicAccessBlock } from './lib/public-access-block';

/**
 * Since April 2023 S3 turns on all four Block Public Access settings for every new bucket, so a
 * bucket without `PublicAccessBlockConfiguration` is addressed by that default (with the default
 * as evidence). A configuration that is given replaces the default: a flag left out is off.
 */
export default defineRule({
  id: 'SRM-NET-004',
  title: 'S3 buckets block public access with all four settings',
  duty: 'network-exposure',
  severity: 'high',
  resourceTypes: ['AWS::S3::Bucket'],
  controls: {
    configRule: 'S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED',
    securityHub: ['S3.8'],
    nist80053: ['AC-3', 'AC-4', 'AC-6', 'AC-21', 'SC-7', 'SC-7(3)', 'SC-7(21)'],
    cdkNag: ['AwsSolutions-S2', 'NIST.800.53.R5-S3BucketLevelPublicAccessProhibited'],
  },
  docs: {
    description: 'S3 serves whatever a bucket policy or ACL makes public; Block Public Access is the customer\'s guard against a policy or ACL that says too much.',
    addressedBy: '`PublicAccessBlockConfiguration` with `BlockPublicAcls`, `BlockPublicPolicy`, `IgnorePublicAcls` and `RestrictPublicBuckets` all true, or no configuration at all (the S3 default for new buckets).',
    default:
      'Absent: since April 2023 S3 enables all four Block Public Access settings on new buckets: addressed, with the default as evidence. Given but with a flag missing or false: that setting is off: unaddressed. An account-level block is not visible in a template.',
    fix: {
      cdk: 'new s3.Bucket(this, id, { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL })',
      cloudformation: 'Set all four flags of `PublicAccessBlockConfiguration` to true, or remove the property to keep the S3 default.',
    },
  },
  check: (bucket) =>
    checkPublicAccessBlock(bucket, {
      absent: 'no PublicAccessBlockConfiguration: S3 blocks public access on new buckets by default (all four settings on since April 2023)',
      absentEvidence: 'S3 default for buckets created since April 2023: all four Block Public Access settings enabled',
      missingFlag: 'off',
    }),
});

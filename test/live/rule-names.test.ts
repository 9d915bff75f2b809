import { defaultRuleNames, matchRuleName, ruleNamesFor } from '../../lib/live/rule-names';

describe('deployed Config rule names matched to managed rule identifiers (a name match)', () => {
  test.each([
    ['s3-bucket-server-side-encryption-enabled', 'S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED', 'console'],
    ['S3-Bucket-Server-Side-Encryption-Enabled', 'S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED', 'console'],
    ['s3-bucket-server-side-encryption-enabled-conformance-pack-ab12cd34', 'S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED', 'conformance-pack'],
    ['securityhub-s3-bucket-server-side-encryption-enabled-55c8a7cd', 'S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED', 'security-hub'],
    // Console names that are not the identifier in kebab case (AWS Config Developer Guide).
    ['restricted-common-ports', 'RESTRICTED_INCOMING_TRAFFIC', 'console'],
    ['securityhub-restricted-common-ports-4414615a', 'RESTRICTED_INCOMING_TRAFFIC', 'security-hub'],
    ['multi-region-cloudtrail-enabled-conformance-pack-x9y8z7', 'MULTI_REGION_CLOUD_TRAIL_ENABLED', 'conformance-pack'],
    ['ec2-instance-managed-by-systems-manager', 'EC2_INSTANCE_MANAGED_BY_SSM', 'console'],
    ['restricted-ssh', 'INCOMING_SSH_DISABLED', 'console'],
  ])('%s runs %s (%s)', (name, identifier, origin) => {
    expect(matchRuleName(name, identifier)).toBe(origin);
  });

  test.each([
    ['my-custom-encryption-check', 'S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED'],
    ['s3-bucket-server-side-encryption-enabled-strict', 'S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED'],
    ['securityhub-s3-bucket-server-side-encryption-enabled', 'S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED'],
    ['securityhub-s3-bucket-server-side-encryption-enabled-extra-55c8a7cd', 'S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED'],
    ['s3-bucket-server-side-encryption-enabled-conformance-pack-', 'S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED'],
    ['org-s3-bucket-server-side-encryption-enabled', 'S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED'],
    ['s3-bucket-versioning-enabled', 'S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED'],
  ])('%s is not taken for %s', (name, identifier) => {
    expect(matchRuleName(name, identifier)).toBeUndefined();
  });

  test('default names: the kebab-case identifier, plus the documented console name where it differs', () => {
    expect(defaultRuleNames('RDS_STORAGE_ENCRYPTED')).toEqual(['rds-storage-encrypted']);
    expect(defaultRuleNames('RESTRICTED_INCOMING_TRAFFIC')).toEqual(['restricted-common-ports', 'restricted-incoming-traffic']);
  });

  test('several rules run the same managed rule: console name first, then conformance pack, then Security Hub; others left out', () => {
    const deployed = [
      'securityhub-rds-storage-encrypted-0a1b2c3d',
      'rds-storage-encrypted-conformance-pack-zz',
      'unrelated',
      'rds-storage-encrypted',
      'rds-storage-encrypted-conformance-pack-aa',
      'rds-storage-encrypted',
    ];
    expect(ruleNamesFor('RDS_STORAGE_ENCRYPTED', deployed)).toEqual([
      'rds-storage-encrypted',
      'rds-storage-encrypted-conformance-pack-aa',
      'rds-storage-encrypted-conformance-pack-zz',
      'securityhub-rds-storage-encrypted-0a1b2c3d',
    ]);
    expect(ruleNamesFor('RDS_STORAGE_ENCRYPTED', ['my-rds-check'])).toEqual([]);
  });
});

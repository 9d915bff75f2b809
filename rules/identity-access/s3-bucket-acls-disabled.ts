import { defineRule } from '../../lib/engine/rule';
import { requireString } from './lib/support';

/** Canned ACLs that BucketOwnerEnforced still accepts, because they grant nothing beyond the owner. */
const OWNER_ONLY_ACLS = ['Private', 'BucketOwnerFullControl'];

export default defineRule({
  id: 'SRM-IAM-037',
  title: 'S3 buckets do not manage access with ACLs',
  duty: 'identity-access',
  severity: 'medium',
  resourceTypes: ['AWS::S3::Bucket'],
  controls: {
    configRule: 'S3_BUCKET_ACL_PROHIBITED',
    securityHub: ['S3.12'],
    controlTower: ['CT.S3.PR.5'],
    nist80053: ['AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-6'],
  },
  docs: {
    description: 'ACLs grant access object by object, outside the bucket policy and IAM, and let other accounts own objects in the bucket; with ACLs disabled the bucket policy and IAM decide all access.',
    addressedBy: '`OwnershipControls.Rules[0].ObjectOwnership: BucketOwnerEnforced`, or no `OwnershipControls` and no `AccessControl` beyond `Private`/`BucketOwnerFullControl`.',
    default: 'Since April 2023 S3 creates new buckets with Object Ownership `BucketOwnerEnforced` (ACLs disabled), so absent `OwnershipControls` is addressed unless `AccessControl` grants through an ACL. `ObjectWriter` or `BucketOwnerPreferred` turn ACLs back on: unaddressed (a bucket that must receive CloudFront standard logs needs ACLs; acknowledge it with that reason).',
    fix: {
      cdk: 'new s3.Bucket(this, id, { objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED }) // and no accessControl',
      cloudformation: 'Set `OwnershipControls: { Rules: [{ ObjectOwnership: BucketOwnerEnforced }] }` and remove `AccessControl`; grant access with the bucket policy (for S3 server access logs, grant `logging.s3.amazonaws.com` in the target bucket policy).',
    },
  },
  check(bucket) {
    const ownership = bucket.get('OwnershipControls.Rules.0.ObjectOwnership');
    if (ownership.value !== undefined) {
      return requireString(ownership, { ok: true, message: 'ACLs are disabled (the default BucketOwnerEnforced)' }, (value) =>
        value === 'BucketOwnerEnforced' ? { ok: true, message: 'ACLs are disabled (BucketOwnerEnforced)' } : { ok: false, message: `Object Ownership is ${value}, so ACLs are enabled and can grant access outside the bucket policy` },
      );
    }
    return requireString(bucket.get('AccessControl'), { ok: true, message: 'ACLs are disabled: new buckets default to BucketOwnerEnforced' }, (value) =>
      OWNER_ONLY_ACLS.includes(value)
        ? { ok: true, message: `ACLs are disabled (the default BucketOwnerEnforced); AccessControl ${value} grants nothing beyond the owner` }
        : { ok: false, message: `AccessControl ${value} grants access through an ACL` },
    );
  },
});

import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { resourcePolicyPublicFinding } from './lib/resource-policy-public';

const PUBLIC_ACLS = ['PublicRead', 'PublicReadWrite', 'AuthenticatedRead'];

export default defineRule({
  id: 'SRM-IAM-011',
  title: 'S3 bucket policies and ACLs do not grant public access',
  duty: 'identity-access',
  severity: 'critical',
  resourceTypes: ['AWS::S3::Bucket'],
  controls: {
    nist80053: ['AC-3', 'AC-4', 'AC-6', 'AC-21', 'SC-7'],
  },
  docs: {
    description: 'Who may read and write the objects is the customer\'s decision; an Allow to `Principal: "*"` or a public canned ACL exposes them to anyone.',
    addressedBy: 'No `AWS::S3::BucketPolicy` statement allowing `Principal: "*"` without a narrowing condition (`aws:SourceVpce`, `aws:PrincipalOrgID`, `aws:SourceArn`, ...), and no public `AccessControl` canned ACL.',
    default: 'A bucket without a policy or ACL is private. A policy whose bucket cannot be resolved may apply: needs review.',
    fix: {
      cdk: "bucket.addToResourcePolicy(new iam.PolicyStatement({ principals: [new iam.ServicePrincipal('cloudfront.amazonaws.com')], actions: ['s3:GetObject'], resources: [bucket.arnForObjects('*')], conditions: { StringEquals: { 'AWS:SourceArn': distributionArn } } }))",
      cloudformation: 'Replace `Principal: "*"` in the bucket policy by specific principals or add a narrowing condition; remove public `AccessControl` values.',
    },
  },
  check(bucket) {
    const acl = bucket.get('AccessControl');
    if (acl.value !== undefined) {
      const verdict = judge(acl, (value) => (typeof value === 'string' && PUBLIC_ACLS.includes(value) ? { ok: false, message: `the canned ACL ${value} grants public access` } : { ok: true, message: 'the canned ACL is not public' }));
      if (verdict.status !== 'addressed') return verdict;
    }
    return resourcePolicyPublicFinding(bucket, 'the bucket policy');
  },
});

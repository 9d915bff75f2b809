import { defineRule } from '../../lib/engine/rule';
import { NIST_TRANSIT, externalPolicyFinding, secureTransportFinding } from './support';

export default defineRule({
  id: 'SRM-EIT-001',
  title: 'S3 bucket policy denies requests that do not use TLS',
  duty: 'encryption-in-transit',
  severity: 'medium',
  resourceTypes: ['AWS::S3::Bucket', 'AWS::S3::BucketPolicy'],
  controls: {
    configRule: 'S3_BUCKET_SSL_REQUESTS_ONLY',
    securityHub: ['S3.5'],
    controlTower: ['CT.S3.PR.8'],
    nist80053: NIST_TRANSIT,
    cdkNag: ['AwsSolutions-S10', 'NIST.800.53.R5-S3BucketSSLRequestsOnly'],
  },
  docs: {
    description: 'S3 accepts plain HTTP requests unless the bucket policy refuses them; refusing them is the customer\'s choice.',
    addressedBy: 'An `AWS::S3::BucketPolicy` on the bucket with a `Deny` of `s3:*` to every principal when `aws:SecureTransport` is `false`.',
    default: 'Without a bucket policy S3 serves HTTP and HTTPS alike: a bucket with no such deny is unaddressed. A policy whose bucket or statements the tool cannot resolve is needs-review.',
    fix: {
      cdk: 'new s3.Bucket(this, id, { enforceSSL: true })',
      cloudformation: 'Add a statement `{Effect: Deny, Principal: "*", Action: "s3:*", Resource: [bucket ARN, bucket ARN/*], Condition: {Bool: {"aws:SecureTransport": "false"}}}` to the AWS::S3::BucketPolicy.',
    },
  },
  check(resource) {
    if (resource.type === 'AWS::S3::BucketPolicy') return externalPolicyFinding(resource, 'bucket');
    return secureTransportFinding(resource, 'bucket');
  },
});

import * as s3 from 'aws-cdk-lib/aws-s3';
import rule from '../../../rules/encryption-at-rest/s3-bucket-kms-encryption';
import { testRule } from '../../support/rule-tester';
import { imported, one, unresolvable } from './cases';

const T = 'AWS::S3::Bucket';
const bucket = (algorithm: unknown) => one(T, { BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: algorithm } }] } });

testRule(rule, [
  { name: 'aws:kms', resources: bucket('aws:kms'), expect: 'addressed' },
  { name: 'aws:kms:dsse', resources: bucket('aws:kms:dsse'), expect: 'addressed' },
  { name: 'AES256', resources: bucket('AES256'), expect: [{ status: 'unaddressed', message: /S3 managed keys/ }] },
  { name: 'no BucketEncryption: SSE-S3 default', resources: one(T, {}), expect: [{ status: 'unaddressed', propertyPath: 'BucketEncryption' }] },
  { name: 'unknown algorithm', resources: bucket('rot13'), expect: 'needs-review' },
  unresolvable(T, (u) => ({ BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: u } }] } })),
  imported(T, (u) => ({ BucketEncryption: { ServerSideEncryptionConfiguration: u } })),
  { name: 'Bucket with KMS encryption', cdk: (stack) => void new s3.Bucket(stack, 'Bucket', { encryption: s3.BucketEncryption.KMS_MANAGED }), expect: 'addressed' },
  { name: 'Bucket with S3 managed encryption', cdk: (stack) => void new s3.Bucket(stack, 'Bucket', { encryption: s3.BucketEncryption.S3_MANAGED }), expect: 'unaddressed' },
]);

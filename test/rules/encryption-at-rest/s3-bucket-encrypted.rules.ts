/**
 * S3 encrypts every new object, so this rule can never report unaddressed; testRule insists on
 * an unaddressed case, so the table runs through runRule directly.
 */
import * as s3 from 'aws-cdk-lib/aws-s3';
import rule from '../../../rules/encryption-at-rest/s3-bucket-encrypted';
import { modelOfCdk, modelOfTemplate, runRule } from '../../support/rule-tester';
import { one } from './cases';

const T = 'AWS::S3::Bucket';
const statuses = (template: object) => runRule(rule, modelOfTemplate(template)).map((r) => r.status);
const bucket = (algorithm: unknown) => one(T, { BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: algorithm } }] } });

describe('SRM-EAR-012 S3 bucket encrypts objects at rest', () => {
  test('no BucketEncryption: SSE-S3 by default, said in the evidence', () => {
    const [result] = runRule(rule, modelOfTemplate({ Resources: one(T, {}) }));
    expect(result.status).toBe('addressed');
    expect(result.evidence[0].description).toMatch(/SSE-S3 applies by default/);
  });
  test.each(['AES256', 'aws:kms', 'aws:kms:dsse'])('explicit %s', (algorithm) => expect(statuses({ Resources: bucket(algorithm) })).toEqual(['addressed']));
  test('unknown algorithm needs review', () => expect(statuses({ Resources: bucket('rot13') })).toEqual(['needs-review']));
  test('parameter without a default needs review', () => expect(statuses({ Parameters: { Unknown: { Type: 'String' } }, Resources: bucket({ Ref: 'Unknown' }) })).toEqual(['needs-review']));
  test('imported configuration needs review', () => expect(statuses({ Resources: one(T, { BucketEncryption: { ServerSideEncryptionConfiguration: { 'Fn::ImportValue': 'X' } } }) })).toEqual(['needs-review']));
  test('[cdk] Bucket with defaults and with KMS', () => {
    const stack = modelOfCdk((s) => {
      new s3.Bucket(s, 'Plain');
      new s3.Bucket(s, 'Kms', { encryption: s3.BucketEncryption.KMS_MANAGED });
    });
    expect(runRule(rule, stack).map((r) => r.status)).toEqual(['addressed', 'addressed']);
  });
});

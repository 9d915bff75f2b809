import * as s3 from 'aws-cdk-lib/aws-s3';
import rule from '../../../rules/encryption-in-transit/s3-bucket-ssl-requests-only';
import { testRule } from '../../support/rule-tester';

const deny = (extra: object = {}) => ({ Effect: 'Deny', Principal: { AWS: '*' }, Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } }, ...extra });
const withPolicy = (statements: object[], bucket: object = { Ref: 'Bucket' }) => ({
  Bucket: { Type: 'AWS::S3::Bucket' },
  Policy: { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: bucket, PolicyDocument: { Statement: statements } } },
});

testRule(rule, [
  { name: 'bucket policy denies insecure transport', resources: withPolicy([deny()]), expect: [{ status: 'addressed', on: 'Bucket', message: /Policy denies/ }] },
  { name: 'bucket without a policy', resources: { Bucket: { Type: 'AWS::S3::Bucket' } }, expect: [{ status: 'unaddressed', on: 'Bucket', message: /no resource policy/ }] },
  { name: 'policy without an SSL deny', resources: withPolicy([{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 's3:GetObject', Resource: '*' }]), expect: [{ status: 'unaddressed', on: 'Bucket', message: /does not deny/ }] },
  { name: 'deny only of GetObject', resources: withPolicy([deny({ Action: 's3:GetObject' })]), expect: [{ status: 'unaddressed', on: 'Bucket' }] },
  {
    name: 'policy on a bucket chosen by a parameter without default',
    parameters: { BucketName: { Type: 'String' } },
    resources: withPolicy([deny()], { Ref: 'BucketName' }),
    expect: [{ status: 'needs-review', on: 'Bucket', message: /no default/ }, { status: 'addressed', on: 'Policy' }],
  },
  {
    name: 'policy document imported from another stack',
    resources: { Bucket: { Type: 'AWS::S3::Bucket' }, Policy: { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: { Ref: 'Bucket' }, PolicyDocument: { 'Fn::ImportValue': 'SharedPolicy' } } } },
    expect: [{ status: 'needs-review', on: 'Bucket' }],
  },
  {
    name: 'deny only under a condition',
    parameters: { Env: { Type: 'String' } },
    conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
    resources: withPolicy([{ 'Fn::If': ['IsProd', deny(), { Ref: 'AWS::NoValue' }] }]),
    expect: [{ status: 'needs-review', on: 'Bucket', message: /IsProd=true/ }],
  },
  { name: 'policy on a bucket of another template', resources: { Policy: { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: 'shared-logs', PolicyDocument: { Statement: [deny()] } } } }, expect: [{ status: 'addressed', on: 'Policy', message: /shared-logs/ }] },
  { name: 'bucket with enforceSSL', cdk: (stack) => void new s3.Bucket(stack, 'Bucket', { enforceSSL: true }), expect: [{ status: 'addressed', on: 'Bucket' }] },
  { name: 'bucket without enforceSSL', cdk: (stack) => void new s3.Bucket(stack, 'Bucket'), expect: [{ status: 'unaddressed', on: 'Bucket' }] },
]);

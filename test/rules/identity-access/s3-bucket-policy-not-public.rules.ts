import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import rule from '../../../rules/identity-access/s3-bucket-policy-not-public';
import { testRule } from '../../support/rule-tester';

const bucketWithPolicy = (statement: object, bucketRef: unknown = { Ref: 'B' }) => ({
  B: { Type: 'AWS::S3::Bucket', Properties: {} },
  P: { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: bucketRef, PolicyDocument: { Statement: [statement] } } },
});
const read = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' };

testRule(rule, [
  { name: 'bucket without policy', resources: { B: { Type: 'AWS::S3::Bucket', Properties: {} } }, expect: 'addressed' },
  { name: 'policy for a specific account', resources: bucketWithPolicy({ ...read, Principal: { AWS: 'arn:aws:iam::111111111111:root' } }), expect: 'addressed' },
  { name: 'public read through the policy', resources: bucketWithPolicy({ ...read, Principal: '*' }), expect: [{ status: 'unaddressed', on: 'B', message: /P\.PolicyDocument\.Statement\.0/ }] },
  { name: 'public read narrowed to a VPC endpoint', resources: bucketWithPolicy({ ...read, Principal: '*', Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1' } } }), expect: 'addressed' },
  { name: 'public canned ACL', resources: { B: { Type: 'AWS::S3::Bucket', Properties: { AccessControl: 'PublicRead' } } }, expect: [{ status: 'unaddressed', propertyPath: 'AccessControl' }] },
  {
    name: 'a public policy whose bucket cannot be resolved',
    parameters: { Name: { Type: 'String' } },
    resources: bucketWithPolicy({ ...read, Principal: '*' }, { Ref: 'Name' }),
    expect: 'needs-review',
  },
  {
    name: 'Bucket granting read to a role',
    cdk: (stack) => {
      const bucket = new s3.Bucket(stack, 'B');
      bucket.grantRead(new iam.ArnPrincipal('arn:aws:iam::111111111111:role/reader'));
      bucket.addToResourcePolicy(new iam.PolicyStatement({ principals: [new iam.ArnPrincipal('arn:aws:iam::111111111111:role/reader')], actions: ['s3:GetObject'], resources: [bucket.arnForObjects('*')] }));
    },
    expect: [{ status: 'addressed', on: 'B' }],
  },
  {
    name: 'Bucket readable by anyone',
    cdk: (stack) => {
      const bucket = new s3.Bucket(stack, 'B', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS_ONLY });
      bucket.grantPublicAccess();
    },
    expect: [{ status: 'unaddressed', on: 'B' }],
  },
]);

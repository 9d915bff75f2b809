import * as s3 from 'aws-cdk-lib/aws-s3';
import rule from '../../../rules/network-exposure/s3-bucket-public-access-block';
import { testRule } from '../../support/rule-tester';

const all = { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true };
const bucket = (config?: object) => ({ B: { Type: 'AWS::S3::Bucket', Properties: config ? { PublicAccessBlockConfiguration: config } : {} } });

testRule(rule, [
  { name: 'all four flags true', resources: bucket(all), expect: 'addressed' },
  { name: 'flags as strings', resources: bucket({ BlockPublicAcls: 'true', BlockPublicPolicy: 'true', IgnorePublicAcls: 'true', RestrictPublicBuckets: 'true' }), expect: 'addressed' },
  { name: 'absent: the S3 default', resources: bucket(), expect: [{ status: 'addressed', message: /by default/ }] },
  { name: 'BlockPublicPolicy false', resources: bucket({ ...all, BlockPublicPolicy: false }), expect: [{ status: 'unaddressed', on: 'B', message: /BlockPublicPolicy is false/ }] },
  { name: 'flag left out of a given configuration', resources: bucket({ BlockPublicAcls: true, IgnorePublicAcls: true }), expect: [{ status: 'unaddressed', message: /RestrictPublicBuckets is not set/ }] },
  {
    name: 'flag from a parameter without default',
    parameters: { Block: { Type: 'String' } },
    resources: bucket({ ...all, RestrictPublicBuckets: { Ref: 'Block' } }),
    expect: [{ status: 'needs-review', message: /parameter Block/ }],
  },
  {
    name: 'flag off only in one branch',
    parameters: { Env: { Type: 'String' } },
    conditions: { IsPublic: { 'Fn::Equals': [{ Ref: 'Env' }, 'site'] } },
    resources: bucket({ ...all, BlockPublicPolicy: { 'Fn::If': ['IsPublic', false, true] } }),
    expect: [{ status: 'unaddressed', message: /IsPublic=true/ }],
  },
  { name: 'BLOCK_ALL', cdk: (stack) => void new s3.Bucket(stack, 'B', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL }), expect: 'addressed' },
  { name: 'BLOCK_ACLS only', cdk: (stack) => void new s3.Bucket(stack, 'B', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS }), expect: 'unaddressed' },
  { name: 'default bucket', cdk: (stack) => void new s3.Bucket(stack, 'B'), expect: 'addressed' },
]);

import * as s3 from 'aws-cdk-lib/aws-s3';
import rule from '../../../rules/network-exposure/s3-access-point-public-access-block';
import { testRule } from '../../support/rule-tester';

const all = { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true };
const accessPoint = (config?: object) => ({ Ap: { Type: 'AWS::S3::AccessPoint', Properties: { Bucket: 'b', ...(config ? { PublicAccessBlockConfiguration: config } : {}) } } });
const cfn = (publicAccessBlockConfiguration?: s3.CfnAccessPoint.PublicAccessBlockConfigurationProperty) => (stack: import('aws-cdk-lib').Stack) =>
  void new s3.CfnAccessPoint(stack, 'Ap', { bucket: 'b', publicAccessBlockConfiguration });

testRule(rule, [
  { name: 'all four true', resources: accessPoint(all), expect: 'addressed' },
  { name: 'absent: the S3 default', resources: accessPoint(), expect: [{ status: 'addressed', message: /new access points/ }] },
  { name: 'RestrictPublicBuckets false', resources: accessPoint({ ...all, RestrictPublicBuckets: false }), expect: 'unaddressed' },
  { name: 'a flag left out', resources: accessPoint({ BlockPublicAcls: true }), expect: 'needs-review' },
  { name: 'a flag from a parameter without default', parameters: { B: { Type: 'String' } }, resources: accessPoint({ ...all, BlockPublicPolicy: { Ref: 'B' } }), expect: 'needs-review' },
  { name: 'CfnAccessPoint blocking everything', cdk: cfn({ blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true }), expect: 'addressed' },
  { name: 'CfnAccessPoint allowing public policies', cdk: cfn({ blockPublicAcls: true, blockPublicPolicy: false, ignorePublicAcls: true, restrictPublicBuckets: true }), expect: 'unaddressed' },
  { name: 'CfnAccessPoint default', cdk: cfn(), expect: 'addressed' },
]);

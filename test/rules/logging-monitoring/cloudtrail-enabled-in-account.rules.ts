import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import * as s3 from 'aws-cdk-lib/aws-s3';
import rule from '../../../rules/logging-monitoring/cloudtrail-enabled-in-account';
import { testRule } from '../../support/rule-tester';

const trail = (properties: object) => ({ Trail: { Type: 'AWS::CloudTrail::Trail', Properties: { S3BucketName: 'logs', IsLogging: true, ...properties } } });

testRule(rule, [
  { name: 'multi-region trail in the stack', resources: trail({ IsMultiRegionTrail: true }), expect: [{ status: 'addressed', message: /Trail/ }] },
  { name: 'no trail: runtime, once per stack', resources: { B1: { Type: 'AWS::S3::Bucket' }, B2: { Type: 'AWS::S3::Bucket' } }, expect: [{ status: 'runtime', message: /MULTI_REGION_CLOUD_TRAIL_ENABLED/ }] },
  { name: 'single-region trail only', resources: trail({}), expect: 'runtime' },
  { name: 'trail whose multi-region flag is a parameter', parameters: { Multi: { Type: 'String' } }, resources: trail({ IsMultiRegionTrail: { Ref: 'Multi' } }), expect: 'needs-review' },
  { name: 'Trail construct', cdk: (stack) => void new cloudtrail.Trail(stack, 'Trail'), expect: 'addressed' },
  { name: 'app without a trail', cdk: (stack) => void new s3.Bucket(stack, 'Bucket'), expect: 'runtime' },
  { name: 'the stack stops its own multi-region trail', resources: trail({ IsMultiRegionTrail: true, IsLogging: false }), expect: [{ status: 'unaddressed', message: /stopped/ }] },
]);

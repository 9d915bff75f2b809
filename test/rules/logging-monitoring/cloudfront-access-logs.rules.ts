import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import rule from '../../../rules/logging-monitoring/cloudfront-access-logs';
import { testRule } from '../../support/rule-tester';

const distribution = (config: object) => ({ Cdn: { Type: 'AWS::CloudFront::Distribution', Properties: { DistributionConfig: { Enabled: true, ...config } } } });
const origin = () => new origins.HttpOrigin('example.com');

testRule(rule, [
  { name: 'logging to a bucket', resources: distribution({ Logging: { Bucket: 'logs.s3.amazonaws.com' } }), expect: 'addressed' },
  { name: 'no logging', resources: distribution({}), expect: [{ status: 'unaddressed', propertyPath: 'DistributionConfig.Logging' }] },
  { name: 'logging without bucket', resources: distribution({ Logging: { Prefix: 'cdn/' } }), expect: 'unaddressed' },
  { name: 'logging from an import', resources: distribution({ Logging: { 'Fn::ImportValue': 'CdnLogging' } }), expect: 'needs-review' },
  { name: 'Distribution with enableLogging', cdk: (stack) => void new cloudfront.Distribution(stack, 'Cdn', { defaultBehavior: { origin: origin() }, enableLogging: true }), expect: [{ status: 'addressed', on: 'Cdn' }] },
  { name: 'Distribution without logging', cdk: (stack) => void new cloudfront.Distribution(stack, 'Cdn', { defaultBehavior: { origin: origin() } }), expect: 'unaddressed' },
]);

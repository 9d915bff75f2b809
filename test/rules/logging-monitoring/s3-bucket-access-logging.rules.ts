import * as s3 from 'aws-cdk-lib/aws-s3';
import rule from '../../../rules/logging-monitoring/s3-bucket-access-logging';
import { testRule } from '../../support/rule-tester';

const bucket = (properties: object) => ({ Bucket: { Type: 'AWS::S3::Bucket', Properties: properties } });

testRule(rule, [
  { name: 'logging to a log bucket', resources: bucket({ LoggingConfiguration: { DestinationBucketName: 'logs' } }), expect: 'addressed' },
  { name: 'no logging', resources: bucket({}), expect: [{ status: 'unaddressed', propertyPath: 'LoggingConfiguration' }] },
  { name: 'logging configuration from an import', resources: bucket({ LoggingConfiguration: { 'Fn::ImportValue': 'LogConfig' } }), expect: 'needs-review' },
  { name: 'logging configuration of the wrong type', resources: bucket({ LoggingConfiguration: 'logs' }), expect: 'needs-review' },
  { name: 'Bucket with serverAccessLogsBucket', cdk: (stack) => void new s3.Bucket(stack, 'Bucket', { serverAccessLogsBucket: new s3.Bucket(stack, 'Logs') }), expect: [{ status: 'addressed', on: 'Bucket' }, { status: 'unaddressed', on: 'Logs' }] },
  { name: 'Bucket without logging', cdk: (stack) => void new s3.Bucket(stack, 'Bucket'), expect: 'unaddressed' },
]);

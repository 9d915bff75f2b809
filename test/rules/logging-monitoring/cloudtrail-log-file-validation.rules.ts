import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import rule from '../../../rules/logging-monitoring/cloudtrail-log-file-validation';
import { testRule } from '../../support/rule-tester';

const trail = (properties: object) => ({ Trail: { Type: 'AWS::CloudTrail::Trail', Properties: { S3BucketName: 'logs', IsLogging: true, ...properties } } });

testRule(rule, [
  { name: 'validation on', resources: trail({ EnableLogFileValidation: true }), expect: 'addressed' },
  { name: 'validation absent', resources: trail({}), expect: [{ status: 'unaddressed', message: /not set/ }] },
  { name: 'validation off', resources: trail({ EnableLogFileValidation: false }), expect: 'unaddressed' },
  { name: 'imported value', resources: trail({ EnableLogFileValidation: { 'Fn::ImportValue': 'Validate' } }), expect: 'needs-review' },
  { name: 'Trail defaults', cdk: (stack) => void new cloudtrail.Trail(stack, 'Trail'), expect: 'addressed' },
  { name: 'Trail without validation', cdk: (stack) => void new cloudtrail.Trail(stack, 'Trail', { enableFileValidation: false }), expect: 'unaddressed' },
]);

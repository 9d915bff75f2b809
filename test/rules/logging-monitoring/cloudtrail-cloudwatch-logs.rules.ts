import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import rule from '../../../rules/logging-monitoring/cloudtrail-cloudwatch-logs';
import { testRule } from '../../support/rule-tester';

const trail = (properties: object) => ({ Trail: { Type: 'AWS::CloudTrail::Trail', Properties: { S3BucketName: 'logs', IsLogging: true, ...properties } } });
const arn = 'arn:aws:logs:eu-west-1:111111111111:log-group:trail:*';

testRule(rule, [
  { name: 'log group and role', resources: trail({ CloudWatchLogsLogGroupArn: arn, CloudWatchLogsRoleArn: 'arn:aws:iam::111111111111:role/t' }), expect: 'addressed' },
  { name: 'no log group', resources: trail({}), expect: [{ status: 'unaddressed', propertyPath: 'CloudWatchLogsLogGroupArn' }] },
  { name: 'log group without role', resources: trail({ CloudWatchLogsLogGroupArn: arn }), expect: [{ status: 'unaddressed', message: /without CloudWatchLogsRoleArn/ }] },
  { name: 'log group from a parameter without default', parameters: { Group: { Type: 'String' } }, resources: trail({ CloudWatchLogsLogGroupArn: { Ref: 'Group' } }), expect: 'needs-review' },
  { name: 'Trail sending to CloudWatch Logs', cdk: (stack) => void new cloudtrail.Trail(stack, 'Trail', { sendToCloudWatchLogs: true }), expect: 'addressed' },
  { name: 'Trail defaults', cdk: (stack) => void new cloudtrail.Trail(stack, 'Trail'), expect: 'unaddressed' },
]);

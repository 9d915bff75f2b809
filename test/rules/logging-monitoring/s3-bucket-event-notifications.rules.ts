import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3n from 'aws-cdk-lib/aws-s3-notifications';
import * as sns from 'aws-cdk-lib/aws-sns';
import rule from '../../../rules/logging-monitoring/s3-bucket-event-notifications';
import { testRule } from '../../support/rule-tester';

const bucket = (properties: object) => ({ Bucket: { Type: 'AWS::S3::Bucket', Properties: properties } });

testRule(rule, [
  { name: 'EventBridge notifications', resources: bucket({ NotificationConfiguration: { EventBridgeConfiguration: { EventBridgeEnabled: true } } }), expect: 'addressed' },
  { name: 'no notifications', resources: bucket({}), expect: 'unaddressed' },
  { name: 'empty notification configuration', resources: bucket({ NotificationConfiguration: { TopicConfigurations: [] } }), expect: [{ status: 'unaddressed', message: /no destination/ }] },
  { name: 'notification configuration from a parameter', parameters: { N: { Type: 'String' } }, resources: bucket({ NotificationConfiguration: { Ref: 'N' } }), expect: 'needs-review' },
  {
    name: 'Bucket with an SNS notification (custom resource)',
    cdk: (stack) => new s3.Bucket(stack, 'Bucket').addEventNotification(s3.EventType.OBJECT_REMOVED, new s3n.SnsDestination(new sns.Topic(stack, 'Topic'))),
    expect: [{ status: 'addressed', on: 'Bucket', message: /Notifications/ }],
  },
  { name: 'Bucket without notifications', cdk: (stack) => void new s3.Bucket(stack, 'Bucket'), expect: 'unaddressed' },
]);

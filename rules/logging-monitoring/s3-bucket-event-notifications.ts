import { addressed, judge, type Plain } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import type { ResourceModel } from '../../lib/model/resource';
import { isPlainObject } from '../../lib/model/values';
import { fail, pass, review } from './lib/checks';

const KINDS = ['EventBridgeConfiguration', 'LambdaConfigurations', 'QueueConfigurations', 'TopicConfigurations'];

function configured(value: Plain): boolean | 'unknown' {
  if (!isPlainObject(value)) return 'unknown';
  return KINDS.some((kind) => {
    const entry = value[kind];
    return Array.isArray(entry) ? entry.length > 0 : entry !== undefined;
  });
}

/** CDK writes notifications of an L2 bucket into a `Custom::S3BucketNotifications` resource naming the bucket. */
function notificationResources(bucket: ResourceModel): ResourceModel[] {
  return bucket.stack.index
    .referrers(bucket.logicalId, { property: 'BucketName' })
    .map((edge) => bucket.stack.resource(edge.source))
    .filter((resource): resource is ResourceModel => resource?.type === 'Custom::S3BucketNotifications');
}

export default defineRule({
  id: 'SRM-LOG-007',
  title: 'S3 bucket has event notifications',
  duty: 'logging-monitoring',
  severity: 'low',
  resourceTypes: ['AWS::S3::Bucket'],
  controls: {
    configRule: 'S3_EVENT_NOTIFICATIONS_ENABLED',
    securityHub: ['S3.11'],
    controlTower: ['CT.S3.PR.4'],
    nist80053: ['CA-7', 'SI-3(8)', 'SI-4', 'SI-4(4)'],
  },
  docs: {
    description: 'Event notifications let the customer react to object changes (deletions, uploads) as they happen.',
    addressedBy: '`NotificationConfiguration` with EventBridge, Lambda, SQS or SNS targets, or (CDK) a `Custom::S3BucketNotifications` resource naming the bucket.',
    default: 'Absent means no notifications: unaddressed.',
    fix: {
      cdk: 'bucket.addEventNotification(s3.EventType.OBJECT_REMOVED, new s3n.SnsDestination(topic)) // or { eventBridgeEnabled: true }',
      cloudformation: 'Set `NotificationConfiguration` (EventBridgeConfiguration, LambdaConfigurations, QueueConfigurations or TopicConfigurations) on the AWS::S3::Bucket.',
    },
  },
  check(bucket) {
    for (const resource of notificationResources(bucket)) {
      const config = resource.get('NotificationConfiguration');
      if (configured(config.value as Plain) === true) {
        return addressed(`notifications are configured by ${resource.logicalId}`, { evidence: { description: `${resource.type} ${resource.logicalId} configures notifications`, logicalId: resource.logicalId } });
      }
    }
    return judge(bucket.get('NotificationConfiguration'), (value) => {
      if (value === undefined) return fail('the bucket sends no event notifications');
      const state = configured(value);
      if (state === 'unknown') return review('NotificationConfiguration is not an object');
      return state ? pass('event notifications are configured') : fail('NotificationConfiguration names no destination');
    });
  },
});

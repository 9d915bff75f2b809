import { judge, unaddressed } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { fail, pass } from './lib/checks';

export default defineRule({
  id: 'SRM-LOG-003',
  title: 'CloudTrail trail delivers to CloudWatch Logs',
  duty: 'logging-monitoring',
  severity: 'medium',
  resourceTypes: ['AWS::CloudTrail::Trail'],
  controls: {
    configRule: 'CLOUD_TRAIL_CLOUD_WATCH_LOGS_ENABLED',
    securityHub: ['CloudTrail.5'],
    controlTower: ['CT.CLOUDTRAIL.PR.3'],
    nist80053: ['AU-6(1)', 'AU-6(3)', 'AU-12', 'CA-7', 'SI-4(5)', 'SI-20'],
    cdkNag: ['NIST.800.53.R5-CloudTrailCloudWatchLogsEnabled'],
  },
  docs: {
    description: 'Trail logs in S3 are an archive; sending them to CloudWatch Logs lets the customer alarm on suspicious activity as it happens.',
    addressedBy: '`CloudWatchLogsLogGroupArn` and `CloudWatchLogsRoleArn` on the trail.',
    default: 'Absent means the trail delivers only to S3: unaddressed.',
    fix: {
      cdk: 'new cloudtrail.Trail(this, id, { sendToCloudWatchLogs: true, cloudWatchLogGroup: logGroup })',
      cloudformation: 'Set `CloudWatchLogsLogGroupArn` and `CloudWatchLogsRoleArn` on the AWS::CloudTrail::Trail.',
    },
  },
  check(trail) {
    const group = judge(trail.get('CloudWatchLogsLogGroupArn'), (value) =>
      value === undefined || value === '' ? fail('no CloudWatch Logs log group is set, so trail events cannot be alarmed on') : pass('the trail delivers to a CloudWatch Logs log group'),
    );
    if (group.status !== 'addressed') return group;
    const role = trail.get('CloudWatchLogsRoleArn');
    if (role.value === undefined) return unaddressed('CloudWatchLogsLogGroupArn is set without CloudWatchLogsRoleArn; CloudTrail cannot deliver to the log group without that role', { propertyPath: role.path });
    return group;
  },
});

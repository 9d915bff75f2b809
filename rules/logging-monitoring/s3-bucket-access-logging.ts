import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { isPlainObject } from '../../lib/model/values';
import { fail, pass, review } from './lib/checks';

export default defineRule({
  id: 'SRM-LOG-006',
  title: 'S3 bucket has server access logging',
  duty: 'logging-monitoring',
  severity: 'medium',
  resourceTypes: ['AWS::S3::Bucket'],
  controls: {
    configRule: 'S3_BUCKET_LOGGING_ENABLED',
    securityHub: ['S3.9'],
    controlTower: ['CT.S3.PR.2'],
    nist80053: ['AU-2', 'AU-3', 'AU-12', 'AC-2(4)', 'SI-4(20)'],
    cdkNag: ['AwsSolutions-S1', 'NIST.800.53.R5-S3BucketLoggingEnabled'],
  },
  docs: {
    description: 'Who read or changed which object is recorded only if the customer turns on server access logging.',
    addressedBy: '`LoggingConfiguration` on the bucket, normally with `DestinationBucketName` naming a separate log bucket.',
    default: 'Absent means no access logs: unaddressed.',
    fix: {
      cdk: 'new s3.Bucket(this, id, { serverAccessLogsBucket: logBucket, serverAccessLogsPrefix: "logs/" })',
      cloudformation: 'Set `LoggingConfiguration: { DestinationBucketName: <log bucket> }` on the AWS::S3::Bucket.',
    },
  },
  check(bucket) {
    return judge(bucket.get('LoggingConfiguration'), (value) => {
      if (value === undefined) return fail('server access logging is not configured');
      if (!isPlainObject(value)) return review('LoggingConfiguration is not an object');
      return pass(value.DestinationBucketName === undefined ? 'server access logs are delivered to the bucket itself' : 'server access logs are delivered to a log bucket');
    });
  },
});

import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { isPlainObject } from '../../lib/model/values';
import { fail, hasValue, pass, review } from './lib/checks';

export default defineRule({
  id: 'SRM-LOG-033',
  title: 'Redshift cluster has audit logging',
  duty: 'logging-monitoring',
  severity: 'medium',
  resourceTypes: ['AWS::Redshift::Cluster'],
  controls: {
    configRule: 'REDSHIFT_CLUSTER_AUDIT_LOGGING_ENABLED',
    securityHub: ['Redshift.4'],
    controlTower: ['CT.REDSHIFT.PR.3'],
    nist80053: ['AU-2', 'AU-3', 'AU-12', 'AC-2(4)', 'SI-4(20)'],
    cdkNag: ['AwsSolutions-RS5'],
  },
  docs: {
    description: 'Connection and user activity in the warehouse is recorded only when the customer turns audit logging on.',
    addressedBy: '`LoggingProperties` with `BucketName` (S3 delivery) or `LogDestinationType: cloudwatch` with `LogExports`.',
    default: 'Absent means audit logging is off: unaddressed.',
    fix: {
      cdk: 'new redshift.CfnCluster(this, id, { ..., loggingProperties: { bucketName: logBucket.bucketName, s3KeyPrefix: "audit/" } })',
      cloudformation: 'Set `LoggingProperties: { BucketName: <bucket> }` (or `LogDestinationType: cloudwatch` with `LogExports`) on the AWS::Redshift::Cluster.',
    },
  },
  check(cluster) {
    return judge(cluster.get('LoggingProperties'), (value) => {
      if (value === undefined) return fail('audit logging is off');
      if (!isPlainObject(value)) return review('LoggingProperties is not an object');
      if (hasValue(value, 'BucketName')) return pass('audit logs are delivered to S3');
      if (value.LogDestinationType === 'cloudwatch') {
        const exports = value.LogExports;
        return Array.isArray(exports) && exports.length > 0 ? pass('audit logs are delivered to CloudWatch Logs') : fail('LogDestinationType is cloudwatch but LogExports names no log');
      }
      if (value.LogDestinationType !== undefined && typeof value.LogDestinationType !== 'string') return review('LogDestinationType cannot be resolved');
      return fail('LoggingProperties names no destination (BucketName or CloudWatch Logs exports)');
    });
  },
});

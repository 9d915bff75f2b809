import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { isPlainObject } from '../../lib/model/values';
import { fail, hasValue, pass, review } from './lib/checks';

export default defineRule({
  id: 'SRM-LOG-014',
  title: 'CloudFront distribution has access logging',
  duty: 'logging-monitoring',
  severity: 'medium',
  resourceTypes: ['AWS::CloudFront::Distribution'],
  controls: {
    configRule: 'CLOUDFRONT_ACCESSLOGS_ENABLED',
    securityHub: ['CloudFront.5'],
    controlTower: ['CT.CLOUDFRONT.PR.5'],
    nist80053: ['AU-2', 'AU-3', 'AU-12', 'AC-2(4)', 'SI-4(20)'],
    cdkNag: ['AwsSolutions-CFR3'],
  },
  docs: {
    description: 'Viewer requests to the customer\'s content are recorded only when the customer turns standard logging on.',
    addressedBy: '`DistributionConfig.Logging.Bucket` naming the S3 bucket that receives the logs.',
    default: 'Absent means no standard (legacy) access logs: unaddressed. Logs delivered through CloudWatch vended log deliveries are not visible to this check.',
    fix: {
      cdk: 'new cloudfront.Distribution(this, id, { ..., enableLogging: true, logBucket: bucket })',
      cloudformation: 'Set `DistributionConfig.Logging: { Bucket: <bucket>.s3.amazonaws.com }` on the AWS::CloudFront::Distribution.',
    },
  },
  check(distribution) {
    return judge(distribution.get('DistributionConfig.Logging'), (value) => {
      if (value === undefined) return fail('the distribution writes no access logs');
      if (!isPlainObject(value)) return review('DistributionConfig.Logging is not an object');
      return hasValue(value, 'Bucket') ? pass('access logs are delivered to S3') : fail('Logging has no Bucket, so no access logs are written');
    });
  },
});

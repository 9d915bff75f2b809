import { defineRule } from '../../lib/engine/rule';
import { switchedOn } from './lib/checks';

/** S3 default: Object Lock is off unless `ObjectLockEnabled: true` when the bucket is created. */
export default defineRule({
  id: 'SRM-BKP-019',
  title: 'S3 bucket has Object Lock',
  duty: 'backup-recovery',
  severity: 'low',
  resourceTypes: ['AWS::S3::Bucket'],
  controls: {
    configRule: 'S3_BUCKET_DEFAULT_LOCK_ENABLED',
    securityHub: ['S3.15'],
    controlTower: ['CT.S3.PR.9'],
    nist80053: ['CP-6(2)'],
    cdkNag: ['NIST.800.53.R4-S3BucketDefaultLockEnabled'],
  },
  docs: {
    description: 'Object Lock keeps objects write-once-read-many so that no one, by mistake or with stolen credentials, can delete or overwrite them within the retention period.',
    addressedBy: '`ObjectLockEnabled: true` (optionally with `ObjectLockConfiguration` default retention).',
    default: 'Absent means Object Lock is off: unaddressed. It can be turned on later, but only with versioning.',
    fix: {
      cdk: 'new s3.Bucket(this, id, { objectLockEnabled: true, objectLockDefaultRetention: s3.ObjectLockRetention.governance(Duration.days(30)), ... })',
      cloudformation: 'Set `ObjectLockEnabled: true` on the AWS::S3::Bucket.',
    },
  },
  check(bucket) {
    return switchedOn(bucket.get('ObjectLockEnabled'), 'Object Lock');
  },
});

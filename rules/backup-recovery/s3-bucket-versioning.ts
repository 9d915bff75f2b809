import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { describeValue } from '../../lib/model/values';

/** S3 default: a new bucket is unversioned; an overwrite or delete loses the previous object. */
export default defineRule({
  id: 'SRM-BKP-005',
  title: 'S3 bucket has versioning enabled',
  duty: 'backup-recovery',
  severity: 'medium',
  resourceTypes: ['AWS::S3::Bucket'],
  controls: {
    configRule: 'S3_BUCKET_VERSIONING_ENABLED',
    securityHub: ['S3.14'],
    controlTower: ['CT.S3.PR.11'],
    nist80053: ['AU-9(2)', 'CP-10', 'CP-6', 'CP-6(1)', 'CP-6(2)', 'CP-9', 'SC-5(2)', 'SI-12', 'SI-13(5)'],
    cdkNag: ['NIST.800.53.R5-S3BucketVersioningEnabled'],
  },
  docs: {
    description: 'S3 stores objects durably, but it keeps earlier versions of an object, the way back from an overwrite or a delete, only when the customer turns versioning on.',
    addressedBy: '`VersioningConfiguration.Status: Enabled`.',
    default: 'Absent means the bucket is unversioned: unaddressed. `Suspended` stops keeping new versions: unaddressed.',
    fix: {
      cdk: 'new s3.Bucket(this, id, { versioned: true, ... })',
      cloudformation: 'Set `VersioningConfiguration: { Status: Enabled }` on the AWS::S3::Bucket.',
    },
  },
  check(bucket) {
    return judge(bucket.get('VersioningConfiguration.Status'), (value) => {
      if (value === 'Enabled') return { ok: true, message: 'versioning is enabled' };
      if (value === undefined) return { ok: false, message: 'VersioningConfiguration is not set, so the bucket keeps no earlier versions' };
      if (value === 'Suspended') return { ok: false, message: 'versioning is suspended' };
      return { ok: 'unknown', message: `VersioningConfiguration.Status is ${describeValue(value)}, not Enabled or Suspended` };
    });
  },
});

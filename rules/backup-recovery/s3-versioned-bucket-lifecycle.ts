import { judge, needsReview } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { isPlainObject, type Resolved } from '../../lib/model/values';

/** S3 default: no lifecycle configuration, so noncurrent versions are kept (and billed) forever. */
export default defineRule({
  id: 'SRM-BKP-018',
  title: 'Versioned S3 bucket has a lifecycle rule',
  duty: 'backup-recovery',
  severity: 'low',
  resourceTypes: ['AWS::S3::Bucket'],
  controls: {
    configRule: 'S3_VERSION_LIFECYCLE_POLICY_CHECK',
    securityHub: ['S3.10'],
    controlTower: ['CT.S3.PR.3'],
    nist80053: ['AU-9(2)', 'CP-10', 'CP-6(2)', 'CP-9', 'SC-5(2)', 'SI-13(5)'],
  },
  docs: {
    description: 'Versioning keeps every earlier version of an object; how long those versions are retained is a retention decision the customer makes with lifecycle rules.',
    addressedBy: 'At least one `LifecycleConfiguration.Rules` entry with `Status: Enabled` on a bucket whose versioning is enabled.',
    default: 'Absent means no lifecycle rules: unaddressed on versioned buckets. Unversioned buckets are not evaluated (SRM-BKP-005 reports them).',
    fix: {
      cdk: 'new s3.Bucket(this, id, { versioned: true, lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(90) }] })',
      cloudformation: 'Add `LifecycleConfiguration: { Rules: [{ Status: Enabled, NoncurrentVersionExpiration: { NoncurrentDays: 90 } }] }` to the AWS::S3::Bucket.',
    },
  },
  check(bucket) {
    const versioning = bucket.get('VersioningConfiguration.Status').value;
    if (versioning === undefined || versioning === 'Suspended') return undefined;
    if (versioning !== 'Enabled') return needsReview('whether the bucket is versioned is not known', { propertyPath: 'VersioningConfiguration.Status' });
    return judge(bucket.get('LifecycleConfiguration.Rules'), (rules) => {
      if (rules === undefined) return { ok: false, message: 'the bucket is versioned but has no lifecycle rules' };
      if (!Array.isArray(rules)) return { ok: 'unknown', message: 'LifecycleConfiguration.Rules is not a list' };
      const statuses = (rules as readonly Resolved[]).map((rule) => (isPlainObject(rule) ? rule.Status : undefined));
      if (statuses.includes('Enabled')) return { ok: true, message: 'the bucket is versioned and has an enabled lifecycle rule' };
      if (statuses.some((status) => typeof status !== 'string')) return { ok: 'unknown', message: 'the status of a lifecycle rule is not known' };
      return { ok: false, message: 'the bucket is versioned but none of its lifecycle rules is enabled' };
    });
  },
});

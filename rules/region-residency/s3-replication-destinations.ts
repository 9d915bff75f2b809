import { needsReview } from '../../lib/engine/findings';
import { defineRule, type Finding, type RuleContext } from '../../lib/engine/rule';
import { perApp } from '../../lib/model/derived';
import type { AppModel, StackModel } from '../../lib/model/stack';
import { allowedRegions, judgePlaces, listOf, placesOfArnValue, stackPlace, type Place } from './lib/regions';

/** Buckets of the app with a literal `BucketName`, built once: a bucket ARN carries no region, its stack does. */
const bucketsByName = perApp((app: AppModel) => {
  const names = new Map<string, StackModel>();
  for (const stack of app.stacks) {
    for (const bucket of stack.resourcesOfType('AWS::S3::Bucket')) {
      const name = bucket.get('BucketName').value;
      if (typeof name === 'string') names.set(name, stack);
    }
  }
  return names;
});

function bucketRegion(context: RuleContext): (arn: string) => Place {
  return (arn) => {
    const name = arn.replace(/^arn:[^:]+:s3:::/, '').split('/')[0];
    const stack = bucketsByName(context.app).get(name);
    return stack ? stackPlace(stack, `bucket ${name}`) : { unknown: `an S3 bucket ARN has no region, and bucket ${name} is not defined in this app` };
  };
}

export default defineRule({
  id: 'SRM-REG-006',
  title: 'S3 replication destinations are in allowed regions',
  duty: 'region-residency',
  severity: 'high',
  resourceTypes: ['AWS::S3::Bucket'],
  controls: {},
  docs: {
    description: 'Replication copies objects to the destination bucket, in whatever Region that bucket lives.',
    addressedBy: 'Each `ReplicationConfiguration.Rules[].Destination.Bucket` in an allowed region. A bucket ARN has no region field, so the destination must be a bucket of this app (by reference, or by a literal `BucketName`) whose stack is pinned to a region. One result per rule.',
    default: 'Applies only when allowed regions are given; buckets without replication are not evaluated. A destination outside the app needs review.',
    fix: {
      cdk: 'new s3.Bucket(this, id, { replicationRules: [{ destination: bucketInAllowedRegion, priority: 1 }] })',
      cloudformation: 'Point each replication rule at a bucket created in an allowed region.',
    },
  },
  check(bucket, context) {
    const allowed = allowedRegions(context);
    const configuration = bucket.get('ReplicationConfiguration.Rules').value;
    if (!allowed || configuration === undefined) return undefined;
    const rules = listOf(configuration);
    if (typeof rules === 'string') return needsReview(`the replication rules cannot be read: ${rules}`, { propertyPath: 'ReplicationConfiguration.Rules' });
    return rules.flatMap((_rule, index): Finding[] => {
      const path = `ReplicationConfiguration.Rules.${index}.Destination.Bucket`;
      return judgePlaces(placesOfArnValue(bucket, path, context, bucketRegion(context)), allowed, `the replication destination of rule ${index}`, path);
    });
  },
});

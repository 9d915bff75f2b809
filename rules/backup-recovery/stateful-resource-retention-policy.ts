import { addressed, needsReview, propertyEvidence, unaddressed } from '../../lib/engine/findings';
import { defineRule, type Finding } from '../../lib/engine/rule';
import type { ResourceModel } from '../../lib/model/resource';
import { Unresolved, branchesOf, describeValue } from '../../lib/model/values';

/** Types whose deletion destroys customer data. Aurora/Neptune/DocumentDB instances are left out: the cluster holds the data. */
const STATEFUL = [
  'AWS::RDS::DBInstance',
  'AWS::RDS::DBCluster',
  'AWS::DocDB::DBCluster',
  'AWS::Neptune::DBCluster',
  'AWS::Redshift::Cluster',
  'AWS::DynamoDB::Table',
  'AWS::DynamoDB::GlobalTable',
  'AWS::S3::Bucket',
  'AWS::EFS::FileSystem',
  'AWS::FSx::FileSystem',
  'AWS::EC2::Volume',
  'AWS::ElastiCache::ReplicationGroup',
  'AWS::ElastiCache::CacheCluster',
  'AWS::OpenSearchService::Domain',
  'AWS::Elasticsearch::Domain',
  'AWS::Kinesis::Stream',
  'AWS::Cognito::UserPool',
  'AWS::Backup::BackupVault',
];

/** Types that accept `Snapshot` (CloudFormation DeletionPolicy documentation). */
const SNAPSHOT = new Set([
  'AWS::EC2::Volume',
  'AWS::ElastiCache::CacheCluster',
  'AWS::ElastiCache::ReplicationGroup',
  'AWS::Neptune::DBCluster',
  'AWS::RDS::DBCluster',
  'AWS::RDS::DBInstance',
  'AWS::Redshift::Cluster',
  'AWS::DocDB::DBCluster',
]);

/** CloudFormation snapshots RDS clusters and stand-alone RDS instances on deletion when no DeletionPolicy is given. */
function defaultPolicy(resource: ResourceModel, attribute: 'DeletionPolicy' | 'UpdateReplacePolicy'): string {
  if (attribute === 'UpdateReplacePolicy') return 'Delete';
  if (resource.type === 'AWS::RDS::DBCluster') return 'Snapshot';
  if (resource.type === 'AWS::RDS::DBInstance' && resource.get('DBClusterIdentifier').value === undefined) return 'Snapshot';
  return 'Delete';
}

function judgePolicy(resource: ResourceModel, attribute: 'DeletionPolicy' | 'UpdateReplacePolicy'): Finding {
  const lookup = resource.attribute(attribute);
  const when = attribute === 'DeletionPolicy' ? 'when the resource leaves the stack' : 'when an update replaces the resource';
  const failures: string[] = [];
  const unknowns: string[] = [];
  for (const branch of branchesOf(lookup.value)) {
    const condition = branch.conditions.length > 0 ? ` (when ${branch.conditions.join(', ')})` : '';
    const value = branch.value === undefined ? defaultPolicy(resource, attribute) : branch.value;
    if (value instanceof Unresolved) unknowns.push(`${attribute} cannot be resolved: ${value.reason}${condition}`);
    else if (value === 'Retain' || value === 'RetainExceptOnCreate') continue;
    else if (value === 'Snapshot' && SNAPSHOT.has(resource.type)) continue;
    else if (value === 'Delete') failures.push(`${branch.value === undefined ? `${attribute} is not set, so` : `${attribute} is Delete:`} CloudFormation deletes the data ${when}${condition}`);
    else unknowns.push(`${attribute} is ${describeValue(value)}, which ${resource.type} does not take${condition}`);
  }
  const options = { propertyPath: attribute, key: attribute };
  if (failures.length > 0) return unaddressed(failures.join('; '), { ...options, evidence: propertyEvidence(lookup) });
  if (unknowns.length > 0) return needsReview(unknowns.join('; '), options);
  const value = lookup.value === undefined ? `${defaultPolicy(resource, attribute)} (the default)` : describeValue(lookup.value);
  return addressed(`${attribute} is ${value}: the data survives ${when}`, { ...options, evidence: { description: `${attribute} = ${value}`, propertyPath: attribute } });
}

export default defineRule({
  id: 'SRM-BKP-006',
  title: 'Stateful resource is retained or snapshotted on deletion and replacement',
  duty: 'backup-recovery',
  severity: 'medium',
  resourceTypes: STATEFUL,
  controls: {
    nist80053: ['CP-9', 'CP-10', 'SI-12'],
  },
  docs: {
    description: 'Removing a resource from a template, or changing a property that forces replacement, makes CloudFormation delete the old resource with its data unless told to keep it.',
    addressedBy: '`DeletionPolicy` and `UpdateReplacePolicy` of `Retain`, `RetainExceptOnCreate`, or `Snapshot` where the type supports snapshots. One result per attribute.',
    default: 'Absent DeletionPolicy means Delete, except Snapshot for AWS::RDS::DBCluster and for AWS::RDS::DBInstance without DBClusterIdentifier. Absent UpdateReplacePolicy always means Delete. Aurora, Neptune and DocumentDB member instances are not evaluated: their cluster holds the data.',
    fix: {
      cdk: 'Pass `removalPolicy: RemovalPolicy.RETAIN` (or `SNAPSHOT`) to the construct, or call `resource.applyRemovalPolicy(RemovalPolicy.RETAIN)`.',
      cloudformation: 'Add `DeletionPolicy: Retain` and `UpdateReplacePolicy: Retain` (or `Snapshot` where supported) to the resource.',
    },
  },
  check(resource) {
    if (resource.type === 'AWS::RDS::DBInstance' && resource.get('DBClusterIdentifier').value !== undefined) return undefined;
    return [judgePolicy(resource, 'DeletionPolicy'), judgePolicy(resource, 'UpdateReplacePolicy')];
  },
});

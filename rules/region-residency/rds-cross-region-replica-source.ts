import { defineRule } from '../../lib/engine/rule';
import { allowedRegions, judgePlaces, placesOfArnValue, placesOfRegionValue } from './lib/regions';

/** The property naming the source of a replica, by type. */
const SOURCE: Record<string, string> = {
  'AWS::RDS::DBInstance': 'SourceDBInstanceIdentifier',
  'AWS::RDS::DBCluster': 'ReplicationSourceIdentifier',
};

export default defineRule({
  id: 'SRM-REG-007',
  title: 'RDS read replica source is in an allowed region',
  duty: 'region-residency',
  severity: 'high',
  resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  controls: {},
  docs: {
    description: 'A cross-Region read replica keeps the same data as its source, so the source\'s Region holds the data too.',
    addressedBy: '`SourceRegion`, or the region field of the source ARN (`SourceDBInstanceIdentifier`, `ReplicationSourceIdentifier`), in the allowed list.',
    default: 'Applies only when allowed regions are given and the resource is a replica. A source given by plain identifier is in the same region (the stack rule covers it).',
    fix: {
      cdk: 'new rds.CfnDBInstance(this, id, { sourceDbInstanceIdentifier: sourceArnInAllowedRegion, ... })',
      cloudformation: 'Replicate only from a source database in an allowed region.',
    },
  },
  check(database, context) {
    const allowed = allowedRegions(context);
    if (!allowed) return undefined;
    const sourceRegion = database.get('SourceRegion');
    if (sourceRegion.value !== undefined) return judgePlaces(placesOfRegionValue(sourceRegion.value, 'SourceRegion'), allowed, 'the replica source', 'SourceRegion');
    const property = SOURCE[database.type];
    const source = database.get(property).value;
    // Only an ARN can name a source in another region; a plain identifier is a same-region source.
    if (source === undefined || (typeof source === 'string' && !source.startsWith('arn:'))) return undefined;
    return judgePlaces(placesOfArnValue(database, property, context), allowed, 'the replica source', property);
  },
});

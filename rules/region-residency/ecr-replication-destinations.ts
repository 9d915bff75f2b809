import { needsReview } from '../../lib/engine/findings';
import { defineRule, type Finding } from '../../lib/engine/rule';
import { isPlainObject } from '../../lib/model/values';
import { allowedRegions, judgePlaces, listOf, placesOfRegionValue } from './lib/regions';

export default defineRule({
  id: 'SRM-REG-004',
  title: 'ECR replication destinations are in allowed regions',
  duty: 'region-residency',
  severity: 'medium',
  resourceTypes: ['AWS::ECR::ReplicationConfiguration'],
  controls: {},
  docs: {
    description: 'Registry replication copies every matching image to each destination Region.',
    addressedBy: 'Every `ReplicationConfiguration.Rules[].Destinations[].Region` in the allowed list. One result per destination.',
    default: 'Applies only when allowed regions are given.',
    fix: {
      cdk: 'new ecr.CfnReplicationConfiguration(this, id, { replicationConfiguration: { rules: [{ destinations: [{ region: \'eu-central-1\', registryId }] }] } })',
      cloudformation: 'Keep only allowed regions in the `Destinations` of the AWS::ECR::ReplicationConfiguration.',
    },
  },
  check(configuration, context) {
    const allowed = allowedRegions(context);
    if (!allowed) return undefined;
    const rules = listOf(configuration.get('ReplicationConfiguration.Rules').value);
    if (typeof rules === 'string') return needsReview(`the replication rules cannot be read: ${rules}`, { propertyPath: 'ReplicationConfiguration.Rules' });
    return rules.flatMap((rule, r): Finding[] => {
      const destinations = listOf(isPlainObject(rule) ? rule.Destinations : undefined);
      if (typeof destinations === 'string') return [needsReview(`the destinations of rule ${r} cannot be read: ${destinations}`, { propertyPath: `ReplicationConfiguration.Rules.${r}.Destinations`, key: `unknown:rule ${r}` })];
      return destinations.flatMap((destination, d) => {
        const path = `ReplicationConfiguration.Rules.${r}.Destinations.${d}.Region`;
        const places = isPlainObject(destination) ? placesOfRegionValue(destination.Region, path) : [{ unknown: `destination ${d} cannot be read` }];
        return judgePlaces(places, allowed, `replication destination ${r}.${d}`, path);
      });
    });
  },
});

import { needsReview } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { isPlainObject } from '../../lib/model/values';
import { allowedRegions, judgePlaces, listOf, placesOfRegionValue } from './lib/regions';

export default defineRule({
  id: 'SRM-REG-003',
  title: 'Secrets Manager secret replicas are in allowed regions',
  duty: 'region-residency',
  severity: 'high',
  resourceTypes: ['AWS::SecretsManager::Secret'],
  controls: {},
  docs: {
    description: 'A replicated secret, with its value, exists in every Region listed in its replicas.',
    addressedBy: 'Every `ReplicaRegions[].Region` in the allowed list. One result per replica region.',
    default: 'Applies only when allowed regions are given; a secret without replicas is not evaluated.',
    fix: {
      cdk: 'new secretsmanager.Secret(this, id, { replicaRegions: [{ region: \'eu-central-1\' }] }) with allowed regions only',
      cloudformation: 'Keep only allowed regions in `ReplicaRegions` of the AWS::SecretsManager::Secret.',
    },
  },
  check(secret, context) {
    const allowed = allowedRegions(context);
    const value = secret.get('ReplicaRegions').value;
    if (!allowed || value === undefined) return undefined;
    const replicas = listOf(value);
    if (typeof replicas === 'string') return needsReview(`the replica regions cannot be read: ${replicas}`, { propertyPath: 'ReplicaRegions' });
    return replicas.flatMap((replica, index) => {
      const path = `ReplicaRegions.${index}.Region`;
      const places = isPlainObject(replica) ? placesOfRegionValue(replica.Region, path) : [{ unknown: `replica ${index} cannot be read` }];
      return judgePlaces(places, allowed, `the replica ${index}`, path);
    });
  },
});

import { needsReview } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { isPlainObject } from '../../lib/model/values';
import { allowedRegions, judgePlaces, listOf, placesOfRegionValue } from './lib/regions';

export default defineRule({
  id: 'SRM-REG-002',
  title: 'DynamoDB global table replicas are in allowed regions',
  duty: 'region-residency',
  severity: 'high',
  resourceTypes: ['AWS::DynamoDB::GlobalTable'],
  controls: {},
  docs: {
    description: 'A global table copies every item to each replica Region the customer lists.',
    addressedBy: 'Every `Replicas[].Region` in the allowed list. One result per replica region.',
    default: 'Applies only when allowed regions are given.',
    fix: {
      cdk: 'new dynamodb.TableV2(this, id, { replicas: [{ region: \'eu-central-1\' }], ... }) with allowed regions only',
      cloudformation: 'Keep only allowed regions in `Replicas` of the AWS::DynamoDB::GlobalTable.',
    },
  },
  check(table, context) {
    const allowed = allowedRegions(context);
    if (!allowed) return undefined;
    const replicas = listOf(table.get('Replicas').value);
    if (typeof replicas === 'string') return needsReview(`the replicas cannot be read: ${replicas}`, { propertyPath: 'Replicas' });
    return replicas.flatMap((replica, index) => {
      const path = `Replicas.${index}.Region`;
      const places = isPlainObject(replica) ? placesOfRegionValue(replica.Region, path) : [{ unknown: `replica ${index} cannot be read` }];
      return judgePlaces(places, allowed, `replica ${index}`, path);
    });
  },
});

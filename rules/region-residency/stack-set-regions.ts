import { needsReview } from '../../lib/engine/findings';
import { defineRule, type Finding } from '../../lib/engine/rule';
import { isPlainObject } from '../../lib/model/values';
import { allowedRegions, judgePlaces, listOf, placesOfRegionValue } from './lib/regions';

export default defineRule({
  id: 'SRM-REG-008',
  title: 'CloudFormation StackSet deploys only to allowed regions',
  duty: 'region-residency',
  severity: 'high',
  resourceTypes: ['AWS::CloudFormation::StackSet'],
  controls: {},
  docs: {
    description: 'A StackSet creates its stacks, and the resources in them, in every Region of its stack instances.',
    addressedBy: 'Every `StackInstancesGroup[].Regions[]` in the allowed list. One result per region.',
    default: 'Applies only when allowed regions are given.',
    fix: {
      cdk: 'new cloudformation.CfnStackSet(this, id, { stackInstancesGroup: [{ regions: [\'eu-west-1\'], deploymentTargets }], ... })',
      cloudformation: 'Keep only allowed regions in `StackInstancesGroup[].Regions` of the AWS::CloudFormation::StackSet.',
    },
  },
  check(stackSet, context) {
    const allowed = allowedRegions(context);
    const value = stackSet.get('StackInstancesGroup').value;
    if (!allowed || value === undefined) return undefined;
    const groups = listOf(value);
    if (typeof groups === 'string') return needsReview(`the stack instance groups cannot be read: ${groups}`, { propertyPath: 'StackInstancesGroup' });
    return groups.flatMap((group, g): Finding[] => {
      const regions = listOf(isPlainObject(group) ? group.Regions : undefined);
      if (typeof regions === 'string') return [needsReview(`the regions of group ${g} cannot be read: ${regions}`, { propertyPath: `StackInstancesGroup.${g}.Regions`, key: `unknown:group ${g}` })];
      return regions.flatMap((region, r) => judgePlaces(placesOfRegionValue(region, `StackInstancesGroup.${g}.Regions.${r}`), allowed, `stack instance group ${g}`, `StackInstancesGroup.${g}.Regions.${r}`));
    });
  },
});

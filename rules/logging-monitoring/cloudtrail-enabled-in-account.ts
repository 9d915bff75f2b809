import { addressed, asBoolean, needsReview, runtime, unaddressed } from '../../lib/engine/findings';
import { defineStackRule } from '../../lib/engine/rule';
import { perStack } from '../../lib/model/derived';
import type { ResourceModel } from '../../lib/model/resource';
import type { StackModel } from '../../lib/model/stack';
import { Unresolved, branchesOf } from '../../lib/model/values';

type TrailState = 'yes' | 'no' | 'unknown';

function stateOf(trail: ResourceModel, property: string): TrailState {
  const states = branchesOf(trail.get(property).value).map((branch) => (branch.value instanceof Unresolved ? 'unknown' : asBoolean(branch.value ?? false) === true ? 'yes' : 'no'));
  return states.includes('no') ? 'no' : states.includes('unknown') ? 'unknown' : 'yes';
}

/** Multi-region, logging trails of a stack: built once per stack. */
const trailsOf = perStack((stack: StackModel) => {
  const result = { covering: [] as string[], uncertain: [] as string[], stopped: [] as string[] };
  for (const trail of stack.resourcesOfType('AWS::CloudTrail::Trail')) {
    const decided = trail.condition === undefined ? true : stack.resolver.condition(trail.condition);
    if (decided === false) continue;
    const states = [stateOf(trail, 'IsMultiRegionTrail'), stateOf(trail, 'IsLogging')];
    if (states[0] !== 'no' && states[1] === 'no' && decided === true) result.stopped.push(trail.logicalId);
    if (states.includes('no')) continue;
    (states.includes('unknown') || decided === undefined ? result.uncertain : result.covering).push(trail.logicalId);
  }
  return result;
});

export default defineStackRule({
  id: 'SRM-LOG-004',
  title: 'CloudTrail records the account in every region',
  duty: 'logging-monitoring',
  severity: 'high',
  controls: {
    configRule: 'MULTI_REGION_CLOUD_TRAIL_ENABLED',
    securityHub: ['CloudTrail.1'],
    nist80053: ['AU-2', 'AU-3', 'AU-12', 'AC-2(4)', 'SI-4(20)'],
  },
  docs: {
    description: 'Every account that runs this stack needs a trail recording API activity in every region; most accounts get it from an organization trail, which no application template shows.',
    addressedBy: 'A multi-region, logging AWS::CloudTrail::Trail in the stack; otherwise the AWS Config rule MULTI_REGION_CLOUD_TRAIL_ENABLED (or CLOUD_TRAIL_ENABLED) settles it in the account.',
    default: 'A stack without a trail cannot show the account has one: reported as runtime, once per stack. A stack whose own multi-region trail is stopped (`IsLogging: false`) is unaddressed.',
    fix: {
      cdk: 'new cloudtrail.Trail(this, "Trail") // or rely on an organization trail and check it with AWS Config',
      cloudformation: 'Add an AWS::CloudTrail::Trail with `IsMultiRegionTrail: true` and `IsLogging: true`, or confirm an organization trail with AWS Config.',
    },
  },
  check(stack) {
    const trails = trailsOf(stack);
    if (trails.covering.length > 0) {
      return addressed(`trail ${trails.covering.join(', ')} records every region`, {
        evidence: trails.covering.map((logicalId) => ({ description: `multi-region trail ${logicalId} is logging`, logicalId })),
      });
    }
    if (trails.uncertain.length > 0) {
      return needsReview(`trail ${trails.uncertain.join(', ')} may record every region, but its settings or condition are not known before deployment`);
    }
    if (trails.stopped.length > 0) {
      return unaddressed(`the stack's multi-region trail ${trails.stopped.join(', ')} is stopped (IsLogging is false); unless another trail records the account, API activity goes unrecorded`, {
        evidence: trails.stopped.map((logicalId) => ({ description: `trail ${logicalId} has IsLogging = false`, logicalId, propertyPath: 'IsLogging' })),
      });
    }
    return runtime('the stack defines no multi-region trail; check the account with AWS Config rule MULTI_REGION_CLOUD_TRAIL_ENABLED (or CLOUD_TRAIL_ENABLED)');
  },
});

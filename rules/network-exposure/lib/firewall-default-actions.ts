import { judge } from '../../../lib/engine/findings';
import type { Finding } from '../../../lib/engine/rule';
import type { ResourceModel } from '../../../lib/model/resource';
import { describeValue } from '../../../lib/model/values';
import { fail, pass, review } from './decide';

const DROPPING = new Set(['aws:drop', 'aws:forward_to_sfe']);

/** A stateless default action list must drop or forward to the stateful engine, never only pass. */
export function checkDefaultActions(policy: ResourceModel, property: 'StatelessDefaultActions' | 'StatelessFragmentDefaultActions', what: string): Finding {
  return judge(policy.get(`FirewallPolicy.${property}`), (actions) => {
    if (actions === undefined) return review(`${property} is missing (CloudFormation requires it)`);
    if (!Array.isArray(actions)) return review(`${property} is ${describeValue(actions)}, not a list`);
    const chosen = (actions as readonly unknown[]).filter((action): action is string => typeof action === 'string');
    if (chosen.some((action) => DROPPING.has(action))) return pass(`${what} are ${chosen.join(', ')}`);
    if (chosen.length < actions.length) return review(`an action of ${property} cannot be resolved`);
    return fail(`${what} are ${chosen.join(', ') || 'none'}: unmatched traffic passes without inspection`);
  });
}

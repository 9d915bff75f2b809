import type { StackModel } from '../model/stack';
import { ConditionalValue, ResourceReference, Unresolved, branchesOf, type Resolved } from '../model/values';

/**
 * One target a policy resource names (a bucket of a bucket policy, a role of an IAM policy): a
 * resource of this template, a name from outside it, or a value the tool cannot resolve. `property`
 * is where the policy names it; `onlyWhen` the conditions under which it applies.
 */
export type PolicyTarget =
  | { readonly kind: 'resource'; readonly property: string; readonly logicalId: string; readonly onlyWhen: readonly string[] }
  | { readonly kind: 'external'; readonly property: string; readonly name: string; readonly onlyWhen: readonly string[] }
  | { readonly kind: 'unresolved'; readonly property: string; readonly reason: string; readonly onlyWhen: readonly string[] };

/** A property of a policy resource that names what the policy applies to. */
export interface TargetProperty {
  /** `Bucket`, `Queues`, `Roles`, `RoleName`, ... */
  readonly property: string;
  /** The resource type it names. */
  readonly targetType: string;
  /** A list of targets, or a single one. */
  readonly list: boolean;
  /** Whether a `Fn::GetAtt` of the target counts; IAM principal properties take names (`Ref`) only. */
  readonly acceptsGetAtt: boolean;
  /** How a literal names the target: a queue URL or topic ARN ends in the name. @default the literal itself */
  readonly nameOf?: (literal: string) => string;
}

/**
 * The targets a policy names in one property, every `Fn::If` branch followed. `names` maps the
 * names of this template's resources of the target type to their logical ids, built on first use.
 */
export function policyTargets(stack: StackModel, target: TargetProperty, value: Resolved, names: () => Map<string, string>, onlyWhen: readonly string[]): PolicyTarget[] {
  if (!target.list) return targetsOfValue(stack, target, value, names, onlyWhen);
  const targets: PolicyTarget[] = [];
  const property = target.property;
  for (const branch of branchesOf(value)) {
    const when = [...onlyWhen, ...branch.conditions];
    if (Array.isArray(branch.value)) {
      for (const element of branch.value as readonly Resolved[]) targets.push(...targetsOfValue(stack, target, element, names, when));
    } else if (branch.value instanceof Unresolved) {
      targets.push({ kind: 'unresolved', property, reason: `${property}: ${branch.value.reason}`, onlyWhen: when });
    } else if (branch.value !== undefined) {
      targets.push({ kind: 'unresolved', property, reason: `${property} is not a list`, onlyWhen: when });
    }
  }
  return targets;
}

function targetsOfValue(stack: StackModel, target: TargetProperty, value: Resolved, names: () => Map<string, string>, onlyWhen: readonly string[]): PolicyTarget[] {
  const targets: PolicyTarget[] = [];
  const { property, targetType } = target;
  for (const branch of branchesOf(value)) {
    const when = [...onlyWhen, ...branch.conditions];
    const item = branch.value;
    if (item === undefined) continue;
    if (item instanceof ResourceReference) {
      const named = stack.resource(item.logicalId)?.type === targetType && (target.acceptsGetAtt || item.attribute === undefined);
      if (named) targets.push({ kind: 'resource', property, logicalId: item.logicalId, onlyWhen: when });
      else targets.push({ kind: 'unresolved', property, reason: `${property} refers to ${item.logicalId}, which is not ${target.acceptsGetAtt ? 'a' : 'the name of a'} ${targetType}`, onlyWhen: when });
    } else if (item instanceof Unresolved) {
      targets.push({ kind: 'unresolved', property, reason: `${property}: ${item.reason}`, onlyWhen: when });
    } else if (typeof item === 'string') {
      const logicalId = names().get(target.nameOf ? target.nameOf(item) : item);
      targets.push(logicalId ? { kind: 'resource', property, logicalId, onlyWhen: when } : { kind: 'external', property, name: item, onlyWhen: when });
    } else if (!(item instanceof ConditionalValue)) {
      targets.push({ kind: 'unresolved', property, reason: `${property} holds a value that is not a name`, onlyWhen: when });
    }
  }
  return targets;
}

/**
 * Shared verdicts of the region-residency rules. Every rule applies only when the user lists the
 * allowed regions (`--allowed-regions`, `allowedRegions`); without a list region choice is not
 * checked and the rules return nothing.
 */
import { addressed, needsReview, unaddressed } from '../../../lib/engine/findings';
import type { Evidence, Finding, RuleContext } from '../../../lib/engine/rule';
import type { ResourceModel } from '../../../lib/model/resource';
import type { StackModel } from '../../../lib/model/stack';
import { ConditionalValue, ResourceReference, Unresolved, branchesOf, describeValue, type Resolved } from '../../../lib/model/values';

export function allowedRegions(context: RuleContext): readonly string[] | undefined {
  const list = context.options.allowedRegions;
  return list && list.length > 0 ? list : undefined;
}

/** Where data goes, as far as the template tells: a region, or why it cannot be told. */
export type Place = { readonly region: string; readonly evidence?: Evidence } | { readonly unknown: string };

/** The region field of an ARN (`arn:partition:service:region:account:...`); empty for global ARNs such as S3 buckets. */
export function regionOfArn(arn: string): string | undefined {
  const parts = arn.split(':');
  return parts.length >= 6 && parts[0] === 'arn' && parts[3] !== '' && !parts[3].includes('*') ? parts[3] : undefined;
}

/** The region of a resource in `stack`: the stack's own, which an environment-agnostic stack does not fix. */
export function stackPlace(stack: StackModel, what: string): Place {
  const region = stack.environment.region;
  return region ? { region, evidence: { description: `${what} is in stack ${stack.name}, deployed to ${region}` } } : { unknown: `${what} is in stack ${stack.name}, whose region is chosen at deploy time` };
}

/** A literal region name (or a value resolving to one), looking through undecided `Fn::If`. */
export function placesOfRegionValue(value: Resolved, path: string): Place[] {
  return branchesOf(value).map((branch) => {
    const when = branch.conditions.length > 0 ? ` (when ${branch.conditions.join(', ')})` : '';
    if (typeof branch.value === 'string' && branch.value !== '') return { region: branch.value, evidence: { description: `${path} = ${branch.value}${when}`, propertyPath: path } };
    if (branch.value instanceof Unresolved) return { unknown: `${path} cannot be resolved: ${branch.value.reason}${when}` };
    return { unknown: `${path} is ${describeValue(branch.value)}, not a region name${when}` };
  });
}

/** One finding per place: inside the list, outside it (keyed by the region), or unknown. */
export function judgePlaces(places: readonly Place[], allowed: readonly string[], what: string, propertyPath?: string): Finding[] {
  return places.map((place) => {
    if ('unknown' in place) return needsReview(`the region of ${what} is not known: ${place.unknown}`, { propertyPath, key: `unknown:${what}` });
    const options = { propertyPath, key: place.region, evidence: place.evidence };
    return allowed.includes(place.region)
      ? addressed(`${what} is in ${place.region}, an allowed region`, options)
      : unaddressed(`${what} is in ${place.region}, outside the allowed regions (${allowed.join(', ')})`, options);
  });
}

/** The list items of a property, or a reason it is not a list. */
export function listOf(value: Resolved): readonly Resolved[] | string {
  if (Array.isArray(value)) return value as readonly Resolved[];
  if (value instanceof Unresolved) return value.reason;
  if (value instanceof ConditionalValue) return `it depends on condition ${value.condition}`;
  return `it is ${describeValue(value)}, not a list`;
}

/**
 * Where an ARN-valued property points: the region field of a literal ARN, or the stack holding
 * the resource a `Ref`/`Fn::GetAtt` (also inside `Fn::Sub`/`Fn::Join`, or imported from another
 * stack of the app) names. S3 bucket ARNs carry no region: `bucketRegion` resolves those.
 */
export function placesOfArnValue(
  resource: ResourceModel,
  path: string,
  context: RuleContext,
  bucketRegion?: (arn: string) => Place,
): Place[] {
  const value = resource.get(path).value;
  return branchesOf(value).map((branch): Place => {
    const when = branch.conditions.length > 0 ? ` (when ${branch.conditions.join(', ')})` : '';
    const target = branch.value;
    if (typeof target === 'string') {
      if (bucketRegion && /^arn:[^:]+:s3:::/.test(target)) return bucketRegion(target);
      const region = regionOfArn(target);
      return region ? { region, evidence: { description: `${path} = ${target}${when}`, propertyPath: path } } : { unknown: `${path} is ${target}, which names no region${when}` };
    }
    if (target instanceof ResourceReference) {
      const stack = target.stackId ? context.app.stacks.find((s) => s.id === target.stackId) : resource.stack;
      return stack ? stackPlace(stack, target.logicalId) : { unknown: `${target.logicalId} is in a stack the tool did not load` };
    }
    if (target instanceof Unresolved && branch.conditions.length === 0) {
      const targets = new Set(resource.stack.index.references(resource.logicalId).filter((e) => e.path === path || e.path.startsWith(`${path}.`)).map((e) => e.target));
      if (targets.size === 1) return stackPlace(resource.stack, [...targets][0]);
      return { unknown: `${path} cannot be resolved: ${target.reason}` };
    }
    return { unknown: `${path} is ${describeValue(target)}${when}` };
  });
}

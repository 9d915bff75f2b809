/**
 * The four Block Public Access flags, shared by buckets and access points: all must be true, a
 * false one is unaddressed, and an absent configuration takes the service default given by the
 * caller.
 */
import { addressed, asBoolean, needsReview, unaddressed } from '../../../lib/engine/findings';
import type { Finding } from '../../../lib/engine/rule';
import type { ResourceModel } from '../../../lib/model/resource';
import { branchesOf, describeValue, isPlainObject, Unresolved } from '../../../lib/model/values';

const FLAGS = ['BlockPublicAcls', 'BlockPublicPolicy', 'IgnorePublicAcls', 'RestrictPublicBuckets'] as const;

export interface Options {
  /** Message when `PublicAccessBlockConfiguration` is absent (the default blocks public access). */
  readonly absent: string;
  readonly absentEvidence: string;
  /** What a flag left out of a given configuration means: off, or not documented well enough to tell. */
  readonly missingFlag: 'off' | 'unknown';
}

export function checkPublicAccessBlock(resource: ResourceModel, options: Options): Finding {
  const path = 'PublicAccessBlockConfiguration';
  const config = resource.get(path);
  if (config.value === undefined) {
    return addressed(options.absent, { propertyPath: path, evidence: { description: options.absentEvidence, propertyPath: path } });
  }
  const off: string[] = [];
  const unknown: string[] = [];
  for (const branch of branchesOf(config.value)) {
    const when = branch.conditions.length > 0 ? ` (when ${branch.conditions.join(', ')})` : '';
    if (branch.value instanceof Unresolved) {
      unknown.push(`${path} cannot be resolved: ${branch.value.reason}${when}`);
      continue;
    }
    if (!isPlainObject(branch.value)) {
      unknown.push(`${path} is ${describeValue(branch.value)}, not an object${when}`);
      continue;
    }
    for (const flag of FLAGS) {
      const lookup = resource.get(`${path}.${flag}`);
      for (const inner of branchesOf(branch.value[flag])) {
        const innerWhen = [...branch.conditions, ...inner.conditions];
        const suffix = innerWhen.length > 0 ? ` (when ${innerWhen.join(', ')})` : '';
        if (inner.value instanceof Unresolved) unknown.push(`${lookup.path} cannot be resolved: ${inner.value.reason}${suffix}`);
        else if (inner.value === undefined && options.missingFlag === 'off') off.push(`${flag} is not set, so it is off${suffix}`);
        else if (inner.value === undefined) unknown.push(`${flag} is not set in a given configuration${suffix}`);
        else if (asBoolean(inner.value) === false) off.push(`${flag} is ${describeValue(inner.value)}${suffix}`);
        else if (asBoolean(inner.value) === undefined) unknown.push(`${lookup.path} is ${describeValue(inner.value)}, not a boolean${suffix}`);
      }
    }
  }
  const evidence = { description: `${path} = ${describeValue(config.value)}`, propertyPath: path };
  if (off.length > 0) return unaddressed(`public access is not fully blocked: ${off.join('; ')}`, { propertyPath: path, evidence });
  if (unknown.length > 0) return needsReview(unknown.join('; '), { propertyPath: path });
  return addressed('all four Block Public Access settings are on', { propertyPath: path, evidence });
}

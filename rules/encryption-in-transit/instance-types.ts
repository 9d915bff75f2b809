/** Judging EC2 instance types against the Nitro data: single types, `AllowedInstanceTypes` lists and overrides. */
import { addressed, asBoolean, judge, needsReview, propertyEvidence, unaddressed, type Judgement } from '../../lib/engine/findings';
import type { Finding } from '../../lib/engine/rule';
import type { Lookup } from '../../lib/model/lookup';
import type { ResourceModel } from '../../lib/model/resource';
import { ResourceReference, isPlainObject } from '../../lib/model/values';
import { IN_TRANSIT_FAMILIES, NITRO_FAMILIES, NITRO_TYPES, XEN_FAMILIES } from './data/nitro-instance-types';
import { isFinding, listOf } from './support';

/** `nitro`: built on the Nitro System; `transit`: Nitro and encrypts traffic between instances. */
export type Capability = 'nitro' | 'transit';
type Answer = 'yes' | 'no' | 'unknown';

function classifyFamily(family: string, want: Capability): Answer {
  if (XEN_FAMILIES.has(family)) return 'no';
  if (!NITRO_FAMILIES.has(family)) return 'unknown';
  return want === 'nitro' || IN_TRANSIT_FAMILIES.has(family) ? 'yes' : 'no';
}

/** One concrete instance type such as `m5.large`. */
export function classify(instanceType: string, want: Capability): Answer {
  const type = instanceType.trim().toLowerCase();
  const dot = type.indexOf('.');
  if (dot <= 0) return 'unknown';
  if (NITRO_TYPES.has(type)) return want === 'nitro' ? 'yes' : 'no';
  return classifyFamily(type.slice(0, dot), want);
}

const PROBES: readonly string[] = [...NITRO_FAMILIES, ...XEN_FAMILIES].flatMap((family) => [`${family}.large`, `${family}.metal`]).concat([...NITRO_TYPES]);

/**
 * A type or an `AllowedInstanceTypes` pattern (`m5.*`, `r*`, `*`). A pattern whose family part is
 * wild can admit families this tool does not know yet, so at best it is unknown, never yes.
 */
export function classifyPattern(pattern: string, want: Capability): Answer {
  const text = pattern.trim().toLowerCase();
  if (!text.includes('*')) return classify(text, want);
  const dot = text.indexOf('.');
  const family = dot > 0 ? text.slice(0, dot) : undefined;
  if (family !== undefined && !family.includes('*')) return classifyFamily(family, want);
  const regex = new RegExp(`^${text.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return PROBES.some((probe) => regex.test(probe) && classify(probe, want) === 'no') ? 'no' : 'unknown';
}

const NAME: Record<Capability, string> = {
  nitro: 'the AWS Nitro System',
  transit: 'a Nitro type that encrypts traffic between instances',
};

function verdictFor(value: string, want: Capability): Judgement {
  const answer = classifyPattern(value, want);
  if (answer === 'yes') return { ok: true, message: `${value} is ${want === 'nitro' ? 'built on the AWS Nitro System' : 'a Nitro type that encrypts traffic between instances automatically'}` };
  if (answer === 'unknown') return { review: `${value} is not a known instance family${value.includes('*') ? ' pattern' : ''}; check whether it is ${NAME[want]}` };
  const nitro = classifyPattern(value, 'nitro') === 'yes';
  if (want === 'transit' && nitro) return { ok: false, message: `${value} runs on Nitro but does not encrypt traffic between instances` };
  return { ok: false, message: `${value} ${value.includes('*') ? 'admits types that run' : 'runs'} on the Xen hypervisor, not the AWS Nitro System` };
}

/** A single `InstanceType` property. `absent` is what EC2 does without one. */
export function judgeInstanceType(lookup: Lookup, want: Capability, absent: Judgement, key?: string): Finding {
  return judge(
    lookup,
    (value) => {
      if (value === undefined) return absent;
      if (typeof value !== 'string') return { review: `${lookup.path} is not a string` };
      return verdictFor(value, want);
    },
    { key },
  );
}

/** The worst of several findings: unaddressed, then needs-review, then addressed. */
function worst(findings: readonly Finding[], key: string | undefined, propertyPath: string): Finding {
  for (const status of ['unaddressed', 'needs-review'] as const) {
    const matching = findings.filter((f) => f.status === status);
    if (matching.length > 0) return { status, message: matching.map((f) => f.message).join('; '), key, propertyPath };
  }
  return addressed(findings.map((f) => f.message).join('; '), { key, propertyPath, evidence: findings.flatMap((f) => f.evidence ?? []) });
}

/** `InstanceRequirements` at `path`: only `AllowedInstanceTypes` pins the types EC2 may choose. */
export function judgeRequirements(resource: ResourceModel, path: string, want: Capability, key?: string): Finding {
  if (want === 'transit') {
    // EC2 Fleet only: EC2 itself then restricts the choice to types that encrypt between instances.
    const required = resource.get(`${path}.RequireEncryptionInTransit`);
    if (asBoolean(required.value) === true) return addressed('the instance requirements set RequireEncryptionInTransit', { key, propertyPath: required.path, evidence: propertyEvidence(required) });
  }
  const allowedPath = `${path}.AllowedInstanceTypes`;
  const allowed = resource.get(allowedPath);
  if (allowed.value === undefined || (Array.isArray(allowed.value) && allowed.value.length === 0)) {
    return unaddressed(`instance requirements without AllowedInstanceTypes let EC2 pick any matching type, including ones that are not ${NAME[want]}`, { key, propertyPath: path });
  }
  const items = listOf(allowed);
  if (isFinding(items)) return { ...items, key };
  const findings = items.map((_, index) => judgeInstanceType(resource.get(`${allowedPath}.${index}`), want, { review: 'an allowed type is empty' }));
  return worst(findings, key, allowedPath);
}

/** Each override entry that sets `InstanceType` or `InstanceRequirements`; undefined when none does. */
export function judgeOverrides(resource: ResourceModel, path: string, want: Capability, keyPrefix = 'override'): readonly Finding[] | Finding | undefined {
  const overrides = listOf(resource.get(path));
  if (isFinding(overrides)) return overrides;
  const findings: Finding[] = [];
  overrides.forEach((override, index) => {
    const key = `${keyPrefix}-${index}`;
    const at = `${path}.${index}`;
    if (!isPlainObject(override)) {
      findings.push(needsReview(`${at} cannot be read`, { key, propertyPath: at }));
      return;
    }
    if (override.InstanceType !== undefined) findings.push(judgeInstanceType(resource.get(`${at}.InstanceType`), want, { review: 'no type' }, key));
    if (override.InstanceRequirements !== undefined) findings.push(judgeRequirements(resource, `${at}.InstanceRequirements`, want, `${key}-requirements`));
  });
  return findings.length > 0 ? findings : undefined;
}

/** The launch template an instance or group names, when it is a template of the same stack. */
export function templateOf(resource: ResourceModel, path: string): ResourceModel | 'external' | undefined {
  const spec = resource.get(path).value;
  if (spec === undefined) return undefined;
  if (!isPlainObject(spec)) return 'external';
  for (const field of ['LaunchTemplateId', 'LaunchTemplateName']) {
    const value = spec[field];
    if (value instanceof ResourceReference && value.stackId === undefined) {
      const template = resource.stack.resource(value.logicalId);
      if (template?.type === 'AWS::EC2::LaunchTemplate') return template;
    }
  }
  return 'external';
}

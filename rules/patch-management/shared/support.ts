/** Small helpers shared by the patch-management rules (not a rule; not listed in the catalogue). */
import { addressed, asBoolean, asNumber, judge, needsReview, unaddressed } from '../../../lib/engine/findings';
import type { Finding } from '../../../lib/engine/rule';
import type { Lookup } from '../../../lib/model/lookup';
import type { Link } from '../../../lib/relations/instance-management';
import { ConditionalValue, ResourceReference, Unresolved, describeValue, type Resolved } from '../../../lib/model/values';

/** A relation verdict as a finding: yes → addressed, no → unaddressed, unknown → needs review. */
export function fromLink(link: Link, propertyPath?: string): Finding {
  const options = { propertyPath, evidence: link.evidence.length > 0 ? link.evidence : undefined };
  if (link.state === 'yes') return addressed(link.reason, options);
  if (link.state === 'no') return unaddressed(link.reason, options);
  return needsReview(link.reason, options);
}

/** A literal that is not of the expected kind: bad input is reviewed, never passed or failed. */
function wrongType(lookup: Lookup, check: (value: Resolved) => boolean): Finding | undefined {
  const value = lookup.value;
  if (value === undefined || value instanceof Unresolved || value instanceof ConditionalValue) return undefined;
  if (value instanceof ResourceReference || !check(value)) {
    return needsReview(`${lookup.path} is ${describeValue(value)}, which is not a valid value`, { propertyPath: lookup.path });
  }
  return undefined;
}

export interface BooleanExpectation {
  /** What CloudFormation uses when the property is absent. */
  readonly whenAbsent: boolean;
  /** Message when the value is true / false. */
  readonly on: string;
  readonly off: string;
}

/** A boolean property that must end up true, with CloudFormation's default applied when absent. */
export function requireTrue(lookup: Lookup, expectation: BooleanExpectation): Finding {
  const bad = wrongType(lookup, (v) => asBoolean(v) !== undefined);
  if (bad) return bad;
  return judge(lookup, (value) => {
    const effective = value === undefined ? expectation.whenAbsent : asBoolean(value);
    const suffix = value === undefined ? ` (${lookup.path} is not set; the default is ${expectation.whenAbsent})` : '';
    return effective === true ? { ok: true, message: `${expectation.on}${suffix}` } : { ok: false, message: `${expectation.off}${suffix}` };
  });
}

/** A string property that must be one of `allowed`; `absent` describes the default when unset. */
export function requireOneOf(lookup: Lookup, allowed: readonly string[], messages: { on: string; off: (value: string) => string; absent: { ok: boolean; message: string } }): Finding {
  const bad = wrongType(lookup, (v) => typeof v === 'string');
  if (bad) return bad;
  return judge(lookup, (value) => {
    if (value === undefined) return messages.absent;
    const text = typeof value === 'string' ? value : describeValue(value);
    return allowed.includes(text) ? { ok: true, message: messages.on } : { ok: false, message: messages.off(text) };
  });
}

/** A number property that must be at most `max`, with a default when absent. */
export function requireAtMost(lookup: Lookup, max: number, whenAbsent: number, describe: (value: number, absent: boolean) => string): Finding {
  const bad = wrongType(lookup, (v) => asNumber(v) !== undefined);
  if (bad) return bad;
  return judge(lookup, (value) => {
    const number = value === undefined ? whenAbsent : (asNumber(value) as number);
    return { ok: number <= max, message: describe(number, value === undefined) };
  });
}

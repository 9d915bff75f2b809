import type { Lookup } from '../model/lookup';
import { ConditionalValue, ResourceReference, Unresolved, branchesOf, describeValue, type Resolved } from '../model/values';
import type { Evidence, Finding } from './rule';

export interface FindingOptions {
  readonly propertyPath?: string;
  readonly evidence?: Evidence | readonly Evidence[];
  readonly key?: string;
}

/** Every finding is built here, one literal with its fields in one order, so all share one shape. */
function make(status: Finding['status'], message: string, propertyPath: string | undefined, evidence: readonly Evidence[] | undefined, key: string | undefined): Finding {
  return { status, message, propertyPath, evidence, key };
}

function withOptions(status: Finding['status'], message: string, options: FindingOptions): Finding {
  const evidence = options.evidence === undefined ? undefined : Array.isArray(options.evidence) ? options.evidence : [options.evidence as Evidence];
  return make(status, message, options.propertyPath, evidence, options.key);
}

const NO_OPTIONS: FindingOptions = {};
export const addressed = (message: string, options: FindingOptions = NO_OPTIONS): Finding => withOptions('addressed', message, options);
export const unaddressed = (message: string, options: FindingOptions = NO_OPTIONS): Finding => withOptions('unaddressed', message, options);
export const needsReview = (message: string, options: FindingOptions = NO_OPTIONS): Finding => withOptions('needs-review', message, options);
/** The template cannot settle the duty; the message names what settles it in the account. */
export const runtime = (message: string, options: FindingOptions = NO_OPTIONS): Finding => withOptions('runtime', message, options);

/** Evidence that a property holds a value. */
export function propertyEvidence(lookup: Lookup, value: Resolved = lookup.value): Evidence {
  return { description: `${lookup.path} = ${describeValue(value)}`, propertyPath: lookup.path };
}

/**
 * The verdict on one concrete value of a property. `ok: 'unknown'` (or `{ review }`) is for a value
 * of the wrong type or one that needs a person: bad input is reviewed, never passed or failed.
 */
export type Judgement = { readonly ok: boolean | 'unknown'; readonly message: string } | { readonly review: string };

/** Judgements for a verdict callback: the value addresses the duty, leaves it open, or needs a person. */
export const pass = (message: string): Judgement => ({ ok: true, message });
export const fail = (message: string): Judgement => ({ ok: false, message });
export const review = (message: string): Judgement => ({ review: message });

/** A concrete value: what `judge` hands to a rule's verdict, never {@link Unresolved} or {@link ConditionalValue}. */
export type Plain = Exclude<Resolved, Unresolved | ConditionalValue>;

/**
 * Turns a property lookup into a finding, looking at every way an undecided `Fn::If` can turn out.
 *
 * - any branch that fails: unaddressed (a deployable configuration leaves the duty open);
 * - otherwise any branch the tool cannot resolve, or whose value has the wrong type: needs-review,
 *   never addressed;
 * - otherwise: addressed, with the value as evidence.
 */
export function judge(lookup: Lookup, decide: (value: Plain) => Judgement, options: { key?: string } = {}): Finding {
  const value = lookup.value;
  // Most values are plain, with no condition to expand: decided once, without collecting branches.
  if (!(value instanceof ConditionalValue)) {
    if (value instanceof Unresolved) return make('needs-review', `${lookup.path} cannot be resolved: ${value.reason}`, lookup.path, undefined, options.key);
    const verdict = decide(value as Plain);
    if ('review' in verdict) return make('needs-review', verdict.review, lookup.path, undefined, options.key);
    if (verdict.ok === 'unknown') return make('needs-review', verdict.message, lookup.path, undefined, options.key);
    return make(verdict.ok ? 'addressed' : 'unaddressed', verdict.message, lookup.path, [propertyEvidence(lookup)], options.key);
  }
  const failures: string[] = [];
  const unknowns: string[] = [];
  const passes: string[] = [];
  for (const branch of branchesOf(value)) {
    const when = ` (when ${branch.conditions.join(', ')})`;
    if (branch.value instanceof Unresolved) {
      unknowns.push(`${lookup.path} cannot be resolved: ${branch.value.reason}${when}`);
      continue;
    }
    const verdict = decide(branch.value as Plain);
    if ('review' in verdict) unknowns.push(`${verdict.review}${when}`);
    else (verdict.ok === true ? passes : verdict.ok === false ? failures : unknowns).push(`${verdict.message}${when}`);
  }
  if (failures.length > 0) return make('unaddressed', failures.join('; '), lookup.path, [propertyEvidence(lookup)], options.key);
  if (unknowns.length > 0) return make('needs-review', unknowns.join('; '), lookup.path, undefined, options.key);
  return make('addressed', passes.join('; '), lookup.path, [propertyEvidence(lookup)], options.key);
}

/** CloudFormation accepts booleans as `true` or `"true"`; anything else is not a boolean. */
export function asBoolean(value: Resolved): boolean | undefined {
  if (value === true || value === 'true' || value === 'True') return true;
  if (value === false || value === 'false' || value === 'False') return false;
  return undefined;
}

/** Numbers arrive as numbers or numeric strings. */
export function asNumber(value: Resolved): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
  return undefined;
}

export function isReference(value: Resolved): value is ResourceReference {
  return value instanceof ResourceReference;
}

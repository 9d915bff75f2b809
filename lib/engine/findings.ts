import type { Lookup } from '../model/lookup';
import { ConditionalValue, ResourceReference, Unresolved, branchesOf, describeValue, type Resolved } from '../model/values';
import type { Evidence, Finding } from './rule';

export interface FindingOptions {
  readonly propertyPath?: string;
  readonly evidence?: Evidence | readonly Evidence[];
  readonly key?: string;
}

function make(status: Finding['status'], message: string, options: FindingOptions): Finding {
  const evidence = options.evidence === undefined ? undefined : Array.isArray(options.evidence) ? options.evidence : [options.evidence as Evidence];
  return { status, message, propertyPath: options.propertyPath, evidence, key: options.key };
}

export const addressed = (message: string, options: FindingOptions = {}): Finding => make('addressed', message, options);
export const unaddressed = (message: string, options: FindingOptions = {}): Finding => make('unaddressed', message, options);
export const needsReview = (message: string, options: FindingOptions = {}): Finding => make('needs-review', message, options);
/** The template cannot settle the duty; the message names what settles it in the account. */
export const runtime = (message: string, options: FindingOptions = {}): Finding => make('runtime', message, options);

/** Evidence that a property holds a value. */
export function propertyEvidence(lookup: Lookup, value: Resolved = lookup.value): Evidence {
  return { description: `${lookup.path} = ${describeValue(value)}`, propertyPath: lookup.path };
}

/**
 * The verdict on one concrete value of a property. `ok: 'unknown'` (or `{ review }`) is for a value
 * of the wrong type or one that needs a person: bad input is reviewed, never passed or failed.
 */
export type Judgement = { readonly ok: boolean | 'unknown'; readonly message: string } | { readonly review: string };

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
  const failures: string[] = [];
  const unknowns: string[] = [];
  const passes: string[] = [];
  for (const branch of branchesOf(lookup.value)) {
    const when = branch.conditions.length > 0 ? ` (when ${branch.conditions.join(', ')})` : '';
    if (branch.value instanceof Unresolved) {
      unknowns.push(`${lookup.path} cannot be resolved: ${branch.value.reason}${when}`);
      continue;
    }
    const verdict = decide(branch.value as Plain);
    if ('review' in verdict) unknowns.push(`${verdict.review}${when}`);
    else (verdict.ok === true ? passes : verdict.ok === false ? failures : unknowns).push(`${verdict.message}${when}`);
  }
  const base = { propertyPath: lookup.path, key: options.key };
  if (failures.length > 0) return unaddressed(failures.join('; '), { ...base, evidence: propertyEvidence(lookup) });
  if (unknowns.length > 0) return needsReview(unknowns.join('; '), base);
  return addressed(passes.join('; '), { ...base, evidence: propertyEvidence(lookup) });
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

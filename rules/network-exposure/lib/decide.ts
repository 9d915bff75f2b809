/**
 * Like the engine's `judge`, with a third outcome for values of the wrong type: a string where a
 * boolean belongs, an object where a list belongs. Those are needs-review with the property path,
 * never a pass and never a throw.
 */
import { judge, asBoolean } from '../../../lib/engine/findings';
import type { Finding } from '../../../lib/engine/rule';
import type { Lookup } from '../../../lib/model/lookup';
import { Unresolved, describeValue, type ConditionalValue, type Resolved } from '../../../lib/model/values';

export type Outcome = { readonly ok: boolean; readonly message: string } | { readonly review: string };

export const pass = (message: string): Outcome => ({ ok: true, message });
export const fail = (message: string): Outcome => ({ ok: false, message });
export const review = (message: string): Outcome => ({ review: message });

/** The engine's three-way `judge`, with the rule key as a positional argument as these rules use it. */
export function decide(lookup: Lookup, verdict: (value: Exclude<Resolved, Unresolved | ConditionalValue>) => Outcome, key?: string): Finding {
  return judge(lookup, verdict, { key });
}

/** A boolean property: `whenTrue`/`whenFalse` outcomes, `absent` for a missing one, review for anything else. */
export function decideBoolean(lookup: Lookup, outcomes: { readonly true: Outcome; readonly false: Outcome; readonly absent: Outcome }, key?: string): Finding {
  return decide(
    lookup,
    (value) => {
      if (value === undefined) return outcomes.absent;
      const flag = asBoolean(value);
      if (flag === undefined) return review(`${lookup.path} is ${describeValue(value)}, not a boolean`);
      return flag ? outcomes.true : outcomes.false;
    },
    key,
  );
}

/** A list property that must hold at least one entry. */
export function decideNonEmpty(lookup: Lookup, what: string): Finding {
  return decide(lookup, (value) => {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) return fail(`${lookup.path} is empty: ${what}`);
    if (!Array.isArray(value)) return review(`${lookup.path} is ${describeValue(value)}, not a list`);
    return pass(`${lookup.path} has ${value.length} entr${value.length === 1 ? 'y' : 'ies'}`);
  });
}

/** A string (enum) property, compared case-insensitively. */
export function decideText(lookup: Lookup, verdict: (value: string | undefined) => Outcome): Finding {
  return decide(lookup, (value) => {
    if (value === undefined) return verdict(undefined);
    if (typeof value !== 'string') return review(`${lookup.path} is ${describeValue(value)}, not a string`);
    return verdict(value);
  });
}

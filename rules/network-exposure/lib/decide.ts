/**
 * Verdicts and typed shortcuts over the engine's `judge`. A value of the wrong type (a string where
 * a boolean belongs, an object where a list belongs) is needs-review with the property path, never
 * a pass and never a throw.
 */
import { asBoolean, fail, judge, pass, review, type Judgement } from '../../../lib/engine/findings';
import type { Finding } from '../../../lib/engine/rule';
import type { Lookup } from '../../../lib/model/lookup';
import { describeValue } from '../../../lib/model/values';

/** The engine's judgements, re-exported so this duty's rules import their vocabulary from one place. */
export { fail, pass, review };

/** A boolean property: `whenTrue`/`whenFalse` outcomes, `absent` for a missing one, review for anything else. */
export function decideBoolean(lookup: Lookup, outcomes: { readonly true: Judgement; readonly false: Judgement; readonly absent: Judgement }, key?: string): Finding {
  return judge(
    lookup,
    (value) => {
      if (value === undefined) return outcomes.absent;
      const flag = asBoolean(value);
      if (flag === undefined) return review(`${lookup.path} is ${describeValue(value)}, not a boolean`);
      return flag ? outcomes.true : outcomes.false;
    },
    { key },
  );
}

/** A list property that must hold at least one entry. */
export function decideNonEmpty(lookup: Lookup, what: string): Finding {
  return judge(lookup, (value) => {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) return fail(`${lookup.path} is empty: ${what}`);
    if (!Array.isArray(value)) return review(`${lookup.path} is ${describeValue(value)}, not a list`);
    return pass(`${lookup.path} has ${value.length} entr${value.length === 1 ? 'y' : 'ies'}`);
  });
}

/** A string (enum) property, compared case-insensitively. */
export function decideText(lookup: Lookup, verdict: (value: string | undefined) => Judgement): Finding {
  return judge(lookup, (value) => {
    if (value === undefined) return verdict(undefined);
    if (typeof value !== 'string') return review(`${lookup.path} is ${describeValue(value)}, not a string`);
    return verdict(value);
  });
}

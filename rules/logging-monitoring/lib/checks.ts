/**
 * Small building blocks the logging-monitoring rules share. They read resolved values only, never
 * throw on a value of the wrong type, and never pass a value they cannot read: such a value is
 * needs-review with its property path.
 */
import { asBoolean, fail, judge, pass, review, type Judgement, type Plain } from '../../../lib/engine/findings';
import type { Finding } from '../../../lib/engine/rule';
import type { Lookup } from '../../../lib/model/lookup';
import { ConditionalValue, Unresolved, isPlainObject, type Resolved, type ResolvedObject } from '../../../lib/model/values';

/** The engine's judgements, re-exported so this duty's rules import their vocabulary from one place. */
export { fail, pass, review };

/** A boolean switch: what `true`, `false` and an absent value mean for the duty. */
export function booleanSwitch(lookup: Lookup, texts: { on: string; off: string; absent: Judgement }): Finding {
  return judge(lookup, (value) => {
    if (value === undefined) return texts.absent;
    const flag = asBoolean(value);
    if (flag === undefined) return review(`${lookup.path} is not a boolean`);
    return flag ? pass(texts.on) : fail(texts.off);
  });
}

/**
 * Reads a field of a plain object value, keeping the three kinds of not-knowing apart: the field
 * is absent (`undefined`), cannot be read (an `Unresolved`), or is a value.
 */
export function field(value: Plain, name: string): Resolved {
  if (!isPlainObject(value)) return new Unresolved('not an object');
  return Object.prototype.hasOwnProperty.call(value, name) ? value[name] : undefined;
}

/** Concrete items of a list value, or why the list cannot be read. */
export function listOf(value: Resolved): readonly Resolved[] | Unresolved {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value as readonly Resolved[];
  if (value instanceof Unresolved) return value;
  if (value instanceof ConditionalValue) return new Unresolved(`the list depends on condition ${value.condition}`);
  return new Unresolved('not a list');
}

/** Strings of a list value; an item the tool cannot read turns the whole answer into `Unresolved`. */
export function stringsOf(value: Resolved): readonly string[] | Unresolved {
  const items = listOf(value);
  if (items instanceof Unresolved) return items;
  const strings: string[] = [];
  for (const item of items) {
    if (typeof item !== 'string') return new Unresolved(item instanceof Unresolved ? item.reason : 'an item is not a known string');
    strings.push(item);
  }
  return strings;
}

/** The value of an Elastic Beanstalk option, from `OptionSettings` (`Namespace`, `OptionName`, `Value`). */
export function beanstalkOption(settings: Plain, namespace: string, optionName: string): Resolved | Unresolved {
  const items = listOf(settings);
  if (items instanceof Unresolved) return items;
  let found: Resolved;
  for (const item of items) {
    if (!isPlainObject(item)) return new Unresolved('an option setting is not an object');
    const ns = item.Namespace;
    const name = item.OptionName;
    if (typeof ns !== 'string' || typeof name !== 'string') return new Unresolved('an option setting has a namespace or name the tool cannot read');
    if (ns === namespace && name === optionName) found = item.Value;
  }
  return found;
}

/** Whether a plain object has a non-empty value at `name`. */
export function hasValue(object: ResolvedObject, name: string): boolean {
  const value = object[name];
  return value !== undefined && value !== null && value !== '';
}

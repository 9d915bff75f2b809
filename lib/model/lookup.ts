import { ConditionalValue, ResourceReference, Unresolved, getOwn, isPlainObject, type Resolved } from './values';

/** A property read through the model: where it was read and what it resolved to. */
export interface Lookup {
  /** Dotted path under `Properties`, e.g. `BlockDeviceMappings.0.Ebs.Encrypted`. */
  readonly path: string;
  /** `undefined` when the property is absent. */
  readonly value: Resolved;
}

/**
 * Descends a dotted path into a resolved value.
 *
 * A condition on the way keeps both branches; an unresolved value or a reference on the way makes
 * the result unresolved, so a rule never reads "absent" where the truth is "unknown".
 */
export function descend(value: Resolved, segments: readonly string[], from = 0): Resolved {
  let current = value;
  for (let i = from; i < segments.length; i++) {
    if (current === undefined || current === null) return undefined;
    if (current instanceof Unresolved) return current;
    if (current instanceof ResourceReference) {
      return new Unresolved(`${segments.slice(0, i).join('.') || 'value'} comes from resource ${current.logicalId}`);
    }
    if (current instanceof ConditionalValue) {
      return new ConditionalValue(
        current.condition,
        descend(current.whenTrue, segments, i),
        descend(current.whenFalse, segments, i),
      );
    }
    const segment = segments[i];
    if (Array.isArray(current)) {
      const index = Number(segment);
      if (!Number.isInteger(index)) return new Unresolved(`${segments.slice(0, i).join('.')} is a list, not an object`);
      current = (current as readonly Resolved[])[index];
    } else if (isPlainObject(current)) {
      current = getOwn<Resolved>(current, segment);
    } else {
      return new Unresolved(`${segments.slice(0, i).join('.')} is ${typeof current}, not an object`);
    }
  }
  return current;
}

/**
 * The values a resolved template property can take.
 *
 * Plain JSON stands for what is known for certain. Three classes stand for
 * what is not a plain literal, so that a rule can never mistake them for one:
 * a value the tool cannot resolve, a reference to another resource, and a
 * value that depends on a condition the tool cannot decide.
 */

/** A value that depends on something the template does not settle (a parameter without a default, an import, a token). */
export class Unresolved {
  constructor(
    /** Why the value cannot be known, in words a user can act on. */
    public readonly reason: string,
  ) {}
}

/** `Ref` or `Fn::GetAtt` to a resource of the same template (or, across stacks, of another). */
export class ResourceReference {
  constructor(
    public readonly logicalId: string,
    /** The attribute for `Fn::GetAtt`; undefined for `Ref`. */
    public readonly attribute?: string,
    /** The stack that holds the resource when it is not the referring stack (cross-stack imports). */
    public readonly stackId?: string,
  ) {}
}

/** `Fn::If` whose condition the tool cannot decide: both branches are kept. */
export class ConditionalValue {
  constructor(
    public readonly condition: string,
    public readonly whenTrue: Resolved,
    public readonly whenFalse: Resolved,
  ) {}
}

export interface ResolvedObject {
  readonly [key: string]: Resolved;
}

/** `undefined` stands for an absent value (a missing key or `AWS::NoValue`). */
export type Resolved =
  | null
  | boolean
  | number
  | string
  | undefined
  | readonly Resolved[]
  | ResolvedObject
  | Unresolved
  | ResourceReference
  | ConditionalValue;

export function isUnresolved(value: Resolved): value is Unresolved {
  return value instanceof Unresolved;
}

export function isReference(value: Resolved): value is ResourceReference {
  return value instanceof ResourceReference;
}

export function isConditional(value: Resolved): value is ConditionalValue {
  return value instanceof ConditionalValue;
}

/** A plain JSON object (not a list, not one of the special values). */
export function isPlainObject(value: Resolved): value is ResolvedObject {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Unresolved) &&
    !(value instanceof ResourceReference) &&
    !(value instanceof ConditionalValue)
  );
}

export function isList(value: Resolved): value is readonly Resolved[] {
  return Array.isArray(value);
}

/** A null-prototype object, so that keys like `__proto__` stay plain data. */
export function newObject(): Record<string, Resolved> {
  return Object.create(null) as Record<string, Resolved>;
}

/** Own-property lookup that never reaches Object.prototype. */
export function getOwn<T>(object: object, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(object, key) ? (object as Record<string, T>)[key] : undefined;
}

/** One way a conditional value can turn out, with the conditions taken to get there. */
export interface Branch {
  readonly value: Resolved;
  /** e.g. `['IsProd=true', 'UseKms=false']`; empty when no condition was involved. */
  readonly conditions: readonly string[];
}

/**
 * Expands every undecided `Fn::If` at the top of a value into its alternatives.
 * Nested conditionals deeper inside lists or objects stay as they are; rules
 * that look inside structures use this again on the inner values.
 */
export function branchesOf(value: Resolved, taken: readonly string[] = []): Branch[] {
  if (value instanceof ConditionalValue) {
    return [
      ...branchesOf(value.whenTrue, [...taken, `${value.condition}=true`]),
      ...branchesOf(value.whenFalse, [...taken, `${value.condition}=false`]),
    ];
  }
  return [{ value, conditions: taken }];
}

/** A short text for evidence and messages; never the whole of a large value. */
export function describeValue(value: Resolved): string {
  if (value === undefined) return '(absent)';
  if (value instanceof Unresolved) return `(unresolved: ${value.reason})`;
  if (value instanceof ResourceReference) {
    return value.attribute ? `GetAtt ${value.logicalId}.${value.attribute}` : `Ref ${value.logicalId}`;
  }
  if (value instanceof ConditionalValue) return `(depends on condition ${value.condition})`;
  if (typeof value === 'boolean' || typeof value === 'number' || value === null) return String(value);
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value, (_key, inner: unknown) => {
    if (inner instanceof Unresolved) return '(unresolved)';
    if (inner instanceof ResourceReference) return `Ref ${inner.logicalId}`;
    if (inner instanceof ConditionalValue) return `(if ${inner.condition})`;
    return inner;
  });
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

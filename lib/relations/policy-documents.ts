/**
 * IAM and resource policy documents, read into normalised statements.
 *
 * API (stable; the encryption-in-transit and identity-access rules rely on it):
 *
 * - `parsePolicyDocument(value, path)` → `ParsedPolicy`: `{ statements, problem? }`. `value` is a
 *   resolved `PolicyDocument` (plain object, or JSON text as some types take). `problem` is set when
 *   the document (or its `Statement` list) cannot be read at all; statements that cannot be read are
 *   kept with `Unresolved` fields so that nothing unreadable is ever taken for "absent".
 * - `PolicyStatement`: `effect`, `principals` (`undefined` when the statement names none, as in
 *   identity policies), `notPrincipal`, `actions` / `notAction`, `resources` / `notResource`,
 *   `conditions` (operator, lower-cased key, values), `path` (`PolicyDocument.Statement.2`) and
 *   `conditions` of the template (`onlyWhen`: `Fn::If` branches the statement depends on).
 * - `Tri` answers (`'yes' | 'no' | 'unknown'`):
 *   - `isPublicPrincipal(statement)`: `Principal: "*"` or `{ AWS: "*" }` (also in a list);
 *   - `deniesInsecureTransport(statement, coversActions?)`: a `Deny` to every principal, on the
 *     service's actions, with `Bool` / `BoolIfExists` `aws:SecureTransport` = false;
 *   - `isPublicAllow(statement)`: an `Allow` to every principal with no narrowing condition
 *     (`NARROWING_CONDITION_KEYS`: source ARN/account/VPC/VPC endpoint/IP, principal org/account/ARN).
 * - `actionMatches(pattern, action)`: IAM wildcard match, case-insensitive.
 */
import { ConditionalValue, ResourceReference, Unresolved, branchesOf, isPlainObject, type Resolved } from '../model/values';

export type Tri = 'yes' | 'no' | 'unknown';

/** A value of a statement that is a plain string, or one the tool cannot know. */
export type Text = string | Unresolved;

export interface PrincipalEntry {
  /** `*` for `Principal: "*"`; otherwise the key: `AWS`, `Service`, `Federated`, `CanonicalUser`. */
  readonly type: string;
  readonly value: Text;
}

export interface ConditionEntry {
  /** e.g. `Bool`, `StringEquals`, `ForAnyValue:StringLike`, `BoolIfExists`. */
  readonly operator: string;
  /** Condition keys are case-insensitive in IAM: lower-cased here (`aws:securetransport`). */
  readonly key: string;
  readonly values: readonly Text[];
}

export interface PolicyStatement {
  /** Dotted path of the statement, e.g. `PolicyDocument.Statement.0`. */
  readonly path: string;
  readonly sid?: string;
  readonly effect: 'Allow' | 'Deny' | Unresolved;
  /** `undefined` when the statement has neither `Principal` nor `NotPrincipal`. */
  readonly principals?: readonly PrincipalEntry[] | Unresolved;
  readonly notPrincipal: boolean;
  readonly actions: readonly Text[] | Unresolved;
  readonly notAction: boolean;
  readonly resources: readonly Text[] | Unresolved;
  readonly notResource: boolean;
  readonly conditions: readonly ConditionEntry[] | Unresolved;
  /** Template conditions (`IsProd=true`) under which the statement exists; empty when it always does. */
  readonly onlyWhen: readonly string[];
}

export interface ParsedPolicy {
  readonly statements: readonly PolicyStatement[];
  /** Why the document as a whole cannot be read; statements are then empty or partial. */
  readonly problem?: string;
}

/** Condition keys that narrow a `Principal: *` allow to known callers. Lower-case. */
export const NARROWING_CONDITION_KEYS: ReadonlySet<string> = new Set([
  'aws:sourcearn',
  'aws:sourceaccount',
  'aws:sourceowner',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
  'aws:sourcevpce',
  'aws:sourcevpc',
  'aws:sourceip',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalaccount',
  'aws:principalarn',
  'aws:userid',
  'kms:calleraccount',
]);

function unknownValue(value: Resolved, what: string): Unresolved | undefined {
  if (value instanceof Unresolved) return value;
  if (value instanceof ConditionalValue) return new Unresolved(`${what} depends on condition ${value.condition}`);
  if (value instanceof ResourceReference) return new Unresolved(`${what} comes from resource ${value.logicalId}`);
  return undefined;
}

/** A string or list of strings, as IAM accepts for Action, Resource and condition values. */
function textList(value: Resolved, what: string): readonly Text[] | Unresolved {
  const unknown = unknownValue(value, what);
  if (unknown) return unknown;
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? (value as readonly Resolved[]) : [value];
  return items.map((item): Text => {
    if (typeof item === 'string') return item;
    if (typeof item === 'boolean' || typeof item === 'number') return String(item);
    return unknownValue(item, what) ?? new Unresolved(`${what} holds a value that is not a string`);
  });
}

function principalsOf(value: Resolved): readonly PrincipalEntry[] | Unresolved {
  const unknown = unknownValue(value, 'Principal');
  if (unknown) return unknown;
  if (value === '*') return [{ type: '*', value: '*' }];
  if (!isPlainObject(value)) return new Unresolved('Principal is neither "*" nor an object');
  const entries: PrincipalEntry[] = [];
  for (const type of Object.keys(value)) {
    const values = textList(value[type], `Principal.${type}`);
    if (values instanceof Unresolved) entries.push({ type, value: values });
    else for (const item of values) entries.push({ type, value: item });
  }
  return entries;
}

function conditionsOf(value: Resolved): readonly ConditionEntry[] | Unresolved {
  const unknown = unknownValue(value, 'Condition');
  if (unknown) return unknown;
  if (value === undefined) return [];
  if (!isPlainObject(value)) return new Unresolved('Condition is not an object');
  const entries: ConditionEntry[] = [];
  for (const operator of Object.keys(value)) {
    const block = value[operator];
    const blockUnknown = unknownValue(block, `Condition.${operator}`);
    if (blockUnknown) return blockUnknown;
    if (!isPlainObject(block)) return new Unresolved(`Condition.${operator} is not an object`);
    for (const key of Object.keys(block)) {
      const values = textList(block[key], `Condition.${operator}.${key}`);
      if (values instanceof Unresolved) return values;
      entries.push({ operator, key: key.toLowerCase(), values });
    }
  }
  return entries;
}

function effectOf(value: Resolved): PolicyStatement['effect'] {
  const unknown = unknownValue(value, 'Effect');
  if (unknown) return unknown;
  if (value === 'Allow' || value === 'Deny') return value;
  return new Unresolved(`Effect is ${JSON.stringify(value) ?? 'absent'}, neither Allow nor Deny`);
}

function parseStatement(raw: Resolved, path: string, onlyWhen: readonly string[]): PolicyStatement {
  const unknown = unknownValue(raw, 'the statement') ?? (isPlainObject(raw) ? undefined : new Unresolved('the statement is not an object'));
  if (unknown || !isPlainObject(raw)) {
    const reason = unknown ?? new Unresolved('the statement is not an object');
    return { path, effect: reason, principals: reason, notPrincipal: false, actions: reason, notAction: false, resources: reason, notResource: false, conditions: reason, onlyWhen };
  }
  const notPrincipal = raw.NotPrincipal !== undefined;
  const notAction = raw.NotAction !== undefined;
  const notResource = raw.NotResource !== undefined;
  const principal = notPrincipal ? raw.NotPrincipal : raw.Principal;
  return {
    path,
    sid: typeof raw.Sid === 'string' ? raw.Sid : undefined,
    effect: effectOf(raw.Effect),
    principals: principal === undefined ? undefined : principalsOf(principal),
    notPrincipal,
    actions: textList(notAction ? raw.NotAction : raw.Action, 'Action'),
    notAction,
    resources: textList(notResource ? raw.NotResource : raw.Resource, 'Resource'),
    notResource,
    conditions: conditionsOf(raw.Condition),
    onlyWhen,
  };
}

/** Reads a resolved policy document; `path` is where it sits (`PolicyDocument`, `Policies.0.PolicyDocument`). */
export function parsePolicyDocument(value: Resolved, path: string): ParsedPolicy {
  let document = value;
  if (typeof document === 'string') {
    try {
      document = JSON.parse(document) as Resolved;
    } catch {
      return { statements: [], problem: `${path} is text that is not JSON` };
    }
  }
  const unknown = unknownValue(document, path);
  if (unknown) return { statements: [], problem: unknown.reason };
  if (document === undefined) return { statements: [] };
  if (!isPlainObject(document)) return { statements: [], problem: `${path} is not an object` };
  const list = document.Statement;
  const listUnknown = unknownValue(list, `${path}.Statement`);
  if (listUnknown) return { statements: [], problem: listUnknown.reason };
  if (list === undefined) return { statements: [] };
  const items = Array.isArray(list) ? (list as readonly Resolved[]) : [list];
  const statements: PolicyStatement[] = [];
  items.forEach((item, index) => {
    const at = Array.isArray(list) ? `${path}.Statement.${index}` : `${path}.Statement`;
    // A statement inside Fn::If exists only on some branches; AWS::NoValue branches drop it.
    for (const branch of branchesOf(item)) {
      if (branch.value === undefined) continue;
      statements.push(parseStatement(branch.value, at, branch.conditions));
    }
  });
  return { statements };
}

/** IAM wildcard match (`*`, `?`), case-insensitive as IAM actions are. */
export function actionMatches(pattern: string, action: string): boolean {
  const regex = new RegExp(`^${pattern.toLowerCase().replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  return regex.test(action.toLowerCase());
}

/** Whether the statement applies to every principal (`"*"` or `{ AWS: "*" }`). */
export function isPublicPrincipal(statement: PolicyStatement): Tri {
  const principals = statement.principals;
  if (principals === undefined || statement.notPrincipal) return 'no';
  if (principals instanceof Unresolved) return 'unknown';
  if (principals.some((p) => (p.type === '*' || p.type === 'AWS') && p.value === '*')) return 'yes';
  return principals.some((p) => p.value instanceof Unresolved && (p.type === 'AWS' || p.type === '*')) ? 'unknown' : 'no';
}

const falseValue = (value: Text): boolean | undefined => (value instanceof Unresolved ? undefined : value.toLowerCase() === 'false');

/**
 * A `Deny` to every principal when `aws:SecureTransport` is false. `coversActions` says whether the
 * statement's actions are enough for the service (default: `*` or any `<service>:*`).
 */
export function deniesInsecureTransport(statement: PolicyStatement, coversActions: (actions: readonly string[]) => boolean = (actions) => actions.some((a) => a === '*' || /^[a-z0-9-]+:\*$/i.test(a))): Tri {
  if (statement.effect instanceof Unresolved) return 'unknown';
  if (statement.effect !== 'Deny') return 'no';
  const conditions = statement.conditions;
  if (conditions instanceof Unresolved) return 'unknown';
  const secure = conditions.filter((c) => (c.operator === 'Bool' || c.operator === 'BoolIfExists') && c.key === 'aws:securetransport');
  if (secure.length === 0) return 'no';
  const verdicts = secure.flatMap((c) => c.values.map(falseValue));
  if (!verdicts.includes(true)) return verdicts.includes(undefined) ? 'unknown' : 'no';
  // Any further condition narrows the deny to some requests only.
  if (conditions.length > secure.length) return 'no';
  const principal = isPublicPrincipal(statement);
  if (principal !== 'yes') return principal;
  if (statement.notAction) return 'no';
  const actions = statement.actions;
  if (actions instanceof Unresolved) return 'unknown';
  const known = actions.filter((a): a is string => typeof a === 'string');
  if (coversActions(known)) return 'yes';
  return known.length < actions.length ? 'unknown' : 'no';
}

/** An `Allow` to every principal that no condition narrows to known callers. */
export function isPublicAllow(statement: PolicyStatement): Tri {
  if (statement.effect instanceof Unresolved) return isPublicPrincipal(statement) === 'no' ? 'no' : 'unknown';
  if (statement.effect !== 'Allow') return 'no';
  const principal = isPublicPrincipal(statement);
  if (principal !== 'yes') return principal;
  const conditions = statement.conditions;
  if (conditions instanceof Unresolved) return 'unknown';
  const narrowing = conditions.filter((c) => NARROWING_CONDITION_KEYS.has(c.key));
  if (narrowing.length === 0) return 'yes';
  // A narrowing key whose only value is `*` narrows nothing.
  const narrows = narrowing.some((c) => c.values.some((v) => v instanceof Unresolved || v !== '*'));
  return narrows ? 'no' : 'yes';
}

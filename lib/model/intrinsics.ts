import { isJsonObject, type Json, type JsonObject, type RawParameter, type RawTemplate } from './raw-template';
import {
  ConditionalValue,
  ResourceReference,
  Unresolved,
  getOwn,
  isPlainObject,
  newObject,
  type Resolved,
} from './values';

/** What the resolver knows about where the stack is deployed. */
export interface StackEnvironment {
  readonly account?: string;
  readonly region?: string;
}

export interface ResolverOptions {
  readonly environment: StackEnvironment;
  /** Resolves `Fn::ImportValue` of an export from another stack of the same app, when known. */
  readonly resolveImport?: (exportName: string) => Resolved | undefined;
  /** Values passed in for parameters (a nested stack's `Parameters` from its parent); they win over defaults. */
  readonly parameterValues?: ReadonlyMap<string, Resolved>;
}

/** Structures deeper than this are not real templates; stop rather than risk the call stack. */
const MAX_DEPTH = 200;

const UNKNOWN_CONDITION = Symbol('unknown condition');
type ConditionResult = boolean | typeof UNKNOWN_CONDITION;

/**
 * Resolves CloudFormation intrinsic functions as far as the template itself settles them.
 *
 * Parameters resolve to their defaults, pseudo parameters to the stack environment when it is
 * known, `Ref`/`Fn::GetAtt` of a resource to a {@link ResourceReference}, an `Fn::If` whose
 * condition cannot be decided to a {@link ConditionalValue} holding both branches, and
 * everything else to an {@link Unresolved} with the reason. Nothing is ever guessed.
 */
export class IntrinsicResolver {
  private readonly conditionCache = new Map<string, ConditionResult>();
  private readonly conditionsInProgress = new Set<string>();

  constructor(
    private readonly template: RawTemplate,
    private readonly options: ResolverOptions,
  ) {}

  resolve(node: Json | undefined, depth = 0): Resolved {
    if (node === undefined) return undefined;
    if (node === null || typeof node !== 'object') return node;
    if (depth > MAX_DEPTH) return new Unresolved(`nested deeper than ${MAX_DEPTH} levels`);
    if (Array.isArray(node)) {
      const items: Resolved[] = [];
      for (const item of node) {
        const value = this.resolve(item, depth + 1);
        if (value !== undefined) items.push(value); // AWS::NoValue inside a list removes the item
      }
      return items;
    }
    const intrinsic = intrinsicName(node);
    if (intrinsic) return this.resolveIntrinsic(intrinsic, node[intrinsic], depth + 1);
    const result = newObject();
    for (const key of Object.keys(node)) {
      const value = this.resolve(node[key], depth + 1);
      if (value !== undefined) result[key] = value;
    }
    return result;
  }

  /** The value of a named condition: true, false, or undefined when the template does not decide it. */
  condition(name: string): boolean | undefined {
    const result = this.evaluateConditionByName(name, 0);
    return result === UNKNOWN_CONDITION ? undefined : result;
  }

  private resolveIntrinsic(name: string, args: Json, depth: number): Resolved {
    switch (name) {
      case 'Ref':
        return typeof args === 'string' ? this.resolveRef(args) : new Unresolved('Ref with a non-string argument');
      case 'Fn::GetAtt':
        return this.resolveGetAtt(args, depth);
      case 'Fn::If':
        return this.resolveIf(args, depth);
      case 'Fn::Sub':
        return this.resolveSub(args, depth);
      case 'Fn::Join':
        return this.resolveJoin(args, depth);
      case 'Fn::Select':
        return this.resolveSelect(args, depth);
      case 'Fn::Split':
        return this.resolveSplit(args, depth);
      case 'Fn::FindInMap':
        return this.resolveFindInMap(args, depth);
      case 'Fn::Base64': {
        const value = this.resolve(args, depth);
        return typeof value === 'string' ? Buffer.from(value, 'utf8').toString('base64') : unresolvedFrom(value, 'Fn::Base64');
      }
      case 'Fn::ImportValue': {
        const exportName = this.resolve(args, depth);
        if (typeof exportName !== 'string') return new Unresolved('Fn::ImportValue of an export whose name is not known');
        return this.options.resolveImport?.(exportName) ?? new Unresolved(`imported from another stack (export ${exportName})`);
      }
      case 'Fn::GetAZs':
        return new Unresolved('Fn::GetAZs depends on the account at deploy time');
      case 'Fn::Cidr':
        return new Unresolved('Fn::Cidr is computed at deploy time');
      case 'Fn::Length': {
        const value = this.resolve(args, depth);
        return Array.isArray(value) ? value.length : unresolvedFrom(value, 'Fn::Length');
      }
      case 'Fn::ToJsonString': {
        const value = this.resolve(args, depth);
        return isFullyKnown(value) ? JSON.stringify(value) : new Unresolved('Fn::ToJsonString of a value that is not fully known');
      }
      case 'Fn::Transform':
        return new Unresolved('produced by a macro (Fn::Transform) at deploy time');
      default:
        return new Unresolved(`${name} is not evaluated by this tool`);
    }
  }

  private resolveRef(name: string): Resolved {
    if (name.startsWith('AWS::')) return this.resolvePseudoParameter(name);
    const parameter = this.template.Parameters ? getOwn<RawParameter>(this.template.Parameters, name) : undefined;
    if (parameter) {
      const type = typeof parameter.Type === 'string' ? parameter.Type : 'String';
      if (type.startsWith('AWS::SSM::Parameter::Value')) {
        return new Unresolved(`parameter ${name} is read from SSM Parameter Store at deploy time`);
      }
      const passed = this.options.parameterValues?.get(name);
      if (passed === undefined && parameter.Default === undefined) return new Unresolved(`parameter ${name} has no default`);
      const value = passed !== undefined ? passed : this.resolve(parameter.Default);
      if ((type === 'CommaDelimitedList' || type.startsWith('List<')) && typeof value === 'string') {
        return value.split(',').map((item) => item.trim());
      }
      return value;
    }
    if (getOwn(this.template.Resources, name)) return new ResourceReference(name);
    return new Unresolved(`Ref to ${name}, which is neither a parameter nor a resource of this template`);
  }

  private resolvePseudoParameter(name: string): Resolved {
    const { region, account } = this.options.environment;
    switch (name) {
      case 'AWS::NoValue':
        return undefined;
      case 'AWS::Region':
        return region ?? new Unresolved('the stack region is not fixed (environment-agnostic stack)');
      case 'AWS::AccountId':
        return account ?? new Unresolved('the stack account is not fixed');
      case 'AWS::Partition':
        return region ? partitionOf(region) : new Unresolved('the partition depends on the deploy region');
      case 'AWS::URLSuffix':
        return region ? (region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com') : new Unresolved('the URL suffix depends on the deploy region');
      default:
        return new Unresolved(`${name} is known only at deploy time`);
    }
  }

  private resolveGetAtt(args: Json, depth: number): Resolved {
    let logicalId: Json | Resolved;
    let attribute: Json | Resolved;
    if (typeof args === 'string') {
      const dot = args.indexOf('.');
      logicalId = dot < 0 ? args : args.slice(0, dot);
      attribute = dot < 0 ? undefined : args.slice(dot + 1);
    } else if (Array.isArray(args) && args.length === 2) {
      logicalId = args[0];
      attribute = this.resolve(args[1], depth);
    } else {
      return new Unresolved('Fn::GetAtt with malformed arguments');
    }
    if (typeof logicalId !== 'string' || !getOwn(this.template.Resources, logicalId)) {
      return new Unresolved(`Fn::GetAtt of ${String(logicalId)}, which is not a resource of this template`);
    }
    return new ResourceReference(logicalId, typeof attribute === 'string' ? attribute : undefined);
  }

  private resolveIf(args: Json, depth: number): Resolved {
    if (!Array.isArray(args) || args.length !== 3 || typeof args[0] !== 'string') {
      return new Unresolved('Fn::If with malformed arguments');
    }
    const name = args[0];
    const decided = this.evaluateConditionByName(name, 0);
    if (decided === true) return this.resolve(args[1], depth);
    if (decided === false) return this.resolve(args[2], depth);
    return new ConditionalValue(name, this.resolve(args[1], depth), this.resolve(args[2], depth));
  }

  private resolveSub(args: Json, depth: number): Resolved {
    let text: Json;
    let variables: JsonObject | undefined;
    if (typeof args === 'string') {
      text = args;
    } else if (Array.isArray(args) && args.length >= 1) {
      text = args[0];
      variables = isJsonObject(args[1]) ? args[1] : undefined;
    } else {
      return new Unresolved('Fn::Sub with malformed arguments');
    }
    if (typeof text !== 'string') return new Unresolved('Fn::Sub of a value that is not a string');
    let unresolvedReason: string | undefined;
    const result = text.replace(/\$\{([^}]*)\}/g, (whole, inner: string) => {
      if (inner.startsWith('!')) return `\${${inner.slice(1)}}`;
      const name = inner.trim();
      let value: Resolved;
      if (variables && Object.prototype.hasOwnProperty.call(variables, name)) {
        value = this.resolve(variables[name], depth);
      } else if (name.includes('.') && !name.startsWith('AWS::')) {
        const dot = name.indexOf('.');
        value = this.resolveGetAtt([name.slice(0, dot), name.slice(dot + 1)], depth);
      } else {
        value = this.resolveRef(name);
      }
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
      unresolvedReason ??= value instanceof ResourceReference
        ? `Fn::Sub refers to resource ${value.logicalId}, known only at deploy time`
        : `Fn::Sub of \${${name}}: ${value instanceof Unresolved ? value.reason : 'not a plain value'}`;
      return whole;
    });
    return unresolvedReason ? new Unresolved(unresolvedReason) : result;
  }

  private resolveJoin(args: Json, depth: number): Resolved {
    if (!Array.isArray(args) || args.length !== 2) return new Unresolved('Fn::Join with malformed arguments');
    const delimiter = this.resolve(args[0], depth);
    const list = this.resolve(args[1], depth);
    if (typeof delimiter !== 'string') return new Unresolved('Fn::Join with an unknown delimiter');
    if (!Array.isArray(list)) return unresolvedFrom(list, 'Fn::Join');
    const parts: string[] = [];
    for (const part of list) {
      if (typeof part === 'string' || typeof part === 'number' || typeof part === 'boolean') parts.push(String(part));
      else return unresolvedFrom(part, 'Fn::Join');
    }
    return parts.join(delimiter);
  }

  private resolveSelect(args: Json, depth: number): Resolved {
    if (!Array.isArray(args) || args.length !== 2) return new Unresolved('Fn::Select with malformed arguments');
    const index = Number(this.resolve(args[0], depth));
    const list = this.resolve(args[1], depth);
    if (!Array.isArray(list)) return unresolvedFrom(list, 'Fn::Select');
    if (!Number.isInteger(index) || index < 0 || index >= list.length) return new Unresolved('Fn::Select index out of range');
    return list[index];
  }

  private resolveSplit(args: Json, depth: number): Resolved {
    if (!Array.isArray(args) || args.length !== 2) return new Unresolved('Fn::Split with malformed arguments');
    const delimiter = this.resolve(args[0], depth);
    const source = this.resolve(args[1], depth);
    if (typeof delimiter !== 'string' || typeof source !== 'string') return unresolvedFrom(source, 'Fn::Split');
    return source.split(delimiter);
  }

  private resolveFindInMap(args: Json, depth: number): Resolved {
    if (!Array.isArray(args) || args.length < 3) return new Unresolved('Fn::FindInMap with malformed arguments');
    const keys = args.slice(0, 3).map((key) => this.resolve(key, depth));
    const fallback = args.length > 3 && isJsonObject(args[3]) ? args[3].DefaultValue : undefined;
    if (!keys.every((key) => typeof key === 'string' || typeof key === 'number')) {
      return fallback !== undefined ? new Unresolved('Fn::FindInMap with keys known only at deploy time') : unresolvedFrom(keys.find((k) => typeof k !== 'string'), 'Fn::FindInMap');
    }
    const [mapName, topKey, secondKey] = keys.map(String);
    const map = this.template.Mappings ? getOwn<Json>(this.template.Mappings, mapName) : undefined;
    const top = isJsonObject(map) ? getOwn<Json>(map, topKey) : undefined;
    const value = isJsonObject(top) ? getOwn<Json>(top, secondKey) : undefined;
    if (value === undefined) {
      return fallback !== undefined ? this.resolve(fallback, depth) : new Unresolved(`Fn::FindInMap: no entry ${mapName}.${topKey}.${secondKey}`);
    }
    return this.resolve(value, depth);
  }

  private evaluateConditionByName(name: string, depth: number): ConditionResult {
    const cached = this.conditionCache.get(name);
    if (cached !== undefined) return cached;
    const expression = this.template.Conditions ? getOwn<Json>(this.template.Conditions, name) : undefined;
    if (expression === undefined || this.conditionsInProgress.has(name)) return UNKNOWN_CONDITION;
    this.conditionsInProgress.add(name);
    const result = this.evaluateCondition(expression, depth + 1);
    this.conditionsInProgress.delete(name);
    this.conditionCache.set(name, result);
    return result;
  }

  private evaluateCondition(expression: Json, depth: number): ConditionResult {
    if (depth > MAX_DEPTH || !isJsonObject(expression)) return UNKNOWN_CONDITION;
    const [name] = Object.keys(expression);
    const args = expression[name];
    switch (name) {
      case 'Condition':
        return typeof args === 'string' ? this.evaluateConditionByName(args, depth) : UNKNOWN_CONDITION;
      case 'Fn::Equals': {
        if (!Array.isArray(args) || args.length !== 2) return UNKNOWN_CONDITION;
        const [left, right] = args.map((arg) => this.resolve(arg, depth));
        if (!isPrimitive(left) || !isPrimitive(right)) return UNKNOWN_CONDITION;
        return String(left) === String(right);
      }
      case 'Fn::Not': {
        const inner = Array.isArray(args) ? this.evaluateCondition(args[0], depth + 1) : UNKNOWN_CONDITION;
        return inner === UNKNOWN_CONDITION ? inner : !inner;
      }
      case 'Fn::And':
      case 'Fn::Or': {
        if (!Array.isArray(args)) return UNKNOWN_CONDITION;
        const values = args.map((arg) => this.evaluateCondition(arg, depth + 1));
        const decisive = name === 'Fn::And' ? false : true;
        if (values.includes(decisive)) return decisive;
        return values.includes(UNKNOWN_CONDITION) ? UNKNOWN_CONDITION : !decisive;
      }
      default:
        return UNKNOWN_CONDITION;
    }
  }
}

/** The intrinsic function a JSON object stands for, if it is one (a single `Ref` or `Fn::` key). */
export function intrinsicName(node: JsonObject): string | undefined {
  const keys = Object.keys(node);
  if (keys.length !== 1) return undefined;
  const key = keys[0];
  return key === 'Ref' || key.startsWith('Fn::') ? key : undefined;
}

function isPrimitive(value: Resolved): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function unresolvedFrom(value: Resolved, what: string): Unresolved {
  if (value instanceof Unresolved) return value;
  if (value instanceof ResourceReference) return new Unresolved(`${what} of resource ${value.logicalId}, known only at deploy time`);
  if (value instanceof ConditionalValue) return new Unresolved(`${what} of a value that depends on condition ${value.condition}`);
  return new Unresolved(`${what} of a value of unexpected type`);
}

function isFullyKnown(value: Resolved): boolean {
  if (value instanceof Unresolved || value instanceof ResourceReference || value instanceof ConditionalValue) return false;
  if (Array.isArray(value)) return value.every(isFullyKnown);
  if (isPlainObject(value)) return Object.values(value).every(isFullyKnown);
  return true;
}

export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  if (region.startsWith('us-iso-')) return 'aws-iso';
  if (region.startsWith('us-isob-')) return 'aws-iso-b';
  return 'aws';
}

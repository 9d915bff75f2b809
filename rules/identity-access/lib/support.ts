/** Helpers shared by the identity-access rules (not a rule; not listed in the catalogue). */
import { addressed, asBoolean, judge, needsReview, unaddressed } from '../../../lib/engine/findings';
import type { Finding } from '../../../lib/engine/rule';
import type { Lookup } from '../../../lib/model/lookup';
import type { Json } from '../../../lib/model/raw-template';
import type { ResourceModel } from '../../../lib/model/resource';
import type { StackModel } from '../../../lib/model/stack';
import { ConditionalValue, ResourceReference, Unresolved, describeValue, isPlainObject, type Resolved } from '../../../lib/model/values';
import { isPublicAllow, type ParsedPolicy, type PolicyStatement, type Tri } from '../../../lib/relations/policy-documents';

/** A value of the wrong type is reviewed, never passed or failed. */
function wrongType(lookup: Lookup, ok: (value: Resolved) => boolean): Finding | undefined {
  const value = lookup.value;
  if (value === undefined || value instanceof Unresolved || value instanceof ConditionalValue) return undefined;
  if (value instanceof ResourceReference || !ok(value)) {
    return needsReview(`${lookup.path} is ${describeValue(value)}, which is not a valid value`, { propertyPath: lookup.path });
  }
  return undefined;
}

/** A boolean property that must end up `want`, with CloudFormation's default applied when absent. */
export function requireBoolean(lookup: Lookup, expectation: { whenAbsent: boolean; want?: boolean; on: string; off: string }): Finding {
  const bad = wrongType(lookup, (v) => asBoolean(v) !== undefined);
  if (bad) return bad;
  const want = expectation.want ?? true;
  return judge(lookup, (value) => {
    const effective = value === undefined ? expectation.whenAbsent : asBoolean(value);
    const suffix = value === undefined ? ` (${lookup.path} is not set; the default is ${expectation.whenAbsent})` : '';
    return effective === want ? { ok: true, message: `${expectation.on}${suffix}` } : { ok: false, message: `${expectation.off}${suffix}` };
  });
}

/** A string property judged by `decide`; `absent` is the verdict when the property is not set. */
export function requireString(lookup: Lookup, absent: { ok: boolean; message: string }, decide: (value: string) => { ok: boolean; message: string }): Finding {
  const bad = wrongType(lookup, (v) => typeof v === 'string');
  if (bad) return bad;
  // A branch of an undecided Fn::If can hold a non-string; it must not pass, nor reach `decide`.
  const odd: string[] = [];
  const finding = judge(lookup, (value) => {
    if (value === undefined) return absent;
    if (typeof value !== 'string') {
      odd.push(describeValue(value));
      return { ok: true, message: '' };
    }
    return decide(value);
  });
  if (odd.length > 0 && finding.status === 'addressed') return needsReview(`${lookup.path} can be ${odd.join(', ')}, which is not a valid value`, { propertyPath: lookup.path });
  return finding;
}

export interface PolicySource {
  /** The resource holding the document (for messages and evidence). */
  readonly holder: ResourceModel;
  readonly path: string;
  readonly document: ParsedPolicy;
  readonly onlyWhen?: readonly string[];
}

/**
 * One finding over some policy documents: unaddressed when a statement matches `test`, needs
 * review when one may (or a document cannot be read), addressed otherwise.
 */
export function statementFinding(sources: readonly PolicySource[], test: (statement: PolicyStatement) => Tri, describe: { bad: string; ok: string }): Finding {
  const bad: PolicySource[] = [];
  const badPaths: string[] = [];
  const unknown: string[] = [];
  for (const source of sources) {
    if (source.document.problem) unknown.push(`${source.path} cannot be read: ${source.document.problem}`);
    for (const statement of source.document.statements) {
      const verdict = test(statement);
      const statementPath = source.path === 'PolicyDocument' ? statement.path : statement.path.replace(/^PolicyDocument/, source.path);
      const label = `${source.holder.logicalId}.${statementPath}`;
      const when = [...(source.onlyWhen ?? []), ...statement.onlyWhen];
      const suffix = when.length > 0 ? ` (when ${when.join(', ')})` : '';
      if (verdict === 'yes') {
        bad.push(source);
        badPaths.push(`${label}${suffix}`);
      } else if (verdict === 'unknown') {
        unknown.push(`${label} cannot be fully resolved${suffix}`);
      }
    }
  }
  if (badPaths.length > 0) {
    const evidence = badPaths.map((description, i) => ({ description, logicalId: bad[i].holder.logicalId }));
    return unaddressed(`${describe.bad}: ${badPaths.join('; ')}`, { propertyPath: firstPath(badPaths[0]), evidence });
  }
  if (unknown.length > 0) return needsReview(unknown.join('; '), { propertyPath: firstPath(unknown[0]) });
  return addressed(describe.ok);
}

function firstPath(label: string): string {
  const dot = label.indexOf('.');
  return label.slice(dot + 1).split(' ')[0];
}

export type SecretVerdict = { readonly status: 'addressed' | 'unaddressed' | 'needs-review'; readonly message: string };

const SECURE_REFERENCE = /\{\{resolve:(secretsmanager|ssm-secure):/;
const PLAIN_SSM_REFERENCE = /\{\{resolve:ssm:/;

/**
 * Where a secret property's value comes from, read from the template as written (the resolved
 * value loses that: a `NoEcho` parameter default and a literal look the same).
 */
export function classifySecret(stack: StackModel, raw: Json | undefined, depth = 0): SecretVerdict | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (depth > 20) return { status: 'needs-review', message: 'the value is nested too deeply to read' };
  if (typeof raw === 'string') return classifyText(raw);
  if (typeof raw === 'number' || typeof raw === 'boolean') return { status: 'unaddressed', message: 'the value is a literal in the template' };
  if (Array.isArray(raw) || !isJsonObjectLike(raw)) return { status: 'needs-review', message: 'the value is not a string' };
  const keys = Object.keys(raw);
  if (keys.length !== 1) return { status: 'needs-review', message: 'the value is an object, not a string' };
  const [fn] = keys;
  const args = raw[fn];
  switch (fn) {
    case 'Ref':
      return typeof args === 'string' ? classifyRef(stack, args) : { status: 'needs-review', message: 'Ref with a non-string argument' };
    case 'Fn::If': {
      if (!Array.isArray(args) || args.length !== 3 || typeof args[0] !== 'string') return { status: 'needs-review', message: 'Fn::If with malformed arguments' };
      const decided = stack.resolver.condition(args[0]);
      const branches = decided === undefined ? [args[1], args[2]] : [decided ? args[1] : args[2]];
      const verdicts = branches.map((b) => (isNoValue(b) ? undefined : classifySecret(stack, b, depth + 1))).filter((v): v is SecretVerdict => v !== undefined);
      return worst(verdicts);
    }
    case 'Fn::Join':
    case 'Fn::Sub': {
      const text = JSON.stringify(args);
      if (SECURE_REFERENCE.test(text)) return { status: 'addressed', message: 'the value is a dynamic reference to Secrets Manager or an SSM SecureString' };
      const resolved = stack.resolver.resolve(raw);
      if (typeof resolved === 'string') return classifyText(resolved);
      return { status: 'needs-review', message: `the value cannot be resolved: ${describeValue(resolved)}` };
    }
    case 'Fn::ImportValue':
      return { status: 'needs-review', message: 'the value is imported from another stack, which may hold it as plain text' };
    default: {
      const resolved = stack.resolver.resolve(raw);
      if (typeof resolved === 'string') return classifyText(resolved);
      return { status: 'needs-review', message: `the value cannot be resolved: ${describeValue(resolved)}` };
    }
  }
}

function classifyText(text: string): SecretVerdict {
  if (SECURE_REFERENCE.test(text)) return { status: 'addressed', message: 'the value is a dynamic reference to Secrets Manager or an SSM SecureString' };
  if (PLAIN_SSM_REFERENCE.test(text)) return { status: 'unaddressed', message: 'the value is a dynamic reference to a plain (not SecureString) SSM parameter, stored unencrypted' };
  return { status: 'unaddressed', message: 'the value is a literal in the template' };
}

function classifyRef(stack: StackModel, name: string): SecretVerdict {
  if (name.startsWith('AWS::')) return { status: 'needs-review', message: `the value is the pseudo parameter ${name}` };
  const parameters = stack.template.Parameters;
  const parameter = parameters && Object.prototype.hasOwnProperty.call(parameters, name) ? parameters[name] : undefined;
  if (parameter) {
    const type = typeof parameter.Type === 'string' ? parameter.Type : 'String';
    if (type.startsWith('AWS::SSM::Parameter::Value')) {
      return { status: 'unaddressed', message: `parameter ${name} reads a plain SSM parameter (SSM parameter types cannot read SecureString), stored unencrypted` };
    }
    const noEcho = asBoolean(parameter.NoEcho as Resolved) === true;
    if (!noEcho) return { status: 'unaddressed', message: `parameter ${name} is not NoEcho, so CloudFormation shows the value in the console and API` };
    if (parameter.Default !== undefined) return { status: 'unaddressed', message: `NoEcho parameter ${name} has a default, which sits in the template as plain text` };
    return { status: 'addressed', message: `the value comes from NoEcho parameter ${name} without a default, passed at deploy time` };
  }
  if (stack.resource(name)) return { status: 'needs-review', message: `the value is Ref ${name}, a resource of the stack, not a secret reference` };
  return { status: 'needs-review', message: `Ref ${name} is neither a parameter nor a resource of the template` };
}

function isNoValue(raw: Json): boolean {
  return isJsonObjectLike(raw) && raw.Ref === 'AWS::NoValue';
}

function isJsonObjectLike(raw: Json): raw is { [key: string]: Json } {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

const ORDER: Record<SecretVerdict['status'], number> = { unaddressed: 0, 'needs-review': 1, addressed: 2 };

function worst(verdicts: readonly SecretVerdict[]): SecretVerdict | undefined {
  return [...verdicts].sort((a, b) => ORDER[a.status] - ORDER[b.status])[0];
}

/** Reads a raw (unresolved) property by dotted path, for provenance checks. */
export function rawAt(resource: ResourceModel, path: string): Json | undefined {
  let current: Json | undefined = resource.raw.Properties as Json | undefined;
  for (const segment of path.split('.')) {
    if (current === undefined || current === null || typeof current !== 'object') return undefined;
    if (Array.isArray(current)) current = current[Number(segment)];
    else current = Object.prototype.hasOwnProperty.call(current, segment) ? current[segment] : undefined;
  }
  return current;
}

/** A finding on one secret property, or undefined when the property is absent. */
export function secretFinding(resource: ResourceModel, path: string, what: string, key?: string): Finding | undefined {
  const verdict = classifySecret(resource.stack, rawAt(resource, path));
  if (!verdict) return undefined;
  const options = { propertyPath: path, key, evidence: { description: `${path}: ${verdict.message}`, propertyPath: path } };
  const message = `${what}: ${verdict.message}`;
  if (verdict.status === 'addressed') return addressed(message, options);
  if (verdict.status === 'unaddressed') return unaddressed(message, options);
  return needsReview(message, options);
}

/** Container definitions of an ECS task definition, each with its path and name; or a finding when they cannot be read. */
export function containersOf(task: ResourceModel): { containers: { path: string; name: string; value: Record<string, Resolved> }[] } | { problem: Finding } {
  const list = task.property('ContainerDefinitions');
  if (list === undefined) return { containers: [] };
  if (!Array.isArray(list)) return { problem: needsReview('the container definitions cannot be resolved', { propertyPath: 'ContainerDefinitions' }) };
  const containers: { path: string; name: string; value: Record<string, Resolved> }[] = [];
  for (const [index, container] of (list as readonly Resolved[]).entries()) {
    const path = `ContainerDefinitions.${index}`;
    if (!isPlainObject(container)) return { problem: needsReview(`${path} cannot be resolved`, { propertyPath: path }) };
    containers.push({ path, name: typeof container.Name === 'string' ? container.Name : String(index), value: container as Record<string, Resolved> });
  }
  return { containers };
}

/**
 * Whether a statement's principal, unresolved in the model, may still be `*`: only a literal `*`,
 * a template parameter or an import can make it so. `arn:${AWS::Partition}:iam::${AWS::AccountId}:root`
 * or a role's ARN is a specific principal even when the stack's environment is unknown.
 */
export function principalMayBePublic(holder: ResourceModel, statementPath: string): boolean {
  const statement = rawAt(holder, statementPath);
  if (statement === undefined || statement === null || typeof statement !== 'object' || Array.isArray(statement)) return true;
  const principal = statement.Principal;
  if (principal === undefined) return statement.NotPrincipal === undefined;
  const parameters = holder.stack.template.Parameters ?? {};
  const walk = (node: Json): boolean => {
    if (node === '*') return true;
    if (node === null || typeof node !== 'object') return false;
    if (Array.isArray(node)) return node.some(walk);
    if (typeof node.Ref === 'string' && Object.prototype.hasOwnProperty.call(parameters, node.Ref)) return true;
    if ('Fn::ImportValue' in node || 'Fn::If' in node || 'Fn::FindInMap' in node || 'Fn::Select' in node) return true;
    if (typeof node['Fn::Sub'] === 'string' && /\$\{(?!AWS::)[^}.]+\}/.test(node['Fn::Sub']) && Object.keys(parameters).some((p) => (node['Fn::Sub'] as string).includes(`\${${p}}`))) return true;
    return Object.values(node).some(walk);
  };
  return walk(principal);
}

/** Finding over resource policy statements: an Allow to every principal without a narrowing condition. */
export function publicPolicyFinding(sources: readonly (PolicySource & { uncertain?: string })[], what: string): Finding {
  const open: string[] = [];
  const unknown: string[] = [];
  let openPath: string | undefined;
  for (const source of sources) {
    if (source.document.problem) {
      unknown.push(`${source.holder.logicalId}.${source.path} cannot be read: ${source.document.problem}`);
      continue;
    }
    for (const statement of source.document.statements) {
      let verdict = isPublicAllowRefined(source.holder, statement);
      const when = [...(source.onlyWhen ?? []), ...statement.onlyWhen];
      const label = `${source.holder.logicalId}.${statement.path.replace(/^PolicyDocument|^KeyPolicy/, source.path)}${when.length > 0 ? ` (when ${when.join(', ')})` : ''}`;
      if (verdict === 'yes' && source.uncertain) verdict = 'unknown';
      if (verdict === 'yes') {
        open.push(label);
        openPath ??= source.holder.logicalId === sources[0].holder.logicalId ? statement.path : undefined;
      } else if (verdict === 'unknown') {
        unknown.push(source.uncertain ? `${label} allows every principal and may apply here (${source.uncertain})` : `${label} cannot be fully resolved`);
      }
    }
  }
  const evidence = (labels: string[]) => labels.map((description) => ({ description, logicalId: description.split('.')[0] }));
  if (open.length > 0) return unaddressed(`${what} allows every principal without a narrowing condition: ${open.join('; ')}`, { propertyPath: openPath, evidence: evidence(open) });
  if (unknown.length > 0) return needsReview(unknown.join('; '));
  return addressed(sources.length === 0 ? `no ${what} grants access` : `${what} grants access only to specific principals or under narrowing conditions`, { evidence: sources.length > 0 ? sources.map((s) => ({ description: `${s.holder.logicalId}.${s.path}`, logicalId: s.holder.logicalId })) : undefined });
}

function isPublicAllowRefined(holder: ResourceModel, statement: PolicyStatement): Tri {
  const verdict = isPublicAllow(statement);
  if (verdict !== 'unknown') return verdict;
  // Only the principal being unresolved is refined; unreadable effects or conditions stay unknown.
  if (!(statement.principals instanceof Unresolved) && !(statement.principals ?? []).some((p) => p.value instanceof Unresolved)) return verdict;
  if (statement.effect instanceof Unresolved || statement.conditions instanceof Unresolved) return verdict;
  return principalMayBePublic(holder, statement.path) ? 'unknown' : 'no';
}

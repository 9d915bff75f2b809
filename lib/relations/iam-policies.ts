/**
 * Which IAM policies apply to which IAM role, user and group of a template, and what their
 * statements grant.
 *
 * API (identity-access rules rely on it):
 *
 * - `identityPoliciesOf(principal)` → `PrincipalPolicies` for an `AWS::IAM::Role`, `User` or `Group`:
 *   - `policies`: every `IdentityPolicy` that applies: the principal's own inline `Policies`, the
 *     `ManagedPolicyArns` it lists (an `AWS::IAM::ManagedPolicy` of the stack referenced there is
 *     followed to its document), and the separate `AWS::IAM::Policy` / `ManagedPolicy` /
 *     `RolePolicy` / `UserPolicy` / `GroupPolicy` resources that name it (by `Ref` or literal name);
 *   - `uncertain`: policy resources of the stack whose target the tool cannot resolve; any of them
 *     may apply to this principal.
 * - `principalsOfPolicy(policy)` → the `PolicyTarget`s of one policy resource (`resource` in the
 *   stack, `external` name, or `unresolved`).
 * - Statement verdicts (`Tri`): `grantsEverything(statement)` (Allow of `*` on `*`),
 *   `grantsServiceWildcard(statement)` (Allow of `*`, `<service>:*` or `NotAction`).
 * - `managedPolicyName(value, raw)`: the name of an AWS managed policy from an ARN, also when the
 *   partition is `${AWS::Partition}` (unknown before deploy).
 *
 * Built once per stack with `perStack`; lookups are O(1) per principal.
 */
import { perStack } from '../model/derived';
import type { Json } from '../model/raw-template';
import type { ResourceModel } from '../model/resource';
import { ConditionalValue, ResourceReference, Unresolved, branchesOf, type Resolved } from '../model/values';
import { parsePolicyDocument, type ParsedPolicy, type PolicyStatement, type Tri } from './policy-documents';
import { policyTargets, type PolicyTarget, type TargetProperty } from './policy-targets';
import { addTo } from '../util/multimap';

export type { PolicyTarget } from './policy-targets';

export const PRINCIPAL_TYPES = ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'] as const;

export interface IdentityPolicy {
  /** `inline`: in the principal's `Policies`; `managed-arn`: listed in `ManagedPolicyArns`; `resource`: a separate policy resource. */
  readonly kind: 'inline' | 'managed-arn' | 'resource';
  /** The resource that holds the policy: the principal itself, or the policy resource. */
  readonly holder: ResourceModel;
  /** Dotted path of the policy inside `holder` (`Policies.0.PolicyDocument`, `ManagedPolicyArns.1`, `PolicyDocument`). */
  readonly path: string;
  /** The statements, when the tool can read them (not for AWS managed policies). */
  readonly document?: ParsedPolicy;
  /** For `managed-arn`: the ARN as resolved. */
  readonly arn?: Resolved;
  /** Template conditions under which the policy applies; empty when it always does. */
  readonly onlyWhen: readonly string[];
}

export interface UncertainPolicy {
  readonly policy: ResourceModel;
  readonly reason: string;
}

export interface PrincipalPolicies {
  readonly policies: readonly IdentityPolicy[];
  readonly uncertain: readonly UncertainPolicy[];
}

interface AttachmentKind {
  readonly policyType: string;
  /** Properties naming the principals (`Roles`, `RoleName`, ...), and the principal type each names. */
  readonly targets: readonly TargetProperty[];
}

const ROLE = 'AWS::IAM::Role';
const USER = 'AWS::IAM::User';
const GROUP = 'AWS::IAM::Group';

// Ref of a role, user or group is its name; a GetAtt (Arn) is not accepted in these properties.
const LISTS: readonly TargetProperty[] = [
  { property: 'Roles', targetType: ROLE, list: true, acceptsGetAtt: false },
  { property: 'Users', targetType: USER, list: true, acceptsGetAtt: false },
  { property: 'Groups', targetType: GROUP, list: true, acceptsGetAtt: false },
];

const KINDS: readonly AttachmentKind[] = [
  { policyType: 'AWS::IAM::Policy', targets: LISTS },
  { policyType: 'AWS::IAM::ManagedPolicy', targets: LISTS },
  { policyType: 'AWS::IAM::RolePolicy', targets: [{ property: 'RoleName', targetType: ROLE, list: false, acceptsGetAtt: false }] },
  { policyType: 'AWS::IAM::UserPolicy', targets: [{ property: 'UserName', targetType: USER, list: false, acceptsGetAtt: false }] },
  { policyType: 'AWS::IAM::GroupPolicy', targets: [{ property: 'GroupName', targetType: GROUP, list: false, acceptsGetAtt: false }] },
];

export const POLICY_RESOURCE_TYPES: readonly string[] = KINDS.map((kind) => kind.policyType);

const NAME_PROPERTY: Record<string, string> = { [ROLE]: 'RoleName', [USER]: 'UserName', [GROUP]: 'GroupName' };

interface StackIdentityPolicies {
  readonly byPrincipal: Map<string, IdentityPolicy[]>;
  readonly uncertainByType: Map<string, UncertainPolicy[]>;
  readonly targetsOfPolicy: Map<string, PolicyTarget[]>;
}

const buildIndex = perStack((stack): StackIdentityPolicies => {
  const byPrincipal = new Map<string, IdentityPolicy[]>();
  const uncertainByType = new Map<string, UncertainPolicy[]>();
  const targetsOfPolicy = new Map<string, PolicyTarget[]>();
  const nameIndexes = new Map<string, Map<string, string>>();
  // Literal principal names are rare (CDK uses Ref): index names only when a literal shows up.
  const namesOf = (principalType: string) => (): Map<string, string> => {
    let names = nameIndexes.get(principalType);
    if (!names) {
      names = new Map();
      for (const principal of stack.resourcesOfType(principalType)) {
        const name = principal.get(NAME_PROPERTY[principalType]).value;
        if (typeof name === 'string') names.set(name, principal.logicalId);
      }
      nameIndexes.set(principalType, names);
    }
    return names;
  };
  for (const kind of KINDS) {
    for (const policy of stack.resourcesOfType(kind.policyType)) {
      const document = parsePolicyDocument(policy.get('PolicyDocument').value, 'PolicyDocument');
      const base = policy.condition ? [`${policy.condition}=true`] : [];
      const all: PolicyTarget[] = [];
      for (const target of kind.targets) {
        const found = policyTargets(stack, target, policy.get(target.property).value, namesOf(target.targetType), base);
        for (const item of found) {
          if (item.kind === 'resource') addTo(byPrincipal, item.logicalId, { kind: 'resource', holder: policy, path: 'PolicyDocument', document, onlyWhen: item.onlyWhen });
          else if (item.kind === 'unresolved') addTo(uncertainByType, target.targetType, { policy, reason: `${policy.logicalId}.${item.reason}` });
        }
        all.push(...found);
      }
      targetsOfPolicy.set(policy.logicalId, all);
    }
  }
  return { byPrincipal, uncertainByType, targetsOfPolicy };
});

/** The principal's own inline policies and managed policy ARNs. */
function ownPolicies(principal: ResourceModel): IdentityPolicy[] {
  const result: IdentityPolicy[] = [];
  const inline = principal.get('Policies').value;
  for (const branch of branchesOf(inline)) {
    if (branch.value === undefined) continue;
    if (!Array.isArray(branch.value)) {
      result.push({ kind: 'inline', holder: principal, path: 'Policies', document: { statements: [], problem: 'Policies cannot be resolved to a list' }, onlyWhen: branch.conditions });
      continue;
    }
    (branch.value as readonly Resolved[]).forEach((entry, index) => {
      for (const item of branchesOf(entry)) {
        if (item.value === undefined) continue;
        const path = `Policies.${index}.PolicyDocument`;
        const document = parsePolicyDocument(lookupIn(item.value, 'PolicyDocument'), path);
        result.push({ kind: 'inline', holder: principal, path, document, onlyWhen: [...branch.conditions, ...item.conditions] });
      }
    });
  }
  const arns = principal.get('ManagedPolicyArns').value;
  for (const branch of branchesOf(arns)) {
    if (branch.value === undefined) continue;
    if (!Array.isArray(branch.value)) {
      result.push({ kind: 'managed-arn', holder: principal, path: 'ManagedPolicyArns', arn: branch.value instanceof Unresolved ? branch.value : new Unresolved('ManagedPolicyArns is not a list'), onlyWhen: branch.conditions });
      continue;
    }
    (branch.value as readonly Resolved[]).forEach((arn, index) => {
      for (const item of branchesOf(arn)) {
        if (item.value === undefined) continue;
        const path = `ManagedPolicyArns.${index}`;
        const onlyWhen = [...branch.conditions, ...item.conditions];
        const target = item.value instanceof ResourceReference ? principal.stack.resource(item.value.logicalId) : undefined;
        // Ref of a customer managed policy of the stack is its ARN: follow it to its statements.
        const document = target?.type === 'AWS::IAM::ManagedPolicy' ? parsePolicyDocument(target.get('PolicyDocument').value, 'PolicyDocument') : undefined;
        result.push({ kind: 'managed-arn', holder: target ?? principal, path: target ? 'PolicyDocument' : path, arn: item.value, document, onlyWhen });
      }
    });
  }
  return result;
}

function lookupIn(value: Resolved, key: string): Resolved {
  if (value instanceof Unresolved || value instanceof ResourceReference) return new Unresolved('the policy entry cannot be resolved');
  if (value instanceof ConditionalValue) return new Unresolved(`the policy entry depends on condition ${value.condition}`);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return new Unresolved('the policy entry is not an object');
  return Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, Resolved>)[key] : undefined;
}

/** Every policy that applies (or may apply) to a role, user or group of the stack. */
export function identityPoliciesOf(principal: ResourceModel): PrincipalPolicies {
  if (!(PRINCIPAL_TYPES as readonly string[]).includes(principal.type)) return { policies: [], uncertain: [] };
  const index = buildIndex(principal.stack);
  const attached = index.byPrincipal.get(principal.logicalId) ?? [];
  // A managed policy both listed in ManagedPolicyArns and naming the principal is one attachment.
  const own = ownPolicies(principal);
  const seen = new Set(own.filter((p) => p.kind === 'managed-arn' && p.holder !== principal).map((p) => p.holder.logicalId));
  return {
    policies: [...own, ...attached.filter((p) => !seen.has(p.holder.logicalId))],
    uncertain: index.uncertainByType.get(principal.type) ?? [],
  };
}

/** What one policy resource is attached to. */
export function principalsOfPolicy(policy: ResourceModel): readonly PolicyTarget[] {
  return buildIndex(policy.stack).targetsOfPolicy.get(policy.logicalId) ?? [];
}

const isStar = (value: unknown): boolean => value === '*' || value === '*:*';
const SERVICE_WILDCARD = /^([a-z0-9-]+:)?\*$/i;

function allowVerdict(statement: PolicyStatement): Tri | undefined {
  if (statement.effect instanceof Unresolved) return 'unknown';
  return statement.effect === 'Allow' ? undefined : 'no';
}

/** An Allow of every action (`*`) on every resource (`*`): full administrator access. */
export function grantsEverything(statement: PolicyStatement): Tri {
  const effect = allowVerdict(statement);
  if (effect) return effect;
  if (statement.notAction || statement.notResource) return 'no';
  const { actions, resources } = statement;
  if (actions instanceof Unresolved || resources instanceof Unresolved) return 'unknown';
  const allActions = actions.some(isStar);
  const allResources = resources.some(isStar);
  if (allActions && allResources) return 'yes';
  const maybeActions = allActions || actions.some((a) => a instanceof Unresolved);
  const maybeResources = allResources || resources.some((r) => r instanceof Unresolved);
  return maybeActions && maybeResources ? 'unknown' : 'no';
}

/** An Allow of every action of a service (`s3:*`), of all actions (`*`), or an Allow with `NotAction`. */
export function grantsServiceWildcard(statement: PolicyStatement): Tri {
  const effect = allowVerdict(statement);
  if (effect) return effect;
  if (statement.notAction) return 'yes';
  const { actions } = statement;
  if (actions instanceof Unresolved) return 'unknown';
  if (actions.some((a) => typeof a === 'string' && SERVICE_WILDCARD.test(a))) return 'yes';
  return actions.some((a) => a instanceof Unresolved) ? 'unknown' : 'no';
}

const MANAGED_ARN = /^arn:[^:]*:iam::aws:policy\/(?:.*\/)?([^/]+)$/;
const MANAGED_ARN_RAW = /iam::aws:policy\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]+)"/;

/**
 * The name of an AWS managed policy (`arn:aws:iam::aws:policy/AdministratorAccess` → `AdministratorAccess`),
 * `undefined` when the ARN is not an AWS managed policy, or `Unresolved` when it cannot be known.
 * `raw` is the ARN as written in the template, read when the partition makes the resolved value unknown.
 */
export function managedPolicyName(value: Resolved, raw: Json | undefined): string | Unresolved | undefined {
  if (typeof value === 'string') return MANAGED_ARN.exec(value)?.[1];
  if (value instanceof ResourceReference) return undefined;
  const text = raw === undefined ? '' : JSON.stringify(raw);
  // `arn:${AWS::Partition}:iam::aws:policy/Name` (Fn::Sub or Fn::Join): the name is known even if the partition is not.
  if (/AWS::Partition/.test(text) && !/"Ref":"(?!AWS::)|Fn::ImportValue|Fn::GetAtt|Fn::If/.test(text)) {
    const name = MANAGED_ARN_RAW.exec(text)?.[1];
    if (name) return name;
  }
  return value instanceof Unresolved ? value : new Unresolved('the policy ARN cannot be resolved');
}

/** The raw JSON of a principal's `ManagedPolicyArns` entry, for {@link managedPolicyName}. */
export function rawManagedPolicyArn(principal: ResourceModel, index: number): Json | undefined {
  const list = principal.raw.Properties?.ManagedPolicyArns;
  return Array.isArray(list) ? list[index] : undefined;
}

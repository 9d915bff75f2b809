/**
 * Security groups of a stack: the ingress rules that open each group, and what uses it.
 *
 * A group is opened by its inline `SecurityGroupIngress` list and by separate
 * `AWS::EC2::SecurityGroupIngress` resources whose `GroupId` (or `GroupName`) refers to it; the CDK
 * writes the second form whenever a rule names another group or crosses stacks, so a check that
 * read only the inline list would miss half of what people deploy. Each rule is normalised to a
 * source, a protocol and a port range, keeping the logical id and property path it came from.
 *
 * An ingress resource whose group is not a resource of the template (an imported or looked-up
 * group, a parameter, a value the tool cannot resolve) is kept apart as "standalone": rules report
 * it on the ingress resource itself, the only place the template can change.
 *
 * Built once per stack from the reference index; lookups are O(1) per resource.
 */
import type { Evidence } from '../engine/rule';
import { perStack } from '../model/derived';
import type { ResourceModel } from '../model/resource';
import type { StackModel } from '../model/stack';
import { ConditionalValue, ResourceReference, Unresolved, branchesOf, describeValue, isPlainObject, type Resolved, type ResolvedObject } from '../model/values';

export const SECURITY_GROUP = 'AWS::EC2::SecurityGroup';
export const SECURITY_GROUP_INGRESS = 'AWS::EC2::SecurityGroupIngress';
const PREFIX_LIST = 'AWS::EC2::PrefixList';

/** Where traffic may come from. */
export type IngressSource =
  | { readonly kind: 'cidr4' | 'cidr6'; readonly cidr: string }
  | { readonly kind: 'prefixList'; readonly id: string; readonly cidrs?: readonly string[] }
  | { readonly kind: 'group'; readonly group: string }
  /** The address range of a VPC or subnet of the template (`Fn::GetAtt Vpc.CidrBlock`): never the whole internet. */
  | { readonly kind: 'network'; readonly of: string }
  | { readonly kind: 'unresolved'; readonly reason: string };

/** Which ports a rule opens: every port of every protocol, a range of one protocol, or unknown. */
export type IngressPorts =
  | { readonly kind: 'all' }
  | { readonly kind: 'range'; readonly protocol: string; readonly from: number; readonly to: number }
  /** A protocol without ports (ICMP, ESP, ...). */
  | { readonly kind: 'portless'; readonly protocol: string }
  | { readonly kind: 'unresolved'; readonly reason: string };

export interface IngressRule {
  readonly source: IngressSource;
  readonly ports: IngressPorts;
  /** The resource that declares the rule: the group (inline) or an ingress resource. */
  readonly origin: { readonly logicalId: string; readonly propertyPath?: string };
  /** `Fn::If` branches taken to reach this rule, e.g. `['Open=true']`. */
  readonly conditions: readonly string[];
}

/** A resource that attaches the group, through the property at `propertyPath`. */
export interface GroupUser {
  readonly logicalId: string;
  readonly type: string;
  readonly propertyPath: string;
}

export interface SecurityGroupIndex {
  /** Ingress rules of each group of the stack, inline and from separate resources. */
  readonly ingressOfGroup: ReadonlyMap<string, readonly IngressRule[]>;
  /** Resources that use each group (instances, load balancers, databases, functions, ...). */
  readonly usersOfGroup: ReadonlyMap<string, readonly GroupUser[]>;
  /** Rules of ingress resources whose group is not a resource of this template. */
  readonly standalone: ReadonlyMap<string, readonly IngressRule[]>;
}

const PROTOCOLS: Record<string, string> = { '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6' };

function protocolOf(value: Resolved): string | Unresolved {
  if (value instanceof Unresolved) return value;
  if (typeof value === 'number') value = String(value);
  if (typeof value !== 'string') return new Unresolved(`IpProtocol is ${describeValue(value)}`);
  const lower = value.toLowerCase();
  return PROTOCOLS[lower] ?? lower;
}

/** Engine default ports, for `Fn::GetAtt Db.Endpoint.Port` on a database without `Port`. */
const ENGINE_PORTS: ReadonlyArray<[RegExp, number]> = [
  [/^(aurora|aurora-mysql|mysql|mariadb)$/, 3306],
  [/postgres/, 5432],
  [/^oracle/, 1521],
  [/^sqlserver/, 1433],
  [/^db2/, 50000],
];

/** The port behind `Fn::GetAtt Db.Endpoint.Port` of an RDS instance or cluster of the template. */
function databasePort(stack: StackModel, reference: ResourceReference): Resolved {
  const database = reference.stackId ? undefined : stack.resource(reference.logicalId);
  if (!database || !/^AWS::RDS::DB(Instance|Cluster)$/.test(database.type) || !/Port$/.test(reference.attribute ?? '')) {
    return new Unresolved(`the port comes from ${describeValue(reference)}`);
  }
  const port = database.get('Port').value;
  if (port !== undefined) return port;
  const engine = database.get('Engine').value;
  const match = typeof engine === 'string' ? ENGINE_PORTS.find(([pattern]) => pattern.test(engine.toLowerCase())) : undefined;
  return match ? match[1] : new Unresolved(`the default port of ${reference.logicalId}'s engine ${describeValue(engine)} is not known`);
}

function portOf(stack: StackModel, value: Resolved, name: string): number | undefined | Unresolved {
  if (value === undefined) return undefined;
  if (value instanceof ResourceReference) value = databasePort(stack, value);
  if (value instanceof Unresolved) return value;
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isInteger(number) ? number : new Unresolved(`${name} is ${describeValue(value)}`);
}

function portsOf(stack: StackModel, rule: ResolvedObject): IngressPorts {
  const protocol = protocolOf(rule.IpProtocol);
  if (protocol instanceof Unresolved) return { kind: 'unresolved', reason: protocol.reason };
  if (protocol === '-1' || protocol === 'all') return { kind: 'all' };
  if (protocol !== 'tcp' && protocol !== 'udp') return { kind: 'portless', protocol };
  const from = portOf(stack, rule.FromPort, 'FromPort');
  const to = portOf(stack, rule.ToPort, 'ToPort');
  if (from instanceof Unresolved) return { kind: 'unresolved', reason: from.reason };
  if (to instanceof Unresolved) return { kind: 'unresolved', reason: to.reason };
  // -1 (or no port at all) on TCP/UDP opens every port of the protocol.
  const low = from === undefined || from < 0 ? 0 : from;
  const high = to === undefined || to < 0 ? 65535 : to;
  return { kind: 'range', protocol, from: low, to: high };
}

function text(value: Resolved, property: string): string | Unresolved {
  if (typeof value === 'string') return value;
  if (value instanceof Unresolved) return new Unresolved(`${property}: ${value.reason}`);
  return new Unresolved(`${property} is ${describeValue(value)}`);
}

const NETWORKS = new Set(['AWS::EC2::VPC', 'AWS::EC2::Subnet', 'AWS::EC2::VPCCidrBlock']);

function sourceOf(stack: StackModel, rule: ResolvedObject): IngressSource {
  const pick = (property: string, make: (value: string) => IngressSource): IngressSource => {
    const raw = rule[property];
    if (raw instanceof ResourceReference && !raw.stackId && NETWORKS.has(stack.resource(raw.logicalId)?.type ?? '')) {
      return { kind: 'network', of: raw.logicalId };
    }
    const value = text(raw, property);
    return value instanceof Unresolved ? { kind: 'unresolved', reason: value.reason } : make(value);
  };
  if (rule.CidrIp !== undefined) return pick('CidrIp', (cidr) => ({ kind: 'cidr4', cidr }));
  if (rule.CidrIpv6 !== undefined) return pick('CidrIpv6', (cidr) => ({ kind: 'cidr6', cidr }));
  if (rule.SourcePrefixListId !== undefined) return prefixListSource(stack, rule.SourcePrefixListId);
  const group = rule.SourceSecurityGroupId ?? rule.SourceSecurityGroupName;
  if (group !== undefined) {
    // Another group as the source never opens the rule to an address range, whatever group it is.
    return { kind: 'group', group: group instanceof ResourceReference ? group.logicalId : describeValue(group) };
  }
  return { kind: 'unresolved', reason: 'the rule names no source (CidrIp, CidrIpv6, SourcePrefixListId or a source group)' };
}

/** A prefix list of the template can be read; a literal `pl-...` or an imported one cannot. */
function prefixListSource(stack: StackModel, value: Resolved): IngressSource {
  if (value instanceof ResourceReference && !value.stackId) {
    const list = stack.resource(value.logicalId);
    if (list?.type === PREFIX_LIST) {
      const entries = list.get('Entries').value;
      if (Array.isArray(entries)) {
        const cidrs: string[] = [];
        for (const entry of entries as readonly Resolved[]) {
          const cidr = isPlainObject(entry) ? entry.Cidr : undefined;
          if (typeof cidr !== 'string') return { kind: 'unresolved', reason: `an entry of prefix list ${value.logicalId} cannot be resolved` };
          cidrs.push(cidr);
        }
        return { kind: 'prefixList', id: value.logicalId, cidrs };
      }
      if (entries === undefined) return { kind: 'prefixList', id: value.logicalId, cidrs: [] };
      return { kind: 'unresolved', reason: `the entries of prefix list ${value.logicalId} cannot be resolved` };
    }
  }
  const id = typeof value === 'string' ? value : describeValue(value);
  return { kind: 'prefixList', id };
}

/** Normalises one ingress rule object (with its `Fn::If` alternatives) into rules. */
function normalise(
  stack: StackModel,
  value: Resolved,
  origin: IngressRule['origin'],
  taken: readonly string[],
): IngressRule[] {
  const rules: IngressRule[] = [];
  for (const branch of branchesOf(value, taken)) {
    const conditions = branch.conditions;
    if (branch.value === undefined) continue;
    if (!isPlainObject(branch.value)) {
      const reason = branch.value instanceof Unresolved ? branch.value.reason : `the rule is ${describeValue(branch.value)}`;
      rules.push({ source: { kind: 'unresolved', reason }, ports: { kind: 'unresolved', reason }, origin, conditions });
      continue;
    }
    // A condition inside a rule (e.g. on CidrIp) is expanded field by field.
    const fields = Object.keys(branch.value);
    const conditional = fields.find((field) => (branch.value as ResolvedObject)[field] instanceof ConditionalValue);
    if (conditional) {
      const inner = (branch.value as ResolvedObject)[conditional] as ConditionalValue;
      for (const alternative of branchesOf(inner)) {
        const rule = { ...(branch.value as ResolvedObject), [conditional]: alternative.value };
        rules.push(...normalise(stack, rule, origin, [...conditions, ...alternative.conditions]));
      }
      continue;
    }
    rules.push({ source: sourceOf(stack, branch.value), ports: portsOf(stack, branch.value), origin, conditions });
  }
  return rules;
}

function inlineRules(stack: StackModel, group: ResourceModel): IngressRule[] {
  const rules: IngressRule[] = [];
  for (const branch of branchesOf(group.property('SecurityGroupIngress'))) {
    const list = branch.value;
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      const reason = list instanceof Unresolved ? list.reason : `SecurityGroupIngress is ${describeValue(list)}, not a list`;
      const origin = { logicalId: group.logicalId, propertyPath: 'SecurityGroupIngress' };
      rules.push({ source: { kind: 'unresolved', reason }, ports: { kind: 'unresolved', reason }, origin, conditions: branch.conditions });
      continue;
    }
    (list as readonly Resolved[]).forEach((item, index) => {
      rules.push(...normalise(stack, item, { logicalId: group.logicalId, propertyPath: `SecurityGroupIngress.${index}` }, branch.conditions));
    });
  }
  return rules;
}

/** The groups of this template an ingress resource attaches to; undefined when any branch points elsewhere. */
function targetGroups(stack: StackModel, ingress: ResourceModel): string[] | undefined {
  const value = ingress.property('GroupId') ?? ingress.property('GroupName');
  const targets: string[] = [];
  for (const branch of branchesOf(value)) {
    const target = branch.value;
    if (!(target instanceof ResourceReference) || target.stackId || stack.resource(target.logicalId)?.type !== SECURITY_GROUP) return undefined;
    targets.push(target.logicalId);
  }
  return targets.length > 0 ? targets : undefined;
}

/** Whether a property path that refers to a group attaches it (rather than naming it as a rule's source). */
function attachesGroup(path: string): boolean {
  return /securitygroup|groupset|(^|\.)groups(\.|$)/i.test(path) && !/^SecurityGroupIngress|^SecurityGroupEgress|SourceSecurityGroup|DestinationSecurityGroup/.test(path);
}

const NOT_USERS = new Set([SECURITY_GROUP, SECURITY_GROUP_INGRESS, 'AWS::EC2::SecurityGroupEgress']);

function buildIndex(stack: StackModel): SecurityGroupIndex {
  const ingressOfGroup = new Map<string, IngressRule[]>();
  const usersOfGroup = new Map<string, GroupUser[]>();
  const standalone = new Map<string, IngressRule[]>();
  for (const group of stack.resourcesOfType(SECURITY_GROUP)) {
    ingressOfGroup.set(group.logicalId, inlineRules(stack, group));
    const users: GroupUser[] = [];
    for (const edge of stack.index.referrers(group.logicalId)) {
      const user = stack.resource(edge.source);
      if (!user || NOT_USERS.has(user.type) || !attachesGroup(edge.path)) continue;
      users.push({ logicalId: user.logicalId, type: user.type, propertyPath: edge.path });
    }
    usersOfGroup.set(group.logicalId, users);
  }
  for (const ingress of stack.resourcesOfType(SECURITY_GROUP_INGRESS)) {
    const properties: Record<string, Resolved> = {};
    for (const name of ['IpProtocol', 'FromPort', 'ToPort', 'CidrIp', 'CidrIpv6', 'SourcePrefixListId', 'SourceSecurityGroupId', 'SourceSecurityGroupName']) {
      const value = ingress.property(name);
      if (value !== undefined) properties[name] = value;
    }
    const rules = normalise(stack, properties, { logicalId: ingress.logicalId }, []);
    const targets = targetGroups(stack, ingress);
    if (!targets) {
      standalone.set(ingress.logicalId, rules);
      continue;
    }
    for (const target of targets) ingressOfGroup.get(target)?.push(...rules);
  }
  return { ingressOfGroup, usersOfGroup, standalone };
}

export const securityGroupIndex = perStack(buildIndex);

/**
 * The ingress rules a resource answers for: a group's own and attached rules, or a standalone
 * ingress resource's rules. Undefined for an ingress resource whose group is in the template
 * (its rules are reported on the group).
 */
export function ingressRulesFor(resource: ResourceModel): readonly IngressRule[] | undefined {
  const index = securityGroupIndex(resource.stack);
  if (resource.type === SECURITY_GROUP) return index.ingressOfGroup.get(resource.logicalId) ?? [];
  if (resource.type === SECURITY_GROUP_INGRESS) return index.standalone.get(resource.logicalId);
  return undefined;
}

export function usersOf(group: ResourceModel): readonly GroupUser[] {
  return securityGroupIndex(group.stack).usersOfGroup.get(group.logicalId) ?? [];
}

/** Evidence naming what a group exposes, for findings on an open group. */
export function exposureEvidence(group: ResourceModel): Evidence[] {
  return usersOf(group).map((user) => ({
    description: `the group is attached to ${user.type} ${user.logicalId} (${user.propertyPath})`,
    logicalId: user.logicalId,
    propertyPath: user.propertyPath,
  }));
}

/** Whether a CIDR covers every IPv4 or IPv6 address (a `/0` prefix). */
export function isWorld(cidr: string): boolean {
  return /\/0$/.test(cidr.trim());
}

/** A short label of a source for messages and keys: `0.0.0.0/0`, `prefix list pl-1234`, ... */
export function describeSource(source: IngressSource): string {
  switch (source.kind) {
    case 'cidr4':
    case 'cidr6':
      return source.cidr;
    case 'prefixList':
      return `prefix list ${source.id}`;
    case 'group':
      return `security group ${source.group}`;
    case 'network':
      return `the address range of ${source.of}`;
    default:
      return 'an unresolved source';
  }
}

/** A short label of ports: `tcp/22`, `tcp/0-65535`, `all traffic`, `icmp`. */
export function describePorts(ports: IngressPorts): string {
  switch (ports.kind) {
    case 'all':
      return 'all traffic';
    case 'range':
      return ports.from === ports.to ? `${ports.protocol}/${ports.from}` : `${ports.protocol}/${ports.from}-${ports.to}`;
    case 'portless':
      return ports.protocol;
    default:
      return 'unresolved ports';
  }
}

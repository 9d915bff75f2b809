/**
 * How EC2 capacity (instances, launch templates, launch configurations, Auto Scaling groups) is
 * managed by Systems Manager and patched, read from one template.
 *
 * - Management: instance profile → roles → `AmazonSSMManagedInstanceCore` (or a policy granting
 *   `ssm:UpdateInstanceInformation`), whether attached by ARN, inline, or by an IAM policy resource.
 * - Patching: State Manager associations and maintenance window tasks that run the Patch Manager
 *   documents, matched to instances by instance reference, by tag or by tag key.
 *
 * Everything is indexed once per stack; each question about one resource is answered in O(1)
 * (plus the few patch targets that name it). A link the template cannot settle is `unknown`.
 */
import type { Evidence } from '../engine/rule';
import { perStack } from '../model/derived';
import type { ResourceModel } from '../model/resource';
import type { StackModel } from '../model/stack';
import { ConditionalValue, ResourceReference, Unresolved, branchesOf, isPlainObject, type Resolved } from '../model/values';
import { addTo } from '../util/multimap';

export type LinkState = 'yes' | 'no' | 'unknown';

export interface Link {
  readonly state: LinkState;
  /** Why, in the user's words. */
  readonly reason: string;
  readonly evidence: readonly Evidence[];
}

const yes = (reason: string, evidence: readonly Evidence[] = []): Link => ({ state: 'yes', reason, evidence });
const no = (reason: string, evidence: readonly Evidence[] = []): Link => ({ state: 'no', reason, evidence });
const unknown = (reason: string, evidence: readonly Evidence[] = []): Link => ({ state: 'unknown', reason, evidence });

/** One of the links is enough (roles of a profile, policies of a role). */
function anyOf(links: readonly Link[], none: Link): Link {
  return links.find((l) => l.state === 'yes') ?? links.find((l) => l.state === 'unknown') ?? none;
}

/** Every way a condition can turn out must hold (branches of an `Fn::If`). */
function allOf(links: readonly Link[]): Link {
  return links.find((l) => l.state === 'no') ?? links.find((l) => l.state === 'unknown') ?? links[0];
}

// ---------------------------------------------------------------------------------------------
// Systems Manager permissions
// ---------------------------------------------------------------------------------------------

/** AWS managed policies that let the SSM Agent register the instance. */
const SSM_MANAGED_POLICIES = ['AmazonSSMManagedInstanceCore', 'AmazonSSMManagedEC2InstanceDefaultPolicy', 'service-role/AmazonEC2RoleforSSM'];
const SSM_POLICY_ARN = new RegExp(`:iam::aws:policy/(${SSM_MANAGED_POLICIES.join('|')})$`);
/** The partition is often `${AWS::Partition}`, unknown before deploy; the policy name is what matters. */
const SSM_POLICY_RAW = new RegExp(`:iam::aws:policy/(${SSM_MANAGED_POLICIES.join('|')})"`);
const SSM_ACTION = 'ssm:updateinstanceinformation';

function actionMatches(pattern: string, action: string): boolean {
  const regex = new RegExp(`^${pattern.toLowerCase().replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  return regex.test(action);
}

/** Whether a policy document allows the agent's registration call. */
function documentGrantsSsm(document: Resolved, where: Evidence): Link {
  if (document instanceof Unresolved || document instanceof ConditionalValue || document instanceof ResourceReference) {
    return unknown(`the policy document of ${where.description} cannot be read`);
  }
  if (!isPlainObject(document)) return no('');
  const raw = document.Statement;
  const statements = Array.isArray(raw) ? (raw as readonly Resolved[]) : [raw];
  let uncertain = false;
  for (const statement of statements) {
    if (!isPlainObject(statement) || statement.Effect !== 'Allow') {
      uncertain ||= statement instanceof Unresolved;
      continue;
    }
    const actions = Array.isArray(statement.Action) ? (statement.Action as readonly Resolved[]) : [statement.Action];
    for (const action of actions) {
      if (typeof action === 'string' && actionMatches(action, SSM_ACTION)) {
        return yes(`${where.description} allows ssm:UpdateInstanceInformation`, [where]);
      }
      uncertain ||= action instanceof Unresolved || action instanceof ConditionalValue;
    }
  }
  return uncertain ? unknown(`the actions of ${where.description} cannot all be read`) : no('');
}

function roleGrantsSsm(stack: StackModel, role: ResourceModel): Link {
  const links: Link[] = [];
  const arns = role.property('ManagedPolicyArns');
  const rawArns = role.raw.Properties?.ManagedPolicyArns;
  if (Array.isArray(arns)) {
    arns.forEach((arn, index) => {
      const path = `ManagedPolicyArns.${index}`;
      const evidence: Evidence = { description: `role ${role.logicalId} ${path}`, logicalId: role.logicalId, propertyPath: path };
      if (typeof arn === 'string') {
        if (SSM_POLICY_ARN.test(arn)) links.push(yes(`role ${role.logicalId} has ${arn.split('policy/')[1]}`, [evidence]));
      } else if (arn instanceof ResourceReference) {
        const policy = stack.resource(arn.logicalId);
        if (policy?.type === 'AWS::IAM::ManagedPolicy') {
          links.push(documentGrantsSsm(policy.property('PolicyDocument'), { description: `managed policy ${policy.logicalId}`, logicalId: policy.logicalId }));
        }
      } else {
        const raw = Array.isArray(rawArns) ? JSON.stringify(rawArns[index]) : '';
        const name = SSM_POLICY_RAW.exec(raw)?.[1];
        if (name) links.push(yes(`role ${role.logicalId} has ${name}`, [evidence]));
        else links.push(unknown(`role ${role.logicalId} ${path} cannot be resolved`));
      }
    });
  } else if (arns !== undefined) {
    links.push(unknown(`the managed policies of role ${role.logicalId} cannot be resolved`));
  }
  const inline = role.property('Policies');
  if (Array.isArray(inline)) {
    inline.forEach((policy, index) => {
      const document = isPlainObject(policy) ? policy.PolicyDocument : policy;
      links.push(documentGrantsSsm(document, { description: `inline policy ${index} of role ${role.logicalId}`, logicalId: role.logicalId, propertyPath: `Policies.${index}` }));
    });
  } else if (inline !== undefined) {
    links.push(unknown(`the inline policies of role ${role.logicalId} cannot be resolved`));
  }
  for (const edge of stack.index.referrers(role.logicalId)) {
    const source = stack.resource(edge.source);
    if (!source) continue;
    const attached =
      ((source.type === 'AWS::IAM::Policy' || source.type === 'AWS::IAM::ManagedPolicy') && edge.path.startsWith('Roles')) ||
      (source.type === 'AWS::IAM::RolePolicy' && edge.path === 'RoleName');
    if (attached) {
      links.push(documentGrantsSsm(source.property('PolicyDocument'), { description: `${source.type.split('::')[2]} ${source.logicalId}`, logicalId: source.logicalId }));
    }
  }
  return anyOf(links, no(`role ${role.logicalId} has neither AmazonSSMManagedInstanceCore nor a policy allowing ssm:UpdateInstanceInformation`, [{ description: `role ${role.logicalId}`, logicalId: role.logicalId }]));
}

// ---------------------------------------------------------------------------------------------
// Patch jobs: associations and maintenance window tasks running Patch Manager
// ---------------------------------------------------------------------------------------------

const PATCH_DOCUMENT = /(^|\/)(AWS-RunPatchBaseline|AWS-RunPatchBaselineAssociation|AWS-RunPatchBaselineWithHooks)$/;

export type PatchOperation = 'Install' | 'Scan' | 'unknown';

interface TargetRule {
  readonly key: Resolved;
  readonly values: Resolved;
}

interface PatchJob {
  readonly logicalId: string;
  readonly kind: string;
  readonly operation: PatchOperation;
  /** Why the job may or may not run at all (an undecided resource condition, an unresolved document). */
  readonly doubt?: string;
}

/** A set of target rules that must all match (AND), belonging to one job. */
interface TargetSet {
  readonly job: PatchJob;
  readonly rules: readonly TargetRule[];
}

interface PatchIndex {
  readonly byName: Map<string, TargetSet[]>;
  readonly byTagKey: Map<string, TargetSet[]>;
  readonly tagged: TargetSet[];
  readonly everyone: TargetSet[];
}

function operationOf(value: Resolved): PatchOperation {
  const first = Array.isArray(value) ? value[0] : isPlainObject(value) && Array.isArray(value.Values) ? value.Values[0] : value;
  return first === 'Install' || first === 'Scan' ? first : 'unknown';
}

function patchJobOf(stack: StackModel, resource: ResourceModel, document: Resolved, operation: Resolved): PatchJob | undefined {
  let doubt: string | undefined;
  if (typeof document === 'string') {
    if (!PATCH_DOCUMENT.test(document)) return undefined;
  } else if (document instanceof Unresolved || document instanceof ConditionalValue) {
    doubt = `the document of ${resource.logicalId} cannot be resolved`;
  } else {
    return undefined;
  }
  if (resource.condition) {
    const decided = stack.resolver.condition(resource.condition);
    if (decided === false) return undefined;
    if (decided === undefined) doubt ??= `${resource.logicalId} exists only when condition ${resource.condition} holds`;
  }
  return { logicalId: resource.logicalId, kind: resource.type.split('::')[2], operation: operationOf(operation), doubt };
}

function rulesOf(targets: Resolved): TargetRule[] | undefined {
  if (!Array.isArray(targets)) return undefined;
  return (targets as readonly Resolved[]).map((target) => (isPlainObject(target) ? { key: target.Key, values: target.Values } : { key: target, values: undefined }));
}

function buildPatchIndex(stack: StackModel): PatchIndex {
  const index: PatchIndex = { byName: new Map(), byTagKey: new Map(), tagged: [], everyone: [] };
  const add = (set: TargetSet): void => {
    // Index each set under the most specific rule it has, so a resource only meets the sets that can name it.
    for (const rule of set.rules) {
      const values = Array.isArray(rule.values) ? (rule.values as readonly Resolved[]) : [];
      const names = values.flatMap((v) => (v instanceof ResourceReference ? [v.logicalId] : typeof v === 'string' ? [v] : []));
      if (typeof rule.key !== 'string' || values.some((v) => typeof v !== 'string' && !(v instanceof ResourceReference))) continue;
      if (rule.key === 'InstanceIds' && !values.includes('*')) return names.forEach((n) => addTo(index.byName, n, set));
      if (rule.key === 'tag:aws:autoscaling:groupName' || rule.key === 'tag:aws:cloudformation:logical-id') return names.forEach((n) => addTo(index.byName, n, set));
      if (rule.key.startsWith('tag:')) {
        index.tagged.push(set);
        return addTo(index.byTagKey, rule.key.slice(4), set);
      }
      if (rule.key === 'tag-key') {
        index.tagged.push(set);
        return names.forEach((n) => addTo(index.byTagKey, n, set));
      }
    }
    index.everyone.push(set);
  };
  for (const association of stack.resourcesOfType('AWS::SSM::Association')) {
    const job = patchJobOf(stack, association, association.property('Name'), descendParameters(association.property('Parameters')));
    if (!job) continue;
    const instanceId = association.property('InstanceId');
    const targets = association.property('Targets');
    const rules = instanceId !== undefined ? [{ key: 'InstanceIds', values: [instanceId] }] : rulesOf(targets);
    add({ job, rules: rules ?? [{ key: new Unresolved('the association targets cannot be resolved'), values: undefined }] });
  }
  for (const task of stack.resourcesOfType('AWS::SSM::MaintenanceWindowTask')) {
    const runCommand = task.get('TaskInvocationParameters.MaintenanceWindowRunCommandParameters.Parameters.Operation').value;
    const legacy = task.get('TaskParameters.Operation').value;
    const job = patchJobOf(stack, task, task.property('TaskArn'), runCommand ?? legacy);
    if (!job) continue;
    const rules = rulesOf(task.property('Targets'));
    if (!rules) {
      add({ job, rules: [{ key: new Unresolved('the task targets cannot be resolved'), values: undefined }] });
      continue;
    }
    for (const rule of rules) {
      if (rule.key !== 'WindowTargetIds') {
        add({ job, rules: [rule] });
        continue;
      }
      for (const value of Array.isArray(rule.values) ? (rule.values as readonly Resolved[]) : [rule.values]) {
        const target = value instanceof ResourceReference ? stack.resource(value.logicalId) : undefined;
        const targetRules = target ? rulesOf(target.property('Targets')) : undefined;
        add({ job, rules: targetRules ?? [{ key: new Unresolved('a maintenance window target cannot be resolved'), values: undefined }] });
      }
    }
  }
  return index;
}

/** Association `Parameters` are `{ Operation: ['Install'] }`. */
function descendParameters(parameters: Resolved): Resolved {
  if (parameters instanceof Unresolved || parameters instanceof ConditionalValue) return parameters;
  return isPlainObject(parameters) ? parameters.Operation : undefined;
}

// ---------------------------------------------------------------------------------------------
// The per-stack index
// ---------------------------------------------------------------------------------------------

interface ManagementIndex {
  /** Whether an IAM role of the stack grants SSM, by logical id; undefined for what is not a role. */
  readonly roleLink: (logicalId: string) => Link | undefined;
  readonly roleByName: Map<string, string>;
  readonly profileByName: Map<string, string>;
  readonly templateByName: Map<string, string>;
  readonly configurationByName: Map<string, string>;
  readonly patch: PatchIndex;
}

function byName(stack: StackModel, type: string, property: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const resource of stack.resourcesOfType(type)) {
    const name = resource.property(property);
    if (typeof name === 'string') map.set(name, resource.logicalId);
  }
  return map;
}

const indexOf = perStack((stack): ManagementIndex => {
  // Judged on first request: a large app has hundreds of roles (one per function) and few instance profiles.
  const roles = new Map<string, Link>();
  const roleLink = (logicalId: string): Link | undefined => {
    let link = roles.get(logicalId);
    if (!link) {
      const role = stack.resource(logicalId);
      if (role?.type !== 'AWS::IAM::Role') return undefined;
      roles.set(logicalId, (link = roleGrantsSsm(stack, role)));
    }
    return link;
  };
  return {
    roleLink,
    roleByName: byName(stack, 'AWS::IAM::Role', 'RoleName'),
    profileByName: byName(stack, 'AWS::IAM::InstanceProfile', 'InstanceProfileName'),
    templateByName: byName(stack, 'AWS::EC2::LaunchTemplate', 'LaunchTemplateName'),
    configurationByName: byName(stack, 'AWS::AutoScaling::LaunchConfiguration', 'LaunchConfigurationName'),
    patch: buildPatchIndex(stack),
  };
});

// ---------------------------------------------------------------------------------------------
// Launch sources
// ---------------------------------------------------------------------------------------------

export interface LaunchSource {
  /** The launch template or launch configuration in this template, when it can be found. */
  readonly resource?: ResourceModel;
  /** Why the source cannot be found in this template. */
  readonly unresolved?: string;
}

function findByReferenceOrName(stack: StackModel, value: Resolved, type: string, names: Map<string, string>, what: string): LaunchSource {
  for (const branch of branchesOf(value)) {
    const v = branch.value;
    if (v instanceof ResourceReference) {
      const resource = stack.resource(v.logicalId);
      if (resource?.type === type) return { resource };
    } else if (typeof v === 'string') {
      const id = names.get(v);
      if (id) return { resource: stack.resource(id) };
      return { unresolved: `${what} ${v} is not defined in this template` };
    }
    if (v instanceof Unresolved) return { unresolved: `the ${what} cannot be resolved: ${v.reason}` };
  }
  return { unresolved: `the ${what} cannot be resolved` };
}

/** The launch template an instance or Auto Scaling group starts from; undefined when it names none. */
export function launchTemplateOf(resource: ResourceModel): LaunchSource | undefined {
  const index = indexOf(resource.stack);
  const spec =
    resource.type === 'AWS::AutoScaling::AutoScalingGroup' && resource.get('LaunchTemplate').value === undefined
      ? resource.get('MixedInstancesPolicy.LaunchTemplate.LaunchTemplateSpecification').value
      : resource.get('LaunchTemplate').value;
  if (spec === undefined) return undefined;
  if (!isPlainObject(spec)) return { unresolved: 'the launch template specification cannot be resolved' };
  const value = spec.LaunchTemplateId ?? spec.LaunchTemplateName;
  return findByReferenceOrName(resource.stack, value, 'AWS::EC2::LaunchTemplate', index.templateByName, 'launch template');
}

/** The launch configuration of an Auto Scaling group; undefined when it names none. */
export function launchConfigurationOf(group: ResourceModel): LaunchSource | undefined {
  const value = group.property('LaunchConfigurationName');
  if (value === undefined) return undefined;
  return findByReferenceOrName(group.stack, value, 'AWS::AutoScaling::LaunchConfiguration', indexOf(group.stack).configurationByName, 'launch configuration');
}

// ---------------------------------------------------------------------------------------------
// Systems Manager management
// ---------------------------------------------------------------------------------------------

function profileLink(stack: StackModel, profile: ResourceModel): Link {
  const index = indexOf(stack);
  const roles = profile.property('Roles');
  if (!Array.isArray(roles)) return unknown(`the roles of instance profile ${profile.logicalId} cannot be resolved`);
  const links = (roles as readonly Resolved[]).map((role): Link => {
    if (role instanceof ResourceReference) return index.roleLink(role.logicalId) ?? unknown(`role ${role.logicalId} is not an IAM role of this template`);
    if (typeof role === 'string') {
      const id = index.roleByName.get(role);
      return id ? (index.roleLink(id) as Link) : unknown(`role ${role} is defined outside this template`);
    }
    return unknown(`a role of instance profile ${profile.logicalId} cannot be resolved`);
  });
  return anyOf(links, links[0] ?? no(`instance profile ${profile.logicalId} has no role`));
}

/** `IamInstanceProfile` as a name, an ARN or a reference to an `AWS::IAM::InstanceProfile`. */
function profileValueLink(stack: StackModel, value: Resolved, path: string): Link {
  return allOf(
    branchesOf(value).map(({ value: v }): Link => {
      if (v instanceof ResourceReference) {
        const profile = stack.resource(v.logicalId);
        return profile?.type === 'AWS::IAM::InstanceProfile' ? profileLink(stack, profile) : unknown(`${path} refers to ${v.logicalId}, which is not an instance profile`);
      }
      if (typeof v === 'string') {
        const name = v.startsWith('arn:') ? v.slice(v.lastIndexOf('/') + 1) : v;
        const id = indexOf(stack).profileByName.get(name);
        const profile = id ? stack.resource(id) : undefined;
        return profile ? profileLink(stack, profile) : unknown(`instance profile ${name} is defined outside this template`);
      }
      if (v === undefined) return no('no instance profile is attached');
      return unknown(`${path} cannot be resolved${v instanceof Unresolved ? `: ${v.reason}` : ''}`);
    }),
  );
}

function templateProfileLink(source: LaunchSource): Link | undefined {
  if (!source.resource) return unknown(source.unresolved ?? 'the launch template cannot be found');
  const profile = source.resource.get('LaunchTemplateData.IamInstanceProfile').value;
  if (profile === undefined) return undefined;
  if (!isPlainObject(profile)) return unknown(`the instance profile of launch template ${source.resource.logicalId} cannot be resolved`);
  return profileValueLink(source.resource.stack, profile.Arn ?? profile.Name, 'LaunchTemplateData.IamInstanceProfile');
}

/**
 * Whether instances launched by this resource get permissions to register with Systems Manager.
 * Supports `AWS::EC2::Instance`, `AWS::EC2::LaunchTemplate`, `AWS::AutoScaling::LaunchConfiguration`
 * and `AWS::AutoScaling::AutoScalingGroup`.
 */
export function ssmManagement(resource: ResourceModel): Link {
  const stack = resource.stack;
  const none = no('no instance profile is attached, so the SSM Agent has no permissions to register the instance');
  switch (resource.type) {
    case 'AWS::EC2::Instance': {
      const own = resource.property('IamInstanceProfile');
      if (own !== undefined) return profileValueLink(stack, own, 'IamInstanceProfile');
      const template = launchTemplateOf(resource);
      return (template && templateProfileLink(template)) ?? none;
    }
    case 'AWS::EC2::LaunchTemplate':
      return templateProfileLink({ resource }) ?? none;
    case 'AWS::AutoScaling::LaunchConfiguration': {
      const own = resource.property('IamInstanceProfile');
      return own === undefined ? none : profileValueLink(stack, own, 'IamInstanceProfile');
    }
    case 'AWS::AutoScaling::AutoScalingGroup': {
      const template = launchTemplateOf(resource);
      if (template) return templateProfileLink(template) ?? none;
      const configuration = launchConfigurationOf(resource);
      if (configuration?.resource) return ssmManagement(configuration.resource);
      if (configuration) return unknown(configuration.unresolved ?? 'the launch configuration cannot be found');
      return unknown('the group launches from an existing instance (InstanceId), whose profile the template does not show');
    }
    default:
      return unknown(`${resource.type} does not launch EC2 instances`);
  }
}

// ---------------------------------------------------------------------------------------------
// Patch coverage
// ---------------------------------------------------------------------------------------------

/** What a launched instance carries: its logical names and tags. */
interface InstanceFacts {
  /** Names a target can use for it: its logical id, or the Auto Scaling group's. */
  readonly names: readonly string[];
  readonly tags: Map<string, Resolved> | Unresolved;
}

function launchTemplateInstanceTags(source: LaunchSource | undefined, into: Map<string, Resolved>): Unresolved | undefined {
  if (!source) return undefined;
  if (!source.resource) return new Unresolved(source.unresolved ?? 'the launch template cannot be found');
  const specs = source.resource.get('LaunchTemplateData.TagSpecifications').value;
  if (specs === undefined) return undefined;
  if (!Array.isArray(specs)) return new Unresolved('the launch template tag specifications cannot be resolved');
  for (const spec of specs as readonly Resolved[]) {
    if (!isPlainObject(spec) || spec.ResourceType !== 'instance') continue;
    for (const tag of Array.isArray(spec.Tags) ? (spec.Tags as readonly Resolved[]) : []) {
      if (isPlainObject(tag) && typeof tag.Key === 'string') into.set(tag.Key, tag.Value);
    }
  }
  return undefined;
}

function factsOf(resource: ResourceModel): InstanceFacts {
  const tags = new Map<string, Resolved>();
  const template = launchTemplateOf(resource);
  let problem = launchTemplateInstanceTags(template, tags);
  if (resource.type === 'AWS::AutoScaling::AutoScalingGroup') {
    const raw = resource.property('Tags');
    if (Array.isArray(raw)) {
      for (const tag of raw as readonly Resolved[]) {
        if (!isPlainObject(tag) || typeof tag.Key !== 'string') problem ??= new Unresolved('a tag of the group cannot be resolved');
        else if (tag.PropagateAtLaunch === true || tag.PropagateAtLaunch === 'true') tags.set(tag.Key, tag.Value);
      }
    } else if (raw !== undefined) {
      problem ??= new Unresolved('the tags of the group cannot be resolved');
    }
  } else {
    const own = resource.tags();
    if (own instanceof Unresolved) problem ??= own;
    else own.forEach((value, key) => tags.set(key, value));
  }
  return { names: [resource.logicalId], tags: problem ?? tags };
}

function ruleMatches(rule: TargetRule, facts: InstanceFacts): LinkState {
  const { key } = rule;
  if (typeof key !== 'string' || !Array.isArray(rule.values)) return 'unknown';
  const values = rule.values as readonly Resolved[];
  const unsure = values.some((v) => v instanceof Unresolved || v instanceof ConditionalValue);
  const named = values.some((v) => (v instanceof ResourceReference && !v.attribute ? facts.names.includes(v.logicalId) : typeof v === 'string' && facts.names.includes(v)));
  if (key === 'InstanceIds') return values.includes('*') || named ? 'yes' : unsure ? 'unknown' : 'no';
  if (key === 'tag:aws:autoscaling:groupName' || key === 'tag:aws:cloudformation:logical-id') return named ? 'yes' : unsure ? 'unknown' : 'no';
  if (facts.tags instanceof Unresolved) return 'unknown';
  const tags = facts.tags;
  if (key === 'tag-key') return values.some((v) => typeof v === 'string' && tags.has(v)) ? 'yes' : unsure ? 'unknown' : 'no';
  if (key.startsWith('tag:')) {
    const tagKey = key.slice(4);
    if (!tags.has(tagKey)) return 'no';
    const actual = tags.get(tagKey);
    if (typeof actual !== 'string') return 'unknown';
    return values.includes(actual) || values.includes('*') ? 'yes' : unsure ? 'unknown' : 'no';
  }
  return 'unknown'; // resource groups and other keys the template cannot evaluate
}

function setMatches(set: TargetSet, facts: InstanceFacts): LinkState {
  const states = set.rules.map((rule) => ruleMatches(rule, facts));
  return states.includes('no') ? 'no' : states.includes('unknown') ? 'unknown' : 'yes';
}

function candidateSets(index: PatchIndex, facts: InstanceFacts): Set<TargetSet> {
  const sets = new Set<TargetSet>(index.everyone);
  for (const name of facts.names) index.byName.get(name)?.forEach((s) => sets.add(s));
  if (facts.tags instanceof Unresolved) index.tagged.forEach((s) => sets.add(s));
  else for (const key of facts.tags.keys()) index.byTagKey.get(key)?.forEach((s) => sets.add(s));
  return sets;
}

export interface PatchCoverage extends Link {
  /** `no` because patches are only scanned for (Operation=Scan), never installed. */
  readonly scanOnly?: boolean;
}

function inlineAssociations(instance: ResourceModel): { install?: Evidence; scan?: Evidence; doubt?: string } {
  const associations = instance.property('SsmAssociations');
  if (associations === undefined) return {};
  if (!Array.isArray(associations)) return { doubt: 'SsmAssociations cannot be resolved' };
  const found: { install?: Evidence; scan?: Evidence; doubt?: string } = {};
  (associations as readonly Resolved[]).forEach((association, i) => {
    if (!isPlainObject(association)) return;
    const document = association.DocumentName;
    if (typeof document !== 'string' || !PATCH_DOCUMENT.test(document)) return;
    const parameters = Array.isArray(association.AssociationParameters) ? (association.AssociationParameters as readonly Resolved[]) : [];
    const operation = parameters.find((p) => isPlainObject(p) && p.Key === 'Operation');
    const evidence: Evidence = { description: `SsmAssociations.${i} runs ${document}`, logicalId: instance.logicalId, propertyPath: `SsmAssociations.${i}` };
    const op = isPlainObject(operation) ? operationOf(operation.Value) : 'unknown';
    if (op === 'Install') found.install = evidence;
    else if (op === 'Scan') found.scan = evidence;
    else found.doubt = `the Operation of SsmAssociations.${i} cannot be resolved`;
  });
  return found;
}

/** Whether a State Manager association or maintenance window task in the template patches the instances. */
export function patchCoverage(resource: ResourceModel): PatchCoverage {
  const facts = factsOf(resource);
  const inline = resource.type === 'AWS::EC2::Instance' ? inlineAssociations(resource) : {};
  if (inline.install) return yes('an inline SSM association installs patches', [inline.install]);
  const install: Evidence[] = [];
  const scan: Evidence[] = inline.scan ? [inline.scan] : [];
  const doubts: string[] = inline.doubt ? [inline.doubt] : [];
  for (const set of candidateSets(indexOf(resource.stack).patch, facts)) {
    const state = setMatches(set, facts);
    if (state === 'no') continue;
    const { job } = set;
    const evidence: Evidence = { description: `${job.kind} ${job.logicalId} runs Patch Manager (Operation=${job.operation})`, logicalId: job.logicalId };
    if (state === 'unknown') doubts.push(`whether ${job.kind} ${job.logicalId} targets it cannot be settled from the template`);
    else if (job.doubt) doubts.push(job.doubt);
    else if (job.operation === 'Install') install.push(evidence);
    else if (job.operation === 'Scan') scan.push(evidence);
    else doubts.push(`the Operation of ${job.kind} ${job.logicalId} cannot be resolved`);
  }
  if (install.length > 0) return yes(`${install.map((e) => e.description).join('; ')}`, install);
  if (doubts.length > 0) return unknown(doubts.join('; '));
  if (scan.length > 0) return { ...no('patches are only scanned for (Operation=Scan); nothing installs them', scan), scanOnly: true };
  return no('no State Manager association or maintenance window task in this template runs AWS-RunPatchBaseline on it');
}

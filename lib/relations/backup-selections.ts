/**
 * Which AWS Backup selections (`AWS::Backup::BackupSelection`) assign a resource to a backup plan.
 *
 * A selection picks resources by ARN (`Resources`, references or wildcard patterns such as
 * `arn:aws:rds:*:*:db:*`) or by tag (`ListOfTags`, OR), narrows them with `Conditions` (AND) and
 * drops `NotResources`. Built once per app: selections that name a resource by reference are
 * indexed under that resource; the few broad ones (patterns, tags, values the tool cannot read)
 * are tried in turn. Broad selections of another stack count only when both stacks are pinned to
 * the same account and region. Anything the template does not settle makes the answer `unknown`,
 * never `covered`. Tags given to a stack at deploy time are not visible here.
 */
import type { Evidence } from '../engine/rule';
import { partitionOf } from '../model/intrinsics';
import { perApp, perStack } from '../model/derived';
import type { ResourceModel } from '../model/resource';
import type { AppModel, StackModel } from '../model/stack';
import { ConditionalValue, ResourceReference, Unresolved, branchesOf, describeValue, isPlainObject, type Resolved } from '../model/values';
import { addTo } from '../util/multimap';

type Match = 'yes' | 'no' | 'unknown';

interface Verdict {
  readonly match: Match;
  /** How the selection picks (or might pick) the resource, e.g. `by tag backup=daily`. */
  readonly how: string;
}

export interface CoveringSelection {
  readonly stack: StackModel;
  readonly selection: string;
  /** Logical id of the plan when it is a resource of the same stack. */
  readonly plan?: string;
  readonly how: string;
}

export interface BackupCoverage {
  readonly state: 'covered' | 'not-covered' | 'unknown';
  /** In the user's words: which selection covers it, or why the tool cannot tell. */
  readonly message: string;
  readonly evidence: readonly Evidence[];
  readonly selections: readonly CoveringSelection[];
}

/** How AWS Backup names a resource in an ARN, for the types it protects. */
interface ArnShape {
  readonly service: string;
  /** Resource part up to the name, e.g. `table/`, `db:`. */
  readonly prefix: string;
  /** Property holding a physical name chosen in the template, if the type has one. */
  readonly nameProperty?: string;
  /** S3 bucket ARNs carry no region or account. */
  readonly global?: boolean;
  readonly lowercase?: boolean;
}

const SHAPES: Record<string, ArnShape> = {
  'AWS::RDS::DBInstance': { service: 'rds', prefix: 'db:', nameProperty: 'DBInstanceIdentifier', lowercase: true },
  'AWS::RDS::DBCluster': { service: 'rds', prefix: 'cluster:', nameProperty: 'DBClusterIdentifier', lowercase: true },
  'AWS::DocDB::DBCluster': { service: 'rds', prefix: 'cluster:', nameProperty: 'DBClusterIdentifier', lowercase: true },
  'AWS::Neptune::DBCluster': { service: 'rds', prefix: 'cluster:', nameProperty: 'DBClusterIdentifier', lowercase: true },
  'AWS::DynamoDB::Table': { service: 'dynamodb', prefix: 'table/', nameProperty: 'TableName' },
  'AWS::EFS::FileSystem': { service: 'elasticfilesystem', prefix: 'file-system/' },
  'AWS::EC2::Volume': { service: 'ec2', prefix: 'volume/' },
  'AWS::EC2::Instance': { service: 'ec2', prefix: 'instance/' },
  'AWS::S3::Bucket': { service: 's3', prefix: '', nameProperty: 'BucketName', global: true },
  'AWS::FSx::FileSystem': { service: 'fsx', prefix: 'file-system/' },
  'AWS::Redshift::Cluster': { service: 'redshift', prefix: 'cluster:', nameProperty: 'ClusterIdentifier' },
};

const anyOf = (verdicts: readonly Verdict[], none: Verdict): Verdict =>
  verdicts.find((v) => v.match === 'yes') ?? verdicts.find((v) => v.match === 'unknown') ?? none;
const allOf = (verdicts: readonly Verdict[]): Verdict | undefined =>
  verdicts.find((v) => v.match === 'no') ?? verdicts.find((v) => v.match === 'unknown');

// ---------------------------------------------------------------------------------------------
// ARN patterns
// ---------------------------------------------------------------------------------------------

function glob(pattern: string): RegExp {
  return new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\?]/g, '\\$&').replace(/\*/g, '.*')}$`);
}

const onlyWildcards = (text: string): boolean => /^\*+$/.test(text);

function fieldMatch(pattern: string, actual: string | undefined): Match {
  if (onlyWildcards(pattern)) return 'yes';
  if (actual === undefined) return 'unknown';
  return glob(pattern).test(actual) ? 'yes' : 'no';
}

function physicalName(resource: ResourceModel, shape: ArnShape): string | undefined {
  if (!shape.nameProperty) return undefined;
  const name = resource.get(shape.nameProperty).value;
  if (typeof name !== 'string') return undefined;
  return shape.lowercase ? name.toLowerCase() : name;
}

function resourcePartMatch(pattern: string, shape: ArnShape, name: string | undefined): Match {
  if (name !== undefined) return glob(pattern).test(`${shape.prefix}${name}`) ? 'yes' : 'no';
  if (onlyWildcards(pattern)) return 'yes';
  if (pattern.startsWith(shape.prefix)) return onlyWildcards(pattern.slice(shape.prefix.length)) ? 'yes' : 'unknown';
  const literal = pattern.split('*')[0];
  return pattern.includes('*') && shape.prefix.startsWith(literal) ? 'unknown' : 'no';
}

/** Whether an ARN pattern (with `*` wildcards) names the resource. */
export function arnPatternMatches(pattern: string, resource: ResourceModel): Match {
  if (onlyWildcards(pattern)) return 'yes';
  const shape = SHAPES[resource.type];
  if (!shape) return 'no';
  const parts = pattern.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return 'unknown';
  const [, partition, service, region, account] = parts;
  const resourcePart = parts.slice(5).join(':');
  const { region: stackRegion, account: stackAccount } = resource.stack.environment;
  const fields: Match[] = [
    fieldMatch(service, shape.service),
    fieldMatch(partition, stackRegion ? partitionOf(stackRegion) : undefined),
    fieldMatch(region, shape.global ? '' : stackRegion),
    fieldMatch(account, shape.global ? '' : stackAccount),
    resourcePartMatch(resourcePart, shape, physicalName(resource, shape)),
  ];
  if (fields.includes('no')) return 'no';
  return fields.includes('unknown') ? 'unknown' : 'yes';
}

// ---------------------------------------------------------------------------------------------
// Tags
// ---------------------------------------------------------------------------------------------

/** Tags of the resource; EFS keeps them under `FileSystemTags`. */
function tagsOf(resource: ResourceModel): Map<string, Resolved> | Unresolved {
  if (resource.type !== 'AWS::EFS::FileSystem') return resource.tags();
  const list = resource.get('FileSystemTags').value;
  const tags = new Map<string, Resolved>();
  if (list === undefined) return tags;
  if (!Array.isArray(list)) return new Unresolved('FileSystemTags cannot be read');
  for (const tag of list as readonly Resolved[]) {
    if (!isPlainObject(tag) || typeof tag.Key !== 'string') return new Unresolved('a file system tag cannot be read');
    tags.set(tag.Key, tag.Value);
  }
  return tags;
}

type TagOperator = 'StringEquals' | 'StringNotEquals' | 'StringLike' | 'StringNotLike';

function tagVerdict(resource: ResourceModel, condition: Resolved, operator: TagOperator): Verdict {
  if (!isPlainObject(condition)) return { match: 'unknown', how: 'by a tag condition the tool cannot read' };
  const rawKey = condition.ConditionKey;
  const value = condition.ConditionValue;
  if (typeof rawKey !== 'string' || typeof value !== 'string') return { match: 'unknown', how: 'by a tag condition the tool cannot read' };
  const key = rawKey.replace(/^aws:ResourceTag\//, '');
  const how = `by tag ${key}${operator.includes('Not') ? ' not ' : ' '}${operator.includes('Like') ? 'like' : '='} ${value}`;
  // CloudFormation adds aws:* tags at deploy time; the template cannot show them.
  if (key.startsWith('aws:')) return { match: 'unknown', how };
  const tags = tagsOf(resource);
  if (tags instanceof Unresolved) return { match: 'unknown', how: `${how} (the resource's tags cannot be read: ${tags.reason})` };
  const negated = operator.includes('Not');
  if (!tags.has(key)) return { match: negated ? 'yes' : 'no', how };
  const actual = tags.get(key);
  if (typeof actual !== 'string') return { match: 'unknown', how: `${how} (the tag's value is not known)` };
  const equal = operator.includes('Like') ? glob(value).test(actual) : actual === value;
  return { match: equal !== negated ? 'yes' : 'no', how };
}

// ---------------------------------------------------------------------------------------------
// Selections
// ---------------------------------------------------------------------------------------------

type ResourceMatcher = (resource: ResourceModel) => Verdict;

const fixed = (verdict: Verdict): ResourceMatcher => () => verdict;

function referenceMatcher(stackId: string, logicalId: string): ResourceMatcher {
  return (resource) => ({
    match: resource.stack.id === stackId && resource.logicalId === logicalId ? 'yes' : 'no',
    how: `by its ARN (${logicalId})`,
  });
}

function valueMatcher(value: Resolved, stack: StackModel): ResourceMatcher {
  if (typeof value === 'string') return (resource) => ({ match: arnPatternMatches(value, resource), how: `by ARN pattern ${value}` });
  if (value instanceof ResourceReference) return referenceMatcher(value.stackId ?? stack.id, value.logicalId);
  if (value instanceof ConditionalValue) {
    const branches = branchesOf(value).map((branch) => valueMatcher(branch.value, stack));
    return (resource) => {
      const verdicts = branches.map((matcher) => matcher(resource));
      const agreed = verdicts.every((v) => v.match === verdicts[0].match) ? verdicts[0].match : 'unknown';
      return { match: agreed, how: `${verdicts[0].how} (depends on condition ${value.condition})` };
    };
  }
  const reason = value instanceof Unresolved ? value.reason : `${describeValue(value)} is not an ARN`;
  return fixed({ match: 'unknown', how: `by an ARN the tool cannot resolve (${reason})` });
}

/** `Resources.N`: the resolved value, or the one template resource its `Fn::Join`/`Fn::Sub` names. */
function entryMatchers(stack: StackModel, selectionId: string, property: string, list: Resolved): { matchers: ResourceMatcher[]; references: Set<string> } {
  const references = new Set<string>();
  if (list === undefined) return { matchers: [], references };
  if (!Array.isArray(list)) return { matchers: [valueMatcher(list instanceof Unresolved ? list : new Unresolved(`${property} is not a list`), stack)], references };
  const matchers = (list as readonly Resolved[]).map((value, index) => {
    if (value instanceof ResourceReference) references.add(`${value.stackId ?? stack.id}/${value.logicalId}`);
    if (!(value instanceof Unresolved)) return valueMatcher(value, stack);
    const targets = new Set(stack.index.references(selectionId).filter((edge) => edge.path === `${property}.${index}` || edge.path.startsWith(`${property}.${index}.`)).map((edge) => edge.target));
    if (targets.size !== 1) return valueMatcher(value, stack);
    const [target] = targets;
    references.add(`${stack.id}/${target}`);
    return referenceMatcher(stack.id, target);
  });
  return { matchers, references };
}

interface Selection {
  readonly stack: StackModel;
  readonly logicalId: string;
  readonly plan?: string;
  readonly planEvidence?: Evidence;
  /** Selects only resources it names by reference (no patterns, tags or unknowns). */
  readonly narrow: boolean;
  readonly references: ReadonlySet<string>;
  test(resource: ResourceModel): Verdict;
}

function planOf(selection: ResourceModel): { plan?: string; evidence?: Evidence } {
  const id = selection.get('BackupPlanId').value;
  if (!(id instanceof ResourceReference) || id.stackId !== undefined) return {};
  const plan = selection.stack.resource(id.logicalId);
  if (!plan || plan.type !== 'AWS::Backup::BackupPlan') return {};
  const rules = plan.get('BackupPlan.BackupPlanRule').value;
  const names = Array.isArray(rules)
    ? (rules as readonly Resolved[]).map((rule) => {
        if (!isPlainObject(rule)) return 'a rule';
        const days = isPlainObject(rule.Lifecycle) ? rule.Lifecycle.DeleteAfterDays : undefined;
        return `${typeof rule.RuleName === 'string' ? rule.RuleName : 'a rule'}${typeof days === 'number' ? ` (keeps ${days} days)` : ''}`;
      })
    : [];
  return { plan: plan.logicalId, evidence: { description: `backup plan ${plan.logicalId}${names.length ? `: ${names.join(', ')}` : ''}`, logicalId: plan.logicalId } };
}

function buildSelection(resource: ResourceModel): Selection {
  const stack = resource.stack;
  const { plan, evidence } = planOf(resource);
  const base = { stack, logicalId: resource.logicalId, plan, planEvidence: evidence };
  const body = resource.get('BackupSelection').value;
  if (!isPlainObject(body)) {
    const unknown = fixed({ match: 'unknown', how: `by a selection the tool cannot read (${describeValue(body)})` });
    return { ...base, narrow: false, references: new Set(), test: unknown };
  }
  const included = entryMatchers(stack, resource.logicalId, 'BackupSelection.Resources', body.Resources);
  const excluded = entryMatchers(stack, resource.logicalId, 'BackupSelection.NotResources', body.NotResources);
  const tagList = body.ListOfTags;
  const tagMatchers: ResourceMatcher[] = tagList === undefined ? [] : Array.isArray(tagList)
    ? (tagList as readonly Resolved[]).map((condition) => (r: ResourceModel) => tagVerdict(r, condition, 'StringEquals'))
    : [fixed({ match: 'unknown', how: 'by a tag list the tool cannot read' })];
  const conditionMatchers: ResourceMatcher[] = [];
  const conditions = body.Conditions;
  if (conditions !== undefined && !isPlainObject(conditions)) conditionMatchers.push(fixed({ match: 'unknown', how: 'by conditions the tool cannot read' }));
  if (isPlainObject(conditions)) {
    for (const operator of ['StringEquals', 'StringNotEquals', 'StringLike', 'StringNotLike'] as const) {
      const list = conditions[operator];
      if (list === undefined) continue;
      const items = Array.isArray(list) ? (list as readonly Resolved[]) : [new Unresolved(`Conditions.${operator} is not a list`)];
      for (const item of items) conditionMatchers.push((r) => tagVerdict(r, item, operator));
    }
  }
  const selectsAll = included.matchers.length === 0 && tagMatchers.length === 0;
  // A CloudFormation Condition on the selection decides whether it exists at all.
  const exists = resource.condition === undefined ? true : resource.stack.resolver.condition(resource.condition);
  const existence: Match = exists === true ? 'yes' : exists === false ? 'no' : 'unknown';
  const narrow = !selectsAll && tagMatchers.length === 0 && included.matchers.length === included.references.size;
  const test = (r: ResourceModel): Verdict => {
    if (existence === 'no') return { match: 'no', how: '' };
    const picked = selectsAll ? { match: 'yes' as Match, how: 'as one of all supported resources' } : anyOf([...included.matchers, ...tagMatchers].map((m) => m(r)), { match: 'no', how: '' });
    if (picked.match === 'no') return picked;
    const failed = allOf(conditionMatchers.map((m) => m(r)));
    const dropped = anyOf(excluded.matchers.map((m) => m(r)), { match: 'no', how: '' });
    const notExcluded: Verdict = { match: ({ yes: 'no', no: 'yes', unknown: 'unknown' } as const)[dropped.match], how: `NotResources ${dropped.how}` };
    const blocker = allOf([failed ?? picked, notExcluded, { match: existence, how: `the selection exists only when condition ${resource.condition} holds` }]);
    if (!blocker) return picked;
    return blocker.match === 'no' ? blocker : { match: 'unknown', how: picked.match === 'unknown' ? picked.how : `${picked.how}, unless ${blocker.how}` };
  };
  return { ...base, narrow, references: new Set([...included.references]), test };
}

interface AppIndex {
  readonly byReference: ReadonlyMap<string, readonly Selection[]>;
  readonly broad: ReadonlyMap<StackModel, readonly Selection[]>;
}

const selectionsOfStack = perStack((stack: StackModel): Selection[] => stack.resourcesOfType('AWS::Backup::BackupSelection').map(buildSelection));

function buildIndex(app: AppModel): AppIndex {
  const byReference = new Map<string, Selection[]>();
  const broad = new Map<StackModel, Selection[]>();
  for (const stack of app.stacks) {
    for (const selection of selectionsOfStack(stack)) {
      if (!selection.narrow) addTo(broad, stack, selection);
      for (const key of selection.references) addTo(byReference, key, selection);
    }
  }
  return { byReference, broad };
}

const indexOfApp = perApp(buildIndex);
const indexOfLoneStack = perStack((stack: StackModel) => buildIndex({ stacks: [stack] }));

/** A selection acts in its own account and region only; both must be known to be the same. */
function sameEnvironment(a: StackModel, b: StackModel): boolean {
  const ea = a.environment;
  const eb = b.environment;
  return ea.account !== undefined && ea.region !== undefined && ea.account === eb.account && ea.region === eb.region;
}

function evidenceOf(selection: Selection, resource: ResourceModel, how: string): Evidence[] {
  const where = selection.stack === resource.stack ? '' : ` in stack ${selection.stack.name}`;
  const items: Evidence[] = [{ description: `AWS Backup selection ${selection.logicalId}${where} selects it ${how}`, logicalId: selection.logicalId }];
  if (selection.planEvidence) items.push(selection.planEvidence);
  return items;
}

/** Whether some AWS Backup selection of the app assigns `resource` to a backup plan. */
export function coverageOf(resource: ResourceModel, app?: AppModel): BackupCoverage {
  const index = app && app.stacks.includes(resource.stack) ? indexOfApp(app) : indexOfLoneStack(resource.stack);
  const candidates = new Set<Selection>(index.byReference.get(`${resource.stack.id}/${resource.logicalId}`) ?? []);
  for (const [stack, selections] of index.broad) {
    if (stack === resource.stack || sameEnvironment(stack, resource.stack)) for (const selection of selections) candidates.add(selection);
  }
  const covered: CoveringSelection[] = [];
  const evidence: Evidence[] = [];
  const unknowns: string[] = [];
  for (const selection of candidates) {
    const verdict = selection.test(resource);
    if (verdict.match === 'yes') {
      covered.push({ stack: selection.stack, selection: selection.logicalId, plan: selection.plan, how: verdict.how });
      evidence.push(...evidenceOf(selection, resource, verdict.how));
    } else if (verdict.match === 'unknown') {
      unknowns.push(`AWS Backup selection ${selection.logicalId} may select it ${verdict.how}`);
    }
  }
  if (covered.length > 0) {
    const first = covered[0];
    return { state: 'covered', selections: covered, evidence, message: `AWS Backup selection ${first.selection}${first.plan ? ` (plan ${first.plan})` : ''} selects it ${first.how}` };
  }
  if (unknowns.length > 0) return { state: 'unknown', selections: [], evidence: [], message: unknowns.join('; ') };
  return { state: 'not-covered', selections: [], evidence: [], message: 'no AWS Backup selection in the app selects it' };
}

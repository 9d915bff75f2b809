import {
  DescribeAggregateComplianceByConfigRulesCommand,
  GetAggregateComplianceDetailsByConfigRuleCommand,
  SelectAggregateResourceConfigCommand,
  type ConfigServiceClient,
} from '@aws-sdk/client-config-service';
import type { Result } from '../engine/result';
import { withLiveVerdicts, type LiveResult, type LiveVerdict } from './deployed-compliance';
import { configResourceType } from './config-resource-types';
import { ruleNamesFor } from './rule-names';
import { addTo } from '../util/multimap';

/** A stack of the assembly, as the aggregator is asked about it. */
export interface AggregateStack {
  /** The stack's name in results (`Result.stack`). */
  readonly stack: string;
  /** The CloudFormation stack name it deploys as. */
  readonly deployName: string;
  /** Known for stacks with an environment; unknown (undefined) for environment-agnostic ones. */
  readonly account?: string;
  readonly region?: string;
}

/** One deployed resource as the aggregator's advanced query returns it. */
export interface AggregateResource {
  readonly logicalId: string;
  readonly resourceId: string;
  readonly resourceName?: string;
  readonly resourceType: string;
  readonly accountId: string;
  readonly awsRegion: string;
}

type Compliance = LiveVerdict['compliance'];
const COMPLIANCE_TYPES: ReadonlySet<string> = new Set<Compliance>(['COMPLIANT', 'NON_COMPLIANT', 'NOT_APPLICABLE', 'INSUFFICIENT_DATA']);

/** CloudFormation tags every taggable resource it creates with these (AWS::CloudFormation resource tags). */
export const STACK_NAME_TAG = 'aws:cloudformation:stack-name';
export const LOGICAL_ID_TAG = 'aws:cloudformation:logical-id';

/** CloudFormation stack names: a letter, then letters, digits and hyphens, at most 128 (CreateStack). */
const STACK_NAME = /^[A-Za-z][-A-Za-z0-9]{0,127}$/;
const ACCOUNT = /^\d{12}$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/**
 * The advanced query (AWS Config's SQL subset) for one stack's resources. `tags.key` and
 * `tags.value` are queryable properties of every configuration item (aws-config-resource-schema,
 * AWS.properties.json); matched against the tags array they may hit two different tags, so rows
 * are checked again on the returned `tags`. Values are only ever a validated stack name, account
 * id and region, so nothing needs quoting.
 */
export function deployedResourcesQuery(target: AggregateStack): string | undefined {
  if (!STACK_NAME.test(target.deployName)) return undefined;
  const conditions = [`tags.key = '${STACK_NAME_TAG}'`, `tags.value = '${target.deployName}'`];
  if (target.account && ACCOUNT.test(target.account)) conditions.push(`accountId = '${target.account}'`);
  if (target.region && REGION.test(target.region)) conditions.push(`awsRegion = '${target.region}'`);
  return `SELECT resourceId, resourceName, resourceType, accountId, awsRegion, tags WHERE ${conditions.join(' AND ')}`;
}

/** A configuration item's tags as the query returns them: `[{key, value}]` (or `Key`/`Value`, `tag: "k=v"`, or a map). */
function tagsOf(value: unknown): Map<string, string> {
  const tags = new Map<string, string>();
  const entries: unknown[] = Array.isArray(value) ? value : [];
  if (!Array.isArray(value) && value !== null && typeof value === 'object') {
    for (const [key, tagValue] of Object.entries(value)) if (typeof tagValue === 'string') tags.set(key, tagValue);
  }
  for (const entry of entries) {
    if (entry === null || typeof entry !== 'object') continue;
    const record = entry as Record<string, unknown>;
    const key = record.key ?? record.Key;
    const tagValue = record.value ?? record.Value;
    if (typeof key === 'string' && typeof tagValue === 'string') tags.set(key, tagValue);
    else if (typeof record.tag === 'string' && record.tag.includes('=')) {
      const at = record.tag.indexOf('=');
      tags.set(record.tag.slice(0, at), record.tag.slice(at + 1));
    }
  }
  return tags;
}

function parseRow(row: string, target: AggregateStack): AggregateResource | undefined {
  let item: unknown;
  try {
    item = JSON.parse(row);
  } catch {
    return undefined;
  }
  if (item === null || typeof item !== 'object') return undefined;
  const { resourceId, resourceName, resourceType, accountId, awsRegion, tags } = item as Record<string, unknown>;
  if (typeof resourceId !== 'string' || typeof resourceType !== 'string' || typeof accountId !== 'string' || typeof awsRegion !== 'string') return undefined;
  const tagMap = tagsOf(tags);
  const logicalId = tagMap.get(LOGICAL_ID_TAG);
  if (tagMap.get(STACK_NAME_TAG) !== target.deployName || !logicalId) return undefined;
  if ((target.account && accountId !== target.account) || (target.region && awsRegion !== target.region)) return undefined;
  return { logicalId, resourceId, ...(typeof resourceName === 'string' && resourceName ? { resourceName } : {}), resourceType, accountId, awsRegion };
}

/** One stack's deployed resources in the aggregator, by logical id (several when deployed in several places). */
export async function deployedResources(config: ConfigServiceClient, aggregator: string, target: AggregateStack): Promise<Map<string, AggregateResource[]>> {
  const byLogicalId = new Map<string, AggregateResource[]>();
  const Expression = deployedResourcesQuery(target);
  if (!Expression) return byLogicalId;
  let NextToken: string | undefined;
  do {
    const page = await config.send(new SelectAggregateResourceConfigCommand({ ConfigurationAggregatorName: aggregator, Expression, NextToken }));
    for (const row of page.Results ?? []) {
      const resource = parseRow(row, target);
      if (resource) addTo(byLogicalId, resource.logicalId, resource);
    }
    NextToken = page.NextToken;
  } while (NextToken);
  return byLogicalId;
}

/** The names of the Config rules in one source account and region. */
async function ruleNamesIn(config: ConfigServiceClient, aggregator: string, accountId: string, awsRegion: string): Promise<string[]> {
  const names: string[] = [];
  let NextToken: string | undefined;
  do {
    const page = await config.send(
      new DescribeAggregateComplianceByConfigRulesCommand({ ConfigurationAggregatorName: aggregator, Filters: { AccountId: accountId, AwsRegion: awsRegion }, NextToken }),
    );
    for (const rule of page.AggregateComplianceByConfigRules ?? []) {
      if ((rule.AccountId ?? accountId) !== accountId || (rule.AwsRegion ?? awsRegion) !== awsRegion) continue;
      if (rule.ConfigRuleName && !names.includes(rule.ConfigRuleName)) names.push(rule.ConfigRuleName);
    }
    NextToken = page.NextToken;
  } while (NextToken);
  return names;
}

const resourceKey = (type: string, id: string): string => `${type}\u0000${id}`;

/** Every evaluation of one rule in one source account and region, by resource type and id. */
async function evaluationsOf(config: ConfigServiceClient, aggregator: string, rule: string, accountId: string, awsRegion: string): Promise<Map<string, Compliance>> {
  const verdicts = new Map<string, Compliance>();
  let NextToken: string | undefined;
  do {
    // A page may be empty and still carry a NextToken (API reference): follow it regardless.
    const page = await config.send(
      new GetAggregateComplianceDetailsByConfigRuleCommand({ ConfigurationAggregatorName: aggregator, ConfigRuleName: rule, AccountId: accountId, AwsRegion: awsRegion, NextToken }),
    );
    for (const evaluation of page.AggregateEvaluationResults ?? []) {
      const qualifier = evaluation.EvaluationResultIdentifier?.EvaluationResultQualifier;
      const type = evaluation.ComplianceType;
      if (qualifier?.ResourceType && qualifier.ResourceId && type && COMPLIANCE_TYPES.has(type)) {
        verdicts.set(resourceKey(qualifier.ResourceType, qualifier.ResourceId), type as Compliance);
      }
    }
    NextToken = page.NextToken;
  } while (NextToken);
  return verdicts;
}

/** Memoizes an async lookup by key, so each account/region (and rule) is asked once per run. */
function cached<T>(load: (...parts: string[]) => Promise<T>): (...parts: string[]) => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  return (...parts) => {
    const key = parts.join('\u0000');
    let value = cache.get(key);
    if (!value) cache.set(key, (value = load(...parts)));
    return value;
  };
}

/**
 * `live --aggregator`: each template result that maps to a managed rule, with the compliance of the
 * deployed resource in whichever source account and region the aggregator finds it. Resources are
 * found by the tags CloudFormation puts on them; rules by name (see rule-names.ts). A result whose
 * resource is not found, or whose rule is not deployed there, is kept as it is, without `live`.
 */
export async function withAggregateCompliance(
  results: readonly Result[],
  config: ConfigServiceClient,
  aggregator: string,
  stacks: readonly AggregateStack[],
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<LiveResult[]> {
  const deployed = new Map<string, Map<string, AggregateResource[]>>();
  for (const target of stacks) deployed.set(target.stack, await deployedResources(config, aggregator, target));
  const rulesIn = cached((accountId, awsRegion) => ruleNamesIn(config, aggregator, accountId, awsRegion));
  const evaluations = cached((rule, accountId, awsRegion) => evaluationsOf(config, aggregator, rule, accountId, awsRegion));

  /** The verdict of the first matching rule that evaluated the resource (NOT_EVALUATED when none did); undefined when no rule matches. */
  const verdictOf = async (identifier: string, resource: AggregateResource): Promise<LiveVerdict | undefined> => {
    const names = ruleNamesFor(identifier, await rulesIn(resource.accountId, resource.awsRegion));
    if (names.length === 0) return undefined;
    let configRuleName = names[0];
    let compliance: Compliance = 'NOT_EVALUATED';
    for (const name of names) {
      const found = (await evaluations(name, resource.accountId, resource.awsRegion)).get(resourceKey(resource.resourceType, resource.resourceId));
      if (found) {
        configRuleName = name;
        compliance = found;
        break;
      }
    }
    return {
      configRuleName,
      compliance,
      physicalId: resource.resourceId,
      ...(resource.resourceName ? { resourceName: resource.resourceName } : {}),
      accountId: resource.accountId,
      awsRegion: resource.awsRegion,
    };
  };

  const out: LiveResult[] = [];
  let done = 0;
  for (const result of results) {
    onProgress(++done, results.length);
    const verdicts: LiveVerdict[] = [];
    if (result.configRule) {
      // Same logical id and type: instances an Auto Scaling group launches carry its logical-id tag too.
      for (const resource of deployed.get(result.stack)?.get(result.logicalId) ?? []) {
        const verdict = resource.resourceType === configResourceType(result.resourceType) ? await verdictOf(result.configRule, resource) : undefined;
        if (verdict) verdicts.push(verdict);
      }
    }
    const [first, ...rest] = verdicts;
    out.push(first ? withLiveVerdicts(result, [first, ...rest]) : result);
  }
  return out;
}

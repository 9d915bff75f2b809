import { ListStackResourcesCommand, type CloudFormationClient } from '@aws-sdk/client-cloudformation';
import {
  DescribeConfigRulesCommand,
  GetComplianceDetailsByResourceCommand,
  ListDiscoveredResourcesCommand,
  type ConfigServiceClient,
  type ResourceType,
} from '@aws-sdk/client-config-service';
import type { Result } from '../engine/result';
import { configResourceType } from './config-resource-types';
import { addTo } from '../util/multimap';

/** What AWS Config says about one deployed resource for the rule a template result maps to. */
export interface LiveVerdict {
  readonly configRuleName: string;
  readonly compliance: 'COMPLIANT' | 'NON_COMPLIANT' | 'NOT_APPLICABLE' | 'INSUFFICIENT_DATA' | 'NOT_EVALUATED';
  /** CloudFormation's physical id; through an aggregator, the id AWS Config knows the resource by. */
  readonly physicalId: string;
  /** Through an aggregator: the resource's name in AWS Config, when it has one. */
  readonly resourceName?: string;
  /** Through an aggregator: the source account and region the resource is deployed in. */
  readonly accountId?: string;
  readonly awsRegion?: string;
}

/** A template result with the deployed resource's Config verdict beside it. */
export interface LiveResult extends Result {
  readonly live?: LiveVerdict;
  /** The template and the account disagree: addressed in one, non-compliant in the other. */
  readonly drift?: boolean;
  /**
   * Through an aggregator, when the stack is deployed more than once (an environment-agnostic stack
   * in several accounts or regions): every deployment's verdict. `live` is the one `drift` is about.
   */
  readonly deployments?: readonly LiveVerdict[];
}

/** The template verdict and the account's disagree: addressed but non-compliant, or unaddressed but compliant. */
export function isDrift(status: Result['status'], compliance: LiveVerdict['compliance']): boolean {
  return (status === 'addressed' && compliance === 'NON_COMPLIANT') || (status === 'unaddressed' && compliance === 'COMPLIANT');
}

/**
 * A template result with the account's verdicts beside it: one deployment, or several (the first
 * that drifts, else the first non-compliant one, is the one shown as `live`).
 */
export function withLiveVerdicts(result: Result, verdicts: readonly [LiveVerdict, ...LiveVerdict[]]): LiveResult {
  const shown =
    verdicts.find((verdict) => isDrift(result.status, verdict.compliance)) ?? verdicts.find((verdict) => verdict.compliance === 'NON_COMPLIANT') ?? verdicts[0];
  return { ...result, live: shown, drift: isDrift(result.status, shown.compliance), ...(verdicts.length > 1 ? { deployments: verdicts } : {}) };
}

/** Every deployed Config rule name, by managed rule identifier (a customer names rules freely). */
export async function configRuleNamesByIdentifier(config: ConfigServiceClient): Promise<Map<string, string[]>> {
  const names = new Map<string, string[]>();
  let NextToken: string | undefined;
  do {
    const page = await config.send(new DescribeConfigRulesCommand({ NextToken }));
    for (const rule of page.ConfigRules ?? []) {
      const identifier = rule.Source?.Owner === 'AWS' ? rule.Source.SourceIdentifier : undefined;
      if (identifier && rule.ConfigRuleName) addTo(names, identifier, rule.ConfigRuleName);
    }
    NextToken = page.NextToken;
  } while (NextToken);
  return names;
}

/** Logical id → physical id of a deployed stack; undefined when the stack is not deployed. */
export async function physicalIds(cloudformation: CloudFormationClient, stackName: string): Promise<Map<string, string> | undefined> {
  const ids = new Map<string, string>();
  let NextToken: string | undefined;
  try {
    do {
      const page = await cloudformation.send(new ListStackResourcesCommand({ StackName: stackName, NextToken }));
      for (const summary of page.StackResourceSummaries ?? []) {
        if (summary.LogicalResourceId && summary.PhysicalResourceId) ids.set(summary.LogicalResourceId, summary.PhysicalResourceId);
      }
      NextToken = page.NextToken;
    } while (NextToken);
  } catch (error) {
    if ((error as { name?: string }).name === 'ValidationError' && /does not exist/.test((error as Error).message)) return undefined;
    throw error;
  }
  return ids;
}

/**
 * Config evaluations of one resource, found by physical id, or by the Config resource id when the
 * two differ (RDS instances, for one, are keyed by their DbiResourceId).
 */
async function evaluationsOf(config: ConfigServiceClient, type: string, physicalId: string): Promise<Map<string, LiveVerdict['compliance']>> {
  const verdicts = new Map<string, LiveVerdict['compliance']>();
  const collect = async (resourceId: string): Promise<void> => {
    let NextToken: string | undefined;
    do {
      const page = await config.send(new GetComplianceDetailsByResourceCommand({ ResourceType: type, ResourceId: resourceId, NextToken }));
      for (const evaluation of page.EvaluationResults ?? []) {
        const name = evaluation.EvaluationResultIdentifier?.EvaluationResultQualifier?.ConfigRuleName;
        if (name && evaluation.ComplianceType) verdicts.set(name, evaluation.ComplianceType as LiveVerdict['compliance']);
      }
      NextToken = page.NextToken;
    } while (NextToken);
  };
  await collect(physicalId);
  if (verdicts.size === 0) {
    const found = await config.send(new ListDiscoveredResourcesCommand({ resourceType: type as ResourceType, resourceName: physicalId, limit: 1 }));
    const resourceId = found.resourceIdentifiers?.[0]?.resourceId;
    if (resourceId && resourceId !== physicalId) await collect(resourceId);
  }
  return verdicts;
}

/** Puts the account's verdict beside each template result that maps to an AWS Config managed rule. */
export async function withDeployedCompliance(
  results: readonly Result[],
  clients: { config: ConfigServiceClient; cloudformation: CloudFormationClient },
  stackNames: ReadonlyMap<string, string>,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<LiveResult[]> {
  const ruleNames = await configRuleNamesByIdentifier(clients.config);
  const physical = new Map<string, Map<string, string> | undefined>();
  for (const [stack, deployedName] of stackNames) physical.set(stack, await physicalIds(clients.cloudformation, deployedName));
  const cache = new Map<string, Map<string, LiveVerdict['compliance']>>();
  const out: LiveResult[] = [];
  let done = 0;
  for (const result of results) {
    onProgress(++done, results.length);
    const names = result.configRule ? ruleNames.get(result.configRule) : undefined;
    const physicalId = physical.get(result.stack)?.get(result.logicalId);
    if (!names || !physicalId) {
      out.push(result);
      continue;
    }
    const key = `${result.resourceType}\u0000${physicalId}`;
    let verdicts = cache.get(key);
    if (!verdicts) cache.set(key, (verdicts = await evaluationsOf(clients.config, configResourceType(result.resourceType), physicalId)));
    const name = names.find((n) => verdicts!.has(n)) ?? names[0];
    out.push(withLiveVerdicts(result, [{ configRuleName: name, compliance: verdicts.get(name) ?? 'NOT_EVALUATED', physicalId }]));
  }
  return out;
}

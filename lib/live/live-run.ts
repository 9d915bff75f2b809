import { checkApp } from '../check';
import type { Result } from '../engine/result';
import type { Severity } from '../engine/rule';
import { loadApp } from '../model/load';
import type { AppModel } from '../model/stack';
import { buildReport, type Report } from '../report/report';
import { checkAccount } from './account-checks';
import { withAggregateCompliance } from './aggregate-compliance';
import { checkAggregatorSources } from './aggregator';
import { createClients, type LiveClients, type LiveConnection } from './clients';
import { withDeployedCompliance } from './deployed-compliance';
import { describeAwsError, withDeadline } from './errors';

export interface LiveOptions extends LiveConnection {
  /** A cloud assembly whose deployed stacks are compared with their template verdicts. */
  readonly assembly?: string;
  readonly aggregator?: string;
  readonly failOn: Severity | 'none';
  readonly allowedRegions?: readonly string[];
  /** Told how far the run is; the CLI draws it on stderr when that is a terminal. */
  readonly onProgress?: (message: string) => void;
  /** Injected in tests; built from the connection otherwise. */
  readonly clients?: LiveClients;
  /** Whole-run deadline in milliseconds. @default 25000 */
  readonly deadlineMs?: number;
}

/**
 * `cdk-srm live`: the duties a template cannot settle, asked of AWS Config. Account and region
 * results (recorder, coverage, delivery channel, or the aggregator's sources), then each template
 * result that maps to a managed rule, with the deployed resource's compliance beside it: in the
 * caller's account through CloudFormation, or across accounts and regions through the aggregator.
 */
export async function runLive(options: LiveOptions): Promise<Report> {
  const app: AppModel = options.assembly ? loadApp([options.assembly]) : { stacks: [] };
  const template = app.stacks.length > 0 ? checkApp(app, { failOn: options.failOn, allowedRegions: options.allowedRegions }) : undefined;
  const { clients, close } = clientsFor(options);
  const progress = options.onProgress ?? (() => undefined);
  const work = async (): Promise<Result[]> => {
    progress(options.aggregator ? `reading aggregator ${options.aggregator}` : `reading the AWS Config recorder in ${options.region}`);
    const account = options.aggregator ? await checkAggregatorSources(clients.config, options.aggregator) : await checkAccount(clients.config, { region: options.region });
    if (!template) return account;
    const stacks = app.stacks.filter((stack) => !stack.parent);
    const onCompare = (done: number, total: number) => progress(`comparing with deployed resources ${done}/${total}`);
    const live = options.aggregator
      ? await withAggregateCompliance(
          template.results,
          clients.config,
          options.aggregator,
          stacks.map((stack) => ({ stack: stack.name, deployName: stack.deployName ?? stack.name, account: stack.environment.account, region: stack.environment.region })),
          onCompare,
        )
      : await withDeployedCompliance(template.results, clients, new Map(stacks.map((stack) => [stack.name, stack.deployName ?? stack.name])), onCompare);
    return [...account, ...live];
  };
  let results: Result[];
  try {
    results = await withDeadline(work(), options.deadlineMs ?? 25_000, options.endpointUrl ?? `AWS Config in ${options.region}`);
  } catch (error) {
    throw describeAwsError(error, options);
  } finally {
    close();
  }
  return buildReport(app, { resources: template?.resources ?? [], results, staleAcknowledgements: template?.staleAcknowledgements ?? [] }, { failOn: options.failOn });
}

/** Injected clients are the caller's to end; clients made here are closed when the run is over. */
function clientsFor(options: LiveOptions): { clients: LiveClients; close: () => void } {
  if (options.clients) return { clients: options.clients, close: () => undefined };
  const made = createClients(options);
  return { clients: made, close: () => made.close() };
}

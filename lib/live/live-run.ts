import { checkApp } from '../check';
import type { Result } from '../engine/result';
import type { Severity } from '../engine/rule';
import { loadApp } from '../model/load';
import type { AppModel } from '../model/stack';
import { buildReport, type Report } from '../report/report';
import { checkAccount } from './account-checks';
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
 * result that maps to a managed rule, with the deployed resource's compliance beside it.
 */
export async function runLive(options: LiveOptions): Promise<Report> {
  const app: AppModel = options.assembly ? loadApp([options.assembly]) : { stacks: [] };
  const template = app.stacks.length > 0 ? checkApp(app, { failOn: options.failOn, allowedRegions: options.allowedRegions }) : undefined;
  const clients = options.clients ?? createClients(options);
  const progress = options.onProgress ?? (() => undefined);
  const work = async (): Promise<Result[]> => {
    progress(options.aggregator ? `reading aggregator ${options.aggregator}` : `reading the AWS Config recorder in ${options.region}`);
    const account = options.aggregator ? await checkAggregatorSources(clients.config, options.aggregator) : await checkAccount(clients.config, { region: options.region });
    if (!template) return account;
    const stackNames = new Map(app.stacks.filter((stack) => !stack.parent).map((stack) => [stack.name, stack.deployName ?? stack.name]));
    const live = await withDeployedCompliance(template.results, clients, stackNames, (done, total) => progress(`comparing with deployed resources ${done}/${total}`));
    return [...account, ...live];
  };
  let results: Result[];
  try {
    results = await withDeadline(work(), options.deadlineMs ?? 25_000, options.endpointUrl ?? `AWS Config in ${options.region}`);
  } catch (error) {
    throw describeAwsError(error, options);
  } finally {
    if (!options.clients) {
      clients.config.destroy();
      clients.cloudformation.destroy();
    }
  }
  return buildReport(app, { resources: template?.resources ?? [], results, staleAcknowledgements: template?.staleAcknowledgements ?? [] }, { failOn: options.failOn });
}

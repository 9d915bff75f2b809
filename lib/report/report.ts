import { DUTIES, RESPONSIBILITIES, type Duty, type ServiceCategory } from '../categories';
import type { Evaluation } from '../engine/evaluate';
import { failingResults, type ResourceEntry, type Result } from '../engine/result';
import { SEVERITIES, STATUSES, type Severity, type Status } from '../engine/rule';
import type { AppModel } from '../model/stack';
import { TOOL_NAME, TOOL_VERSION } from '../version';

export interface StackEntry {
  readonly name: string;
  readonly templatePath: string;
  readonly account?: string;
  readonly region?: string;
}

export interface Summary {
  readonly stacks: number;
  readonly resources: number;
  readonly results: number;
  readonly byStatus: Record<Status, number>;
  /** Unaddressed results by severity. */
  readonly unaddressedBySeverity: Record<Severity, number>;
  readonly byDuty: Record<Duty, Record<Status, number>>;
  readonly byCategory: Record<ServiceCategory, { resources: number } & Record<Status, number>>;
  readonly failOn: Severity | 'none';
  /** Unaddressed results at or above `failOn`: what makes the run fail. */
  readonly failing: number;
}

/** The JSON report, `schemaVersion: 1`. Field names are a public contract: add, never rename. */
export interface Report {
  readonly schemaVersion: 1;
  readonly tool: { readonly name: string; readonly version: string };
  readonly generatedAt: string;
  readonly stacks: readonly StackEntry[];
  readonly responsibilities: typeof RESPONSIBILITIES;
  readonly resources: readonly ResourceEntry[];
  readonly results: readonly Result[];
  /** Acknowledgements that matched no open finding; they should be removed or fixed. */
  readonly staleAcknowledgements: Evaluation['staleAcknowledgements'];
  readonly summary: Summary;
}

export interface ReportOptions {
  readonly failOn: Severity | 'none';
  /** Fixed for reproducible output in tests; defaults to now. */
  readonly generatedAt?: string;
}

const CATEGORIES: readonly ServiceCategory[] = ['infrastructure', 'container', 'abstracted', 'custom'];

function zeroStatuses(): Record<Status, number> {
  return Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
}

export function buildReport(app: AppModel, evaluation: Evaluation, options: ReportOptions): Report {
  const byStatus = zeroStatuses();
  const unaddressedBySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const byDuty = Object.fromEntries(DUTIES.map((duty) => [duty, zeroStatuses()])) as Record<Duty, Record<Status, number>>;
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, { resources: 0, ...zeroStatuses() }])) as Summary['byCategory'];
  for (const resource of evaluation.resources) byCategory[resource.category].resources++;
  for (const result of evaluation.results) {
    byStatus[result.status]++;
    byDuty[result.duty][result.status]++;
    byCategory[result.category][result.status]++;
    if (result.status === 'unaddressed') unaddressedBySeverity[result.severity]++;
  }
  return {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    generatedAt: options.generatedAt ?? new Date().toISOString(),
    stacks: app.stacks.map((stack) => ({
      name: stack.name,
      templatePath: stack.templatePath,
      account: stack.environment.account,
      region: stack.environment.region,
    })),
    responsibilities: RESPONSIBILITIES,
    resources: evaluation.resources,
    results: evaluation.results,
    staleAcknowledgements: evaluation.staleAcknowledgements,
    summary: {
      stacks: app.stacks.length,
      resources: evaluation.resources.length,
      results: evaluation.results.length,
      byStatus,
      unaddressedBySeverity,
      byDuty,
      byCategory,
      failOn: options.failOn,
      failing: failingResults(evaluation.results, options.failOn).length,
    },
  };
}

/** Pretty for people by default; `compact` for the copy written into cdk.out, which tools read and which can run to many megabytes. */
export function renderJson(report: Report, options: { compact?: boolean } = {}): string {
  return `${options.compact ? JSON.stringify(report) : JSON.stringify(report, null, 2)}\n`;
}

import { DUTIES, RESPONSIBILITIES, type Duty, type ServiceCategory } from '../categories';
import { EngineResult } from '../engine/engine-result';
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
  return [...jsonChunks(report, options)].join('');
}

/** Compact JSON text of `items[from..to)`, with a leading comma unless it starts the list; engine results take their fast path. */
function compactItems(items: readonly unknown[], from: number, to: number): string {
  let text = '';
  for (let i = from; i < to; i++) {
    const item = items[i];
    text += `${i > 0 ? ',' : ''}${EngineResult.compactJson(item) ?? JSON.stringify(item) ?? 'null'}`;
  }
  return text;
}

/**
 * Items serialized per chunk: enough that JSON.stringify does the work, few enough that each
 * chunk (~50 KB) stays in the young generation. Chunks of 500 (~500 KB) went to large-object space
 * and triggered full collections of the heap the CDK app shares with us: ~20 % slower at 20,000
 * resources.
 */
const CHUNK_ITEMS = 50;

/**
 * The same text as {@link renderJson}, byte for byte, in pieces: the long lists (`resources`,
 * `results`) {@link CHUNK_ITEMS} items at a time, so a report of a large app is written without
 * building one string of a hundred megabytes (and its encoded copy) in memory.
 */
export function* jsonChunks(report: object, options: { compact?: boolean } = {}): Generator<string> {
  const pretty = !options.compact;
  const fields = Object.entries(report).filter(([, value]) => value !== undefined && typeof value !== 'function');
  yield '{';
  for (let f = 0; f < fields.length; f++) {
    const [key, value] = fields[f];
    yield `${f > 0 ? ',' : ''}${pretty ? '\n  ' : ''}${JSON.stringify(key)}:${pretty ? ' ' : ''}`;
    if (!Array.isArray(value) || value.length <= CHUNK_ITEMS) {
      yield pretty ? JSON.stringify(value, null, 2).replace(/\n/g, '\n  ') : JSON.stringify(value);
      continue;
    }
    yield '[';
    for (let i = 0; i < value.length; i += CHUNK_ITEMS) {
      if (!pretty) {
        yield compactItems(value, i, Math.min(i + CHUNK_ITEMS, value.length));
        continue;
      }
      const batch = JSON.stringify(value.slice(i, i + CHUNK_ITEMS), null, 2);
      // A batch prints as `[\n  item,\n  item\n]`: keep the items, indent them one level deeper.
      yield `${i > 0 ? ',' : ''}\n  ${batch.slice(2, -2).replace(/\n/g, '\n  ')}`;
    }
    yield pretty ? '\n  ]' : ']';
  }
  yield pretty ? '\n}\n' : '}\n';
}

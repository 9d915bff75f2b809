import * as fs from 'fs';
import { atOrAbove, type Result } from '../engine/result';
import type { Severity } from '../engine/rule';
import { InputError } from '../model/errors';
import type { Report, Summary } from './report';
import { writeFileAtomic } from './write-file';

/**
 * A baseline: the unaddressed findings a team accepted as of some day, so a pull-request gate
 * fails only on new ones. Findings are matched by fingerprint (rule, stack, construct path or
 * logical id, finding key — never line numbers, so edits elsewhere do not churn it). The other
 * fields are there for the humans who review the file.
 */
export interface BaselineEntry {
  readonly fingerprint: string;
  readonly ruleId: string;
  readonly stack: string;
  /** Construct path when known, else logical id: what the fingerprint was computed from. */
  readonly subject: string;
  readonly logicalId: string;
  readonly severity: Severity;
  readonly message: string;
}

export interface BaselineFile {
  readonly version: 1;
  readonly tool: string;
  readonly entries: readonly BaselineEntry[];
}

/** Added to the JSON report's summary when `--baseline` is in effect (a new field: nothing renamed). */
export interface BaselineSummary {
  readonly file: string;
  /** Entries in the baseline file. */
  readonly entries: number;
  /** Unaddressed findings that the baseline holds: reported, but they do not fail the gate. */
  readonly unchanged: number;
  /** Unaddressed findings not in the baseline. */
  readonly new: number;
  readonly newFindings: readonly { readonly fingerprint: string; readonly ruleId: string; readonly stack: string; readonly subject: string; readonly severity: Severity; readonly message: string }[];
  /** Baseline entries with no unaddressed finding today: fixed (or the resource is gone); remove them. */
  readonly fixed: readonly BaselineEntry[];
}

export type GatedReport = Report & { readonly summary: Summary & { readonly baseline?: BaselineSummary } };

export function baselineSummaryOf(report: Report): BaselineSummary | undefined {
  const summary: Summary & { baseline?: unknown } = report.summary;
  const candidate = summary.baseline;
  return typeof candidate === 'object' && candidate !== null && 'fixed' in candidate ? (candidate as BaselineSummary) : undefined;
}

const subjectOf = (result: Result): string => result.constructPath ?? result.logicalId;

export function createBaseline(report: Report): BaselineFile {
  const seen = new Set<string>();
  const entries: BaselineEntry[] = [];
  for (const result of report.results) {
    if (result.status !== 'unaddressed' || seen.has(result.fingerprint)) continue;
    seen.add(result.fingerprint);
    entries.push({
      fingerprint: result.fingerprint,
      ruleId: result.ruleId,
      stack: result.stack,
      subject: subjectOf(result),
      logicalId: result.logicalId,
      severity: result.severity,
      message: result.message,
    });
  }
  // Sorted by what a reviewer scans for, so a re-written baseline diffs only where findings changed.
  entries.sort((a, b) => a.stack.localeCompare(b.stack) || a.subject.localeCompare(b.subject) || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint));
  return { version: 1, tool: report.tool.name, entries };
}

export function writeBaseline(file: string, report: Report): BaselineFile {
  const baseline = createBaseline(report);
  writeFileAtomic(file, `${JSON.stringify(baseline, null, 2)}\n`);
  return baseline;
}

/** Reads and validates a baseline file; every problem is an InputError naming the file (exit 2). */
export function readBaseline(file: string): BaselineFile {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'baseline file not found' : code === 'EISDIR' ? 'baseline is a directory, not a file' : code === 'EACCES' ? 'baseline file is not readable (permission denied)' : `cannot read baseline: ${(error as Error).message}`;
    throw new InputError(reason, file);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`baseline is not valid JSON: ${(error as Error).message}`, file);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new InputError('not a cdk-srm baseline: expected a JSON object with "version" and "entries"', file);
  const record = data as Record<string, unknown>;
  if (record.version !== 1) throw new InputError(`unsupported baseline version ${JSON.stringify(record.version)} (this cdk-srm reads version 1)`, file);
  if (!Array.isArray(record.entries)) throw new InputError('not a cdk-srm baseline: "entries" must be an array', file);
  const entries = record.entries.map((entry: unknown, index: number): BaselineEntry => {
    if (typeof entry !== 'object' || entry === null) throw new InputError(`entries[${index}] is not an object`, file);
    const e = entry as Record<string, unknown>;
    if (typeof e.fingerprint !== 'string' || !/^[0-9a-f]{8,64}$/.test(e.fingerprint)) throw new InputError(`entries[${index}].fingerprint must be a hex string`, file);
    const text = (key: string): string => (typeof e[key] === 'string' ? (e[key] as string) : '');
    const severity = ['critical', 'high', 'medium', 'low'].includes(text('severity')) ? (text('severity') as Severity) : 'high';
    return { fingerprint: e.fingerprint, ruleId: text('ruleId'), stack: text('stack'), subject: text('subject'), logicalId: text('logicalId'), severity, message: text('message') };
  });
  return { version: 1, tool: typeof record.tool === 'string' ? record.tool : '', entries };
}

/**
 * The report as the gate sees it with a baseline: findings the baseline holds still appear in
 * every format, but `summary.failing` counts only new ones, and `summary.baseline` says which
 * are new and which baseline entries are fixed.
 */
export function applyBaseline(report: Report, baseline: BaselineFile, file: string): GatedReport {
  const known = new Set(baseline.entries.map((entry) => entry.fingerprint));
  const open = report.results.filter((result) => result.status === 'unaddressed');
  const openFingerprints = new Set(open.map((result) => result.fingerprint));
  const fresh = open.filter((result) => !known.has(result.fingerprint));
  const failOn = report.summary.failOn;
  const summary: BaselineSummary = {
    file,
    entries: baseline.entries.length,
    unchanged: open.length - fresh.length,
    new: fresh.length,
    newFindings: fresh.map((result) => ({ fingerprint: result.fingerprint, ruleId: result.ruleId, stack: result.stack, subject: subjectOf(result), severity: result.severity, message: result.message })),
    fixed: baseline.entries.filter((entry) => !openFingerprints.has(entry.fingerprint)),
  };
  return {
    ...report,
    summary: { ...report.summary, failing: fresh.filter((result) => atOrAbove(result.severity, failOn)).length, baseline: summary },
  };
}

/** Lines for the terminal: what the baseline let through, what is new, what is fixed. */
export function renderBaselineText(summary: BaselineSummary, failOn: Severity | 'none'): string {
  const lines = [`Baseline ${summary.file}: ${summary.entries} entr${summary.entries === 1 ? 'y' : 'ies'}; ${summary.unchanged} finding(s) still open and accepted, ${summary.new} new, ${summary.fixed.length} fixed.`];
  for (const finding of summary.newFindings) {
    const gate = atOrAbove(finding.severity, failOn) ? '' : ' (below the threshold)';
    lines.push(`  new: ${finding.ruleId} ${finding.severity} ${finding.stack} ${finding.subject}: ${finding.message}${gate}`);
  }
  for (const entry of summary.fixed) lines.push(`  fixed: ${entry.ruleId} ${entry.stack} ${entry.subject} (remove it from the baseline)`);
  return `${lines.join('\n')}\n`;
}

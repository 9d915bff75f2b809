import { DUTIES, DUTY_TITLES, type ServiceCategory } from '../categories';
import type { Result } from '../engine/result';
import { SEVERITIES, STATUSES } from '../engine/rule';
import { baselineSummaryOf } from './baseline';
import { escapeMarkdown, markdownCode } from './escape';
import type { Report } from './report';
import { RULES_DOC_URL } from './sarif';

/** GitHub's limit for an issue or pull-request comment body, and for one step summary. */
export const GITHUB_COMMENT_LIMIT = 65536;

export interface MarkdownOptions {
  /** Stay under this many characters (default: GitHub's comment limit). */
  readonly maxLength?: number;
}

const CATEGORIES: readonly ServiceCategory[] = ['infrastructure', 'container', 'abstracted', 'custom'];
const SEVERITY_RANK = new Map(SEVERITIES.map((severity, index) => [severity, index]));

/**
 * Markdown for a pull-request comment or `$GITHUB_STEP_SUMMARY`: the gate, a summary by duty and
 * by category, then the unaddressed findings (most severe first). Findings that would take the
 * text past the limit are cut, and the last line says how many and where the full list is.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const limit = options.maxLength ?? GITHUB_COMMENT_LIMIT;
  const s = report.summary;
  const baseline = baselineSummaryOf(report);
  const gate =
    s.failOn === 'none'
      ? '⚪ Gate off (`--fail-on none`)'
      : s.failing > 0
        ? `🔴 **Failing**: ${s.failing} ${baseline ? 'new ' : ''}unaddressed finding(s) at or above \`${s.failOn}\``
        : `🟢 **Passing**: no ${baseline ? 'new ' : ''}unaddressed finding at or above \`${s.failOn}\``;
  const head: string[] = [
    '<!-- cdk-shared-responsibility report -->',
    '## Shared responsibility: customer duties',
    '',
    gate,
    '',
    `${s.stacks} stack(s), ${s.resources} resource(s), ${s.results} result(s): ${STATUSES.map((status) => `${s.byStatus[status]} ${status}`).join(', ')}.`,
  ];
  if (baseline) {
    head.push('', `Baseline ${markdownCode(baseline.file)}: ${baseline.unchanged} accepted finding(s) still open, **${baseline.new} new**, ${baseline.fixed.length} fixed.`);
  }
  head.push('', '### By duty', '', `| duty | ${STATUSES.join(' | ')} |`, `| --- |${STATUSES.map(() => ' ---: |').join('')}`);
  for (const duty of DUTIES) {
    const counts = s.byDuty[duty];
    if (STATUSES.every((status) => counts[status] === 0)) continue;
    head.push(`| ${DUTY_TITLES[duty]} (\`${duty}\`) | ${STATUSES.map((status) => count(counts[status], status)).join(' | ')} |`);
  }
  head.push('', '### By service category', '', `| category | resources | ${STATUSES.join(' | ')} |`, `| --- | ---: |${STATUSES.map(() => ' ---: |').join('')}`);
  for (const category of CATEGORIES) {
    const counts = s.byCategory[category];
    if (counts.resources === 0 && STATUSES.every((status) => counts[status] === 0)) continue;
    head.push(`| ${category} | ${counts.resources} | ${STATUSES.map((status) => count(counts[status], status)).join(' | ')} |`);
  }

  const newSet = baseline ? new Set(baseline.newFindings.map((finding) => finding.fingerprint)) : undefined;
  // New findings first when a baseline is in effect, then by severity; the original order breaks
  // ties. A stable bucket pass, not a sort: a large app has tens of thousands of open findings.
  const buckets: Result[][] = Array.from({ length: 2 * SEVERITIES.length }, () => []);
  for (const result of report.results) {
    if (result.status !== 'unaddressed') continue;
    buckets[rankNew(result, newSet) * SEVERITIES.length + (SEVERITY_RANK.get(result.severity) ?? 0)].push(result);
  }
  const open = buckets.flat();

  const body: string[] = ['', `### Unaddressed findings (${open.length})`, ''];
  if (open.length === 0) body.push('None.');
  else body.push(`| ${newSet ? 'new | ' : ''}severity | rule | stack | resource | duty | finding | fix |`, `| ${newSet ? '--- | ' : ''}--- | --- | --- | --- | --- | --- | --- |`);
  // Rendered one at a time below: only the rows that fit are worth escaping (a large app has thousands).
  const rowOf = (result: Result): string => {
    const where = `${markdownCode(result.constructPath ?? result.logicalId)}<br>${escapeMarkdown(result.resourceType)}`;
    return `| ${newSet ? (newSet.has(result.fingerprint) ? '🆕 | ' : ' | ') : ''}${result.severity} | [${result.ruleId}](${ruleAnchor(result.ruleId)}) | ${escapeMarkdown(result.stack)} | ${where} | ${result.duty} | ${escapeMarkdown(result.message)} | ${escapeMarkdown(result.fix)} |`;
  };
  const review = report.results.filter((result) => result.status === 'needs-review');
  const tail = review.length > 0 ? ['', `${review.length} result(s) need review: the template holds values the tool cannot resolve (parameters, imports). See the full report.`] : [];

  let text = [...head, ...body].join('\n');
  const closing = tail.join('\n');
  // Room for the closing lines and for the note about what was cut.
  const reserve = closing.length + 300;
  let shown = 0;
  for (const result of open) {
    const row = rowOf(result);
    if (text.length + 1 + row.length + reserve > limit) break;
    text += `\n${row}`;
    shown++;
  }
  if (shown < open.length) {
    text += `\n\n> ✂️ ${open.length - shown} of ${open.length} unaddressed findings are not shown: this summary stays under GitHub's ${limit.toLocaleString('en-US')}-character limit. The SARIF, HTML and JSON reports list them all.`;
  }
  text += `${closing}\n`;
  return text;
}

function rankNew(result: Result, newSet: ReadonlySet<string> | undefined): number {
  return newSet && !newSet.has(result.fingerprint) ? 1 : 0;
}

function count(value: number, status: string): string {
  return value > 0 && status === 'unaddressed' ? `**${value}**` : String(value);
}

function ruleAnchor(ruleId: string): string {
  return `${RULES_DOC_URL}#${ruleId.toLowerCase()}`;
}

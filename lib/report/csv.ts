import { RESPONSIBILITIES, type Duty, type DutyOwner, type ServiceCategory } from '../categories';
import type { Result } from '../engine/result';
import { SEVERITIES, STATUSES, type Severity, type Status } from '../engine/rule';
import { csvField } from './escape';
import type { Report } from './report';

export const CSV_COLUMNS = [
  'stack',
  'logicalId',
  'resourceType',
  'constructPath',
  'category',
  'duty',
  'responsible',
  'status',
  'evidence',
  'ruleIds',
  'configRules',
  'securityHub',
  'controlTower',
  'severity',
  'responsibilityNote',
] as const;

const RESPONSIBLE: Record<DutyOwner, string> = { aws: 'AWS', customer: 'customer', shared: 'shared' };

/** The status that needs the most attention: STATUSES lists them from unaddressed to addressed. */
function worstStatus(results: readonly Result[]): Status {
  return STATUSES.find((status) => results.some((result) => result.status === status)) ?? 'addressed';
}

function highestSeverity(results: readonly Result[]): Severity | '' {
  return SEVERITIES.find((severity) => results.some((result) => result.severity === severity)) ?? '';
}

const unique = (items: readonly string[]): string[] => [...new Set(items)];

/**
 * The Customer Responsibility Matrix: one row per resource and duty that at least one rule
 * evaluated, with who carries the duty for the resource's category (AWS, customer or shared, from
 * RESPONSIBILITIES), the worst status among that duty's results, the evidence, and the AWS
 * control mappings. Duties no rule looked at are not listed per resource: the category table in
 * the HTML and JSON reports states them, and a row without an assessment would read as one.
 *
 * RFC 4180: CRLF line ends, quoted fields where needed; formula-like cells are neutralised.
 */
export function renderCsv(report: Report): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  const groups = new Map<string, Result[]>();
  for (const result of report.results) {
    const key = `${result.stack}\u0000${result.logicalId}\u0000${result.duty}`;
    const group = groups.get(key);
    if (group) group.push(result);
    else groups.set(key, [result]);
  }
  const resourceOf = new Map(report.resources.map((resource) => [`${resource.stack}\u0000${resource.logicalId}`, resource]));
  for (const results of groups.values()) {
    const first = results[0];
    const resource = resourceOf.get(`${first.stack}\u0000${first.logicalId}`);
    const category: ServiceCategory = resource?.category ?? first.category;
    const duty: Duty = first.duty;
    const evidence = results.map((result) => {
      const details = result.evidence.map((item) => item.description).filter(Boolean);
      const acknowledged = result.acknowledgement ? ` (acknowledged: ${result.acknowledgement})` : '';
      return `${result.ruleId} ${result.status}: ${result.message}${acknowledged}${details.length ? ` [${details.join('; ')}]` : ''}`;
    });
    const unaddressed = results.filter((result) => result.status === 'unaddressed');
    rows.push([
      first.stack,
      first.logicalId,
      resource?.type ?? first.resourceType,
      resource?.constructPath ?? first.constructPath ?? '',
      category,
      duty,
      RESPONSIBLE[RESPONSIBILITIES[category].duties[duty]],
      worstStatus(results),
      evidence.join(' | '),
      unique(results.map((result) => result.ruleId)).join(' '),
      unique(results.flatMap((result) => (result.configRule ? [result.configRule] : []))).join(' '),
      unique(results.flatMap((result) => result.securityHub)).join(' '),
      unique(results.flatMap((result) => result.controlTower)).join(' '),
      highestSeverity(unaddressed.length > 0 ? unaddressed : results),
      RESPONSIBILITIES[category].notes[duty] ?? '',
    ]);
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

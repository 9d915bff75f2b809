import { DUTY_TITLES } from '../categories';
import type { Result } from '../engine/result';
import type { Report } from './report';

export interface TextOptions {
  /** Also list addressed results (the default shows only what needs attention). */
  readonly verbose?: boolean;
  readonly color?: boolean;
}

const MARK: Record<Result['status'], string> = {
  unaddressed: '✗',
  'needs-review': '?',
  runtime: '~',
  acknowledged: '✓',
  addressed: '✓',
};

/**
 * What `cdk-srm live` puts beside a result (see lib/live/deployed-compliance.ts), read by shape so
 * the renderers stay independent of live mode.
 */
interface WithDeployedVerdict {
  readonly live?: { readonly configRuleName: string; readonly compliance: string; readonly physicalId: string };
  readonly drift?: boolean;
}

const deployed = (result: Result): WithDeployedVerdict => result as Result & WithDeployedVerdict;

/** Text for a terminal: grouped by stack and resource, with the category, duty, status and fix. */
export function renderText(report: Report, options: TextOptions = {}): string {
  const paint = (code: string, text: string): string => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const statusColor: Record<Result['status'], string> = {
    unaddressed: '31',
    'needs-review': '33',
    runtime: '36',
    acknowledged: '32',
    addressed: '32',
  };
  // A drifted result is shown whatever its template status: the account says otherwise.
  const shown = report.results.filter((result) => options.verbose || (result.status !== 'addressed' && result.status !== 'acknowledged') || deployed(result).drift);
  const lines: string[] = [];
  const categoryOf = new Map(report.resources.map((r) => [`${r.stack}\u0000${r.logicalId}`, r.category]));
  let currentStack: string | undefined;
  let currentResource: string | undefined;
  for (const result of shown) {
    if (result.stack !== currentStack) {
      currentStack = result.stack;
      currentResource = undefined;
      lines.push('', paint('1', `Stack ${result.stack}`) + paint('2', ` (${result.templatePath})`));
    }
    const resourceKey = `${result.logicalId}\u0000${result.resourceType}`;
    if (resourceKey !== currentResource) {
      currentResource = resourceKey;
      const category = categoryOf.get(`${result.stack}\u0000${result.logicalId}`) ?? result.category;
      const where = result.constructPath ?? result.logicalId;
      const source = result.sourceLocation ? ` · ${result.sourceLocation.file}:${result.sourceLocation.line}` : '';
      lines.push(`  ${where}  ${paint('2', `${result.resourceType} · ${category}${source}`)}`);
    }
    const status = paint(statusColor[result.status], `${MARK[result.status]} ${result.status}`);
    lines.push(`    ${status}  ${result.severity}  ${result.ruleId} ${DUTY_TITLES[result.duty]}: ${result.message}`);
    if (result.status === 'unaddressed') lines.push(`        fix: ${result.fix}`);
    if (result.acknowledgement) lines.push(`        acknowledged: ${result.acknowledgement}`);
    const { live, drift } = deployed(result);
    if (live) {
      const verdict = `deployed ${live.physicalId}: AWS Config rule ${live.configRuleName} says ${live.compliance}`;
      lines.push(`        ${drift ? paint('35', `${verdict} — drift: the template and the account disagree`) : verdict}`);
    }
  }
  const drifted = report.results.filter((result) => deployed(result).drift).length;
  const s = report.summary;
  lines.push(
    '',
    `${s.stacks} stack(s), ${s.resources} resource(s), ${s.results} result(s): ` +
      `${s.byStatus.unaddressed} unaddressed, ${s.byStatus['needs-review']} needs review, ${s.byStatus.runtime} runtime, ` +
      `${s.byStatus.acknowledged} acknowledged, ${s.byStatus.addressed} addressed.`,
    ...(drifted > 0 ? [`Drift: ${drifted} result(s) where the template and AWS Config disagree.`] : []),
    s.failOn === 'none'
      ? 'Gate: off (--fail-on none).'
      : `Gate: ${s.failing} unaddressed finding(s) at or above ${s.failOn}${s.failing > 0 ? ' — failing' : ' — passing'}.`,
  );
  return `${lines.join('\n').replace(/^\n/, '')}\n`;
}

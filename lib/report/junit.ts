import { DUTY_TITLES } from '../categories';
import type { Result } from '../engine/result';
import { escapeXml, escapeXmlText } from './escape';
import type { Report } from './report';

/**
 * JUnit XML for CI systems that show test reports (GitLab, Jenkins, Azure DevOps, CircleCI).
 *
 * One `<testsuite>` per stack, one `<testcase>` per result: `unaddressed` is a `<failure>`;
 * `needs-review`, `runtime` and `acknowledged` are `<skipped>` with the reason (the template
 * alone did not settle them, or a person accepted them); `addressed` passes.
 */
export function renderJunit(report: Report): string {
  const stacks = [...new Set([...report.stacks.map((stack) => stack.name), ...report.results.map((result) => result.stack)])];
  const suites: string[] = [];
  let total = 0;
  let failures = 0;
  let skipped = 0;
  for (const stack of stacks) {
    const results = report.results.filter((result) => result.stack === stack);
    const suiteFailures = results.filter((result) => result.status === 'unaddressed').length;
    const suiteSkipped = results.filter((result) => isSkipped(result)).length;
    total += results.length;
    failures += suiteFailures;
    skipped += suiteSkipped;
    const templatePath = report.stacks.find((entry) => entry.name === stack)?.templatePath ?? results[0]?.templatePath ?? '';
    suites.push(
      `  <testsuite name="${escapeXml(stack)}" tests="${results.length}" failures="${suiteFailures}" errors="0" skipped="${suiteSkipped}" time="0" timestamp="${escapeXml(report.generatedAt.replace(/Z$/, ''))}">`,
      `    <properties><property name="templatePath" value="${escapeXml(templatePath)}"/></properties>`,
      ...results.map(testcase),
      '  </testsuite>',
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXml(report.tool.name)}" tests="${total}" failures="${failures}" errors="0" skipped="${skipped}" time="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

function isSkipped(result: Result): boolean {
  return result.status === 'needs-review' || result.status === 'runtime' || result.status === 'acknowledged';
}

function testcase(result: Result): string {
  const subject = result.constructPath ?? result.logicalId;
  const open = `    <testcase classname="${escapeXml(`${result.stack}.${subject}`)}" name="${escapeXml(`${result.ruleId} ${DUTY_TITLES[result.duty]}: ${result.title}`)}" file="${escapeXml(result.templatePath)}"${result.line ? ` line="${result.line}"` : ''} time="0"`;
  if (result.status === 'addressed') return `${open}/>`;
  if (result.status === 'unaddressed') {
    const body = [
      `${result.resourceType} ${result.logicalId}${result.constructPath ? ` (${result.constructPath})` : ''}`,
      `severity: ${result.severity}`,
      `message: ${result.message}`,
      `fix: ${result.fix}`,
      ...result.evidence.map((evidence) => `evidence: ${evidence.description}`),
      ...(result.configRule ? [`AWS Config rule: ${result.configRule}`] : []),
    ].join('\n');
    return `${open}>\n      <failure message="${escapeXml(result.message)}" type="${escapeXml(result.severity)}">${escapeXmlText(body)}</failure>\n    </testcase>`;
  }
  const reason =
    result.status === 'acknowledged'
      ? `acknowledged: ${result.acknowledgement ?? result.message}`
      : result.status === 'runtime'
        ? `runtime: ${result.message}${result.configRule ? ` (AWS Config rule ${result.configRule})` : ''}`
        : `needs review: ${result.message}`;
  return `${open}>\n      <skipped message="${escapeXml(reason)}"/>\n    </testcase>`;
}

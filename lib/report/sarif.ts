import * as path from 'path';
import { pathToFileURL } from 'url';
import { DUTY_TITLES } from '../categories';
import type { Result } from '../engine/result';
import type { Rule, Severity } from '../engine/rule';
import type { Report } from './report';

/** Where docs/RULES.md is published; each rule's `helpUri` is an anchor in it. */
export const RULES_DOC_URL = 'https://github.com/cdk-shared-responsibility/cdk-shared-responsibility/blob/main/docs/RULES.md';
export const INFORMATION_URI = 'https://github.com/cdk-shared-responsibility/cdk-shared-responsibility';
export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const FINGERPRINT_KEY = 'srmFingerprint/v1';

export interface SarifOptions {
  /** The rules that ran: `tool.driver.rules` describes each, with help text. */
  readonly rules: readonly Rule[];
  /** Artifact URIs are relative to this directory (the repository root in CI). Default: process.cwd(). */
  readonly cwd?: string;
  /** Fingerprints of findings an applied baseline already holds: those results get `baselineState: unchanged`. */
  readonly baselined?: ReadonlySet<string>;
}

// GitHub code scanning maps security-severity to its own levels: >= 9.0 critical, 7.0-8.9 high,
// 4.0-6.9 medium, below 4.0 low. One value inside each band keeps our severities intact there.
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };

interface SourceLocationLike {
  readonly file: string;
  readonly line: number;
  readonly column?: number;
}

// `sourceLocation` is optional on Result and only present for CDK assemblies with creation stacks;
// the guard also protects against a malformed value read back from an older JSON report.
function sourceLocationOf(result: Result): SourceLocationLike | undefined {
  const candidate: unknown = (result as { sourceLocation?: unknown }).sourceLocation;
  if (typeof candidate !== 'object' || candidate === null) return undefined;
  const { file, line, column } = candidate as Record<string, unknown>;
  if (typeof file !== 'string' || file === '' || typeof line !== 'number' || !Number.isInteger(line) || line < 1) return undefined;
  return { file, line, column: typeof column === 'number' && Number.isInteger(column) && column >= 1 ? column : undefined };
}

/** Ends a message with a full stop unless it already ends with punctuation. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?:]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** A relative, forward-slash, percent-encoded URI for a file, as GitHub expects for files in the checkout. */
export function artifactUri(file: string, cwd: string): string {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  // A file on another Windows drive has no relative form; an absolute file: URI is still valid SARIF.
  if (path.isAbsolute(relative)) return pathToFileURL(absolute).href;
  return relative
    .split(path.sep)
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function ruleDescriptor(rule: Rule) {
  const c = rule.controls;
  const mappings = [
    c.configRule ? `AWS Config rule: ${c.configRule}` : undefined,
    c.securityHub?.length ? `Security Hub: ${c.securityHub.join(', ')}` : undefined,
    c.controlTower?.length ? `Control Tower: ${c.controlTower.join(', ')}` : undefined,
    c.nist80053?.length ? `NIST 800-53 rev 5: ${c.nist80053.join(', ')}` : undefined,
  ].filter((line): line is string => line !== undefined);
  const text = [
    rule.docs.description,
    `Duty: ${DUTY_TITLES[rule.duty]} (${rule.duty}).`,
    `Addressed by: ${rule.docs.addressedBy}`,
    ...(rule.docs.default ? [`When absent: ${rule.docs.default}`] : []),
    `Fix (CDK): ${rule.docs.fix.cdk}`,
    `Fix (CloudFormation): ${rule.docs.fix.cloudformation}`,
    ...mappings,
  ].join('\n');
  const markdown = [
    `**${rule.title}**`,
    '',
    rule.docs.description,
    '',
    `- Duty: ${DUTY_TITLES[rule.duty]} (\`${rule.duty}\`)`,
    `- Addressed by: ${rule.docs.addressedBy}`,
    ...(rule.docs.default ? [`- When absent: ${rule.docs.default}`] : []),
    ...mappings.map((line) => `- ${line}`),
    '',
    '**Fix (CDK)**',
    '',
    '```ts',
    rule.docs.fix.cdk,
    '```',
    '',
    `**Fix (CloudFormation)**: ${rule.docs.fix.cloudformation}`,
  ].join('\n');
  return {
    id: rule.id,
    name: rule.id.replace(/[^A-Za-z0-9]/g, ''),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.docs.description },
    help: { text, markdown },
    helpUri: `${RULES_DOC_URL}#${rule.id.toLowerCase()}`,
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: ['security', 'shared-responsibility', rule.duty],
      'security-severity': SECURITY_SEVERITY[rule.severity],
      precision: 'high',
      duty: rule.duty,
      severity: rule.severity,
    },
  };
}

/** A rule that produced a result but is not among the rules passed in (a report read back from JSON). */
function descriptorFromResult(result: Result) {
  return {
    id: result.ruleId,
    name: result.ruleId.replace(/[^A-Za-z0-9]/g, ''),
    shortDescription: { text: result.title },
    helpUri: `${RULES_DOC_URL}#${result.ruleId.toLowerCase()}`,
    properties: { tags: ['security', 'shared-responsibility', result.duty], 'security-severity': SECURITY_SEVERITY[result.severity] },
  };
}

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
 *
 * Only results that need someone's attention are emitted:
 * - `unaddressed`: level from the severity (critical/high → error, medium → warning, low → note).
 * - `needs-review`: level `note` with `properties.status = "needs-review"`. SARIF's `kind: review`
 *   would require `level: none`, which code scanning shows as nothing at all; a note is visible
 *   without failing a code-scanning gate that is set to errors.
 * Addressed, acknowledged and runtime results are not alerts; the JSON and HTML reports hold them.
 */
export function renderSarif(report: Report, options: SarifOptions): string {
  const cwd = options.cwd ?? process.cwd();
  const descriptors: ReturnType<typeof ruleDescriptor | typeof descriptorFromResult>[] = options.rules.map(ruleDescriptor);
  const indexOf = new Map(options.rules.map((rule, index) => [rule.id, index]));
  const emitted = report.results.filter((result) => result.status === 'unaddressed' || result.status === 'needs-review');
  for (const result of emitted) {
    if (!indexOf.has(result.ruleId)) {
      indexOf.set(result.ruleId, descriptors.length);
      descriptors.push(descriptorFromResult(result));
    }
  }
  const results = emitted.map((result) => {
    const review = result.status === 'needs-review';
    const subject = result.constructPath ?? `${result.stack}/${result.logicalId}`;
    const source = sourceLocationOf(result);
    const region: { startLine: number; startColumn?: number } = { startLine: result.line !== undefined && result.line >= 1 ? result.line : 1 };
    return {
      ruleId: result.ruleId,
      ruleIndex: indexOf.get(result.ruleId) ?? -1,
      level: review ? 'note' : LEVEL[result.severity],
      message: {
        text: `${review ? 'Needs review: ' : ''}${result.logicalId} (${result.resourceType}): ${sentence(result.message)}${review ? '' : ` Fix: ${sentence(result.fix)}`}`,
      },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: artifactUri(result.templatePath, cwd) }, region },
          logicalLocations: [{ name: result.logicalId, fullyQualifiedName: subject, kind: 'resource' }],
        },
      ],
      // The template usually lives in cdk.out, outside the repository; the CDK line that made the
      // resource is what a reviewer wants to open, so it comes along as a related location.
      ...(source
        ? {
            relatedLocations: [
              {
                id: 1,
                physicalLocation: {
                  artifactLocation: { uri: artifactUri(source.file, cwd) },
                  region: source.column ? { startLine: source.line, startColumn: source.column } : { startLine: source.line },
                },
                message: { text: 'CDK code that defines this resource' },
              },
            ],
          }
        : {}),
      partialFingerprints: { [FINGERPRINT_KEY]: result.fingerprint },
      ...(options.baselined ? { baselineState: options.baselined.has(result.fingerprint) ? 'unchanged' : 'new' } : {}),
      properties: {
        status: result.status,
        severity: result.severity,
        duty: result.duty,
        category: result.category,
        stack: result.stack,
        ...(result.propertyPath ? { propertyPath: result.propertyPath } : {}),
        ...(result.configRule ? { configRule: result.configRule } : {}),
        ...(result.securityHub.length ? { securityHub: result.securityHub } : {}),
      },
    };
  });
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: /^\d+\.\d+\.\d+/.test(report.tool.version) ? report.tool.version : undefined,
            informationUri: INFORMATION_URI,
            rules: descriptors,
          },
        },
        automationDetails: { id: 'cdk-shared-responsibility/' },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

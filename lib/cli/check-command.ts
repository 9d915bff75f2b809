import { checkApp, DEFAULT_FAIL_ON } from '../check';
import { loadConfig, selectRules } from '../config';
import { SEVERITIES, type Severity } from '../engine/rule';
import { loadApp } from '../model/load';
import { applyBaseline, readBaseline, renderBaselineText, writeBaseline, type BaselineFile, type GatedReport } from '../report/baseline';
import { renderCsv } from '../report/csv';
import { renderHtml } from '../report/html';
import { renderJunit } from '../report/junit';
import { renderMarkdown } from '../report/markdown';
import { jsonChunks, type Report } from '../report/report';
import { renderSarif } from '../report/sarif';
import { renderText } from '../report/text';
import { writeFileAtomic } from '../report/write-file';
import { REGION_PATTERN } from '../config/config';
import { ALL_RULES } from '../../rules';
import { oneOf, parseArgs, usage } from './args';
import type { Io } from './main';

export const FORMATS = ['text', 'json', 'sarif', 'markdown', 'html', 'csv', 'junit'] as const;
type Format = (typeof FORMATS)[number];

interface OutputSpec {
  readonly format: Format;
  readonly file?: string;
}

export function checkCommand(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, {
    '--format': { takesValue: true, repeatable: true },
    '--output': { takesValue: true, repeatable: true },
    '--fail-on': { takesValue: true },
    '--allowed-regions': { takesValue: true },
    '--config': { takesValue: true },
    '--baseline': { takesValue: true },
    '--write-baseline': { takesValue: true },
    '--verbose': { takesValue: false },
    '--no-color': { takesValue: false },
  });
  const outputs = outputSpecs(args.occurrences);
  // Every input the run depends on is read before the (possibly long) check, so a bad config or
  // baseline fails fast with exit 2 instead of after the analysis.
  const loaded = loadConfig({ explicitFile: args.flags.get('--config')?.[0], knownRuleIds: ALL_RULES.map((rule) => rule.id) });
  const config = loaded?.config;
  const baselineFile = args.flags.get('--baseline')?.[0];
  const baseline: BaselineFile | undefined = baselineFile !== undefined ? readBaseline(baselineFile) : undefined;
  const failFlag = args.flags.get('--fail-on')?.[0];
  const failOn = failFlag !== undefined ? oneOf<Severity | 'none'>('--fail-on', failFlag, [...SEVERITIES, 'none']) : (config?.failOn ?? DEFAULT_FAIL_ON);
  const allowedRegions = parseRegions(args.flags.get('--allowed-regions')?.[0]) ?? config?.allowedRegions;
  const rules = selectRules(ALL_RULES, config, loaded?.file);
  const paths = args.positionals.length > 0 ? args.positionals : ['cdk.out'];

  const app = loadApp(paths, { onSkip: (file, reason) => io.stderr(`cdk-srm: skipped ${file}: ${reason}\n`) });
  const checked = checkApp(app, { failOn, allowedRegions, rules });
  const report: GatedReport = baseline && baselineFile !== undefined ? applyBaseline(checked, baseline, baselineFile) : checked;

  const writeTo = args.flags.get('--write-baseline')?.[0];
  if (writeTo !== undefined) {
    const written = writeBaseline(writeTo, checked);
    io.stderr(`cdk-srm: wrote baseline ${writeTo} with ${written.entries.length} unaddressed finding(s)\n`);
  }

  const textToStdout = outputs.some((output) => output.format === 'text' && !output.file);
  for (const output of outputs) {
    let text = render(output.format, report, rules, {
      verbose: args.flags.has('--verbose'),
      color: !output.file && io.isTty && !args.flags.has('--no-color') && !process.env.NO_COLOR,
    });
    if (output.format === 'text' && report.summary.baseline) text += renderBaselineText(report.summary.baseline, failOn);
    if (output.file) writeFileAtomic(output.file, text);
    else if (typeof text === 'string') io.stdout(text);
    else for (const chunk of text) io.stdout(chunk);
  }
  // Without text on stdout (JSON or SARIF there, or everything to files) the baseline's verdict —
  // which findings are new, which entries are fixed — still reaches the log.
  if (report.summary.baseline && !textToStdout) io.stderr(renderBaselineText(report.summary.baseline, failOn).replace(/^/gm, 'cdk-srm: ').replace(/cdk-srm: $/, ''));
  return report.summary.failing > 0 ? 1 : 0;
}

/** Text of one format; JSON comes in chunks, which is what keeps a check of a large app within its memory budget. */
function render(format: Format, report: Report, rules: Parameters<typeof renderSarif>[1]['rules'], text: { verbose: boolean; color: boolean }): string | Iterable<string> {
  switch (format) {
    case 'json':
      return jsonChunks(report);
    case 'sarif': {
      const baseline = (report as GatedReport).summary.baseline;
      const fresh = baseline ? new Set(baseline.newFindings.map((finding) => finding.fingerprint)) : undefined;
      const baselined = fresh ? new Set(report.results.filter((result) => result.status === 'unaddressed' && !fresh.has(result.fingerprint)).map((result) => result.fingerprint)) : undefined;
      return renderSarif(report, { rules, baselined });
    }
    case 'markdown':
      return renderMarkdown(report);
    case 'html':
      return renderHtml(report);
    case 'csv':
      return renderCsv(report);
    case 'junit':
      return renderJunit(report);
    case 'text':
      return renderText(report, text);
  }
}

/** Pairs each `--output` with the `--format` before it; a format without an output goes to stdout. */
function outputSpecs(occurrences: readonly { flag: string; value?: string }[]): OutputSpec[] {
  const specs: { format: Format; file?: string }[] = [];
  for (const { flag, value } of occurrences) {
    if (flag === '--format') specs.push({ format: oneOf('--format', value ?? '', FORMATS) });
    if (flag === '--output') {
      const last = specs[specs.length - 1];
      if (!last) specs.push({ format: 'text', file: value });
      else if (last.file) throw usage(`--output ${value} follows another --output; give a --format before each`);
      else last.file = value;
    }
  }
  if (specs.length === 0) specs.push({ format: 'text' });
  if (specs.filter((spec) => !spec.file).length > 1) throw usage('only one --format can go to stdout; give the others an --output FILE');
  return specs;
}

function parseRegions(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const regions = value.split(',').map((region) => region.trim()).filter(Boolean);
  for (const region of regions) {
    if (!REGION_PATTERN.test(region)) throw usage(`--allowed-regions: ${JSON.stringify(region)} is not a region name like eu-west-1`);
  }
  if (regions.length === 0) throw usage('--allowed-regions needs at least one region');
  return regions;
}

import { checkApp, DEFAULT_FAIL_ON } from '../check';
import { SEVERITIES, type Severity } from '../engine/rule';
import { loadApp } from '../model/load';
import { renderJson } from '../report/report';
import { renderText } from '../report/text';
import { writeFileAtomic } from '../report/write-file';
import { oneOf, parseArgs, usage } from './args';
import type { Io } from './main';

const FORMATS = ['text', 'json'] as const;
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
    '--verbose': { takesValue: false },
    '--no-color': { takesValue: false },
  });
  const outputs = outputSpecs(args.occurrences);
  const failOn = oneOf<Severity | 'none'>('--fail-on', args.flags.get('--fail-on')?.[0] ?? DEFAULT_FAIL_ON, [...SEVERITIES, 'none']);
  const allowedRegions = parseRegions(args.flags.get('--allowed-regions')?.[0]);
  const paths = args.positionals.length > 0 ? args.positionals : ['cdk.out'];

  const app = loadApp(paths, { onSkip: (file, reason) => io.stderr(`cdk-srm: skipped ${file}: ${reason}\n`) });
  const report = checkApp(app, { failOn, allowedRegions });

  for (const output of outputs) {
    const text =
      output.format === 'json'
        ? renderJson(report)
        : renderText(report, { verbose: args.flags.has('--verbose'), color: !output.file && io.isTty && !args.flags.has('--no-color') && !process.env.NO_COLOR });
    if (output.file) writeFileAtomic(output.file, text);
    else io.stdout(text);
  }
  return report.summary.failing > 0 ? 1 : 0;
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
    if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) throw usage(`--allowed-regions: ${JSON.stringify(region)} is not a region name like eu-west-1`);
  }
  if (regions.length === 0) throw usage('--allowed-regions needs at least one region');
  return regions;
}

import { DEFAULT_FAIL_ON } from '../check';
import { SEVERITIES, type Severity } from '../engine/rule';
import { defaultAssembly } from '../live/default-assembly';
import { runLive } from '../live/live-run';
import { renderJson } from '../report/report';
import { renderText } from '../report/text';
import { writeFileAtomic } from '../report/write-file';
import { oneOf, parseArgs, usage } from './args';
import type { Io } from './main';

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/** `cdk-srm live [CLOUD_ASSEMBLY] --region R [--profile P] [--endpoint-url URL] [--aggregator NAME]`. */
export async function liveCommand(argv: readonly string[], io: Io & { isStderrTty?: boolean }): Promise<number> {
  const args = parseArgs(argv, {
    '--region': { takesValue: true },
    '--profile': { takesValue: true },
    '--endpoint-url': { takesValue: true },
    '--aggregator': { takesValue: true },
    '--format': { takesValue: true, repeatable: true },
    '--output': { takesValue: true, repeatable: true },
    '--fail-on': { takesValue: true },
    '--no-color': { takesValue: false },
  });
  if (args.positionals.length > 1) throw usage('live takes at most one cloud assembly');
  const region = args.flags.get('--region')?.[0] ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
  if (!region) throw usage('live needs --region (or AWS_REGION)');
  if (!REGION.test(region)) throw usage(`--region: ${JSON.stringify(region)} is not a region name like eu-west-1`);
  const endpointUrl = args.flags.get('--endpoint-url')?.[0];
  if (endpointUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(endpointUrl)) throw usage(`--endpoint-url: ${JSON.stringify(endpointUrl)} is not an http(s) URL`);
  const failOn = oneOf<Severity | 'none'>('--fail-on', args.flags.get('--fail-on')?.[0] ?? DEFAULT_FAIL_ON, [...SEVERITIES, 'none']);
  const outputs = pairOutputs(args.occurrences);

  let lastLength = 0;
  const onProgress = io.isStderrTty
    ? (message: string) => {
        const line = `cdk-srm live: ${message}`;
        io.stderr(`\r${line.padEnd(lastLength)}`);
        lastLength = line.length;
      }
    : undefined;
  const report = await runLive({
    region,
    profile: args.flags.get('--profile')?.[0],
    endpointUrl,
    aggregator: args.flags.get('--aggregator')?.[0],
    assembly: args.positionals[0] ?? defaultAssembly(),
    failOn,
    onProgress,
  }).finally(() => {
    if (lastLength > 0) io.stderr(`\r${' '.repeat(lastLength)}\r`);
  });
  for (const output of outputs) {
    const text = output.format === 'json' ? renderJson(report) : renderText(report, { color: !output.file && io.isTty && !args.flags.has('--no-color') });
    if (output.file) writeFileAtomic(output.file, text);
    else io.stdout(text);
  }
  return report.summary.failing > 0 ? 1 : 0;
}

function pairOutputs(occurrences: readonly { flag: string; value?: string }[]): { format: 'text' | 'json'; file?: string }[] {
  const specs: { format: 'text' | 'json'; file?: string }[] = [];
  for (const { flag, value } of occurrences) {
    if (flag === '--format') specs.push({ format: oneOf('--format', value ?? '', ['text', 'json'] as const) });
    if (flag === '--output') {
      const last = specs[specs.length - 1];
      if (!last) specs.push({ format: 'text', file: value });
      else last.file = value;
    }
  }
  if (specs.length === 0) specs.push({ format: 'text' });
  if (specs.filter((s) => !s.file).length > 1) throw usage('only one --format can go to stdout; give the others an --output FILE');
  return specs;
}

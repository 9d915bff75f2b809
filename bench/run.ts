/**
 * `npm run bench [-- --sizes 1000,5000,20000 --runs 5]`
 *
 * For each size: builds a CDK app, synthesizes it once with this project's validation plugin and
 * cdk-nag's AwsSolutionsChecks both registered, and times each plugin's `validate` in the same
 * process (the first call inside synth, then repeated calls on the same context for a median).
 * Then times `cdk-srm check` on the written cloud assembly as a whole process, Node start
 * included, with its peak memory. Writes bench/RESULTS.md. Asserts nothing: targets are read by
 * people, never by unit tests.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { IPolicyValidationContext, IPolicyValidationPlugin, PolicyValidationPluginReport } from 'aws-cdk-lib';
import { Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { SharedResponsibilityChecks } from '../lib/cdk';
import { ALL_RULES } from '../rules';
import { buildBenchApp } from './app';

interface Timed {
  readonly plugin: IPolicyValidationPlugin;
  readonly times: number[];
  context?: IPolicyValidationContext;
}

/** Wraps a plugin so the synth calls it as usual while we time it and keep the context. */
function timed(plugin: IPolicyValidationPlugin, name = plugin.name): IPolicyValidationPlugin & { record: Timed } {
  const record: Timed = { plugin, times: [] };
  return {
    name,
    version: plugin.version,
    ruleIds: plugin.ruleIds,
    record,
    validate(context: IPolicyValidationContext): PolicyValidationPluginReport {
      record.context = context;
      const start = process.hrtime.bigint();
      const report = plugin.validate(context);
      record.times.push(Number(process.hrtime.bigint() - start) / 1e6);
      return { ...report, success: true }; // the benchmark app fails on purpose; synth must finish
    },
  };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function args(): { sizes: number[]; runs: number; output: string } {
  const argv = process.argv.slice(2);
  const get = (flag: string) => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  return {
    sizes: (get('--sizes') ?? '1000,5000,20000').split(',').map(Number),
    runs: Number(get('--runs') ?? 5),
    output: get('--output') ?? path.join(__dirname, 'RESULTS.md'),
  };
}

interface Row {
  readonly target: number;
  readonly resources: number;
  readonly stacks: number;
  readonly synthSeconds: number;
  readonly pluginMs: number;
  /** The same checks without writing the JSON report and Markdown summary: what cdk-nag's validate does (it writes nothing). */
  readonly pluginNoFilesMs: number;
  readonly nagMs: number;
  /**
   * The first call of each, inside synth: what a developer waits for, since a synth validates
   * once, with nothing compiled yet. The medians above are mostly warm calls.
   */
  readonly pluginFirstMs: number;
  readonly nagFirstMs: number;
  readonly cliMs: number;
  readonly cliPeakMb: number;
  readonly results: number;
}

function benchSize(target: number, runs: number, cli: string): Row {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), `srm-bench-${target}-`));
  const { app, stacks } = buildBenchApp(target, outdir);
  const ours = timed(new SharedResponsibilityChecks({ reportNeedsReview: false }));
  const oursNoFiles = timed(new SharedResponsibilityChecks({ reportNeedsReview: false, reportFile: false, markdownFile: false }), 'cdk-shared-responsibility-no-files');
  const nag = timed(new AwsSolutionsChecks(app) as unknown as IPolicyValidationPlugin);
  Validations.of(app).addPlugins(ours, oursNoFiles, nag);
  const synthStart = process.hrtime.bigint();
  const log = console.error;
  console.error = () => undefined; // both plugins print thousands of findings; the bench wants times
  try {
    app.synth();
  } finally {
    console.error = log;
  }
  const synthSeconds = Number(process.hrtime.bigint() - synthStart) / 1e9;
  for (let i = 1; i < runs; i++) {
    for (const record of [ours.record, oursNoFiles.record, nag.record]) {
      const start = process.hrtime.bigint();
      record.plugin.validate(record.context!);
      record.times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  const report = JSON.parse(fs.readFileSync(path.join(outdir, 'shared-responsibility-report.json'), 'utf8')) as { summary: { resources: number; results: number } };

  const cliTimes: number[] = [];
  const rss: number[] = [];
  const rssFile = path.join(outdir, 'rss.txt');
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, ['--require', path.join(__dirname, 'report-rss.js'), cli, 'check', outdir, '--format', 'json', '--output', path.join(outdir, 'cli-report.json'), '--fail-on', 'none'], {
      env: { ...process.env, SRM_BENCH_RSS_FILE: rssFile },
      encoding: 'utf8',
    });
    cliTimes.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (run.status !== 0) throw new Error(`cdk-srm check failed (${run.status}): ${run.stderr}`);
    rss.push(Number(fs.readFileSync(rssFile, 'utf8')) / 1024 / 1024);
  }
  fs.rmSync(outdir, { recursive: true, force: true });
  return {
    target,
    resources: report.summary.resources,
    stacks,
    synthSeconds,
    pluginMs: median(ours.record.times),
    pluginNoFilesMs: median(oursNoFiles.record.times),
    nagMs: median(nag.record.times),
    pluginFirstMs: ours.record.times[0],
    nagFirstMs: nag.record.times[0],
    cliMs: median(cliTimes),
    cliPeakMb: Math.max(...rss),
    results: report.summary.results,
  };
}

function render(rows: Row[], runs: number): string {
  const version = (name: string) => (JSON.parse(fs.readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
  const cpu = os.cpus()[0]?.model ?? 'unknown';
  const lines = [
    '# Benchmark results',
    '',
    '<!-- Written by `npm run bench`; numbers are medians of the runs stated. -->',
    '',
    `- Machine: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}`,
    `- Node ${process.version}; aws-cdk-lib ${version('aws-cdk-lib')}; cdk-nag ${version('cdk-nag')} (AwsSolutionsChecks)`,
    `- Catalogue: ${ALL_RULES.length} rules (plus the engine's deploy-time-expansion results)`,
    `- Runs per figure: ${runs} (median); the plugin figures are the validate call inside synth plus ${runs - 1} repeated calls on the same context`,
    '',
    '| resources | stacks | results | synth (s) | plugin validate (ms) | cdk-nag validate (ms) | plugin / cdk-nag | plugin without report files (ms) | ratio | first call in synth: plugin / cdk-nag (ms) | CLI wall (ms) | CLI peak RSS (MB) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.resources} | ${r.stacks} | ${r.results} | ${r.synthSeconds.toFixed(1)} | ${r.pluginMs.toFixed(0)} | ${r.nagMs.toFixed(0)} | ${(r.pluginMs / r.nagMs).toFixed(3)} | ${r.pluginNoFilesMs.toFixed(0)} | ${(r.pluginNoFilesMs / r.nagMs).toFixed(3)} | ${r.pluginFirstMs.toFixed(0)} / ${r.nagFirstMs.toFixed(0)} | ${r.cliMs.toFixed(0)} | ${r.cliPeakMb.toFixed(0)} |`,
    ),
    '',
  ];
  const five = rows.find((r) => r.target === 5000);
  const twenty = rows.find((r) => r.target === 20000);
  if (five) {
    lines.push('## Targets', '', `- Plugin ≤ 0.2 × cdk-nag at 5,000 resources: ${(five.pluginMs / five.nagMs).toFixed(3)} ${five.pluginMs <= 0.2 * five.nagMs ? '✔' : '✘'} (without writing the report files, which cdk-nag does not do: ${(five.pluginNoFilesMs / five.nagMs).toFixed(3)})`);
    lines.push(`- CLI ≤ 2 s at 5,000 resources: ${(five.cliMs / 1000).toFixed(2)} s ${five.cliMs <= 2000 ? '✔' : '✘'}`);
    if (twenty) {
      const growth = twenty.cliMs / five.cliMs;
      const pluginGrowth = twenty.pluginMs / five.pluginMs;
      lines.push(`- Linear growth, 20,000 vs 5,000: CLI ${growth.toFixed(2)}×, plugin ${pluginGrowth.toFixed(2)}× (target ≤ 4.5×) ${growth <= 4.5 && pluginGrowth <= 4.5 ? '✔' : '✘'}`);
      lines.push(`- Peak memory < 500 MB: ${twenty.cliPeakMb.toFixed(0)} MB at 20,000 ${twenty.cliPeakMb < 500 ? '✔' : '✘'}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

function main(): void {
  const { sizes, runs, output } = args();
  process.env.CDK_VALIDATION = 'false'; // the CDK's own CloudFormation validation is not what we measure
  const cli = path.join(__dirname, '..', 'dist', 'bin', 'cdk-srm.js');
  if (!fs.existsSync(cli)) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  const rows: Row[] = [];
  for (const size of sizes) {
    const row = benchSize(size, runs, cli);
    process.stdout.write(`${size}: ${JSON.stringify(row)}\n`);
    rows.push(row);
  }
  const text = render(rows, runs);
  const existingNotes = fs.existsSync(output) ? fs.readFileSync(output, 'utf8').split('\n## Profiling notes')[1] : undefined;
  fs.writeFileSync(output, existingNotes ? `${text}\n## Profiling notes${existingNotes}` : text);
  process.stdout.write(`${text}\nwrote ${output}\n`);
}

main();

/**
 * `npx ts-node --transpile-only bench/phases.ts [SIZE] [RUNS]`: synthesizes the benchmark app
 * once, then runs the validation plugin's steps one by one on the synth's own context and prints
 * each step's time per run (the first run is cold), then the fastest and the median warm run. Use
 * it to see which step a change moved: the VM this was written on drifts by ±30 %, so compare
 * several runs of each build, interleaved, never one.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { IPolicyValidationContext } from 'aws-cdk-lib';
import { Validations } from 'aws-cdk-lib';
import { ConstructIndex } from '../lib/cdk/construct-index';
import { synthFindings } from '../lib/cdk/synth-findings';
import { Engine } from '../lib/engine/evaluate';
import { parseEnvironment } from '../lib/model/cloud-assembly';
import { linkExports } from '../lib/model/exports';
import { StackModel } from '../lib/model/stack';
import { readTemplateFile } from '../lib/model/template-file';
import { renderMarkdown } from '../lib/report/markdown';
import { buildReport, jsonChunks } from '../lib/report/report';
import { writeFileAtomic } from '../lib/report/write-file';
import { ALL_RULES } from '../rules';
import { buildBenchApp } from './app';

process.env.CDK_VALIDATION = 'false';
const size = Number(process.argv[2] ?? 5000);
const runs = Number(process.argv[3] ?? 5);
const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'srm-phases-'));
const { app } = buildBenchApp(size, outdir);
let context: IPolicyValidationContext | undefined;
Validations.of(app).addPlugins({
  name: 'context-catcher',
  validate(synthContext) {
    context = synthContext;
    return { success: true, violations: [] };
  },
});
app.synth();

const times = new Map<string, number[]>();
function time<T>(step: string, work: () => T): T {
  const start = process.hrtime.bigint();
  const value = work();
  times.set(step, [...(times.get(step) ?? []), Number(process.hrtime.bigint() - start) / 1e6]);
  return value;
}

for (let run = 0; run < runs; run++) {
  const { appConstruct, stackTemplates = [] } = context!;
  time('total', () => {
    const constructs = time('construct index', () => new ConstructIndex(appConstruct, new Set(ALL_RULES.map((rule) => rule.id))));
    const stacks = time('read templates', () =>
      stackTemplates.map(
        (entry) =>
          new StackModel({
            id: entry.stackConstructPath,
            name: entry.stackConstructPath,
            file: readTemplateFile(entry.templatePath),
            environment: parseEnvironment(`aws://${entry.accountId}/${entry.region}`),
            ...constructs.lookupsFor(entry.stackConstructPath),
          }),
      ),
    );
    linkExports({ stacks });
    const evaluation = time('evaluate', () => new Engine(ALL_RULES).evaluate({ stacks }));
    const report = time('build report', () => buildReport({ stacks }, evaluation, { failOn: 'high' }));
    time('write JSON', () => writeFileAtomic(path.join(outdir, 'report.json'), jsonChunks(report, { compact: true })));
    time('write Markdown', () => writeFileAtomic(path.join(outdir, 'report.md'), renderMarkdown(report)));
    time('synth findings', () => synthFindings(report, false, false).length);
  });
}
// The VM's noise is one-sided (a run is slowed, never sped up), so the fastest warm run is the
// steadiest figure for comparing two builds (bench/RESULTS.md, fourth round).
const warm = (values: number[]) => [...values.slice(1)].sort((a, b) => a - b);
process.stdout.write(`${'step'.padEnd(16)}${'per run (first is cold)'.padStart(6 * runs)}${'min'.padStart(7)}${'median'.padStart(7)}\n`);
for (const [step, values] of times) {
  const sorted = warm(values);
  const summary = sorted.length === 0 ? '' : `${sorted[0].toFixed(0).padStart(7)}${sorted[sorted.length >> 1].toFixed(0).padStart(7)}`;
  process.stdout.write(`${step.padEnd(16)}${values.map((ms) => ms.toFixed(0).padStart(6)).join('')}${summary}\n`);
}
fs.rmSync(outdir, { recursive: true, force: true });

/**
 * `npx ts-node --transpile-only bench/profile.ts [SIZE]`: synthesizes the benchmark app once (no
 * plugins) and times each stage of a check on it, to find where the time goes. Run it with
 * `node --cpu-prof -r ts-node/register/transpile-only bench/profile.ts` for a CPU profile.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkApp } from '../lib/check';
import { loadApp } from '../lib/model/load';
import { renderJson } from '../lib/report/report';
import { renderMarkdown } from '../lib/report/markdown';
import { buildBenchApp } from './app';

const size = Number(process.argv[2] ?? 5000);
const outdir = path.join(os.tmpdir(), `srm-profile-${size}`);
if (!fs.existsSync(path.join(outdir, 'manifest.json'))) {
  process.env.CDK_VALIDATION = 'false';
  buildBenchApp(size, outdir).app.synth();
}
const time = <T>(label: string, work: () => T): T => {
  const start = process.hrtime.bigint();
  const value = work();
  process.stdout.write(`${label.padEnd(14)} ${(Number(process.hrtime.bigint() - start) / 1e6).toFixed(0)} ms\n`);
  return value;
};
for (let run = 0; run < 2; run++) {
  const app = time('load', () => loadApp([outdir]));
  const report = time('check', () => checkApp(app, { failOn: 'none' }));
  time('render json', () => renderJson(report).length);
  time('render md', () => renderMarkdown(report).length);
  process.stdout.write(`${report.summary.resources} resources, ${report.summary.results} results\n`);
}

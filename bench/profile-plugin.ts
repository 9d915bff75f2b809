/**
 * `node --cpu-prof -r ts-node/register/transpile-only bench/profile-plugin.ts [SIZE]`: synthesizes
 * the benchmark app with the validation plugin and calls its validate a few more times, so a CPU
 * profile shows where the plugin spends its time.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { IPolicyValidationContext, IPolicyValidationPlugin } from 'aws-cdk-lib';
import { Validations } from 'aws-cdk-lib';
import { SharedResponsibilityChecks } from '../lib/cdk';
import { buildBenchApp } from './app';

process.env.CDK_VALIDATION = 'false';
const size = Number(process.argv[2] ?? 5000);
const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'srm-profile-plugin-'));
const { app } = buildBenchApp(size, outdir);
const plugin = new SharedResponsibilityChecks({ reportNeedsReview: false });
let context: IPolicyValidationContext | undefined;
const wrapper: IPolicyValidationPlugin = {
  name: plugin.name,
  validate(ctx) {
    context = ctx;
    return { ...plugin.validate(ctx), success: true };
  },
};
Validations.of(app).addPlugins(wrapper);
const log = console.error;
console.error = () => undefined;
app.synth();
console.error = log;
for (let i = 0; i < 4; i++) {
  const start = process.hrtime.bigint();
  plugin.validate(context!);
  process.stdout.write(`validate ${(Number(process.hrtime.bigint() - start) / 1e6).toFixed(0)} ms\n`);
}
fs.rmSync(outdir, { recursive: true, force: true });

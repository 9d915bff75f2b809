/**
 * Robustness run over a folder of real templates (`npm run corpus -- DIR`): every file is loaded and
 * evaluated on its own; prints files, results by status, rejected files with reasons, crashes and
 * time. Exit 0 when nothing crashed, 1 when something did (a crash is a bug of ours), 2 on bad usage.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkApp } from '../lib/check';
import { InputError } from '../lib/model/errors';
import { loadApp } from '../lib/model/load';
import { STATUSES, type Status } from '../lib/engine/rule';

const TEMPLATE = /\.(json|ya?ml|template)$/i;

function filesUnder(root: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (dir: string): void => {
    const real = fs.realpathSync(dir);
    if (seen.has(real)) return;
    seen.add(real);
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.isFile() && TEMPLATE.test(entry.name)) out.push(full);
    }
  };
  visit(root);
  return out;
}

function main(argv: string[]): number {
  const root = argv[0];
  if (!root || !fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    process.stderr.write('usage: npm run corpus -- DIR\n');
    return 2;
  }
  const started = process.hrtime.bigint();
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const rejected: string[] = [];
  const crashed: string[] = [];
  let evaluated = 0;
  let resources = 0;
  let exit1 = 0;
  const files = filesUnder(root);
  for (const file of files) {
    try {
      const report = checkApp(loadApp([file]), { failOn: 'high' });
      evaluated++;
      resources += report.summary.resources;
      if (report.summary.failing > 0) exit1++;
      for (const result of report.results) byStatus[result.status]++;
    } catch (error) {
      if (error instanceof InputError) rejected.push(`${path.relative(root, file)}: ${error.message.replace(`${file}: `, '')}`);
      else crashed.push(`${path.relative(root, file)}: ${(error as Error).stack}`);
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const lines = [
    `files: ${files.length}  evaluated: ${evaluated} (exit 0: ${evaluated - exit1}, exit 1: ${exit1})  rejected (exit 2): ${rejected.length}  crashed: ${crashed.length}`,
    `resources: ${resources}`,
    `results: ${STATUSES.map((s) => `${s} ${byStatus[s]}`).join(', ')}`,
    `time: ${seconds.toFixed(2)} s`,
  ];
  if (rejected.length) lines.push('rejected:', ...rejected.map((r) => `  ${r}`));
  if (crashed.length) lines.push('CRASHED:', ...crashed.map((c) => `  ${c}`));
  process.stdout.write(`${lines.join('\n')}\n`);
  return crashed.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));

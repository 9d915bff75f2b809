import * as fs from 'fs';
import * as path from 'path';

/**
 * Loads every rule table of a duty (`test/rules/<duty>/*.rules.ts`) into the calling jest file.
 *
 * One jest file per duty instead of one per rule: each jest file has its own module registry, and
 * loading aws-cdk-lib into a fresh one costs seconds, so 250 files spent most of their time loading
 * the same library. The tables themselves stay one file per rule.
 */
export function loadRuleTables(duty: string): void {
  const dir = path.join(__dirname, '..', 'rules', duty);
  const tables = fs.readdirSync(dir).filter((file) => file.endsWith('.rules.ts')).sort();
  if (tables.length === 0) throw new Error(`no rule tables in ${dir}`);
  for (const table of tables) require(path.join(dir, table));
}

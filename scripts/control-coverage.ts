/** Prints how much of the Control Tower proactive catalogue the rules cover (`npm run coverage:controls`). */
import * as fs from 'fs';
import * as path from 'path';
import { ALL_RULES } from '../rules';
import { controlCoverage, type ControlRecord } from '../lib/report/control-coverage';

const file = process.argv[2] ?? path.join(__dirname, '..', '..', 'shared', 'reference', 'control-tower-proactive-controls.json');
const { controls } = JSON.parse(fs.readFileSync(file, 'utf8')) as { controls: ControlRecord[] };
const coverage = controlCoverage(ALL_RULES, controls);
const lines = [`${coverage.covered}/${coverage.inScope} in-scope controls covered (${((100 * coverage.covered) / coverage.inScope).toFixed(1)}%)`];
for (const [objective, counts] of Object.entries(coverage.byObjective)) lines.push(`  ${objective}: ${counts.covered}/${counts.inScope}`);
lines.push('uncovered:', ...coverage.uncovered.map((c) => `  ${c.id} ${c.resourceTypes.join(',')} ${c.title}`));
process.stdout.write(`${lines.join('\n')}\n`);

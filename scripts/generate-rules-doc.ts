/** Regenerates docs/RULES.md from the rules' metadata (`npm run docs:rules`). */
import * as path from 'path';
import { ALL_RULES } from '../rules';
import { renderCatalogueMarkdown } from '../lib/report/catalogue';
import { writeFileAtomic } from '../lib/report/write-file';

const target = path.join(__dirname, '..', 'docs', 'RULES.md');
writeFileAtomic(target, renderCatalogueMarkdown(ALL_RULES));
process.stdout.write(`wrote ${path.relative(process.cwd(), target)} (${ALL_RULES.length} rules)\n`);

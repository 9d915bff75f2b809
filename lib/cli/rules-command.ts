import { ALL_RULES } from '../../rules';
import { renderCatalogueJson, renderCatalogueMarkdown, renderCatalogueText } from '../report/catalogue';
import { oneOf, parseArgs, usage } from './args';
import type { Io } from './main';

export function rulesCommand(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, { '--format': { takesValue: true } });
  if (args.positionals.length > 0) throw usage(`rules takes no arguments (got ${args.positionals[0]})`);
  const format = oneOf('--format', args.flags.get('--format')?.[0] ?? 'text', ['text', 'json', 'markdown'] as const);
  const render = { text: renderCatalogueText, json: renderCatalogueJson, markdown: renderCatalogueMarkdown }[format];
  io.stdout(render(ALL_RULES));
  return 0;
}

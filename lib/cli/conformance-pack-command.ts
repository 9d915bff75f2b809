import { ALL_RULES } from '../../rules';
import { conformancePackRules, renderConformancePack } from '../live/conformance-pack';
import { defaultAssembly } from '../live/default-assembly';
import { loadApp } from '../model/load';
import { writeFileAtomic } from '../report/write-file';
import { parseArgs, usage } from './args';
import type { Io } from './main';

/** `cdk-srm conformance-pack [CLOUD_ASSEMBLY] [--output FILE]`: detective controls matching the app's preventive checks. */
export function conformancePackCommand(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, { '--output': { takesValue: true } });
  if (args.positionals.length > 1) throw usage('conformance-pack takes at most one cloud assembly');
  const assembly = args.positionals[0] ?? defaultAssembly();
  if (!assembly) throw usage('no cloud assembly: run `cdk synth` first or name the directory');
  const entries = conformancePackRules(loadApp([assembly]), ALL_RULES);
  const text = renderConformancePack(entries);
  const output = args.flags.get('--output')?.[0];
  if (output) {
    writeFileAtomic(output, text);
    io.stderr(`cdk-srm: wrote ${output} (${entries.length} managed rules)\n`);
  } else io.stdout(text);
  return 0;
}

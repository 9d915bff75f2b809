import { checkCommand } from './check-command';
import { conformancePackCommand } from './conformance-pack-command';
import { rulesCommand } from './rules-command';
import { InputError } from '../model/errors';
import { TOOL_VERSION } from '../version';

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stdout is a terminal (for colour). */
  readonly isTty: boolean;
  /** Whether stderr is a terminal (for progress). */
  readonly isStderrTty?: boolean;
}

export const HELP = `Usage: cdk-srm <command> [options]

Commands:
  check [PATH...]   Check a cloud assembly (default ./cdk.out), template files or directories of templates
  rules             List the rule catalogue
  live [ASSEMBLY]   Ask AWS Config: recorder status, and deployed compliance beside template verdicts
  conformance-pack [ASSEMBLY]  Write an AWS Config conformance pack matching the app's duties

Options of check:
  --format FORMAT          text|json|sarif|markdown|html|csv|junit; repeatable, each followed by its
                           own --output (default: text; one format may go to stdout)
  --output FILE            Write the preceding --format to FILE (atomically; directories are created)
  --fail-on LEVEL          critical|high|medium|low|none: exit 1 when an unaddressed finding is at or
                           above LEVEL (default: high, or failOn in the config)
  --allowed-regions LIST   Comma-separated regions where stacks and copies of data may live
  --config FILE            Settings file (default: ./srm.config.json when present); flags override it
  --baseline FILE          Fail only on unaddressed findings not in FILE; report entries now fixed
  --write-baseline FILE    Record today's unaddressed findings in FILE (the exit code is unchanged)
  --verbose                Also list addressed and acknowledged results in text output
  --no-color               Plain text output

Options of rules:
  --format text|json|markdown

Options of live:
  --region R  --profile P  --endpoint-url URL  --aggregator NAME  --format  --output  --fail-on

Options of conformance-pack:
  --output FILE

Exit codes: 0 nothing at or above the threshold, 1 findings at or above it, 2 usage error or unreadable input.
`;

/** Runs the CLI and returns the exit code (a promise for commands that talk to AWS); never throws. */
export function main(argv: readonly string[], io: Io): number | Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case 'live':
        // Loaded on demand: the AWS SDK is only needed here, and `check` should start fast.
        return Promise.resolve()
          .then(() => (require('./live-command') as typeof import('./live-command')).liveCommand(rest, io))
          .catch((error: unknown) => fail(error, io));
      case 'conformance-pack':
        return conformancePackCommand(rest, io);
      case 'check':
        return checkCommand(rest, io);
      case 'rules':
        return rulesCommand(rest, io);
      case '--version':
      case '-v':
        io.stdout(`${TOOL_VERSION}\n`);
        return 0;
      case '--help':
      case '-h':
      case 'help':
        io.stdout(HELP);
        return 0;
      case undefined:
        io.stderr(HELP);
        return 2;
      default:
        io.stderr(`cdk-srm: unknown command ${JSON.stringify(command)} (try cdk-srm --help)\n`);
        return 2;
    }
  } catch (error) {
    return fail(error, io);
  }
}

function fail(error: unknown, io: Io): number {
  if (error instanceof InputError) {
    io.stderr(`cdk-srm: ${error.message}\n`);
    return 2;
  }
  // A bug of ours, not the user's input: still one clear line, with a way to get the details.
  io.stderr(`cdk-srm: internal error: ${(error as Error).message} (set CDK_SRM_DEBUG=1 for details)\n`);
  if (process.env.CDK_SRM_DEBUG) io.stderr(`${(error as Error).stack}\n`);
  return 2;
}

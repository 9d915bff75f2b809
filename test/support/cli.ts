import { main } from '../../lib/cli/main';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process, capturing its output. */
export function runCli(...argv: string[]): CliRun {
  let stdout = '';
  let stderr = '';
  const code = main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTty: false });
  if (typeof code !== 'number') throw new Error('runCli is for synchronous commands; await main() for live');
  return { code, stdout, stderr };
}

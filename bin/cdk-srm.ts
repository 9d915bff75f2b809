#!/usr/bin/env node
import { main } from '../lib/cli/main';

void Promise.resolve(
  main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTty: Boolean(process.stdout.isTTY),
    isStderrTty: Boolean(process.stderr.isTTY),
  }),
).then((code) => {
  process.exitCode = code;
});

import * as fs from 'fs';

/** The default assembly when none is named: ./cdk.out if it is there. */
export function defaultAssembly(): string | undefined {
  return fs.existsSync('cdk.out/manifest.json') ? 'cdk.out' : undefined;
}

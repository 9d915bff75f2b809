import * as fs from 'fs';
import * as path from 'path';

export const TOOL_NAME = 'cdk-shared-responsibility';

/** Read from package.json so a release never reports a stale version; works from sources and from dist/. */
export const TOOL_VERSION: string = (() => {
  for (const candidate of [path.join(__dirname, '..', 'package.json'), path.join(__dirname, '..', '..', 'package.json')]) {
    try {
      const manifest = JSON.parse(fs.readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (manifest.name === TOOL_NAME && typeof manifest.version === 'string') return manifest.version;
    } catch {
      // try the next location
    }
  }
  return '0.0.0';
})();

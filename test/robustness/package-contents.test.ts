/** The published package holds only what it needs: compiled code, the README and the rule docs. */
import { execFileSync } from 'child_process';
import * as path from 'path';

test('npm pack --dry-run lists only dist/, docs and package metadata', () => {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: path.join(__dirname, '..', '..'),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [pack] = JSON.parse(output) as { files: { path: string }[] }[];
  const files = pack.files.map((file) => file.path);
  const allowed = /^(dist\/(lib|rules|bin)\/.*\.(js|d\.ts)|README\.md|package\.json|LICENSE|docs\/RULES\.md|docs\/RULE-IDS\.md)$/;
  expect(files.filter((file) => !allowed.test(file))).toEqual([]);
  expect(files).toContain('package.json');
  expect(files).toContain('README.md');
});

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Report } from '../../lib/report/report';
import { runCli } from '../support/cli';

const acceptance = path.join(__dirname, '..', 'fixtures', 'templates', 'issue2-acceptance.yaml');
let tmp: string;
beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'srm-formats-'))));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('cdk-srm check: every format in one run', () => {
  test('one run writes all six formats (into a directory that did not exist) and text to stdout', () => {
    const out = (name: string) => path.join(tmp, 'reports', 'new', name);
    const run = runCli(
      'check', acceptance,
      '--format', 'json', '--output', out('report.json'),
      '--format', 'sarif', '--output', out('report.sarif'),
      '--format', 'markdown', '--output', out('summary.md'),
      '--format', 'html', '--output', out('report.html'),
      '--format', 'csv', '--output', out('matrix.csv'),
      '--format', 'junit', '--output', out('junit.xml'),
      '--format', 'text',
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Gate: \d+ unaddressed finding\(s\) at or above high — failing/);
    expect(fs.readdirSync(path.join(tmp, 'reports', 'new')).sort()).toEqual(['junit.xml', 'matrix.csv', 'report.html', 'report.json', 'report.sarif', 'summary.md']);
    const report = JSON.parse(fs.readFileSync(out('report.json'), 'utf8')) as Report;
    const sarif = JSON.parse(fs.readFileSync(out('report.sarif'), 'utf8')) as { version: string; runs: { results: { partialFingerprints: Record<string, string> }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    // All formats come from the same report: the same findings in each.
    const open = report.results.filter((r) => r.status === 'unaddressed');
    const emitted = sarif.runs[0].results.map((r) => r.partialFingerprints['srmFingerprint/v1']);
    expect(emitted).toEqual(expect.arrayContaining(open.map((r) => r.fingerprint)));
    expect(fs.readFileSync(out('summary.md'), 'utf8')).toContain(`### Unaddressed findings (${open.length})`);
    expect(fs.readFileSync(out('junit.xml'), 'utf8')).toContain(`failures="${open.length}"`);
    expect(fs.readFileSync(out('report.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(fs.readFileSync(out('matrix.csv'), 'utf8').split('\r\n')[0]).toMatch(/^stack,logicalId,resourceType,constructPath,category,duty,responsible,status,/);
  });

  test.each(['sarif', 'markdown', 'html', 'csv', 'junit'])('--format %s alone goes to stdout', (format) => {
    const run = runCli('check', acceptance, '--format', format, '--fail-on', 'none');
    expect(run.code).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(100);
  });

  test('an output path that cannot be written is exit 2 naming it', () => {
    const blocker = path.join(tmp, 'blocker');
    fs.writeFileSync(blocker, 'a file, not a directory');
    const run = runCli('check', acceptance, '--format', 'sarif', '--output', path.join(blocker, 'x.sarif'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/blocker\/x\.sarif: cannot write output/);
  });

  describe('config file', () => {
    test('failOn and rule selection come from --config; flags override it', () => {
      const config = path.join(tmp, 'srm.config.json');
      fs.writeFileSync(config, JSON.stringify({ failOn: 'none', duties: { include: ['encryption-at-rest'] } }));
      const run = runCli('check', acceptance, '--config', config, '--format', 'json');
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout) as Report;
      expect(report.summary.failOn).toBe('none');
      expect(new Set(report.results.map((r) => r.duty))).toEqual(new Set(['encryption-at-rest']));
      expect(runCli('check', acceptance, '--config', config, '--fail-on', 'high').code).toBe(1);
    });

    test('severity overrides change what fails', () => {
      const config = path.join(tmp, 'override.json');
      const base = JSON.parse(runCli('check', acceptance, '--format', 'json').stdout) as Report;
      const failingRules = [...new Set(base.results.filter((r) => r.status === 'unaddressed' && (r.severity === 'high' || r.severity === 'critical')).map((r) => r.ruleId))];
      fs.writeFileSync(config, JSON.stringify({ severityOverrides: Object.fromEntries(failingRules.map((id) => [id, 'low'])) }));
      const run = runCli('check', acceptance, '--config', config, '--format', 'json');
      expect(run.code).toBe(0);
      expect((JSON.parse(run.stdout) as Report).results.filter((r) => failingRules.includes(r.ruleId)).every((r) => r.severity === 'low')).toBe(true);
    });

    test.each([
      ['missing', null, /absent\.json: config file not found/],
      ['corrupt', '{ "failOn": ', /config is not valid JSON/],
      ['unknown key', '{ "failon": "high" }', /invalid config: unknown key "failon"/],
      ['unknown rule', '{ "rules": { "include": ["SRM-NOPE-1"] } }', /unknown rule id "SRM-NOPE-1"/],
    ])('a %s config is exit 2 with one line naming the file', (_name, content, message) => {
      const file = path.join(tmp, content === null ? 'absent.json' : `${_name.replace(/\W/g, '-')}.config.json`);
      if (content !== null) fs.writeFileSync(file, content);
      const run = runCli('check', acceptance, '--config', file);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toContain(file);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    });
  });
});

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { BaselineFile, GatedReport } from '../../lib/report/baseline';
import { runCli } from '../support/cli';

const acceptance = path.join(__dirname, '..', 'fixtures', 'templates', 'issue2-acceptance.yaml');
let tmp: string;
let template: string;
let baseline: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'srm-cli-baseline-'));
  template = path.join(tmp, 'app.yaml');
  baseline = path.join(tmp, 'baselines', 'srm-baseline.json');
  fs.copyFileSync(acceptance, template);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

// An unencrypted database nobody has accepted yet: a new high finding.
const NEW_DATABASE = `
  NewDatabase:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t3.micro
      AllocatedStorage: '20'
      MasterUsername: admin
      ManageMasterUserPassword: true
`;

describe('cdk-srm check --write-baseline / --baseline', () => {
  test('--write-baseline records the unaddressed findings; the exit code still follows the gate', () => {
    const run = runCli('check', template, '--write-baseline', baseline, '--format', 'json');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as GatedReport;
    const written = JSON.parse(fs.readFileSync(baseline, 'utf8')) as BaselineFile;
    expect(written.version).toBe(1);
    expect(written.entries.map((e) => e.fingerprint).sort()).toEqual([...new Set(report.results.filter((r) => r.status === 'unaddressed').map((r) => r.fingerprint))].sort());
    expect(written.entries[0]).toEqual(expect.objectContaining({ ruleId: expect.any(String), stack: 'app.yaml', subject: expect.any(String) }));
    expect(run.stderr).toMatch(/wrote baseline .*srm-baseline\.json with \d+ unaddressed finding/);
  });

  test('a baseline run of unchanged input exits 0', () => {
    const run = runCli('check', template, '--baseline', baseline, '--no-color');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Gate: 0 unaddressed finding\(s\) at or above high — passing/);
    expect(run.stdout).toMatch(/Baseline .*srm-baseline\.json: \d+ entries; \d+ finding\(s\) still open and accepted, 0 new, 0 fixed/);
  });

  test('one new finding exits 1 and is named; a removed resource shows its entries as fixed', () => {
    const source = fs.readFileSync(acceptance, 'utf8');
    const withoutTable = source.replace(/\n  Table:\n[\s\S]*$/, '\n');
    fs.writeFileSync(template, `${withoutTable.trimEnd()}\n${NEW_DATABASE}`);
    const run = runCli('check', template, '--baseline', baseline, '--no-color');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/new: SRM-EAR-001 high app\.yaml NewDatabase: /);
    expect(run.stdout).toMatch(/fixed: SRM-BKP-\d+ app\.yaml Table \(remove it from the baseline\)/);
    expect(run.stdout).not.toMatch(/new: \S+ \S+ app\.yaml Database:/);

    // With JSON on stdout, the same verdict is in the summary (added fields) and on stderr.
    const json = runCli('check', template, '--baseline', baseline, '--format', 'json');
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as GatedReport;
    expect(report.summary.baseline?.newFindings.map((f) => f.subject)).toContain('NewDatabase');
    expect(report.summary.baseline?.fixed.every((e) => e.subject === 'Table')).toBe(true);
    expect(report.summary.failing).toBe(report.summary.baseline?.newFindings.filter((f) => f.severity === 'high' || f.severity === 'critical').length);
    expect(json.stderr).toMatch(/cdk-srm: +new: SRM-EAR-001 high app\.yaml NewDatabase/);

    // SARIF marks which alerts are new.
    const sarif = JSON.parse(runCli('check', template, '--baseline', baseline, '--format', 'sarif').stdout) as { runs: { results: { baselineState: string; locations: { logicalLocations: { name: string }[] }[] }[] }[] };
    const states = sarif.runs[0].results.map((r) => [r.locations[0].logicalLocations[0].name, r.baselineState]);
    expect(states).toContainEqual(['NewDatabase', 'new']);
    expect(states).toContainEqual(['Database', 'unchanged']);
  });

  test.each([
    ['missing', null, /nope\.json: baseline file not found/],
    ['corrupt', '{"version": 1, "entries": [', /baseline is not valid JSON/],
    ['foreign', '{"results": []}', /unsupported baseline version undefined/],
  ])('a %s baseline is exit 2 naming the file', (_name, content, message) => {
    const file = path.join(tmp, content === null ? 'nope.json' : `${_name}.json`);
    if (content !== null) fs.writeFileSync(file, content);
    const run = runCli('check', template, '--baseline', file);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain(file);
  });
});

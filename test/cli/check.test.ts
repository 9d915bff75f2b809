import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Report } from '../../lib/report/report';
import { runCli } from '../support/cli';

const fixtures = path.join(__dirname, '..', 'fixtures', 'templates');
const acceptance = path.join(fixtures, 'issue2-acceptance.yaml');
let tmp: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'srm-cli-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function write(name: string, content: string): string {
  const file = path.join(tmp, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

describe('cdk-srm check', () => {
  test('the acceptance template fails and reports each open duty with its category', () => {
    const run = runCli('check', acceptance, '--format', 'json');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    const open = (logicalId: string) => report.results.filter((r) => r.logicalId === logicalId && r.status === 'unaddressed');
    expect(open('SshGroup').map((r) => [r.duty, r.category])).toContainEqual(['network-exposure', 'infrastructure']);
    expect(open('Database').map((r) => [r.duty, r.category])).toEqual(
      expect.arrayContaining([
        ['encryption-at-rest', 'container'],
        ['backup-recovery', 'container'],
      ]),
    );
    expect(open('Table').map((r) => r.duty)).toContain('backup-recovery');
    const parameterised = report.results.find((r) => r.logicalId === 'ParameterisedDatabase' && r.ruleId === 'SRM-EAR-001');
    expect(parameterised?.status).toBe('needs-review');
    expect(report.schemaVersion).toBe(1);
    for (const result of report.results) {
      expect(Object.keys(result)).toEqual(expect.arrayContaining(['ruleId', 'duty', 'status', 'severity', 'stack', 'templatePath', 'logicalId', 'resourceType', 'message', 'fix', 'evidence', 'securityHub', 'fingerprint']));
    }
  });

  test('text output names stack, resource, category, duty, status and fix', () => {
    const run = runCli('check', acceptance, '--no-color');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Stack issue2-acceptance\.yaml/);
    expect(run.stdout).toMatch(/Database\s+AWS::RDS::DBInstance · container/);
    expect(run.stdout).toMatch(/✗ unaddressed\s+high\s+SRM-EAR-001 Encryption at rest/);
    expect(run.stdout).toMatch(/fix: /);
  });

  test('--fail-on none exits 0 on the same findings', () => {
    expect(runCli('check', acceptance, '--fail-on', 'none').code).toBe(0);
  });

  test('--output writes the file and nothing half-written is left', () => {
    const out = path.join(tmp, 'nested', 'dir', 'report.json');
    const run = runCli('check', acceptance, '--format', 'json', '--output', out, '--format', 'text');
    expect(run.code).toBe(1);
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).schemaVersion).toBe(1);
    expect(fs.readdirSync(path.dirname(out))).toEqual(['report.json']);
    expect(run.stdout).toMatch(/Gate:/);
  });

  test('a directory of templates is checked in a stable order, non-templates skipped with a note', () => {
    write('dir/b.json', JSON.stringify({ Resources: { Q: { Type: 'AWS::SQS::Queue' } } }));
    write('dir/a.yaml', 'Resources:\n  T:\n    Type: AWS::SNS::Topic\n');
    write('dir/package.json', JSON.stringify({ name: 'x' }));
    const run = runCli('check', path.join(tmp, 'dir'), '--format', 'json', '--fail-on', 'none');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as Report).stacks.map((s) => s.name)).toEqual(['a.yaml', 'b.json']);
    expect(run.stderr).toMatch(/skipped .*package\.json: not a CloudFormation template/);
  });

  describe('bad input: exit 2 and one clear line, never a stack trace', () => {
    test.each([
      ['malformed JSON', () => write('bad.json', '{ "Resources": {'), /bad\.json: not valid JSON/],
      ['malformed YAML', () => write('bad.yaml', 'Resources:\n  A: [x'), /bad\.yaml: not valid YAML/],
      ['a missing path', () => path.join(tmp, 'nope.json'), /nope\.json: no such file or directory/],
      ['a directory without templates', () => (fs.mkdirSync(path.join(tmp, 'empty'), { recursive: true }), path.join(tmp, 'empty')), /empty: the directory holds no CloudFormation templates/],
      ['a file without Resources', () => write('nores.json', '{"Outputs": {}}'), /nores\.json: not a CloudFormation template: no Resources section/],
    ])('%s', (_name, makePath, message) => {
      const run = runCli('check', makePath());
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });

    test.each([
      [['check', acceptance, '--bogus'], /unknown option --bogus/],
      [['check', acceptance, '--fail-on', 'severe'], /--fail-on must be one of/],
      [['check', acceptance, '--format', 'xml'], /--format must be one of/],
      [['check', acceptance, '--fail-on'], /--fail-on needs a value/],
      [['check', acceptance, '--allowed-regions', 'mars'], /not a region name/],
      [['check', acceptance, '--format', 'json', '--format', 'text'], /only one --format can go to stdout/],
      [['frobnicate'], /unknown command/],
    ])('usage error %j', (argv, message) => {
      const run = runCli(...argv);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
    });
  });
});

describe('cdk-srm rules', () => {
  test('lists the catalogue as JSON with the public fields', () => {
    const run = runCli('rules', '--format', 'json');
    expect(run.code).toBe(0);
    const rules = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      expect(Object.keys(rule)).toEqual(expect.arrayContaining(['id', 'title', 'duty', 'severity', 'resourceTypes', 'configRule', 'securityHub', 'controlTower', 'nist80053']));
    }
  });
});

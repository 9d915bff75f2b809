import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadConfig, selectRules } from '../../lib/config';
import { InputError } from '../../lib/model/errors';
import { ALL_RULES } from '../../rules';

const ids = ALL_RULES.map((rule) => rule.id);
let tmp: string;
beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'srm-config-'))));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function configFile(name: string, content: unknown): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

describe('srm.config.json', () => {
  test('no file in the working directory means no config', () => {
    expect(loadConfig({ cwd: fs.mkdtempSync(path.join(tmp, 'empty-')), knownRuleIds: ids })).toBeUndefined();
  });

  test('srm.config.json in the working directory is read', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'cwd-'));
    fs.writeFileSync(path.join(dir, 'srm.config.json'), JSON.stringify({ failOn: 'critical', allowedRegions: ['eu-west-1'] }));
    expect(loadConfig({ cwd: dir, knownRuleIds: ids })).toEqual({ file: 'srm.config.json', config: { failOn: 'critical', allowedRegions: ['eu-west-1'] } });
  });

  test('a full config is accepted', () => {
    const file = configFile('full.json', {
      $schema: './srm.schema.json',
      allowedRegions: ['eu-west-1', 'eu-central-1'],
      failOn: 'medium',
      rules: { include: [ids[0], ids[1]], exclude: [ids[1]] },
      duties: { exclude: ['logging-monitoring'] },
      severityOverrides: { [ids[0]]: 'low' },
    });
    const original = ALL_RULES[0].severity;
    const loaded = loadConfig({ explicitFile: file, knownRuleIds: ids });
    expect(loaded?.config.failOn).toBe('medium');
    const rules = selectRules(ALL_RULES, loaded?.config);
    expect(rules.map((rule) => rule.id)).toEqual([ids[0]]);
    expect(rules[0].severity).toBe('low');
    // The catalogue's own rule object is not changed by an override.
    expect(ALL_RULES[0].severity).toBe(original);
  });

  test('duty selection keeps only the listed duties', () => {
    const rules = selectRules(ALL_RULES, { duties: { include: ['encryption-at-rest'] } });
    expect(rules.length).toBeGreaterThan(0);
    expect(new Set(rules.map((rule) => rule.duty))).toEqual(new Set(['encryption-at-rest']));
  });

  test.each([
    ['unknown top-level key', { failon: 'high' }, /unknown key "failon"/],
    ['wrong failOn', { failOn: 'severe' }, /failOn: must be one of critical, high, medium, low, none \(got "severe"\)/],
    ['allowedRegions not an array', { allowedRegions: 'eu-west-1' }, /allowedRegions: must be an array of strings/],
    ['bad region', { allowedRegions: ['mars'] }, /allowedRegions\[0\]: "mars" is not a region name/],
    ['unknown rule id', { rules: { exclude: ['SRM-EAR-999'] } }, /rules\.exclude\[0\]: unknown rule id "SRM-EAR-999"/],
    ['unknown selection key', { rules: { only: [] } }, /rules: unknown key "only"/],
    ['unknown duty', { duties: { include: ['backups'] } }, /duties\.include\[0\]: unknown duty "backups"/],
    ['bad override severity', { severityOverrides: { [ids[0]]: 'urgent' } }, /severityOverrides\.SRM-[A-Z]+-\d+: must be one of critical, high, medium, low/],
    ['override of an unknown rule', { severityOverrides: { 'SRM-XXX-001': 'low' } }, /unknown rule id "SRM-XXX-001"/],
    ['not an object', [], /expected a JSON object/],
    ['invalid JSON', '{ "failOn": ', /config is not valid JSON/],
  ])('%s is an input error naming the file', (name, content, message) => {
    const file = configFile(`${name.replace(/\W/g, '-')}.json`, content);
    const load = () => loadConfig({ explicitFile: file, knownRuleIds: ids });
    expect(load).toThrow(InputError);
    expect(load).toThrow(message);
    expect(load).toThrow(file);
  });

  test('all problems are reported at once', () => {
    const file = configFile('many.json', { failOn: 1, nope: true, duties: { include: ['x'] } });
    expect(() => loadConfig({ explicitFile: file, knownRuleIds: ids })).toThrow(/unknown key "nope".*failOn.*unknown duty "x"/);
  });

  test('a missing --config file is an error, a selection of nothing too', () => {
    expect(() => loadConfig({ explicitFile: path.join(tmp, 'absent.json'), knownRuleIds: ids })).toThrow(/absent\.json: config file not found/);
    expect(() => selectRules(ALL_RULES, { rules: { include: [ids[0]], exclude: [ids[0]] } })).toThrow(/leaves no rule to run/);
  });
});

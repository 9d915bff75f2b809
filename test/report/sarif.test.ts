import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { ALL_RULES } from '../../rules';
import { FINGERPRINT_KEY, artifactUri, renderSarif } from '../../lib/report/sarif';
import { FIXTURES, HOSTILE, acceptanceReport, makeReport, makeResult } from './support';

// The SARIF 2.1.0 schema, vendored so the test runs offline (source in test/fixtures/schemas/README.md).
const schema = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'schemas', 'sarif-schema-2.1.0.json'), 'utf8')) as object;
// unicodeRegExp off: the rtm.5 text has a `language` pattern with a stray `]` that only non-Unicode
// regular expressions accept (the OASIS errata fixed the pattern; the property is not used here).
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string; helpUri: string; help: { text: string; markdown: string }; properties: Record<string, unknown> }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }; logicalLocations: { fullyQualifiedName: string }[] }[];
      relatedLocations?: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
      partialFingerprints: Record<string, string>;
      baselineState?: string;
      properties: Record<string, unknown>;
    }[];
  }[];
}

function expectValid(text: string): SarifLog {
  const log = JSON.parse(text) as SarifLog;
  const ok = validate(log);
  if (!ok) throw new Error(`SARIF does not validate: ${ajv.errorsText(validate.errors, { separator: '\n' })}`);
  return log;
}

describe('SARIF', () => {
  test('the vendored schema does reject invalid SARIF (the validator is not vacuous)', () => {
    expect(validate({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] })).toBe(false);
  });

  test('the acceptance report validates against the SARIF 2.1.0 schema and points at real lines', () => {
    const report = acceptanceReport();
    const log = expectValid(renderSarif(report, { rules: ALL_RULES, cwd: process.cwd() }));
    const run = log.runs[0];
    expect(log.version).toBe('2.1.0');
    expect(run.tool.driver.name).toBe('cdk-shared-responsibility');
    const open = report.results.filter((r) => r.status === 'unaddressed' || r.status === 'needs-review');
    expect(run.results).toHaveLength(open.length);
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('test/fixtures/templates/issue2-acceptance.yaml');
      expect(result.locations[0].physicalLocation.region.startLine).toBeGreaterThan(1);
      expect(result.partialFingerprints[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{32}$/);
    }
    const review = run.results.find((r) => r.properties.status === 'needs-review');
    expect(review?.level).toBe('note');
    expect(review?.message.text).toMatch(/^Needs review: ParameterisedDatabase/);
    const rule = run.tool.driver.rules.find((r) => r.id === 'SRM-EAR-001');
    expect(rule?.helpUri).toBe('https://github.com/cdk-shared-responsibility/cdk-shared-responsibility/blob/main/docs/RULES.md#srm-ear-001');
    expect(rule?.help.markdown).toMatch(/Fix \(CDK\)/);
    expect(rule?.properties['security-severity']).toBe('8.0');
  });

  test('levels follow severity; addressed, acknowledged and runtime results are not alerts', () => {
    const results = [
      makeResult({ severity: 'critical', key: 'a' }),
      makeResult({ severity: 'high', key: 'b' }),
      makeResult({ severity: 'medium', key: 'c' }),
      makeResult({ severity: 'low', key: 'd' }),
      makeResult({ status: 'addressed', key: 'e' }),
      makeResult({ status: 'acknowledged', key: 'f', acknowledgement: 'handled elsewhere' }),
      makeResult({ status: 'runtime', key: 'g' }),
    ];
    const log = expectValid(renderSarif(makeReport(results), { rules: ALL_RULES, cwd: process.cwd() }));
    expect(log.runs[0].results.map((r) => r.level)).toEqual(['error', 'error', 'warning', 'note']);
  });

  test('the CDK source location comes along, line defaults to 1, fingerprints are stable, hostile text stays data', () => {
    const result = makeResult({ line: undefined, sourceLocation: { file: 'lib/app stack.ts', line: 42, column: 5 }, logicalId: HOSTILE, message: HOSTILE });
    const text = renderSarif(makeReport([result]), { rules: ALL_RULES, cwd: process.cwd(), baselined: new Set() });
    const log = expectValid(text);
    const sarif = log.runs[0].results[0];
    expect(sarif.locations[0].physicalLocation.region.startLine).toBe(1);
    expect(sarif.relatedLocations?.[0].physicalLocation.artifactLocation.uri).toBe('lib/app%20stack.ts');
    expect(sarif.relatedLocations?.[0].physicalLocation.region.startLine).toBe(42);
    expect(sarif.locations[0].logicalLocations[0].fullyQualifiedName).toBe('AppStack/Database/Resource');
    expect(sarif.partialFingerprints[FINGERPRINT_KEY]).toBe(result.fingerprint);
    expect(sarif.baselineState).toBe('new');
    expect(sarif.message.text).toContain(HOSTILE);
    // Rendering twice gives the same bytes: uploads of an unchanged app do not churn.
    expect(renderSarif(makeReport([result]), { rules: ALL_RULES, cwd: process.cwd(), baselined: new Set() })).toBe(text);
  });

  test('a rule missing from the list still gets a descriptor, so ruleIndex is always valid', () => {
    const log = expectValid(renderSarif(makeReport([makeResult({ ruleId: 'SRM-EAR-999' })]), { rules: [], cwd: process.cwd() }));
    expect(log.runs[0].tool.driver.rules[log.runs[0].results[0].ruleIndex].id).toBe('SRM-EAR-999');
  });

  test('artifact URIs are relative with forward slashes, absolute outside the working tree only when they must be', () => {
    expect(artifactUri('cdk.out/App.template.json', '/repo')).toBe('cdk.out/App.template.json');
    expect(artifactUri('/repo/cdk.out/My Stack.json', '/repo')).toBe('cdk.out/My%20Stack.json');
    expect(artifactUri('/elsewhere/t.json', '/repo')).toBe('../elsewhere/t.json');
  });
});

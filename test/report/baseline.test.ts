import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { InputError } from '../../lib/model/errors';
import { applyBaseline, createBaseline, readBaseline, renderBaselineText, writeBaseline } from '../../lib/report/baseline';
import { makeReport, makeResult } from './support';

let tmp: string;
beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'srm-baseline-'))));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('baselines', () => {
  const a = makeResult({ key: 'a' });
  const b = makeResult({ key: 'b', logicalId: 'Bucket', constructPath: 'AppStack/Bucket/Resource', severity: 'medium' });

  test('records unaddressed findings by fingerprint with readable context, sorted, without line numbers', () => {
    const baseline = createBaseline(makeReport([a, b, makeResult({ key: 'c', status: 'addressed' })]));
    expect(baseline.version).toBe(1);
    expect(baseline.entries.map((e) => e.fingerprint).sort()).toEqual([a.fingerprint, b.fingerprint].sort());
    expect(baseline.entries[0]).toEqual({ fingerprint: b.fingerprint, ruleId: 'SRM-EAR-001', stack: 'AppStack', subject: 'AppStack/Bucket/Resource', logicalId: 'Bucket', severity: 'medium', message: b.message });
    expect(JSON.stringify(baseline)).not.toMatch(/"line"/);
  });

  test('a line moving elsewhere in the template does not make a finding new', () => {
    const baseline = createBaseline(makeReport([a]));
    const moved = makeResult({ key: 'a', line: 999 });
    const gated = applyBaseline(makeReport([moved]), baseline, 'b.json');
    expect(gated.summary.failing).toBe(0);
    expect(gated.summary.baseline).toMatchObject({ entries: 1, unchanged: 1, new: 0, fixed: [] });
  });

  test('only new findings at or above the threshold fail; fixed entries are reported', () => {
    const baseline = createBaseline(makeReport([a, b]));
    const fresh = makeResult({ key: 'fresh', logicalId: 'Fresh', constructPath: 'AppStack/Fresh' });
    const gated = applyBaseline(makeReport([a, fresh]), baseline, 'b.json');
    expect(gated.summary.failing).toBe(1);
    expect(gated.summary.baseline?.newFindings.map((f) => f.subject)).toEqual(['AppStack/Fresh']);
    expect(gated.summary.baseline?.fixed.map((e) => e.fingerprint)).toEqual([b.fingerprint]);
    // Added fields only: everything the JSON summary had is still there.
    expect(Object.keys(gated.summary)).toEqual(expect.arrayContaining(['stacks', 'resources', 'results', 'byStatus', 'byDuty', 'byCategory', 'failOn', 'failing']));
    const text = renderBaselineText(gated.summary.baseline!, 'high');
    expect(text).toMatch(/new: SRM-EAR-001 high AppStack AppStack\/Fresh/);
    expect(text).toMatch(/fixed: SRM-EAR-001 AppStack AppStack\/Bucket\/Resource/);
  });

  test('write then read round-trips, atomically into a new directory', () => {
    const file = path.join(tmp, 'deep', 'dir', 'baseline.json');
    const written = writeBaseline(file, makeReport([a, b]));
    expect(readBaseline(file)).toEqual(written);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['baseline.json']);
  });

  test.each([
    ['missing', undefined, /baseline file not found/],
    ['not JSON', '{ nope', /baseline is not valid JSON/],
    ['not an object', '[]', /not a cdk-srm baseline/],
    ['wrong version', '{"version": 2, "entries": []}', /unsupported baseline version 2/],
    ['entries not an array', '{"version": 1, "entries": {}}', /"entries" must be an array/],
    ['bad fingerprint', '{"version": 1, "entries": [{"fingerprint": 7}]}', /entries\[0\]\.fingerprint must be a hex string/],
  ])('a %s baseline is an input error naming the file', (_name, content, message) => {
    const file = path.join(tmp, `${_name.replace(/\W/g, '-')}.json`);
    if (content !== undefined) fs.writeFileSync(file, content);
    expect(() => readBaseline(file)).toThrow(InputError);
    expect(() => readBaseline(file)).toThrow(message);
    expect(() => readBaseline(file)).toThrow(file);
  });
});

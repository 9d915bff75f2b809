import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { jsonChunks, renderJson } from '../../lib/report/report';
import { writeFileAtomic } from '../../lib/report/write-file';
import { acceptanceReport, makeReport, makeResult } from './support';

const reference = (value: unknown, compact: boolean) => `${compact ? JSON.stringify(value) : JSON.stringify(value, null, 2)}\n`;

describe('JSON report in chunks', () => {
  test.each([0, 1, 49, 50, 51, 499, 500, 501, 1234])('%i results: byte for byte what JSON.stringify prints, compact and pretty', (count) => {
    const report = makeReport(Array.from({ length: count }, (_, i) => makeResult({ key: String(i), message: `line\nbreak "${i}"`, constructPath: i % 2 ? undefined : `App/R${i}` })));
    for (const compact of [true, false]) {
      expect([...jsonChunks(report, { compact })].join('')).toBe(reference(report, compact));
      expect(renderJson(report, { compact })).toBe(reference(report, compact));
    }
  });

  test('extra top-level fields (a baseline summary) and empty lists come out like JSON.stringify', () => {
    const report = { ...acceptanceReport(), staleAcknowledgements: [], extra: undefined, summary: { ...acceptanceReport().summary, baseline: { file: 'b.json', new: 1 } } };
    for (const compact of [true, false]) expect([...jsonChunks(report, { compact })].join('')).toBe(reference(report, compact));
  });

  test('the atomic writer takes chunks and leaves no temporary file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'srm-json-'));
    const report = makeReport(Array.from({ length: 1200 }, (_, i) => makeResult({ key: String(i) })));
    const file = path.join(dir, 'report.json');
    writeFileAtomic(file, jsonChunks(report));
    expect(fs.readFileSync(file, 'utf8')).toBe(reference(report, false));
    expect(fs.readdirSync(dir)).toEqual(['report.json']);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

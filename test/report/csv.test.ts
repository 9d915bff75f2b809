import { CSV_COLUMNS, renderCsv } from '../../lib/report/csv';
import { csvField } from '../../lib/report/escape';
import { acceptanceReport, makeReport, makeResult } from './support';

/** A small RFC 4180 reader: enough to check that what we write parses back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += c;
  }
  return rows;
}

describe('CSV Customer Responsibility Matrix', () => {
  test('one row per resource and duty, with the responsible party from the category', () => {
    const report = acceptanceReport();
    const rows = parseCsv(renderCsv(report));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const records = rows.slice(1).map((row) => Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, row[i]])));
    const keys = records.map((r) => `${r.stack}/${r.logicalId}/${r.duty}`);
    expect(new Set(keys).size).toBe(keys.length);
    const expected = new Set(report.results.map((r) => `${r.stack}/${r.logicalId}/${r.duty}`));
    expect(new Set(keys)).toEqual(expected);
    const database = records.find((r) => r.logicalId === 'Database' && r.duty === 'backup-recovery');
    expect(database).toMatchObject({ category: 'container', responsible: 'shared', status: 'unaddressed', resourceType: 'AWS::RDS::DBInstance' });
    const encryption = records.find((r) => r.logicalId === 'Database' && r.duty === 'encryption-at-rest');
    expect(encryption).toMatchObject({ responsible: 'customer', configRules: 'RDS_STORAGE_ENCRYPTED' });
    // The parameterised database's encryption cannot be resolved: never reported as addressed.
    const review = records.find((r) => r.logicalId === 'ParameterisedDatabase' && r.duty === 'encryption-at-rest');
    expect(['needs-review', 'unaddressed']).toContain(review?.status);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
  });

  test('the worst status of a duty wins; abstracted encryption is shared', () => {
    const rows = parseCsv(
      renderCsv(
        makeReport([
          makeResult({ category: 'abstracted', logicalId: 'Queue', resourceType: 'AWS::SQS::Queue', constructPath: undefined, status: 'addressed', key: 'a' }),
          makeResult({ category: 'abstracted', logicalId: 'Queue', resourceType: 'AWS::SQS::Queue', constructPath: undefined, status: 'acknowledged', key: 'b' }),
        ]),
      ),
    );
    expect(rows).toHaveLength(2);
    expect(rows[1][CSV_COLUMNS.indexOf('status')]).toBe('acknowledged');
    expect(rows[1][CSV_COLUMNS.indexOf('responsible')]).toBe('shared');
  });

  test.each(['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])('formula-like cell %j is neutralised', (value) => {
    const field = csvField(value);
    const parsed = parseCsv(`${field}\r\n`)[0][0];
    expect(parsed.startsWith("'")).toBe(true);
    expect(parsed.slice(1)).toBe(value);
  });

  test('commas, quotes and newlines are quoted per RFC 4180', () => {
    const csv = renderCsv(makeReport([makeResult({ logicalId: '=cmd|x', message: 'a "quoted", multi\nline message' })]));
    const rows = parseCsv(csv);
    expect(rows[1][1]).toBe("'=cmd|x");
    expect(rows[1][CSV_COLUMNS.indexOf('evidence')]).toContain('a "quoted", multi\nline message');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

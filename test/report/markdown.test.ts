import { applyBaseline, createBaseline } from '../../lib/report/baseline';
import { GITHUB_COMMENT_LIMIT, renderMarkdown } from '../../lib/report/markdown';
import { HOSTILE, acceptanceReport, makeReport, makeResult } from './support';

describe('Markdown summary', () => {
  test('summary by duty and by category, then the unaddressed findings', () => {
    const md = renderMarkdown(acceptanceReport());
    expect(md).toMatch(/🔴 \*\*Failing\*\*/);
    expect(md).toMatch(/### By duty[\s\S]*Backup and recovery \(`backup-recovery`\)/);
    expect(md).toMatch(/### By service category[\s\S]*\| container \| 2 \|/);
    expect(md).toMatch(/### Unaddressed findings \(\d+\)/);
    expect(md).toMatch(/\| high \| \[SRM-EAR-001\]\(https:\/\/github\.com\/.*#srm-ear-001\) \| issue2-acceptance\.yaml \| `Database`/);
    expect(md).toMatch(/1 result\(s\) need review/);
    expect(md.length).toBeLessThan(GITHUB_COMMENT_LIMIT);
  });

  test('stays under the comment limit and says what it cut', () => {
    const results = Array.from({ length: 3000 }, (_, i) => makeResult({ key: String(i), logicalId: `Resource${i}`, message: `finding number ${i} with a reasonably long explanation of what is wrong` }));
    const md = renderMarkdown(makeReport(results));
    expect(md.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    const shown = (md.match(/^\| high \|/gm) ?? []).length;
    expect(shown).toBeGreaterThan(100);
    expect(md).toContain(`${3000 - shown} of 3000 unaddressed findings are not shown`);
    expect(renderMarkdown(makeReport(results), { maxLength: 5000 }).length).toBeLessThanOrEqual(5000);
  });

  test('unaddressed findings come most severe first, in their original order within a severity', () => {
    const results = (['low', 'critical', 'high', 'critical', 'medium'] as const).map((severity, i) => makeResult({ severity, logicalId: `R${i}`, constructPath: undefined, key: String(i) }));
    const md = renderMarkdown(makeReport(results));
    const order = [...md.matchAll(/^\| (\w+) \| \[SRM-EAR-001\].*?`(R\d)`/gm)].map((m) => `${m[1]}:${m[2]}`);
    expect(order).toEqual(['critical:R1', 'critical:R3', 'high:R2', 'medium:R4', 'low:R0']);
  });

  test('template text cannot inject HTML, break the table or mention people', () => {
    const md = renderMarkdown(makeReport([makeResult({ logicalId: 'Db`x', constructPath: undefined, message: HOSTILE })]));
    expect(md).not.toMatch(/<script|<img/);
    const row = md.split('\n').find((line) => line.includes('pwned'));
    expect(row).toBeDefined();
    // The hostile message's pipe is escaped: the row keeps its 8 cells.
    expect((row ?? '').split(/(?<!\\)\|/).length - 2).toBe(7);
    expect(row).not.toMatch(/@here/);
    expect(row).toContain('`Db\'x`');
  });

  test('with a baseline, new findings are marked and come first', () => {
    const old = makeResult({ key: 'old', severity: 'critical' });
    const report = makeReport([old]);
    const baseline = createBaseline(report);
    const fresh = makeResult({ key: 'new', logicalId: 'Fresh', severity: 'medium' });
    const md = renderMarkdown(applyBaseline(makeReport([old, fresh]), baseline, 'srm-baseline.json'));
    expect(md).toMatch(/1 accepted finding\(s\) still open, \*\*1 new\*\*, 0 fixed/);
    const rows = md.split('\n').filter((line) => /^\| (🆕)? ?\| /.test(line) || line.startsWith('| 🆕'));
    expect(rows[0]).toMatch(/^\| 🆕 \| medium/);
  });
});

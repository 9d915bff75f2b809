import { renderJunit } from '../../lib/report/junit';
import { HOSTILE, makeReport, makeResult } from './support';

describe('JUnit XML', () => {
  const report = makeReport([
    makeResult({ key: 'a' }),
    makeResult({ key: 'b', status: 'addressed' }),
    makeResult({ key: 'c', status: 'needs-review', message: 'cannot resolve' }),
    makeResult({ key: 'd', status: 'runtime' }),
    makeResult({ key: 'e', status: 'acknowledged', acknowledgement: 'encrypted by the platform team' }),
    makeResult({ key: 'f', stack: 'Other', templatePath: 'cdk.out/Other.template.json', logicalId: 'Bucket', message: HOSTILE }),
  ]);
  const xml = renderJunit(report);

  test('one suite per stack, one case per result, failures and skips counted', () => {
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="cdk-shared-responsibility" tests="6" failures="2" errors="0" skipped="3"/);
    expect(xml).toMatch(/<testsuite name="AppStack" tests="5" failures="1" errors="0" skipped="3"/);
    expect(xml).toMatch(/<testsuite name="Other" tests="1" failures="1" errors="0" skipped="0"/);
    expect(xml.match(/<testcase /g)).toHaveLength(6);
    expect(xml).toMatch(/<skipped message="acknowledged: encrypted by the platform team"\/>/);
    expect(xml).toMatch(/<skipped message="needs review: cannot resolve"\/>/);
  });

  test('template strings are escaped: no markup from a finding reaches the XML', () => {
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<img');
    expect(xml).toContain('&lt;/script&gt;&lt;script&gt;window.__pwned=1');
    // Structure is intact: every opened case is closed.
    expect(xml.match(/<testcase /g)?.length).toBe((xml.match(/<\/testcase>/g)?.length ?? 0) + (xml.match(/<testcase [^>]*\/>/g)?.length ?? 0));
  });

  test('control characters that XML 1.0 cannot hold are dropped', () => {
    const out = renderJunit(makeReport([makeResult({ message: 'bell\u0007 and nul\u0000 here' })]));
    expect(out).toContain('bell and nul here');
    expect(out).not.toMatch(/[\u0000-\u0008]/);
  });
});

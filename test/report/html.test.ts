import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { chromium } from 'playwright-core';
import { renderHtml } from '../../lib/report/html';
import type { Report } from '../../lib/report/report';
import { HOSTILE, acceptanceReport, makeReport, makeResult } from './support';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let tmp: string;
beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'srm-html-'))));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The acceptance findings plus one resource whose every string is hostile. */
function mixedReport(): Report {
  const hostile = makeResult({
    stack: `Evil${HOSTILE}`,
    templatePath: 'evil.template.json',
    logicalId: `X${HOSTILE}`,
    constructPath: `Evil/${HOSTILE}`,
    message: HOSTILE,
    fix: HOSTILE,
    evidence: [{ description: HOSTILE, logicalId: HOSTILE, propertyPath: HOSTILE }],
    acknowledgement: undefined,
    severity: 'critical',
  });
  return makeReport([...acceptanceReport().results, hostile]);
}

describe('HTML report', () => {
  test('one self-contained file: nothing is loaded from anywhere', () => {
    const html = renderHtml(acceptanceReport());
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=/i);
    expect(html).not.toMatch(/@import|url\(/);
    expect(html).toMatch(/http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;/);
    expect(html).toMatch(/id="matrix"[\s\S]*AWS keeps[\s\S]*The customer must/);
    expect(html).toMatch(/<svg id="chart-duty"/);
    expect(html).toMatch(/<svg id="chart-category"/);
  });

  test('every template-derived string is escaped, and the embedded JSON cannot close its element', () => {
    const html = renderHtml(mixedReport());
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('window.__pwned=1</script>');
    const json = /<script type="application\/json" id="srm-report">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(json).not.toContain('<');
    const parsed = JSON.parse(json) as Report;
    expect(parsed.results.some((r) => r.message === HOSTILE)).toBe(true);
  });

  // CI sets SRM_REQUIRE_BROWSER=1 after installing Debian's chromium: there a missing browser is a failure, not a skip.
  const browserTest = fs.existsSync(CHROMIUM) || process.env.SRM_REQUIRE_BROWSER === '1' ? test : test.skip;
  if (!fs.existsSync(CHROMIUM)) {
    // Visible in the test output, so a green run without the browser is not mistaken for a tested one.
    console.warn(`HTML browser test skipped: ${CHROMIUM} is absent (Debian: apt-get install -y chromium)`);
  }

  browserTest('renders in headless Chromium: charts, matrix, filters, drill-down, no injected script runs', async () => {
    const file = path.join(tmp, 'report.html');
    fs.writeFileSync(file, renderHtml(mixedReport()));
    const context = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(tmp, 'profile-')), {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      headless: true,
      viewport: { width: 1280, height: 900 },
    });
    try {
      const page = await context.newPage();
      const requests: string[] = [];
      const problems: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('dialog', (dialog) => {
        problems.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      await page.goto(pathToFileURL(file).href);
      // Set by the report's own script: proves it ran under the page's Content Security Policy.
      await page.waitForSelector('html[data-ready="true"]', { timeout: 15000 });

      expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(problems).toEqual([]);
      expect(requests.every((url) => url.startsWith('file:'))).toBe(true);
      expect(await page.locator('#chart-duty rect[data-status="unaddressed"]').count()).toBeGreaterThan(0);
      expect(await page.locator('#matrix tbody tr').count()).toBe(8);
      // The hostile strings are on the page as text.
      expect(await page.locator('body').innerText()).toContain('<script>window.__pwned=1</script>');

      const total = await page.locator('tr.result').count();
      await expect(page.locator('#shown').innerText()).resolves.toBe(`${total} of ${total} results shown`);

      await page.selectOption('#filter-status', 'unaddressed');
      const statuses = await page.locator('tr.result:visible').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-status')));
      expect(statuses.length).toBeGreaterThan(0);
      expect(new Set(statuses)).toEqual(new Set(['unaddressed']));

      await page.selectOption('#filter-severity', 'critical');
      const critical = await page.locator('tr.result:visible').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-severity') ?? ''));
      expect(critical.length).toBeGreaterThan(0);
      expect(new Set(critical)).toEqual(new Set(['critical']));
      const visibleSummaries = await page.locator('details.resource:visible summary').allInnerTexts();
      expect(visibleSummaries.some((text) => text.includes('Evil/'))).toBe(true);

      await page.selectOption('#filter-severity', '');
      await page.selectOption('#filter-status', 'needs-review');
      await page.selectOption('#filter-duty', 'encryption-at-rest');
      const review = page.locator('tr.result:visible');
      expect(await review.count()).toBeGreaterThan(0);
      // Drill-down: the resource's block shows evidence and fix for the result.
      const parameterised = page.locator('details.resource:visible', { hasText: 'ParameterisedDatabase' });
      if ((await parameterised.getAttribute('open')) === null) await parameterised.locator('summary').click();
      expect(await parameterised.locator('tr.result:visible').first().innerText()).toMatch(/cannot be resolved/);

      await page.click('#filter-reset');
      await expect(page.locator('#shown').innerText()).resolves.toBe(`${total} of ${total} results shown`);

      const screenshot = path.join(tmp, 'html-report.png');
      await page.screenshot({ path: screenshot, fullPage: false });
      expect(fs.statSync(screenshot).size).toBeGreaterThan(10_000);

      // `SRM_SCREENSHOT=docs/images/html-report.png npx jest test/report/html` refreshes the README image.
      if (process.env.SRM_SCREENSHOT) {
        const clean = path.join(tmp, 'clean.html');
        fs.writeFileSync(clean, renderHtml(acceptanceReport()));
        await page.setViewportSize({ width: 1280, height: 1200 });
        await page.goto(pathToFileURL(clean).href);
        await page.waitForSelector('html[data-ready="true"]');
        await page.screenshot({ path: process.env.SRM_SCREENSHOT, fullPage: false });
      }
    } finally {
      await context.close();
    }
  });
});

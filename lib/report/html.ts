import { createHash } from 'crypto';
import { DUTIES, DUTY_TITLES, RESPONSIBILITIES, type Duty, type ServiceCategory } from '../categories';
import type { ResourceEntry, Result } from '../engine/result';
import { SEVERITIES, STATUSES, type Status } from '../engine/rule';
import { baselineSummaryOf } from './baseline';
import { escapeHtml as h, jsonForScript } from './escape';
import type { Report } from './report';
import { RULES_DOC_URL } from './sarif';

const CATEGORIES: readonly ServiceCategory[] = ['infrastructure', 'container', 'abstracted', 'custom'];
const CATEGORY_TITLES: Record<ServiceCategory, string> = {
  infrastructure: 'Infrastructure (EC2, EBS, VPC)',
  container: 'Container (RDS, ElastiCache, OpenSearch)',
  abstracted: 'Abstracted (S3, DynamoDB, SQS, Lambda)',
  custom: 'Custom resources and third-party types',
};
const STATUS_COLORS: Record<Status, string> = {
  unaddressed: '#cf222e',
  'needs-review': '#bf8700',
  runtime: '#0969da',
  acknowledged: '#8250df',
  addressed: '#1a7f37',
};
const OWNER_LABEL = { customer: 'Customer', shared: 'Shared', aws: 'AWS' } as const;

const STYLE = `
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1f2328;background:#f6f8fa}
header{background:#24292f;color:#fff;padding:16px 24px}
header h1{margin:0 0 4px;font-size:20px}
header p{margin:0;color:#d0d7de}
main{padding:16px 24px;max-width:1400px}
section{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:12px 16px;margin:0 0 16px}
h2{font-size:16px;margin:0 0 8px}
.cards{display:flex;flex-wrap:wrap;gap:8px}
.card{border:1px solid #d0d7de;border-radius:6px;padding:8px 12px;min-width:120px}
.card b{display:block;font-size:20px}
.gate-fail{color:#cf222e;font-weight:600}.gate-pass{color:#1a7f37;font-weight:600}
.charts{display:flex;flex-wrap:wrap;gap:24px}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #d8dee4;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f6f8fa}
.owner-customer{color:#cf222e;font-weight:600}.owner-shared{color:#9a6700;font-weight:600}.owner-aws{color:#1a7f37;font-weight:600}
.note{color:#59636e;font-size:12px}
.lists{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:12px;margin-top:12px}
.lists ul{margin:4px 0 0;padding-left:18px}
.filters{display:flex;flex-wrap:wrap;gap:12px;align-items:end;margin-bottom:8px}
.filters label{display:flex;flex-direction:column;font-size:12px;color:#59636e}
details.resource{border:1px solid #d0d7de;border-radius:6px;margin:6px 0;padding:4px 8px}
details.resource summary{cursor:pointer}
.badge{display:inline-block;border-radius:10px;padding:0 7px;font-size:12px;color:#fff;margin-left:4px}
.s-unaddressed{background:#cf222e}.s-needs-review{background:#bf8700}.s-runtime{background:#0969da}.s-acknowledged{background:#8250df}.s-addressed{background:#1a7f37}
code{font-size:12px;background:#eff1f3;padding:1px 4px;border-radius:4px}
ul.evidence{margin:2px 0;padding-left:16px}
[hidden]{display:none !important}
`;

// Filtering runs on data attributes the server already escaped; the script never builds HTML from
// report data, so nothing from a template can become markup here.
const SCRIPT = `
(function () {
  'use strict';
  var report = JSON.parse(document.getElementById('srm-report').textContent);
  var keys = ['stack', 'duty', 'status', 'severity'];
  var selects = {};
  keys.forEach(function (key) { selects[key] = document.getElementById('filter-' + key); });
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.result'));
  var resources = Array.prototype.slice.call(document.querySelectorAll('details.resource'));
  var counter = document.getElementById('shown');
  function apply() {
    var shown = 0;
    rows.forEach(function (row) {
      var ok = keys.every(function (key) { return !selects[key].value || row.getAttribute('data-' + key) === selects[key].value; });
      row.hidden = !ok;
      if (ok) shown++;
    });
    resources.forEach(function (resource) {
      resource.hidden = resource.querySelector('tr.result:not([hidden])') === null;
    });
    counter.textContent = shown + ' of ' + rows.length + ' results shown';
  }
  keys.forEach(function (key) { selects[key].addEventListener('change', apply); });
  document.getElementById('filter-reset').addEventListener('click', function () {
    keys.forEach(function (key) { selects[key].value = ''; });
    apply();
  });
  document.getElementById('download').addEventListener('click', function () {
    var blob = new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' });
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'shared-responsibility-report.json';
    link.click();
  });
  apply();
  document.documentElement.setAttribute('data-ready', 'true');
})();
`;

const hash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * One self-contained HTML file: no external scripts, styles, fonts or images, and a Content
 * Security Policy that forbids loading anything and runs only this file's own script and style
 * (by hash), so even a missed escape could not run injected code. Every template-derived string
 * is escaped; the report data rides along as JSON in a non-executed script element.
 */
export function renderHtml(report: Report): string {
  const s = report.summary;
  const baseline = baselineSummaryOf(report);
  const csp = `default-src 'none'; style-src ${hash(STYLE)}; script-src ${hash(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`;
  const gate =
    s.failOn === 'none'
      ? '<span>Gate off (--fail-on none)</span>'
      : s.failing > 0
        ? `<span class="gate-fail">Failing: ${s.failing} ${baseline ? 'new ' : ''}unaddressed finding(s) at or above ${h(s.failOn)}</span>`
        : `<span class="gate-pass">Passing: nothing ${baseline ? 'new ' : ''}at or above ${h(s.failOn)}</span>`;
  const stacks = [...new Set([...report.stacks.map((stack) => stack.name), ...report.results.map((result) => result.stack)])];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${h(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Shared responsibility report</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Shared responsibility report</h1>
<p>${h(report.tool.name)} ${h(report.tool.version)} · generated ${h(report.generatedAt)} · ${stacks.length} stack(s): ${stacks.map(h).join(', ')}</p>
</header>
<main>
<section id="summary">
<h2>Summary</h2>
<p>${gate}${baseline ? ` · baseline ${h(baseline.file)}: ${baseline.unchanged} accepted, ${baseline.new} new, ${baseline.fixed.length} fixed` : ''}</p>
<div class="cards">
<div class="card"><b>${s.resources}</b>resources</div>
${STATUSES.map((status) => `<div class="card" data-status-card="${status}"><b>${s.byStatus[status]}</b><span class="badge s-${status}">${status}</span></div>`).join('\n')}
</div>
</section>
<section id="charts">
<h2>Status of the customer's duties</h2>
<div class="charts">
<figure><figcaption>By duty</figcaption>${barChart(
    'chart-duty',
    DUTIES.map((duty) => ({ label: DUTY_TITLES[duty], counts: s.byDuty[duty] })),
  )}</figure>
<figure><figcaption>By service category</figcaption>${barChart(
    'chart-category',
    CATEGORIES.map((category) => ({ label: category, counts: s.byCategory[category] })),
  )}</figure>
</div>
</section>
${matrix(report)}
<section id="findings">
<h2>Resources and results</h2>
<div class="filters">
${filter('stack', 'Stack', stacks)}
${filter('duty', 'Duty', DUTIES, (duty) => DUTY_TITLES[duty as Duty])}
${filter('status', 'Status', STATUSES)}
${filter('severity', 'Severity', SEVERITIES)}
<button type="button" id="filter-reset">Show all</button>
<button type="button" id="download">Download JSON</button>
<span id="shown" aria-live="polite"></span>
</div>
${resourcesSection(report)}
</section>
</main>
<script type="application/json" id="srm-report">${jsonForScript(report)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function filter(key: string, label: string, values: readonly string[], title: (value: string) => string = (value) => value): string {
  const options = values.map((value) => `<option value="${h(value)}">${h(title(value))}</option>`).join('');
  return `<label for="filter-${key}">${label}<select id="filter-${key}" data-filter="${key}"><option value="">all</option>${options}</select></label>`;
}

/** Horizontal stacked bars, one per row, one segment per status; counts also in each row's title for screen readers. */
function barChart(id: string, rows: readonly { label: string; counts: Record<Status, number> }[]): string {
  const labelWidth = 190;
  const barWidth = 360;
  const rowHeight = 24;
  const max = Math.max(1, ...rows.map((row) => STATUSES.reduce((sum, status) => sum + row.counts[status], 0)));
  const height = rows.length * rowHeight + 34;
  const parts: string[] = [`<svg id="${id}" xmlns="http://www.w3.org/2000/svg" width="${labelWidth + barWidth + 50}" height="${height}" role="img" aria-label="status counts">`];
  rows.forEach((row, index) => {
    const y = index * rowHeight + 4;
    const total = STATUSES.reduce((sum, status) => sum + row.counts[status], 0);
    parts.push(`<g><title>${h(`${row.label}: ${STATUSES.map((status) => `${row.counts[status]} ${status}`).join(', ')}`)}</title>`);
    parts.push(`<text x="0" y="${y + 15}" font-size="12" fill="#1f2328">${h(row.label)}</text>`);
    let x = labelWidth;
    for (const status of STATUSES) {
      const count = row.counts[status];
      if (count === 0) continue;
      const width = Math.max(2, (count / max) * barWidth);
      parts.push(`<rect x="${x.toFixed(1)}" y="${y}" width="${width.toFixed(1)}" height="${rowHeight - 6}" fill="${STATUS_COLORS[status]}" data-status="${status}" data-count="${count}"/>`);
      x += width;
    }
    parts.push(`<text x="${(x + 4).toFixed(1)}" y="${y + 15}" font-size="12" fill="#59636e">${total}</text></g>`);
  });
  const legendY = rows.length * rowHeight + 20;
  let legendX = 0;
  for (const status of STATUSES) {
    parts.push(`<rect x="${legendX}" y="${legendY - 10}" width="10" height="10" fill="${STATUS_COLORS[status]}"/><text x="${legendX + 14}" y="${legendY}" font-size="11" fill="#1f2328">${status}</text>`);
    legendX += 14 + status.length * 7 + 14;
  }
  parts.push('</svg>');
  return parts.join('');
}

function matrix(report: Report): string {
  const resourcesIn = (category: ServiceCategory): number => report.resources.filter((resource) => resource.category === category).length;
  const header = CATEGORIES.map((category) => `<th>${h(category)}<br><span class="note">${resourcesIn(category)} resource(s)</span></th>`).join('');
  const rows = DUTIES.map((duty) => {
    const cells = CATEGORIES.map((category) => {
      const owner = RESPONSIBILITIES[category].duties[duty];
      const note = RESPONSIBILITIES[category].notes[duty];
      return `<td><span class="owner-${owner}">${OWNER_LABEL[owner]}</span>${note ? `<div class="note">${h(note)}</div>` : ''}</td>`;
    }).join('');
    return `<tr><th scope="row">${h(DUTY_TITLES[duty])}<br><code>${duty}</code></th>${cells}</tr>`;
  }).join('\n');
  const lists = CATEGORIES.map(
    (category) => `<div><h3>${h(CATEGORY_TITLES[category])}</h3>
<b>AWS keeps</b><ul>${RESPONSIBILITIES[category].awsManages.map((item) => `<li>${h(item)}</li>`).join('')}</ul>
<b>The customer must</b><ul>${RESPONSIBILITIES[category].customerManages.map((item) => `<li>${h(item)}</li>`).join('')}</ul></div>`,
  ).join('\n');
  return `<section id="matrix">
<h2>Responsibility matrix: who carries each duty, by service category</h2>
<table><thead><tr><th>duty</th>${header}</tr></thead><tbody>
${rows}
</tbody></table>
<div class="lists">
${lists}
</div>
</section>`;
}

function resourcesSection(report: Report): string {
  const byResource = new Map<string, Result[]>();
  for (const result of report.results) {
    const key = `${result.stack}\u0000${result.logicalId}`;
    const group = byResource.get(key);
    if (group) group.push(result);
    else byResource.set(key, [result]);
  }
  const known = new Set(report.resources.map((resource) => `${resource.stack}\u0000${resource.logicalId}`));
  // Stack-level results (region, account settings) have no resource entry; they get their own block.
  const entries: { key: string; resource: Pick<ResourceEntry, 'stack' | 'logicalId' | 'type' | 'constructPath' | 'category'> }[] = report.resources.map((resource) => ({
    key: `${resource.stack}\u0000${resource.logicalId}`,
    resource,
  }));
  for (const [key, results] of byResource) {
    if (known.has(key)) continue;
    const first = results[0];
    entries.push({ key, resource: { stack: first.stack, logicalId: first.logicalId, type: first.resourceType, constructPath: first.constructPath, category: first.category } });
  }
  const blocks = entries
    .filter((entry) => byResource.has(entry.key))
    .map(({ key, resource }) => {
      const results = byResource.get(key) ?? [];
      const badges = STATUSES.map((status) => {
        const count = results.filter((result) => result.status === status).length;
        return count > 0 ? `<span class="badge s-${status}">${count} ${status}</span>` : '';
      }).join('');
      const open = results.some((result) => result.status === 'unaddressed') ? ' open' : '';
      const source = results.find((result) => result.sourceLocation)?.sourceLocation;
      return `<details class="resource" data-stack="${h(resource.stack)}"${open}>
<summary><b>${h(resource.constructPath ?? resource.logicalId)}</b> · <code>${h(resource.type)}</code> · ${h(resource.category)} · stack ${h(resource.stack)}${source ? ` · <code>${h(`${source.file}:${source.line}`)}</code>` : ''}${badges}</summary>
<table><thead><tr><th>status</th><th>severity</th><th>rule</th><th>duty</th><th>finding and evidence</th><th>fix</th></tr></thead><tbody>
${results.map(resultRow).join('\n')}
</tbody></table>
</details>`;
    });
  const unchecked = report.resources.length - entries.filter((entry) => byResource.has(entry.key) && known.has(entry.key)).length;
  return `${blocks.join('\n')}
<p class="note">${unchecked} resource(s) had no rule for their type; their duties follow the matrix above.</p>`;
}

function resultRow(result: Result): string {
  const evidence = result.evidence
    .map((item) => `<li>${h(item.description)}${item.logicalId ? ` <code>${h(item.logicalId)}</code>` : ''}${item.propertyPath ? ` <code>${h(item.propertyPath)}</code>` : ''}</li>`)
    .join('');
  const controls = [result.configRule ? `AWS Config ${result.configRule}` : '', result.securityHub.length ? `Security Hub ${result.securityHub.join(', ')}` : '', result.controlTower.length ? `Control Tower ${result.controlTower.join(', ')}` : '']
    .filter(Boolean)
    .map(h)
    .join(' · ');
  return `<tr class="result" data-stack="${h(result.stack)}" data-duty="${result.duty}" data-status="${result.status}" data-severity="${result.severity}">
<td><span class="badge s-${result.status}">${result.status}</span></td><td>${result.severity}</td>
<td><a href="${h(`${RULES_DOC_URL}#${result.ruleId.toLowerCase()}`)}" rel="noopener noreferrer">${h(result.ruleId)}</a><div class="note">${h(result.title)}</div></td>
<td>${h(DUTY_TITLES[result.duty])}</td>
<td>${h(result.message)}${result.acknowledgement ? `<div class="note">acknowledged: ${h(result.acknowledgement)}</div>` : ''}${evidence ? `<ul class="evidence">${evidence}</ul>` : ''}${controls ? `<div class="note">${controls}</div>` : ''}</td>
<td>${result.status === 'addressed' ? '' : h(result.fix)}</td></tr>`;
}

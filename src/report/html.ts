// The HTML report: one self-contained file (no network, no CDN, no fonts; a CSP that forbids every remote
// load) with inline SVG charts, the reuse section, the fix-first list with each migration, and sortable,
// filterable tables. Every untrusted string goes through htmlPageText; never a secret value.
import { createHash } from 'node:crypto';
import type { Finding } from '../model/types.js';
import { severityRank } from '../model/types.js';
import { htmlPageBlock, htmlPageText as esc } from '../model/untrusted.js';
import { SEVERITIES_DESC, compareFixFirst, countBy, isSuppressed, num, placeOf, plural, rankedEntries, severityCounts, skipTally } from './common.js';
import { barChart, donutChart, emptyChart, type ChartEntry } from './html-charts.js';
import type { FormatOptions, OrgView, Report } from './types.js';

/** Findings shown with their migration in the fix-first list unless --max-findings says otherwise. */
const DEFAULT_FIX_FIRST = 100;
/** Places of a reused secret shown before the rest fold into a <details>. */
const PLACES_SHOWN = 10;

/** Age buckets (days a secret has been in history when scanned, details.ageDays), youngest first. */
export const AGE_BUCKETS: readonly { label: string; maxDays: number }[] = [
  { label: '30 days or less', maxDays: 30 },
  { label: '31 to 90 days', maxDays: 90 },
  { label: '91 days to 1 year', maxDays: 365 },
  { label: '1 to 2 years', maxDays: 730 },
  { label: '2 to 5 years', maxDays: 1826 },
  { label: 'over 5 years', maxDays: Infinity },
];

const CSS = `
:root{color-scheme:light;--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#ffffff;--panel:#f6f8fa;--accent:#0072b2}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:var(--bg)}
header{padding:20px 28px;background:#0b3d5c;color:#fff}
header h1{margin:0 0 4px;font-size:22px}
header p{margin:0;color:#cfe3f0}
main{padding:8px 28px 40px;max-width:1400px}
h2{margin:28px 0 8px;font-size:18px;border-bottom:1px solid var(--line);padding-bottom:4px}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin-top:16px}
.card{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:10px 14px;min-width:130px}
.card b{display:block;font-size:22px}
.card span{color:var(--muted)}
.sev-critical b{color:#8e1b6b}.sev-high b{color:#c62828}.sev-medium b{color:#9a6700}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(460px,1fr));gap:16px}
figure{margin:0;background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:10px}
figcaption{font-weight:600;margin-bottom:6px}
figure p{margin:6px 0 0;color:var(--muted);font-size:12px}
svg.chart text{font-size:12px;fill:var(--fg)}
svg.chart text.value,svg.chart text.note{fill:var(--muted)}
svg.chart text.total{font-size:20px;font-weight:700}
svg.chart rect.frame{fill:none;stroke:var(--line)}
table{border-collapse:collapse;width:100%;margin-top:6px;font-size:13px}
th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
th{background:var(--panel);position:sticky;top:0}
th button{all:unset;cursor:pointer;font-weight:600}
th button:focus-visible{outline:2px solid var(--accent)}
th[aria-sort=ascending] button::after{content:" \\25B2"}
th[aria-sort=descending] button::after{content:" \\25BC"}
td.num,th.num{text-align:right}
code{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--panel);padding:1px 4px;border-radius:4px;word-break:break-all}
pre{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:8px;overflow:auto;font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.filter{display:flex;gap:10px;align-items:center;margin:6px 0}
.filter input{padding:5px 8px;border:1px solid var(--line);border-radius:6px;min-width:280px}
.muted{color:var(--muted)}
.badge{display:inline-block;padding:0 6px;border-radius:10px;font-size:12px;font-weight:600;color:#fff}
.b-critical{background:#8e1b6b}.b-high{background:#c62828}.b-medium{background:#9a6700}.b-low{background:#57606a}
ol.fix{padding-left:28px}
ol.fix li{margin:6px 0}
ol.fix details{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:6px 10px}
ol.fix summary{cursor:pointer}
footer{padding:16px 28px;color:var(--muted);border-top:1px solid var(--line)}
`;

const SCRIPT = `
(function () {
  'use strict';
  function keyOf(row, i, numeric) {
    var cell = row.cells[i];
    var v = cell.getAttribute('data-key');
    if (v === null) v = cell.textContent || '';
    return numeric ? Number(v) : v.toLowerCase();
  }
  var tables = document.querySelectorAll('table.sortable');
  Array.prototype.forEach.call(tables, function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, i) {
      var button = th.querySelector('button');
      if (!button) return;
      button.addEventListener('click', function () {
        var dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', dir);
        var numeric = th.getAttribute('data-type') === 'num';
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = keyOf(a, i, numeric), y = keyOf(b, i, numeric);
          var c = x < y ? -1 : x > y ? 1 : 0;
          return dir === 'ascending' ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
  var inputs = document.querySelectorAll('input[data-filter]');
  Array.prototype.forEach.call(inputs, function (input) {
    var id = input.getAttribute('data-filter');
    var table = document.getElementById(id);
    var count = document.getElementById(id + '-count');
    if (!table) return;
    input.addEventListener('input', function () {
      var q = input.value.trim().toLowerCase();
      var rows = table.tBodies[0].rows;
      var shown = 0;
      Array.prototype.forEach.call(rows, function (r) {
        var hit = q === '' || (r.textContent || '').toLowerCase().indexOf(q) >= 0;
        r.hidden = !hit;
        if (hit) shown++;
      });
      if (count) count.textContent = shown + ' of ' + rows.length + ' shown';
    });
  });
})();
`;

const hash = (s: string): string => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/**
 * Nothing may load from anywhere: no default source, the one inline style and script allowed by their hashes,
 * no base URL, no form target. SVG is inline markup, so it needs no img-src.
 */
export const HTML_CSP = `default-src 'none'; style-src ${hash(CSS)}; script-src ${hash(SCRIPT)}; base-uri 'none'; form-action 'none'`;

export function formatHtml(report: Report, opts: FormatOptions): string {
  const { result, tool, org } = report;
  const active = result.findings.filter((f) => !isSuppressed(f));
  const suppressed = result.findings.filter(isSuppressed);
  const ordered = [...active].sort(compareFixFirst);
  const rank = new Map(ordered.map((f, i) => [f, i + 1]));
  const listed = opts.showSuppressed ? [...ordered, ...[...suppressed].sort(compareFixFirst)] : ordered;
  const sev = severityCounts(active);
  const orgNames = org ? [...new Set(org.repositories.flatMap((r) => (r.org ? [r.org.name] : [])))].sort() : [];
  const subject = org ? (orgNames.length ? orgNames.join(', ') : `${plural(org.repositories.length, 'repository', 'repositories')}`) : result.root;

  const out: string[] = [];
  out.push(
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(`Non-human identity inventory: ${subject}`)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<header>',
    '<h1>Non-human identity inventory</h1>',
    `<p>${esc(subject)} · ${esc(tool.name)} ${esc(tool.version)}</p>`,
    '</header>',
    '<main>',
  );

  const skipped = org?.repositories.filter((r) => r.repository.status === 'skipped') ?? [];
  const cards: [string, number, string][] = [
    ['Findings', active.length, ''],
    ...SEVERITIES_DESC.filter((s) => s !== 'low').map((s): [string, number, string] => [s[0]!.toUpperCase() + s.slice(1), sev[s], ` sev-${s}`]),
    ...(org ? [['Repositories', org.repositories.length, ''] as [string, number, string], ['Reused secrets', org.reuse.length, ''] as [string, number, string]] : []),
    ['Files scanned', result.counts.filesScanned, ''],
    ['Suppressed', suppressed.length, ''],
  ];
  out.push('<section class="cards" aria-label="Totals">');
  for (const [label, n, cls] of cards) out.push(`<div class="card${cls}"><b>${num(n)}</b><span>${esc(label)}</span></div>`);
  out.push('</section>');
  const tally = skipTally(result);
  out.push(
    `<p class="muted">${esc(`${plural(result.counts.filesScanned, 'file')} scanned, ${num(tally.skipped)} skipped${org ? `, across ${plural(org.repositories.length - skipped.length, 'repository', 'repositories')} scanned and ${num(skipped.length)} skipped` : ''}. Secret values are never written: a preview shows at most four characters and the length.`)}</p>`,
  );

  out.push('<section id="charts"><h2>Charts</h2><div class="charts">');
  out.push(figure('Findings by credential kind', entriesOf(countBy(active, (f) => f.kind)), 'chart-kind', 'donut'));
  out.push(figure('Findings by provider', entriesOf(countBy(active, (f) => f.provider)), 'chart-provider', 'bars'));
  out.push(ageFigure(active));
  if (org) out.push(figure('Findings by repository', entriesOf(countBy(active, (f) => f.repository ?? '')), 'chart-repository', 'bars'));
  else out.push(figure('Findings by file context', entriesOf(countBy(active, (f) => f.context)), 'chart-context', 'bars'));
  out.push('</div></section>');

  if (org) out.push(reuseSection(org));
  out.push(fixFirstSection(ordered, opts.maxFindings ?? DEFAULT_FIX_FIRST));
  out.push(findingsTable(listed, rank, Boolean(org)));
  if (org) out.push(repositoriesTable(org));
  if (result.warnings.length) {
    out.push(`<section id="warnings"><h2>Warnings (${num(result.warnings.length)})</h2><ul>`);
    for (const w of result.warnings.slice(0, opts.verbose ? undefined : 100)) out.push(`<li>${esc(w)}</li>`);
    out.push('</ul></section>');
  }
  out.push('</main>');
  out.push(`<footer>${esc(`Written by ${tool.name} ${tool.version}. This file loads nothing from the network.`)}</footer>`);
  out.push(`<script>${SCRIPT}</script>`, '</body>', '</html>');
  return `${out.join('\n')}\n`;
}

function entriesOf(counts: Map<string, number>): ChartEntry[] {
  return rankedEntries(counts).map(([label, value]) => ({ label, value }));
}

function figure(title: string, entries: ChartEntry[], id: string, kind: 'bars' | 'donut'): string {
  const svg = entries.length === 0 ? emptyChart(id, title, 'No findings') : kind === 'donut' ? donutChart(id, title, entries) : barChart(id, title, entries);
  return `<figure><figcaption>${esc(title)}</figcaption>${svg}</figure>`;
}

/** How long each secret had been in history when scanned (details.ageDays of --history findings). */
function ageFigure(active: Finding[]): string {
  const title = 'Findings by age in history';
  const ages = active.map((f) => f.details?.ageDays).filter((d): d is number => typeof d === 'number' && Number.isFinite(d));
  if (ages.length === 0) {
    return `<figure><figcaption>${esc(title)}</figcaption>${emptyChart('chart-age', title, 'No history data: scan with --history to see how old secrets are')}</figure>`;
  }
  const counts = AGE_BUCKETS.map((b) => ({ label: b.label, value: 0 }));
  for (const d of ages) counts[AGE_BUCKETS.findIndex((b) => d <= b.maxDays)]!.value++;
  const colors = ['#56b4e9', '#0072b2', '#e69f00', '#d55e00', '#cc79a7', '#8e1b6b'];
  const note = `${plural(ages.length, 'finding')} from history scans, by the days since the commit that added the secret (when scanned)${ages.length < active.length ? `; ${num(active.length - ages.length)} without history data are not counted` : ''}.`;
  return `<figure><figcaption>${esc(title)}</figcaption>${barChart('chart-age', title, counts, { colors })}<p>${esc(note)}</p></figure>`;
}

function badge(f: Finding): string {
  return `<span class="badge b-${f.severity}">${f.severity}</span>`;
}

function reuseSection(org: OrgView): string {
  const out = ['<section id="reuse"><h2>Reused across repositories</h2>'];
  if (org.reuse.length === 0) {
    out.push('<p>No secret is reported in more than one repository.</p></section>');
    return out.join('\n');
  }
  out.push(
    `<p>${esc(`${plural(org.reuse.length, 'secret')} (same fingerprint) ${org.reuse.length === 1 ? 'is' : 'are'} reported in two or more repositories: each is one credential to rotate, with every place to change (OWASP NHI9, reuse of NHI). Their findings are raised one severity step (high becomes critical; critical stays critical).`)}</p>`,
    filterBox('reuse-table', org.reuse.length),
    '<table id="reuse-table" class="sortable"><thead><tr>',
    th('Severity', 'num'),
    th('Fingerprint'),
    th('Rule'),
    th('Provider'),
    th('Kind'),
    th('Repositories', 'num'),
    th('Places'),
    '</tr></thead><tbody>',
  );
  for (const e of org.reuse) {
    const codes = e.places.map((p) => `<code>${esc(`${p.repository}:${p.path}:${p.line}`)}</code>`);
    // Every place is in the file; past the first few they fold away, so one widely shared secret stays one screen.
    const places =
      codes.length <= PLACES_SHOWN
        ? codes.join('<br>')
        : `${codes.slice(0, PLACES_SHOWN).join('<br>')}<details><summary>${num(codes.length - PLACES_SHOWN)} more places</summary>${codes.slice(PLACES_SHOWN).join('<br>')}</details>`;
    out.push(
      `<tr><td data-key="${severityRank(e.severity)}"><span class="badge b-${e.severity}">${e.severity}</span> <span class="muted">was ${e.severityBefore}</span></td>` +
        `<td><code>${esc(e.fingerprint)}</code></td><td><code>${esc(e.ruleId)}</code></td><td>${esc(e.provider)}</td><td>${esc(e.kind)}</td>` +
        `<td class="num">${e.repositories}</td><td>${places}</td></tr>`,
    );
  }
  out.push('</tbody></table></section>');
  return out.join('\n');
}

function fixFirstSection(ordered: Finding[], limit: number): string {
  const out = [
    '<section id="fix-first"><h2>Fix first</h2>',
    `<p>${esc('Ordered by severity, then kind (long-lived credentials and static keys first), then reuse (secrets shared by more repositories first), then secrets a provider confirmed active. Open one for its migration.')}</p>`,
  ];
  if (ordered.length === 0) {
    out.push('<p>No findings: nothing to migrate.</p></section>');
    return out.join('\n');
  }
  out.push('<ol class="fix">');
  for (const f of ordered.slice(0, limit)) {
    const extra = [f.reuse ? `reused in ${f.reuse.repositories} repositories` : '', f.verification?.status === 'active' ? 'verified active' : ''].filter(Boolean).join(', ');
    out.push(
      `<li><details><summary>${badge(f)} ${esc(f.kind)} · <code>${esc(f.ruleId)}</code> at <code>${esc(placeOf(f))}</code> · <code>${esc(f.preview)}</code>${extra ? ` · <b>${esc(extra)}</b>` : ''}</summary>`,
      migrationHtml(f),
      '</details></li>',
    );
  }
  out.push('</ol>');
  if (ordered.length > limit) out.push(`<p class="muted">${esc(`… and ${plural(ordered.length - limit, 'more finding')}: every finding is in the table below.`)}</p>`);
  out.push('</section>');
  return out.join('\n');
}

/** A reference as a link only when it is a plain http(s) URL; anything else is text. */
function reference(url: string): string {
  return /^https?:\/\/[!#-;=?-[\]_a-z~A-Z]+$/.test(url) && !/["'<>]/.test(url) ? `<a href="${esc(url)}" rel="noreferrer noopener">${esc(url)}</a>` : esc(url);
}

function migrationHtml(f: Finding): string {
  const m = f.migration;
  if (!m) return '<p>No migration guidance attached: rotate the secret, remove it from the repository, and load it at runtime from a secrets manager.</p>';
  const out = [`<p><b>What should replace it:</b> ${esc(m.summary)}</p>`, `<p class="muted">Migration <code>${esc(m.key)}</code>, variant <code>${esc(m.variant)}</code>.</p>`];
  if (m.steps.length) out.push(`<ol>${m.steps.map((s) => `<li>${esc(s)}</li>`).join('')}</ol>`);
  if (m.snippet) out.push(`<pre>${htmlPageBlock(m.snippet)}</pre>`);
  if (m.references.length) out.push(`<p>References: ${m.references.map(reference).join(', ')}</p>`);
  return out.join('\n');
}

function th(label: string, type: 'num' | 'text' = 'text'): string {
  return `<th${type === 'num' ? ' data-type="num" class="num"' : ''}><button type="button">${esc(label)}</button></th>`;
}

function filterBox(tableId: string, rows: number): string {
  return `<div class="filter"><label>Filter <input type="search" data-filter="${tableId}" placeholder="type to filter rows" aria-label="Filter rows"></label><span id="${tableId}-count" class="muted">${rows} of ${rows} shown</span></div>`;
}

function findingsTable(listed: Finding[], rank: Map<Finding, number>, withRepository: boolean): string {
  const out = ['<section id="findings"><h2>All findings</h2>'];
  if (listed.length === 0) {
    out.push('<p>No findings.</p></section>');
    return out.join('\n');
  }
  out.push(
    filterBox('findings-table', listed.length),
    '<table id="findings-table" class="sortable"><thead><tr>',
    th('Fix order', 'num'),
    th('Severity', 'num'),
    th('Kind'),
    th('Provider'),
    th('Rule'),
    ...(withRepository ? [th('Repository')] : []),
    th('Location'),
    th('Preview'),
    th('First seen'),
    th('Status'),
    '</tr></thead><tbody>',
  );
  for (const f of listed) {
    const n = rank.get(f);
    const firstSeen = typeof f.details?.firstSeen === 'string' ? f.details.firstSeen : f.commit?.date ?? '';
    const status = [
      isSuppressed(f) ? `suppressed (${f.suppressions.map((s) => s.source).join(', ')})` : '',
      f.reuse ? `reused in ${f.reuse.repositories} repositories` : '',
      f.verification ? `verified: ${f.verification.status}` : '',
      typeof f.details?.presentAtHead === 'boolean' ? (f.details.presentAtHead ? 'still at HEAD' : 'only in history') : '',
    ].filter(Boolean);
    out.push(
      `<tr><td class="num" data-key="${n ?? 1e9}">${n ?? ''}</td><td data-key="${severityRank(f.severity)}">${badge(f)}</td><td>${esc(f.kind)}</td><td>${esc(f.provider)}</td>` +
        `<td><code>${esc(f.ruleId)}</code></td>${withRepository ? `<td>${esc(f.repository ?? '')}</td>` : ''}` +
        `<td><code>${esc(`${f.path}:${f.line}`)}</code></td><td><code>${esc(f.preview)}</code></td><td>${esc(firstSeen.slice(0, 10))}</td><td>${esc(status.join('; '))}</td></tr>`,
    );
  }
  out.push('</tbody></table></section>');
  return out.join('\n');
}

function repositoriesTable(org: OrgView): string {
  const out = [
    '<section id="repositories"><h2>Repositories</h2>',
    filterBox('repositories-table', org.repositories.length),
    '<table id="repositories-table" class="sortable"><thead><tr>',
    th('Repository'),
    th('Status'),
    th('Head'),
    th('Findings', 'num'),
    th('Critical', 'num'),
    th('Files scanned', 'num'),
    th('History'),
    '</tr></thead><tbody>',
  ];
  for (const r of org.repositories) {
    const active = r.findings.filter((f) => !isSuppressed(f));
    const { repository: info } = r;
    const status = info.status === 'skipped' ? `skipped${info.reason ? `: ${info.reason}` : ''}${info.detail ? ` (${info.detail})` : ''}` : 'scanned';
    out.push(
      `<tr><td>${esc(info.fullName)}</td><td>${esc(status)}</td><td>${info.head ? `<code>${esc(info.head.slice(0, 12))}</code>` : ''}</td>` +
        `<td class="num">${active.length}</td><td class="num">${active.filter((f) => f.severity === 'critical').length}</td><td class="num">${r.counts.filesScanned}</td><td>${info.history ? 'yes' : 'no'}</td></tr>`,
    );
  }
  out.push('</tbody></table></section>');
  return out.join('\n');
}

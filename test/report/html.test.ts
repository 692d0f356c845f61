// The HTML formatter (issue 18) without a browser: hostile text escaped everywhere (with controls that prove it
// reached the page), links only for plain https references, the CSP hashes match the inline style and script,
// the fix-first order, the age buckets, deterministic bytes, no secret value; `scan --format html` works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatHtml } from '../../src/report/html.js';
import type { Finding } from '../../src/model/types.js';
import { makeFinding, makeMigration, makeSpec, sampleReport } from '../helpers/sample-findings.js';
import { makeToken } from '../helpers/fake-tokens.js';
import { runCli } from '../helpers/fixtures.js';

const OPTS = { showSecrets: false, color: false, verbose: false, showSuppressed: false };
const HOSTILE = '<img src=x onerror=alert(1)>';
const spec = makeSpec({ id: 'example.token', name: `Example <script>alert("name")</script>`, provider: 'ex<b>ample', kind: 'long-lived-credential', severity: 'high' });

function finding(n: number, over: Partial<Finding> = {}): Finding {
  return makeFinding({ spec, secret: makeToken('github.pat-classic', 900 + n), path: `src/${n}.ts`, line: n, over });
}

test('html: hostile paths, names, migration text, snippets and references are escaped; only plain https references are links', () => {
  const migration = makeMigration('ex', 'default', `Move it </p><script>alert("summary")</script>`, {
    steps: [`Step ${HOSTILE}`],
    snippet: `</pre><script>alert("snippet")</script>\nline two`,
    references: ['javascript:alert(1)', 'https://example.com/docs?a=1', 'https://example.com/"><script>x</script>'],
  });
  const f = finding(1, { path: `${HOSTILE}.env`, migration, preview: `ab${HOSTILE}`, details: { host: HOSTILE } });
  const html = formatHtml(sampleReport([f], { root: `/tmp/${HOSTILE}` }), OPTS);
  assert.equal(html.match(/<script/g)?.length, 1, 'only the report\'s own script');
  assert.ok(!html.includes('<img'), 'no raw img tag');
  assert.ok(!html.includes('<b>ample'), 'no raw provider markup');
  assert.ok(!/href="javascript:/i.test(html));
  assert.ok(html.includes('<a href="https://example.com/docs?a=1" rel="noreferrer noopener">'), 'a plain https reference is a link');
  assert.equal(html.match(/<a href=/g)?.length, 1, 'the other two references are text');
  // Controls: the hostile text is on the page, escaped.
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;.env'));
  assert.ok(html.includes('&lt;/pre&gt;&lt;script&gt;alert(&quot;snippet&quot;)&lt;/script&gt;\nline two'));
  assert.ok(html.includes('Move it &lt;/p&gt;&lt;script&gt;alert(&quot;summary&quot;)&lt;/script&gt;'));
  assert.ok(html.includes('javascript:alert(1)'));
  assert.ok(!html.includes(f.secret.reveal()), 'no secret value');
});

test('html: the CSP allows exactly the inline style and script, by their hashes, and nothing remote', () => {
  const html = formatHtml(sampleReport([finding(1)]), OPTS);
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
  assert.ok(csp);
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
  const h = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
  assert.equal(csp, `default-src 'none'; style-src ${h(style)}; script-src ${h(script)}; base-uri 'none'; form-action 'none'`);
  assert.ok(!/\s(?:src|href)=/.test(html.replace(/<a href="https:[^"]+" rel="noreferrer noopener">/g, '')), 'no src or href loads anything');
  assert.ok(!/style="/.test(html), 'no style attributes (the CSP would block them)');
});

test('html: the fix-first list orders by severity, kind, reuse, then verified active', () => {
  const plain = finding(1, { severity: 'critical' });
  const staticKey = finding(2, { severity: 'critical', kind: 'static-key' });
  const reused = finding(3, { severity: 'critical', reuse: { repositories: 3, severityBefore: 'high' } });
  const active = finding(4, { severity: 'critical', verification: { status: 'active', checkedAt: '2026-01-01T00:00:00Z' } });
  const medium = finding(5, { severity: 'medium' });
  const html = formatHtml(sampleReport([medium, plain, staticKey, active, reused]), OPTS);
  const list = html.slice(html.indexOf('<ol class="fix">'), html.indexOf('</ol>\n', html.indexOf('<ol class="fix">')));
  const order = [...list.matchAll(/at <code>src\/(\d)\.ts:\d<\/code>/g)].map((m) => m[1]);
  assert.deepEqual(order, ['3', '4', '1', '2', '5']);
  assert.match(list, /reused in 3 repositories/);
  assert.match(list, /verified active/);
});

test('html: age in history counts ageDays in buckets, and says so when there is no history data', () => {
  const aged = [10, 100, 400, 2000, 95].map((d, i) => finding(i + 1, { details: { ageDays: d, firstSeen: '2020-01-01T00:00:00Z' } }));
  const html = formatHtml(sampleReport([...aged, finding(9)]), OPTS);
  const chart = html.slice(html.indexOf('<svg id="chart-age"'), html.indexOf('</svg>', html.indexOf('<svg id="chart-age"')));
  const values = [...chart.matchAll(/<text class="value"[^>]*>(\d+)<\/text>/g)].map((m) => Number(m[1]));
  assert.deepEqual(values, [1, 0, 2, 1, 0, 1]);
  assert.match(html, /5 findings from history scans, by the days since the commit that added the secret \(when scanned\); 1 without history data are not counted\./);
  const none = formatHtml(sampleReport([finding(1)]), OPTS);
  assert.match(none, /<svg id="chart-age" class="chart empty"[^>]*>.*No history data: scan with --history to see how old secrets are<\/text><\/svg>/);
});

test('html: the same findings in any order give the same bytes', () => {
  const list = [1, 2, 3, 4].map((n) => finding(n, { severity: n % 2 ? 'high' : 'critical' }));
  assert.equal(formatHtml(sampleReport(list), OPTS), formatHtml(sampleReport([...list].reverse()), OPTS));
});

test('html: scan --format html writes the report for one repository; a hostile file name is escaped', () => {
  const dir = mkdtempSync(join(tmpdir(), 'keyshift-html-scan-'));
  const token = makeToken('npm.access-token', 77);
  writeFileSync(join(dir, `${HOSTILE}.env`), `NPM_TOKEN=${token}\n`);
  const json = runCli(['scan', '.', '--format', 'json', '--fail-on', 'none'], dir);
  assert.ok(json.stdout.includes(`"path": "${HOSTILE}.env"`), 'control: the file is found under its name');
  const r = runCli(['scan', '.', '--format', 'html', '--fail-on', 'none'], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^<!doctype html>/);
  assert.ok(!r.stdout.includes('<img'));
  assert.ok(r.stdout.includes('&lt;img src=x onerror=alert(1)&gt;.env:1'));
  assert.ok(!r.stdout.includes(token));
  assert.equal(runCli(['scan', '.', '--format', 'pdf'], dir).status, 2);
});

test('html: a secret in many repositories lists every place, the first ten open and the rest folded', async () => {
  const { mergeRepositories } = await import('../../src/org/merge.js');
  const secret = makeToken('github.pat-classic', 4242);
  const counts = { filesScanned: 1, bytesScanned: 10, filesSkipped: 0, ignored: 0, excluded: 0, findings: 1, suppressed: 0 };
  const inputs = Array.from({ length: 12 }, (_, i) => {
    const fullName = `octo-org/r${String(i).padStart(2, '0')}`;
    const f = makeFinding({ spec, secret, path: 'a.ts', line: 1, over: { repository: fullName } });
    return { file: `${i}.json`, repo: { repository: { fullName, status: 'scanned' as const, history: false, head: String(i).padStart(40, '0') }, root: '/r', counts, skips: [], warnings: [], findings: [f] } };
  });
  const report = mergeRepositories(inputs, { name: 'keyshift', version: '0.1.0' });
  const html = formatHtml(report, OPTS);
  const row = html.slice(html.indexOf('<table id="reuse-table"'), html.indexOf('</table>', html.indexOf('<table id="reuse-table"')));
  for (let i = 0; i < 12; i++) assert.ok(row.includes(`<code>octo-org/r${String(i).padStart(2, '0')}:a.ts:1</code>`), `place ${i}`);
  assert.match(row, /<code>octo-org\/r09:a\.ts:1<\/code><details><summary>2 more places<\/summary><code>octo-org\/r10:a\.ts:1<\/code><br><code>octo-org\/r11:a\.ts:1<\/code><\/details>/);
  assert.ok(!html.includes(secret));
});

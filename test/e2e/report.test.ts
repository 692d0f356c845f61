// `keyshift report fixtures/demo/tree`: the NHI inventory has its sections in order, two Mermaid pie charts
// whose numbers agree with the JSON scan, and a migration plan entry for every reported finding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, runCli } from '../helpers/fixtures.js';

const DEMO = 'fixtures/demo/tree';
const VERSION = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const report = runCli(['report', DEMO, '--fail-on', 'none'], REPO_ROOT);
const scan = runCli(['scan', DEMO, '--format', 'json', '--fail-on', 'none'], REPO_ROOT);

interface JsonFinding { ruleId: string; provider: string; kind: string; path: string; line: number; suppressions: unknown[] }
const json = JSON.parse(scan.stdout) as { counts: { findings: number; suppressed: number; filesScanned: number }; findings: JsonFinding[] };
const reported = json.findings.filter((f) => f.suppressions.length === 0);

/** Markdown lines outside fenced code blocks. */
function prose(md: string): string[] {
  const out: string[] = [];
  let fenced = false;
  for (const line of md.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    else if (!fenced) out.push(line);
  }
  return out;
}

function mermaidBlocks(md: string): string[][] {
  const blocks: string[][] = [];
  let cur: string[] | undefined;
  for (const line of md.split('\n')) {
    if (cur) {
      if (line.startsWith('```')) {
        blocks.push(cur);
        cur = undefined;
      } else cur.push(line);
    } else if (line === '```mermaid') cur = [];
  }
  return blocks;
}

/** The lines of one '## ' section, up to the next '## ' heading. */
function section(md: string, heading: string): string[] {
  const lines = prose(md);
  const start = lines.indexOf(heading);
  assert.ok(start >= 0, `section ${heading} is present`);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

function pieCounts(block: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const line of block.slice(1)) {
    const hit = /^\s+"([^"]+)" : (\d+)$/.exec(line);
    assert.ok(hit, `pie line is '"label" : n': ${JSON.stringify(line)}`);
    m.set(hit[1]!, Number(hit[2]));
  }
  return m;
}

// The demo's reported (unsuppressed) findings, counted once by hand from fixtures/demo/expected.json: literals,
// so that a count that is wrong in both the markdown and the JSON output still fails.
// Issue 14: the AWS key id and secret in deploy.yml are one finding (a pair, long-lived), so aws counts 1.
const BY_KIND = new Map([['long-lived-credential', 9], ['private-key', 2], ['refresh-token', 1], ['short-lived-token', 1], ['static-key', 3]]);
const BY_PROVIDER = new Map([
  ['aws', 1], ['gcp', 2], ['github', 1], ['jwt', 2], ['kubernetes', 1], ['npm', 2], ['openssh', 1], ['pem', 1], ['postgres', 1], ['slack', 2], ['stripe', 1], ['vault', 1],
]);
const REPORTED = 16;

const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => a[0].localeCompare(b[0]));

test('report and scan both succeed', () => {
  assert.equal(report.status, 0, report.stderr);
  assert.equal(scan.status, 0, scan.stderr);
  assert.equal(report.stderr, '');
});

test('report has its headings, exactly and in order', () => {
  const headings = prose(report.stdout).filter((l) => /^#{1,3} /.test(l) && !/^### .+ \(\d+ findings?\)$/.test(l));
  assert.deepEqual(headings, [
    '# Non-human identity inventory',
    '## Fixable now',
    '## Counts',
    '### By kind',
    '### By provider',
    '### By context',
    '## Fix these first',
    '## Migration plan',
    '## OWASP NHI Top 10 and CWE mapping',
  ]);
});

test('report lists the fixable findings first: the demo\'s workflows and .npmrc, each with its change', () => {
  const lines = prose(report.stdout);
  const at = lines.indexOf('## Fixable now');
  const rows = lines.slice(at + 1, lines.indexOf('## Counts')).filter((l) => l.startsWith('| ') && !l.startsWith('| Severity') && !l.startsWith('| ---'));
  const where = rows.map((r) => /`([^`]+):\d+`/.exec(r)?.[1]).sort();
  // deploy.yml's literal key pair is one finding (the key id is its partner).
  assert.deepEqual(where, ['.github/workflows/deploy.yml', '.github/workflows/preview.yml', '.github/workflows/release.yml', '.npmrc'].map((p) => `fixtures/demo/tree/${p}`));
  for (const r of rows) assert.match(r, /keyshift fix changes/);
});

test('report opens with the totals of the scan', () => {
  const intro = prose(report.stdout).find((l) => l.startsWith('keyshift '));
  assert.equal(
    intro,
    `keyshift ${VERSION} found 16 secrets in 30 files scanned (1 suppressed, 0 files skipped).`,
  );
});

test('two Mermaid pie charts, by kind then by provider, agree with the scan', () => {
  const blocks = mermaidBlocks(report.stdout);
  assert.equal(blocks.length, 2);
  assert.equal(blocks[0]![0], 'pie showData title Findings by kind');
  assert.equal(blocks[1]![0], 'pie showData title Findings by provider');
  assert.deepEqual(sorted(pieCounts(blocks[0]!)), sorted(BY_KIND));
  assert.deepEqual(sorted(pieCounts(blocks[1]!)), sorted(BY_PROVIDER));
  assert.equal(pieCounts(blocks[0]!).size, 5, 'the demo covers all five kinds');
});

test('the by-kind table has one row per kind with the right totals', () => {
  const rows = section(report.stdout, '## Counts').filter((l) => /^\| [a-z-]+ \| \d+ \|/.test(l));
  const byKind = new Map<string, number>();
  for (const r of rows) {
    const cells = r.split('|').map((c) => c.trim());
    if (['long-lived-credential', 'refresh-token', 'static-key', 'short-lived-token', 'private-key'].includes(cells[1]!)) {
      byKind.set(cells[1]!, Number(cells[2]));
    }
  }
  assert.deepEqual(sorted(byKind), sorted(BY_KIND));
});

test('fix-these-first starts with the long-lived credential in CI', () => {
  const first = section(report.stdout, '## Fix these first').find((l) => l.startsWith('| 1 |'));
  assert.ok(first);
  assert.ok(first.includes('`aws.secret-access-key`'), first);
  assert.ok(first.includes('long-lived-credential in CI'), first);
  assert.ok(first.includes('.github/workflows/deploy.yml:16'), first);
});

test('the migration plan lists every reported finding once, under its provider', () => {
  const plan = section(report.stdout, '## Migration plan');
  const providers = plan.filter((l) => l.startsWith('### ')).map((l) => /^### (\S+) \((\d+) findings?\)$/.exec(l));
  assert.ok(providers.every(Boolean), 'provider headings read "### <provider> (<n> finding[s])"');
  assert.deepEqual(
    sorted(new Map(providers.map((m) => [m![1]!, Number(m![2])]))),
    sorted(BY_PROVIDER),
  );
  const places = plan.filter((l) => l.startsWith('- `'));
  for (const f of reported) {
    const at = `- \`${f.path}:${f.line}\` (\`${f.ruleId}\``;
    assert.equal(places.filter((l) => l.startsWith(at)).length, 1, `${f.ruleId} at ${f.path}:${f.line} is listed once`);
  }
  assert.equal(reported.length, REPORTED);
  assert.equal(places.length, REPORTED);
});

test('the suppressed finding stays out of the report', () => {
  assert.ok(!report.stdout.includes('scripts/mirror.sh'));
});

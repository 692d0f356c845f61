// `keyshift merge` (issue 18): per-repository results made by scanning small generated trees (the scan-org
// contract's files, without scan-org), merged in every output format. Order-independent bytes, one reuse entry
// for a secret three repositories share (raised a step), shard merges merged again equal to one merge, bad
// inputs exit 2 with one line naming the file, and no secret value in any output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { runCli } from '../helpers/fixtures.js';
import { validateSarif } from '../helpers/sarif-validate.js';
import { DOCS_SHORT, HOSTILE_NAME, OWN_API, OWN_DOCS, OWN_OPS, OWN_WEB, OWN_WORKER, SHARED, sampleOrg, writeOrgResults } from '../helpers/org-results.js';

const org = writeOrgResults(sampleOrg(), 'merge');
const FORMATS = ['text', 'json', 'sarif', 'markdown', 'html'] as const;
const SECRETS = [DOCS_SHORT, SHARED, OWN_API, OWN_WEB, OWN_WORKER, OWN_OPS, OWN_DOCS];

function merge(args: string[], cwd = org.dir): { status: number; stdout: string; stderr: string } {
  return runCli(['merge', ...args], cwd);
}

interface MergedJson {
  version: number;
  kind: string;
  orgs: string[];
  counts: Record<string, number>;
  repositories: { fullName: string; status: string; head?: string; reason?: string }[];
  findings: { repository: string; ruleId: string; path: string; line: number; severity: string; fingerprint: string; reuse?: { repositories: number; severityBefore: string } }[];
  reuse: { fingerprint: string; ruleId: string; provider: string; kind: string; severity: string; severityBefore: string; repositories: number; places: { repository: string; path: string; line: number }[] }[];
}

const json = merge(['--format', 'json', ...org.files]);
const merged = JSON.parse(json.stdout) as MergedJson;

test('merge: the sample organisation merges, with its repositories sorted and counted', () => {
  assert.equal(json.status, 0, json.stderr);
  assert.equal(json.stderr, '');
  assert.equal(merged.version, 1);
  assert.equal(merged.kind, 'merged');
  assert.deepEqual(merged.orgs, ['octo-org']);
  assert.deepEqual(
    merged.repositories.map((r) => [r.fullName, r.status]),
    [['octo-org/api', 'scanned'], ['octo-org/docs', 'scanned'], ['octo-org/legacy', 'skipped'], ['octo-org/ops', 'scanned'], ['octo-org/web', 'scanned'], ['octo-org/worker', 'scanned']],
  );
  assert.equal(merged.counts.repositories, 6);
  assert.equal(merged.counts.scanned, 5);
  assert.equal(merged.counts.skipped, 1);
  // api 2, web 2, worker 2, docs 2, ops 1: each planted secret once.
  assert.equal(merged.findings.length, 9);
  assert.deepEqual([...new Set(merged.findings.map((f) => f.repository))].sort(), ['octo-org/api', 'octo-org/docs', 'octo-org/ops', 'octo-org/web', 'octo-org/worker']);
});

test('merge: a secret three repositories share is one reuse entry with three places, raised from high to critical', () => {
  assert.equal(merged.reuse.length, 1);
  const e = merged.reuse[0]!;
  assert.equal(e.ruleId, 'cloudflare.api-token');
  assert.equal(e.provider, 'cloudflare');
  assert.equal(e.kind, 'long-lived-credential');
  assert.equal(e.repositories, 3);
  assert.equal(e.severityBefore, 'high');
  assert.equal(e.severity, 'critical');
  assert.deepEqual(e.places, [
    { repository: 'octo-org/api', path: 'src/config.ts', line: 1 },
    { repository: 'octo-org/web', path: '.env', line: 1 },
    { repository: 'octo-org/worker', path: 'deploy/run.sh', line: 1 },
  ]);
  const shared = merged.findings.filter((f) => f.fingerprint === e.fingerprint);
  assert.equal(shared.length, 3);
  for (const f of shared) assert.deepEqual([f.severity, f.reuse], ['critical', { repositories: 3, severityBefore: 'high' }]);
  // Control: a high finding that is not shared keeps its severity and has no reuse block.
  const docs = merged.findings.find((f) => f.repository === 'octo-org/docs' && f.ruleId === 'atlassian.api-token')!;
  assert.equal(docs.severity, 'high');
  assert.equal(docs.reuse, undefined);
});

test('merge: the same inputs in any order, or as a directory, give the same bytes in every format', () => {
  for (const format of FORMATS) {
    const forward = merge(['--format', format, ...org.files]);
    const backward = merge(['--format', format, ...[...org.files].reverse()]);
    const dir = merge(['--format', format, org.dir]);
    assert.equal(forward.status, 0, forward.stderr);
    assert.equal(backward.stdout, forward.stdout, `${format}: reversed order`);
    assert.equal(dir.stdout, forward.stdout, `${format}: the directory`);
  }
});

test('merge: merging shard merges equals merging every per-repository file, and a shard merged twice counts once', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'keyshift-merge-shards-'));
  const shard = (n: string): string[] => org.docs.flatMap((d, i) => ((d.org as { shard: string }).shard === n ? [org.files[i]!] : []));
  const s1 = join(tmp, 'shard-1.json');
  const s2 = join(tmp, 'shard-2.json');
  assert.equal(merge(['--format', 'json', '-o', s1, ...shard('1/2')]).status, 0);
  assert.equal(merge(['--format', 'json', '-o', s2, ...shard('2/2')]).status, 0);
  assert.ok(shard('1/2').length >= 2 && shard('2/2').length >= 2, 'both shards hold several repositories');
  // One shard alone sees no reuse across shards: the api and worker copies are both in shard 1, web in 2.
  const one = JSON.parse(readFileSync(s1, 'utf8')) as MergedJson;
  assert.equal(one.reuse[0]?.repositories, 2);
  const again = merge(['--format', 'json', s1, s2]);
  assert.equal(again.stdout, json.stdout);
  const twice = merge(['--format', 'json', s1, s2, s1, org.files[0]!]);
  assert.equal(twice.status, 0, twice.stderr);
  assert.equal(twice.stdout, json.stdout);
  for (const format of ['text', 'markdown', 'html', 'sarif']) {
    assert.equal(merge(['--format', format, s1, s2]).stdout, merge(['--format', format, ...org.files]).stdout, format);
  }
});

test('merge: the same repository at the same head with different results keeps one, with a note; at two heads it is an error', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'keyshift-merge-dup-'));
  const api = org.docs[0]!;
  const fewer = join(tmp, 'api-fewer.json');
  writeFileSync(fewer, JSON.stringify({ ...api, findings: api.findings.slice(0, 1) }));
  const kept = merge(['--format', 'json', ...org.files, fewer]);
  assert.equal(kept.status, 0, kept.stderr);
  assert.equal(kept.stdout, json.stdout, 'the result with more findings is kept');
  assert.match(kept.stderr, /^keyshift: note: octo-org\/api at aaaaaaaaaaaa is in 2 results that differ; kept the one in .*octo-org__api\.json \(scanned, 2 findings\)\n$/);

  const moved = join(tmp, 'api-moved.json');
  writeFileSync(moved, JSON.stringify({ ...api, repository: { ...(api.repository as object), head: 'f'.repeat(40) } }));
  const conflict = merge(['--format', 'json', org.files[0]!, moved]);
  assert.equal(conflict.status, 2);
  assert.equal(conflict.stdout, '');
  assert.match(conflict.stderr, /^keyshift: merge: octo-org\/api is in two results at different heads \(aaaaaaaaaaaa in .*, ffffffffffff in .*api-moved\.json\); merge the results of one run\n$/);
});

test('merge: a plain scan document is named after its file (owner__name.json -> owner/name), with a note', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'keyshift-merge-plain-'));
  const { repository: _r, org: _o, ...rest } = org.docs[0]!;
  const plain = rest as unknown as { tool: unknown; root: string; counts: unknown };
  const file = join(tmp, 'octo-org__api.json');
  writeFileSync(file, JSON.stringify(plain));
  const r = merge(['--format', 'json', file], tmp);
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout) as MergedJson;
  assert.deepEqual(doc.repositories, [{ fullName: 'octo-org/api', status: 'scanned', history: false, tool: plain.tool, root: plain.root, counts: plain.counts, skipped: [], warnings: [] }]);
  assert.equal(doc.findings.length, 2);
  assert.match(r.stderr, /^keyshift: note: octo-org__api\.json has no repository block \(a plain scan result\): merged as repository "octo-org\/api", named after the file\n$/);
});

test('merge: bad inputs exit 2 with one line that names the file', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'keyshift-merge-bad-'));
  const write = (name: string, text: string): string => {
    writeFileSync(join(tmp, name), text);
    return name;
  };
  mkdirSync(join(tmp, 'empty'));
  mkdirSync(join(tmp, 'only-text'));
  writeFileSync(join(tmp, 'only-text', 'notes.txt'), 'hello');
  const api = org.docs[0]!;
  const badSeverity = { ...api, findings: [{ ...api.findings[0]!, severity: 'severe' }] };
  const cases: [string[], RegExp][] = [
    [[write('broken.json', `{"version": 1, "findings": [ ${SHARED}`)], /^keyshift: merge: broken\.json: not a JSON document; expected the output of keyshift scan --format json, github scan-org or merge\n$/],
    [[write('v2.json', JSON.stringify({ ...api, version: 2 }))], /^keyshift: merge: v2\.json: version: expected 1 \(a keyshift JSON result\), got 2\n$/],
    [[write('array.json', '[1, 2]')], /^keyshift: merge: array\.json: the document: expected an object\n$/],
    [[write('sev.json', JSON.stringify(badSeverity))], /^keyshift: merge: sev\.json: findings\[0\]\.severity: expected one of low, medium, high, critical\n$/],
    [[write('kind.json', JSON.stringify({ ...api, kind: 'other' }))], /^keyshift: merge: kind\.json: kind: expected "merged" or no kind\n$/],
    [[write('norepo.json', JSON.stringify({ version: 1, kind: 'merged', repositories: [], findings: [{ ...api.findings[0]!, repository: 'x/y' }] }))], /^keyshift: merge: norepo\.json: findings\[0\]\.repository: names no repository of this document\n$/],
    [['missing.json'], /^keyshift: merge: missing\.json: cannot read it \(ENOENT\)\n$/],
    [['empty'], /^keyshift: merge: empty: no \*\.json result files in this directory\n$/],
    [['only-text'], /^keyshift: merge: only-text: no \*\.json result files in this directory\n$/],
    [[], /error: missing required argument 'results'/],
  ];
  for (const [args, expected] of cases) {
    const r = merge(['--format', 'json', ...args], tmp);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, expected, args.join(' '));
    assert.ok(!r.stderr.includes(SHARED), 'no secret in the message');
    assert.ok(!/\n\s+at /.test(r.stderr), 'no stack trace');
  }
  // Control: a good file among them merges.
  assert.equal(merge(['--format', 'json', org.files[0]!], tmp).status, 0);
});

test('merge: --fail-on fails on the raised severity, and merge does not fail by default', () => {
  assert.equal(json.status, 0);
  assert.equal(merge(['--fail-on', 'critical', org.files[3]!]).status, 0, 'docs alone has only a high finding');
  assert.equal(merge(['--fail-on', 'critical', org.files[0]!]).status, 1, 'api has a critical PAT');
  assert.equal(merge(['--fail-on', 'high', org.files[3]!]).status, 1);
  // web alone: a critical npm token; the Cloudflare token is high alone and critical once shared with api.
  const webAlone = JSON.parse(merge(['--format', 'json', org.files[1]!]).stdout) as MergedJson;
  assert.equal(webAlone.findings.find((f) => f.ruleId === 'cloudflare.api-token')?.severity, 'high');
  const apiWeb = JSON.parse(merge(['--format', 'json', org.files[0]!, org.files[1]!]).stdout) as MergedJson;
  assert.deepEqual(apiWeb.findings.filter((f) => f.ruleId === 'cloudflare.api-token').map((f) => f.severity), ['critical', 'critical']);
  assert.equal(merge(['--fail-on', 'severe', org.files[0]!]).status, 2);
});

test('merge: text lists the reuse section with every place and the skipped repository', () => {
  const r = merge(org.files);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^6 repositories merged \(5 scanned, 1 skipped\), 1 secret reused across repositories$/m);
  assert.match(r.stdout, /^ {2}skipped octo-org\/legacy \(empty: the repository has no commits\)$/m);
  const at = r.stdout.indexOf('Reused across repositories (1; OWASP NHI9, each raised one severity step):');
  assert.ok(at > 0, r.stdout);
  const block = r.stdout.slice(at).split('\n').slice(1, 5);
  assert.match(block[0]!, /^ {2}CRITICAL \(was high\) {2}cloudflare\.api-token {2}cloudflare {2}long-lived-credential {2}fingerprint ks2_[0-9a-f]{32} {2}in 3 repositories$/);
  assert.deepEqual(block.slice(1), ['    octo-org/api:src/config.ts:1', '    octo-org/web:.env:1', '    octo-org/worker:deploy/run.sh:1']);
  assert.match(r.stdout, /^octo-org\/web:\.env:1:\d+ {2}CRITICAL {2}long-lived-credential {2}cloudflare\.api-token/m);
});

test('merge: markdown has the repositories and reuse sections', () => {
  const r = merge(['--format', 'markdown', ...org.files]);
  assert.equal(r.status, 0, r.stderr);
  const headings = r.stdout.split('\n').filter((l) => /^## /.test(l));
  assert.deepEqual(headings, ['## Repositories', '## Counts', '## Reused across repositories', '## Fix these first', '## Migration plan', '## OWASP NHI Top 10 and CWE mapping']);
  assert.match(r.stdout, /^\| critical \(was high\) \| `ks2_[0-9a-f]{32}` \| `cloudflare\.api-token` \| cloudflare \| long-lived-credential \| 3 \| `octo-org\/api:src\/config\.ts:1`<br>`octo-org\/web:\.env:1`<br>`octo-org\/worker:deploy\/run\.sh:1` \|$/m);
  assert.match(r.stdout, /^\| `octo-org\/legacy` \| empty \| the repository has no commits \|$/m);
  assert.match(r.stdout, /^### By repository$/m);
});

test('merge: SARIF has one valid run per repository, each result in its repository, reuse on the shared results', async () => {
  const r = merge(['--format', 'sarif', ...org.files]);
  assert.equal(r.status, 0, r.stderr);
  const log = JSON.parse(r.stdout) as {
    runs: { properties: { repository: string; status: string }; results: { level: string; properties: { repository?: string; reuse?: { repositories: number; places: string[] }; tags?: string[] }; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[] }[]; invocations: { toolExecutionNotifications: { descriptor: { id: string } }[] }[] }[];
  };
  assert.deepEqual(log.runs.map((run) => run.properties.repository), merged.repositories.map((x) => x.fullName));
  for (const run of log.runs) {
    for (const res of run.results) {
      assert.equal(res.properties.repository, run.properties.repository);
      assert.equal(res.locations[0]!.physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
    }
  }
  const legacy = log.runs.find((run) => run.properties.repository === 'octo-org/legacy')!;
  assert.equal(legacy.results.length, 0);
  assert.equal(legacy.invocations[0]!.toolExecutionNotifications[0]!.descriptor.id, 'keyshift/repository-skipped');
  const shared = log.runs.flatMap((run) => run.results).filter((res) => res.properties.reuse);
  assert.equal(shared.length, 3);
  for (const res of shared) {
    assert.equal(res.level, 'error');
    assert.deepEqual(res.properties.tags, ['owasp-nhi/NHI9']);
    assert.deepEqual(res.properties.reuse!.places, ['octo-org/api:src/config.ts:1', 'octo-org/web:.env:1', 'octo-org/worker:deploy/run.sh:1']);
  }
  const { errors } = await validateSarif(r.stdout);
  assert.deepEqual(errors, []);
});

test('merge: HTML has the reuse section, the charts and every repository; the hostile file name is escaped', () => {
  const r = merge(['--format', 'html', ...org.files]);
  assert.equal(r.status, 0, r.stderr);
  const html = r.stdout;
  assert.match(html, /^<!doctype html>\n/);
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; script-src 'sha256-[A-Za-z0-9+/=]+'; base-uri 'none'; form-action 'none'">/);
  assert.ok(!/\b(?:src|href)="(?!#)[^"]*:\/\//.test(html.replace(/<a href="https:\/\/[^"]+" rel="noreferrer noopener">/g, '')), 'nothing is loaded from a URL');
  for (const id of ['chart-kind', 'chart-provider', 'chart-age', 'chart-repository', 'reuse-table', 'findings-table', 'repositories-table']) assert.ok(html.includes(`id="${id}"`), id);
  assert.match(html, /<h2>Reused across repositories<\/h2>/);
  for (const place of ['octo-org/api:src/config.ts:1', 'octo-org/web:.env:1', 'octo-org/worker:deploy/run.sh:1']) assert.ok(html.includes(`<code>${place}</code>`), place);
  // The hostile name reached the report (control) and is escaped everywhere.
  const docs = JSON.parse(merge(['--format', 'json', org.files[3]!]).stdout) as MergedJson;
  assert.ok(docs.findings.some((f) => f.path === HOSTILE_NAME), 'the hostile path is a finding');
  assert.ok(!html.includes('<img'), 'no raw <img');
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;.env'), 'the name is shown escaped');
});

test('merge: no output format carries a secret value', () => {
  for (const format of FORMATS) {
    const r = merge(['--format', format, ...org.files]);
    for (const s of SECRETS) assert.ok(!r.stdout.includes(s) && !r.stderr.includes(s), `${format}: ${s.slice(0, 4)}…`);
  }
  // Control: the values are in the scanned trees.
  const tree = readFileSync(join(org.dir, '..', 'trees', 'octo-org__api', 'src', 'config.ts'), 'utf8');
  assert.ok(tree.includes(SHARED) && tree.includes(OWN_API));
  assert.equal(basename(org.files[0]!), 'octo-org__api.json');
});

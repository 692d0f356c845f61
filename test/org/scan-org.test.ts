// `keyshift github scan-org` against a fake organisation API on 127.0.0.1: shards that cover the organisation
// exactly once, planted secrets found, archived/fork/topic/name selection, the cache (one conditional request
// per unchanged repository), faults as skipped results, rate limits waited on, resume after SIGTERM, --history
// from clones, the token in no output or file, and usage errors (exit 2).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { shardOf, parseShard } from '../../src/github/org-repos.js';
import { generateOrg, makeHistoryRepo, startFakeOrg, type FakeOrg, type FakeRepo, type GeneratedOrg } from '../helpers/fake-org.js';
import { makeToken } from '../helpers/fake-tokens.js';
import { runCliAsync } from '../helpers/hostile.js';

const ORG = 'octo-org';
/** A request that reads a repository's files: the tarball (--fetch tarball, the default) or the tree (--fetch blobs). */
const isRead = (q: { kind: string }): boolean => q.kind === 'tarball' || q.kind === 'tree';
const reads = (s: FakeOrg, fullName: string): number => s.countFor(fullName, 'tarball') + s.countFor(fullName, 'tree');
const TOKEN = makeToken('github.app-installation-token', 4242);
let work: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[], server: FakeOrg, env: NodeJS.ProcessEnv = { GITHUB_TOKEN: TOKEN }): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(['github', 'scan-org', ...args, '--api-url', server.url], {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    isTTY: false,
    env,
    cwd: work,
  });
  return { code, stdout, stderr };
}

interface RepoDoc {
  findings: { path: string; line: number; ruleId: string; fingerprint: string; severity: string }[];
  repository: { fullName: string; status: string; reason?: string; detail?: string; head?: string; history: boolean };
  org: { name: string; shard?: string };
}

function readDir(dir: string): Map<string, RepoDoc> {
  const out = new Map<string, RepoDoc>();
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).sort()) out.set(f, JSON.parse(readFileSync(join(dir, f), 'utf8')) as RepoDoc);
  return out;
}

function tmp(label: string): string {
  return mkdtempSync(join(work, `${label}-`));
}

/** Every file under dir, recursively. */
function allFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? allFiles(p) : [p];
  });
}

before(() => {
  work = mkdtempSync(join(tmpdir(), 'keyshift-org-'));
});

after(() => {
  rmSync(work, { recursive: true, force: true });
});

// ---- One generated organisation of 60 repositories for the shard, selection and cache tests.

let gen: GeneratedOrg;
let server: FakeOrg;
let full: Map<string, RepoDoc>;
let fullDir: string;

before(async () => {
  gen = generateOrg(ORG, 60, 7, { secretEvery: 6, sharedAcross: 3 });
  server = await startFakeOrg(ORG, gen.repos);
  fullDir = join(work, 'full');
  const r = await cli([ORG, '--out-dir', fullDir], server);
  assert.equal(r.code, 0, r.stderr);
  full = readDir(fullDir);
});

after(async () => {
  await server.close();
});

const scannable = (): FakeRepo[] => gen.repos.filter((r) => !r.archived && !r.fork);

test('scan-org: one file per scannable repository, every planted secret found where it was put, nothing else', () => {
  assert.ok(gen.planted.length >= 10, `planted ${gen.planted.length}`);
  assert.deepEqual([...full.keys()], scannable().map((r) => `${r.owner}__${r.name}.json`).sort());
  const found = [...full.values()].flatMap((d) => d.findings.map((f) => `${d.repository.fullName}:${f.path}:${f.line}:${f.ruleId}`)).sort();
  assert.deepEqual(found, gen.planted.map((p) => `${p.repo}:${p.path}:${p.line}:${p.ruleId}`).sort());
  for (const d of full.values()) {
    assert.equal(d.repository.status, 'scanned');
    assert.equal(d.repository.history, false);
    assert.match(d.repository.head ?? '', /^[0-9a-f]{40}$/);
    assert.deepEqual(d.org, { name: ORG });
  }
});

test('scan-org: the secret shared by three repositories has one fingerprint in all three', () => {
  const [token, where] = [...gen.shared.entries()][0]!;
  assert.equal(where.length, 3);
  const prints = new Set<string>();
  for (const repo of where) {
    const d = full.get(`${repo.replace('/', '__')}.json`)!;
    const f = d.findings.find((x) => x.path === 'ci/publish.sh');
    assert.ok(f, `${repo} has the shared token`);
    prints.add(f.fingerprint);
  }
  assert.equal(prints.size, 1);
  // Control: two different planted tokens have different fingerprints.
  const own = gen.planted.filter((p) => p.token !== token).slice(0, 2);
  const fp = own.map((p) => full.get(`${p.repo.replace('/', '__')}.json`)!.findings.find((f) => f.path === p.path)!.fingerprint);
  assert.notEqual(fp[0], fp[1]);
});

test('scan-org: --shard 1/4 .. 4/4 cover the organisation exactly once and equal the unsharded run', async () => {
  const before = server.requests.length;
  const union = new Map<string, RepoDoc>();
  for (let k = 1; k <= 4; k++) {
    const dir = join(work, `shard-${k}`);
    const r = await cli([ORG, '--shard', `${k}/4`, '--out-dir', dir], server);
    assert.equal(r.code, 0, r.stderr);
    for (const [name, doc] of readDir(dir)) {
      assert.ok(!union.has(name), `${name} is in two shards`);
      assert.equal(doc.org.shard, `${k}/4`);
      union.set(name, doc);
    }
    assert.ok(readDir(dir).size > 0 && readDir(dir).size < full.size, `shard ${k} holds a part (${readDir(dir).size})`);
  }
  const strip = (d: RepoDoc): string => JSON.stringify({ ...d, org: undefined });
  assert.deepEqual([...union.keys()].sort(), [...full.keys()]);
  for (const [name, doc] of full) assert.equal(strip(union.get(name)!), strip(doc), name);
  // Every repository's tree was read exactly once across the four shard runs.
  const shardRequests = server.requests.slice(before);
  for (const r of scannable()) assert.equal(shardRequests.filter((q) => q.repo === `${r.owner}/${r.name}` && isRead(q)).length, 1, `${r.name}`);
});

test('scan-org: the shard of a name is stable, case-insensitive and spreads names', () => {
  assert.equal(shardOf('Octo-Org/Service', 4), shardOf('octo-org/service', 4));
  const counts = [0, 0, 0, 0];
  for (let i = 0; i < 400; i++) counts[shardOf(`o/r${i}`, 4) - 1]!++;
  for (const c of counts) assert.ok(c > 60, `${counts}`);
  assert.deepEqual(parseShard('2/4'), { index: 2, count: 4 });
});

test('scan-org: archived repositories and forks are skipped unless asked for', async () => {
  const archived = gen.repos.filter((r) => r.archived).map((r) => `${r.owner}__${r.name}.json`);
  const forks = gen.repos.filter((r) => r.fork).map((r) => `${r.owner}__${r.name}.json`);
  assert.ok(archived.length > 0 && forks.length > 0);
  for (const n of [...archived, ...forks]) assert.ok(!full.has(n), n);
  const dir = tmp('arch');
  const r = await cli([ORG, '--out-dir', dir, '--include-archived', '--include-forks'], server);
  assert.equal(r.code, 0, r.stderr);
  const got = readDir(dir);
  assert.equal(got.size, gen.repos.length);
  for (const n of [...archived, ...forks]) assert.equal(got.get(n)?.repository.status, 'scanned', n);
  assert.match((await cli([ORG, '--out-dir', tmp('arch2')], server)).stderr, /not scanned: \d+ archived, \d+ fork\)/);
});

test('scan-org: --topic, --include and --exclude select by topic and name glob', async () => {
  const dir = tmp('topic');
  assert.equal((await cli([ORG, '--out-dir', dir, '--topic', 'payments'], server)).code, 0);
  const payments = scannable().filter((r) => r.topics?.includes('payments')).map((r) => `${r.owner}__${r.name}.json`).sort();
  assert.ok(payments.length > 0 && payments.length < scannable().length);
  assert.deepEqual([...readDir(dir).keys()], payments);

  const dir2 = tmp('glob');
  assert.equal((await cli([ORG, '--out-dir', dir2, '--include', 'svc-001*', '--include', 'svc-0050', '--exclude', 'svc-0012'], server)).code, 0);
  const expect = scannable().filter((r) => (/^svc-001\d$/.test(r.name) || r.name === 'svc-0050') && r.name !== 'svc-0012').map((r) => `${r.owner}__${r.name}.json`).sort();
  assert.deepEqual([...readDir(dir2).keys()], expect);

  const dir3 = tmp('full-name-glob');
  assert.equal((await cli([ORG, '--out-dir', dir3, '--include', `${ORG}/svc-002?`], server)).code, 0);
  assert.deepEqual([...readDir(dir3).keys()], scannable().filter((r) => /^svc-002\d$/.test(r.name)).map((r) => `${r.owner}__${r.name}.json`).sort());
});

test('scan-org --cache: a second run costs one conditional request per unchanged repository; a changed one is scanned again', async () => {
  const cache = tmp('cache');
  const out1 = tmp('c1');
  assert.equal((await cli([ORG, '--out-dir', out1, '--cache', cache], server)).code, 0);
  const start = server.requests.length;
  const out2 = tmp('c2');
  const r2 = await cli([ORG, '--out-dir', out2, '--cache', cache], server);
  assert.equal(r2.code, 0, r2.stderr);
  const second = server.requests.slice(start);
  const listing = second.filter((q) => q.kind === 'listing');
  assert.ok(listing.length >= 1 && listing.every((q) => q.status === 304 && q.ifNoneMatch), 'listing pages are conditional and unchanged');
  for (const r of scannable()) {
    const mine = second.filter((q) => q.repo === `${r.owner}/${r.name}`);
    assert.equal(mine.length, 1, `${r.name}: ${mine.map((q) => q.kind).join(',')}`);
    assert.equal(mine[0]!.kind, 'branch');
    assert.equal(mine[0]!.status, 304);
    assert.ok(mine[0]!.ifNoneMatch);
  }
  assert.equal(second.length, listing.length + scannable().length);
  assert.match(r2.stderr, new RegExp(`0 scanned, ${scannable().length} unchanged \\(cache\\)`));
  const strip = (d: RepoDoc): string => JSON.stringify({ ...d, org: undefined });
  const c2 = readDir(out2);
  assert.deepEqual([...c2.keys()], [...full.keys()]);
  for (const [n, d] of full) assert.equal(strip(c2.get(n)!), strip(d), n);

  // One repository changes: it alone is scanned again, and its new secret is found.
  const changed = scannable().find((r) => !r.files['deploy/env.sh'])!;
  const token = makeToken('github.pat-classic', 99_001);
  changed.files['new.env'] = `GH_TOKEN=${token}\n`;
  try {
    const start3 = server.requests.length;
    const out3 = tmp('c3');
    const r3 = await cli([ORG, '--out-dir', out3, '--cache', cache], server);
    assert.equal(r3.code, 0, r3.stderr);
    const third = server.requests.slice(start3);
    const name = `${changed.owner}/${changed.name}`;
    assert.equal(third.filter((q) => q.repo === name && isRead(q)).length, 1);
    assert.equal(third.filter((q) => isRead(q)).length, 1, 'no other tree was read');
    assert.deepEqual(readDir(out3).get(`${changed.owner}__${changed.name}.json`)!.findings.map((f) => `${f.path}:${f.line}`), ['new.env:1']);
    // The fourth run has the changed repository cached again.
    const start4 = server.requests.length;
    assert.equal((await cli([ORG, '--out-dir', tmp('c4'), '--cache', cache], server)).code, 0);
    assert.equal(server.requests.slice(start4).filter((q) => isRead(q)).length, 0);
  } finally {
    delete changed.files['new.env'];
  }
});

test('scan-org --fail-on: findings fail the run only when asked (default none, an inventory)', async () => {
  assert.equal((await cli([ORG, '--out-dir', tmp('f0'), '--include', 'svc-000*'], server)).code, 0);
  assert.equal((await cli([ORG, '--out-dir', tmp('f1'), '--include', 'svc-000*', '--fail-on', 'low'], server)).code, 1);
  // Control: a selection without findings passes at the same threshold.
  const clean = scannable().find((r) => Object.keys(r.files).length === 4)!;
  assert.equal((await cli([ORG, '--out-dir', tmp('f2'), '--include', clean.name, '--fail-on', 'low'], server)).code, 0);
});

test('scan-org: the token reaches the API but no output, result or cache file', async () => {
  const cache = tmp('tok-cache');
  const out = tmp('tok-out');
  const r = await cli([ORG, '--out-dir', out, '--cache', cache, '--verbose', '--debug'], server);
  assert.equal(r.code, 0, r.stderr);
  // Control: the token was sent (so a leak would have had something to leak).
  assert.ok(server.requests.some((q) => q.authorization?.includes(TOKEN)));
  assert.ok(!r.stdout.includes(TOKEN) && !r.stderr.includes(TOKEN));
  const files = [...allFiles(out), ...allFiles(cache)];
  assert.ok(files.length > scannable().length);
  for (const f of files) assert.ok(!readFileSync(f, 'utf8').includes(TOKEN), f);
});

// ---- Faults and rate limits, each on a small organisation of its own.

test('scan-org: 404, 451, 409 empty, 403 blocked, too many files and a timeout are skipped results; the run goes on', async () => {
  const base = (name: string, extra: Partial<FakeRepo> = {}): FakeRepo => ({ owner: 'faulty', name, defaultBranch: 'main', files: { 'a.txt': 'hello\n' }, ...extra });
  const big: Record<string, string> = {};
  for (let i = 0; i < 30; i++) big[`f${i}.txt`] = `file ${i}\n`;
  const token = makeToken('github.pat-classic', 5150);
  const repos = [
    base('gone', { fault: { status: 404, message: 'Not Found' } }),
    base('dmca', { fault: { status: 451, message: 'Repository access blocked' } }),
    base('empty', { fault: { status: 409, message: 'Git Repository is empty.' } }),
    base('blocked', { fault: { status: 403, message: 'Repository access blocked' } }),
    base('huge', { files: big, truncated: true }),
    base('slow', { blobDelayMs: 2500 }),
    base('fine', { files: { 'x.sh': `export GH_TOKEN=${token}\n` } }),
  ];
  const s = await startFakeOrg('faulty', repos);
  try {
    const out = tmp('faults');
    const r = await cli(['faulty', '--out-dir', out, '--max-repo-files', '20', '--repo-timeout', '1'], s);
    assert.equal(r.code, 0, r.stderr);
    const docs = readDir(out);
    const status = Object.fromEntries([...docs.values()].map((d) => [d.repository.fullName.split('/')[1], d.repository.reason ?? d.repository.status]));
    assert.deepEqual(status, { blocked: 'unavailable', dmca: 'unavailable', empty: 'empty', fine: 'scanned', gone: 'not-found', huge: 'too-large', slow: 'timeout' });
    assert.equal(docs.get('faulty__fine.json')!.findings.length, 1);
    for (const d of docs.values()) {
      if (d.repository.status === 'skipped') {
        assert.deepEqual(d.findings, []);
        assert.ok(d.repository.detail && !d.repository.detail.includes('\n'));
      }
    }
    assert.match(docs.get('faulty__dmca.json')!.repository.detail!, /^HTTP 451 /);
    assert.match(r.stderr, /7 repositories: 1 scanned, 0 unchanged \(cache\), 6 skipped \(1 empty, 1 not-found, 1 timeout, 1 too-large, 2 unavailable\)/);
  } finally {
    await s.close();
  }
});

test('scan-org: a primary rate limit (403, remaining 0, reset) and a secondary one (429, retry-after) are waited on, then the run resumes', async () => {
  const repos: FakeRepo[] = [0, 1, 2].map((i) => ({ owner: 'limited', name: `r${i}`, defaultBranch: 'main', files: { 'a.txt': `file ${i}\n` } }));
  const s = await startFakeOrg('limited', repos);
  try {
    s.oneShot.push({ kind: 'branch', status: 403, message: 'API rate limit exceeded for installation ID 1.', headers: () => ({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 1) }), times: 1 });
    s.oneShot.push({ kind: 'tarball', status: 429, message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', headers: () => ({ 'retry-after': '1' }), times: 1 });
    const out = tmp('rl');
    const r = await cli(['limited', '--out-dir', out, '--concurrency', '1'], s);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /primary rate limit on GET .*retrying in \d+s/);
    assert.match(r.stderr, /secondary rate limit on GET .*retrying in 1s/);
    assert.deepEqual([...readDir(out).values()].map((d) => d.repository.status), ['scanned', 'scanned', 'scanned']);
    assert.equal(s.requests.filter((q) => q.status === 403 || q.status === 429).length, 2, 'each limit hit once: no hammering');

    // Control: with no wait budget the limited repository is a skipped result, and the ones after it are
    // skipped without a request (the limit would answer each of them the same).
    s.oneShot.push({ kind: 'branch', status: 403, message: 'API rate limit exceeded for installation ID 1.', headers: () => ({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 30) }), times: 1 });
    const out2 = tmp('rl0');
    const start = s.requests.length;
    const r2 = await cli(['limited', '--out-dir', out2, '--concurrency', '1', '--max-rate-limit-wait', '0'], s);
    assert.equal(r2.code, 0, r2.stderr);
    assert.match(r2.stderr, /giving up/);
    const docs = [...readDir(out2).values()];
    assert.deepEqual(docs.map((d) => `${d.repository.status}:${d.repository.reason}`), ['skipped:error', 'skipped:error', 'skipped:error']);
    assert.match(docs[0]!.repository.detail!, /^HTTP 403 API rate limit exceeded/);
    assert.match(docs[1]!.repository.detail!, /^not attempted: the rate-limit wait budget/);
    assert.deepEqual(s.requests.slice(start).map((q) => `${q.kind}:${q.status}`), ['listing:200', 'branch:403']);
  } finally {
    await s.close();
  }
});

test('scan-org: killed with SIGTERM mid-run, a rerun with the cache has every repository and scans none twice', async () => {
  const repos: FakeRepo[] = Array.from({ length: 12 }, (_, i) => ({ owner: 'resume', name: `r${String(i).padStart(2, '0')}`, defaultBranch: 'main', files: { 'a.txt': `a ${i}\n`, 'b.txt': `b ${i}\n`, 'c.sh': `export GH_TOKEN=${makeToken('github.pat-classic', 700 + i)}\n` } }));
  const s = await startFakeOrg('resume', repos);
  try {
    s.blobDelayMs = 150;
    const cache = tmp('rs-cache');
    const out = tmp('rs-out');
    const args = ['github', 'scan-org', 'resume', '--out-dir', out, '--cache', cache, '--concurrency', '1', '--api-url', s.url];
    const first = await runCliAsync(args, work, {
      env: { GITHUB_TOKEN: TOKEN },
      onSpawn: (child) => {
        const poll = setInterval(() => {
          if (existsSync(out) && readdirSync(out).filter((f) => f.endsWith('.json')).length >= 3) {
            clearInterval(poll);
            child.kill('SIGTERM');
          }
        }, 20);
        child.on('close', () => clearInterval(poll));
      },
    });
    assert.equal(first.status, 143, first.stderr);
    const done = readdirSync(out).filter((f) => f.endsWith('.json'));
    assert.ok(done.length >= 3 && done.length < repos.length, `${done.length} done before the kill`);
    assert.deepEqual(readdirSync(out).filter((f) => !f.endsWith('.json')), [], 'no temporary file left');
    const treesBefore = new Map(repos.map((r) => [`resume/${r.name}`, reads(s, `resume/${r.name}`)]));

    s.blobDelayMs = 0;
    const second = await runCliAsync(args, work, { env: { GITHUB_TOKEN: TOKEN } });
    assert.equal(second.status, 0, second.stderr);
    const docs = readDir(out);
    assert.equal(docs.size, repos.length);
    for (const d of docs.values()) assert.equal(d.findings.length, 1, d.repository.fullName);
    for (const f of done) {
      const name = `resume/${f.slice('resume__'.length, -'.json'.length)}`;
      assert.equal(reads(s, name), treesBefore.get(name), `${name} was not scanned again`);
      assert.equal(reads(s, name), 1);
    }
    assert.match(second.stderr, new RegExp(`${done.length} unchanged \\(cache\\)`));
  } finally {
    await s.close();
  }
});

test('scan-org --history: a secret only in an old commit is found from the clone; the API scan of the head does not see it', async () => {
  const old = makeToken('github.pat-classic', 6060);
  const url = makeHistoryRepo(join(work, 'hist-src'), old);
  const repos: FakeRepo[] = [{ owner: 'hist', name: 'app', defaultBranch: 'main', cloneUrl: url, files: { 'config.sh': '#!/bin/sh\nexport GH_TOKEN="$(cat /run/secrets/gh)"\n', 'README.md': '# history\n' } }];
  const s = await startFakeOrg('hist', repos);
  try {
    const out = tmp('hist');
    const r = await cli(['hist', '--out-dir', out, '--history'], s);
    assert.equal(r.code, 0, r.stderr);
    const d = readDir(out).get('hist__app.json')!;
    assert.equal(d.repository.history, true);
    assert.deepEqual(d.findings.map((f) => `${f.path}:${f.line}:${f.ruleId}`), ['config.sh:2:github.pat-classic']);
    assert.equal(reads(s, 'hist/app'), 0, 'history comes from the clone, not the API tree');
    const out2 = tmp('nohist');
    assert.equal((await cli(['hist', '--out-dir', out2], s)).code, 0);
    assert.deepEqual(readDir(out2).get('hist__app.json')!.findings, []);
    // A clone that fails is a skipped result.
    repos[0]!.cloneUrl = `file://${join(work, 'no-such-repo')}`;
    const out3 = tmp('hist-missing');
    assert.equal((await cli(['hist', '--out-dir', out3, '--history'], s)).code, 0);
    const d3 = readDir(out3).get('hist__app.json')!;
    assert.equal(d3.repository.status, 'skipped');
    assert.match(d3.repository.detail ?? '', /^git clone failed: /);
  } finally {
    await s.close();
  }
});

test('scan-org --history over HTTP: the token reaches git as an Authorization header, never in the URL, a result or any output', async () => {
  const old = makeToken('github.pat-classic', 6161);
  const src = join(work, 'hist-http-src');
  makeHistoryRepo(src, old);
  const repos: FakeRepo[] = [{ owner: 'histhttp', name: 'app', defaultBranch: 'main', files: { 'README.md': '# history\n' } }];
  const s = await startFakeOrg('histhttp', repos);
  try {
    s.gitRepos.set('histhttp/app', join(src, '.git'));
    s.gitToken = TOKEN;
    repos[0]!.cloneUrl = s.gitUrl('histhttp/app');
    const out = tmp('hist-http');
    const r = await cli(['histhttp', '--out-dir', out, '--history', '--verbose'], s);
    assert.equal(r.code, 0, r.stderr);
    const d = readDir(out).get('histhttp__app.json')!;
    assert.equal(d.repository.status, 'scanned', JSON.stringify(d.repository));
    assert.deepEqual(d.findings.map((f) => `${f.path}:${f.line}`), ['config.sh:2']);
    const git = s.requests.filter((q) => q.path.startsWith('/git/'));
    assert.ok(git.length >= 2 && git.every((q) => q.status === 200), git.map((q) => `${q.path} ${q.status}`).join('; '));
    assert.ok(git.every((q) => !q.path.includes(TOKEN) && !q.path.includes('x-access-token')));
    assert.ok(!r.stderr.includes(TOKEN) && !r.stdout.includes(TOKEN));
    for (const f of allFiles(out)) assert.ok(!readFileSync(f, 'utf8').includes(TOKEN), f);
    // Control: without the token git is refused, and the repository is a skipped result naming no secret.
    const out2 = tmp('hist-http-noauth');
    const r2 = await cli(['histhttp', '--out-dir', out2, '--history'], s, {});
    assert.equal(r2.code, 0, r2.stderr);
    const d2 = readDir(out2).get('histhttp__app.json')!;
    assert.equal(d2.repository.status, 'skipped');
    assert.match(d2.repository.detail ?? '', /^git clone failed: /);
  } finally {
    await s.close();
  }
});

test('scan-org --repos FILE: the listed repositories only; one the API does not know is skipped as not-found', async () => {
  const list = join(work, 'repos.txt');
  const [a, b] = scannable();
  writeFileSync(list, `# two repositories and a missing one\n${a!.owner}/${a!.name}\n\n${b!.owner}/${b!.name}\n${ORG}/does-not-exist\n`);
  const out = tmp('list');
  const cache = tmp('list-cache');
  const r = await cli(['--repos', list, '--out-dir', out, '--cache', cache], server);
  assert.equal(r.code, 0, r.stderr);
  const docs = readDir(out);
  assert.deepEqual([...docs.keys()], [`${ORG}__does-not-exist.json`, `${a!.owner}__${a!.name}.json`, `${b!.owner}__${b!.name}.json`].sort());
  assert.equal(docs.get(`${ORG}__does-not-exist.json`)!.repository.reason, 'not-found');
  assert.equal(JSON.stringify(docs.get(`${a!.owner}__${a!.name}.json`)!.findings), JSON.stringify(full.get(`${a!.owner}__${a!.name}.json`)!.findings));
  // Second run: the metadata and the branch are both conditional (304) for each listed repository.
  const start = server.requests.length;
  assert.equal((await cli(['--repos', list, '--out-dir', tmp('list2'), '--cache', cache], server)).code, 0);
  const mine = server.requests.slice(start).filter((q) => q.repo === `${a!.owner}/${a!.name}`);
  assert.deepEqual(mine.map((q) => `${q.kind}:${q.status}`), ['repo:304', 'branch:304']);
});

test('scan-org: bad input is exit 2 with one clear line', async () => {
  const cases: [string[], RegExp][] = [
    [['bad_org!', '--out-dir', 'x'], /"bad_org!" is not an organisation name/],
    [['octo..org', '--out-dir', 'x'], /is not an organisation name/],
    [[ORG, '--out-dir', 'x', '--shard', '5/4'], /--shard: expected K\/N with 1 <= K <= N <= 1000 \(e\.g\. 2\/4\), got "5\/4"/],
    [[ORG, '--out-dir', 'x', '--shard', '0/4'], /--shard: expected K\/N/],
    [[ORG, '--out-dir', 'x', '--shard', 'two'], /--shard: expected K\/N/],
    [['--repos', join(work, 'nope.txt'), '--out-dir', 'x'], /--repos: cannot read .*nope\.txt: ENOENT/],
    [[ORG], /--out-dir DIR is required/],
    [[ORG, '--out-dir', 'x', '--concurrency', '0'], /--concurrency: expected a whole number from 1 to 32, got "0"/],
    [[ORG, '--out-dir', 'x', '--since', 'yesterday'], /--since only applies with --history/],
    [['no-such-org', '--out-dir', 'x'], /could not list the repositories of no-such-org \(404 Not Found\)/],
  ];
  const badList = join(work, 'bad-list.txt');
  writeFileSync(badList, 'octo/ok\nnot a repo\n');
  cases.push([['--repos', badList, '--out-dir', 'x'], /--repos: .*bad-list\.txt:2: expected owner\/name, got "not a repo"/]);
  for (const [args, re] of cases) {
    const r = await cli(args, server);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, re, args.join(' '));
    assert.equal(r.stderr.trim().split('\n').filter((l) => !/warning: no GITHUB_TOKEN/.test(l)).length, 1, r.stderr);
  }
  assert.ok(!existsSync(join(work, 'x')), 'nothing was written');
});

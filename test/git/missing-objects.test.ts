// Issue 19 item 1: a missing git object (a loose blob deleted, a partial clone whose remote is gone, a
// shallow clone) never aborts --history or --diff: what can be read is scanned, each unreadable blob is a
// `missing-object` skip naming its commit and path, the summary counts it, and git never fetches.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Socket } from 'node:net';
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { makeToken } from '../helpers/fake-tokens.js';
import { assertSurvived, runCli, runCliAsync, sh, tempDir, type CliRun, type JsonReport } from '../helpers/hostile.js';
import { tempRepo, type TempRepo } from './repo.js';

const K1 = makeToken('aws.access-key-id', 1901);
const K2 = makeToken('aws.access-key-id', 1902);
const K3 = makeToken('aws.access-key-id', 1903);
const K4 = makeToken('aws.access-key-id', 1904);
const TIMEOUT = 60_000;

interface Built {
  repo: TempRepo;
  c1: string;
  c2: string;
  c3: string;
}

/**
 * c1 adds a.env (K1); c2 adds b.env (K2) and d.env (K4); c3 rewrites b.env (K2 kept, a line added), adds
 * c.env (K3). The version of b.env that c2 added is the object the tests take away.
 */
function build(name: string): Built {
  const repo = tempRepo(name);
  repo.write('a.env', `aws_access_key_id = ${K1}\n`);
  repo.git(['add', '.']);
  const c1 = repo.commit('c1', '2024-01-10T12:00:00Z');
  repo.write('b.env', `x=1\naws_access_key_id = ${K2}\n`);
  repo.write('d.env', `aws_access_key_id = ${K4}\n`);
  repo.git(['add', '.']);
  const c2 = repo.commit('c2', '2024-02-10T12:00:00Z');
  repo.write('b.env', `x=1\naws_access_key_id = ${K2}\ny=2\n`);
  repo.write('c.env', `aws_access_key_id = ${K3}\n`);
  repo.git(['add', '.']);
  const c3 = repo.commit('c3', '2024-03-10T12:00:00Z');
  return { repo, c1, c2, c3 };
}

function json(r: CliRun, what: string): JsonReport & { skipped: { path: string; reason: string; detail?: string }[] } {
  assertSurvived(r, what);
  return JSON.parse(r.stdout) as JsonReport & { skipped: { path: string; reason: string; detail?: string }[] };
}

const found = (report: JsonReport): string[] => report.findings.map((f) => `${f.path}:${f.line}`).sort();
const missingSkips = (report: JsonReport & { skipped: { reason: string }[] }) => report.skipped.filter((s) => s.reason === 'missing-object');

function blobOf(dir: string, rev: string): string {
  return sh('git', ['rev-parse', rev], dir).trim();
}

test('issue 19: a loose blob deleted from a middle commit: --history scans the rest and reports the blob as missing-object', () => {
  const { repo, c2, c3 } = build('missing-loose');
  // Two clean commits after the damage (streamed together again), the second removing K1 from a.env, so
  // the pass that finds removals has to get past the missing object too.
  const K5 = makeToken('aws.access-key-id', 1905);
  repo.write('e.env', `aws_access_key_id = ${K5}\n`);
  repo.git(['add', '.']);
  const c4 = repo.commit('c4', '2024-04-10T12:00:00Z');
  repo.write('a.env', 'gone=1\n');
  repo.git(['add', '.']);
  const c5 = repo.commit('c5', '2024-05-10T12:00:00Z');
  const blob = blobOf(repo.dir, `${c2}:b.env`);
  rmSync(join(repo.dir, '.git/objects', blob.slice(0, 2), blob.slice(2)));
  // Control: git itself stops on this repository, so the scan below really meets the missing object.
  const plain = spawnSync('git', ['log', '-p', '--all'], { cwd: repo.dir, encoding: 'utf8' });
  assert.equal(plain.status, 128);
  assert.match(plain.stderr, new RegExp(`unable to read ${blob}`));

  const r = runCli(['scan', '--history', '--format', 'json', '--fail-on', 'low', '--workers', '0'], repo.dir, { timeoutMs: TIMEOUT });
  assert.equal(r.status, 1, r.stderr);
  const report = json(r, '--history');
  // d.env shares the commit with the missing blob and is still read; b.env in c3 has only its old version
  // missing, so c3's blob is read whole and K2 is found there.
  assert.deepEqual(found(report), ['a.env:1', 'b.env:2', 'c.env:1', 'd.env:1', 'e.env:1']);
  const by = (p: string) => report.findings.find((f) => f.path === p) as unknown as { commit?: { sha: string }; details?: Record<string, unknown> };
  assert.equal(by('b.env').commit?.sha, c3);
  assert.equal(by('d.env').commit?.sha, c2);
  assert.equal(by('e.env').commit?.sha, c4);
  assert.equal(by('a.env').details?.removedIn, c5);
  assert.equal(by('a.env').details?.presentAtHead, false);
  assert.deepEqual(missingSkips(report), [{ path: 'b.env', reason: 'missing-object', detail: `blob ${blob} of b.env in commit ${c2.slice(0, 12)} is not in the repository (partial clone or damaged repository)` }]);
  assert.equal(report.counts.filesSkipped, 1);

  const text = runCli(['scan', '--history', '--fail-on', 'low', '--workers', '0', '--verbose'], repo.dir, { timeoutMs: TIMEOUT });
  assert.equal(text.status, 1, text.stderr);
  assert.match(text.stdout, /, 1 skipped/);
  assert.match(text.stdout, /Skipped files \(1: missing-object 1\)/);
  assert.match(text.stdout, new RegExp(`b\\.env {2}missing-object \\(blob ${blob} of b\\.env in commit ${c2.slice(0, 12)}`));

  const sarif = runCli(['scan', '--history', '--format', 'sarif', '--fail-on', 'none', '--workers', '0'], repo.dir, { timeoutMs: TIMEOUT });
  assert.equal(sarif.status, 0, sarif.stderr);
  const log = JSON.parse(sarif.stdout) as { runs: { invocations: { toolExecutionNotifications?: { message: { text: string } }[] }[] }[] };
  const notes = log.runs[0]!.invocations[0]!.toolExecutionNotifications ?? [];
  assert.ok(notes.some((n) => n.message.text.includes('1 files were skipped (missing-object 1)')), JSON.stringify(notes));
});

test('issue 19: a blob of HEAD deleted: the history scan skips it and still tells which secrets are at HEAD', () => {
  const { repo, c3 } = build('missing-head');
  const blob = blobOf(repo.dir, `${c3}:c.env`);
  rmSync(join(repo.dir, '.git/objects', blob.slice(0, 2), blob.slice(2)));
  const r = runCli(['scan', '--history', '--format', 'json', '--fail-on', 'low', '--workers', '0'], repo.dir, { timeoutMs: TIMEOUT });
  assert.equal(r.status, 1, r.stderr);
  const report = json(r, '--history');
  assert.deepEqual(found(report), ['a.env:1', 'b.env:2', 'd.env:1']);
  assert.deepEqual(missingSkips(report).map((s) => [s.path, s.detail?.includes(`commit ${c3.slice(0, 12)}`)]), [['c.env', true]]);
  const a = report.findings.find((f) => f.path === 'a.env') as unknown as { details?: Record<string, unknown> };
  assert.equal(a.details?.presentAtHead, true, 'git grep at HEAD ran around the missing blob');
});

test('issue 19: --diff over a range whose blobs are missing: missing-object for a new blob, the whole file for a missing old one', () => {
  const { repo, c1, c2 } = build('missing-diff');
  const blob = blobOf(repo.dir, `${c2}:b.env`);
  rmSync(join(repo.dir, '.git/objects', blob.slice(0, 2), blob.slice(2)));
  const into = runCli(['scan', '--diff', `${c1}..${c2}`, '--format', 'json', '--fail-on', 'low', '--workers', '0'], repo.dir, { timeoutMs: TIMEOUT });
  assert.equal(into.status, 1, into.stderr);
  const a = json(into, '--diff c1..c2');
  assert.deepEqual(found(a), ['d.env:1']);
  assert.deepEqual(missingSkips(a), [{ path: 'b.env', reason: 'missing-object', detail: `blob ${blob} of b.env in ${c1}..${c2} is not in the repository (partial clone or damaged repository)` }]);
  assert.equal(a.counts.filesSkipped, 1);

  // From c2: b.env's old side is the missing blob, so its new version is scanned whole (K2 on line 2).
  const from = runCli(['scan', '--diff', c2, '--format', 'json', '--fail-on', 'low', '--workers', '0'], repo.dir, { timeoutMs: TIMEOUT });
  assert.equal(from.status, 1, from.stderr);
  const b = json(from, '--diff c2');
  assert.deepEqual(found(b), ['b.env:2', 'c.env:1']);
  assert.deepEqual(missingSkips(b), []);

  // Control: with every object present the same range reports b.env's added lines only (K2 is not new).
  const ok = build('missing-diff-control');
  const c = json(runCli(['scan', '--diff', ok.c2, '--format', 'json', '--fail-on', 'low', '--workers', '0'], ok.repo.dir, { timeoutMs: TIMEOUT }), 'control');
  assert.deepEqual(found(c), ['c.env:1']);
});

/** A blob:none partial clone of a bare copy of `src`, whose remote is then taken away. */
function partialClone(src: string, label: string): { dir: string; remote: string; cleanup: () => void } {
  const t = tempDir(label);
  const bare = join(t.dir, 'origin.git');
  sh('git', ['clone', '-q', '--bare', src, bare], t.dir);
  sh('git', ['config', 'uploadpack.allowFilter', 'true'], bare);
  const dir = join(t.dir, 'clone');
  sh('git', ['clone', '-q', '--filter=blob:none', '--no-local', `file://${bare}`, dir], t.dir);
  renameSync(bare, join(t.dir, 'gone.git'));
  return { dir, remote: bare, cleanup: t.cleanup };
}

test('issue 19: a blob:none partial clone whose remote is gone: --history and --diff scan what is there and never fetch', async () => {
  const { repo, c1, c2, c3 } = build('missing-partial');
  const pc = partialClone(repo.dir, 'partial');
  try {
    const oldB = blobOf(repo.dir, `${c2}:b.env`);
    // Only HEAD's blobs came with the checkout: c2's b.env is the one historic blob the clone lacks.
    const r = await runCliAsync(['scan', '--history', '--format', 'json', '--fail-on', 'low', '--workers', '0'], pc.dir, { timeoutMs: TIMEOUT });
    assert.equal(r.status, 1, r.stderr);
    const report = json(r, 'partial --history');
    assert.deepEqual(found(report), ['a.env:1', 'b.env:2', 'c.env:1', 'd.env:1']);
    assert.deepEqual(missingSkips(report).map((s) => [s.path, s.detail]), [['b.env', `blob ${oldB} of b.env in commit ${c2.slice(0, 12)} is not in the repository (partial clone or damaged repository)`]]);
    assert.equal(report.counts.filesSkipped, 1);

    const d = await runCliAsync(['scan', '--diff', `${c1}..${c2}`, '--format', 'json', '--fail-on', 'low', '--workers', '0'], pc.dir, { timeoutMs: TIMEOUT });
    assert.equal(d.status, 1, d.stderr);
    const dr = json(d, 'partial --diff');
    assert.deepEqual(found(dr), ['d.env:1']);
    assert.deepEqual(missingSkips(dr).map((s) => s.path), ['b.env']);
    assert.equal(dr.counts.filesSkipped, 1);

    const clean = await runCliAsync(['scan', '--diff', `${c2}..${c3}`, '--format', 'json', '--fail-on', 'low', '--workers', '0'], pc.dir, { timeoutMs: TIMEOUT });
    assert.equal(clean.status, 1, clean.stderr);
    assert.deepEqual(found(json(clean, 'partial --diff c2..c3')), ['b.env:2', 'c.env:1']);
  } finally {
    pc.cleanup();
  }
});

/** A TCP server that counts connections and drops each at once (a lazy fetch would be one). */
async function listen(): Promise<{ port: number; connections: () => number; close: () => Promise<void> }> {
  let n = 0;
  const server = createServer((s: Socket) => {
    n++;
    s.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return { port, connections: () => n, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

function gitAsync(args: string[], cwd: string): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn('git', args, { cwd, stdio: 'ignore', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

test('issue 19: a partial clone whose promisor remote is an http URL: the scan never connects to it', async () => {
  const { repo } = build('missing-nofetch');
  const pc = partialClone(repo.dir, 'nofetch');
  const server = await listen();
  try {
    sh('git', ['config', 'remote.origin.url', `http://127.0.0.1:${server.port}/origin.git`], pc.dir);
    // Control: plain git lazily fetches the missing blob from that URL, so the server sees a connection.
    assert.notEqual(await gitAsync(['log', '-p', '--all'], pc.dir), 0);
    assert.ok(server.connections() > 0, 'git log -p tried the promisor remote');
    const before = server.connections();
    for (const args of [['--history'], ['--diff', 'HEAD~2..HEAD~1']]) {
      const r = await runCliAsync(['scan', ...args, '--format', 'json', '--fail-on', 'low', '--workers', '0'], pc.dir, { timeoutMs: TIMEOUT });
      assert.equal(server.connections(), before, `keyshift scan ${args.join(' ')} made git connect to the promisor remote`);
      assert.equal(r.status, 1, r.stderr);
      assert.deepEqual(missingSkips(json(r, args.join(' '))).map((s) => s.path), ['b.env']);
    }
  } finally {
    await server.close();
    pc.cleanup();
  }
});

test('issue 19: a shallow clone: --history scans from the boundary commit, warns, and --diff inside it works', () => {
  const { repo, c2, c3 } = build('missing-shallow');
  const t = tempDir('shallow');
  try {
    const dir = join(t.dir, 'clone');
    sh('git', ['clone', '-q', '--depth', '2', `file://${repo.dir}`, dir], t.dir);
    const r = runCli(['scan', '--history', '--format', 'json', '--fail-on', 'low', '--workers', '0'], dir, { timeoutMs: TIMEOUT });
    assert.equal(r.status, 1, r.stderr);
    const report = json(r, 'shallow --history');
    // c2 is the boundary: it shows its whole tree as added, so a.env (from c1) is dated from it.
    assert.deepEqual(found(report), ['a.env:1', 'b.env:2', 'c.env:1', 'd.env:1']);
    const commits = Object.fromEntries(report.findings.map((f) => [f.path, (f as { commit?: { sha: string } }).commit?.sha]));
    assert.deepEqual(commits, { 'a.env': c2, 'b.env': c2, 'c.env': c3, 'd.env': c2 });
    assert.deepEqual(missingSkips(report), []);
    assert.ok(report.warnings.some((w) => w.includes('shallow clone')), JSON.stringify(report.warnings));

    const d = runCli(['scan', '--diff', 'HEAD~1', '--format', 'json', '--fail-on', 'low', '--workers', '0'], dir, { timeoutMs: TIMEOUT });
    assert.equal(d.status, 1, d.stderr);
    assert.deepEqual(found(json(d, 'shallow --diff')), ['c.env:1']);
    // Control: the full repository has no such warning.
    const full = json(runCli(['scan', '--history', '--format', 'json', '--fail-on', 'none', '--workers', '0'], repo.dir, { timeoutMs: TIMEOUT }), 'full');
    assert.ok(!full.warnings.some((w) => w.includes('shallow clone')));
  } finally {
    t.cleanup();
  }
});

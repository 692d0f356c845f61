import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../helpers/fixtures.js';
import { makeToken } from '../helpers/fake-tokens.js';
import { tempRepo, type JsonReport } from './repo.js';

const KEY1 = makeToken('aws.access-key-id', 501);
const KEY2 = makeToken('aws.access-key-id', 502);
const KEY3 = makeToken('aws.access-key-id', 503);
const OLD = makeToken('aws.access-key-id', 504);
const line = (k: string): string => `aws_access_key_id = ${k}`;

function scan(dir: string, args: string[]): { status: number; report: JsonReport; stderr: string } {
  const r = runCli(['scan', ...args, '--format', 'json', '--fail-on', 'low', '--workers', '0'], dir);
  assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
  return { status: r.status, report: JSON.parse(r.stdout) as JsonReport, stderr: r.stderr };
}
const where = (rep: JsonReport): string[] => rep.findings.map((f) => `${f.path}:${f.line}:${f.column}`);

test('--staged scans the index, not the work tree', () => {
  const repo = tempRepo('staged');
  repo.write('app.env', 'A=1\n');
  repo.git(['add', '.']);
  repo.commit('init', '2024-01-01T00:00:00Z');
  // Staged: a secret on line 2. Then the work tree drops it again without staging.
  repo.write('app.env', `A=1\n${line(KEY1)}\n`);
  repo.git(['add', 'app.env']);
  repo.write('app.env', 'A=1\n');
  // An unstaged, untracked secret is not part of the commit.
  repo.write('loose.env', `${line(KEY2)}\n`);
  const r = scan(repo.dir, ['--staged']);
  assert.equal(r.status, 1);
  assert.deepEqual(where(r.report), ['app.env:2:21']);

  // The opposite: the work tree has a secret, the index does not.
  repo.git(['reset', '-q', 'app.env']);
  repo.write('app.env', `A=1\n${line(KEY1)}\n`);
  const clean = scan(repo.dir, ['--staged']);
  assert.equal(clean.status, 0);
  assert.deepEqual(clean.report.findings, []);
});

test('--staged reports only added lines: an old secret in a touched file, and a removal, pass', () => {
  const repo = tempRepo('staged-added');
  repo.write('cfg.ini', `[a]\n${line(KEY1)}\nx=1\n`);
  repo.git(['add', '.']);
  repo.commit('init', '2024-01-01T00:00:00Z');
  repo.write('cfg.ini', `[a]\n${line(KEY1)}\nx=2\n`);
  repo.git(['add', '.']);
  assert.deepEqual(scan(repo.dir, ['--staged']).report.findings, []);
  repo.write('cfg.ini', `[a]\nx=2\n`);
  repo.git(['add', '.']);
  const removal = scan(repo.dir, ['--staged']);
  assert.equal(removal.status, 0);
  assert.deepEqual(removal.report.findings, []);
});

test('--staged: new, renamed-with-edit and binary files; .keyshiftignore and --exclude honoured', () => {
  const repo = tempRepo('staged-kinds');
  // OLD was committed before: after the rename it must not count as added.
  repo.write('old/name.env', `A=1\nB=2\nC=3\nD=4\n${line(OLD)}\n`);
  repo.write('.keyshiftignore', 'ignored/\n');
  repo.git(['add', '.']);
  repo.commit('init', '2024-01-01T00:00:00Z');
  repo.remove('old/name.env');
  repo.write('new/name.env', `A=1\nB=2\nC=3\n${line(KEY1)}\nD=4\n${line(OLD)}\n`);
  repo.write('fresh/new.txt', `hello\n\n${line(KEY2)}\n`);
  repo.write('ignored/x.env', `${line(KEY3)}\n`);
  repo.write('skip-me.env', `${line(KEY3)}\n`);
  repo.write('blob.bin', Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(`${line(KEY3)}\n`)]));
  repo.git(['add', '-A']);
  const r = scan(repo.dir, ['--staged', '--exclude', 'skip-me.env']);
  assert.deepEqual(where(r.report), ['fresh/new.txt:3:21', 'new/name.env:4:21']);
  assert.deepEqual(
    r.report.skipped.map((s) => `${s.path}:${s.reason}`),
    ['blob.bin:binary'],
  );
});

test('--staged in a repository without commits', () => {
  const repo = tempRepo('staged-unborn');
  repo.write('a.txt', `${line(KEY1)}\n`);
  repo.git(['add', '.']);
  assert.deepEqual(where(scan(repo.dir, ['--staged']).report), ['a.txt:1:21']);
});

test('--diff base..head: only added lines, head line numbers, a rename, a deletion and a binary', () => {
  const repo = tempRepo('diff');
  repo.write('keep.txt', `${line(KEY1)}\n1\n2\n3\n`);
  repo.write('moved/from.cfg', `a\nb\nc\nd\ne\n${line(OLD)}\n`);
  repo.write('doomed.txt', `${line(KEY2)}\n`);
  repo.git(['add', '.']);
  const base = repo.commit('base', '2024-01-01T00:00:00Z');
  repo.write('keep.txt', `top\ntop2\n${line(KEY1)}\n1\n2\n3\n${line(KEY2)}\n`);
  repo.git(['mv', 'moved/from.cfg', 'moved/to.cfg']);
  repo.write('moved/to.cfg', `a\nb\nc\nd\n${line(KEY3)}\ne\n${line(OLD)}\n`);
  repo.remove('doomed.txt');
  repo.write('pic.bin', Buffer.from([0x89, 0x50, 0, 0, 7]));
  repo.git(['add', '-A']);
  const head = repo.commit('head', '2024-01-02T00:00:00Z');
  // KEY1 was already in base (now moved to line 3): not reported. KEY2 on line 7 and KEY3 in the renamed file are.
  const r = scan(repo.dir, ['--diff', `${base}..${head}`]);
  assert.deepEqual(where(r.report), ['keep.txt:7:21', 'moved/to.cfg:5:21']);
  assert.deepEqual(r.report.skipped.map((s) => `${s.path}:${s.reason}`), ['pic.bin:binary']);
  // base alone means base..HEAD
  assert.deepEqual(where(scan(repo.dir, ['--diff', base]).report), ['keep.txt:7:21', 'moved/to.cfg:5:21']);
});

test('--diff base...head uses the merge base', () => {
  const repo = tempRepo('diff-mb');
  repo.write('a.txt', 'a\n');
  repo.git(['add', '.']);
  repo.commit('root', '2024-01-01T00:00:00Z');
  repo.git(['checkout', '-q', '-b', 'feature']);
  repo.write('feature.txt', `${line(KEY1)}\n`);
  repo.git(['add', '.']);
  repo.commit('feature adds KEY1', '2024-01-02T00:00:00Z');
  repo.git(['checkout', '-q', 'main']);
  repo.write('main.txt', `${line(KEY2)}\n`);
  repo.git(['add', '.']);
  repo.commit('main adds KEY2', '2024-01-03T00:00:00Z');
  assert.deepEqual(where(scan(repo.dir, ['--diff', 'main...feature']).report), ['feature.txt:1:21']);
  assert.deepEqual(where(scan(repo.dir, ['--diff', 'feature...main']).report), ['main.txt:1:21']);
  // Two dots compare the tips: what main has and feature lacks is a removal, not an addition.
  assert.deepEqual(where(scan(repo.dir, ['--diff', 'main..feature']).report), ['feature.txt:1:21']);
});

test('--diff with a range git cannot resolve is a usage error', () => {
  const repo = tempRepo('diff-bad');
  repo.write('a.txt', 'a\n');
  repo.git(['add', '.']);
  repo.commit('root', '2024-01-01T00:00:00Z');
  const r = runCli(['scan', '--diff', 'nope..main'], repo.dir);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^keyshift: --diff nope\.\.main: git diff failed: /);
  const opt = runCli(['scan', '--diff=--output=/tmp/x'], repo.dir);
  assert.equal(opt.status, 2);
  assert.match(opt.stderr, /is not a commit range/);
});

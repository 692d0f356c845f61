// Git source regressions: path globs with and without '/', lone CR line numbering, and the per-file cap
// on added text in --history, --staged and --diff (real git in temporary repositories, the CLI as a user runs it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../helpers/fixtures.js';
import { makeToken } from '../helpers/fake-tokens.js';
import { tempRepo, type JsonReport } from './repo.js';
import { compileGlob, globFilter } from '../../src/sources/globs.js';

const KEY1 = makeToken('aws.access-key-id', 601);
const KEY2 = makeToken('aws.access-key-id', 602);
const KEY3 = makeToken('aws.access-key-id', 603);
const line = (k: string): string => `aws_access_key_id = ${k}`;

function scan(dir: string, args: string[]): { status: number; report: JsonReport; stderr: string } {
  const r = runCli(['scan', ...args, '--format', 'json', '--fail-on', 'low', '--workers', '0'], dir);
  assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
  return { status: r.status, report: JSON.parse(r.stdout) as JsonReport, stderr: r.stderr };
}
const where = (rep: JsonReport): string[] => rep.findings.map((f) => `${f.path}:${f.line}:${f.column}`);

test('globs: without "/" the basename at any depth, with "/" the whole path', () => {
  assert.equal(compileGlob('*.env')('a/b/c.env'), true);
  assert.equal(compileGlob('src/**')('src/a/b.env'), true);
  assert.equal(compileGlob('src/**')('lib/src/b.env'), false);
  assert.equal(compileGlob('fixtures/**')('fixtures/x.env'), true);
  assert.equal(compileGlob('.env')('deep/.env'), true);
  const keep = globFilter(['src/**'], ['*.md']);
  assert.deepEqual(['src/a.env', 'src/r.md', 'lib/a.env'].filter(keep), ['src/a.env']);
  assert.deepEqual(['x', 'y/z'].filter(globFilter([], [])), ['x', 'y/z']);
});

test('--staged and --diff: --include and --exclude globs with "/" and a config exclude', () => {
  const repo = tempRepo('globs');
  repo.write('base.txt', 'x\n');
  repo.git(['add', '.']);
  const base = repo.commit('init', '2024-01-01T00:00:00Z');
  repo.write('src/app.env', `${line(KEY1)}\n`);
  repo.write('fixtures/f.env', `${line(KEY2)}\n`);
  repo.write('other/o.env', `${line(KEY3)}\n`);
  repo.git(['add', '.']);
  assert.deepEqual(where(scan(repo.dir, ['--staged', '--include', 'src/**']).report), ['src/app.env:1:21']);
  assert.deepEqual(where(scan(repo.dir, ['--staged', '--exclude', 'fixtures/**']).report), ['other/o.env:1:21', 'src/app.env:1:21']);
  repo.write('.keyshift.yaml', 'exclude:\n  - fixtures/**\n  - other/o.env\n');
  assert.deepEqual(where(scan(repo.dir, ['--staged']).report), ['src/app.env:1:21']);
  repo.commit('add', '2024-01-02T00:00:00Z');
  assert.deepEqual(where(scan(repo.dir, ['--diff', base, '--include', 'src/**', '--include', 'fixtures/**']).report), ['src/app.env:1:21']);
});

test('createLineSplitter: lines across chunks, a cut overlong line, an unterminated tail', async () => {
  const { createLineSplitter } = await import('../../src/sources/git-diff.js');
  const s = createLineSplitter(5);
  assert.deepEqual(s.push('ab'), []);
  assert.deepEqual(s.push('c\nde'), ['abc']);
  assert.deepEqual(s.push('fghij'), []);
  assert.deepEqual(s.push('klmn\n\nxy'), ['defghi', '']);
  assert.equal(s.end(), 'xy');
  assert.equal(s.end(), undefined);
});

test('diff parser: a file whose added lines pass maxAddedBytes is marked tooLarge and keeps nothing', async () => {
  const { parseDiff } = await import('../../src/sources/git-diff.js');
  const patch = ['diff --git a/big b/big', '--- a/big', '+++ b/big', '@@ -0,0 +1,3 @@', '+aaaa', '+bbbb', '+cccc', 'diff --git a/s b/s', '--- a/s', '+++ b/s', '@@ -0,0 +1 @@', '+ok'].join('\n');
  const [big, small] = parseDiff(patch, { collectText: true, maxAddedBytes: 10 });
  assert.equal(big!.tooLarge, true);
  assert.deepEqual(big!.addedLines, []);
  assert.deepEqual(big!.addedText, []);
  assert.equal(small!.tooLarge, undefined);
  assert.deepEqual(small!.addedLines, [1]);
  assert.deepEqual(small!.addedText, ['ok']);
});

test('--history, --staged and --diff: a file whose added lines pass --max-file-size is skipped as too large; the rest is scanned', () => {
  const repo = tempRepo('too-large');
  repo.write('small.env', `${line(KEY1)}\n`);
  repo.git(['add', '.']);
  const base = repo.commit('small', '2024-01-01T00:00:00Z');
  // One 300 KB line holding a secret near its end, and a small secret in another file.
  repo.write('big.txt', `${'x'.repeat(300_000)} ${line(KEY2)}\n`);
  repo.write('also.env', `${line(KEY3)}\n`);
  repo.git(['add', '.']);
  const staged = scan(repo.dir, ['--staged', '--max-file-size', '100000']);
  assert.deepEqual(where(staged.report), ['also.env:1:21']);
  assert.deepEqual(staged.report.skipped.map((s) => `${s.path}:${s.reason}`), ['big.txt:too-large']);
  const sha = repo.commit('big', '2024-01-02T00:00:00Z');
  const diff = scan(repo.dir, ['--diff', base, '--max-file-size', '100000']);
  assert.deepEqual(where(diff.report), ['also.env:1:21']);
  assert.deepEqual(diff.report.skipped.map((s) => `${s.path}:${s.reason}`), ['big.txt:too-large']);
  const hist = scan(repo.dir, ['--history', '--max-file-size', '100000']);
  assert.deepEqual(where(hist.report).sort(), ['also.env:1:21', 'small.env:1:21']);
  const skipped = hist.report.skipped as { path: string; reason: string; detail?: string }[];
  assert.deepEqual(skipped.map((s) => `${s.path}:${s.reason}`), ['big.txt:too-large']);
  assert.equal(skipped[0]!.detail, `added lines over the limit of 97.7 KiB in commit ${sha.slice(0, 12)}`);
  // Under the default cap the same file is scanned and its secret found.
  assert.deepEqual(where(scan(repo.dir, ['--history']).report).sort(), ['also.env:1:21', 'big.txt:1:300022', 'small.env:1:21']);
});

test('editorLinesForGitLines: lone CRs inside and before added lines; CRLF counts once', async () => {
  const { editorLinesForGitLines, editorLinesForGitLinesIn } = await import('../../src/sources/git-diff.js');
  assert.deepEqual(editorLinesForGitLines('a\nb\nc\n', [2, 3]), [2, 3]);
  // git line 1 = editor 1..2, git line 2 = editor 3, git line 3 (CRLF) = editor 4, git line 4 = editor 5..6.
  const text = 'x\ry\nz\nw\r\nu\rv\n';
  assert.deepEqual(editorLinesForGitLines(text, [1]), [1, 2]);
  assert.deepEqual(editorLinesForGitLines(text, [2, 4]), [3, 5, 6]);
  assert.deepEqual(editorLinesForGitLines(text, [3]), [4]);
  assert.deepEqual(editorLinesForGitLinesIn(Buffer.from(text), [1, 2, 3, 4]), [1, 2, 3, 4, 5, 6]);
  // A CR at the very end without a '\n' opens one more (empty) line.
  assert.deepEqual(editorLinesForGitLines('a\nb\r', [2]), [2, 3]);
  assert.deepEqual(editorLinesForGitLines('a\rb\n', [5]), []);
});

test('a lone CR before the secret: --staged, --diff and --history find it on the editor line', () => {
  const repo = tempRepo('lone-cr');
  repo.write('base.txt', 'x\n');
  repo.git(['add', '.']);
  const base = repo.commit('init', '2024-01-01T00:00:00Z');
  repo.write('cr.ini', `x = 1\r${line(KEY1)}\n`);
  repo.write('later.ini', `a\rb\n${line(KEY2)}\n`);
  repo.git(['add', '.']);
  assert.deepEqual(where(scan(repo.dir, ['--staged']).report), ['cr.ini:2:21', 'later.ini:3:21']);
  repo.commit('cr', '2024-01-02T00:00:00Z');
  assert.deepEqual(where(scan(repo.dir, ['--diff', base]).report), ['cr.ini:2:21', 'later.ini:3:21']);
  assert.deepEqual(where(scan(repo.dir, ['--history']).report).sort(), ['cr.ini:2:21', 'later.ini:3:21']);
  // Only the changed git line counts: editing the line after a lone-CR line reports nothing old.
  repo.write('later.ini', `a\rb\n${line(KEY2)}\nc=2\n`);
  repo.git(['add', '.']);
  assert.deepEqual(scan(repo.dir, ['--staged']).report.findings, []);
});

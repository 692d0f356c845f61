import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addedLinesFromPatch, parseDiff, unquote } from '../../src/sources/git-diff.js';
import { synthesize } from '../../src/sources/git-history.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const Z = '0'.repeat(40);

test('modified file with several -U0 hunks: added line numbers in the new file', () => {
  const diff = [
    'diff --git a/src/app.ts b/src/app.ts',
    `index ${A}..${B} 100644`,
    '--- a/src/app.ts',
    '+++ b/src/app.ts',
    '@@ -2 +2 @@ export const a = 1;',
    '-old',
    '+new',
    '@@ -10,0 +11,2 @@',
    '+x',
    '+y',
    '@@ -20,3 +22,0 @@',
    '-gone1',
    '-gone2',
    '-gone3',
  ].join('\n');
  assert.deepEqual(parseDiff(diff), [{ path: 'src/app.ts', status: 'modified', binary: false, newBlob: B, newMode: '100644', addedLines: [2, 11, 12] }]);
});

test('an added line that looks like a file header stays an added line', () => {
  const diff = ['diff --git a/x b/x', `index ${A}..${B} 100644`, '--- a/x', '+++ b/x', '@@ -0,0 +1,3 @@', '+++ not a header', '+--- nor this', '+diff --git a/y b/y'].join('\n');
  const [f] = parseDiff(diff, { collectText: true });
  assert.deepEqual(f?.addedLines, [1, 2, 3]);
  assert.deepEqual(f?.addedText, ['++ not a header', '--- nor this', 'diff --git a/y b/y']);
  assert.equal(f?.path, 'x');
});

test('new, deleted, renamed-with-edit, pure rename, binary and mode change', () => {
  const diff = [
    'diff --git a/new.txt b/new.txt',
    'new file mode 100644',
    `index ${Z}..${B}`,
    '--- /dev/null',
    '+++ b/new.txt',
    '@@ -0,0 +1,2 @@',
    '+one',
    '+two',
    'diff --git a/old.txt b/old.txt',
    'deleted file mode 100644',
    `index ${A}..${Z}`,
    '--- a/old.txt',
    '+++ /dev/null',
    '@@ -1 +0,0 @@',
    '-bye',
    'diff --git a/conf/a.env b/conf/b.env',
    'similarity index 80%',
    'rename from conf/a.env',
    'rename to conf/b.env',
    `index ${A}..${B} 100644`,
    '--- a/conf/a.env',
    '+++ b/conf/b.env',
    '@@ -3,0 +4 @@',
    '+KEY=v',
    'diff --git a/p q.txt b/r s.txt',
    'similarity index 100%',
    'rename from p q.txt',
    'rename to r s.txt',
    'diff --git a/img.png b/img.png',
    'new file mode 100644',
    `index ${Z}..${B}`,
    'Binary files /dev/null and b/img.png differ',
    'diff --git a/run.sh b/run.sh',
    'old mode 100644',
    'new mode 100755',
  ].join('\n');
  assert.deepEqual(parseDiff(diff), [
    { path: 'new.txt', status: 'added', binary: false, newMode: '100644', newBlob: B, addedLines: [1, 2] },
    { path: 'old.txt', status: 'deleted', binary: false, addedLines: [] },
    { path: 'conf/b.env', oldPath: 'conf/a.env', status: 'renamed', binary: false, newBlob: B, newMode: '100644', addedLines: [4] },
    { path: 'r s.txt', oldPath: 'p q.txt', status: 'renamed', binary: false, addedLines: [] },
    { path: 'img.png', status: 'added', binary: true, newMode: '100644', newBlob: B, addedLines: [] },
    { path: 'run.sh', status: 'modified', binary: false, newMode: '100755', addedLines: [] },
  ]);
});

test('quoted paths: spaces, tabs, quotes and octal-escaped UTF-8', () => {
  assert.equal(unquote('"tab\\there"'), 'tab\there');
  assert.equal(unquote('"say \\"hi\\".txt"'), 'say "hi".txt');
  assert.equal(unquote('"caf\\303\\251.txt"'), 'café.txt');
  assert.equal(unquote('plain name.txt'), 'plain name.txt');
  const diff = ['diff --git "a/caf\\303\\251 1.txt" "b/caf\\303\\251 1.txt"', `index ${A}..${B} 100644`, '--- "a/caf\\303\\251 1.txt"', '+++ "b/caf\\303\\251 1.txt"', '@@ -1 +1 @@', '-a', '+b'].join('\n');
  assert.equal(parseDiff(diff)[0]?.path, 'café 1.txt');
  // A binary file with a space in its name has no ---/+++ lines: the path comes from the diff --git line.
  const bin = ['diff --git a/my file.bin b/my file.bin', `index ${A}..${B} 100644`, 'Binary files a/my file.bin and b/my file.bin differ'].join('\n');
  assert.deepEqual(parseDiff(bin)[0], { path: 'my file.bin', status: 'modified', binary: true, newBlob: B, newMode: '100644', addedLines: [] });
});

test('"\\ No newline at end of file" is not a line', () => {
  const diff = ['diff --git a/x b/x', `index ${A}..${B} 100644`, '--- a/x', '+++ b/x', '@@ -1 +1,2 @@', '-a', '\\ No newline at end of file', '+a', '+b', '\\ No newline at end of file'].join('\n');
  assert.deepEqual(parseDiff(diff)[0]?.addedLines, [1, 2]);
});

test('addedLinesFromPatch: a GitHub API patch with context lines and no file header', () => {
  const patch = ['@@ -1,4 +1,5 @@', ' line1', '-line2', '+line2b', '+line2c', ' line3', ' line4', '@@ -40,2 +41,3 @@ function f() {', ' ctx', '+added', ' ctx'].join('\n');
  assert.deepEqual(addedLinesFromPatch(patch), [2, 3, 42]);
  assert.deepEqual(addedLinesFromPatch(''), []);
});

test('synthesize places added lines at their own line numbers', () => {
  assert.equal(synthesize([2, 3, 6], ['b', 'c', 'f']), '\nb\nc\n\n\nf\n');
  assert.equal(synthesize([1], ['only']), 'only\n');
});

// Nested .gitignore and .keyshiftignore semantics, rule by rule, in the directory walk and in git mode;
// both modes must list the same files for the same tree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collect, gitInit, options, tmpdir, writeTree } from './helpers.js';

const RULES_TREE: Record<string, string> = {
  '.gitignore': ['*.log', 'build/', '/top.txt', 'a/**/z.txt', '**/cache', 'vendor/', '!vendor/keep.txt', 'logs/', 'docs/*.tmp', ''].join('\n'),
  'app.js': '',
  'err.log': '', // *.log
  'top.txt': '', // /top.txt is anchored to the root
  'sub/top.txt': '',
  'sub/debug.log': '', // *.log applies at any depth
  'sub/.gitignore': '!keep.log\n/local.txt\n!logs/\n',
  'sub/keep.log': '', // re-included by the nested negation
  'sub/deeper/keep.log': '', // the nested negation has no slash, so it applies below sub/ too
  'sub/local.txt': '', // anchored to sub/
  'sub/deeper/local.txt': '',
  'sub/logs/x.txt': '', // logs/ re-included by the deeper file: the deeper file wins
  'logs/y.txt': '',
  'build/out.js': '', // build/ matches the directory
  'x/build': '', // ... but not a file named build
  'a/z.txt': '', // a/**/z.txt: ** matches zero directories
  'a/b/c/z.txt': '', // ... or several
  'b/z.txt': '',
  'cache/k.txt': '', // **/cache, a directory
  'deep/cache': '', // **/cache, a file
  'vendor/lib.js': '',
  'vendor/keep.txt': '', // cannot be re-included: its parent directory is excluded
  'docs/a.tmp': '', // docs/*.tmp: one level only
  'docs/sub/b.tmp': '',
  'docs/readme.md': '',
};

/** What the rules hide, as skips (issue 12 defect 7): a pruned directory is one entry ending in '/'. */
const RULES_IGNORED = [
  'a/b/c/z.txt',
  'a/z.txt',
  'build/',
  'cache/',
  'deep/cache',
  'docs/a.tmp',
  'err.log',
  'logs/',
  'sub/debug.log',
  'sub/local.txt',
  'top.txt',
  'vendor/',
];

const RULES_EXPECTED = [
  '.gitignore',
  'app.js',
  'b/z.txt',
  'docs/readme.md',
  'docs/sub/b.tmp',
  'sub/.gitignore',
  'sub/deeper/keep.log',
  'sub/deeper/local.txt',
  'sub/keep.log',
  'sub/logs/x.txt',
  'sub/top.txt',
  'x/build',
];

test('nested .gitignore rules in the directory walk (negation, dir/, /anchored, **, excluded parent)', async () => {
  const root = tmpdir();
  writeTree(root, RULES_TREE);
  const r = await collect(['.'], options(root));
  assert.deepEqual(r.paths, RULES_EXPECTED);
  assert.deepEqual(r.skips.map((s) => s.path), RULES_IGNORED);
  assert.ok(r.skips.every((s) => s.reason === 'ignored'));
  // The detail names the ignore file that decided.
  assert.deepEqual(r.skips.filter((s) => s.detail !== 'by .gitignore').map((s) => `${s.path} ${s.detail}`), ['sub/local.txt by sub/.gitignore']);
  assert.equal(r.stats.fsTargets, 1);
  assert.equal(r.stats.gitTargets, 0);
  // err.log top.txt sub/debug.log sub/local.txt logs/ build/ a/z.txt a/b/c/z.txt cache/ deep/cache vendor/ docs/a.tmp
  assert.equal(r.stats.skips.ignored, 12);
  assert.equal(r.stats.items, RULES_EXPECTED.length);
});

test('git mode lists exactly what the directory walk lists for the same tree', async () => {
  const root = tmpdir();
  writeTree(root, RULES_TREE);
  gitInit(root);
  const r = await collect(['.'], options(root));
  assert.equal(r.stats.gitTargets, 1);
  assert.deepEqual(r.paths, RULES_EXPECTED);
  assert.deepEqual(r.skips.map((s) => `${s.path} ${s.reason}`), RULES_IGNORED.map((p) => `${p} ignored`));
  for (const item of r.items) assert.equal(item.absPath, `${root}/${item.path}`);
});

test('respectGitignore: false lists ignored files too, in both modes', async () => {
  const root = tmpdir();
  writeTree(root, { '.gitignore': '*.log\n', 'a.log': '', 'b.txt': '' });
  const plain = await collect(['.'], options(root, { respectGitignore: false }));
  assert.deepEqual(plain.paths, ['.gitignore', 'a.log', 'b.txt']);
  gitInit(root);
  const inGit = await collect(['.'], options(root, { respectGitignore: false }));
  assert.deepEqual(inGit.paths, ['.gitignore', 'a.log', 'b.txt']);
  assert.equal(inGit.stats.gitTargets, 0);
});

const KS_TREE: Record<string, string> = {
  '.keyshiftignore': 'fixtures/\n*.snap\n',
  'fixtures/a.txt': '',
  'src/x.snap': '',
  'src/.keyshiftignore': '!keep.snap\ngenerated.ts\n',
  'src/keep.snap': '',
  'src/generated.ts': '',
  'src/main.ts': '',
  'lib/generated.ts': '',
};

test('.keyshiftignore at the root and nested, with negation, in both modes', async () => {
  const expected = ['.keyshiftignore', 'lib/generated.ts', 'src/.keyshiftignore', 'src/keep.snap', 'src/main.ts'];
  const root = tmpdir();
  writeTree(root, KS_TREE);
  const plain = await collect(['.'], options(root));
  assert.deepEqual(plain.paths, expected);
  // keyshift's own ignore file excludes; it does not 'ignore' (that is .gitignore's word, undone by --no-ignore).
  const skipped = ['fixtures/ excluded by .keyshiftignore', 'src/generated.ts excluded by src/.keyshiftignore', 'src/x.snap excluded by .keyshiftignore'];
  assert.deepEqual(plain.skips.map((s) => `${s.path} ${s.reason} ${s.detail}`), skipped);
  assert.equal(plain.stats.skips.excluded, 3);
  assert.equal(plain.stats.skips.ignored, 0);
  gitInit(root);
  const inGit = await collect(['.'], options(root));
  assert.deepEqual(inGit.paths, expected);
  assert.deepEqual(inGit.skips.map((s) => `${s.path} ${s.reason} ${s.detail}`), skipped);
});

test('ignore files above a target directory apply (up to cwd, or the repository top in git mode)', async () => {
  const root = tmpdir();
  writeTree(root, { ...KS_TREE, '.gitignore': '*.log\n', 'src/a.log': '' });
  const expected = ['src/.keyshiftignore', 'src/keep.snap', 'src/main.ts'];
  assert.deepEqual((await collect(['src'], options(root))).paths, expected);
  gitInit(root);
  assert.deepEqual((await collect(['src'], options(root))).paths, expected);
});

test('ignoreFileNames: other names can be configured, and none at all', async () => {
  const root = tmpdir();
  writeTree(root, { '.scanignore': 'b.txt\n', '.keyshiftignore': 'a.txt\n', 'a.txt': '', 'b.txt': '' });
  assert.deepEqual((await collect(['.'], options(root, { ignoreFileNames: ['.scanignore'] }))).paths, [
    '.keyshiftignore',
    '.scanignore',
    'a.txt',
  ]);
  assert.deepEqual((await collect(['.'], options(root, { ignoreFileNames: [] }))).paths, [
    '.keyshiftignore',
    '.scanignore',
    'a.txt',
    'b.txt',
  ]);
});

test('issue 12 defect 7: git lists a folder whose files are all ignored as "dir/" and file by file; only the files are reported', async () => {
  const root = tmpdir();
  writeTree(root, { '.gitignore': '*.log\nnode_modules/\n', 'logs/a.log': '', 'logs/b.log': '', 'node_modules/x/i.js': '', 'app.js': '' });
  gitInit(root);
  const r = await collect(['.'], options(root));
  assert.deepEqual(r.paths, ['.gitignore', 'app.js']);
  assert.deepEqual(r.skips.map((s) => `${s.path} ${s.reason}`), ['logs/a.log ignored', 'logs/b.log ignored', 'node_modules/ ignored']);
  // With include globs a pruned directory is counted, not listed (it may hold nothing that was asked for);
  // an ignored file that matches no include is neither.
  for (const git of [true, false]) {
    const inc = await collect(['.'], options(root, { include: ['*.log'] }));
    assert.deepEqual(inc.skips.map((s) => s.path), ['logs/a.log', 'logs/b.log'], `git ${git}`);
    assert.equal(inc.stats.skips.ignored, 3);
    if (git) fs.rmSync(path.join(root, '.git'), { recursive: true });
  }
});

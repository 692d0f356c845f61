// The walker on ordinary and hostile trees: paths, order, globs, symlinks, special files, odd names,
// deep trees, files deleted during the scan, and git-specific cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { UsageError } from '../../src/model/errors.js';
import { createWalkStats, walkFiles } from '../../src/sources/walk.js';
import { collect, git, gitInit, options, tmpdir, writeTree } from './helpers.js';

const MODES = ['directory walk', 'git'] as const;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function setup(mode: (typeof MODES)[number], files: Record<string, string>): string {
  const root = tmpdir();
  writeTree(root, files);
  if (mode === 'git') gitInit(root);
  return root;
}

test('paths are POSIX, relative to cwd, in git order; .git is never listed', async () => {
  const root = setup('directory walk', { 'b.txt': '', 'a/x.txt': '', 'a.txt': '', 'a-b.txt': '', 'A.txt': '', '.git/config': '' });
  const r = await collect([root], options(root));
  assert.deepEqual(r.paths, ['A.txt', 'a-b.txt', 'a.txt', 'a/x.txt', 'b.txt']);
  assert.equal(r.items[3]?.absPath, path.join(root, 'a', 'x.txt'));
});

test('a target under cwd keeps the cwd prefix; a single target outside cwd is relative to itself; several are ../-prefixed', async () => {
  const root = setup('directory walk', { 'pkg/src/a.ts': '', 'pkg/b.ts': '', 'other/k.py': '' });
  assert.deepEqual((await collect(['pkg/src'], options(root))).paths, ['pkg/src/a.ts']);
  const elsewhere = path.join(root, 'pkg', 'src');
  assert.deepEqual((await collect([path.join(root, 'pkg')], options(path.join(root, 'other')))).paths, ['b.ts', 'src/a.ts']);
  // Two targets outside cwd: both reported, relative to cwd, so neither shadows the other.
  assert.deepEqual((await collect([path.join(root, 'pkg'), path.join(root, 'other')], options(elsewhere))).paths, [
    '../b.ts',
    '../src/a.ts',
    '../../other/k.py',
  ]);
});

test('explicit file targets, overlapping targets deduplicated, missing target is a UsageError', async () => {
  const root = setup('directory walk', { '.keyshiftignore': 'a.txt\n', 'a.txt': '', 'd/b.txt': '' });
  // An explicitly named file is scanned even though an ignore file names it.
  const r = await collect(['a.txt', '.', 'd/b.txt'], options(root));
  assert.deepEqual(r.paths, ['a.txt', '.keyshiftignore', 'd/b.txt']);
  await assert.rejects(collect(['nope', '.'], options(root)), (err: unknown) => {
    assert.ok(err instanceof UsageError);
    assert.equal(err.message, `scan target not found: nope (resolved against ${root}); check the path`);
    return true;
  });
});

for (const mode of MODES) {
  test(`include and exclude globs (${mode})`, async () => {
    const root = setup(mode, {
      'src/a.ts': '',
      'src/a.test.ts': '',
      'src/b.js': '',
      'docs/guide.md': '',
      'README.md': '',
      'node_modules/x/index.js': '',
      'lib/node_modules/y.js': '',
    });
    const ex = await collect(['.'], options(root, { exclude: ['node_modules', '*.md', 'src/*.test.ts'] }));
    assert.deepEqual(ex.paths, ['src/a.ts', 'src/b.js']);
    // node_modules twice (directories, pruned), two .md files, one test file.
    assert.equal(ex.stats.skips.excluded, 5);
    const inc = await collect(['.'], options(root, { include: ['**/*.ts'], exclude: ['**/*.test.ts'] }));
    assert.deepEqual(inc.paths, ['src/a.ts']);
    const dotted = await collect(['.'], options(root, { include: ['*.md'] }));
    assert.deepEqual(dotted.paths, ['README.md', 'docs/guide.md']);
  });

  test(`symlinks: file inside scanned, directory not descended, loops, dangling, outside root (${mode})`, async () => {
    const outside = tmpdir();
    fs.writeFileSync(path.join(outside, 'secret.txt'), 'x');
    const root = setup(mode, { 'real/f.txt': 'x', 'z.txt': '' });
    fs.symlinkSync('real/f.txt', path.join(root, 'link-file'));
    fs.symlinkSync('real', path.join(root, 'link-dir'));
    fs.symlinkSync('..', path.join(root, 'real', 'up'));
    fs.symlinkSync('loop-b', path.join(root, 'loop-a'));
    fs.symlinkSync('loop-a', path.join(root, 'loop-b'));
    fs.symlinkSync('missing.txt', path.join(root, 'dangling'));
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'out-file'));
    fs.symlinkSync(outside, path.join(root, 'out-dir'));
    const r = await collect(['.'], options(root));
    assert.deepEqual(r.paths, ['link-file', 'real/f.txt', 'z.txt']);
    assert.equal(r.items[0]?.absPath, path.join(root, 'link-file'));
    assert.deepEqual(r.skips, [
      { path: 'dangling', reason: 'unreadable', detail: 'dangling symbolic link' },
      { path: 'link-dir', reason: 'not-a-regular-file', detail: 'symbolic link to a directory (not followed)' },
      { path: 'loop-a', reason: 'symlink-loop', detail: 'symbolic links form a loop' },
      { path: 'loop-b', reason: 'symlink-loop', detail: 'symbolic links form a loop' },
      { path: 'out-dir', reason: 'symlink-outside-root', detail: 'symbolic link points outside the scan root (not followed)' },
      { path: 'out-file', reason: 'symlink-outside-root', detail: 'symbolic link points outside the scan root (not followed)' },
      { path: 'real/up', reason: 'symlink-loop', detail: 'symbolic link to its own ancestor directory' },
    ]);
    assert.equal(r.stats.skips['symlink-loop'], 3);
    assert.equal(r.stats.skips['symlink-outside-root'], 2);
  });

  test(`odd file names: spaces, newline, leading dash, non-UTF-8 bytes (${mode})`, async () => {
    const root = setup(mode, { 'with space.txt': '', 'new\nline.txt': '', '-rf': '', '--help.txt': '', 'ü.txt': '' });
    // A name that is not valid UTF-8 cannot be passed on as a string path: it is reported, not lost.
    fs.writeFileSync(Buffer.concat([Buffer.from(`${root}/bad-`), Buffer.from([0xff, 0xfe]), Buffer.from('.txt')]), 'x');
    const r = await collect(['.'], options(root));
    assert.deepEqual(r.paths, ['--help.txt', '-rf', 'new\nline.txt', 'with space.txt', 'ü.txt']);
    assert.deepEqual(r.skips, [{ path: 'bad-\uFFFD\uFFFD.txt', reason: 'unreadable', detail: 'name is not valid UTF-8' }]);
  });

  test(`a tree 200 directories deep (${mode})`, async () => {
    const deep = Array.from({ length: 200 }, (_, i) => `d${i}`).join('/');
    const root = setup(mode, { [`${deep}/leaf.txt`]: 'x', 'top.txt': '' });
    const r = await collect(['.'], options(root));
    assert.deepEqual(r.paths, [`${deep}/leaf.txt`, 'top.txt']);
  });
}

test('FIFO, socket and character device are skipped without being opened (directory walk)', async () => {
  const root = setup('directory walk', { 'a.txt': '' });
  execFileSync('mkfifo', [path.join(root, 'pipe')]);
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(path.join(root, 'sock'), resolve));
  try {
    const r = await collect(['.'], options(root));
    assert.deepEqual(r.paths, ['a.txt']);
    assert.deepEqual(r.skips, [
      { path: 'pipe', reason: 'not-a-regular-file', detail: 'FIFO (named pipe)' },
      { path: 'sock', reason: 'not-a-regular-file', detail: 'socket' },
    ]);
    // An explicit special target is reported, not opened.
    const dev = await collect(['/dev/null'], options(root));
    assert.deepEqual(dev.skips, [{ path: 'null', reason: 'not-a-regular-file', detail: 'character device' }]);
  } finally {
    server.close();
  }
});

test('a FIFO named .gitignore is not read (the walk does not block)', async () => {
  const root = setup('directory walk', { 'a.txt': '' });
  execFileSync('mkfifo', [path.join(root, '.gitignore')]);
  const r = await collect(['.'], options(root));
  assert.deepEqual(r.paths, ['a.txt']);
  assert.deepEqual(r.skips, [{ path: '.gitignore', reason: 'not-a-regular-file', detail: 'FIFO (named pipe)' }]);
});

test('a directory deleted during the scan is reported as vanished', async () => {
  const root = setup('directory walk', { 'a.txt': '', 'b/x.txt': '', 'c.txt': '' });
  const stats = createWalkStats();
  const seen: string[] = [];
  for await (const e of walkFiles(['.'], options(root, { stats }))) {
    seen.push('reason' in e ? `${e.path}:${e.reason}` : e.path);
    if (e.path === 'a.txt') fs.rmSync(path.join(root, 'b'), { recursive: true });
  }
  assert.deepEqual(seen, ['a.txt', 'b:vanished', 'c.txt']);
  assert.equal(stats.skips.vanished, 1);
  assert.equal(stats.items, 2);
});

test('git: tracked files deleted in the work tree are skipped quietly and counted', async () => {
  const root = setup('git', { 'a.txt': 'a', 'b.txt': 'b', 'c.txt': 'c' });
  git(root, 'add', '.');
  git(root, 'commit', '-q', '-m', 'init');
  fs.rmSync(path.join(root, 'b.txt'));
  writeTree(root, { 'new.txt': '' });
  const r = await collect(['.'], options(root));
  assert.deepEqual(r.paths, ['a.txt', 'c.txt', 'new.txt']);
  assert.deepEqual(r.skips, []);
  assert.equal(r.stats.skips.vanished, 1);
});

test('git: tracked files are listed even when a .gitignore matches them; untracked ones are not', async () => {
  const root = setup('git', { 'keep.log': '', '.gitignore': '*.log\n' });
  git(root, 'add', '-f', 'keep.log');
  writeTree(root, { 'other.log': '' });
  const r = await collect(['.'], options(root));
  assert.deepEqual(r.paths, ['.gitignore', 'keep.log']);
});

test('git: a subdirectory target, an empty repository, and a nested repository', async () => {
  const root = setup('git', { 'sub/a.txt': '', 'top.txt': '' });
  assert.deepEqual((await collect(['sub'], options(root))).paths, ['sub/a.txt']);
  const empty = setup('git', {});
  const e = await collect(['.'], options(empty));
  assert.deepEqual(e.paths, []);
  assert.equal(e.stats.gitTargets, 1);
  writeTree(root, { 'inner/x.txt': '' });
  gitInit(path.join(root, 'inner'));
  const n = await collect(['.'], options(root));
  assert.deepEqual(n.paths, ['sub/a.txt', 'top.txt']);
  assert.deepEqual(n.skips, [{ path: 'inner', reason: 'not-a-regular-file', detail: 'nested git repository (not scanned)' }]);
});

test('git: an unmerged path is listed once', async () => {
  const root = setup('git', { 'f.txt': 'base\n' });
  git(root, 'add', '.');
  git(root, 'commit', '-q', '-m', 'base');
  git(root, 'checkout', '-q', '-b', 'other');
  fs.writeFileSync(path.join(root, 'f.txt'), 'other\n');
  git(root, 'commit', '-q', '-am', 'other');
  git(root, 'checkout', '-q', 'main');
  fs.writeFileSync(path.join(root, 'f.txt'), 'main\n');
  git(root, 'commit', '-q', '-am', 'main');
  assert.throws(() => git(root, 'merge', '-q', 'other'));
  assert.equal(git(root, 'ls-files', '--cached').split('\n').filter((l) => l === 'f.txt').length, 3);
  assert.deepEqual((await collect(['.'], options(root))).paths, ['f.txt']);
});

test('the walker streams: the first item arrives before a large tree is listed in full', async () => {
  const root = tmpdir();
  for (let d = 0; d < 20; d++) {
    fs.mkdirSync(path.join(root, `d${String(d).padStart(2, '0')}`));
    for (let f = 0; f < 100; f++) fs.writeFileSync(path.join(root, `d${String(d).padStart(2, '0')}`, `f${f}`), '');
  }
  const stats = createWalkStats();
  const gen = walkFiles(['.'], options(root, { stats }));
  const first = await gen.next();
  assert.equal(first.done, false);
  assert.equal((first.value as { path: string }).path, 'd00/f0');
  await gen.return(undefined);
  assert.equal(stats.items, 1);
});

test('a directory target that git ignores is still walked, with a warning (both modes agree)', async () => {
  const files = { '.gitignore': 'build/\n*.map\n', 'build/app.js': '', 'build/app.js.map': '', 'src/a.ts': '' };
  const plain = await collect(['build'], options(setup('directory walk', files)));
  assert.deepEqual(plain.paths, ['build/app.js']);
  const inGit = await collect(['build'], options(setup('git', files)));
  assert.deepEqual(inGit.paths, ['build/app.js']);
  assert.deepEqual(inGit.stats.warnings, ['build is ignored by git; walked it as a plain directory']);
  assert.equal(inGit.stats.fsTargets, 1);
  assert.equal(inGit.stats.gitTargets, 0);
});

// chmod 000 does not stop root, and these tests run as root in CI containers; skipped there.
// (The reader's tests simulate an open failure in a way that also works as root.)
test('an unreadable directory is reported and the walk goes on', { skip: isRoot ? 'running as root: permissions are not enforced' : false }, async () => {
  const root = setup('directory walk', { 'locked/a.txt': '', 'z.txt': '' });
  fs.chmodSync(path.join(root, 'locked'), 0o000);
  try {
    const r = await collect(['.'], options(root));
    assert.deepEqual(r.paths, ['z.txt']);
    assert.deepEqual(r.skips, [{ path: 'locked', reason: 'unreadable', detail: 'permission denied (directory)' }]);
  } finally {
    fs.chmodSync(path.join(root, 'locked'), 0o755);
  }
});

// Hostile trees through the whole CLI: symlink loops and escapes, FIFOs, sockets and devices, unreadable
// entries, odd names, deep nesting, files changing during the scan, empty, shallow and submodule repos.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as fs from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import {
  AWS_RULE,
  assertSurvived,
  awsLine,
  git,
  isRoot,
  locations,
  runCli,
  runCliAsync,
  scanJson,
  sh,
  skipOf,
  tempDir,
  type JsonReport,
} from '../helpers/hostile.js';

const KEY_COLUMN = 21;
const FAST = { timeoutMs: 20_000 };

for (const mode of ['plain', 'git'] as const) {
  describe(`symlinks (${mode} tree)`, () => {
    let t: ReturnType<typeof tempDir>;
    let outside: ReturnType<typeof tempDir>;
    before(() => {
      t = tempDir(`links-${mode}`);
      outside = tempDir('outside');
      fs.writeFileSync(join(outside.dir, 'secret.txt'), `${awsLine(31)}\n`);
      fs.mkdirSync(join(t.dir, 'real'));
      fs.writeFileSync(join(t.dir, 'real', 'inside.txt'), `${awsLine(32)}\n`);
      fs.symlinkSync('real/inside.txt', join(t.dir, 'alias.txt'));
      fs.symlinkSync('..', join(t.dir, 'real', 'up'));
      fs.symlinkSync('loop-b', join(t.dir, 'loop-a'));
      fs.symlinkSync('loop-a', join(t.dir, 'loop-b'));
      fs.symlinkSync('self', join(t.dir, 'self'));
      fs.symlinkSync('nowhere.txt', join(t.dir, 'dangling'));
      fs.symlinkSync(join(outside.dir, 'secret.txt'), join(t.dir, 'out-file'));
      fs.symlinkSync(outside.dir, join(t.dir, 'out-dir'));
      fs.symlinkSync('/dev/zero', join(t.dir, 'zero'));
      if (mode === 'git') {
        git(['init', '-q'], t.dir);
        git(['add', '.'], t.dir);
        git(['commit', '-q', '-m', 'links'], t.dir);
      }
    });
    after(() => {
      t.cleanup();
      outside.cleanup();
    });

    test('links are never followed out of the root or round a loop; each skip has its reason', () => {
      const { report, run } = scanJson(t.dir, ['--verbose'], '.', FAST);
      assert.equal(run.status, 1);
      // The key outside the root is not reported; the one inside is, at its own path and through the alias.
      assert.deepEqual(locations(report), [`alias.txt:1:${KEY_COLUMN} ${AWS_RULE}`, `real/inside.txt:1:${KEY_COLUMN} ${AWS_RULE}`]);
      assert.deepEqual(
        report.skipped.map((s) => `${s.path} ${s.reason}`),
        [
          'dangling unreadable',
          'loop-a symlink-loop',
          'loop-b symlink-loop',
          'out-dir symlink-outside-root',
          'out-file symlink-outside-root',
          'real/up symlink-loop',
          'self symlink-loop',
          'zero symlink-outside-root',
        ],
      );
    });

    test('--verbose text output lists every skipped link with its reason', () => {
      const run = runCli(['scan', '.', '--verbose', '--workers', '0'], t.dir, FAST);
      assertSurvived(run, 'text --verbose');
      assert.equal(run.status, 1);
      assert.match(run.stdout, /Skipped files \(8: symlink-loop 4, symlink-outside-root 3, unreadable 1\):/);
      assert.match(run.stdout, /^ {2}dangling {2}unreadable \(dangling symbolic link\)$/m);
      assert.match(run.stdout, /^ {2}out-file {2}symlink-outside-root \(symbolic link points outside the scan root \(not followed\)\)$/m);
    });
  });
}

describe('FIFO, socket and devices are skipped without blocking', () => {
  let t: ReturnType<typeof tempDir>;
  let server: Server;
  let haveDevice = false;
  before(async () => {
    t = tempDir('special');
    sh('mkfifo', [join(t.dir, 'pipe')], t.dir);
    server = createServer();
    await new Promise<void>((resolve) => server.listen(join(t.dir, 'sock'), resolve));
    // A real character device (needs CAP_MKNOD, which root in a container usually has).
    haveDevice = spawnSync('mknod', [join(t.dir, 'null-dev'), 'c', '1', '3']).status === 0;
    fs.writeFileSync(join(t.dir, 'ok.txt'), `${awsLine(41)}\n`);
  });
  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    t.cleanup();
  });

  test('in a tree: each is skipped not-a-regular-file and the text file is still scanned', () => {
    const { report, run } = scanJson(t.dir, [], '.', FAST);
    assert.equal(run.status, 1);
    assert.deepEqual(locations(report), [`ok.txt:1:${KEY_COLUMN} ${AWS_RULE}`]);
    const expected = [
      ...(haveDevice ? ['null-dev not-a-regular-file character device'] : []),
      'pipe not-a-regular-file FIFO (named pipe)',
      'sock not-a-regular-file socket',
    ];
    assert.deepEqual(report.skipped.map((s) => `${s.path} ${s.reason} ${s.detail}`), expected);
  });

  test('named on the command line (the FIFO, /dev/zero, /dev/stdin from a pipe): skipped, exit 0', () => {
    for (const target of ['pipe', '/dev/zero', '/dev/urandom']) {
      const { report, run } = scanJson(t.dir, [], target, FAST);
      assert.equal(run.status, 0, target);
      assert.equal(report.skipped.length, 1, target);
      assert.equal(report.skipped[0]?.reason, 'not-a-regular-file', target);
    }
  });
});

describe('unreadable files and directories', () => {
  let t: ReturnType<typeof tempDir>;
  // chmod 000 does not stop root, so as root the CLI runs as the unprivileged 'nobody' (uid 65534).
  const as = isRoot() ? { uid: 65534, gid: 65534 } : {};
  before(() => {
    t = tempDir('unreadable');
    fs.writeFileSync(join(t.dir, 'locked.txt'), `${awsLine(51)}\n`);
    fs.mkdirSync(join(t.dir, 'locked-dir'));
    fs.writeFileSync(join(t.dir, 'locked-dir', 'inner.txt'), `${awsLine(52)}\n`);
    fs.writeFileSync(join(t.dir, 'open.txt'), `${awsLine(53)}\n`);
    fs.chmodSync(join(t.dir, 'locked.txt'), 0o000);
    fs.chmodSync(join(t.dir, 'locked-dir'), 0o000);
  });
  after(() => {
    fs.chmodSync(join(t.dir, 'locked-dir'), 0o755);
    t.cleanup();
  });

  test('each is skipped unreadable (permission denied) and the rest is scanned', () => {
    const { report, run } = scanJson(t.dir, [], '.', { ...FAST, ...as });
    assert.equal(run.status, 1);
    assert.deepEqual(locations(report), [`open.txt:1:${KEY_COLUMN} ${AWS_RULE}`]);
    assert.deepEqual(report.skipped, [
      { path: 'locked-dir', reason: 'unreadable', detail: 'permission denied (directory)' },
      { path: 'locked.txt', reason: 'unreadable', detail: 'permission denied' },
    ]);
  });
});

describe('odd file names', () => {
  let t: ReturnType<typeof tempDir>;
  before(() => {
    t = tempDir('names');
    let seed = 60;
    for (const name of ['with space.txt', 'new\nline.txt', '-rf.txt', '--help', 'ü-名前.txt']) {
      fs.writeFileSync(join(t.dir, name), `${awsLine(seed++)}\n`);
    }
    // Not valid UTF-8: Node cannot name it with a string, so it is reported rather than silently lost.
    fs.writeFileSync(Buffer.concat([Buffer.from(`${t.dir}/bad-`), Buffer.from([0xff, 0xfe]), Buffer.from('.txt')]), `${awsLine(70)}\n`);
  });
  after(() => t.cleanup());

  test('spaces, a newline, leading dashes and Unicode are scanned; a non-UTF-8 name is skipped with its reason', () => {
    const { report, run } = scanJson(t.dir);
    assert.equal(run.status, 1);
    assert.deepEqual(
      locations(report),
      ['--help', '-rf.txt', 'new\nline.txt', 'with space.txt', 'ü-名前.txt'].map((p) => `${p}:1:${KEY_COLUMN} ${AWS_RULE}`),
    );
    assert.deepEqual(report.skipped, [{ path: 'bad-\uFFFD\uFFFD.txt', reason: 'unreadable', detail: 'name is not valid UTF-8' }]);
  });

  test('a leading-dash name after -- is a path, not an option', () => {
    const direct = runCli(['scan', '--format', 'json', '--workers', '0', '--', '-rf.txt'], t.dir, FAST);
    assertSurvived(direct, 'scan -- -rf.txt');
    assert.deepEqual(locations(JSON.parse(direct.stdout) as JsonReport), [`-rf.txt:1:${KEY_COLUMN} ${AWS_RULE}`]);
  });

  test('the text report keeps a newline in a path on one line', () => {
    const run = runCli(['scan', '.', '--workers', '0'], t.dir, FAST);
    assertSurvived(run, 'text');
    const lines = run.stdout.split('\n').filter((l) => l.includes(':1:21'));
    assert.equal(lines.length, 5);
    assert.ok(lines.some((l) => l.startsWith('new\\nline.txt:1:21')), lines.join('\n'));
  });
});

for (const mode of ['plain', 'git'] as const) {
  describe(`deep trees (${mode})`, () => {
    let t: ReturnType<typeof tempDir>;
    const deep = Array.from({ length: 200 }, (_, i) => `d${i}`).join('/');
    const LONG = 'n'.repeat(40);
    before(() => {
      t = tempDir(`deep-${mode}`);
      fs.mkdirSync(join(t.dir, deep), { recursive: true });
      fs.writeFileSync(join(t.dir, deep, 'leaf.txt'), `${awsLine(81)}\n`);
      // 120 levels of 40-character names: the absolute path passes PATH_MAX (4096) near level 100. Built
      // by a child that steps down with relative chdir calls, since no single call may name the full path.
      const build = `const fs = require('node:fs'); for (let i = 0; i < 120; i++) { fs.mkdirSync('${LONG}'); process.chdir('${LONG}'); } fs.writeFileSync('leaf.txt', process.argv[1] + '\\n');`;
      sh(process.execPath, ['-e', build, awsLine(82)], t.dir);
      if (mode === 'git') git(['init', '-q'], t.dir);
    });
    after(() => {
      // rm -rf copes with paths past PATH_MAX; fs.rmSync may not.
      sh('rm', ['-rf', t.dir], '/');
    });

    test('200 levels: the key at the bottom is found', () => {
      const { report } = scanJson(t.dir, [], '.', FAST);
      assert.ok(locations(report).includes(`${deep}/leaf.txt:1:${KEY_COLUMN} ${AWS_RULE}`), locations(report).join('\n'));
    });

    // Directory walk only: in a git work tree git cannot list the subtree either, warns on its stderr and
    // exits 0, and keyshift drops that warning (reported on issue 9 with a proposed fix in src/sources/walk.ts).
    if (mode === 'plain') {
      test('past PATH_MAX: the directory that cannot be named is reported with its reason, not dropped silently', () => {
        const { report, run } = scanJson(t.dir, [], '.', FAST);
        assert.equal(run.status, 1);
        assert.deepEqual(locations(report), [`${deep}/leaf.txt:1:${KEY_COLUMN} ${AWS_RULE}`]);
        // The first level whose absolute path (plus its NUL) no longer fits in PATH_MAX.
        let level = 1;
        while (Buffer.byteLength(t.dir) + (LONG.length + 1) * level + 1 <= 4096) level++;
        assert.deepEqual(report.skipped, [
          { path: Array.from({ length: level }, () => LONG).join('/'), reason: 'unreadable', detail: 'ENAMETOOLONG (directory)' },
        ]);
      });
    }
  });
}

describe('files deleted and growing while the scan runs', () => {
  let t: ReturnType<typeof tempDir>;
  const COUNT = 6000;
  before(() => {
    t = tempDir('churn');
    for (let i = 0; i < COUNT; i++) {
      const dir = join(t.dir, `d${String(i % 30).padStart(2, '0')}`);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(join(dir, `f${String(i).padStart(4, '0')}.txt`), i % 10 === 0 ? `${awsLine(1000 + i)}\n` : `plain line ${i}\n`);
    }
    fs.writeFileSync(join(t.dir, 'growing.log'), `${awsLine(999)}\n`);
  });
  after(() => t.cleanup());

  test('each changed file is scanned, or skipped vanished; the rest of the scan is unaffected', async () => {
    const running = runCliAsync(['scan', '.', '--format', 'json', '--workers', '1', '--max-file-size', '100MiB'], t.dir, FAST);
    let done = false;
    void running.then(() => (done = true));
    const deleted: string[] = [];
    const growing = fs.openSync(join(t.dir, 'growing.log'), 'a');
    // Walk order is d00/f0000, d00/f0030, ...: delete every seventh file in that order, paced so that
    // the deletions race the walker and the readers, and keep appending to growing.log until the CLI exits.
    const order = Array.from({ length: COUNT }, (_, i) => i).sort((a, b) => a % 30 - b % 30 || a - b);
    for (let k = 0; !done && k < order.length; k += 7) {
      const i = order[k]!;
      const rel = `d${String(i % 30).padStart(2, '0')}/f${String(i).padStart(4, '0')}.txt`;
      fs.rmSync(join(t.dir, rel));
      deleted.push(rel);
      fs.writeSync(growing, 'more log output\n'.repeat(64));
      await new Promise((r) => setTimeout(r, 1));
    }
    fs.closeSync(growing);
    const run = await running;
    assertSurvived(run, 'churn');
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.ok(report.skipped.every((s) => s.reason === 'vanished'), JSON.stringify(report.skipped.filter((s) => s.reason !== 'vanished')));
    // The appended lines never move the key on line 1.
    assert.ok(locations(report).includes(`growing.log:1:${KEY_COLUMN} ${AWS_RULE}`));
    const deletedSet = new Set(deleted);
    for (let i = 0; i < COUNT; i += 10) {
      const rel = `d${String(i % 30).padStart(2, '0')}/f${String(i).padStart(4, '0')}.txt`;
      const found = report.findings.some((f) => f.path === rel);
      const vanished = skipOf(report, rel) !== undefined;
      if (!deletedSet.has(rel)) assert.ok(found, `${rel} was not touched and must be found`);
      else assert.ok(!(found && vanished), `${rel} both found and vanished`);
    }
    assert.ok(deleted.length > 0, 'the writer had no time to delete anything');
    if (process.env.KEYSHIFT_HOSTILE_DEBUG) console.log(`churn: deleted ${deleted.length}, vanished ${report.skipped.length}, scanned ${report.counts.filesScanned}`);
  });
});

describe('empty and unusual repositories', () => {
  let t: ReturnType<typeof tempDir>;
  before(() => {
    t = tempDir('repos');
  });
  after(() => t.cleanup());

  test('an empty directory: nothing scanned, exit 0', () => {
    fs.mkdirSync(join(t.dir, 'empty'));
    const { report, run } = scanJson(join(t.dir, 'empty'));
    assert.equal(run.status, 0);
    assert.deepEqual(report.counts, { filesScanned: 0, bytesScanned: 0, filesSkipped: 0, ignored: 0, excluded: 0, findings: 0, suppressed: 0 });
  });

  test('git init with no commits: exit 0 when empty; an untracked file in it is still scanned', () => {
    const repo = join(t.dir, 'fresh');
    fs.mkdirSync(repo);
    git(['init', '-q'], repo);
    const empty = scanJson(repo);
    assert.equal(empty.run.status, 0);
    assert.equal(empty.report.counts.filesScanned, 0);
    fs.writeFileSync(join(repo, 'new.env'), `${awsLine(91)}\n`);
    const one = scanJson(repo);
    assert.equal(one.run.status, 1);
    assert.deepEqual(locations(one.report), [`new.env:1:${KEY_COLUMN} ${AWS_RULE}`]);
  });

  test('a shallow clone (--depth 1): the checked-out files are scanned', () => {
    const src = join(t.dir, 'origin');
    fs.mkdirSync(src);
    git(['init', '-q'], src);
    fs.writeFileSync(join(src, 'old.txt'), `${awsLine(92)}\n`);
    git(['add', '.'], src);
    git(['commit', '-q', '-m', 'one'], src);
    fs.rmSync(join(src, 'old.txt'));
    fs.writeFileSync(join(src, 'config.ini'), `[aws]\n${awsLine(93)}\n`);
    git(['add', '-A'], src);
    git(['commit', '-q', '-m', 'two'], src);
    git(['clone', '-q', '--depth', '1', `file://${src}`, 'shallow'], t.dir);
    assert.equal(git(['rev-parse', '--is-shallow-repository'], join(t.dir, 'shallow')).trim(), 'true');
    const { report, run } = scanJson(join(t.dir, 'shallow'));
    assert.equal(run.status, 1);
    assert.deepEqual(locations(report), [`config.ini:2:${KEY_COLUMN} ${AWS_RULE}`]);
  });

  test('a submodule: reported as skipped with its reason; the superproject is scanned', () => {
    const sub = join(t.dir, 'sub-origin');
    fs.mkdirSync(sub);
    git(['init', '-q'], sub);
    fs.writeFileSync(join(sub, 'inner.txt'), `${awsLine(94)}\n`);
    git(['add', '.'], sub);
    git(['commit', '-q', '-m', 'sub'], sub);
    const sup = join(t.dir, 'super');
    fs.mkdirSync(sup);
    git(['init', '-q'], sup);
    fs.writeFileSync(join(sup, 'top.txt'), `${awsLine(95)}\n`);
    git(['-c', 'protocol.file.allow=always', 'submodule', '--quiet', 'add', `file://${sub}`, 'vendor/sub'], sup);
    git(['add', '.'], sup);
    git(['commit', '-q', '-m', 'super'], sup);
    const { report, run } = scanJson(sup);
    assert.equal(run.status, 1);
    assert.deepEqual(locations(report), [`top.txt:1:${KEY_COLUMN} ${AWS_RULE}`]);
    assert.deepEqual(skipOf(report, 'vendor/sub'), { path: 'vendor/sub', reason: 'not-a-regular-file', detail: 'git submodule (not scanned)' });
  });
});

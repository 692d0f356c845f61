// bin/keyshift.js runs the bundle from V8's code cache in a per-user folder of the OS temp folder. These tests
// point TMPDIR at a folder of their own and check the files it writes: one per command and mode, written by
// the first three runs (each from the one before, so the cache holds what all three compiled) and then kept;
// a corrupt cache is replaced; an unsafe folder or NODE_DISABLE_COMPILE_CACHE=1 writes nothing. Every run's
// output is compared with the first, so a cache can never change what keyshift prints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLED_CLI } from '../helpers/fixtures.js';

function sandbox(): { tmp: string; cacheDir: string; done: () => void } {
  const tmp = mkdtempSync(join(tmpdir(), 'ks-code-cache-'));
  return { tmp, cacheDir: join(tmp, `keyshift-compile-cache-${process.getuid?.() ?? 'user'}`), done: () => rmSync(tmp, { recursive: true, force: true }) };
}

function run(tmp: string, args: string[], cwd: string, env: Record<string, string> = {}): string {
  const r = spawnSync(process.execPath, [BUNDLED_CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, TMPDIR: tmp, NODE_DISABLE_COMPILE_CACHE: '', ...env },
  });
  assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
  return r.stdout;
}

/** The cache files, as `<command-and-mode>.<generation>` (generation omitted for the kept file). */
function cacheFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.map((n) => {
    const m = /^cli-(?:[^-]+-){6}(.+)\.v8cache$/.exec(n);
    assert.ok(m, `unexpected file in the cache folder: ${n}`);
    return m[1]!;
  }).sort();
}

test('code cache: written by the first three runs of a command, each from the one before, then kept as it is', () => {
  const { tmp, cacheDir, done } = sandbox();
  try {
    const first = run(tmp, ['--version'], tmp);
    assert.match(first, /^\d+\.\d+\.\d+/);
    assert.deepEqual(cacheFiles(cacheDir), ['other.1']);
    assert.equal(run(tmp, ['--version'], tmp), first);
    assert.deepEqual(cacheFiles(cacheDir), ['other.2']);
    assert.equal(run(tmp, ['--version'], tmp), first);
    assert.deepEqual(cacheFiles(cacheDir), ['other']);
    const kept = readdirSync(cacheDir).map((n) => join(cacheDir, n))[0]!;
    const before = { bytes: readFileSync(kept), mtime: statSync(kept).mtimeMs };
    assert.ok(before.bytes.length > 1000, 'a real cache, not an empty file');
    // The fourth and later runs read it and write nothing.
    assert.equal(run(tmp, ['--version'], tmp), first);
    assert.equal(run(tmp, ['--version'], tmp), first);
    assert.deepEqual(cacheFiles(cacheDir), ['other']);
    assert.equal(statSync(kept).mtimeMs, before.mtime);
    assert.ok(readFileSync(kept).equals(before.bytes));
  } finally {
    done();
  }
});

test('code cache: one file per command and mode (a path scan and a staged scan run different code)', () => {
  const { tmp, cacheDir, done } = sandbox();
  try {
    const repo = join(tmp, 'repo');
    spawnSync('git', ['init', '-q', repo]);
    writeFileSync(join(repo, 'a.txt'), 'hello\n');
    spawnSync('git', ['add', 'a.txt'], { cwd: repo });
    const staged = run(tmp, ['scan', '--staged'], repo);
    const path = run(tmp, ['scan', 'a.txt'], repo);
    run(tmp, ['patterns', 'list'], repo);
    assert.deepEqual(cacheFiles(cacheDir), ['patterns-list.1', 'scan-staged.1', 'scan.1']);
    assert.equal(run(tmp, ['scan', '--staged'], repo), staged);
    assert.equal(run(tmp, ['scan', 'a.txt'], repo), path);
    assert.deepEqual(cacheFiles(cacheDir), ['patterns-list.1', 'scan-staged.2', 'scan.2']);
  } finally {
    done();
  }
});

test('code cache: a corrupt cache file is replaced and changes nothing in the output', () => {
  const { tmp, cacheDir, done } = sandbox();
  try {
    const first = run(tmp, ['--version'], tmp);
    run(tmp, ['--version'], tmp);
    run(tmp, ['--version'], tmp);
    assert.deepEqual(cacheFiles(cacheDir), ['other']);
    const kept = join(cacheDir, readdirSync(cacheDir)[0]!);
    writeFileSync(kept, Buffer.alloc(4096, 0x5a));
    // V8 rejects the data; the run compiles the bundle itself and starts the cache again.
    assert.equal(run(tmp, ['--version'], tmp), first);
    assert.deepEqual(cacheFiles(cacheDir), ['other.1']);
    assert.equal(run(tmp, ['--version'], tmp), first);
    assert.deepEqual(cacheFiles(cacheDir), ['other.2']);
  } finally {
    done();
  }
});

test('code cache: nothing is read or written in a folder others can write to, or with NODE_DISABLE_COMPILE_CACHE=1', () => {
  const { tmp, cacheDir, done } = sandbox();
  try {
    const first = run(tmp, ['--version'], tmp, { NODE_DISABLE_COMPILE_CACHE: '1' });
    assert.deepEqual(cacheFiles(cacheDir), []);
    // Control: the same run without the switch writes a file.
    assert.equal(run(tmp, ['--version'], tmp), first);
    assert.deepEqual(cacheFiles(cacheDir), ['other.1']);
    chmodSync(cacheDir, 0o777);
    assert.equal(run(tmp, ['--version'], tmp), first);
    assert.equal(run(tmp, ['--version'], tmp), first);
    assert.deepEqual(cacheFiles(cacheDir), ['other.1'], 'a world-writable folder is not used');
    chmodSync(cacheDir, 0o700);
    assert.equal(run(tmp, ['--version'], tmp), first);
    assert.deepEqual(cacheFiles(cacheDir), ['other.2']);
  } finally {
    done();
  }
});

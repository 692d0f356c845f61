// Issue 19 item 3: Ctrl-C (SIGINT) or SIGTERM during a scan, through the CLI as a user runs it. The scan is
// interrupted while under way (KEYSHIFT_TEST_PAUSE_AFTER_FILES holds it after a few files, so the signal can
// never arrive after the scan ended): exit 130 or 143, one stderr line, no report, no temp file, no process left.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_CLI } from '../helpers/fixtures.js';
import { runCliAsync, tempDir, type CliRun } from '../helpers/hostile.js';
import { makeToken } from '../helpers/fake-tokens.js';
import { TEMP_PREFIX } from '../../src/model/atomic-write.js';

/** More than the 1,024 files a scan keeps in-process, so --workers 2 really starts the worker pool. */
const FILES = 2000;
const PAUSE_AFTER = 100;
const PAUSE_LINE = /^keyshift: test pause after \d+ file\(s\) \(KEYSHIFT_TEST_PAUSE_AFTER_FILES\)$/;

let root: { dir: string; cleanup: () => void };

before(() => {
  root = tempDir('interrupt');
  const big = join(root.dir, 'big');
  for (let d = 0; d < 20; d++) {
    mkdirSync(join(big, `pkg${d}`), { recursive: true });
    for (let i = 0; i < FILES / 20; i++) {
      const n = d * (FILES / 20) + i;
      const filler = Array.from({ length: 40 }, (_, k) => `const value${k} = compute(${n}, ${k}); // filler line ${k}`).join('\n');
      writeFileSync(join(big, `pkg${d}`, `config${i}.js`), `${filler}\nconst awsKeyId = '${makeToken('aws.access-key-id', 19_300 + n)}';\n${filler}\n`);
    }
  }
});

after(() => root.cleanup());

/** A fresh working folder for one case: the scan target is the shared tree, reached by its absolute path. */
function workDir(label: string): string {
  const dir = join(root.dir, label);
  mkdirSync(dir);
  return dir;
}

/** Pids of the processes whose working directory is `dir` (Linux /proc); undefined where there is no /proc. */
function processesIn(dir: string): number[] | undefined {
  if (!existsSync('/proc/self/cwd')) return undefined;
  const real = realpathSync(dir);
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readlinkSync(`/proc/${name}/cwd`) === real) out.push(Number(name));
    } catch {
      // Gone, or not ours to read.
    }
  }
  return out;
}

interface Interrupted {
  run: CliRun;
  /** Processes in the working folder while the scan was paused: the control for the check after exit. */
  whilePaused: number[] | undefined;
  pid: number;
}

/** Starts the CLI in `cwd`, waits for the test pause (the scan is under way), sends `signal` once. */
async function interrupt(signal: NodeJS.Signals, args: string[], cwd: string, cli?: string): Promise<Interrupted> {
  let whilePaused: number[] | undefined;
  let pid = -1;
  const run = await runCliAsync(args, cwd, {
    cli,
    env: { KEYSHIFT_TEST_PAUSE_AFTER_FILES: String(PAUSE_AFTER) },
    timeoutMs: 60_000,
    onSpawn: (child) => {
      pid = child.pid ?? -1;
      let seen = '';
      let sent = false;
      child.stderr.on('data', (s: string) => {
        seen += s;
        if (sent || !/KEYSHIFT_TEST_PAUSE_AFTER_FILES\)\n/.test(seen)) return;
        sent = true;
        whilePaused = processesIn(cwd);
        child.kill(signal);
      });
    },
  });
  return { run, whilePaused, pid };
}

function assertInterrupted(r: Interrupted, code: number, cwd: string, what: string): void {
  assert.equal(r.run.signal, null, `${what}: the CLI was killed (it hung?); stderr: ${r.run.stderr}`);
  assert.equal(r.run.status, code, `${what}: stderr: ${r.run.stderr}`);
  const lines = r.run.stderr.split('\n').filter((l) => l !== '');
  assert.equal(lines.length, 2, `${what}: stderr: ${r.run.stderr}`);
  assert.match(lines[0]!, PAUSE_LINE);
  assert.equal(lines[1], 'keyshift: interrupted');
  assert.equal(r.run.stdout, '', `${what}: no partial report on stdout`);
  assert.deepEqual(readdirSync(cwd).filter((n) => n.includes(TEMP_PREFIX)), [], `${what}: no temp file left`);
  const now = processesIn(cwd);
  if (now !== undefined) {
    // Control: the paused CLI was seen in its folder, so the check after exit can find a process left behind.
    assert.ok(r.whilePaused?.includes(r.pid), `${what}: the paused CLI (pid ${r.pid}) was not found in ${cwd}: ${r.whilePaused}`);
    assert.deepEqual(now, [], `${what}: processes left in ${cwd}`);
  }
}

test('issue 19 item 3: SIGINT during a scan with workers exits 130, writes no --output file and leaves no temp file', async () => {
  const cwd = workDir('sigint');
  const r = await interrupt('SIGINT', ['scan', join(root.dir, 'big'), '--output', 'out.json', '--format', 'json', '--workers', '2'], cwd);
  assertInterrupted(r, 130, cwd, 'SIGINT');
  assert.equal(existsSync(join(cwd, 'out.json')), false);
  assert.deepEqual(readdirSync(cwd), []);
});

test('issue 19 item 3: SIGTERM during a scan with workers exits 143 and leaves an existing --output file as it was', async () => {
  const cwd = workDir('sigterm');
  writeFileSync(join(cwd, 'out.json'), '{"previous":"report"}\n');
  const r = await interrupt('SIGTERM', ['scan', join(root.dir, 'big'), '--output', 'out.json', '--format', 'json', '--workers', '2'], cwd);
  assertInterrupted(r, 143, cwd, 'SIGTERM');
  assert.equal(readFileSync(join(cwd, 'out.json'), 'utf8'), '{"previous":"report"}\n');
  assert.deepEqual(readdirSync(cwd), ['out.json']);
});

test('issue 19 item 3: SIGINT during an in-process scan (--workers 0) to stdout exits 130 with no partial report', async () => {
  const cwd = workDir('sigint-stdout');
  const r = await interrupt('SIGINT', ['scan', join(root.dir, 'big'), '--format', 'json', '--workers', '0'], cwd);
  assertInterrupted(r, 130, cwd, 'SIGINT in-process');
});

test('issue 19 item 3: the bundled CLI (bin/keyshift.js -> dist/cli.cjs) exits 130 on SIGINT too, writing nothing', async () => {
  const cwd = workDir('sigint-bundled');
  const r = await interrupt('SIGINT', ['scan', join(root.dir, 'big'), '--output', 'out.json', '--format', 'json', '--workers', '2'], cwd, BUNDLED_CLI);
  assertInterrupted(r, 130, cwd, 'SIGINT bundled');
  assert.deepEqual(readdirSync(cwd), []);
});

test('issue 19 item 3: an uninterrupted scan of the same tree still writes the whole report and exits 1 (control)', async () => {
  const cwd = workDir('whole');
  writeFileSync(join(cwd, 'out.json'), '{"previous":"report"}\n');
  const run = await runCliAsync(['scan', join(root.dir, 'big'), '--output', 'out.json', '--format', 'json', '--workers', '2'], cwd);
  assert.equal(run.status, 1, run.stderr);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, new RegExp(`^keyshift: ${FILES} finding\\(s\\), 0 suppressed, in ${FILES} file\\(s\\) \\(0 skipped\\); report written to out.json\\n$`));
  const report = JSON.parse(readFileSync(join(cwd, 'out.json'), 'utf8')) as { counts: { filesScanned: number; findings: number } };
  assert.deepEqual({ files: report.counts.filesScanned, findings: report.counts.findings }, { files: FILES, findings: FILES });
  assert.deepEqual(readdirSync(cwd), ['out.json']);
});

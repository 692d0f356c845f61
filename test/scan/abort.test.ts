// Issue 19 item 3: runScan's signal. Aborting it rejects with the signal's reason, also while the source is
// blocked (a pipe that never ends), and terminates the worker pool: a process whose scan was aborted ends by
// itself, with no worker thread keeping it alive (the CLI exits at once on a signal, so only this test shows it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runScan, type ScanOptions } from '../../src/scan/scan.js';
import { loadPatterns } from '../../src/catalog/load.js';
import type { Skip, SourceItem } from '../../src/model/types.js';
import { makeToken } from '../helpers/fake-tokens.js';
import { REPO_ROOT, tempDir } from '../helpers/hostile.js';

const { patterns } = loadPatterns();

function options(items: AsyncIterable<SourceItem | Skip>, extra: Partial<ScanOptions>): ScanOptions {
  return {
    items,
    patterns,
    migrations: new Map(),
    suppress: { allowlist: { paths: [], values: [], stopwords: [], patterns: {} } },
    maxFileSize: 1 << 20,
    root: process.cwd(),
    ...extra,
  };
}

async function* files(n: number): AsyncIterable<SourceItem> {
  for (let i = 0; i < n; i++) yield { path: `f${i}.env`, content: Buffer.from(`AWS_ACCESS_KEY_ID=${makeToken('aws.access-key-id', 19_400 + i)}\n`) };
}

test('issue 19 item 3: an aborted signal makes runScan reject with its reason; an untouched one changes nothing (control)', async () => {
  const whole = await runScan(options(files(10), { workers: 0, signal: new AbortController().signal }));
  assert.equal(whole.counts.findings, 10);
  const controller = new AbortController();
  const reason = new Error('stop here');
  await assert.rejects(
    runScan(options(files(3000), { workers: 0, signal: controller.signal, testPause: { afterFiles: 50, onPause: () => controller.abort(reason) } })),
    (err) => err === reason,
  );
});

test('issue 19 item 3: an abort ends a scan whose source is blocked (standard input that never ends)', async () => {
  async function* stuck(): AsyncIterable<SourceItem> {
    yield { path: 'first.env', content: Buffer.from('A=1\n') };
    await new Promise(() => undefined);
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error('interrupted while reading')), 50);
  await assert.rejects(runScan(options(stuck(), { workers: 0, signal: controller.signal })), /interrupted while reading/);
  clearTimeout(timer);
});

/** Runs `body` in a fresh node process (ESM, the tsc build); a process still alive after `timeoutMs` is killed. */
function runScript(body: string, timeoutMs = 30_000): { status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string } {
  const t = tempDir('abort');
  try {
    const file = join(t.dir, 'script.mjs');
    writeFileSync(file, body);
    const r = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL' });
    return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
  } finally {
    t.cleanup();
  }
}

const build = (p: string): string => JSON.stringify(pathToFileURL(join(REPO_ROOT, 'build', p)).href);

test('issue 19 item 3: aborting a scan with workers terminates them: the process then ends by itself', () => {
  const r = runScript(`
import { runScan } from ${build('src/scan/scan.js')};
import { loadPatterns } from ${build('src/catalog/load.js')};
const { patterns } = loadPatterns();
async function* items() {
  for (let i = 0; i < 3000; i++) yield { path: 'f' + i + '.txt', content: Buffer.from('x = ' + i + '\\n'.repeat(20)) };
}
const controller = new AbortController();
let paused = 0;
try {
  await runScan({ items: items(), patterns, migrations: new Map(), suppress: { allowlist: { paths: [], values: [], stopwords: [], patterns: {} } },
    maxFileSize: 1 << 20, root: process.cwd(), workers: 2, signal: controller.signal,
    testPause: { afterFiles: 100, onPause: (n) => { paused = n; controller.abort(new Error('stop')); } } });
  console.log('finished');
} catch (err) {
  console.log('rejected: ' + err.message + ' after ' + (paused >= 100 ? '100+' : paused) + ' files');
}
`);
  assert.equal(r.signal, null, `the process did not end by itself (a worker left running?): ${r.stderr}`);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, 'rejected: stop after 100+ files\n');
});

test('issue 19 item 3: a worker left running keeps such a process alive, so the check above can fail (control)', () => {
  const r = runScript(`
import { Worker } from 'node:worker_threads';
new Worker('setInterval(() => {}, 1000)', { eval: true });
console.log('started');
`, 2_000);
  assert.equal(r.signal, 'SIGKILL');
  assert.equal(r.stdout, 'started\n');
});

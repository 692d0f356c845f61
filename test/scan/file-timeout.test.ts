// Issue 19 item 2: a stuck file cannot hang a scan. A test-only trigger (KEYSHIFT_TEST_STALL_ON, documented in
// docs/fault-behaviour.md) blocks a worker for good on a marked file; with the per-file budget the worker is
// replaced, the file is a `timeout` skip, and every other file is still scanned. Without the budget the same scan
// never ends (the control), so the trigger really stalls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCliAsync, tempDir } from '../helpers/hostile.js';
import { makeToken } from '../helpers/fake-tokens.js';

function tree(): { dir: string; cleanup: () => void; secrets: string[] } {
  const t = tempDir('file-timeout');
  const secrets: string[] = [];
  // More than the 1,024 files a scan runs in-process, so workers run it.
  for (let i = 0; i < 1100; i++) {
    const token = makeToken('github.pat-classic', 700 + i);
    if (i % 100 === 0) secrets.push(token);
    writeFileSync(join(t.dir, `f${String(i).padStart(4, '0')}.txt`), i % 100 === 0 ? `GITHUB_TOKEN=${token}\n` : `line ${i}\n`.repeat(20));
  }
  writeFileSync(join(t.dir, 'stall-here.txt'), 'nothing to see\n');
  return { ...t, secrets };
}

test('a file that stalls its worker is skipped as timeout after the budget; the worker is replaced and every other file is scanned', async () => {
  const t = tree();
  try {
    const r = await runCliAsync(['scan', '.', '--workers', '2', '--file-timeout', '300', '--format', 'json', '--show-secrets'], t.dir, { env: { KEYSHIFT_TEST_STALL_ON: 'stall-here' }, timeoutMs: 60_000 });
    assert.equal(r.signal, null, 'the scan ended by itself');
    assert.equal(r.status, 1, r.stderr);
    const report = JSON.parse(r.stdout) as { findings: { secret?: string }[]; skipped: { path: string; reason: string; detail?: string }[]; counts: { filesScanned: number } };
    assert.deepEqual(report.skipped.filter((s) => s.reason === 'timeout').map((s) => s.path), ['stall-here.txt']);
    assert.match(report.skipped.find((s) => s.reason === 'timeout')!.detail!, /no result after \d+ ms; its worker was replaced/);
    assert.deepEqual(report.findings.map((f) => f.secret).sort(), [...t.secrets].sort(), 'every planted secret is found');
    assert.equal(report.counts.filesScanned, 1100);
  } finally {
    t.cleanup();
  }
});

test('control: with no budget (--file-timeout 0) the same scan does not end, so the trigger stalls for real', async () => {
  const t = tree();
  try {
    const r = await runCliAsync(['scan', '.', '--workers', '2', '--file-timeout', '0', '--format', 'json'], t.dir, { env: { KEYSHIFT_TEST_STALL_ON: 'stall-here' }, timeoutMs: 4_000 });
    assert.equal(r.signal, 'SIGKILL', 'killed by the test after 4 s');
  } finally {
    t.cleanup();
  }
});

test('--file-timeout takes a whole number of milliseconds; anything else is exit 2', async () => {
  const t = tempDir('file-timeout-usage');
  try {
    const r = await runCliAsync(['scan', '.', '--file-timeout', 'soon'], t.dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--file-timeout/);
  } finally {
    t.cleanup();
  }
});

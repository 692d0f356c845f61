// --history-ref limits --history to the named refs: a secret only on a side branch is found when that branch
// is named (and by default, which walks all branches), and not when only the main branch is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/fixtures.js';

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd: dir, encoding: 'utf8' });
}

test('--history-ref walks only the named refs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'keyshift-refs-'));
  git(dir, 'init', '-q');
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'init');
  git(dir, 'checkout', '-q', '-b', 'feature');
  writeFileSync(join(dir, 'k.py'), 'aws_access_key_id = AKIAQ7RSTV2WXYZ3ABCD\n');
  git(dir, 'add', 'k.py');
  git(dir, 'commit', '-q', '-m', 'key');
  git(dir, 'checkout', '-q', 'main');
  const count = (args: string[]): number => {
    const r = runCli(['scan', '--history', '--format', 'json', '--fail-on', 'none', ...args], dir);
    assert.equal(r.status, 0, r.stderr);
    return (JSON.parse(r.stdout) as { findings: unknown[] }).findings.length;
  };
  assert.equal(count(['--history-ref', 'main']), 0);
  assert.equal(count(['--history-ref', 'feature']), 1);
  assert.equal(count([]), 1);
});

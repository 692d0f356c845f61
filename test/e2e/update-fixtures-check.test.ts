// scripts/update-fixtures.mjs --check: writes nothing, exits 0 when every fixture scans to its expected.json,
// and exits 1 with a readable diff (path:line, pattern id, fingerprint; never the value) when findings change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { REPO_ROOT, listScenarios } from '../helpers/fixtures.js';
import { makeToken } from '../helpers/fake-tokens.js';

const SCRIPT = join(REPO_ROOT, 'scripts/update-fixtures.mjs');

function check(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [SCRIPT, '--check', ...args], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('update-fixtures --check passes on the committed fixtures and writes nothing', () => {
  const before = listScenarios().map((n) => statSync(join(REPO_ROOT, 'fixtures', n, 'expected.json')).mtimeMs);
  const r = check([]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.deepEqual(
    r.stdout.split('\n').filter((l) => l !== '').map((l) => l.replace(/ \(\d+ finding\(s\)\)$/, '')),
    listScenarios().map((n) => `${n}: ok`),
  );
  assert.deepEqual(listScenarios().map((n) => statSync(join(REPO_ROOT, 'fixtures', n, 'expected.json')).mtimeMs), before);
});

test('update-fixtures --check fails with a diff naming the path when one fixture file changes (control)', () => {
  const root = mkdtempSync(join(tmpdir(), 'keyshift-check-'));
  try {
    cpSync(join(REPO_ROOT, 'fixtures', 'web-app'), join(root, 'web-app'), { recursive: true });
    const expectedBefore = readFileSync(join(root, 'web-app', 'expected.json'), 'utf8');
    const token = makeToken('github.pat-classic', 1301);
    const env = join(root, 'web-app', 'tree', '.env');
    writeFileSync(env, `GITHUB_TOKEN=${token}\n${readFileSync(env, 'utf8')}`);

    const r = check(['--fixtures', root]);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], 'web-app: 5 difference(s) from fixtures/web-app/expected.json');
    assert.match(r.stdout, /^ {2}\+ added {4}\.env:1:14 github\.pat-classic \(fingerprint ks2_[0-9a-f]{32}\)$/m);
    // The two findings below the new line moved down: removed at their old line, added at the new one.
    assert.match(r.stdout, /^ {2}- removed {2}\.env:2:19 stripe\.secret-key \(fingerprint ks2_[0-9a-f]{32}\)$/m);
    assert.match(r.stdout, /^ {2}\+ added {4}\.env:3:19 stripe\.secret-key /m);
    assert.match(r.stdout, /^ {2}- removed {2}\.env:3:\d+ sendgrid\.api-key /m);
    assert.match(r.stdout, /^ {2}\+ added {4}\.env:4:\d+ sendgrid\.api-key /m);
    assert.ok(!r.stdout.includes(token) && !r.stderr.includes(token), 'the diff never prints the secret value');
    assert.ok(!r.stdout.includes('sk_live_'), 'nor the values already in the fixture');
    assert.equal(readFileSync(join(root, 'web-app', 'expected.json'), 'utf8'), expectedBefore, '--check writes nothing');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('update-fixtures --check reports a changed field of a kept entry (suppression kind and source)', () => {
  const root = mkdtempSync(join(tmpdir(), 'keyshift-check-'));
  try {
    cpSync(join(REPO_ROOT, 'fixtures', 'web-app'), join(root, 'web-app'), { recursive: true });
    const env = join(root, 'web-app', 'tree', '.env');
    const lines = readFileSync(env, 'utf8').split('\n');
    lines[2] = `${lines[2]} # keyshift:allow sendgrid.api-key -- test key`;
    writeFileSync(env, lines.join('\n'));
    const r = check(['--fixtures', root, 'web-app']);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /^ {2}~ changed {2}\.env:3:\d+ sendgrid\.api-key \(fingerprint ks2_[0-9a-f]{32}\): suppression: null -> \{"kind":"inSource","source":"directive","justification":"test key"\}$/m);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

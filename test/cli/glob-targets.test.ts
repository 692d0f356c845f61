// A quoted glob as a scan target selects files like --include under its base folder, with ignore files
// still applied; a glob whose base folder is missing is a usage error (exit 2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/fixtures.js';

const KEY = 'aws_access_key_id = AKIAQ7RSTV2WXYZ3ABCD\n';

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'keyshift-glob-'));
  for (const [name, text] of Object.entries({
    'src/app/config.ts': KEY,
    'src/app/config.py': KEY,
    'src/vendor/lib.ts': KEY,
    'other/config.ts': KEY,
    '.keyshiftignore': 'src/vendor/\n',
  })) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

test('a glob target scans only matching files below its base, honouring .keyshiftignore', () => {
  const dir = tree();
  const r = runCli(['scan', 'src/**/*.ts', '--format', 'json'], dir);
  assert.equal(r.status, 1, r.stderr);
  const paths = (JSON.parse(r.stdout) as { findings: { path: string }[] }).findings.map((f) => f.path);
  assert.deepEqual(paths, ['src/app/config.ts']);
});

test('a glob whose base folder does not exist is a usage error', () => {
  const dir = tree();
  const r = runCli(['scan', 'nowhere/**/*.ts'], dir);
  assert.equal(r.status, 2);
  assert.equal(r.stderr.trim(), 'keyshift: nowhere/**/*.ts: no folder nowhere to match the glob in');
});

test('a bad --max-findings is a usage error before anything is scanned', () => {
  const dir = tree();
  // A broken config would stop a scan that had started; the flag error must come first.
  writeFileSync(join(dir, '.keyshift.yaml'), 'fail-on: [\n');
  const r = runCli(['scan', '.', '--max-findings', 'lots'], dir);
  assert.equal(r.status, 2);
  assert.equal(r.stderr.trim(), 'keyshift: --max-findings: expected a whole number, got "lots"');
});

// Containers through the CLI: a key in a file and in its copy inside an archive is one finding (the copy in
// alsoAt); the --archive-* flags and the `archives` config key reach the scan; bad values exit 2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/fixtures.js';
import { makeToken } from '../helpers/fake-tokens.js';
import { dockerSave, tarOf, zipOf } from '../helpers/archives.js';

const T1 = makeToken('github.pat-classic', 311);
const T2 = makeToken('github.pat-classic', 312);

function withDir(files: Record<string, string | Uint8Array>, fn: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'keyshift-containers-'));
  try {
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface JsonFinding {
  path: string;
  line: number;
  ruleId: string;
  alsoAt?: string[];
  notes: string[];
}

test('a key in .env and in its copy inside app.zip is one finding, the copy listed in alsoAt; text shows it too', () => {
  const env = `GITHUB_TOKEN=${T1}\n`;
  withDir({ '.env': env, 'app.zip': zipOf({ 'conf/.env': env }), 'other.zip': zipOf({ '.env': `GITHUB_TOKEN=${T2}\n` }) }, (dir) => {
    const r = runCli(['scan', '.', '--format', 'json', '--workers', '0'], dir);
    assert.equal(r.status, 1, r.stderr);
    const findings = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings.map((f) => ({ path: f.path, line: f.line, alsoAt: f.alsoAt, reused: f.notes.some((n) => n.startsWith('reused')) }));
    assert.deepEqual(findings, [
      { path: '.env', line: 1, alsoAt: ['app.zip!/conf/.env:1'], reused: false },
      // Control: a different key inside a zip stays its own finding.
      { path: 'other.zip!/.env', line: 1, alsoAt: undefined, reused: false },
    ]);
    const text = runCli(['scan', '.', '--workers', '0', '--no-color'], dir);
    assert.match(text.stdout, /\n {4}also at app\.zip!\/conf\/\.env:1\n/);
    assert.ok(!text.stdout.includes(T1) && !text.stdout.includes(T2));
  });
});

test('--archive-depth 0 and `archives: { depth: 0 }` read archives as binary files; workers give the same findings', () => {
  const image = dockerSave([tarOf([['etc/app/.env', `GITHUB_TOKEN=${T1}\n`]])], { config: { Env: [`GH_TOKEN=${T2}`] }, history: [] });
  withDir({ 'image.tar': image }, (dir) => {
    const paths = (args: string[]): string[] => {
      const r = runCli(['scan', '.', '--format', 'json', '--fail-on', 'none', ...args], dir);
      assert.equal(r.status, 0, r.stderr);
      return (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings.map((f) => `${f.path}:${f.line}`);
    };
    const both = ['image.tar!/config/Env:1', 'image.tar!/layer 1/etc/app/.env:1'];
    assert.deepEqual(paths(['--workers', '0']), both);
    assert.deepEqual(paths(['--workers', '2']), both);
    assert.deepEqual(paths(['--archive-depth', '0']), []);
    writeFileSync(join(dir, '.keyshift.yaml'), 'archives:\n  depth: 0\n');
    assert.deepEqual(paths([]), []);
    // The flag wins over the file.
    assert.deepEqual(paths(['--archive-depth', '1']), ['image.tar!/config/Env:1']);
  });
});

test('bad --archive-* values and config values are usage or config errors (exit 2, one line)', () => {
  withDir({ 'a.txt': 'x\n' }, (dir) => {
    for (const [args, message] of [
      [['--archive-depth', '-1'], /--archive-depth: expected a whole number/],
      [['--archive-depth', '17'], /--archive-depth: expected a whole number from 0 to 16/],
      [['--archive-max-entries', '0'], /--archive-max-entries: expected a whole number, at least 1/],
      [['--archive-max-bytes', 'lots'], /--archive-max-bytes/],
    ] as [string[], RegExp][]) {
      const r = runCli(['scan', '.', ...args], dir);
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, message);
    }
    writeFileSync(join(dir, '.keyshift.yaml'), 'archives:\n  max-entries: 0\n');
    const r = runCli(['scan', '.'], dir);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /archives\.max-entries/);
    // Control: valid values scan.
    writeFileSync(join(dir, '.keyshift.yaml'), 'archives:\n  max-entries: 5\n  max-bytes: 1MiB\n  depth: 2\n');
    assert.equal(runCli(['scan', '.'], dir).status, 0);
  });
});

// Issue 12 defect 12: the small first-day inconsistencies, each checked through the CLI as a user runs it
// (bin/keyshift.js, so run `node scripts/bundle.mjs` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT, runCli } from '../helpers/fixtures.js';
import { main } from '../../src/cli/main.js';
import { formatSize, tooLargeDetail } from '../../src/model/size.js';
import { makeToken } from '../helpers/fake-tokens.js';

const KEY = makeToken('aws.access-key-id', 1201);

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'keyshift-first-day-'));
  for (const [p, c] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), c);
  }
  return dir;
}

test('issue 12 defect 12b: baseline create refuses to overwrite an existing baseline without --force', () => {
  const dir = tree({ 'app.env': `aws_access_key_id = ${KEY}\n` });
  const first = runCli(['baseline', 'create', '--workers', '0'], dir);
  assert.equal(first.status, 0, first.stderr);
  assert.equal(first.stdout, 'wrote .keyshift-baseline with 1 entries\n');
  const reviewed = readFileSync(join(dir, '.keyshift-baseline'), 'utf8');

  writeFileSync(join(dir, 'app.env'), 'nothing here\n');
  const refused = runCli(['baseline', 'create', '--workers', '0'], dir);
  assert.equal(refused.status, 2);
  assert.equal(refused.stdout, '');
  assert.equal(refused.stderr, 'keyshift: .keyshift-baseline already exists; use --force to overwrite it, or keyshift baseline update to add to it\n');
  assert.equal(readFileSync(join(dir, '.keyshift-baseline'), 'utf8'), reviewed);

  // Control: with --force the same command does replace it (now with no entries).
  const forced = runCli(['baseline', 'create', '--workers', '0', '--force'], dir);
  assert.equal(forced.status, 0, forced.stderr);
  assert.equal(forced.stdout, 'wrote .keyshift-baseline with 0 entries\n');
  assert.notEqual(readFileSync(join(dir, '.keyshift-baseline'), 'utf8'), reviewed);
});

test('issue 12 defect 12c: report exits 0 with findings by default, 1 with --fail-on, and --help says so', () => {
  const dir = tree({ 'app.env': `aws_access_key_id = ${KEY}\n` });
  const plain = runCli(['report', '--workers', '0'], dir);
  assert.equal(plain.status, 0, plain.stderr);
  assert.match(plain.stdout, /aws\.access-key-id/);
  const gated = runCli(['report', '--workers', '0', '--fail-on', 'high'], dir);
  assert.equal(gated.status, 1, gated.stderr);
  // Control: the same gate on a tree without secrets exits 0, so exit 1 came from the finding.
  const clean = runCli(['report', '--workers', '0', '--fail-on', 'high'], tree({ 'a.txt': 'nothing\n' }));
  assert.equal(clean.status, 0, clean.stderr);
  const help = runCli(['report', '--help'], dir);
  assert.equal(help.status, 0);
  assert.ok(
    help.stdout.includes(
      'Exit codes:\n  0  the report was written (findings do not change this unless --fail-on is given)\n  1  --fail-on was given and a finding is at or above it\n  2  usage or configuration error\n  130, 143  interrupted by Ctrl-C (SIGINT) or SIGTERM; nothing was written\n',
    ),
    help.stdout,
  );
});

test('issue 12 defect 12e: explain prints the default guidance and the context names; --context picks one, --all-contexts all', () => {
  const short = runCli(['explain', 'aws.access-key-id'], REPO_ROOT);
  assert.equal(short.status, 0, short.stderr);
  assert.match(short.stdout, /^Context variants \(12\): github-workflow, gitlab-ci, other-ci, dockerfile, compose, kubernetes, helm-values, terraform, dotenv, package-config, code, docs$/m);
  assert.ok(!short.stdout.includes('Variant for '));
  const all = runCli(['explain', 'aws.access-key-id', '--all-contexts'], REPO_ROOT);
  assert.equal(all.status, 0, all.stderr);
  assert.equal(all.stdout.split('\n').filter((l) => l.startsWith('Variant for ')).length, 12);
  assert.ok(short.stdout.split('\n').length < 60 && all.stdout.split('\n').length > 200, `${short.stdout.split('\n').length} / ${all.stdout.split('\n').length}`);
  const one = runCli(['explain', 'aws.access-key-id', '--context', 'github-workflow'], REPO_ROOT);
  assert.equal(one.status, 0, one.stderr);
  assert.deepEqual(one.stdout.split('\n').filter((l) => /^(Variant for|Default guidance)/.test(l)), ['Variant for GitHub Actions workflow (github-workflow):']);
  assert.match(one.stdout, /role-to-assume/);
  const bad = runCli(['explain', 'aws.access-key-id', '--context', 'github-workflows'], REPO_ROOT);
  assert.equal(bad.status, 2);
  assert.equal(bad.stdout, '');
  assert.equal(
    bad.stderr,
    'keyshift: --context: unknown context "github-workflows"; expected one of default, github-workflow, gitlab-ci, other-ci, dockerfile, compose, kubernetes, helm-values, terraform, dotenv, package-config, code, config, docs, other\n',
  );
  const both = runCli(['explain', 'aws.access-key-id', '--context', 'code', '--all-contexts'], REPO_ROOT);
  assert.equal(both.status, 2);
});

test('issue 12 defect 12f: the build and patterns list give the same pattern count and say what they count', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'keyshift-catalog-')), 'catalog.json');
  const build = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'compile-catalog.mjs'), '--out', out], { cwd: REPO_ROOT, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
  const built = /^catalog: (\d+ patterns \([^)]*\)), \d+ migrations -> /m.exec(build.stdout);
  assert.ok(built, build.stdout);
  const list = runCli(['patterns', 'list'], REPO_ROOT);
  assert.equal(list.status, 0, list.stderr);
  const listed = /^(\d+ patterns \([^)]*\)); by kind: /m.exec(list.stdout);
  assert.ok(listed, list.stdout);
  assert.equal(built[1], listed[1]);
  assert.match(listed[1]!, /^\d+ patterns \(\d+ patterns from patterns\/\*\.yaml, \d+ CI posture rules from patterns\/posture\/, \d+ structured-file rules from patterns\/structured\/\)$/);
  // The sentence counts every row that patterns list prints (control: the rows are really there).
  const rows = list.stdout.split('\n\n')[0]!.split('\n').filter((l) => l.trim() !== '');
  assert.ok(rows.length > 200);
  assert.equal(Number(/^(\d+) /.exec(listed[1]!)![1]), rows.length);
});

test('issue 12 defect 12g: sizes print in binary units everywhere: progress, summary and too-large details', async () => {
  const dir = tree({ 'big.txt': 'x'.repeat(3 * 1024 * 1024), 'huge.log': 'y'.repeat(2 * 1024 * 1024), 'a.txt': 'a\n' });
  let stderr = '';
  let stdout = '';
  const code = await main(['scan', '.', '--workers', '0', '--max-file-size', '2MiB', '--verbose'], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: true, env: { NO_COLOR: '1' }, cwd: dir });
  assert.equal(code, 0, stderr);
  // The progress line (a terminal only) and the summary use the same units.
  assert.match(stderr, /scanning: \d+ files, \d+(\.\d)? (B|KiB|MiB)/);
  assert.ok(!/\d MB\b/.test(stderr + stdout), stderr);
  assert.match(stdout, /^keyshift \S+: 2 files scanned \(2\.0 MiB\), 1 skipped$/m);
  assert.match(stdout, /^ {2}big\.txt {2}too-large \(3\.0 MiB \(3145728 bytes\), over the limit of 2\.0 MiB \(raise --max-file-size to scan it\)\)$/m);
  assert.deepEqual([formatSize(512), formatSize(1536), formatSize(10 * 1024 * 1024), formatSize(1024 ** 3)], ['512 B', '1.5 KiB', '10.0 MiB', '1.00 GiB']);
  assert.equal(tooLargeDetail(1024 ** 3, 10 * 1024 * 1024), '1.00 GiB (1073741824 bytes), over the limit of 10.0 MiB (raise --max-file-size to scan it)');
});

test('issue 12 defect 12h: scan of a named symlink loop says symlink-loop, not "no such file or directory"', () => {
  const dir = tree({ 'a.txt': 'a\n' });
  symlinkSync('loop1', join(dir, 'loop1'));
  symlinkSync('nowhere', join(dir, 'dangling'));
  const r = runCli(['scan', 'loop1', '--format', 'json', '--workers', '0'], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(!r.stderr.includes('no such file'), r.stderr);
  const report = JSON.parse(r.stdout) as { counts: { filesScanned: number; filesSkipped: number }; skipped: unknown[] };
  assert.deepEqual(report.skipped, [{ path: 'loop1', reason: 'symlink-loop', detail: 'symbolic link loop' }]);
  assert.equal(report.counts.filesSkipped, 1);
  const text = runCli(['scan', 'loop1', '--verbose', '--workers', '0'], dir);
  assert.match(text.stdout, /^ {2}loop1 {2}symlink-loop \(symbolic link loop\)$/m);
  // A dangling link is named as one; control: a path that does not exist at all is still "no such file".
  const dangling = runCli(['scan', 'dangling', '--workers', '0'], dir);
  assert.equal(dangling.status, 2);
  assert.equal(dangling.stderr, `keyshift: scan target ${join(dir, 'dangling')} is a symbolic link to nowhere, which does not exist; check the link\n`);
  const missing = runCli(['scan', 'nothere', '--workers', '0'], dir);
  assert.equal(missing.status, 2);
  assert.equal(missing.stderr, `keyshift: cannot scan ${join(dir, 'nothere')}: no such file or directory\n`);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, runCli } from '../helpers/fixtures.js';
import { makeToken } from '../helpers/fake-tokens.js';
import { tempRepo, type TempRepo } from './repo.js';

const KEY = makeToken('aws.access-key-id', 701);

function commit(repo: TempRepo, message: string, env: NodeJS.ProcessEnv = {}): { status: number; stderr: string } {
  const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', message], {
    cwd: repo.dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { status: r.status ?? -1, stderr: r.stderr };
}

test('the installed hook blocks a commit that adds a secret and passes the one that removes it', () => {
  const repo = tempRepo('hook');
  repo.write('README.md', 'hi\n');
  repo.git(['add', '.']);
  repo.commit('init', '2024-01-01T00:00:00Z');
  const install = runCli(['hook', 'install'], repo.dir);
  assert.equal(install.status, 0, install.stderr);
  assert.match(install.stdout, /pre-commit hook installed: .*\.git\/hooks\/pre-commit/);
  assert.match(install.stdout, /npx --no-install keyshift hook run/);

  repo.write('deploy/app.env', `A=1\naws_access_key_id = ${KEY}\n`);
  repo.git(['add', '.']);
  const blocked = commit(repo, 'add key');
  assert.equal(blocked.status, 1);
  assert.match(blocked.stderr, /^keyshift: commit blocked: 1 secret in the staged changes$/m);
  assert.match(blocked.stderr, /^ {2}deploy\/app\.env:2:21 {2}AWS IAM user access key ID \(aws\.access-key-id\), critical, /m);
  assert.match(blocked.stderr, /^ {4}fix: /m);
  assert.match(blocked.stderr, /keyshift:allow aws\.access-key-id -- <why it is not a secret>/);
  assert.match(blocked.stderr, /git commit --no-verify/);
  assert.ok(!blocked.stderr.includes(KEY), 'the secret is never printed');
  assert.equal(repo.git(['rev-list', '--count', 'HEAD']).trim(), '1');

  // The documented bypass for one commit.
  assert.equal(commit(repo, 'skip', { KEYSHIFT_SKIP: '1' }).status, 0);
  assert.equal(repo.git(['rev-list', '--count', 'HEAD']).trim(), '2');

  repo.write('deploy/app.env', 'A=1\n');
  repo.git(['add', '.']);
  const removal = commit(repo, 'remove key');
  assert.equal(removal.status, 0, removal.stderr);
  assert.equal(repo.git(['rev-list', '--count', 'HEAD']).trim(), '3');

  // An allow directive on the line lets a false positive through.
  repo.write('deploy/app.env', `A=1\naws_access_key_id = ${KEY} # keyshift:allow aws.access-key-id -- test fixture\n`);
  repo.git(['add', '.']);
  assert.equal(commit(repo, 'allowed').status, 0);
});

test('hook install refuses a foreign hook unless --force, keeps a backup, and uninstall restores it', () => {
  const repo = tempRepo('hook-foreign');
  const hook = join(repo.dir, '.git', 'hooks', 'pre-commit');
  writeFileSync(hook, '#!/bin/sh\necho mine\n', { mode: 0o755 });
  const refused = runCli(['hook', 'install'], repo.dir);
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /already exists and is not keyshift's; .*--force/);
  assert.equal(readFileSync(hook, 'utf8'), '#!/bin/sh\necho mine\n');
  assert.equal(runCli(['hook', 'install', '--force'], repo.dir).status, 0);
  assert.equal(readFileSync(`${hook}.keyshift-backup`, 'utf8'), '#!/bin/sh\necho mine\n');
  assert.match(readFileSync(hook, 'utf8'), /# keyshift pre-commit hook/);
  // Reinstalling over keyshift's own hook needs no --force.
  assert.equal(runCli(['hook', 'install'], repo.dir).status, 0);
  assert.equal(runCli(['hook', 'uninstall'], repo.dir).status, 0);
  assert.equal(readFileSync(hook, 'utf8'), '#!/bin/sh\necho mine\n');
  assert.ok(!existsSync(`${hook}.keyshift-backup`));
});

test('hook install in a linked worktree writes to the hooks folder git uses', () => {
  const repo = tempRepo('hook-wt');
  repo.write('a.txt', 'a\n');
  repo.git(['add', '.']);
  repo.commit('init', '2024-01-01T00:00:00Z');
  const wt = join(mkdtempSync(join(tmpdir(), 'keyshift-wt-')), 'tree');
  repo.git(['worktree', 'add', '-q', wt]);
  const r = runCli(['hook', 'install'], wt);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(existsSync(join(repo.dir, '.git', 'hooks', 'pre-commit')));
});

// The pre-commit framework (Debian's `pre-commit` package) with a local hook: offline, it reuses the
// system Node. The published manifest needs a clone with npm install, which cannot run offline.
test('the pre-commit framework runs keyshift hook run and blocks the commit', (t) => {
  const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  if (version.status !== 0) {
    t.skip('pre-commit is not installed (apt-get install pre-commit)');
    return;
  }
  const repo = tempRepo('pre-commit');
  repo.write(
    '.pre-commit-config.yaml',
    [
      'repos:',
      '  - repo: local',
      '    hooks:',
      '      - id: keyshift',
      '        name: keyshift',
      `        entry: ${JSON.stringify(`${process.execPath} ${CLI} hook run`)}`,
      '        language: node',
      '        pass_filenames: false',
      '',
    ].join('\n'),
  );
  repo.git(['add', '.']);
  repo.commit('init', '2024-01-01T00:00:00Z');
  const env = { PRE_COMMIT_HOME: mkdtempSync(join(tmpdir(), 'keyshift-pre-commit-home-')) };
  const inst = spawnSync('pre-commit', ['install'], { cwd: repo.dir, encoding: 'utf8', env: { ...process.env, ...env } });
  assert.equal(inst.status, 0, inst.stderr);
  repo.write('x.env', `aws_access_key_id = ${KEY}\n`);
  repo.git(['add', '.']);
  const blocked = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '-m', 'add'], { cwd: repo.dir, encoding: 'utf8', env: { ...process.env, ...env } });
  assert.equal(blocked.status, 1);
  assert.match(blocked.stdout + blocked.stderr, /keyshift: commit blocked: 1 secret/);
  repo.write('x.env', 'clean\n');
  repo.git(['add', '.']);
  const ok = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '-m', 'clean'], { cwd: repo.dir, encoding: 'utf8', env: { ...process.env, ...env } });
  assert.equal(ok.status, 0, ok.stdout + ok.stderr);
});

test('issue 12 defect 12a: hook install --force chains the old hook (it runs first, its failure fails the commit) and uninstall restores it', () => {
  const repo = tempRepo('hook-chain');
  repo.write('README.md', 'hi\n');
  repo.git(['add', '.']);
  repo.commit('init', '2024-01-01T00:00:00Z');
  const hook = join(repo.dir, '.git', 'hooks', 'pre-commit');
  // The old hook appends to a log (so the test can see it ran, and in which order) and fails when asked to.
  const old = '#!/bin/sh\necho legacy >> "$(git rev-parse --git-dir)/chain.log"\nif [ -f fail-legacy ]; then echo "legacy hook says no" >&2; exit 3; fi\n';
  writeFileSync(hook, old, { mode: 0o755 });
  const log = join(repo.dir, '.git', 'chain.log');
  const inst = runCli(['hook', 'install', '--force'], repo.dir);
  assert.equal(inst.status, 0, inst.stderr);
  assert.match(inst.stdout, /^keyshift: pre-commit hook replaced \(the old hook is kept in .*pre-commit\.keyshift-backup and runs before keyshift\): /m);
  assert.equal(readFileSync(`${hook}.keyshift-backup`, 'utf8'), old);

  // Clean commit: both hooks run, the old one first, and the commit goes through.
  repo.write('a.txt', 'a\n');
  repo.git(['add', '.']);
  const clean = commit(repo, 'clean');
  assert.equal(clean.status, 0, clean.stderr);
  assert.equal(readFileSync(log, 'utf8'), 'legacy\n');
  assert.equal(repo.git(['rev-list', '--count', 'HEAD']).trim(), '2');

  // The old hook fails: the commit fails with its status, although keyshift finds nothing.
  writeFileSync(join(repo.dir, 'fail-legacy'), '');
  repo.write('b.txt', 'b\n');
  repo.git(['add', 'b.txt']);
  const failed = commit(repo, 'legacy fails');
  assert.equal(failed.status, 1);
  assert.match(failed.stderr, /^legacy hook says no$/m);
  assert.ok(!/commit blocked/.test(failed.stderr), failed.stderr);
  assert.equal(repo.git(['rev-list', '--count', 'HEAD']).trim(), '2');
  rmSync(join(repo.dir, 'fail-legacy'));

  // Control: keyshift still blocks a secret when the old hook passes, so chaining did not disable it.
  repo.write('deploy/app.env', `aws_access_key_id = ${KEY}\n`);
  repo.git(['add', 'deploy/app.env']);
  const blocked = commit(repo, 'add key');
  assert.equal(blocked.status, 1);
  assert.match(blocked.stderr, /^keyshift: commit blocked: 1 secret in the staged changes$/m);
  assert.equal(readFileSync(log, 'utf8'), 'legacy\nlegacy\nlegacy\n');

  // KEYSHIFT_SKIP=1 skips keyshift only: the old hook still runs.
  assert.equal(commit(repo, 'skip', { KEYSHIFT_SKIP: '1' }).status, 0);
  assert.equal(readFileSync(log, 'utf8'), 'legacy\nlegacy\nlegacy\nlegacy\n');

  // A second --force over another foreign hook must not overwrite the first backup.
  writeFileSync(hook, '#!/bin/sh\nexit 0\n', { mode: 0o755 });
  const again = runCli(['hook', 'install', '--force'], repo.dir);
  assert.equal(again.status, 2);
  assert.match(again.stderr, /pre-commit\.keyshift-backup already exists; move it or the hook at .* away/);
  assert.equal(readFileSync(`${hook}.keyshift-backup`, 'utf8'), old);

  assert.equal(runCli(['hook', 'install'], repo.dir).status, 2);
  rmSync(hook); // the user moves the second foreign hook away; the first one's backup is still chained
  assert.equal(runCli(['hook', 'install'], repo.dir).status, 0);
  const un = runCli(['hook', 'uninstall'], repo.dir);
  assert.equal(un.status, 0);
  assert.match(un.stdout, /\(restored the previous hook\)/);
  assert.equal(readFileSync(hook, 'utf8'), old);
  assert.ok(!existsSync(`${hook}.keyshift-backup`));
});

// `keyshift github scan owner/repo [--ref | --pr]` against the fake GitHub API: trees and blobs for a ref,
// only the added lines for a PR, the token from --token-env, and one-line errors for bad input or access.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { registerGithubCommands } from '../../src/cli/github-command.js';
import { main } from '../../src/cli/main.js';
import { KeyshiftError } from '../../src/model/errors.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { makeToken } from '../helpers/fake-tokens.js';

let server: FakeGitHub;
let cwd: string;
const TOKEN = 'ghp_' + 'Q'.repeat(36);

function sha(s: string): string {
  return createHash('sha1').update(s).digest('hex');
}

before(async () => {
  cwd = mkdtempSync(join(tmpdir(), 'keyshift-ghscan-'));
  server = await startFakeGitHub('octo', 'demo');
  const st = server.state;
  const files: Record<string, string> = {
    'README.md': '# demo\n',
    'deploy/ci.sh': `#!/bin/sh\n# push\nexport GH_TOKEN=${makeToken('github.pat-classic', 31)}\n`,
    'src/app.js': `const a = 1;\nconst t = "${makeToken('github.pat-classic', 32)}";\n`,
  };
  const tree: { path: string; mode: string; type: string; sha: string; size?: number }[] = [{ path: 'deploy', mode: '040000', type: 'tree', sha: sha('t-deploy') }];
  for (const [p, c] of Object.entries(files)) {
    st.blobs.set(sha(p), Buffer.from(c));
    tree.push({ path: p, mode: '100644', type: 'blob', sha: sha(p), size: c.length });
  }
  tree.push({ path: 'link', mode: '120000', type: 'blob', sha: sha('link'), size: 6 });
  tree.push({ path: 'vendor/lib', mode: '160000', type: 'commit', sha: sha('sub') });
  tree.push({ path: 'huge.bin', mode: '100644', type: 'blob', sha: sha('huge'), size: 150 * 1024 * 1024 });
  st.refs.set('main', sha('c1'));
  st.refs.set('v1.0', sha('c1'));
  st.commits.set(sha('c1'), sha('root'));
  st.trees.set(sha('root'), tree);
  // PR 3 adds line 2 of src/app.js only; line 3 of deploy/ci.sh is context, not added.
  st.pulls.set(3, {
    head: sha('c2'),
    base: sha('c1'),
    files: [
      { filename: 'src/app.js', status: 'modified', sha: sha('src/app.js'), patch: `@@ -1 +1,2 @@\n const a = 1;\n+const t = "${makeToken('github.pat-classic', 32)}";` },
      { filename: 'deploy/ci.sh', status: 'modified', sha: sha('deploy/ci.sh'), patch: '@@ -1,2 +1,3 @@\n #!/bin/sh\n+# push\n export GH_TOKEN=x' },
      { filename: 'old.txt', status: 'removed', sha: sha('old') },
    ],
  });
});

after(async () => {
  await server.close();
  rmSync(cwd, { recursive: true, force: true });
});

async function cli(args: string[], env: NodeJS.ProcessEnv = { GITHUB_TOKEN: TOKEN }): Promise<{ code: number; stdout: string; stderr: string; error?: string }> {
  let stdout = '';
  let stderr = '';
  let code = 0;
  const program = new Command().exitOverride().configureOutput({ writeOut: (s) => (stdout += s), writeErr: (s) => (stderr += s) });
  registerGithubCommands(program, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env, cwd }, (c) => (code = c));
  try {
    await program.parseAsync(['github', 'scan', ...args, '--api-url', server.url], { from: 'user' });
  } catch (err) {
    if (err instanceof KeyshiftError) return { code: 2, stdout, stderr, error: err.message };
    if (err instanceof CommanderError) return { code: 2, stdout, stderr, error: err.message };
    throw err;
  }
  return { code, stdout, stderr };
}

interface JsonOut {
  counts: { filesScanned: number };
  findings: { path: string; line: number; ruleId: string }[];
  skipped: { path: string; reason: string }[];
}

test('scans a ref through the trees and blobs API: blobs only, symlinks and submodules left out, too-large files skipped', async () => {
  const before = server.requests.length;
  const r = await cli(['octo/demo', '--ref', 'v1.0', '--format', 'json', '--fail-on', 'high']);
  assert.equal(r.code, 1, r.stderr);
  const out = JSON.parse(r.stdout) as JsonOut;
  assert.equal(out.counts.filesScanned, 3);
  assert.deepEqual(
    out.findings.filter((f) => f.ruleId === 'github.pat-classic').map((f) => `${f.path}:${f.line}`),
    ['deploy/ci.sh:3', 'src/app.js:2'],
  );
  assert.deepEqual(out.skipped, [{ path: 'huge.bin', reason: 'too-large', detail: `150.0 MiB (${150 * 1024 * 1024} bytes), over the limit of 100.0 MiB (raise --max-file-size to scan it)` }]);
  const reqs = server.requests.slice(before);
  assert.deepEqual(reqs.filter((q) => !q.path.includes('/git/blobs/')).map((q) => `${q.method} ${q.path.replace('/repos/octo/demo', '')}`), [
    'GET /commits/v1.0',
    `GET /git/commits/${sha('c1')}`,
    `GET /git/trees/${sha('root')}`,
  ]);
  assert.equal(reqs.filter((q) => q.path.includes('/git/blobs/')).length, 3);
  assert.equal(reqs[0]!.query.get('per_page'), '1');
  assert.equal(reqs[2]!.query.get('recursive'), '1');
  assert.equal(reqs[0]!.headers.authorization, `token ${TOKEN}`);
  assert.ok(!(r.stdout + r.stderr).includes(TOKEN));
});

test('without --ref it scans the default branch', async () => {
  const before = server.requests.length;
  const r = await cli(['octo/demo', '--format', 'json', '--fail-on', 'none']);
  assert.equal(r.code, 0);
  assert.deepEqual(server.requests.slice(before, before + 2).map((q) => q.path), ['/repos/octo/demo', '/repos/octo/demo/commits/main']);
});

test('--pr scans only the lines the pull request adds', async () => {
  const r = await cli(['octo/demo', '--pr', '3', '--format', 'json', '--fail-on', 'high']);
  assert.equal(r.code, 1, r.stderr);
  const out = JSON.parse(r.stdout) as JsonOut;
  assert.deepEqual(out.findings.map((f) => `${f.path}:${f.line}:${f.ruleId}`), ['src/app.js:2:github.pat-classic']);
  assert.equal(out.counts.filesScanned, 2);
});

test('--token-env names the variable that holds the token; an empty one is a usage error', async () => {
  const before = server.requests.length;
  const ok = await cli(['octo/demo', '--ref', 'main', '--format', 'json', '--token-env', 'MY_GH'], { MY_GH: 'ghp_' + 'W'.repeat(36) });
  assert.equal(server.requests[before]!.headers.authorization, `token ghp_${'W'.repeat(36)}`);
  assert.equal(ok.code, 1);
  const bad = await cli(['octo/demo', '--token-env', 'NOPE'], {});
  assert.equal(bad.code, 2);
  assert.equal(bad.error, '--token-env: the environment variable NOPE is empty or unset; export the token in it');
});

test('bad input and API errors are one-line usage errors that never carry the token', async () => {
  const r1 = await cli(['not-a-repo']);
  assert.equal(r1.error, 'github scan: "not-a-repo" is not a repository; write it as owner/repo');
  const r2 = await cli(['octo/demo', '--ref', 'nope']);
  assert.equal(r2.code, 2);
  assert.equal(r2.error, 'could not read octo/demo at nope from GitHub (422 No commit found for SHA: nope): GitHub rejected the request\'s content');
  const r3 = await cli(['octo/other', '--ref', 'main']);
  assert.equal(r3.error, 'could not read octo/other at main from GitHub (404 Not Found): it does not exist, or the token cannot see it; check the name and that the token has "contents: read"');
  for (const r of [r1, r2, r3]) assert.ok(!(r.error ?? '').includes(TOKEN));
  const r4 = await cli(['octo/demo', '--ref', 'main', '--pr', '3']);
  assert.equal(r4.code, 2);
  assert.match(r4.error ?? '', /cannot be used with option/);
});

/** The whole CLI in-process (main() adds the global --debug), with stdout and stderr kept apart. */
async function fullCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env: { GITHUB_TOKEN: TOKEN }, cwd });
  return { code, stdout, stderr };
}

test('issue 12 defect 11: library log lines do not leak; a 404 pull request prints only keyshift\'s message', async () => {
  const r = await fullCli(['github', 'scan', 'octo/demo', '--pr', '99', '--api-url', server.url]);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.equal(
    r.stderr,
    'keyshift: could not read octo/demo pull request #99 from GitHub (404 Not Found): it does not exist, or the token cannot see it; check the name and that the token has "pull-requests: read"\n',
  );
  // Control: the same request under --debug shows octokit's line, so the check above can fail; still redacted.
  const d = await fullCli(['--debug', 'github', 'scan', 'octo/demo', '--pr', '99', '--api-url', server.url]);
  assert.equal(d.code, 2);
  assert.match(d.stderr, /^keyshift: debug: octokit error: GET \/repos\/octo\/demo\/pulls\/99\/files\?per_page=100 - 404 with id UNKNOWN in \d+ms$/m);
  assert.match(d.stderr, /^keyshift: debug: octokit debug: request GET http:\/\/127\.0\.0\.1:\d+\/repos\/octo\/demo\/pulls\/99\/files\?per_page=100$/m);
  assert.ok(d.stderr.includes('keyshift: could not read octo/demo pull request #99 from GitHub (404 Not Found)'));
  assert.ok(!d.stderr.includes(TOKEN) && !/authorization/i.test(d.stderr), d.stderr);
});

test('issue 12 defect 11: the debug logger reduces request options to method and URL and redacts tokens in URLs', async () => {
  const { libraryLogger } = await import('../../src/github/client.js');
  const lines: string[] = [];
  const quiet = libraryLogger((l) => lines.push(l), TOKEN, false);
  quiet.error('GET /x - 500');
  quiet.warn('deprecated');
  quiet.info('GET /x - 200');
  quiet.debug('request', { method: 'GET', url: '/x' });
  assert.equal(lines.length, 0);
  const loud = libraryLogger((l) => lines.push(l), TOKEN, true);
  loud.debug('request', { method: 'GET', url: `https://api.example/x?access_token=${TOKEN}&page=2`, headers: { authorization: `token ${TOKEN}` } });
  loud.warn(`token ${TOKEN} in a message`);
  assert.deepEqual(lines, ['debug: octokit debug: request GET https://api.example/x?access_token=***&page=2', 'debug: octokit warn: token *** in a message']);
});

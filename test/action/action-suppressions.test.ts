// Issue 19 item 8: a pull request cannot silence its own findings. The bundled Action on pull requests against
// the fake GitHub API: the policy (config, baseline, .keyshiftignore) is the base commit's, so a PR that adds an
// allowlist of '**', an ignore entry, or a baseline line next to the secrets it commits is still reported; a new
// inline directive does suppress, but every suppression the PR adds is listed in the summary comment and the job
// summary, and fail-on-new-suppressions turns them into a failing run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startFakeGitHub, runActionBundle, type FakeGitHub } from '../helpers/fake-github.js';
import { makeToken } from '../helpers/fake-tokens.js';
import { runCli } from '../helpers/hostile.js';

const API_TOKEN = 'ghs_' + 'X'.repeat(36);
const [PAT_A, PAT_B, PAT_C, PAT_D] = [21, 22, 23, 24].map((s) => makeToken('github.pat-classic', s)) as [string, string, string, string];
let root: string;
let server: FakeGitHub;

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_NOSYSTEM: '1', HOME: dir },
  }).trim();
}

function write(dir: string, rel: string, text: string): void {
  mkdirSync(dirname(join(dir, rel)), { recursive: true });
  writeFileSync(join(dir, rel), text);
}

/** A repository with a clean base and a head commit made by `change`; returns the checkout and both shas. */
function repo(name: string, change: (dir: string) => void): { dir: string; base: string; head: string } {
  const dir = join(root, name);
  mkdirSync(dir);
  git(dir, 'init', '-q', '-b', 'main');
  write(dir, 'README.md', '# demo\n');
  write(dir, 'src/app.js', 'export const a = 1;\n');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-q', '-b', 'feature');
  change(dir);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'feature');
  return { dir, base, head: git(dir, 'rev-parse', 'HEAD') };
}

async function runOn(r: { dir: string; base: string; head: string }, extra: Record<string, string> = {}) {
  const event = join(r.dir, '..', `${r.head.slice(0, 8)}.json`);
  writeFileSync(event, JSON.stringify({ action: 'opened', number: 3, pull_request: { number: 3, base: { sha: r.base, ref: 'main', repo: { full_name: 'octo/demo' } }, head: { sha: r.head, ref: 'feature', repo: { full_name: 'octo/demo' } } }, repository: { full_name: 'octo/demo' } }));
  server.state.reviews.length = 0;
  return runActionBundle({
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'octo/demo',
    GITHUB_SHA: 'd'.repeat(40),
    GITHUB_REF: 'refs/pull/3/merge',
    GITHUB_WORKSPACE: r.dir,
    GITHUB_API_URL: server.url,
    INPUT_TOKEN: API_TOKEN,
    INPUT_MODE: 'auto',
    'INPUT_FAIL-ON': 'high',
    'INPUT_UPLOAD-SARIF': 'false',
    INPUT_COMMENT: 'true',
    'INPUT_SARIF-FILE': join(r.dir, '..', `${r.head.slice(0, 8)}.sarif`),
    ...extra,
  });
}

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'keyshift-action-suppress-'));
  server = await startFakeGitHub('octo', 'demo');
});

after(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

test('a PR that allowlists **, ignores its file, baselines its secret and adds a directive: the first three are still reported; all four are listed', async () => {
  // The baseline line needs the secret's fingerprint: read it from a scan of the file as the PR will add it.
  const probe = join(root, 'probe');
  mkdirSync(probe);
  write(probe, 'config/c.env', `C_TOKEN=${PAT_C}\n`);
  const fp = (JSON.parse(runCli(['scan', '.', '-f', 'json', '--fail-on', 'none'], probe).stdout) as { findings: { fingerprint: string }[] }).findings[0]!.fingerprint;
  const r = repo('all-four', (dir) => {
    write(dir, '.keyshift.yaml', "allowlist:\n  paths: ['**']\n");
    write(dir, 'config/a.env', `A_TOKEN=${PAT_A}\n`);
    write(dir, '.keyshiftignore', 'ignored/\n');
    write(dir, 'ignored/b.env', `B_TOKEN=${PAT_B}\n`);
    // A v2 baseline under the default salt, the one the probe scan used.
    write(dir, '.keyshift-baseline', `# keyshift baseline v2\nfingerprint: scrypt N=1024 r=8 p=1 len=16 salt=keyshift fingerprint v2 default salt\n${fp} github.pat-classic config/c.env\n`);
    write(dir, 'config/c.env', `C_TOKEN=${PAT_C}\n`);
    write(dir, 'src/app.js', `export const a = 1;\nconst d = "${PAT_D}"; // keyshift:allow github.pat-classic\n`);
  });
  const run = await runOn(r, { INPUT_BASELINE: '.keyshift-baseline' });
  assert.equal(run.code, 1, run.stdout + run.stderr);
  // A (allowlisted by the PR's config), B (ignored by the PR's .keyshiftignore), C (in the PR's baseline) are reported.
  assert.equal(run.outputs.findings, '3', run.stdout);
  assert.match(run.stdout, /config, baseline and \.keyshiftignore from the base commit [0-9a-f]{12}; this pull request changes .*\.keyshift\.yaml/);
  const summary = (server.state.issueComments.get(3) ?? []).map((c) => String(c.body)).find((b) => b.includes('Suppressions this pull request adds'));
  assert.ok(summary, 'the summary comment lists the suppressions');
  for (const f of ['.keyshift.yaml', '.keyshiftignore', '.keyshift-baseline']) assert.ok(summary.includes(`\`${f}\``), `${f} is listed`);
  assert.match(summary, /`src\/app\.js:2` `github\.pat-classic`/);
  for (const secret of [PAT_A, PAT_B, PAT_C, PAT_D]) assert.ok(!summary.includes(secret), 'no secret in the comment');
  const jobSummary = run.summary;
  assert.match(jobSummary, /### Suppressions this pull request adds/);
});

test('a PR whose only change is a directive next to its secret passes, but fails with fail-on-new-suppressions', async () => {
  const r = repo('directive-only', (dir) => write(dir, 'src/app.js', `export const a = 1;\nconst d = "${PAT_D}"; // keyshift:allow github.pat-classic\n`));
  const plain = await runOn(r);
  assert.equal(plain.code, 0, plain.stdout + plain.stderr);
  assert.equal(plain.outputs.findings, '0');
  const strict = await runOn(r, { 'INPUT_FAIL-ON-NEW-SUPPRESSIONS': 'true' });
  assert.equal(strict.code, 1, strict.stdout + strict.stderr);
  assert.match(strict.stdout, /this pull request adds suppressions/);
});

test('control: a PR that changes no policy and adds no directive lists nothing', async () => {
  const r = repo('clean', (dir) => write(dir, 'src/app.js', 'export const a = 2;\n'));
  const run = await runOn(r, { 'INPUT_FAIL-ON-NEW-SUPPRESSIONS': 'true' });
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.ok(!run.summary.includes('Suppressions this pull request adds'));
});

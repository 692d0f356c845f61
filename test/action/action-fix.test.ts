// The bundled Action on a pull request that adds a workflow feeding AWS keys to configure-aws-credentials:
// the review comment on that step holds a GitHub suggestion block (the keys replaced by role-to-assume, on the
// exact added lines it replaces, with start_line) and the whole change in a collapsible diff (the job's new
// permissions); the SARIF result carries the same change as SARIF fixes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startFakeGitHub, runActionBundle, type FakeGitHub } from '../helpers/fake-github.js';

const API_TOKEN = 'ghs_' + 'Y'.repeat(36);
let dir: string;
let server: FakeGitHub;
let baseSha: string;
let headSha: string;

const WORKFLOW = `name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: \${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
          aws-region: us-east-1
      - run: aws s3 sync ./site s3://example-bucket
`;

function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_NOSYSTEM: '1', HOME: dir },
  }).trim();
}

function write(rel: string, text: string): void {
  mkdirSync(dirname(join(dir, rel)), { recursive: true });
  writeFileSync(join(dir, rel), text);
}

before(async () => {
  const root = mkdtempSync(join(tmpdir(), 'keyshift-action-fix-'));
  dir = join(root, 'checkout');
  mkdirSync(dir);
  git('init', '-q', '-b', 'main');
  write('README.md', '# demo\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  baseSha = git('rev-parse', 'HEAD');
  git('checkout', '-q', '-b', 'feature');
  write('.github/workflows/deploy.yml', WORKFLOW);
  git('add', '-A');
  git('commit', '-q', '-m', 'add deploy workflow');
  headSha = git('rev-parse', 'HEAD');
  server = await startFakeGitHub('octo', 'demo');
});

after(async () => {
  await server.close();
  rmSync(dirname(dir), { recursive: true, force: true });
});

test('a review comment on an AWS-keys workflow step carries a suggestion block that replaces the keys with role-to-assume', async () => {
  const event = join(dir, '..', 'event.json');
  writeFileSync(event, JSON.stringify({ action: 'opened', number: 5, pull_request: { number: 5, base: { sha: baseSha, ref: 'main', repo: { full_name: 'octo/demo' } }, head: { sha: headSha, ref: 'feature', repo: { full_name: 'octo/demo' } } }, repository: { full_name: 'octo/demo' } }));
  const run = await runActionBundle({
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'octo/demo',
    GITHUB_SHA: 'e'.repeat(40),
    GITHUB_REF: 'refs/pull/5/merge',
    GITHUB_WORKSPACE: dir,
    GITHUB_API_URL: server.url,
    INPUT_TOKEN: API_TOKEN,
    INPUT_MODE: 'auto',
    'INPUT_FAIL-ON': 'medium',
    'INPUT_UPLOAD-SARIF': 'false',
    INPUT_COMMENT: 'true',
    'INPUT_SARIF-FILE': join(dir, '..', 'keyshift.sarif'),
  });
  assert.equal(run.code, 1, run.stdout + run.stderr);
  assert.equal(server.state.reviews.length, 1, run.stdout + run.stderr);
  const review = server.state.reviews[0]!.body as { comments: { path: string; line: number; start_line?: number; start_side?: string; side: string; body: string }[] };
  const c = review.comments.find((x) => x.path === '.github/workflows/deploy.yml' && x.body.includes('posture.github-actions.aws-static-keys'));
  assert.ok(c, JSON.stringify(review.comments.map((x) => [x.path, x.line])));
  // The suggestion replaces lines 12-14 (the two key inputs and the region line below which role-to-assume goes).
  assert.deepEqual({ start_line: c.start_line, line: c.line, start_side: c.start_side, side: c.side }, { start_line: 12, line: 14, start_side: 'RIGHT', side: 'RIGHT' });
  const m = /```suggestion\n([\s\S]*?)\n```/.exec(c.body);
  assert.ok(m, c.body);
  assert.equal(m[1], '          aws-region: us-east-1\n          role-to-assume: arn:aws:iam::<account-id>:role/<role-name>');
  // The rest of the change (the job's new permissions) is in the collapsible diff.
  assert.match(c.body, /<details><summary>The whole change<\/summary>[\s\S]*```diff\n[\s\S]*\+ {6}id-token: write\n[\s\S]*<\/details>/);
  assert.ok(!c.body.includes(API_TOKEN));
  // SARIF written for the run carries the same fix.
  const sarif = JSON.parse(readFileSync(join(dir, '..', 'keyshift.sarif'), 'utf8')) as { runs: { results: { ruleId: string; fixes?: { artifactChanges: { replacements: { deletedRegion: { startLine: number; endLine: number } }[] }[] }[] }[] }[] };
  const r = sarif.runs[0]!.results.find((x) => x.ruleId === 'posture.github-actions.aws-static-keys');
  assert.ok(r?.fixes?.[0]?.artifactChanges[0]?.replacements.some((x) => x.deletedRegion.startLine === 12 && x.deletedRegion.endLine === 14));
});

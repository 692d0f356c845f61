// The bundled Action (dist/action.js) on a pull_request event in a real git checkout that holds both commits:
// review comments on the exact added lines, the sticky comment created, updated, then resolved, the SARIF
// upload (decoded and validated), annotations, outputs, exit codes, and the API request count of a run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { startFakeGitHub, runActionBundle, type FakeGitHub } from '../helpers/fake-github.js';
import { makeToken } from '../helpers/fake-tokens.js';
import { validateSarif } from '../helpers/sarif-validate.js';
import { fingerprintV1 } from '../../src/model/fingerprint.js';

const API_TOKEN = 'ghs_' + 'Z'.repeat(36); // the runner's token (fake): must appear only in the add-mask line
const PAT_A = makeToken('github.pat-classic', 11);
const PAT_B = makeToken('github.pat-classic', 12);
const PAT_C = makeToken('github.pat-classic', 13);

let dir: string;
let server: FakeGitHub;
let baseSha: string;
let headSha: string;

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

function eventFile(head: string): string {
  const p = join(dir, '..', `event-${head.slice(0, 8)}.json`);
  writeFileSync(
    p,
    JSON.stringify({
      action: 'synchronize',
      number: 7,
      pull_request: {
        number: 7,
        base: { sha: baseSha, ref: 'main', repo: { full_name: 'octo/demo' } },
        head: { sha: head, ref: 'feature', repo: { full_name: 'octo/demo' } },
      },
      repository: { full_name: 'octo/demo' },
    }),
  );
  return p;
}

function envFor(head: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventFile(head),
    GITHUB_REPOSITORY: 'octo/demo',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_WORKSPACE: dir,
    GITHUB_API_URL: server.url,
    INPUT_TOKEN: API_TOKEN,
    INPUT_MODE: 'auto',
    'INPUT_FAIL-ON': 'high',
    'INPUT_UPLOAD-SARIF': 'true',
    INPUT_COMMENT: 'true',
    ...extra,
  };
}

before(async () => {
  const root = mkdtempSync(join(tmpdir(), 'keyshift-action-pr-'));
  dir = join(root, 'checkout');
  mkdirSync(dir);
  git('init', '-q', '-b', 'main');
  write('README.md', '# demo\n');
  write('src/app.js', 'export const a = 1;\nexport const b = 2;\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  baseSha = git('rev-parse', 'HEAD');
  git('checkout', '-q', '-b', 'feature');
  write('config/deploy.env', `# deploy settings\nREGION=eu-west-1\nGH_TOKEN=${PAT_A} GH_BACKUP_TOKEN=${PAT_C}\n`);
  write('src/app.js', `export const a = 1;\nconst token = "${PAT_B}";\nexport const b = 2;\n`);
  git('add', '-A');
  git('commit', '-q', '-m', 'feature: add deploy config');
  headSha = git('rev-parse', 'HEAD');
  server = await startFakeGitHub('octo', 'demo');
});

after(async () => {
  await server.close();
  rmSync(dirname(dir), { recursive: true, force: true });
});

test('first run: review comments on the exact added lines, sticky comment created, SARIF uploaded, exit 1', async () => {
  const run = await runActionBundle(envFor(headSha));
  assert.equal(run.code, 1, run.stdout + run.stderr);
  // deploy.env line 3 holds two tokens; src/app.js line 2 one.
  assert.equal(run.outputs.findings, '3');
  assert.match(run.outputs['sarif-file'] ?? '', /keyshift\.sarif$/);

  // Added lines came from local git: the PR file list was never requested.
  assert.equal(server.requests.filter((r) => r.path.endsWith('/pulls/7/files')).length, 0);

  assert.equal(server.state.reviews.length, 1);
  const review = server.state.reviews[0]!.body as { commit_id: string; event: string; comments: { path: string; line: number; side: string; body: string }[] };
  assert.equal(review.commit_id, headSha);
  assert.equal(review.event, 'COMMENT');
  assert.deepEqual(
    review.comments.map((c) => ({ path: c.path, line: c.line, side: c.side })),
    [
      { path: 'config/deploy.env', line: 3, side: 'RIGHT' },
      { path: 'src/app.js', line: 2, side: 'RIGHT' },
    ],
  );
  // Findings on the same line share one comment, with one marker each.
  assert.equal(review.comments[0]!.body.match(/<!-- keyshift:fp=ks2_[0-9a-f]{32}:config\/deploy\.env -->/g)?.length, 2);
  assert.equal(review.comments[1]!.body.match(/<!-- keyshift:fp=ks2_[0-9a-f]{32}:src\/app\.js -->/g)?.length, 1);
  for (const c of review.comments) {
    assert.match(c.body, /^<!-- keyshift:fp=ks2_[0-9a-f]{32}:(config\/deploy\.env|src\/app\.js) -->\n/);
    assert.match(c.body, /`github\.pat-classic`/);
    assert.match(c.body, /\*\*critical\*\* long-lived-credential/);
    assert.match(c.body, /<details><summary>How to replace it: /);
    assert.ok(![PAT_A, PAT_B, PAT_C].some((t) => c.body.includes(t)), 'no secret in a review comment');
  }

  const sticky = server.state.issueComments.get(7) ?? [];
  assert.equal(sticky.length, 1);
  assert.match(sticky[0]!.body, /^<!-- keyshift:summary -->\n/);
  assert.match(sticky[0]!.body, /`config\/deploy\.env:3`/);
  assert.match(sticky[0]!.body, /\[Workflow run\]\(https:\/\/github\.example\/octo\/demo\/actions\/runs\/4242\)/);

  // Annotations: one error per finding, on its file and line.
  const annotations = run.stdout.split('\n').filter((l) => l.startsWith('::error '));
  assert.equal(annotations.length, 3);
  assert.match(annotations[0]!, /^::error title=keyshift%3A [^,]+,file=config\/deploy\.env,line=3,endLine=3,col=10,endColumn=50::critical long-lived-credential \(github\.pat-classic\)/);
  assert.match(run.summary, /^## keyshift\n/);
  assert.match(run.summary, /Non-human identity inventory/);

  // The token is masked and never printed otherwise; no secret is printed at all.
  const all = run.stdout + run.stderr;
  assert.equal(all.split(API_TOKEN).length - 1, 1);
  assert.ok(all.includes(`::add-mask::${API_TOKEN}`));
  assert.ok(![PAT_A, PAT_B, PAT_C].some((t) => all.includes(t)));

  assert.equal(server.state.sarifUploads.length, 1);
  const upload = server.state.sarifUploads[0] as { commit_sha: string; ref: string; sarif: string; tool_name: string };
  assert.equal(upload.commit_sha, headSha);
  assert.equal(upload.ref, 'refs/pull/7/head');
  const sarifText = gunzipSync(Buffer.from(upload.sarif, 'base64')).toString('utf8');
  const log = JSON.parse(sarifText) as {
    runs: { automationDetails?: { id: string }; results: { ruleId: string; partialFingerprints: Record<string, string>; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[];
  };
  assert.equal(log.runs[0]!.automationDetails?.id, 'keyshift/diff/');
  assert.deepEqual(
    log.runs[0]!.results.map((r) => `${r.ruleId} ${r.locations[0]!.physicalLocation.artifactLocation.uri}:${r.locations[0]!.physicalLocation.region.startLine}`).sort(),
    ['github.pat-classic config/deploy.env:3', 'github.pat-classic config/deploy.env:3', 'github.pat-classic src/app.js:2'],
  );
  for (const r of log.runs[0]!.results) assert.match(r.partialFingerprints.primaryLocationLineHash ?? '', /\S/);
  assert.ok(![PAT_A, PAT_B, PAT_C].some((t) => sarifText.includes(t)));
  const v = await validateSarif(sarifText);
  assert.deepEqual(v.errors, []);

  // Requests of one PR run with local history: list review comments, create the review, list issue
  // comments, create the summary comment, upload SARIF.
  assert.deepEqual(
    server.requests.map((r) => `${r.method} ${r.path.replace('/repos/octo/demo', '')}`),
    ['GET /pulls/7/comments', 'POST /pulls/7/reviews', 'GET /issues/7/comments', 'POST /issues/7/comments', 'POST /code-scanning/sarifs'],
  );
  assert.match(run.stdout, /^keyshift: 5 GitHub API request\(s\)$/m);
});

test('second run on the same head: no duplicate review comments, the sticky comment is updated in place', async () => {
  const before = server.requests.length;
  const run = await runActionBundle(envFor(headSha));
  assert.equal(run.code, 1);
  assert.equal(server.state.reviews.length, 1, 'no second review');
  assert.match(run.stdout, /review: 0 new comment\(s\) for 0 finding\(s\), 3 already commented by an earlier run/);
  const sticky = server.state.issueComments.get(7) ?? [];
  assert.equal(sticky.length, 1);
  const calls = server.requests.slice(before).map((r) => `${r.method} ${r.path.replace('/repos/octo/demo', '')}`);
  assert.deepEqual(calls, ['GET /pulls/7/comments', 'GET /issues/7/comments', `PATCH /issues/comments/${sticky[0]!.id}`, 'POST /code-scanning/sarifs']);
});

test('comments posted before v2 fingerprints (v1 markers) still count as commented; a marker of another secret does not', async () => {
  const comments = server.state.reviewComments.get(7)!;
  const saved = comments.map((c) => c.body);
  // What a run before v2 posted: the same markers holding each secret's v1 hash (sha256 of id NUL value).
  const v1 = new Map([PAT_A, PAT_B, PAT_C].map((t) => [t, fingerprintV1('github.pat-classic', t)]));
  /** Every marker of the first run's comments, the i-th (across comments) replaced by pick(i). */
  const rewrite = (pick: (i: number) => string): void => {
    let i = 0;
    comments.forEach((c, k) => {
      c.body = saved[k]!.replace(/keyshift:fp=ks2_[0-9a-f]{32}:/g, () => `keyshift:fp=${pick(i++)}:`);
    });
  };
  try {
    // Each comment's markers, in order: deploy.env line 3 holds PAT_A then PAT_C; app.js line 2 holds PAT_B.
    const order = [PAT_A, PAT_C, PAT_B];
    rewrite((i) => v1.get(order[i]!)!);
    const run = await runActionBundle(envFor(headSha));
    assert.match(run.stdout, /review: 0 new comment\(s\) for 0 finding\(s\), 3 already commented by an earlier run/);
    assert.equal(server.state.reviews.length, 1, 'no new review');
    // Control: v1 markers of other secrets do not count, so the findings are commented again.
    rewrite(() => fingerprintV1('github.pat-classic', makeToken('github.pat-classic', 99)));
    const again = await runActionBundle(envFor(headSha));
    assert.match(again.stdout, /review: 2 new comment\(s\) for 3 finding\(s\)/);
    assert.equal(server.state.reviews.length, 2);
  } finally {
    // The next tests expect one review and the first run's comments.
    server.state.reviews.splice(1);
    const list = server.state.reviewComments.get(7)!;
    list.splice(saved.length);
    list.forEach((c, i) => (c.body = saved[i]!));
  }
});

test('a later push that removes every finding marks the sticky comment resolved and exits 0', async () => {
  write('config/deploy.env', '# deploy settings\nREGION=eu-west-1\n');
  write('src/app.js', 'export const a = 1;\nexport const b = 2;\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'remove the tokens');
  const head2 = git('rev-parse', 'HEAD');
  const run = await runActionBundle(envFor(head2));
  assert.equal(run.code, 0, run.stdout);
  assert.equal(run.outputs.findings, '0');
  const sticky = server.state.issueComments.get(7) ?? [];
  assert.equal(sticky.length, 1);
  assert.match(sticky[0]!.body, /^<!-- keyshift:summary -->\n### keyshift\n\n✅ Resolved: no secrets in this pull request's added lines as of [0-9a-f]{12}\./);
  assert.equal(server.state.reviews.length, 1);
  assert.match(run.stdout, /summary comment: resolved/);
});

test('push event: scans the pushed range with local git and uploads SARIF for the pushed commit and ref', async () => {
  const p = join(dirname(dir), 'push-event.json');
  writeFileSync(p, JSON.stringify({ before: baseSha, after: headSha, ref: 'refs/heads/feature' }));
  const before = server.requests.length;
  const run = await runActionBundle({
    ...envFor(headSha),
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: p,
    GITHUB_REF: 'refs/heads/feature',
    GITHUB_SHA: headSha,
  });
  assert.equal(run.code, 1, run.stdout);
  assert.equal(run.outputs.findings, '3');
  assert.match(run.stdout, new RegExp(`scanning the lines added in ${baseSha}\\.\\.${headSha} \\(local git\\)`));
  const calls = server.requests.slice(before);
  assert.deepEqual(calls.map((r) => `${r.method} ${r.path.replace('/repos/octo/demo', '')}`), ['POST /code-scanning/sarifs']);
  const upload = calls[0]!.body as { commit_sha: string; ref: string };
  assert.deepEqual([upload.commit_sha, upload.ref], [headSha, 'refs/heads/feature']);
});

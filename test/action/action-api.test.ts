// The bundled Action on a pull_request event whose checkout lacks the base commit, so the added lines come
// from the API: PR file pagination (Link headers), blobs only where needed, files without a patch, a secondary
// rate limit followed by success, 403 permission errors explained in one line, and request counts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startFakeGitHub, runActionBundle, type FakeFile, type FakeGitHub } from '../helpers/fake-github.js';
import { makeToken } from '../helpers/fake-tokens.js';

const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
let root: string;

before(() => {
  root = mkdtempSync(join(tmpdir(), 'keyshift-action-api-'));
});
after(() => {
  rmSync(root, { recursive: true, force: true });
});

function blobSha(content: string): string {
  return createHash('sha1').update(`blob ${Buffer.byteLength(content)}\0${content}`).digest('hex');
}

function patchFor(lines: string[]): string {
  return [`@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`)].join('\n');
}

interface Scenario {
  server: FakeGitHub;
  workspace: string;
  env: (extra?: Record<string, string>) => Record<string, string>;
}

/**
 * A PR of `count` new files plain-NNN.txt, plus: src/leak.js (secret on line 2, present in the checkout),
 * and optionally lib/remote.js (secret on line 1, absent from the checkout: fetched as a blob) and
 * big/data.txt (no patch: fetched and scanned whole).
 */
async function scenario(name: string, count: number, opts: { remote?: boolean; noPatch?: boolean; fork?: boolean } = {}): Promise<Scenario> {
  const server = await startFakeGitHub('octo', 'demo');
  const workspace = join(root, name);
  mkdirSync(workspace);
  const files: FakeFile[] = [];
  const add = (path: string, lines: string[], local: boolean, patch = true): void => {
    const content = `${lines.join('\n')}\n`;
    if (local) {
      mkdirSync(dirname(join(workspace, path)), { recursive: true });
      writeFileSync(join(workspace, path), content);
    }
    const sha = blobSha(content);
    server.state.blobs.set(sha, Buffer.from(content));
    files.push({ filename: path, status: 'added', sha, additions: lines.length, ...(patch ? { patch: patchFor(lines) } : {}) });
  };
  for (let i = 0; i < count; i++) add(`plain-${String(i).padStart(3, '0')}.txt`, [`line one of ${i}`, `line two of ${i}`], true);
  // The leaking file sorts among the last entries: with 100 per page it is on the last page.
  add('src/leak.js', ['// client', `const token = "${makeToken('github.pat-classic', 21)}";`], true);
  if (opts.remote) add('lib/remote.js', [`export const key = "${makeToken('github.pat-classic', 22)}";`], false);
  if (opts.noPatch) add('big/data.txt', ['header', `value ${makeToken('github.pat-classic', 23)}`], true, false);
  server.state.pulls.set(9, { head: HEAD, base: BASE, files });
  const event = join(root, `${name}-event.json`);
  writeFileSync(
    event,
    JSON.stringify({
      number: 9,
      pull_request: {
        number: 9,
        base: { sha: BASE, ref: 'main', repo: { full_name: 'octo/demo' } },
        head: { sha: HEAD, ref: 'feature', repo: { full_name: opts.fork ? 'someone/demo' : 'octo/demo' } },
      },
    }),
  );
  return {
    server,
    workspace,
    env: (extra = {}) => ({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'octo/demo',
      GITHUB_SHA: 'c'.repeat(40),
      GITHUB_REF: 'refs/pull/9/merge',
      GITHUB_WORKSPACE: workspace,
      GITHUB_API_URL: server.url,
      INPUT_TOKEN: 'ghs_' + 'Y'.repeat(36),
      'INPUT_FAIL-ON': 'high',
      ...extra,
    }),
  };
}

const calls = (s: FakeGitHub): string[] => s.requests.map((r) => `${r.method} ${r.path.replace('/repos/octo/demo', '')}${r.query.get('page') ? `?page=${r.query.get('page')}` : ''}`);

test('120 changed files across two pages; blobs only for files missing locally; a file without a patch is scanned whole but not commented inline', async () => {
  const s = await scenario('pages', 120, { remote: true, noPatch: true });
  try {
    const run = await runActionBundle(s.env());
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.equal(run.outputs.findings, '3');
    const fileRequests = s.server.requests.filter((r) => r.path === '/repos/octo/demo/pulls/9/files');
    assert.deepEqual(
      fileRequests.map((r) => [r.query.get('per_page'), r.query.get('page') ?? '1']),
      [
        ['100', '1'],
        ['100', '2'],
      ],
    );
    // Page 1 answered with a Link header naming page 2.
    assert.match(run.stdout, /123 changed file\(s\) from the API, 2 fetched as blobs, 1 without a patch/);
    const blobGets = s.server.requests.filter((r) => r.path.startsWith('/repos/octo/demo/git/blobs/')).length;
    assert.equal(blobGets, 2);
    const review = s.server.state.reviews[0]!.body as { comments: { path: string; line: number; side: string }[] };
    assert.deepEqual(
      review.comments.map((c) => ({ path: c.path, line: c.line, side: c.side })),
      [
        { path: 'lib/remote.js', line: 1, side: 'RIGHT' },
        { path: 'src/leak.js', line: 2, side: 'RIGHT' },
      ],
    );
    assert.match(run.stdout, /review: 2 new comment\(s\) for 2 finding\(s\), 0 already commented by an earlier run, 1 outside the diff's lines/);
    // The whole-file finding still reaches the summary comment and the annotations.
    assert.match(s.server.state.issueComments.get(9)![0]!.body, /`big\/data\.txt:2`/);
    assert.match(run.stdout, /^::error title=[^,]+,file=big\/data\.txt,line=2,/m);
  } finally {
    await s.server.close();
  }
});

test('a 403 secondary rate limit with retry-after: 1 on the review is retried and succeeds', async () => {
  const s = await scenario('secondary', 3);
  s.server.state.faults.push({
    method: 'POST',
    path: /\/pulls\/9\/reviews$/,
    status: 403,
    headers: { 'retry-after': '1' },
    body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest' },
  });
  try {
    const run = await runActionBundle(s.env());
    assert.equal(run.code, 1, run.stdout + run.stderr);
    const posts = s.server.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/pulls/9/reviews'));
    assert.deepEqual(
      posts.map((r) => r.status),
      [403, 200],
    );
    assert.equal(s.server.state.reviews.length, 1);
    assert.match(run.stdout, /keyshift: GitHub secondary rate limit on POST \/repos\/\{owner\}\/\{repo\}\/pulls\/\{pull_number\}\/reviews: retrying in 1s/);
    assert.doesNotMatch(run.stdout, /could not post the review/);
  } finally {
    await s.server.close();
  }
});

test('403 errors are explained in one line with the permission to change, and the job still reports its findings', async () => {
  const s = await scenario('forbidden', 3);
  s.server.state.faults.push({ method: 'POST', path: /\/code-scanning\/sarifs$/, status: 403, body: { message: 'Resource not accessible by integration' } });
  s.server.state.faults.push({ method: 'GET', path: /\/issues\/9\/comments$/, status: 403, body: { message: 'Resource not accessible by integration' } });
  try {
    const run = await runActionBundle(s.env());
    assert.equal(run.code, 1);
    assert.equal(run.outputs.findings, '1');
    const warnings = run.stdout.split('\n').filter((l) => l.startsWith('::warning::keyshift: could not'));
    assert.deepEqual(warnings, [
      '::warning::keyshift: could not update the summary comment (403 Resource not accessible by integration): the token lacks "pull-requests: write"; add it to the workflow\'s permissions: block (or the token\'s scopes)',
      '::warning::keyshift: could not upload SARIF to code scanning (403 Resource not accessible by integration): the token lacks "security-events: write"; add it to the workflow\'s permissions: block (or the token\'s scopes)',
    ]);
    // The review and the annotations still went out.
    assert.equal(s.server.state.reviews.length, 1);
    assert.match(run.stdout, /^::error title=[^,]+,file=src\/leak\.js,line=2,/m);
    assert.ok(!run.stdout.includes('Y'.repeat(36)) || run.stdout.split('Y'.repeat(36)).length === 2, 'token only in the add-mask line');
  } finally {
    await s.server.close();
  }
});

test('code scanning not enabled, and a fork PR with a read-only token: each explained in one line', async () => {
  const s = await scenario('fork', 2, { fork: true });
  s.server.state.faults.push({ method: 'POST', path: /\/code-scanning\/sarifs$/, status: 403, body: { message: 'Code scanning is not enabled for this repository. Please enable code scanning in the repository settings.' } });
  s.server.state.faults.push({ method: 'POST', path: /\/pulls\/9\/reviews$/, status: 403, body: { message: 'Resource not accessible by integration' } });
  try {
    const run = await runActionBundle(s.env());
    assert.equal(run.code, 1);
    assert.equal(run.outputs.findings, '1');
    const warnings = run.stdout.split('\n').filter((l) => l.startsWith('::warning::keyshift: could not'));
    assert.equal(warnings.length, 2);
    assert.match(warnings[0]!, /^::warning::keyshift: could not post the review comments \(403 Resource not accessible by integration\): this pull request comes from a fork, and GitHub gives fork pull requests a read-only token; /);
    assert.match(warnings[1]!, /^::warning::keyshift: could not upload SARIF to code scanning \(403 Code scanning is not enabled for this repository\. [^)]*\): code scanning is not enabled for this repository; enable it under Settings > Code security/);
  } finally {
    await s.server.close();
  }
});

test('request count: a PR with 50 changed files, patches from the API, contents from the checkout', async (t) => {
  const s = await scenario('fifty', 49); // 49 plain files + src/leak.js = 50 changed files
  try {
    const run = await runActionBundle(s.env());
    assert.equal(run.code, 1);
    assert.deepEqual(calls(s.server), [
      'GET /pulls/9/files',
      'GET /pulls/9/comments',
      'POST /pulls/9/reviews',
      'GET /issues/9/comments',
      'POST /issues/9/comments',
      'POST /code-scanning/sarifs',
    ]);
    t.diagnostic(`50 changed files, API diff: ${s.server.requests.length} requests`);
  } finally {
    await s.server.close();
  }
});

test('request count: 50 changed files none of which is in the checkout: one blob request per file', async (t) => {
  const s = await scenario('fifty-remote', 49);
  rmSync(s.workspace, { recursive: true, force: true });
  mkdirSync(s.workspace);
  try {
    const run = await runActionBundle(s.env({ 'INPUT_UPLOAD-SARIF': 'false', INPUT_COMMENT: 'false' }));
    assert.equal(run.code, 1);
    assert.equal(s.server.requests.filter((r) => r.path.startsWith('/repos/octo/demo/git/blobs/')).length, 50);
    assert.equal(s.server.requests.length, 51);
    t.diagnostic(`50 changed files, no checkout, no comment/upload: ${s.server.requests.length} requests`);
  } finally {
    await s.server.close();
  }
});

test('a checkout path that is a symlink to /dev/zero, a FIFO or outside the workspace is fetched as a blob, never read', { timeout: 120_000 }, async () => {
  const s = await scenario('hostile-checkout', 1);
  try {
    const files = s.server.state.pulls.get(9)!.files;
    const viaApi = (path: string, content: string): void => {
      const sha = blobSha(content);
      s.server.state.blobs.set(sha, Buffer.from(content));
      files.push({ filename: path, status: 'added', sha, additions: 1, patch: `@@ -0,0 +1 @@\n+${content}\n\\ No newline at end of file` });
    };
    // The blob of a symlink is its target path; the checkout holds the link itself.
    viaApi('evil.txt', '/dev/zero');
    symlinkSync('/dev/zero', join(s.workspace, 'evil.txt'));
    mkdirSync(join(root, 'hostile-outside'));
    writeFileSync(join(root, 'hostile-outside', 'x.txt'), 'outside');
    symlinkSync('../hostile-outside', join(s.workspace, 'out'));
    viaApi('out/x.txt', 'outside');
    files.sort((a, b) => (a.filename < b.filename ? -1 : 1));
    const run = await runActionBundle(s.env({ 'INPUT_UPLOAD-SARIF': 'false', INPUT_COMMENT: 'false' }));
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.equal(run.outputs.findings, '1');
    assert.match(run.stdout, /4 changed file\(s\) from the API, 2 fetched as blobs, 0 without a patch/);
  } finally {
    await s.server.close();
  }
});

// Issue 19 item 4, end to end: the bundled CLI (dist/) scans a temp dir whose file names are hostile (a mention,
// HTML, a link, references, a comment closer, </details>, a pipe, a bidi control, a newline), each file holding
// a fake token; `--format markdown` and `--format sarif` keep every property of the output tests.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as sarif from 'sarif';
import { BUNDLED_CLI, runCli } from '../helpers/fixtures.js';
import { makeToken } from '../helpers/fake-tokens.js';
import { HOSTILE_NAME, markdownProblems } from '../helpers/rendered-markdown.js';

/** The hostile name cannot be one file name (it holds `//`): its slash makes a folder, as a checkout would. */
const HOSTILE_DIR = `${HOSTILE_NAME.replace('https://', 'https:/')} #123 GH-7 --> </details> | \u202Eend`;
const PATHS = [`${HOSTILE_DIR}/deploy.env`, 'line\nbreak @octocat.env'];
const TOKENS = [makeToken('github.pat-classic', 41), makeToken('github.pat-classic', 42)];
let dir: string;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'keyshift-hostile-names-'));
  PATHS.forEach((p, i) => {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), `GITHUB_TOKEN=${TOKENS[i]}\n`);
  });
});

after(() => rmSync(dir, { recursive: true, force: true }));

function scan(format: string): string {
  const r = runCli(['scan', '.', '--format', format, '--fail-on', 'none'], dir, {}, BUNDLED_CLI);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(!TOKENS.some((t) => r.stdout.includes(t)), 'no secret in the output');
  return r.stdout;
}

test('issue 19 item 4: scan --format markdown of hostile file names', () => {
  const md = scan('markdown');
  assert.match(md, /found 2 secrets in 2 files scanned/);
  assert.deepEqual(markdownProblems(md, { comments: 0, details: 0 }), [], md);
  // Both places are listed as one code span each, the newline and the bidi control shown as escapes.
  assert.ok(md.includes('- `line\\nbreak @octocat.env:1` (`github.pat-classic`, critical)'), md);
  assert.ok(md.includes('\\| \\u202eend/deploy.env:1`` (`github.pat-classic`, critical)'), md);
});

test('issue 19 item 4: scan --format sarif of hostile file names: encoded URIs, safe message.markdown', () => {
  const log = JSON.parse(scan('sarif')) as sarif.Log;
  const results = log.runs[0]!.results!;
  assert.equal(results.length, 2);
  const uris = results.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri!).sort();
  for (const uri of uris) assert.match(uri, /^([A-Za-z0-9\-._~/]|%[0-9A-F]{2})*$/);
  assert.deepEqual(uris.map((u) => u.split('/').map(decodeURIComponent).join('/')), [...PATHS].sort());
  assert.ok(uris.includes('line%0Abreak%20%40octocat.env'), uris.join('\n'));
  for (const r of results) assert.deepEqual(markdownProblems(r.message.markdown!), [], r.message.markdown);
  for (const rule of log.runs[0]!.tool.driver.rules!) assert.deepEqual(markdownProblems(rule.help!.markdown!), [], rule.help!.markdown);
});

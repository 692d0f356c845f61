// Issue 19 item 4: hostile paths and details in the markdown report (formatMarkdown, every section and table)
// and in SARIF (artifact URIs percent-encoded per RFC 3986, message.markdown and synthesized rule help safe),
// with the Multitool still passing; controls: the old URI helper and unescaped output fail the same checks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type * as sarif from 'sarif';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatSarif, relativeUri } from '../../src/report/sarif.js';
import { FAKE_SECRETS, sampleReport } from '../helpers/sample-findings.js';
import { HOSTILE_NAME, HOSTILE_PATHS, hostileFinding, markdownProblems } from '../helpers/rendered-markdown.js';
import { validateSarif } from '../helpers/sarif-validate.js';

const OPTS = { showSecrets: false, color: false, verbose: false, showSuppressed: false };

/** relativeUri before issue 19 item 4: a backslash was read as a separator. */
function oldRelativeUri(path: string): string {
  return relativeUri(path.replace(/\\/g, '/'));
}

/** The path a URI names: its segments percent-decoded. */
function decodedPath(uri: string): string {
  return uri.split('/').map(decodeURIComponent).join('/');
}

test('issue 19 item 4: formatMarkdown with hostile findings: every table whole, nothing linked, mentioned or rendered as HTML', () => {
  const md = formatMarkdown(sampleReport(HOSTILE_PATHS.map((p) => hostileFinding(p))), OPTS);
  for (const section of ['## Fixable now', '## Fix these first', '## Migration plan', '## OWASP NHI Top 10 and CWE mapping']) assert.ok(md.includes(`\n${section}\n`), section);
  assert.deepEqual(markdownProblems(md, { comments: 0, details: 0 }), [], md);
  // Each hostile path is one row of the Fixable now table.
  const fixable = md.slice(md.indexOf('## Fixable now'), md.indexOf('```mermaid')).split('\n').filter((l) => l.startsWith('| high |'));
  assert.equal(fixable.length, HOSTILE_PATHS.length);
  assert.ok(!md.includes(FAKE_SECRETS.githubPat));
});

test('issue 19 item 4: formatMarkdown control: the same checks fail when a row carries the raw name', () => {
  const md = formatMarkdown(sampleReport([hostileFinding('a.env')]), OPTS).replace('| `custom.hostile-token` | `a.env:3` |', `| \`custom.hostile-token\` | ${HOSTILE_NAME} \n|x|`);
  const problems = markdownProblems(md);
  assert.ok(problems.some((p) => p.includes('mention')) && problems.some((p) => p.includes('not a whole row')), problems.join('\n'));
});

test('issue 19 item 4: SARIF artifact URIs are RFC 3986 relative references that name exactly the hostile file', () => {
  for (const p of HOSTILE_PATHS) {
    const uri = relativeUri(p);
    assert.match(uri, /^([A-Za-z0-9\-._~/]|%[0-9A-F]{2})*$/, JSON.stringify(p));
    assert.equal(decodedPath(uri), p.replace(/^\/+/, ''), JSON.stringify(p));
  }
  assert.equal(relativeUri('a b/#1?x=%41/ü\\z'), 'a%20b/%231%3Fx%3D%2541/%C3%BC%5Cz');
  // Control: the old helper named another file for a backslash (a\b is one file on POSIX, not a/b).
  const back = 'back\\slash\\`tick\\|pipe\\';
  assert.notEqual(decodedPath(oldRelativeUri(back)), back);
  assert.equal(decodedPath(relativeUri(back)), back);
});

test('issue 19 item 4: SARIF message.markdown and rule help are safe, and the Multitool with GitHub rules passes', async () => {
  const findings = HOSTILE_PATHS.map((p) => hostileFinding(p));
  const text = formatSarif(sampleReport(findings), OPTS);
  const log = JSON.parse(text) as sarif.Log;
  const run = log.runs[0]!;
  assert.equal(run.results!.length, findings.length);
  for (const r of run.results!) {
    const uri = r.locations![0]!.physicalLocation!.artifactLocation!.uri!;
    assert.ok(HOSTILE_PATHS.includes(decodedPath(uri)), uri);
    assert.deepEqual(markdownProblems(r.message.markdown!), [], r.message.markdown);
    assert.equal(r.fixes![0]!.artifactChanges[0]!.artifactLocation.uri, uri);
  }
  const rule = run.tool.driver.rules!.find((x) => x.id === 'custom.hostile-token')!;
  assert.deepEqual(markdownProblems(rule.help!.markdown!), [], rule.help!.markdown);
  assert.ok(!text.includes(FAKE_SECRETS.githubPat));
  const { errors } = await validateSarif(text);
  assert.deepEqual(errors, []);
});

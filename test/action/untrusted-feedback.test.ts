// Issue 19 item 4: a finding whose path and details are hostile (mentions, HTML, links, references, pipes,
// newlines, comment and <details> closers, bidi) in the review comment (with its fix blocks), the summary
// comment with its table, and the job summary: nothing GitHub would link, notify or render as HTML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findingMarker, reviewCommentBody, summaryBody, SUMMARY_MARKER } from '../../src/action/pr-feedback.js';
import { writeStepSummary } from '../../src/action/run.js';
import { formatSummaryTable } from '../../src/report/markdown.js';
import { FAKE_SECRETS, sampleReport } from '../helpers/sample-findings.js';
import { HOSTILE_NAME, HOSTILE_PATHS, hostileFinding, markdownProblems } from '../helpers/rendered-markdown.js';

test('issue 19 item 4: the review comment of a hostile finding, with its suggestion and whole-change blocks', () => {
  for (const p of HOSTILE_PATHS) {
    for (const suggestion of [true, false]) {
      const body = reviewCommentBody(hostileFinding(p, suggestion));
      // One marker; <details> for the migration and for the diff.
      assert.deepEqual(markdownProblems(body, { comments: 1, details: 2 }), [], `${JSON.stringify(p)} suggestion=${suggestion}\n${body}`);
      assert.ok(body.startsWith(`${findingMarker(hostileFinding(p))}\n`));
      assert.match(body, suggestion ? /\n(`{3,})suggestion\nrole: x\n\1\n/ : /<summary>The fix \(`keyshift fix`\): keyshift fix changes job /);
      assert.ok(!body.includes(FAKE_SECRETS.githubPat));
    }
  }
});

test('issue 19 item 4: the review comment control: the same checks fail on a body with the raw name', () => {
  const body = reviewCommentBody(hostileFinding('a.env')).replace('a.env now', `${HOSTILE_NAME} now`);
  const problems = markdownProblems(body, { comments: 1, details: 2 });
  assert.ok(problems.some((x) => x.includes('mention')) && problems.some((x) => x.includes('raw HTML: <img')) && problems.some((x) => x.includes('link syntax')), problems.join('\n'));
});

test('issue 19 item 4: the summary comment and formatSummaryTable with hostile findings keep their tables whole', () => {
  const findings = HOSTILE_PATHS.map((p) => hostileFinding(p));
  const body = summaryBody(findings, formatSummaryTable(sampleReport(findings)), undefined, 'abcdef1234567890');
  assert.deepEqual(markdownProblems(body, { comments: 1, details: 0 }), [], body);
  assert.ok(body.startsWith(`${SUMMARY_MARKER}\n`));
  const header = '| Severity | Location | Rule | Kind | Preview | Verified |';
  const lines = body.split('\n');
  const at = lines.indexOf(header);
  assert.ok(at > 0, body);
  // The header, the separator and one whole row per finding, then the blank line: a newline in a path made no row.
  assert.equal(lines[at + 2 + findings.length], '');
  assert.ok(lines.slice(at + 2, at + 2 + findings.length).every((l) => l.startsWith('| high | `')), body);
  assert.ok(!body.includes(FAKE_SECRETS.githubPat));
});

test('issue 19 item 4: the job summary (summary table and markdown inventory) with hostile findings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'keyshift-summary-'));
  try {
    const file = join(dir, 'summary.md');
    const findings = HOSTILE_PATHS.map((p) => hostileFinding(p));
    writeStepSummary({ env: { GITHUB_STEP_SUMMARY: file }, log: () => {} }, sampleReport(findings), findings.length);
    const md = readFileSync(file, 'utf8');
    assert.match(md, /^## keyshift\n/);
    assert.match(md, /## Fixable now/);
    assert.deepEqual(markdownProblems(md, { comments: 0, details: 0 }), [], md);
    assert.ok(!md.includes(FAKE_SECRETS.githubPat));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

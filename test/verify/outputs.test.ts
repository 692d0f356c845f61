// Verification in the rendered outputs (issue 16): the PR review comment, the summary comment's Verified
// column (only when the run verified), the markdown inventory's counts; untrusted identity text escaped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reviewCommentBody, summaryBody } from '../../src/action/pr-feedback.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { makeResult, sampleFindings } from '../helpers/sample-findings.js';

const CHECKED = '2026-12-02T12:00:00.000Z';

test('a verified finding has a Verified line in its review comment, identity escaped', () => {
  const [f] = sampleFindings();
  f!.verification = { status: 'active', checkedAt: CHECKED, identity: 'ci-bot <img src=x>', scopes: ['repo', 'workflow'], expiresAt: '2027-01-31T00:00:00.000Z' };
  const body = reviewCommentBody(f!);
  assert.match(body, /\nVerified with the provider: \*\*active\*\* as ci-bot \\<img src=x\\>; scopes repo, workflow; expires 2027-01-31\.\n/);
  f!.verification = { status: 'inactive', checkedAt: CHECKED, reason: 'GitHub answered 401 Bad credentials' };
  assert.match(reviewCommentBody(f!), /\*\*inactive\*\*; revoked or expired: remove it from history anyway\./);
  delete f!.verification;
  assert.doesNotMatch(reviewCommentBody(f!), /Verified/);
});

test('the summary comment has a Verified column only when the run verified', () => {
  const findings = sampleFindings();
  const plain = summaryBody(findings, 'table', undefined, 'abcdef1234567890');
  assert.doesNotMatch(plain, /Verified/);
  findings[0]!.verification = { status: 'active', checkedAt: CHECKED };
  const body = summaryBody(findings, 'table', undefined, 'abcdef1234567890');
  assert.match(body, /\| Severity \| Location \| Rule \| Kind \| Preview \| Verified \|/);
  assert.match(body, /\| active \|\n/);
  // Every row has the same number of cells as the header.
  const rows = body.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Kind') && !l.startsWith('| ---'));
  const cells = (l: string): number => l.replace(/\\\|/g, '').split('|').length;
  assert.ok(rows.every((r) => cells(r) === cells(rows[0]!)), rows.join('\n'));
});

test('the markdown inventory counts findings by verification status when the scan verified', () => {
  const findings = sampleFindings();
  const md = (): string => formatMarkdown({ result: makeResult(findings), rules: [], tool: { name: 'keyshift', version: '0', informationUri: 'x' } }, { showSecrets: false, color: false, verbose: false, showSuppressed: false });
  assert.doesNotMatch(md(), /By verification/);
  findings[0]!.verification = { status: 'inactive', checkedAt: CHECKED };
  assert.match(md(), /### By verification\n\n\| Status \| Findings \|\n\| --- \| --: \|\n(\| .* \|\n)*\| inactive \| 1 \|/);
});

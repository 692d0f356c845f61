// verifyFindings (src/verify/verify.ts): what is never sent, what has no verifier, and how an answer moves a
// finding (severity, note, short-lived kind from a near expiry).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { INACTIVE_NOTE, verifyFindings, withoutEmail } from '../../src/verify/verify.js';
import { makeFinding, SAMPLE_SPECS } from '../helpers/sample-findings.js';
import type { PatternSpec } from '../../src/model/types.js';

const NOW = new Date('2026-12-02T12:00:00Z');
const spec = (id: string, over: Partial<PatternSpec> = {}): PatternSpec => ({ ...Object.values(SAMPLE_SPECS)[0]!, id, kind: 'long-lived-credential', severity: 'high', ...over });

async function github(expiry: string | undefined, status = 200): Promise<{ base: string; hits: () => number; close: () => Promise<void> }> {
  let hits = 0;
  const server = createServer((_req, res) => {
    hits++;
    res.writeHead(status, { 'content-type': 'application/json', ...(expiry ? { 'github-authentication-token-expiration': expiry } : {}) });
    res.end(status === 200 ? '{"login":"bot"}' : '{"message":"Bad credentials"}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, hits: () => hits, close: () => new Promise((r) => server.close(() => r())) };
}

test('posture findings are never sent, a pattern without a verifier is unsupported, and neither makes a request', async () => {
  const fake = await github(undefined);
  try {
    const posture = makeFinding({ spec: spec('posture.github-actions.aws-static-keys'), path: '.github/workflows/ci.yml', line: 3, secret: '${{ secrets.AWS_SECRET }}' });
    const other = makeFinding({ spec: spec('acme.api-key'), path: 'a.env', line: 1, secret: 'acme_0123456789abcdef0123456789' });
    await verifyFindings([posture, other], { endpoints: { github: fake.base }, now: () => NOW });
    assert.equal(posture.verification, undefined);
    assert.deepEqual(other.verification, { status: 'unsupported', checkedAt: NOW.toISOString(), reason: 'no verifier for acme.api-key' });
    assert.equal(other.severity, 'high');
    assert.equal(fake.hits(), 0);
  } finally {
    await fake.close();
  }
});

test('active raises severity a level; an expiry within 24 hours makes the finding short-lived, a later one does not', async () => {
  for (const [expiry, kind] of [['2026-12-02 20:00:00 UTC', 'short-lived-token'], ['2027-03-01 00:00:00 UTC', 'long-lived-credential']] as const) {
    const fake = await github(expiry);
    try {
      const f = makeFinding({ spec: spec('github.pat-fine-grained'), path: 'a.env', line: 1, secret: `github_pat_${'A'.repeat(82)}` });
      await verifyFindings([f], { endpoints: { github: fake.base }, now: () => NOW });
      assert.equal(f.verification?.status, 'active');
      assert.equal(f.verification?.expiresAt, new Date(Date.parse(expiry.replace(' UTC', 'Z').replace(' ', 'T'))).toISOString());
      assert.equal(f.severity, 'critical');
      assert.equal(f.kind, kind, expiry);
    } finally {
      await fake.close();
    }
  }
});

test('inactive lowers severity a level and adds the note once', async () => {
  const fake = await github(undefined, 401);
  try {
    const f = makeFinding({ spec: spec('github.pat-classic'), path: 'a.env', line: 1, secret: `ghp_${'B'.repeat(36)}` });
    await verifyFindings([f], { endpoints: { github: fake.base }, now: () => NOW });
    assert.equal(f.verification?.status, 'inactive');
    assert.equal(f.severity, 'medium');
    assert.deepEqual(f.notes.filter((n) => n === INACTIVE_NOTE), [INACTIVE_NOTE]);
  } finally {
    await fake.close();
  }
});

test('an e-mail address in an identity is masked to its first letter and domain; logins and ARNs are kept', () => {
  assert.equal(withoutEmail('jane.doe@example.com'), 'j…@example.com');
  assert.equal(withoutEmail('user 42 (deploy for ops+ci@corp.example.org)'), 'user 42 (deploy for o…@corp.example.org)');
  assert.equal(withoutEmail('arn:aws:iam::123456789012:user/ci-deployer'), 'arn:aws:iam::123456789012:user/ci-deployer');
  assert.equal(withoutEmail('octocat'), 'octocat');
});

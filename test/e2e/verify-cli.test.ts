// `scan --verify` (issue 16) against fake providers on 127.0.0.1: GitHub, GitLab and Slack answer active,
// revoked and slow tokens; the scan reports active with identity and scopes, inactive, and error with a
// one-line reason; without --verify the fakes see no request; the secret is sent only in its header.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { runCliAsync, tempDir } from '../helpers/hostile.js';
import { makeToken, mulberry32, randomString } from '../helpers/fake-tokens.js';

const LIVE = makeToken('github.pat-classic', 1701);
const DEAD = makeToken('github.pat-classic', 1702);
const SLOW = makeToken('github.pat-classic', 1703);
const GL_LIVE = makeToken('gitlab.pat.routable', 1704);
const GL_DEAD = makeToken('gitlab.pat.routable', 1705);
const rng = mulberry32(1706);
const DIGITS = '0123456789';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const slackBot = (): string => `xoxb-${randomString(rng, DIGITS, 11)}-${randomString(rng, DIGITS, 13)}-${randomString(rng, ALNUM, 24)}`;
const SLACK_LIVE = slackBot();
const SLACK_DEAD = slackBot();
const AWS_ID_LIVE = makeToken('aws.access-key-id', 1708);
const AWS_ID_DEAD = makeToken('aws.access-key-id', 1709);
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const AWS_SECRET_LIVE = randomString(rng, B64, 40);
const AWS_SECRET_DEAD = randomString(rng, B64, 40);

interface Seen {
  method: string;
  url: string;
  auth: string;
}

/** One fake for all three providers (distinct paths), recording every request. */
async function fakeProviders(): Promise<{ base: string; seen: Seen[]; close: () => Promise<void> }> {
  const seen: Seen[] = [];
  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  const server = createServer((req: IncomingMessage, res) => {
    const auth = String(req.headers.authorization ?? req.headers['private-token'] ?? '');
    seen.push({ method: req.method ?? '', url: req.url ?? '', auth });
    req.resume();
    const token = auth.replace(/^Bearer /, '');
    if (req.url === '/gh/user') {
      if (token === LIVE) return send(res, 200, { login: 'ci-bot', id: 1 }, { 'x-oauth-scopes': 'repo, workflow' });
      if (token === SLOW) return void setTimeout(() => send(res, 200, { login: 'late' }), 3000);
      return send(res, 401, { message: 'Bad credentials' });
    }
    if (req.url === '/gl/api/v4/personal_access_tokens/self') {
      if (token === GL_LIVE) return send(res, 200, { id: 7, name: 'deploy', revoked: false, active: true, user_id: 42, scopes: ['api', 'read_repository'], expires_at: '2027-06-30' });
      if (token === GL_DEAD) return send(res, 200, { id: 8, name: 'old', revoked: true, active: false, user_id: 42, scopes: ['api'] });
      return send(res, 401, { message: '401 Unauthorized' });
    }
    if (req.url === '/aws/') {
      // A real STS checks the signature; the fake checks that the request is SigV4 for STS with this key id.
      if (!/^AWS4-HMAC-SHA256 Credential=AKIA[A-Z2-7]{16}\/\d{8}\/us-east-1\/sts\/aws4_request, SignedHeaders=.*, Signature=[0-9a-f]{64}$/.test(auth)) return send(res, 400, {});
      if (auth.includes(`Credential=${AWS_ID_LIVE}/`)) {
        res.writeHead(200, { 'content-type': 'text/xml' });
        return void res.end(`<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/deployer</Arn><UserId>AIDAEXAMPLE</UserId><Account>123456789012</Account></GetCallerIdentityResult></GetCallerIdentityResponse>`);
      }
      res.writeHead(403, { 'content-type': 'text/xml' });
      return void res.end('<ErrorResponse><Error><Type>Sender</Type><Code>InvalidClientTokenId</Code><Message>The security token included in the request is invalid.</Message></Error></ErrorResponse>');
    }
    if (req.url === '/sl/api/auth.test') {
      if (token === SLACK_LIVE) return send(res, 200, { ok: true, team: 'Acme', user: 'deploybot' });
      return send(res, 200, { ok: false, error: 'token_revoked' });
    }
    send(res, 404, {});
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, seen, close: () => new Promise((r) => server.close(() => r())) };
}

interface JsonFinding {
  ruleId: string;
  line: number;
  severity: string;
  notes: string[];
  verification?: { status: string; checkedAt: string; identity?: string; scopes?: string[]; expiresAt?: string; reason?: string };
}

test('--verify reports active, inactive and error from loopback fakes; without it the fakes see nothing', async () => {
  const fake = await fakeProviders();
  const { dir, cleanup } = tempDir('verify');
  try {
    writeFileSync(
      join(dir, 'tokens.env'),
      [LIVE, DEAD, SLOW, GL_LIVE, GL_DEAD, SLACK_LIVE, SLACK_DEAD].map((t, i) => `TOKEN_${i}=${t}`).join('\n') +
        `\nAGAIN=${LIVE}\n` +
        `AWS_ACCESS_KEY_ID=${AWS_ID_LIVE}\nAWS_SECRET_ACCESS_KEY=${AWS_SECRET_LIVE}\n` +
        `OLD_AWS_ACCESS_KEY_ID=${AWS_ID_DEAD}\nOLD_AWS_SECRET_ACCESS_KEY=${AWS_SECRET_DEAD}\n`,
    );
    writeFileSync(
      join(dir, '.keyshift.yaml'),
      `verify:\n  timeout-ms: 1000\n  endpoints:\n    github: ${fake.base}/gh\n    gitlab: ${fake.base}/gl\n    slack: ${fake.base}/sl\n    aws: ${fake.base}/aws\n`,
    );
    const plain = await runCliAsync(['scan', '.', '--format', 'json', '--fail-on', 'none'], dir);
    assert.equal(plain.status, 0, plain.stderr);
    assert.equal(fake.seen.length, 0, 'no request without --verify');
    assert.ok((JSON.parse(plain.stdout) as { findings: JsonFinding[] }).findings.every((f) => f.verification === undefined));

    const r = await runCliAsync(['scan', '.', '--format', 'json', '--fail-on', 'none', '--verify'], dir);
    assert.equal(r.status, 0, r.stderr);
    const findings = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
    const by = (line: number): JsonFinding => findings.find((f) => f.line === line)!;
    const v = (line: number) => {
      const x = by(line).verification!;
      return { status: x.status, identity: x.identity, scopes: x.scopes, expiresAt: x.expiresAt };
    };
    assert.deepEqual(v(1), { status: 'active', identity: 'ci-bot', scopes: ['repo', 'workflow'], expiresAt: undefined });
    assert.equal(by(2).verification!.status, 'inactive');
    assert.ok(by(2).notes.includes('revoked or expired: remove it from history anyway'));
    assert.equal(by(3).verification!.status, 'error');
    assert.match(by(3).verification!.reason!, /^no answer from 127\.0\.0\.1:\d+ within 1000 ms$/);
    assert.deepEqual(v(4), { status: 'active', identity: 'user 42 (deploy)', scopes: ['api', 'read_repository'], expiresAt: '2027-06-30T00:00:00.000Z' });
    assert.equal(by(5).verification!.status, 'inactive');
    assert.deepEqual(v(6), { status: 'active', identity: 'deploybot @ Acme', scopes: undefined, expiresAt: undefined });
    assert.equal(by(7).verification!.status, 'inactive');
    // AWS: the pair (key id on line 9, secret on line 10) is one finding at the secret, signed with the key id.
    assert.deepEqual(v(10), { status: 'active', identity: 'arn:aws:iam::123456789012:user/deployer', scopes: undefined, expiresAt: undefined });
    assert.equal(by(12).verification!.status, 'inactive');
    assert.equal(by(12).verification!.reason, 'STS: InvalidClientTokenId');
    assert.ok(findings.every((f) => !Number.isNaN(Date.parse(f.verification!.checkedAt))));
    // Severity moves with the answer: active up one level from the same finding unverified, inactive down one.
    const before = (JSON.parse(plain.stdout) as { findings: JsonFinding[] }).findings;
    const order = ['low', 'medium', 'high', 'critical'];
    const rank = (s: string): number => order.indexOf(s);
    assert.equal(rank(by(1).severity), Math.min(3, rank(before.find((f) => f.line === 1)!.severity) + 1));
    assert.equal(rank(by(2).severity), Math.max(0, rank(before.find((f) => f.line === 2)!.severity) - 1));
    // One request per distinct secret: line 8 repeats line 1's token; the fake saw 9 requests, each with the
    // secret only in its header, never in the URL; and nothing in any output or error holds a token.
    assert.equal(fake.seen.length, 9);
    assert.equal(by(8).verification!.status, 'active');
    const all = [LIVE, DEAD, SLOW, GL_LIVE, GL_DEAD, SLACK_LIVE, SLACK_DEAD, AWS_ID_LIVE, AWS_ID_DEAD, AWS_SECRET_LIVE, AWS_SECRET_DEAD];
    for (const s of fake.seen) {
      assert.ok(!all.some((t) => s.url.includes(t)));
      assert.ok(s.auth.length > 0);
      // The AWS secret itself never travels: only the signature made with it.
      assert.ok(!s.auth.includes(AWS_SECRET_LIVE) && !s.auth.includes(AWS_SECRET_DEAD));
    }
    for (const t of all) assert.ok(!r.stdout.includes(t) && !r.stderr.includes(t));
    // The text report has the line too.
    const text = await runCliAsync(['scan', '.', '--fail-on', 'none', '--verify', '--no-color'], dir);
    assert.match(text.stdout, /verified: active as ci-bot scopes repo, workflow/);
  } finally {
    cleanup();
    await fake.close();
  }
});

test('verify.endpoints must be https, or http to loopback; a bad one is a configuration error (exit 2)', async () => {
  const { dir, cleanup } = tempDir('verify-bad');
  try {
    writeFileSync(join(dir, 'a.txt'), 'x\n');
    writeFileSync(join(dir, '.keyshift.yaml'), 'verify:\n  endpoints:\n    github: http://example.com/api\n');
    const r = await runCliAsync(['scan', '.', '--verify'], dir);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /verify\.endpoints\.github: http is allowed only to loopback/);
  } finally {
    cleanup();
  }
});

test('the pre-commit hook never verifies because of the config file; scan --staged --verify does', async () => {
  const fake = await fakeProviders();
  const { dir, cleanup } = tempDir('verify-hook');
  try {
    const git = (...args: string[]): void => void execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    writeFileSync(join(dir, '.keyshift.yaml'), `verify:\n  enabled: true\n  endpoints:\n    github: ${fake.base}/gh\n`);
    writeFileSync(join(dir, 'app.env'), `GITHUB_TOKEN=${LIVE}\n`);
    git('add', 'app.env');
    const hook = await runCliAsync(['hook', 'run'], dir);
    assert.equal(hook.status, 1, hook.stderr);
    assert.equal(fake.seen.length, 0, 'the hook made no request');
    const staged = await runCliAsync(['scan', '--staged', '--verify', '--format', 'json', '--fail-on', 'none'], dir);
    assert.equal(staged.status, 0, staged.stderr);
    assert.equal((JSON.parse(staged.stdout) as { findings: JsonFinding[] }).findings[0]!.verification!.status, 'active');
    assert.equal(fake.seen.length, 1);
  } finally {
    cleanup();
    await fake.close();
  }
});

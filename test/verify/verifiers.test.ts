// Each verifier against a loopback fake of its provider: the request it makes (method, path, where the secret
// goes), and how it reads active, revoked and rate-limited answers. Plus the registry: every pattern id a
// verifier names exists in the catalog, and none is claimed twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkBaseUrl, fetcherFor } from '../../src/verify/http.js';
import { VERIFIERS } from '../../src/verify/registry.js';
import type { Verifier } from '../../src/verify/types.js';
import { loadPatterns } from '../../src/catalog/load.js';
import { loadStructuredRules } from '../../src/catalog/structured.js';

interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}
interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

async function ask(v: Verifier, secret: string, reply: Reply, partner?: string): Promise<{ answer: Awaited<ReturnType<Verifier['check']>>; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString() });
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      res.end(typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const { port } = server.address() as AddressInfo;
    const answer = await v.check(secret, fetcherFor(checkBaseUrl(`http://127.0.0.1:${port}`), 3000), partner);
    return { answer, seen };
  } finally {
    await new Promise<void>((r) => server.close(() => r()));
  }
}

const byProvider = (p: string): Verifier => VERIFIERS.find((v) => v.provider === p)!;
const SECRET = 'fake-secret-value-0123456789';

const CASES: { provider: string; method: string; path: string; header: (h: IncomingHttpHeaders) => string | undefined; live: Reply; identity?: string; scopes?: string[]; dead: number }[] = [
  { provider: 'npm', method: 'GET', path: '/-/whoami', header: (h) => h.authorization, live: { status: 200, body: { username: 'publisher' } }, identity: 'publisher', dead: 401 },
  { provider: 'huggingface', method: 'GET', path: '/api/whoami-v2', header: (h) => h.authorization, live: { status: 200, body: { name: 'ml-bot', auth: { accessToken: { role: 'write' } } } }, identity: 'ml-bot', scopes: ['write'], dead: 401 },
  { provider: 'openai', method: 'GET', path: '/v1/models', header: (h) => h.authorization, live: { status: 200, body: { data: [] } }, dead: 401 },
  { provider: 'anthropic', method: 'GET', path: '/v1/models', header: (h) => h['x-api-key'] as string, live: { status: 200, body: { data: [] } }, dead: 401 },
  { provider: 'stripe', method: 'GET', path: '/v1/account', header: (h) => h.authorization, live: { status: 200, body: { id: 'acct_123' } }, identity: 'acct_123 (test mode)', dead: 401 },
  { provider: 'sendgrid', method: 'GET', path: '/v3/scopes', header: (h) => h.authorization, live: { status: 200, body: { scopes: ['mail.send'] } }, scopes: ['mail.send'], dead: 403 },
  { provider: 'datadog', method: 'GET', path: '/api/v1/validate', header: (h) => h['dd-api-key'] as string, live: { status: 200, body: { valid: true } }, dead: 403 },
  { provider: 'mailgun', method: 'GET', path: '/v3/domains?limit=1', header: (h) => Buffer.from(String(h.authorization).replace(/^Basic /, ''), 'base64').toString(), live: { status: 200, body: { items: [] } }, dead: 401 },
];

for (const c of CASES) {
  test(`${c.provider}: ${c.method} ${c.path}; active, inactive on ${c.dead}, unknown on 429; the secret only in its header`, async () => {
    const v = byProvider(c.provider);
    const live = await ask(v, SECRET, c.live);
    assert.equal(live.answer.status, 'active', JSON.stringify(live.answer));
    assert.equal(live.answer.identity, c.identity);
    assert.deepEqual(live.answer.scopes, c.scopes);
    assert.equal(live.seen.length, 1);
    assert.equal(live.seen[0]!.method, c.method);
    assert.equal(live.seen[0]!.url, c.path);
    assert.ok(c.header(live.seen[0]!.headers)?.includes(SECRET), 'the secret is in the expected header');
    assert.ok(!live.seen[0]!.url.includes(SECRET));
    const dead = await ask(v, SECRET, { status: c.dead, body: { error: 'invalid' } });
    assert.equal(dead.answer.status, 'inactive');
    assert.ok(!JSON.stringify(dead.answer).includes(SECRET));
    const limited = await ask(v, SECRET, { status: 429, body: {} });
    assert.equal(limited.answer.status, 'unknown');
    const broken = await ask(v, SECRET, { status: 500, body: 'oops' });
    assert.deepEqual(broken.answer.status, 'error');
  });
}

test('a live Stripe restricted key without the account permission (403 permission_error) is active', async () => {
  const r = await ask(byProvider('stripe'), 'rk_live_fake', { status: 403, body: { error: { type: 'permission_error' } } });
  assert.equal(r.answer.status, 'active');
  assert.equal(r.answer.identity, 'live mode');
});

const basic = (h: IncomingHttpHeaders): string => Buffer.from(String(h.authorization).replace(/^Basic /, ''), 'base64').toString();

test('twilio: GET the account with Basic SID:token; active, suspended and 401 inactive; no SID is unsupported with no request', async () => {
  const v = byProvider('twilio');
  const sid = 'AC3f1b7d9e2a4c6b8d0f2e4a6c8b0d2f4e';
  const token = 'e9fc829927bf35bcdaab94b84a72abe1';
  const live = await ask(v, token, { status: 200, body: { sid, status: 'active', friendly_name: 'Jane Doe' } }, sid);
  assert.equal(live.answer.status, 'active');
  assert.equal(live.answer.identity, `account ${sid}`, 'the friendly name (often a person) is not reported');
  assert.equal(live.seen[0]!.url, `/2010-04-01/Accounts/${sid}.json`);
  assert.equal(basic(live.seen[0]!.headers), `${sid}:${token}`);
  assert.ok(!live.seen[0]!.url.includes(token));
  const suspended = await ask(v, token, { status: 200, body: { sid, status: 'suspended' } }, sid);
  assert.equal(suspended.answer.status, 'inactive');
  assert.equal((await ask(v, token, { status: 401, body: { code: 20003 } }, sid)).answer.status, 'inactive');
  assert.equal((await ask(v, token, { status: 429, body: {} }, sid)).answer.status, 'unknown');
  const alone = await ask(v, token, { status: 200, body: {} });
  assert.equal(alone.answer.status, 'unsupported');
  assert.equal(alone.seen.length, 0);
});

test('pypi: an upload request with no file, name or version; 400 is active, 403 inactive; the form cannot publish', async () => {
  const v = byProvider('pypi');
  const token = 'pypi-AgEIcHlwaS5vcmcfake';
  const live = await ask(v, token, { status: 400, body: 'Invalid value for name' });
  assert.equal(live.answer.status, 'active');
  const seen = live.seen[0]!;
  assert.equal(seen.method, 'POST');
  assert.equal(seen.url, '/legacy/');
  assert.equal(basic(seen.headers), `__token__:${token}`);
  assert.match(seen.body, /name=":action"\r\n\r\nfile_upload/);
  // What would make it an upload is absent: no content part, no filename, no name or version field.
  assert.doesNotMatch(seen.body, /name="(content|name|version|sha256_digest)"|filename=/);
  assert.ok(!seen.body.includes(token));
  assert.equal((await ask(v, token, { status: 403, body: 'Invalid or non-existent authentication information.' })).answer.status, 'inactive');
  assert.equal((await ask(v, token, { status: 429, body: '' })).answer.status, 'unknown');
  assert.equal((await ask(v, token, { status: 200, body: '' })).answer.status, 'error', 'a 200 is not a reading this check knows');
});

test('private keys are unverifiable: unsupported, and no request is made', async () => {
  const r = await ask(byProvider('private-key'), '-----BEGIN OPENSSH PRIVATE KEY-----', { status: 200, body: {} });
  assert.equal(r.answer.status, 'unsupported');
  assert.match(r.answer.reason!, /^unverifiable/);
  assert.equal(r.seen.length, 0);
});

test('the registry: every pattern id a verifier names is in the catalog, none is claimed twice, docs are https', () => {
  const ids = new Set([...loadPatterns().patterns, ...loadStructuredRules().patterns].map((p) => p.id));
  const claimed = new Map<string, string>();
  for (const v of VERIFIERS) {
    assert.match(v.docs, /^https:\/\//, v.provider);
    for (const id of v.patterns) {
      assert.ok(ids.has(id), `${v.provider}: ${id} is not a pattern id`);
      assert.equal(claimed.get(id), undefined, `${id} claimed by ${claimed.get(id)} and ${v.provider}`);
      claimed.set(id, v.provider);
    }
  }
});

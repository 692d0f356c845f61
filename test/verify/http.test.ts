// The verifier's network rules (src/verify/http.ts, verify.ts): base URLs, no redirects, one host only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkBaseUrl, fetcherFor, joinUrl } from '../../src/verify/http.js';
import { github } from '../../src/verify/verifiers/github.js';

async function serve(handler: Parameters<typeof createServer>[1]): Promise<{ base: string; hits: string[]; close: () => Promise<void> }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    handler!(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, hits, close: () => new Promise((r) => server.close(() => r())) };
}

test('base URLs: https anywhere, http only to loopback, no credentials or query', () => {
  assert.equal(checkBaseUrl('https://github.example.com/api/v3').host, 'github.example.com');
  assert.equal(checkBaseUrl('http://127.0.0.1:8080/x').port, '8080');
  assert.throws(() => checkBaseUrl('http://github.example.com'), /only to loopback/);
  assert.throws(() => checkBaseUrl('https://user:pw@github.example.com'), /user name or password/);
  assert.throws(() => checkBaseUrl('https://github.example.com/?token=x'), /query/);
  assert.throws(() => checkBaseUrl('file:///etc/passwd'), /protocol/);
  assert.throws(() => checkBaseUrl('not a url'), /not a URL/);
  assert.equal(joinUrl(new URL('https://h.example/api/v3/'), '/user').href, 'https://h.example/api/v3/user');
});

test('a redirect to another host is not followed: the verifier reports an error and the other host sees nothing', async () => {
  const other = await serve((_req, res) => res.end('{}'));
  const first = await serve((_req, res) => {
    res.writeHead(302, { location: `${other.base}/user` });
    res.end();
  });
  try {
    const answer = await github.check('ghp_fake', fetcherFor(checkBaseUrl(first.base), 2000));
    assert.deepEqual(answer, { status: 'error', reason: 'GitHub answered HTTP 302' });
    assert.deepEqual(first.hits, ['/user']);
    assert.deepEqual(other.hits, []);
  } finally {
    await first.close();
    await other.close();
  }
});

test('a connection refused is an error naming the host and code, never the token', async () => {
  const gone = await serve((_req, res) => res.end());
  const base = gone.base;
  await gone.close();
  await assert.rejects(fetcherFor(checkBaseUrl(base), 2000)({ method: 'GET', path: '/user', headers: { authorization: 'Bearer ghp_secretvalue' } }), (err: Error) => {
    assert.match(err.message, /^could not reach 127\.0\.0\.1:\d+/);
    assert.ok(!err.message.includes('ghp_secretvalue'));
    return true;
  });
});

test('backoff: a 429 with Retry-After is retried after the asked wait (capped), a lasting 429 is the answer', async () => {
  const { withBackoff, MAX_BACKOFF_MS } = await import('../../src/verify/http.js');
  const headers = (h: Record<string, string>): Headers => new Headers(h);
  let calls = 0;
  const waits: number[] = [];
  const sleep = async (ms: number): Promise<void> => void waits.push(ms);
  const once = withBackoff(async () => (++calls === 1 ? { status: 429, headers: headers({ 'retry-after': '2' }), body: '' } : { status: 200, headers: headers({}), body: '{}' }), sleep);
  assert.equal((await once({ method: 'GET', path: '/user', headers: {} })).status, 200);
  assert.equal(calls, 2);
  assert.deepEqual(waits, [2000]);
  calls = 0;
  waits.length = 0;
  const always = withBackoff(async () => (calls++, { status: 429, headers: headers({ 'retry-after': '3600' }), body: '' }), sleep);
  assert.equal((await always({ method: 'GET', path: '/user', headers: {} })).status, 429);
  assert.equal(calls, 3);
  assert.deepEqual(waits, [MAX_BACKOFF_MS, MAX_BACKOFF_MS]);
  // No Retry-After: 500 ms, then 1 s. A plain 503 (no Retry-After) is not retried.
  calls = 0;
  waits.length = 0;
  await withBackoff(async () => (calls++, { status: 429, headers: headers({}), body: '' }), sleep)({ method: 'GET', path: '/', headers: {} });
  assert.deepEqual(waits, [500, 1000]);
  calls = 0;
  await withBackoff(async () => (calls++, { status: 503, headers: headers({}), body: '' }), sleep)({ method: 'GET', path: '/', headers: {} });
  assert.equal(calls, 1);
});

test('at most two requests to one provider are in flight at once, and each distinct secret is asked once', async () => {
  const { verifyFindings, PER_PROVIDER } = await import('../../src/verify/verify.js');
  const { makeFinding, SAMPLE_SPECS } = await import('../helpers/sample-findings.js');
  let inFlight = 0;
  let most = 0;
  const srv = await serve((_req, res) => {
    inFlight++;
    most = Math.max(most, inFlight);
    setTimeout(() => {
      inFlight--;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"login":"bot"}');
    }, 40);
  });
  try {
    const spec = { ...Object.values(SAMPLE_SPECS)[0]!, id: 'github.pat-classic' };
    const findings = Array.from({ length: 8 }, (_, i) => makeFinding({ spec, path: 'a.env', line: i + 1, secret: `ghp_distinct_${i % 6}_${'x'.repeat(30)}` }));
    await verifyFindings(findings, { endpoints: { github: srv.base }, concurrency: 4 });
    assert.ok(most <= PER_PROVIDER && most >= 1, `peak in flight ${most}`);
    assert.equal(srv.hits.length, 6, 'six distinct secrets, six requests');
    assert.ok(findings.every((f) => f.verification?.status === 'active'));
  } finally {
    await srv.close();
  }
});

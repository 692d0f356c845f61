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

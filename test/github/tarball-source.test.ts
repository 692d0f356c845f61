// The tarball source: one API request for a repository's whole tree. Against a loopback server that answers
// the API route with a redirect to a second "codeload" server (as GitHub does): the archive is followed and
// read, the token is sent to the API and never to the redirect target, the archive's leading folder is
// dropped from every path, include/exclude and the file-size cap apply, a symlink is never read, an API error
// keeps its status, and the expanded-size budget stops a large archive with one skip.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { Header } from 'tar';
import { createClient } from '../../src/github/client.js';
import { tarballEntries, tarballItems } from '../../src/github/tarball-source.js';
import { tarOf } from '../helpers/archives.js';
import { makeToken, mulberry32 } from '../helpers/fake-tokens.js';

const TOKEN = makeToken('github.pat-classic', 7);
const SECRET = makeToken('aws.access-key-id', 3);
const text = (c: Uint8Array): string => Buffer.from(c).toString('utf8');

function symlinkEntry(name: string, target: string): Buffer {
  const h = new Header({ path: name, linkpath: target, size: 0, type: 'SymbolicLink', mode: 0o777, mtime: new Date(0) });
  const block = Buffer.alloc(512);
  h.encode(block, 0);
  return block;
}

function archive(): Buffer {
  const files = tarOf([
    ['octo-svc-abc1234/README.md', '# svc\n'],
    ['octo-svc-abc1234/src/config.ts', `export const key = "${SECRET}";\n`],
    ['octo-svc-abc1234/vendor/big.js', 'x'.repeat(5000)],
    ['octo-svc-abc1234/docs/notes.txt', 'notes\n'],
  ]);
  // A symlink before the end-of-archive blocks.
  return gzipSync(Buffer.concat([files.subarray(0, files.length - 1024), symlinkEntry('octo-svc-abc1234/link', '/etc/passwd'), Buffer.alloc(1024)]));
}

function listen(handler: (url: string, headers: IncomingHttpHeaders, res: import('node:http').ServerResponse) => void): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => handler(req.url ?? '', req.headers, res));
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const a = server.address() as { port: number };
    resolve({ server, url: `http://127.0.0.1:${a.port}` });
  }));
}

test('one request, followed to codeload; the token stays with the API; paths relative to the repository', async () => {
  const seen: { api: IncomingHttpHeaders[]; codeload: IncomingHttpHeaders[] } = { api: [], codeload: [] };
  const codeload = await listen((_url, headers, res) => {
    seen.codeload.push(headers);
    res.writeHead(200, { 'content-type': 'application/x-gzip' }).end(archive());
  });
  const api = await listen((url, headers, res) => {
    seen.api.push(headers);
    if (url === '/repos/octo/svc/tarball/abc1234') res.writeHead(302, { location: `${codeload.url}/octo/svc/legacy.tar.gz/abc1234` }).end();
    else res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}');
  });
  try {
    const client = createClient({ token: TOKEN, baseUrl: api.url });
    const out = await tarballItems(client, { owner: 'octo', repo: 'svc', ref: 'abc1234', include: [], exclude: ['docs/**'], maxFileSize: 1000 });
    assert.equal(seen.api.length, 1);
    assert.equal(seen.codeload.length, 1);
    assert.match(String(seen.api[0]!.authorization), /^token |^bearer /i);
    assert.equal(seen.codeload[0]!.authorization, undefined, 'the token must not follow the redirect to another host');
    const files = out.filter((x): x is { path: string; content: Uint8Array } => 'content' in x);
    assert.deepEqual(files.map((f) => f.path), ['README.md', 'src/config.ts']);
    assert.ok(text(files[1]!.content).includes(SECRET));
    const skips = out.filter((x) => 'reason' in x) as { path: string; reason: string }[];
    assert.deepEqual(skips.map((s) => `${s.path}:${s.reason}`), ['vendor/big.js:too-large']);

    await assert.rejects(tarballItems(client, { owner: 'octo', repo: 'gone', ref: 'main', include: [], exclude: [], maxFileSize: 1000 }), (e: { status?: number }) => e.status === 404);
  } finally {
    api.server.close();
    codeload.server.close();
  }
});

test('the expanded-size budget stops a large archive with one skip, and a broken archive is a skip, not a throw', () => {
  // Incompressible content, so the archive expands gradually as it is read (a run of one letter would
  // expand all at once and be stopped before its first file).
  const rng = mulberry32(11);
  const noise = (): string => Array.from({ length: 200_000 }, () => String.fromCharCode(33 + Math.floor(rng() * 90))).join('');
  const big = gzipSync(tarOf([['r-x/a.txt', noise()], ['r-x/b.txt', noise()], ['r-x/c.txt', noise()]]));
  const out = [...tarballEntries(big, { owner: 'o', repo: 'r', ref: 'x', include: [], exclude: [], maxFileSize: 1e6, maxBytes: 300_000 })];
  const files = out.filter((x) => 'content' in x);
  const skips = out.filter((x) => 'reason' in x) as { reason: string }[];
  assert.equal(files.length, 1);
  assert.deepEqual(skips.map((s) => s.reason), ['archive-limit']);

  const broken = [...tarballEntries(new Uint8Array(Buffer.from('not a tarball at all')), { owner: 'o', repo: 'r', ref: 'x', include: [], exclude: [], maxFileSize: 1e6 })];
  assert.ok(broken.length <= 1);
});

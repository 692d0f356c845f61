import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  allowList,
  checksum,
  codeIdentifier,
  documentationPlaceholder,
  encodedBlob,
  encodedContext,
  hashWithContext,
  isLockfile,
  isMinified,
  lengthSanity,
  longestRuns,
  lowEntropy,
  placeholderReason,
  rejectReason,
  repeatedOrSequential,
  uuidValue,
  type Candidate,
} from '../../src/detect/filters.js';
import type { PatternSpec } from '../../src/model/types.js';
import { spec } from './helpers.js';

const prefixed = spec({ id: 'acme.key', keywords: ['acme_'], regex: '(acme_[a-z0-9]+)' });
const generic = spec({ id: 'generic.secret', keywords: ['secret'], regex: '(x)', generic: true, minEntropy: 3.5 });

/** A candidate whose secret sits at the end of `before + secret`. */
function cand(secret: string, s: PatternSpec = prefixed, extra: Partial<Candidate> = {}, before = 'k = '): Candidate {
  const text = before + secret;
  return { spec: s, allow: [], secret, text, start: before.length, end: text.length, notes: [], ...extra };
}

test('lengthSanity: tiny captures for all patterns, 8-150 for generic ones', () => {
  assert.equal(lengthSanity(cand('abc')), 'too-short');
  assert.equal(lengthSanity(cand('abcd')), undefined);
  assert.equal(lengthSanity(cand('abcdefg', generic)), 'generic-length');
  assert.equal(lengthSanity(cand('a'.repeat(151), generic)), 'generic-length');
  assert.equal(lengthSanity(cand('abcdefgh', generic)), undefined);
});

test('allowList: a matching allow regex drops the value', () => {
  const allow = [/^acme_0+$/, /EXAMPLE/];
  assert.equal(allowList(cand('acme_0000', prefixed, { allow })), 'allow-list');
  assert.equal(allowList(cand('acme_k3j2', prefixed, { allow })), undefined);
});

test('documentationPlaceholder: documented examples, masks and references are dropped', () => {
  const dropped = [
    'AKIAIOSFODNN7EXAMPLE',
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'my-sample-token-1',
    'dummy_value_7',
    'fake-key-abc',
    'changeme123',
    'your_api_key_here',
    'sk_live_xxxxxxxxxxxx',
    'TOKENXXXXXXXX',
    'abc****def',
    '<token>',
    '<YOUR_API_KEY>',
    '${API_TOKEN}',
    '$API_TOKEN',
    '%API_TOKEN%',
    '${{ secrets.API_TOKEN }}',
    '{{ api_token }}',
    'process.env.API_TOKEN',
    'os.environ["API_TOKEN"]',
    'os.getenv("API_TOKEN")',
    '!Ref ApiToken',
    'vault:secret/data/app#token',
    'arn:aws:secretsmanager:us-east-1:123456789012:secret:app',
    'ENC[AES256_GCM,data:abc,iv:def]',
  ];
  for (const v of dropped) assert.ok(placeholderReason(v) !== undefined, `expected a placeholder: ${v}`);
  assert.equal(placeholderReason('AKIAQ7RSTV2WXYZ3ABCD'), undefined);
  assert.equal(placeholderReason('k3J9xXy2Lm'), undefined, 'mixed-case xXx is not a mask');
  assert.equal(documentationPlaceholder(cand('${{ secrets.API_TOKEN }}')), 'reference');
  assert.equal(documentationPlaceholder(cand('your_api_key_here')), 'placeholder-like');
});

test('documentationPlaceholder: a reference judged from the text right before the value', () => {
  assert.equal(documentationPlaceholder(cand('secrets.API_TOKEN }}', prefixed, {}, 'token: ${{ ')), 'reference');
  assert.equal(documentationPlaceholder(cand('API_TOKEN', prefixed, {}, 'key=$')), 'reference');
  assert.equal(documentationPlaceholder(cand('k3J9q2Lm8Z', prefixed, {}, 'key=')), undefined);
});

test('documentationPlaceholder: a value that passes its checksum is kept with a note', () => {
  const c = cand('acme_xxx_k3j2', prefixed, { validator: () => true });
  assert.equal(documentationPlaceholder(c), undefined);
  assert.deepEqual(c.notes, ['placeholder-like']);
  assert.equal(c.checksumValid, true);
});

test('longestRuns: repeated and sequential runs', () => {
  assert.deepEqual(longestRuns('aaaab'), { repeated: 4, sequential: 2 });
  assert.deepEqual(longestRuns('x0123456789abcdefx'), { repeated: 1, sequential: 16 });
  assert.deepEqual(longestRuns('zyxw1'), { repeated: 1, sequential: 4 });
  assert.deepEqual(longestRuns('abab'), { repeated: 1, sequential: 2 });
  assert.deepEqual(longestRuns(''), { repeated: 0, sequential: 0 });
});

test('repeatedOrSequential: runs of 6+ that make a quarter of the value', () => {
  assert.equal(repeatedOrSequential(cand('aaaaaaaa')), 'repeated-chars');
  assert.equal(repeatedOrSequential(cand('key_0123456789')), 'sequential-chars');
  assert.equal(repeatedOrSequential(cand('xoxb-1234-5678-abcdef')), 'sequential-chars');
  assert.equal(repeatedOrSequential(cand('k3J9q2Lm8Zp4')), undefined);
  // Long base64 key material holds runs of A that are a small share of it.
  assert.equal(repeatedOrSequential(cand(`b3Blbn${'AAAAAAAA'}${'k3J9q2Lm8Zp4W7vT'.repeat(4)}`)), undefined);
});

test('encodedBlob: data URIs, images, fonts and SSH public keys', () => {
  for (const v of [
    'data:image/png;base64,iVBORw0KGgo',
    'iVBORw0KGgoAAAANSUhEUgAA',
    '/9j/4AAQSkZJRgABAQ',
    'R0lGODlhAQABAIAAAP',
    'JVBERi0xLjQKJcfs',
    'd09GMgABAAAAA',
    'AAAAB3NzaC1yc2EAAAADAQAB',
    'AAAAC3NzaC1lZDI1NTE5AAAA',
  ]) {
    assert.equal(encodedBlob(cand(v)), 'encoded-blob', v);
  }
  assert.equal(encodedBlob(cand('k3J9q2Lm8Zp4')), undefined);
});

test('lowEntropy: only with min_entropy; threshold scaled by length and, for generic, by charset', () => {
  assert.equal(lowEntropy(cand('aabbaabbaabbaabbaabb')), undefined, 'no min_entropy: kept');
  const withMin = spec({ id: 'acme.key', keywords: ['acme_'], regex: '(x)', minEntropy: 3 });
  assert.equal(lowEntropy(cand('aabbaabbaabbaabbaabb', withMin)), 'low-entropy');
  assert.equal(lowEntropy(cand('k3J9q2Lm8Zp4W7vT', withMin)), undefined);
  const c = cand('k3J9q2Lm8Zp4W7vT', withMin);
  lowEntropy(c);
  assert.equal(c.entropy, 4);
  // 40 hex chars of a random-looking value: about 3.7 bits, above 4.5 scaled to hex (3.0).
  assert.equal(lowEntropy(cand('8f3a9c2e71d04b6a95e3f0c7d2a18b4e6c9f0a37', generic)), undefined);
  assert.equal(lowEntropy(cand('abababababab', generic)), 'low-entropy');
});

test('checksum: a failing validator drops, a passing one keeps', () => {
  assert.equal(checksum(cand('acme_k3j2', prefixed, { validator: () => false })), 'checksum-failed');
  assert.equal(checksum(cand('acme_k3j2', prefixed, { validator: () => true })), undefined);
  assert.equal(checksum(cand('acme_k3j2')), undefined);
});

test('hashWithContext: generic hex hashes after a hash word; prefixed patterns untouched', () => {
  const sha = '8f3a9c2e71d04b6a95e3f0c7d2a18b4e6c9f0a37';
  assert.equal(hashWithContext(cand(sha, generic, {}, 'commit_secret: ')), 'hash');
  assert.equal(hashWithContext(cand(sha, generic, {}, 'integrity_token = "')), 'hash');
  assert.equal(hashWithContext(cand('sha512-k3J9q2Lm8Zp4W7vT', generic)), 'hash');
  assert.equal(hashWithContext(cand(sha, generic, {}, 'api_secret = "')), undefined);
  assert.equal(hashWithContext(cand(sha, prefixed, {}, 'commit ')), undefined);
});

test('uuidValue: generic UUIDs dropped, prefixed patterns untouched', () => {
  const uuid = '3f2b8c1e-9d4a-4e7b-8c2f-1a5d6e7f8a9b';
  assert.equal(uuidValue(cand(uuid, generic)), 'uuid');
  assert.equal(uuidValue(cand(uuid, prefixed)), undefined);
});

test('codeIdentifier: generic values that are code', () => {
  for (const v of [
    'config.auth.token',
    'this.password',
    'getToken()',
    'getAccessToken',
    'ApiKeyProvider',
    'access_token_secret',
    'GITHUB_TOKEN',
    'x-api-key-header',
  ]) {
    assert.equal(codeIdentifier(cand(v, generic)), 'code-identifier', v);
  }
  assert.equal(codeIdentifier(cand('k3J9q2Lm8Zp4W7vT', generic)), undefined);
  assert.equal(codeIdentifier(cand('getAccessToken', prefixed)), undefined);
});

test('encodedContext: generic values on source-map lines', () => {
  assert.equal(encodedContext(cand('k3J9q2Lm8Zp4W7vT', generic, {}, '//# sourceMappingURL=data:x,')), 'encoded-context');
  assert.equal(encodedContext(cand('k3J9q2Lm8Zp4W7vT', generic, {}, 'secret = ')), undefined);
});

test('rejectReason: the first failing filter wins, in order', () => {
  assert.equal(rejectReason(cand('ab')), 'too-short');
  assert.equal(rejectReason(cand('AKIAIOSFODNN7EXAMPLE', prefixed, { validator: () => false })), 'placeholder-like');
  assert.equal(rejectReason(cand('acme_k3J9q2Lm8Zp4', prefixed, { validator: () => false })), 'checksum-failed');
  assert.equal(rejectReason(cand('acme_k3J9q2Lm8Zp4', prefixed, { validator: () => true })), undefined);
});

test('isLockfile: lockfile names at any depth, nothing else', () => {
  for (const p of ['package-lock.json', 'a/b/yarn.lock', 'pnpm-lock.yaml', 'Cargo.lock', 'poetry.lock', 'Pipfile.lock', 'go.sum', 'composer.lock', 'Gemfile.lock']) {
    assert.equal(isLockfile(p), true, p);
  }
  assert.equal(isLockfile('src/package-lock.json.ts'), false);
  assert.equal(isLockfile('go.mod'), false);
});

test('isMinified: *.min.js, or long average lines in a large enough sample', () => {
  assert.equal(isMinified('dist/app.min.js', 'a\nb'), true);
  assert.equal(isMinified('dist/app.js', 'x'.repeat(20000)), true);
  assert.equal(isMinified('dist/app.js', `${'x'.repeat(99)}\n`.repeat(200)), false);
  assert.equal(isMinified('config.json', 'x'.repeat(2000)), false, 'a small one-line file is not minified');
});

test('isMinified: the same answer with and without a line index', () => {
  const long = `${'x'.repeat(600)}\n`.repeat(50);
  const short = `${'x'.repeat(99)}\n`.repeat(200);
  const starts = (t: string) => [0, ...[...t.matchAll(/\n/g)].map((m) => m.index + 1)];
  assert.equal(isMinified('a.js', long, starts(long)), true);
  assert.equal(isMinified('a.js', short, starts(short)), false);
});

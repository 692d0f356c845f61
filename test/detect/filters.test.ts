import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  allowList,
  checksum,
  codeIdentifier,
  documentationPlaceholder,
  encodedBlob,
  assignedKey,
  encodedContext,
  encodedPlaceholder,
  hashWithContext,
  jwtDocumentationClaims,
  keyWords,
  locatorValue,
  nonSecretKey,
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

// Precision filters (issue 3 item 5): each class below was a false positive on the bench corpus or the fixtures.

const password = spec({ id: 'generic.password', keywords: ['password'], regex: '(x)', generic: true, minEntropy: 2.5 });

test('placeholders: [bracketed] names are placeholders; a structural validator does not rescue an X mask', () => {
  assert.equal(placeholderReason('[claim_signature]'), 'placeholder');
  assert.equal(placeholderReason('[a1b2c3d4e5'), undefined, 'unbalanced: not a placeholder');
  const aws = spec({ id: 'aws.access-key-id', keywords: ['AKIA'], regex: '(x)', validator: 'aws-access-key-id' });
  const masked = cand('AKIAXXXXXXXXXXXXXXXX', aws, { validator: () => true });
  assert.equal(documentationPlaceholder(masked), 'placeholder-like');
  assert.deepEqual(masked.notes, []);
  assert.equal(repeatedOrSequential(cand('AKIAXXXXXXXXXXXXXXXX', aws, { validator: () => true })), 'repeated-chars');
  // A real checksum (CRC) still keeps a value that only looks masked, with a note.
  const crc = spec({ id: 'acme.key', keywords: ['acme_'], regex: '(x)', validator: 'github-crc32' });
  const kept = cand('acme_xxx_k3j2', crc, { validator: () => true });
  assert.equal(documentationPlaceholder(kept), undefined);
  assert.deepEqual(kept.notes, ['placeholder-like']);
});

test('locatorValue: URLs, URNs, ARNs, paths, dates, versions and templates (generic only)', () => {
  for (const v of [
    'https://oauth2.googleapis.com/token',
    'urn:ietf:params:oauth:token-type:refresh_token',
    'arn:aws:iam::012345678901:role/my-access-role',
    '/run/secrets/db_password',
    './config/keys/app.json',
    'keyshift/secret/v1',
    '2016-09-08T21:47:36Z',
    'v1.20.3-beta.1',
    '{access_token}',
  ]) {
    assert.equal(locatorValue(cand(v, generic)), 'locator', v);
  }
  assert.equal(locatorValue(cand('https://deploy:k3J9q2Lm8Z@git.corp.invalid', generic)), undefined, 'URL with credentials');
  assert.equal(locatorValue(cand('q8Zr3/LmW7vTk2Jp9', generic)), undefined, 'base64 with a slash');
  assert.equal(locatorValue(cand('https://oauth2.googleapis.com/token')), undefined, 'prefixed patterns are not judged');
});

test('assignedKey and keyWords: the key before the operator, split into words', () => {
  assert.equal(assignedKey(cand('v', generic, {}, '  "nextPageToken": "')), 'nextPageToken');
  assert.equal(assignedKey(cand('v', generic, {}, 'export AWS_SECRET_KEY=')), 'AWS_SECRET_KEY');
  assert.equal(assignedKey(cand('v', generic, {}, 'db.password = \'')), 'db.password');
  assert.deepEqual(keyWords('NextContinuationToken'), ['next', 'continuation', 'token']);
  assert.deepEqual(keyWords('SECRET_HASH'), ['secret', 'hash']);
  assert.deepEqual(keyWords('DOMTokenList'), ['dom', 'token', 'list']);
  assert.deepEqual(keyWords('private_key_id'), ['private', 'key', 'id']);
});

test('nonSecretKey: ids, URLs, types, hashes, dates; paging tokens; values naming their key or a secret', () => {
  const at = (key: string, value: string, s: PatternSpec = generic) => nonSecretKey(cand(value, s, {}, `"${key}": "`));
  assert.equal(at('private_key_id', 'f72703583bd3e53bac06abccdad4f8d67a7cfb92'), 'non-secret-key');
  assert.equal(at('token_url', 'q8Zr3LmW7vTk2Jp9'), 'non-secret-key');
  assert.equal(at('issuedTokenType', 'q8Zr3LmW7vTk2Jp9'), 'non-secret-key');
  assert.equal(at('SECRET_HASH', 'oT5ZkS8ctnrhYeeGsGTvOzPhoc'), 'non-secret-key');
  assert.equal(at('PasswordLastUsed', 'q8Zr3LmW7vTk2Jp9', password), 'non-secret-key');
  assert.equal(at('NextToken', 'U1FsdGVkX19nBV2zoh'), 'paging-token');
  assert.equal(at('ClientToken', 'q8Zr3LmW7vTk2Jp9'), 'paging-token');
  assert.equal(at('nextPageToken', 'my_nextPageToken'), 'paging-token');
  assert.equal(at('accessToken', 'my_accessToken'), 'echoes-key');
  assert.equal(at('clientSecret', 'VERYLONGSECRETeyJraWQiOi'), 'names-a-secret');
  assert.equal(at('Password', 'SomeKindOfPassword123!@#', password), 'echoes-key');
  assert.equal(at('LocalConsolePassword', 'PassWordMustBeAtLeast6Chars.', password), 'names-a-secret');
  assert.equal(at('ClientId', 'cachedvol112233'), 'non-secret-key');
  assert.equal(at('apiKey', 'cachedvol112233'), 'word-and-number');
  // A password may be a word and a number, and may contain "token": only password words name it.
  assert.equal(at('password', 'hunter2024', password), undefined);
  assert.equal(at('password', 'tokenring99!', password), undefined);
  // Real-looking values under secret names are kept.
  assert.equal(at('apiKey', 'GxgeGhlRXn0zcVvkARTrEGxAfmJvbP91'), undefined);
  assert.equal(at('SESSION_SECRET', 'eIUCqZHeEfiEr79pOfxE9Bh59Psd'), undefined);
  assert.equal(at('nextPageToken', 'my_nextPageToken', prefixed), undefined, 'prefixed patterns are not judged');
});

test('codeIdentifier: indexed paths and acronym-led PascalCase are code; digits inside words are not', () => {
  assert.equal(codeIdentifier(cand('StreamDescription.Shards[-1].ShardId', generic)), 'code-identifier');
  assert.equal(codeIdentifier(cand('JSXIdentifier', generic)), 'code-identifier');
  assert.equal(codeIdentifier(cand('DOMTokenList', generic)), 'code-identifier');
  assert.equal(codeIdentifier(cand('Qm4Xt8Lc2Vz7Nw5Rb9', generic)), undefined);
});

test('encodedPlaceholder: base64 of a placeholder or an allow-listed password is judged decoded', () => {
  const b = (s: string) => Buffer.from(s).toString('base64');
  assert.equal(encodedPlaceholder(cand(b('changeme'), generic)), 'encoded-placeholder');
  assert.equal(encodedPlaceholder(cand(b('password1'), password, { allow: [/^password\d{0,4}$/] })), 'encoded-placeholder');
  assert.equal(encodedPlaceholder(cand(b('Vq7Lr2xKp9sWn4Tb'), generic)), undefined);
  assert.equal(encodedPlaceholder(cand('q8Zr3LmW7vTk2Jp9', generic)), undefined, 'decodes to binary: not judged');
});

test('jwtDocumentationClaims: a JWT whose claims hold EXAMPLE values is documentation', () => {
  const jwt = spec({ id: 'jwt.token', keywords: ['eyJ'], regex: '(x)', decoder: 'jwt' });
  const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const head = enc({ alg: 'HS256', typ: 'JWT' });
  const doc = `${head}.${enc({ sub: 'u1', ctx: 'EXAMPLEIDENTITYCONTEXT' })}.k3J9q2Lm8Zp4W7vT`;
  const real = `${head}.${enc({ sub: 'svc-billing', iss: 'https://auth.corp.invalid/' })}.k3J9q2Lm8Zp4W7vT`;
  assert.equal(jwtDocumentationClaims(cand(doc, jwt)), 'placeholder-claims');
  assert.equal(jwtDocumentationClaims(cand(real, jwt)), undefined);
  assert.equal(jwtDocumentationClaims(cand(doc)), undefined, 'only patterns with decoder jwt');
});

test('isMinified: source maps are encoded data, not assignments', () => {
  assert.equal(isMinified('lib/generators/jsx.js.map', '{}'), true);
  assert.equal(isMinified('dist/app.css.map', '{}'), true);
  assert.equal(isMinified('docs/sitemap.xml', '<x/>'), false);
});

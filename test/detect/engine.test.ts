import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileCatalog as compileWithOptions, detectMatches, isLockfile, isMinified, patternTier } from '../../src/detect/engine.js';
import { buildAutomaton } from '../../src/detect/aho-corasick.js';
import { compileCatalog } from '../helpers/compile.js';
import { base62, crc32 } from '../../src/detect/validators.js';
import { ConfigError } from '../../src/model/errors.js';
import { blob, spec } from './helpers.js';
import { CHARSETS, mulberry32, randomString } from '../helpers/fake-tokens.js';

// Fake, format-shaped values only.
const TOK = 'tok_k3J9q2Lm8Zp4W7vT'; // tok_ + 16
const tokSpec = spec({ id: 'acme.token', keywords: ['tok_'], regex: '\\b(tok_[A-Za-z0-9]{16})\\b' });

function summary(ms: ReturnType<typeof detectMatches>): string[] {
  return ms.map((m) => `${m.patternId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.secret}`);
}

/** A GitHub-shaped token whose CRC32 suffix is right (or wrong, with `breakIt`). */
function fakeGithubToken(body30: string, breakIt = false): string {
  const crc = base62(crc32(body30), 6);
  return `ghp_${body30}${breakIt ? (crc.startsWith('0') ? `1${crc.slice(1)}` : `0${crc.slice(1)}`) : crc}`;
}

test('a match carries offsets, 1-based positions, the secret, entropy and checksum none', () => {
  const c = compileCatalog([tokSpec]);
  const text = `first line\nconst k = "${TOK}";\n`;
  const [m, ...rest] = detectMatches(blob(text), c);
  assert.equal(rest.length, 0);
  assert.deepEqual(m, {
    patternId: 'acme.token',
    start: text.indexOf(TOK),
    end: text.indexOf(TOK) + TOK.length,
    line: 2,
    column: 12,
    endLine: 2,
    endColumn: 32,
    secret: TOK,
    // 20 characters, 19 distinct (k twice): -(2/20 log2 2/20 + 18 * 1/20 log2 1/20) = 4.2219..., by hand
    entropy: 4.221928094887362,
    checksum: 'none',
  });
});

test('keywords match case-insensitively; the regex decides the case', () => {
  const c = compileCatalog([tokSpec]);
  assert.deepEqual(summary(detectMatches(blob(`x = TOK_k3J9q2Lm8Zp4W7vT and ${TOK}`), c)), [
    `acme.token 1:30-1:50 ${TOK}`,
  ]);
});

test('windows: the regex never runs on a line without a keyword hit', () => {
  // The regex does not need the keyword; only the window around `marker` lets it run.
  const s = spec({ id: 'acme.far', keywords: ['marker'], regex: '\\b(zq[0-9]{8}[a-z]{4})\\b' });
  const c = compileCatalog([s]);
  const text = ['zq12345670abcx on line one', 'marker here: zq86420975kmtw', '', 'zq97531864pqrs far away'].join('\n');
  assert.deepEqual(summary(detectMatches(blob(text), c)), ['acme.far 2:14-2:28 zq86420975kmtw']);
  assert.deepEqual(summary(detectMatches(blob(text.replace('marker', 'nothing')), c)), []);
});

test('windows: on a line longer than 4096 chars only 2048 chars either side of the hit are searched', () => {
  const s = spec({ id: 'acme.far', keywords: ['marker'], regex: '\\b(zq[0-9]{8}[a-z]{4})\\b' });
  const c = compileCatalog([s]);
  const pad = (n: number) => ' '.repeat(n);
  // near value ends 1000 chars after the hit; far value starts 3000 chars before it.
  const text = `zq11111111aaaa${pad(3000)}marker${pad(1000)}zq24681357bcde${pad(5000)}`;
  const ms = detectMatches(blob(text), c, { minified: false });
  assert.deepEqual(
    ms.map((m) => m.secret),
    ['zq24681357bcde'],
  );
});

test('windows: 10 MB on one line with a keyword every 1 MB matches only near the hits', () => {
  const s = spec({ id: 'acme.val', keywords: ['anchor='], regex: '\\b(val[A-Za-z0-9]{17})\\b' });
  const c = compileCatalog([s]);
  const MB = 1 << 20;
  const filler = 'lorem ipsum dolor sit amet, ';
  const parts: string[] = [];
  let expected = 0;
  for (let i = 0; i < 10; i++) {
    const near = `anchor=val${String(i).padStart(2, '0')}k3J9q2Lm8Zp4W7v `;
    const far = `val${String(i).padStart(2, '0')}FARq2Lm8Zp4W7vT `;
    const chunk = near + filler.repeat(Math.floor(MB / 2 / filler.length)) + far;
    parts.push(chunk + filler.repeat(Math.floor((MB - chunk.length) / filler.length)));
    expected++;
  }
  const text = parts.join('');
  assert.ok(text.length > 9.5 * MB && !text.includes('\n'));
  const ms = detectMatches(blob(text, 'bundle.js'), c);
  assert.equal(ms.length, expected);
  assert.ok(ms.every((m) => m.secret.includes('k3J9q2Lm8Zp4W7v') && text.slice(m.start - 7, m.start) === 'anchor='));
  assert.ok(ms.every((m) => m.line === 1));
});

test('windowAfter spans lines for multi-line secrets (private-key style)', () => {
  const s = spec({
    id: 'acme.private-key',
    keywords: ['-----BEGIN'],
    regex: '(-----BEGIN ACME KEY-----[\\s\\S]{10,200}?-----END ACME KEY-----)',
    windowBefore: 0,
    windowAfter: 300,
  });
  const c = compileCatalog([s]);
  const body = 'k3J9q2Lm8Zp4W7vT\nb7Xc1Vn5Mq8Rt2Yw\n';
  const text = `x\n-----BEGIN ACME KEY-----\n${body}-----END ACME KEY-----\n`;
  assert.deepEqual(
    detectMatches(blob(text), c).map((m) => [m.line, m.column, m.endLine, m.endColumn]),
    [[2, 1, 5, 23]],
  );
  // The end marker beyond windowAfter is out of reach.
  const far = `-----BEGIN ACME KEY-----\n${'a1'.repeat(60)}\n${'b2'.repeat(60)}\n${'c3'.repeat(60)}\n-----END ACME KEY-----`;
  assert.deepEqual(detectMatches(blob(far), c), []);
});

test('positions on CRLF text: the line break is two characters, columns restart after it', () => {
  const c = compileCatalog([tokSpec]);
  const text = `a\r\nbb\r\nkey = ${TOK}\r\n`;
  assert.deepEqual(summary(detectMatches(blob(text), c)), [`acme.token 3:7-3:27 ${TOK}`]);
});

test('positions on a line with astral characters: columns count UTF-16 code units', () => {
  const c = compileCatalog([tokSpec]);
  const text = `x\n😀😀 "${TOK}" 😀`;
  // Two astral characters are four code units, then a space and a quote: the token starts at column 7.
  assert.deepEqual(summary(detectMatches(blob(text), c)), [`acme.token 2:7-2:27 ${TOK}`]);
});

test('dedupe: several keyword hits, overlapping windows and a repeated spec give one match', () => {
  const two = spec({ id: 'acme.token', keywords: ['tok_', 'acme'], regex: '\\b(tok_[A-Za-z0-9]{16})\\b', windowBefore: 40, windowAfter: 40 });
  const c = compileCatalog([two, two]);
  const text = `acme tok_ tok_ acme ${TOK} acme`;
  assert.deepEqual(summary(detectMatches(blob(text), c)), [`acme.token 1:21-1:41 ${TOK}`]);
});

test('results are sorted by start, whatever the catalog order (one match per value, so no two share a start)', () => {
  const a = spec({ id: 'b.second', keywords: ['tok_'], regex: '\\b(tok_[A-Za-z0-9]{16})\\b' });
  const b = spec({ id: 'a.first', keywords: ['oth_'], regex: '\\b(oth_[A-Za-z0-9]{16})' });
  const c = compileCatalog([a, b]);
  const text = `oth_b7Xc1Vn5Mq8Rt2Yw ${TOK}\n${TOK} oth_q8Zr3LmW7vTk2Jp9`;
  assert.deepEqual(
    detectMatches(blob(text), c).map((m) => `${m.line}:${m.column} ${m.patternId}`),
    ['1:1 a.first', '1:22 b.second', '2:1 b.second', '2:22 a.first'],
  );
});

test('generic patterns are skipped on lockfiles and minified files, prefixed ones still run', () => {
  const generic = spec({
    id: 'generic.secret',
    keywords: ['secret'],
    regex: 'secret\\s*=\\s*"([A-Za-z0-9]{8,64})"',
    generic: true,
    minEntropy: 3,
  });
  const c = compileCatalog([generic, tokSpec]);
  const text = `secret = "q8Zr3LmW7vTk2Jp9"\nx = "${TOK}"\n`;
  assert.deepEqual(detectMatches(blob(text), c).map((m) => m.patternId), ['generic.secret', 'acme.token']);
  assert.deepEqual(detectMatches(blob(text, 'web/package-lock.json'), c).map((m) => m.patternId), ['acme.token']);
  assert.deepEqual(detectMatches(blob(text, 'web/app.min.js'), c).map((m) => m.patternId), ['acme.token']);
  assert.deepEqual(detectMatches(blob(text), c, { minified: true }).map((m) => m.patternId), ['acme.token']);
  assert.deepEqual(
    detectMatches(blob(text, 'web/package-lock.json'), c, { lockfile: false }).map((m) => m.patternId),
    ['generic.secret', 'acme.token'],
  );
  assert.equal(isLockfile('a/go.sum'), true);
  assert.equal(isMinified('a.min.js', ''), true);
});

test('generic filters in the engine: code identifiers, UUIDs under id keys and hashes are not reported', () => {
  const generic = spec({
    id: 'generic.secret',
    keywords: ['secret'],
    regex: '(?:secret|commit)\\w*\\s*[=:]\\s*["\']?([\\w.\\-()]{8,150})',
    flags: 'i',
    generic: true,
    minEntropy: 3,
  });
  const c = compileCatalog([generic]);
  const text = [
    'secret = config.auth.clientSecret',
    'secret_uuid: 3f2b8c1e-9d4a-4e7b-8c2f-1a5d6e7f8a9b',
    'commit_secret: 8f3a9c2e71d04b6a95e3f0c7d2a18b4e6c9f0a37',
    'secret = getSecretValue()',
    'client_secret = "q8Zr3LmW7vTk2Jp9"',
  ].join('\n');
  assert.deepEqual(summary(detectMatches(blob(text), c)), ['generic.secret 5:18-5:34 q8Zr3LmW7vTk2Jp9']);
  // Control (issue 14): many SaaS keys are UUIDs, so under a secret-named key a UUID is reported.
  assert.deepEqual(summary(detectMatches(blob('secret: 3f2b8c1e-9d4a-4e7b-8c2f-1a5d6e7f8a9b'), c)), ['generic.secret 1:9-1:45 3f2b8c1e-9d4a-4e7b-8c2f-1a5d6e7f8a9b']);
});

test('placeholder and allow filters apply to prefixed patterns too', () => {
  const s = spec({ id: 'acme.token', keywords: ['tok_'], regex: '\\b(tok_[A-Za-z0-9]{16})\\b', allow: ['^tok_0{16}$'] });
  const c = compileCatalog([s]);
  const text = ['tok_EXAMPLEk3J9q2Lm8Z', 'tok_0000000000000000', 'tok_aaaaaaaaaaaaaaaa', 'tok_0123456789abcdef', TOK].join('\n');
  assert.deepEqual(summary(detectMatches(blob(text), c)), [`acme.token 5:1-5:21 ${TOK}`]);
});

test('min_entropy drops low-entropy values of a prefixed pattern', () => {
  const s = spec({ id: 'acme.token', keywords: ['tok_'], regex: '\\b(tok_[A-Za-z0-9]{16})\\b', minEntropy: 3.5 });
  const c = compileCatalog([s]);
  assert.deepEqual(detectMatches(blob('tok_abababababababab'), c), []);
  assert.equal(detectMatches(blob(TOK), c).length, 1);
});

test('checksum: github-crc32 keeps a valid token as valid and drops a broken one', () => {
  const gh = spec({ id: 'github.pat-classic', keywords: ['ghp_'], regex: '\\b(ghp_[A-Za-z0-9]{36})\\b', validator: 'github-crc32' });
  const c = compileCatalog([gh]);
  const good = fakeGithubToken('k3J9q2Lm8Zp4W7vTb7Xc1Vn5Mq8Rt2');
  const bad = fakeGithubToken('Yw6Hs0Df4Gj8Kl1Zx5Cv9Bn3Mq7Wr2', true);
  const ms = detectMatches(blob(`a = "${good}"\nb = "${bad}"\n`), c);
  assert.deepEqual(
    ms.map((m) => [m.line, m.checksum, m.secret === good]),
    [[1, 'valid', true]],
  );
  // A checksum-valid value that looks like a mask is kept, with a note.
  const masked = fakeGithubToken('xxxq2Lm8Zp4W7vTb7Xc1Vn5Mq8Rt2Y');
  const [m] = detectMatches(blob(masked), c);
  assert.deepEqual([m?.checksum, m?.notes], ['valid', ['placeholder-like']]);
});

test('compileCatalog: bad regex, flag or validator is a ConfigError naming the pattern', () => {
  assert.throws(() => compileCatalog([spec({ id: 'acme.bad', keywords: ['x'], regex: '(a' })]), (e: unknown) => e instanceof ConfigError && /acme\.bad: regex does not compile/.test(e.message));
  assert.throws(() => compileCatalog([spec({ id: 'acme.bad', keywords: ['x'], regex: '(a)', flags: 'y' })]), (e: unknown) => e instanceof ConfigError && /acme\.bad: flag 'y'/.test(e.message));
  assert.throws(() => compileCatalog([spec({ id: 'acme.bad', keywords: ['x'], regex: '(a)', validator: 'nope' })]), (e: unknown) => e instanceof ConfigError && /acme\.bad: validator 'nope' does not exist/.test(e.message));
});

test('a pattern without keywords is searched over the whole text', () => {
  const s = spec({ id: 'acme.unkeyed', keywords: [], regex: '\\b(zq[0-9]{8}[a-z]{4})\\b' });
  const c = compileCatalog([s]);
  assert.deepEqual(summary(detectMatches(blob('a\nb zq86420975kmtw'), c)), ['acme.unkeyed 2:3-2:17 zq86420975kmtw']);
});

test('an empty blob and a blob without line starts are handled', () => {
  const c = compileCatalog([tokSpec]);
  assert.deepEqual(detectMatches(blob(''), c), []);
  const b = { ...blob(`x\r\n${TOK}`), lineStarts: [] };
  assert.deepEqual(summary(detectMatches(b, c)), [`acme.token 2:1-2:21 ${TOK}`]);
});

// One finding per span ------------------------------------------------------------------------------

const anyKey = spec({
  id: 'generic.api-key', keywords: ['token'], regex: 'token\\s*=\\s*"([^"]{8,150})"', generic: true, tier: 'catch-all',
});
const pwKey = spec({
  id: 'generic.password', keywords: ['token'], regex: 'token\\s*=\\s*"([^"]{8,150})"', generic: true,
});

test('overlaps: a provider pattern drops the generic match on the same value', () => {
  const c = compileCatalog([anyKey, tokSpec]);
  assert.deepEqual(summary(detectMatches(blob(`token = "${TOK}"`), c)), [`acme.token 1:10-1:30 ${TOK}`]);
  // Without the provider match the generic one stands.
  assert.deepEqual(summary(detectMatches(blob('token = "q8Zr3LmW7vTk2Jp9"'), c)), ['generic.api-key 1:10-1:26 q8Zr3LmW7vTk2Jp9']);
});

test('overlaps: a partial overlap counts; a narrower generic rule beats the catch-all', () => {
  const wide = spec({ id: 'acme.wide', keywords: ['tok_'], regex: '(tok_[A-Za-z0-9]{16}"?;?)' });
  const c = compileCatalog([anyKey, pwKey, wide]);
  assert.deepEqual(summary(detectMatches(blob('token = "q8Zr3LmW7vTk2Jp9"'), c)), ['generic.password 1:10-1:26 q8Zr3LmW7vTk2Jp9']);
  const text = `token = "x${TOK}"`;
  assert.deepEqual(summary(detectMatches(blob(text), c)).map((s) => s.split(' ')[0]), ['acme.wide']);
});

test('overlaps: format patterns (jwt.token, pem.*) yield to provider patterns; supersedes refines within a tier', () => {
  const jwt = spec({ id: 'jwt.token', keywords: ['eyJ'], regex: '(eyJ[A-Za-z0-9]{8,}\\.eyJ[A-Za-z0-9]{8,}\\.[A-Za-z0-9]{8,})', tier: 'format' });
  const k8s = spec({ id: 'kubernetes.service-account-token.legacy', keywords: ['eyJpc3'], regex: '(eyJ[A-Za-z0-9]{8,}\\.eyJpc3[A-Za-z0-9]{8,}\\.[A-Za-z0-9]{8,})' });
  const t = 'eyJhbGciOiJSUzI1.eyJpc3MiOiJrdWJl.k3J9q2Lm8Zp4W7vT';
  assert.deepEqual(summary(detectMatches(blob(`token: ${t}`), compileCatalog([jwt, k8s]))).map((s) => s.split(' ')[0]), ['kubernetes.service-account-token.legacy']);
  // The tier is the pattern's data, not its id: the same id without `tier` counts as a provider pattern.
  assert.equal(patternTier(jwt), 2);
  assert.equal(patternTier(spec({ id: 'jwt.token', keywords: ['x'], regex: '(x)' })), 3);
  assert.equal(patternTier(spec({ id: 'acme.key', keywords: ['x'], regex: '(x)', tier: 'format' })), 2);
  assert.equal(patternTier(k8s), 3);
  assert.equal(patternTier(anyKey), 0);
  assert.equal(patternTier(pwKey), 1);
  const bare = spec({ id: 'google.api-key', keywords: ['AIza'], regex: '(AIza[A-Za-z0-9]{35})' });
  const web = spec({ id: 'google.firebase-web-api-key', keywords: ['authDomain'], regex: 'apiKey: "(AIza[A-Za-z0-9]{35})", authDomain', windowBefore: 200, windowAfter: 0, supersedes: ['google.api-key'] });
  const key = `AIza${'k3J9q2Lm8Zp4W7vTq8Zr3LmW7vTk2Jp9xYz'}`;
  const both = compileCatalog([bare, web]);
  assert.deepEqual(summary(detectMatches(blob(`cfg = { apiKey: "${key}", authDomain: "a.invalid" }`), both)).map((s) => s.split(' ')[0]), ['google.firebase-web-api-key']);
  assert.deepEqual(summary(detectMatches(blob(`const k = "${key}";`), both)).map((s) => s.split(' ')[0]), ['google.api-key']);
  // The order of the catalog does not decide it: supersedes does.
  assert.deepEqual(summary(detectMatches(blob(`cfg = { apiKey: "${key}", authDomain: "a.invalid" }`), compileCatalog([web, bare]))).map((s) => s.split(' ')[0]), ['google.firebase-web-api-key']);
});

test('overlaps: two same-tier patterns on one value that no supersedes relates still give one match (valid checksum, then longer, then catalog order)', () => {
  const a = spec({ id: 'acme.one', keywords: ['tok_'], regex: '\\b(tok_[A-Za-z0-9]{16})\\b' });
  const b = spec({ id: 'acme.two', keywords: ['tok_'], regex: '\\b(tok_[A-Za-z0-9]{16})\\b' });
  const longer = spec({ id: 'acme.long', keywords: ['tok_'], regex: '\\b(x?tok_[A-Za-z0-9]{16}";)' });
  const text = `k = "${TOK}";`;
  assert.deepEqual(summary(detectMatches(blob(text), compileCatalog([a, b]))).map((s) => s.split(' ')[0]), ['acme.one']);
  assert.deepEqual(summary(detectMatches(blob(text), compileCatalog([b, a]))).map((s) => s.split(' ')[0]), ['acme.two']);
  assert.deepEqual(summary(detectMatches(blob(text), compileCatalog([a, longer]))).map((s) => s.split(' ')[0]), ['acme.long']);
  // Control: the same two patterns on two different values keep both.
  assert.deepEqual(summary(detectMatches(blob(`${text} j = "tok_q8Zr3LmW7vTk2Jp9";`), compileCatalog([a]))).length, 2);
});

test('overlaps: two provider patterns on different values of one line are both kept', () => {
  const other = spec({ id: 'acme.other', keywords: ['oth_'], regex: '\\b(oth_[A-Za-z0-9]{16})\\b' });
  const c = compileCatalog([tokSpec, other]);
  const text = `a = "${TOK}", b = "oth_q8Zr3LmW7vTk2Jp9"`;
  assert.deepEqual(summary(detectMatches(blob(text), c)).map((s) => s.split(' ')[0]), ['acme.token', 'acme.other']);
});

test('a run of one keyword is sampled, not dropped: a token after 100,000 A\'s on one long line is found, and so is one inside a short line of them', () => {
  const bearer = spec({ id: 'twitter.bearer-token', keywords: ['AAAAAAAAAAAAAAAAAAAAA'], regex: '(?<![A-Za-z0-9%])(AAAAAAAAAAAAAAAAAAAAA[A-Za-z0-9%]{80,140})(?![A-Za-z0-9%])' });
  const compiled = compileCatalog([bearer]);
  const token = 'AAAAAAAAAAAAAAAAAAAAAbRycwBf7sQAAAAAAAdHUpAmLmdo6bbyfPpFw5vxhlaWMVEf%kz0g0wvMDIelmgoqn0ghLmh8kLmPTPd0ExHBKgwZOi9UWsr';
  // A base64 blob of zeros (hits at every character), then the token in the same minified line.
  const long = `var font="data:font/woff2;base64,${'A'.repeat(100_000)}";var t="${token}";\n`;
  const found = detectMatches(blob(long, 'dist/app.js'), compiled, { minified: false, lockfile: false });
  assert.deepEqual(found.map((m) => m.secret), [token]);
  assert.equal(found[0]!.start, long.indexOf(token));
  const short = `${'A'.repeat(3000)}\nTOKEN=${token}\n`;
  assert.deepEqual(detectMatches(blob(short, '.env'), compiled).map((m) => m.line), [2]);
});

test('a wide window on a long line is read in pieces: every secret in it is found once, at its offset, as on short lines', async () => {
  const { loadPatterns } = await import('../../src/catalog/load.js');
  const { WINDOW_PIECE } = await import('../../src/detect/assignments.js');
  const compiled = compileCatalog(loadPatterns().patterns.filter((p) => p.id === 'generic.api-key'));
  const rnd = mulberry32(14);
  // Keys of letters only (aToken, bToken, ..., baToken): a key ending in digits reads as an enumeration, not a credential.
  const letters = (n: number): string => (n < 26 ? String.fromCharCode(97 + n) : letters(Math.floor(n / 26) - 1) + String.fromCharCode(97 + (n % 26)));
  const members: string[] = [];
  const secrets: string[] = [];
  for (let i = 0; i < 3000; i++) {
    // One member in 250 holds a high-entropy value; the rest repeat one letter (not findings).
    const value = i % 250 === 7 ? randomString(rnd, CHARSETS.b62, 24) : `${'v'.repeat(12)}${i % 10}`;
    if (i % 250 === 7) secrets.push(value);
    members.push(`${letters(i)}Token:"${value}"`);
  }
  const long = `var c={${members.join(',')}};\n`;
  assert.ok(long.length > 4 * WINDOW_PIECE, 'the hits merge into one window several pieces wide');
  const found = detectMatches(blob(long, 'dist/bundle.js'), compiled, { minified: false, lockfile: false });
  assert.deepEqual(found.map((m) => m.secret), secrets);
  for (const m of found) assert.equal(long.slice(m.start, m.end), m.secret);
  // Control: the same members one per line (short lines, read whole) give the same secrets.
  const short = `var c={\n${members.join(',\n')}\n};\n`;
  assert.deepEqual(detectMatches(blob(short, 'src/app.js'), compiled).map((m) => m.secret), secrets);
});

test('a partner-only identifier is reported only inside its pair: alone it is dropped, beside its secret it is the partner', () => {
  const sid = spec({ id: 'acme.account-id', keywords: ['acct_'], regex: '\\b(acct_[0-9a-f]{12})\\b', partnerOnly: true });
  const secret = spec({ id: 'acme.secret', keywords: ['sec_'], regex: '\\b(sec_[0-9a-f]{16})\\b', pair: { with: ['acme.account-id'], withinLines: 2, required: false } });
  const c = compileCatalog([sid, secret]);
  const id = 'acct_3f1b7d9e2a4c';
  const key = 'sec_9e1d3f5b7a9c1e3d';
  assert.deepEqual(detectMatches(blob(`ACCOUNT=${id}\n`), c), [], 'alone: no finding');
  const paired = detectMatches(blob(`ACCOUNT=${id}\nSECRET=${key}\n`), c);
  assert.deepEqual(paired.map((m) => [m.patternId, m.details?.pairedPattern, m.pairedSecret]), [['acme.secret', 'acme.account-id', id]]);
  // Too far from the secret: the secret stands alone and the identifier is still not reported.
  const apart = detectMatches(blob(`ACCOUNT=${id}\n\n\n\nSECRET=${key}\n`), c);
  assert.deepEqual(apart.map((m) => m.patternId), ['acme.secret']);
});

test('issue 19 item 9: a prebuilt automaton is used only when built from exactly the catalog\'s keywords', () => {
  const specs = [tokSpec, spec({ id: 'acme.key', keywords: ['key_'], regex: '\\b(key_[A-Za-z0-9]{16})\\b' })];
  const same = buildAutomaton(['tok_', 'key_']);
  const other = buildAutomaton(['key_', 'tok_']);
  const asked: string[][] = [];
  const withSame = compileWithOptions(specs, undefined, { prebuilt: (k) => (asked.push([...k]), same) });
  assert.deepEqual(asked, [['tok_', 'key_']]);
  assert.equal(withSame.automaton, same);
  const withOther = compileWithOptions(specs, undefined, { prebuilt: () => other });
  assert.notEqual(withOther.automaton, other, 'control: an automaton of other keywords is not used');
  assert.deepEqual(withOther.automaton, same);
  const text = `a = "${TOK}"`;
  const b = blob(text);
  assert.deepEqual(detectMatches(b, withSame), detectMatches(b, compileCatalog(specs)));
  assert.equal(detectMatches(b, withSame).length, 1);
});

test('issue 19 item 9: the secret group is found lazily, for regexes with and without a capture group', () => {
  const grouped = compileCatalog([tokSpec]);
  const whole = compileCatalog([spec({ id: 'acme.whole', keywords: ['tok_'], regex: '\\btok_[A-Za-z0-9]{16}\\b' })]);
  assert.equal(grouped.patterns[0]!.group, 1);
  assert.equal(whole.patterns[0]!.group, 0);
  const text = `a = "${TOK}"`;
  assert.deepEqual(detectMatches(blob(text), whole).map((m) => m.secret), [TOK]);
  assert.deepEqual(detectMatches(blob(text), grouped).map((m) => m.secret), [TOK]);
});

test('calls in a row share no windows: each text is matched as if it came first (the windows table is reused)', () => {
  const c = compileCatalog([tokSpec]);
  const other = compileCatalog([tokSpec, spec({ id: 'acme.other', keywords: ['oth_'], regex: '\\b(oth_[a-z]{12})\\b' })]);
  const withToken = `a\nconst k = "${TOK}";\n`;
  const keywordOnly = 'a\nconst k = "tok_";\nb\n';
  const first = detectMatches(blob(withToken), c).map((m) => `${m.patternId}@${m.start}`);
  assert.deepEqual(first, ['acme.token@13']);
  for (let i = 0; i < 3; i++) {
    // A text with the keyword but no token after one with a token finds nothing, not the old window's match.
    assert.deepEqual(detectMatches(blob(keywordOnly), c), []);
    assert.deepEqual(detectMatches(blob('no keyword at all'), c), []);
    assert.deepEqual(detectMatches(blob(withToken), c).map((m) => `${m.patternId}@${m.start}`), first);
    // Another catalog (another table size) in between, and back.
    assert.deepEqual(detectMatches(blob('x = "oth_qzmwkexrvtpa"'), other).map((m) => m.patternId), ['acme.other']);
  }
  // A text whose only hit is the keyword at its end, after a call that had many windows.
  const many = Array.from({ length: 200 }, () => `k = "${TOK}"`).join('\n');
  assert.equal(detectMatches(blob(many), c).length, 200);
  assert.deepEqual(detectMatches(blob('tail tok_'), c), []);
});

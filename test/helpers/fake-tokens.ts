// Seeded generators of FAKE, format-valid tokens (prefix, charset, length and checksum right) so tests
// generate them instead of committing them. Deterministic per seed; never produces or fetches a real credential.
import {
  base62,
  bech32Checksum,
  crc32,
  hex8LittleEndian,
} from '../../src/detect/validators.js';

export type Rng = () => number;

/** mulberry32: a tiny 32-bit PRNG, good enough for test data, deterministic per seed. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const CHARSETS = {
  b62: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  b64u: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  b64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  hex: '0123456789abcdef',
  HEX: '0123456789ABCDEF',
  b32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  b36: '0123456789abcdefghijklmnopqrstuvwxyz',
  upperAlnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  digits: '0123456789',
  bech32: 'qpzry9x8gf2tvdw0s3jn54khce6mua7l',
} as const;

export function randomString(rng: Rng, charset: string, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += charset[Math.floor(rng() * charset.length)]!;
  return out;
}

function crcBase62Token(prefix: string, rng: Rng): string {
  const body = randomString(rng, CHARSETS.b62, 30);
  return `${prefix}${body}${base62(crc32(body), 6)}`;
}

/** GitLab routable token: `<prefix><b64u payload>.01.<len b36{2}><crc b36{7}>`; payload = 16 random bytes + routing + length byte. */
export function gitlabRoutable(prefix: string, rng: Rng): string {
  const random = Buffer.from(Array.from({ length: 16 }, () => Math.floor(rng() * 256)));
  const routing = `o:${Math.floor(rng() * 1e6).toString(36)}`;
  const raw = Buffer.concat([random, Buffer.from(routing, 'latin1'), Buffer.from([routing.length])]);
  const payload = raw.toString('base64url');
  const head = `${prefix}${payload}.01.${payload.length.toString(36).padStart(2, '0')}`;
  return head + crc32(head).toString(36).padStart(7, '0');
}

function atlassianStyle(prefix: string, total: number, rng: Rng): string {
  const bodyLen = total - prefix.length - 9;
  const head = `${prefix}${randomString(rng, CHARSETS.b64u, bodyLen)}=`;
  return head + crc32(head).toString(16).padStart(8, '0').toUpperCase();
}

function cloudflareStyle(prefix: string, rng: Rng): string {
  const body = randomString(rng, CHARSETS.b62, 40);
  return `${prefix}${body}${crc32(body).toString(16).padStart(8, '0')}`;
}

function awsKeyId(prefix: string, rng: Rng): string {
  // Start the body with a char other than I/J so the encoded account ID is checked, and keep the
  // account within 12 digits by limiting the top bits (first body char from A-H).
  return prefix + randomString(rng, 'ABCDEFGH', 1) + randomString(rng, CHARSETS.b32, 15);
}

/** A version-2 binary macaroon with location `pypi.org`, base64url without padding, behind `pypi-`. */
function pypiToken(rng: Rng): string {
  const field = (type: number, value: Buffer): Buffer => Buffer.concat([Buffer.from([type, value.length]), value]);
  const uuid = [8, 4, 4, 4, 12].map((n) => randomString(rng, CHARSETS.hex, n)).join('-');
  const caveat = `{"version": 1, "permissions": "user"}`;
  const bytes = Buffer.concat([
    Buffer.from([0x02]),
    field(0x01, Buffer.from('pypi.org')),
    field(0x02, Buffer.from(uuid)),
    Buffer.from([0x00]),
    field(0x02, Buffer.from(caveat)),
    Buffer.from([0x00, 0x00]),
    field(0x06, Buffer.from(Array.from({ length: 32 }, () => Math.floor(rng() * 256)))),
  ]);
  return `pypi-${bytes.toString('base64url')}`;
}

function grafanaSa(rng: Rng): string {
  const head = `glsa_${randomString(rng, CHARSETS.b62, 32)}`;
  return `${head}_${hex8LittleEndian(crc32(head))}`;
}

function base64JsonToken(prefix: string, obj: unknown): string {
  return prefix + Buffer.from(JSON.stringify(obj)).toString('base64');
}

function grafanaCloud(rng: Rng): string {
  const org = randomString(rng, CHARSETS.digits, 6);
  return base64JsonToken('glc_', {
    o: org,
    n: `stack-${org}-hm-read-${randomString(rng, CHARSETS.b36, 6)}`,
    k: randomString(rng, CHARSETS.b62, 24),
    m: { r: 'prod-us-east-0' },
  });
}

function ageKey(rng: Rng): string {
  const data = Array.from({ length: 52 }, () => Math.floor(rng() * 32));
  data[51] = data[51]! & 0x10; // 256 bits in 52 groups: the last group's low 4 bits are padding
  const all = [...data, ...bech32Checksum('age-secret-key-', data)];
  return `AGE-SECRET-KEY-1${all.map((v) => CHARSETS.bech32[v]!).join('').toUpperCase()}`;
}

function sentryOrgToken(rng: Rng): string {
  const json = { iat: 1700000000 + Math.floor(rng() * 1e7), url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: `org-${randomString(rng, CHARSETS.b36, 6)}` };
  const b64 = Buffer.from(JSON.stringify(json)).toString('base64');
  return `sntrys_${b64}_${randomString(rng, CHARSETS.b64, 43)}`;
}

const GENERATORS: Record<string, (rng: Rng) => string> = {
  'github.pat-classic': (r) => crcBase62Token('ghp_', r),
  'github.oauth-token': (r) => crcBase62Token('gho_', r),
  'github.app-user-token': (r) => crcBase62Token('ghu_', r),
  'github.app-installation-token': (r) => crcBase62Token('ghs_', r),
  'github.app-refresh-token': (r) => crcBase62Token('ghr_', r),
  'npm.access-token': (r) => crcBase62Token('npm_', r),
  'gitlab.pat.routable': (r) => gitlabRoutable('glpat-', r),
  'gitlab.runner-token.routable': (r) => gitlabRoutable('glrt-t1_', r),
  'atlassian.api-token': (r) => atlassianStyle('ATATT3xFfGF0', 192, r),
  'bitbucket.access-token': (r) => atlassianStyle('ATCTT3xFfGN0', 192, r),
  'bitbucket.app-password': (r) => {
    const head = `ATBB${randomString(r, CHARSETS.b62, 24)}`;
    return head + crc32(head).toString(16).padStart(8, '0').toUpperCase();
  },
  'grafana.service-account-token': grafanaSa,
  'grafana.cloud-token': grafanaCloud,
  'cloudflare.api-token': (r) => cloudflareStyle('cfut_', r),
  'cloudflare.account-api-token': (r) => cloudflareStyle('cfat_', r),
  'cloudflare.global-api-key': (r) => cloudflareStyle('cfk_', r),
  'pypi.api-token': pypiToken,
  'aws.access-key-id': (r) => awsKeyId('AKIA', r),
  'aws.session-key-id': (r) => awsKeyId('ASIA', r),
  'age.secret-key': ageKey,
  'sentry.org-token': sentryOrgToken,
};

/** Pattern ids makeToken can generate for. */
export const TOKEN_PATTERN_IDS: readonly string[] = Object.keys(GENERATORS);

/** A fake, format-valid token for `patternId`, deterministic per `seed`. Throws for unknown ids. */
export function makeToken(patternId: string, seed: number): string {
  const gen = GENERATORS[patternId];
  if (!gen) throw new Error(`makeToken: no generator for pattern id "${patternId}"; add one in test/helpers/fake-tokens.ts`);
  return gen(mulberry32(seed));
}

/** Flip one character of a token's checksum area so that the format stays right but the checksum fails. */
export function breakChecksum(token: string): string {
  const i = token.length - 1;
  const c = token[i]!;
  const swap = c === 'A' ? 'B' : c === '0' ? '1' : c === 'a' ? 'b' : /[0-9]/.test(c) ? '0' : /[a-z]/.test(c) ? 'a' : 'A';
  return token.slice(0, i) + swap;
}

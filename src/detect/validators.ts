// Offline checksum and structure validators for token formats that carry one (GitHub, npm, GitLab routable,
// Atlassian/Bitbucket, Grafana, Cloudflare, PyPI macaroons, AWS key IDs, age keys). Pure functions of the
// secret string: no network, no logging, and a validator never throws (a malformed value is simply false).

/** CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), the same function zlib.crc32 computes. */
const CRC_TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 of the UTF-8 bytes of `s` (token formats are ASCII, where chars and bytes coincide). */
export function crc32(s: string): number {
  const bytes = Buffer.from(s, 'utf8');
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Base62 with the digits-upper-lower alphabet GitHub and npm use, left-padded with '0' to `width`. */
export function base62(n: number, width: number): string {
  let out = '';
  let v = n;
  do {
    out = BASE62[v % 62]! + out;
    v = Math.floor(v / 62);
  } while (v > 0);
  return out.padStart(width, '0');
}

const hex8 = (n: number): string => n.toString(16).padStart(8, '0');

/** The 8 hex digits of the CRC bytes in little-endian order (Grafana service-account tokens). */
export function hex8LittleEndian(n: number): string {
  const b = [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
  return b.map((x) => x.toString(16).padStart(2, '0')).join('');
}

const B62_RE = /^[0-9A-Za-z]+$/;

/**
 * GitHub `ghp_ gho_ ghu_ ghs_ ghr_` (40 chars): 30 random base62 chars, then base62(CRC32(random)) in 6.
 * https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/
 */
function prefixedCrcBase62(secret: string, prefixRe: RegExp): boolean {
  const m = prefixRe.exec(secret);
  if (!m) return false;
  const rest = secret.slice(m[0].length);
  // 30 random chars today; GitHub said lengths may grow, so the checksum is always the last 6.
  if (rest.length < 36 || rest.length > 251 || !B62_RE.test(rest)) return false;
  return base62(crc32(rest.slice(0, -6)), 6) === rest.slice(-6);
}

export function validateGithubCrc32(secret: string): boolean {
  return prefixedCrcBase62(secret, /^gh[pousr]_/);
}

/** npm `npm_` tokens: the same CRC32 + base62 scheme as GitHub over the 30 random chars. */
export function validateNpmCrc32(secret: string): boolean {
  return prefixedCrcBase62(secret, /^npm_/);
}

/**
 * GitLab routable tokens: `<prefix><b64u payload>.<version b36{2}>.<payload length b36{2}><crc b36{7}>`,
 * where the CRC32 covers everything before the last 7 chars (prefix included), base 36, padded to 7, and
 * the length holder is the payload's length in base 36. (gitlabhq lib/authn/token_field/generator/routable_token.rb)
 */
const ROUTABLE_RE = /^([a-z]+-(?:t\d_)?)([A-Za-z0-9_-]{27,300})\.([0-9a-z]{2})\.([0-9a-z]{2})([0-9a-z]{7})$/;

export function validateGitlabRoutable(secret: string): boolean {
  const m = ROUTABLE_RE.exec(secret);
  if (!m) return false;
  const payload = m[2]!;
  if (parseInt(m[4]!, 36) !== payload.length) return false;
  const crc = crc32(secret.slice(0, -7)).toString(36).padStart(7, '0');
  return crc === m[5];
}

/**
 * Atlassian API tokens (`ATATT…=<HEX8>`), Bitbucket access tokens (`ATCTT…=<HEX8>`) and Bitbucket app
 * passwords (`ATBB<b62{24}><HEX8>`): the last 8 upper-case hex digits are the CRC32 of all preceding chars.
 * An `=` written escaped (`\=` or `%3D`) is normalised before the check.
 */
export function validateAtlassianCrc32(secret: string): boolean {
  const s = secret.replace(/\\=|%3[Dd]/g, '=');
  if (!/^AT[A-Z]{2}/.test(s) || s.length < 20) return false;
  const body = s.slice(0, -8);
  const check = s.slice(-8);
  if (!/^[0-9A-F]{8}$/.test(check)) return false;
  return hex8(crc32(body)).toUpperCase() === check;
}

function decodeBase64Loose(body: string): Buffer | undefined {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(body)) return undefined;
  const norm = body.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (norm.length % 4 === 1) return undefined;
  return Buffer.from(norm, 'base64');
}

function isJsonObject(bytes: Buffer | undefined): boolean {
  if (!bytes || bytes.length < 2) return false;
  try {
    const v: unknown = JSON.parse(bytes.toString('utf8'));
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}

/**
 * Grafana: service-account tokens `glsa_<b62{32}>_<hex8>` where the hex is CRC32 of the first 37 chars in
 * little-endian byte order; Grafana Cloud access-policy tokens `glc_<base64 JSON object>`.
 */
export function validateGrafana(secret: string): boolean {
  if (secret.startsWith('glsa_')) {
    if (!/^glsa_[0-9A-Za-z]{32}_[0-9a-f]{8}$/.test(secret)) return false;
    return hex8LittleEndian(crc32(secret.slice(0, 37))) === secret.slice(38);
  }
  if (secret.startsWith('glc_')) return isJsonObject(decodeBase64Loose(secret.slice(4)));
  return false;
}

/**
 * Cloudflare `cfut_ cfat_ cfk_` tokens: b62{40} then the lower-case hex CRC32 of those 40 chars (the prefix is
 * not covered). Cloudflare's token-formats page says only "40 characters and a checksum"; the construction was
 * confirmed on 2026-12-02 against a user token published in a public repository (not copied here).
 */
export function validateCloudflare(secret: string): boolean {
  const m = /^cf(?:ut|at|k)_([0-9A-Za-z]{40})([0-9a-f]{8})$/.exec(secret);
  if (!m) return false;
  return hex8(crc32(m[1]!)) === m[2];
}

const PYPI_LOCATIONS = new Set(['pypi.org', 'test.pypi.org']);

/**
 * PyPI API tokens: `pypi-` + base64url of a version-2 macaroon whose first field is the location
 * (`pypi.org` or `test.pypi.org`), followed by an identifier field.
 */
export function validatePypiMacaroon(secret: string): boolean {
  if (!secret.startsWith('pypi-')) return false;
  const bytes = decodeBase64Loose(secret.slice(5));
  if (!bytes || bytes.length < 16) return false;
  // Version 2 binary macaroon: 0x02, then field type 1 (location) with a one-byte varint length.
  if (bytes[0] !== 0x02 || bytes[1] !== 0x01) return false;
  const len = bytes[2]!;
  if (len === 0 || len > 0x7f || 3 + len >= bytes.length) return false;
  const location = bytes.subarray(3, 3 + len).toString('latin1');
  if (!PYPI_LOCATIONS.has(location)) return false;
  return bytes[3 + len] === 0x02; // identifier field
}

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** The AWS account ID encoded in a key ID (newer IDs only; undefined when the format does not carry one). */
export function awsAccountIdFromKeyId(keyId: string): string | undefined {
  if (!/^(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}$/.test(keyId)) return undefined;
  if (keyId[4] === 'I' || keyId[4] === 'J') return undefined;
  let bits = 0n;
  for (const ch of keyId.slice(4)) bits = (bits << 5n) | BigInt(B32.indexOf(ch));
  // 16 chars * 5 bits = 80 bits; the first 6 bytes (48 bits) carry the account.
  const first48 = bits >> 32n;
  const account = (first48 & 0x7fffffffff80n) >> 7n;
  return account.toString().padStart(12, '0');
}

/**
 * AWS key IDs: 4-char type prefix + 16 base32 chars; where the ID encodes an account (5th char not I/J),
 * the decoded account must fit in the 12 digits AWS account IDs have.
 */
export function validateAwsAccessKeyId(secret: string): boolean {
  if (!/^(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}$/.test(secret)) return false;
  const account = awsAccountIdFromKeyId(secret);
  return account === undefined || account.length === 12;
}

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

function bech32Polymod(values: number[]): number {
  const gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= gen[i]!;
  }
  return chk >>> 0;
}

function hrpExpand(hrp: string): number[] {
  const out: number[] = [];
  for (const c of hrp) out.push(c.charCodeAt(0) >> 5);
  out.push(0);
  for (const c of hrp) out.push(c.charCodeAt(0) & 31);
  return out;
}

/** Bech32 (BIP-173) checksum of `hrp` + data values: the 6 check values to append. */
export function bech32Checksum(hrp: string, data: number[]): number[] {
  const pm = bech32Polymod([...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const out: number[] = [];
  for (let i = 0; i < 6; i++) out.push((pm >>> (5 * (5 - i))) & 31);
  return out;
}

/** age secret keys: `AGE-SECRET-KEY-1` + 58 bech32 chars, checked case-insensitively (BIP-173). */
export function validateAgeBech32(secret: string): boolean {
  const lower = secret.toLowerCase();
  const sep = lower.lastIndexOf('1');
  if (sep < 1) return false;
  const hrp = lower.slice(0, sep);
  if (hrp !== 'age-secret-key-') return false;
  const data: number[] = [];
  for (const c of lower.slice(sep + 1)) {
    const v = BECH32.indexOf(c);
    if (v < 0) return false;
    data.push(v);
  }
  if (data.length !== 58) return false;
  return bech32Polymod([...hrpExpand(hrp), ...data]) === 1;
}

/** Tokens that are a short prefix plus base64 of a JSON object (`ops_eyJ…`, `glc_eyJ…`). */
export function validateBase64Json(secret: string): boolean {
  const us = secret.indexOf('_');
  if (us < 0) return false;
  return isJsonObject(decodeBase64Loose(secret.slice(us + 1)));
}

/** Sentry org tokens: `sntrys_<base64 JSON with iat>_<b64{43}>`. */
export function validateSentryOrgToken(secret: string): boolean {
  const m = /^sntrys_([A-Za-z0-9+/=]{20,})_([A-Za-z0-9+/]{43})$/.exec(secret);
  if (!m) return false;
  const bytes = decodeBase64Loose(m[1]!);
  if (!isJsonObject(bytes)) return false;
  return bytes!.toString('utf8').includes('"iat"');
}

export const VALIDATORS: Record<string, (secret: string) => boolean> = {
  'github-crc32': validateGithubCrc32,
  'npm-crc32': validateNpmCrc32,
  'gitlab-routable': validateGitlabRoutable,
  'atlassian-crc32': validateAtlassianCrc32,
  grafana: validateGrafana,
  cloudflare: validateCloudflare,
  'pypi-macaroon': validatePypiMacaroon,
  'aws-access-key-id': validateAwsAccessKeyId,
  'age-bech32': validateAgeBech32,
  'base64-json': validateBase64Json,
  'sentry-org-token': validateSentryOrgToken,
};

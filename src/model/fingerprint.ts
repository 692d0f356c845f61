// Fingerprints: the public identity of a secret in JSON, SARIF and baselines. v2 (`ks2_…`) is a salted scrypt
// of pattern id and value, costly to test a dictionary against; v1 (bare hex, unsalted SHA-256) is kept only to
// read old baselines and old PR comment markers. Never logs a value or a salt (docs/fingerprints.md).
import { createHash, randomBytes, scrypt, scryptSync } from 'node:crypto';
import { ConfigError } from './errors.js';

/**
 * The v2 KDF. A contract: baselines and SARIF's keyshift/secret/v2 key hold values made with exactly these
 * parameters, so a change here is a new version (ks3_, a new SARIF key, a new baseline header), never an edit.
 * N = 2^10 with r = 8 is 1 MiB of memory and about 2.5 ms per hash on one idle core (scripts/bench-fingerprint.mjs):
 * a few thousand findings cost seconds, a dictionary costs thousands of times more than SHA-256. N = 2^11 doubled
 * both; docs/fingerprints.md has the figures and the threat model.
 */
export const FINGERPRINT_KDF = Object.freeze({ algorithm: 'scrypt', N: 1024, r: 8, p: 1, keyLength: 16 } as const);

/** Visible version mark of a v2 fingerprint: `ks2_` + 32 lowercase hex digits (128 bits). */
export const FINGERPRINT_V2_PREFIX = 'ks2_';
export const FINGERPRINT_V2_RE = /^ks2_[0-9a-f]{32}$/;
export const FINGERPRINT_V1_RE = /^[0-9a-f]{16,64}$/;

/**
 * The salt when nothing names one (no request salt, no KEYSHIFT_FINGERPRINT_SALT, no `fingerprint.salt`, no v2
 * baseline). A constant, so that the same repository gets the same fingerprints on every machine and in every
 * clone (a root commit differs in a shallow clone, a remote URL changes with a rename or a fork). Public by design:
 * only the KDF cost protects values fingerprinted with it; `keyshift baseline create` writes a random salt.
 */
export const DEFAULT_FINGERPRINT_SALT = 'keyshift fingerprint v2 default salt';

/** Domain separation: the scrypt salt is this prefix and the user's salt, so no other use of a salt collides. */
const SALT_DOMAIN = 'keyshift/fingerprint/v2\0';
const SALT_ID_DOMAIN = 'keyshift/salt-id/v1\0';
export const MIN_SALT_LENGTH = 16;
export const MAX_SALT_LENGTH = 1024;

/** v1: sha256(pattern id, NUL, value), hex, first 32 characters. Unsalted and fast: reversible by a dictionary. */
export function fingerprintV1(patternId: string, value: string): string {
  return createHash('sha256').update(patternId).update('\0').update(value).digest('hex').slice(0, 32);
}

/** Where a salt came from, for messages (the salt itself is never shown). */
export type SaltSource = 'request' | 'env' | 'config' | 'baseline' | 'generated' | 'default';

export interface FingerprintSalt {
  value: string;
  source: SaltSource;
  /** Short public id of the salt (saltId): lets a baseline name an external salt without holding it. */
  id: string;
}

/** A salt's public id: sha256 over a domain and the salt, 16 hex digits. Only a guessable salt can be found from it. */
export function saltId(salt: string): string {
  return createHash('sha256').update(SALT_ID_DOMAIN).update(salt).digest('hex').slice(0, 16);
}

export function makeSalt(value: string, source: SaltSource): FingerprintSalt {
  return { value, source, id: saltId(value) };
}

/** A fresh random salt for a new baseline: 16 random bytes, base64url (22 characters). */
export function newSalt(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * Checks a salt a user supplied (`where` names the setting). The message never repeats the value: a salt from a
 * CI secret is what keeps a dictionary out, and it could be a secret pasted into the wrong place.
 */
export function checkSalt(value: unknown, where: string, file?: string, line?: number): string {
  if (typeof value !== 'string') throw new ConfigError(`${where}: expected a string of ${MIN_SALT_LENGTH} to ${MAX_SALT_LENGTH} characters`, file, line);
  if (value.length < MIN_SALT_LENGTH || value.length > MAX_SALT_LENGTH) {
    throw new ConfigError(`${where}: expected ${MIN_SALT_LENGTH} to ${MAX_SALT_LENGTH} characters, got ${value.length}; use a random value such as \`openssl rand -base64 24\``, file, line);
  }
  if (/[\u0000-\u001f\u007f]/.test(value)) throw new ConfigError(`${where}: the salt holds a control character (a pasted newline?); use printable characters only`, file, line);
  return value;
}

/** At most this many cached fingerprints per process; past it the cache starts over (an org scan of many repositories). */
const CACHE_MAX = 200_000;
const cache = new Map<string, Promise<string>>();
let computed = 0;

/** How many scrypt hashes this process has computed (not served from the cache); for the bench and tests. */
export function fingerprintsComputed(): number {
  return computed;
}

/**
 * The v2 fingerprint of one value: `ks2_` + hex(scrypt(pattern id NUL value, domain + salt)). Computed once per
 * distinct (salt, pattern id, value) in a process; the cache key is a SHA-256, never the value itself. The async
 * scrypt runs on libuv's thread pool, so a batch (fingerprintAll) uses every core without blocking the event loop.
 */
export function fingerprintV2(patternId: string, value: string, salt: string): Promise<string> {
  const key = createHash('sha256').update(salt).update('\0').update(patternId).update('\0').update(value).digest('base64');
  const hit = cache.get(key);
  if (hit) return hit;
  if (cache.size >= CACHE_MAX) cache.clear();
  const p = new Promise<string>((resolvePromise, reject) => {
    const { N, r, p: parallel, keyLength } = FINGERPRINT_KDF;
    scrypt(`${patternId}\0${value}`, `${SALT_DOMAIN}${salt}`, keyLength, { N, r, p: parallel, maxmem: 256 * N * r }, (err, key) => {
      if (err) reject(err);
      else {
        computed++;
        resolvePromise(`${FINGERPRINT_V2_PREFIX}${key.toString('hex')}`);
      }
    });
  });
  cache.set(key, p);
  p.catch(() => cache.delete(key));
  return p;
}

/**
 * The same v2 fingerprint, synchronously and uncached: for tests and tools that build findings by hand. The scan
 * never calls it (scryptSync blocks the event loop and uses one core).
 */
export function fingerprintV2Sync(patternId: string, value: string, salt: string): string {
  const { N, r, p, keyLength } = FINGERPRINT_KDF;
  return `${FINGERPRINT_V2_PREFIX}${scryptSync(`${patternId}\0${value}`, `${SALT_DOMAIN}${salt}`, keyLength, { N, r, p, maxmem: 256 * N * r }).toString('hex')}`;
}

/** v2 fingerprints of many values, in order; distinct values are hashed in parallel on the thread pool. */
export function fingerprintAll(items: readonly { patternId: string; value: string }[], salt: string): Promise<string[]> {
  return Promise.all(items.map((i) => fingerprintV2(i.patternId, i.value, salt)));
}

// Value filters that reject or annotate a regex candidate before it becomes a Match, cheapest first,
// plus the file-level tests (lockfile, minified) that switch generic patterns off. Pure; no I/O.
import type { PatternSpec } from '../model/types.js';
import { alphabetBits, entropyThreshold, shannonEntropy } from './entropy.js';

/** What a filter sees: one regex candidate and enough of its surroundings to judge it. */
export interface Candidate {
  spec: PatternSpec;
  /** spec.allow, compiled once by the catalog. */
  allow: readonly RegExp[];
  /** The checksum function named by spec.validator, if any. */
  validator?: (secret: string) => boolean;
  secret: string;
  text: string;
  /** Offsets of the secret in text. */
  start: number;
  end: number;
  /** Filled in by the filters that compute them, so that later steps do not compute them again. */
  entropy?: number;
  checksumValid?: boolean;
  notes: string[];
}

/** Returns why the candidate is dropped, or undefined to keep it (possibly after adding a note). */
export type ValueFilter = (c: Candidate) => string | undefined;

const GENERIC_MIN_LENGTH = 8;
const GENERIC_MAX_LENGTH = 150;
const CONTEXT_CHARS = 80;

/** The text on the secret's own line just before it, at most `max` characters. */
export function contextBefore(c: Candidate, max = CONTEXT_CHARS): string {
  const from = Math.max(0, c.start - max);
  const s = c.text.slice(from, c.start);
  const nl = s.lastIndexOf('\n');
  return nl === -1 ? s : s.slice(nl + 1);
}

function checksumValid(c: Candidate): boolean {
  if (!c.validator) return false;
  c.checksumValid ??= c.validator(c.secret);
  return c.checksumValid;
}

/**
 * For heuristics that a real credential can trip by chance (a random token containing "xxx"): a value
 * that passes its format's checksum is kept with a note; anything else is dropped.
 */
function dropOrNote(c: Candidate, reason: string): string | undefined {
  if (checksumValid(c)) {
    c.notes.push(reason);
    return undefined;
  }
  return reason;
}

/** All patterns: empty or absurd captures; generic patterns: the 8-150 characters a credential value takes. */
export function lengthSanity(c: Candidate): string | undefined {
  const n = c.secret.length;
  if (n < 4) return 'too-short';
  if (c.spec.generic && (n < GENERIC_MIN_LENGTH || n > GENERIC_MAX_LENGTH)) return 'generic-length';
  return undefined;
}

/** All patterns: the pattern's own allow regexes (documented example values). */
export function allowList(c: Candidate): string | undefined {
  for (const re of c.allow) {
    re.lastIndex = 0;
    if (re.test(c.secret)) return 'allow-list';
  }
  return undefined;
}

// Documentation words and masks; AWS publishes AKIAIOSFODNN7EXAMPLE and a secret ending in EXAMPLEKEY.
const PLACEHOLDER_WORDS =
  /example|sample|dummy|fake|changeme|change_me|change-me|placeholder|your[_-]|replace[_-]?me|redacted|insert[_-]?your|\*{4}|\.\.\.|…|<[A-Za-z][\w -]*>/i;
// Masks written with x: case-sensitive, since a random token may hold a mixed-case xXx.
const X_MASK = /xxx|XXXX/;
// References and templating: the value names where a secret lives, it is not one.
const REFERENCE_VALUE =
  /\$\{[^}]*\}|^\$[A-Za-z_][A-Za-z0-9_]*$|^%[A-Za-z_][A-Za-z0-9_]*%$|\{\{[^}]*\}\}|process\.env\.|os\.environ|getenv\(|^!Ref\b|^!Sub\b|^vault:|arn:aws:secretsmanager:|arn:aws:ssm:|^ENC\[|\$ANSIBLE_VAULT/;
// The same, judged from what sits right before the value (`${{ secrets.X }}` captures only `secrets.X`).
const REFERENCE_BEFORE = /(?:\$\{\{?\s*|\{\{\s*|\$|%|process\.env\.|os\.environ\[\s*["']?|getenv\(\s*["']?|!Ref\s+|vault:)$/;

/** Which documentation placeholder or reference syntax the value shows, if any. */
export function placeholderReason(secret: string, before = ''): string | undefined {
  if (PLACEHOLDER_WORDS.test(secret) || X_MASK.test(secret)) return 'placeholder';
  if (REFERENCE_VALUE.test(secret)) return 'reference';
  if (before !== '' && REFERENCE_BEFORE.test(before)) return 'reference';
  return undefined;
}

/** All patterns (kept with a note when the checksum is valid): documentation values and references. */
export function documentationPlaceholder(c: Candidate): string | undefined {
  const reason = placeholderReason(c.secret, contextBefore(c, 24));
  return reason === undefined ? undefined : dropOrNote(c, reason === 'reference' ? 'reference' : 'placeholder-like');
}

function isSequentialStep(a: number, b: number): boolean {
  const la = a >= 65 && a <= 90 ? a + 32 : a;
  const lb = b >= 65 && b <= 90 ? b + 32 : b;
  const alnum = (x: number) => (x >= 48 && x <= 57) || (x >= 97 && x <= 122);
  if (!alnum(la) || !alnum(lb)) return false;
  // 0-9 continues into a-f, as in 0123456789abcdef.
  if (la === 57 && lb === 97) return true;
  if (la === 97 && lb === 57) return true;
  return lb === la + 1 || lb === la - 1;
}

/** Longest run of one repeated character and longest ascending or descending run. */
export function longestRuns(s: string): { repeated: number; sequential: number } {
  let repeated = s.length > 0 ? 1 : 0;
  let sequential = repeated;
  let rep = 1;
  let seq = 1;
  let dir = 0;
  for (let i = 1; i < s.length; i++) {
    const a = s.charCodeAt(i - 1);
    const b = s.charCodeAt(i);
    rep = a === b ? rep + 1 : 1;
    if (rep > repeated) repeated = rep;
    if (isSequentialStep(a, b)) {
      const d = b > a || (a === 57 && (b === 97 || b === 65)) ? 1 : -1;
      seq = d === dir || seq === 1 ? seq + 1 : 2;
      dir = d;
    } else {
      seq = 1;
      dir = 0;
    }
    if (seq > sequential) sequential = seq;
  }
  return { repeated, sequential };
}

/**
 * All patterns (kept with a note when the checksum is valid): aaaaaa..., 0123456789, abcdef....
 * A run counts when it is at least 6 long and a quarter of the value, so the AAAAAAAA runs inside
 * long base64 key material do not count.
 */
export function repeatedOrSequential(c: Candidate): string | undefined {
  const { repeated, sequential } = longestRuns(c.secret);
  const needed = Math.max(6, c.secret.length / 4);
  if (repeated >= needed) return dropOrNote(c, 'repeated-chars');
  if (sequential >= needed) return dropOrNote(c, 'sequential-chars');
  return undefined;
}

// Base64 openings of file formats and public keys: PNG, JPEG, GIF, PDF, WOFF, WOFF2, ssh-rsa/ed25519/ecdsa.
const ENCODED_BLOB =
  /^(?:iVBORw0KGgo|\/9j\/|R0lGOD|JVBERi0|d09GRg|d09GMg|AAAAB3NzaC1|AAAAC3NzaC1|AAAAE2VjZHNh)|^data:|;base64,/;

/** All patterns: data URIs, embedded images and fonts, SSH public keys. */
export function encodedBlob(c: Candidate): string | undefined {
  return ENCODED_BLOB.test(c.secret) ? 'encoded-blob' : undefined;
}

/**
 * Patterns with min_entropy: Shannon entropy under entropyThreshold(). Generic patterns, whose value
 * charset is unknown, are held to a limit scaled to the charset the value actually uses.
 */
export function lowEntropy(c: Candidate): string | undefined {
  const min = c.spec.minEntropy;
  c.entropy ??= shannonEntropy(c.secret);
  if (min === undefined) return undefined;
  const bits = c.spec.generic ? alphabetBits(c.secret) : 6;
  return c.entropy < entropyThreshold(min, c.secret.length, bits) ? 'low-entropy' : undefined;
}

/** Patterns with a validator: a value that fails its format's checksum is not a live credential. */
export function checksum(c: Candidate): string | undefined {
  if (!c.validator) return undefined;
  return checksumValid(c) ? undefined : 'checksum-failed';
}

const HEX_HASH = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128})$/i;
const HASH_PREFIX = /^(?:sha1|sha256|sha384|sha512|md5|h1)[:-]/i;
const HASH_CONTEXT = /sha1|sha-1|sha256|sha-256|sha512|md5|commit|\brev\b|revision|integrity|digest|checksum|hash|etag|\bh1:/i;

/** Generic patterns: hashes (lockfile integrity, git SHAs, digests) next to a word that says so. */
export function hashWithContext(c: Candidate): string | undefined {
  if (!c.spec.generic) return undefined;
  if (HASH_PREFIX.test(c.secret)) return 'hash';
  if (HEX_HASH.test(c.secret) && HASH_CONTEXT.test(contextBefore(c))) return 'hash';
  return undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Generic patterns: a UUID is an identifier unless a provider pattern says otherwise. */
export function uuidValue(c: Candidate): string | undefined {
  return c.spec.generic && UUID.test(c.secret) ? 'uuid' : undefined;
}

const IDENTIFIER_SHAPES: readonly RegExp[] = [
  /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/, // dotted path: config.auth.token, this.password
  /^[A-Za-z_$][\w$.]*\(/, // call: getToken(), os.getenv("X")
  /^[a-z]+\d*(?:[A-Z][a-z]+\d*)+$/, // camelCase words: getAccessToken
  /^(?:[A-Z][a-z]+\d*){2,}$/, // PascalCase words: ApiKeyProvider
  /^[a-z]+(?:_[a-z]+\d*)+$/, // snake_case words: access_token_secret
  /^[A-Z]+(?:_[A-Z0-9]+)+$/, // environment variable names: GITHUB_TOKEN
  /^[a-z]+(?:-[a-z]+)+$/, // kebab-case words: x-api-key
];

/** Generic patterns: values that are code (identifiers, paths, calls), not credential material. */
export function codeIdentifier(c: Candidate): string | undefined {
  if (!c.spec.generic) return undefined;
  for (const re of IDENTIFIER_SHAPES) if (re.test(c.secret)) return 'code-identifier';
  return undefined;
}

/** Generic patterns: source-map and similar lines whose long values are encoded data. */
export function encodedContext(c: Candidate): string | undefined {
  if (!c.spec.generic) return undefined;
  return /sourceMappingURL|sourcesContent|base64,/.test(contextBefore(c, 200)) ? 'encoded-context' : undefined;
}

/** The filters in the order the engine applies them, cheapest and most decisive first. */
export const VALUE_FILTERS: readonly ValueFilter[] = [
  lengthSanity,
  allowList,
  documentationPlaceholder,
  repeatedOrSequential,
  encodedBlob,
  lowEntropy,
  checksum,
  hashWithContext,
  uuidValue,
  codeIdentifier,
  encodedContext,
];

/** Runs every filter; the first reason stops the chain. */
export function rejectReason(c: Candidate): string | undefined {
  for (const f of VALUE_FILTERS) {
    const reason = f(c);
    if (reason !== undefined) return reason;
  }
  return undefined;
}

const LOCKFILES = new Set([
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lock',
  'Cargo.lock',
  'poetry.lock',
  'Pipfile.lock',
  'go.sum',
  'composer.lock',
  'Gemfile.lock',
]);

/** Package-manager lockfiles: full of integrity hashes, so generic patterns skip them. */
export function isLockfile(path: string): boolean {
  const slash = path.lastIndexOf('/');
  return LOCKFILES.has(slash === -1 ? path : path.slice(slash + 1));
}

const MINIFIED_SAMPLE = 65536;
/** Below this many sampled characters a file is too small to call minified by line length. */
const MINIFIED_MIN_SAMPLE = 8192;
const MINIFIED_AVG_LINE = 500;

/**
 * *.min.js / *.min.css, or an average line longer than 500 characters over the first 64 KB.
 * `lineStarts` (the blob's line index), when given, saves counting line breaks again.
 */
export function isMinified(path: string, text: string, lineStarts?: readonly number[]): boolean {
  if (/\.min\.(?:js|mjs|cjs|css)$/i.test(path)) return true;
  const n = Math.min(text.length, MINIFIED_SAMPLE);
  if (n < MINIFIED_MIN_SAMPLE) return false;
  let lines = 1;
  if (lineStarts && lineStarts.length > 0) {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid]! < n) lo = mid;
      else hi = mid - 1;
    }
    lines = lo + 1;
  } else {
    let i = text.indexOf('\n');
    while (i !== -1 && i < n) {
      lines++;
      i = text.indexOf('\n', i + 1);
    }
  }
  return n / lines > MINIFIED_AVG_LINE;
}

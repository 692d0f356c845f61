// Value filters that reject or annotate a regex candidate before it becomes a Match, cheapest first,
// plus the file-level tests (lockfile, minified) that switch generic patterns off. Pure; no I/O.
import type { PatternSpec } from '../model/types.js';
import { alphabetBits, entropyThreshold, shannonEntropy } from './entropy.js';
import { keyWordsOf } from '../model/words.js';

/** What a filter sees: one regex candidate and enough of its surroundings to judge it. */
export interface Candidate {
  spec: PatternSpec;
  /** spec.allow, compiled once by the catalog. */
  allow: readonly RegExp[];
  /** spec.weakValues, compiled once by the catalog. */
  weak?: readonly RegExp[];
  /** The checksum function named by spec.validator, if any. */
  validator?: (secret: string) => boolean;
  secret: string;
  text: string;
  /** Offsets of the secret in text. */
  start: number;
  end: number;
  /** The key the value is assigned to, when an assignment rule read it (else assignedKey() looks back). */
  key?: string;
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
 * Validators that check structure only (charset, length, a decodable account id or JSON body), not a
 * checksum: a mask such as AKIAXXXXXXXXXXXXXXXX passes them, so they never rescue a placeholder.
 */
const STRUCTURAL_VALIDATORS: ReadonlySet<string> = new Set(['aws-access-key-id', 'base64-json', 'sentry-org-token']);

/** The value passes a real checksum (CRC, bech32, macaroon header), not merely a structural check. */
function checksumRescues(c: Candidate): boolean {
  return checksumValid(c) && !(c.spec.validator !== undefined && STRUCTURAL_VALIDATORS.has(c.spec.validator));
}

/**
 * For heuristics that a real credential can trip by chance (a random token containing "xxx"): a value
 * that passes its format's checksum is kept with a note; anything else is dropped.
 */
function dropOrNote(c: Candidate, reason: string): string | undefined {
  if (checksumRescues(c)) {
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
  /example|sample|dummy|fake|changeme|change_me|change-me|placeholder|your[_-]|replace[_-]?me|replace[_-]?with|redacted|insert[_-]?your|enter[_-]?your|\*{4}|\.\.\.|…|<[A-Za-z][\w -]*>|^\[[A-Za-z][\w -]*\]$/i;
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

// A value that is a template slot or a constant's name: {password}, %(password)s, <token>, :password,
// DB_PASSWORD, PERSONAL_ACCESS_TOKEN (upper-case names with an underscore, as in
// https://USERNAME:PERSONAL_ACCESS_TOKEN@github.com), or an upper-case secret word alone.
const TEMPLATE_SLOT = /^(?:\{[A-Za-z_][\w.-]{0,60}\}|%\([A-Za-z_]\w{0,60}\)[sd]|<[A-Za-z_][\w .-]{0,60}>|:[a-z_]\w{0,60}|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|PASSWORD|PASSWD|PASS|TOKEN|SECRET|APIKEY|API_KEY|PWD)$/;

/** All patterns (kept with a note when the checksum is valid): template slots and constant names. */
export function templateSlot(c: Candidate): string | undefined {
  return TEMPLATE_SLOT.test(c.secret) ? dropOrNote(c, 'template-slot') : undefined;
}

/** All patterns (kept with a note when the checksum is valid): documentation values and references. */
export function documentationPlaceholder(c: Candidate): string | undefined {
  const reason = placeholderReason(c.secret, contextBefore(c, 24));
  return reason === undefined ? undefined : dropOrNote(c, reason === 'reference' ? 'reference' : 'placeholder-like');
}

/** The decoded JSON of a JWT's payload, or undefined when it does not decode. */
function jwtPayload(token: string): string | undefined {
  const part = token.split('.')[1];
  if (part === undefined || !/^[A-Za-z0-9_-]+$/.test(part)) return undefined;
  const json = Buffer.from(part, 'base64url').toString('utf8');
  return json.startsWith('{') ? json : undefined;
}

// Claims that only documentation writes: AWS's EXAMPLE... ids, placeholder words, masks.
const JWT_DOC_CLAIMS = /EXAMPLE|\b(?:placeholder|dummy|redacted)\b|\bfake[_-]|XXXX/;

/** Patterns with decoder jwt: a token whose claims are documentation placeholders (kept if checksummed). */
export function jwtDocumentationClaims(c: Candidate): string | undefined {
  if (c.spec.decoder !== 'jwt') return undefined;
  const payload = jwtPayload(c.secret);
  return payload !== undefined && JWT_DOC_CLAIMS.test(payload) ? dropOrNote(c, 'placeholder-claims') : undefined;
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

// Keys whose value is an identifier: a UUID there is an id. Many SaaS keys are UUIDs (Heroku, Snyk,
// Opsgenie, HubSpot, npm legacy tokens), so a UUID under a secret-named key is kept.
const ID_KEY_WORDS: ReadonlySet<string> = new Set(['id', 'ids', 'uuid', 'guid', 'uid', 'tenant', 'subscription', 'account', 'client', 'app', 'application', 'project', 'org', 'organization', 'workspace', 'object', 'principal', 'resource', 'request', 'correlation', 'trace', 'instance', 'device', 'user', 'group', 'role']);

/** Generic patterns: a UUID under an id-like key (or under no key at all) is an identifier. */
export function uuidValue(c: Candidate): string | undefined {
  if (!c.spec.generic || !UUID.test(c.secret)) return undefined;
  const words = keyWordsOf(assignedKey(c));
  const last = words[words.length - 1];
  if (last === undefined || ID_KEY_WORDS.has(last)) return 'uuid';
  // tenant_secret_id, client_id_token: an id word anywhere but a secret word last is still a secret.
  return /^(?:secret|token|key|password|passwd|pwd|pass|credential|credentials|apikey)$/.test(last) ? undefined : 'uuid';
}

const IDENTIFIER_SHAPES: readonly RegExp[] = [
  // Dotted paths whose segments are words (config.auth.token, this.password, process.env.DB_PASS), not a
  // random value that happens to hold a dot (TteHZUN.rUf2z_PP is a password).
  /^(?:[a-z_$][a-z0-9_$]*(?:[A-Z][a-z0-9_$]+)*|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)*|[A-Z][A-Z0-9_]*)(?:\.(?:[a-z_$][a-z0-9_$]*(?:[A-Z][a-z0-9_$]+)*|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)*|[A-Z][A-Z0-9_]*))+$/,
  /^(?=[^\[]{0,200}\[)[A-Za-z_$][\w$]*(?:\[[^\]\s]{0,12}\])*(?:\.[A-Za-z_$][\w$]*(?:\[[^\]\s]{0,12}\])*)+$/, // path with indexes: Jobs[-1].JobId
  /^[A-Za-z_$][\w$.]*\(/, // call: getToken(), os.getenv("X")
  /^[a-z]+(?:[A-Z][a-z]+)+\d*$/, // camelCase words: getAccessToken (digits only at the end: Qm4Xt8 is not words)
  /^[a-z]{2,}\d*(?:[A-Z][a-z]{2,}\d*)+$/, // camelCase words with a version digit: oauth2Client, s3Bucket (humps of 2+ letters)
  /^[a-z]+(?::[a-z]+)+$/, // colon-joined words: outputs:surface (USD, XML namespaces)
  /^(?:this|self)\.[A-Za-z_$][\w$]*(?:[.[(]|$)/, // member expressions: this.passes[i], self.token()
  /^(?:[A-Z][a-z]+){2,}\d*$/, // PascalCase words: ApiKeyProvider
  /^[A-Z]{2,6}(?:[A-Z][a-z]+)+\d*$/, // PascalCase after an acronym: JSXIdentifier, DOMTokenList
  /^[a-z]+(?:_[a-z]+\d*)+$/, // snake_case words: access_token_secret
  /^[A-Z]+(?:_[A-Z0-9]+)+$/, // environment variable names: GITHUB_TOKEN
  /^[a-z]+(?:-[a-z]+)+$/, // kebab-case words: x-api-key
  /^[a-z]+\d*(?:-[a-z]+\d*)*(?:\.[a-z]+\d*(?:-[a-z]+\d*)*)+$/, // dotted kebab-case words: mailgun.private-key, aws.secret-access-key (pattern ids, package names)
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

// Values that locate or describe something rather than authenticate: URLs without credentials, URNs,
// ARNs, file paths, dates and versions, {templates}.
const LOCATOR_VALUE: readonly RegExp[] = [
  /^[a-z][a-z0-9+.-]{1,15}:\/\/(?![^/?#\s]*@)/i, // URL without user:password@
  /^urn:[a-z0-9-]+:/i,
  /^arn:aws[a-z-]*:/,
  /^(?:\/|\.{1,2}\/|~\/|[A-Za-z]:\\)[\w.@~ -]*(?:[/\\][\w.@~ -]*)*$/, // absolute or relative file path
  /^[a-z0-9_.@-]+(?:\/[a-z0-9_.@-]+)+\/?$/, // lower-case slash path or namespaced id: keyshift/secret/v1
  /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+)?(?:Z|[+-]\d{2}:?\d{2})?$/, // ISO date or timestamp
  /^v?\d+(?:\.\d+){1,3}(?:[-+][\w.-]+)?$/, // version
  /^\{[A-Za-z_][\w.-]*\}$/, // {placeholder} template
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){2,}[a-z]{2,24}(?::\d{1,5})?$/, // host name: 123456789012.dkr.ecr.eu-west-1.amazonaws.com
];

/** Generic patterns: URLs, URNs, ARNs, paths, dates, versions and templates are not credential material. */
export function locatorValue(c: Candidate): string | undefined {
  if (!c.spec.generic) return undefined;
  for (const re of LOCATOR_VALUE) if (re.test(c.secret)) return 'locator';
  return undefined;
}

/**
 * The name a generic value is assigned to: the identifier right before the (optional) closing quote,
 * operator and opening quote, on the value's own line; '' when there is none.
 */
export function assignedKey(c: Candidate): string {
  if (c.key !== undefined) return c.key;
  const m = /([A-Za-z0-9_.-]+)["'`]?\s{0,3}(?::=|=>|\?=|\|\||[:=,])?\s{0,3}["'`]?$/.exec(contextBefore(c, 120));
  return m ? m[1]! : '';
}

/** A key name split into lower-case words (the one rule lives in model/words.ts). */
export const keyWords = keyWordsOf;

// The last word of a key that holds something next to a secret, not the secret: its id, where it lives,
// its type, a hash or signature of it, its size or age, a label for it.
const NON_SECRET_LAST_WORDS: ReadonlySet<string> = new Set([
  'id', 'ids', 'uid', 'guid', 'uuid', 'arn', 'arns', 'url', 'urls', 'uri', 'uris', 'endpoint', 'host', 'hostname', 'domain',
  'path', 'paths', 'file', 'filename', 'dir', 'name', 'names', 'type', 'types', 'kind', 'hash', 'hashed', 'digest',
  'checksum', 'sha', 'md5', 'fingerprint', 'signature', 'salt', 'length', 'len', 'size', 'count', 'limit', 'expires', 'expiry',
  'expiration', 'ttl', 'timeout', 'at', 'date', 'time', 'timestamp', 'used', 'header', 'field', 'param', 'prefix', 'suffix',
  'label', 'title', 'description', 'hint', 'help', 'message', 'error', 'policy', 'mode', 'method', 'format', 'version', 'scope',
  'scopes', 'audience', 'issuer', 'algorithm', 'alg', 'pattern', 'regex', 'template', 'provider', 'location', 'region', 'status',
  'generation', 'rotation', 'placeholder', 'enabled', 'required', 'ref',
  // Flags that say where a secret comes from, not the secret: --password-stdin, --token-file, --pass-env.
  'stdin', 'prompt', 'env', 'fd', 'cmd', 'command',
]);
// Tokens that page, order or de-duplicate API calls (nextToken, pageToken, ClientToken): opaque, not credentials.
const NON_SECRET_TOKEN_QUALIFIERS: ReadonlySet<string> = new Set([
  'next', 'page', 'pagination', 'continuation', 'continue', 'cursor', 'marker', 'wait', 'sync', 'output', 'input',
  'idempotency', 'client', 'resume', 'start', 'skip', 'delta', 'change', 'changes', 'term', 'prev', 'previous',
  // ClientRequestToken (AWS API idempotency): the id of a call, not a credential.
  'request',
]);
// Longer qualifier runs before a last word 'token': LifecycleActionToken (an AWS lifecycle hook's id). Not 'action'
// alone: GH_ACTION_TOKEN holds a credential.
const NON_SECRET_TOKEN_RUNS: readonly (readonly string[])[] = [['lifecycle', 'action']];
// A value that names a secret (a label, a key name echoed back, "my_token") is not the secret itself.
const SECRET_WORD = /secret|token|api[_-]?key|credential|passw(?:or)?d|passwort/i;
const PASSWORD_WORD = /passw(?:or)?d|passwort/i;

/**
 * Generic patterns: judged by the key the value is assigned to. Keys whose last word says the value is an
 * id, URL, type, hash, size, date or label; paging and idempotency tokens; a value that repeats its key
 * (my_nextPageToken) or contains a secret word (password rule: a password word) is a name, not a secret.
 */
/** The key's last word says the value is an id, URL, type, label... (the first test of nonSecretKey). */
export function nonSecretLastWord(c: Candidate): string | undefined {
  const words = keyWords(assignedKey(c));
  const last = words[words.length - 1];
  return last !== undefined && NON_SECRET_LAST_WORDS.has(last) ? 'non-secret-key' : undefined;
}

export function nonSecretKey(c: Candidate): string | undefined {
  if (!c.spec.generic) return undefined;
  const key = assignedKey(c);
  const words = keyWords(key);
  const last = words[words.length - 1];
  if (last !== undefined && NON_SECRET_LAST_WORDS.has(last)) return 'non-secret-key';
  if (last === 'token' && words.length >= 2 && NON_SECRET_TOKEN_QUALIFIERS.has(words[words.length - 2]!)) return 'paging-token';
  if (last === 'token' && NON_SECRET_TOKEN_RUNS.some((run) => run.every((w, i) => words[words.length - 1 - run.length + i] === w))) return 'paging-token';
  const flatKey = words.join('');
  if (flatKey.length >= 5 && c.secret.toLowerCase().replace(/[^a-z0-9]/g, '').includes(flatKey)) return 'echoes-key';
  const isPassword = /password|passwd|passwort|pwd/i.test(c.spec.id);
  // A connection string names its own Password= field; the value-word checks do not apply to it.
  if (c.spec.id.endsWith('connection-string')) return undefined;
  if ((isPassword ? PASSWORD_WORD : SECRET_WORD).test(c.secret)) return 'names-a-secret';
  // A lower-case word followed by digits (cachedvol112233) is a label; a password may be exactly that, so not there.
  if (!isPassword && /^[a-z]+\d+$/.test(c.secret)) return 'word-and-number';
  return undefined;
}

/**
 * Generic patterns: a base64 value (a Kubernetes Secret's data, a basic-auth blob) that decodes to
 * printable text is judged by what it encodes: Y2hhbmdlbWU= is "changeme", a placeholder.
 */
export function encodedPlaceholder(c: Candidate): string | undefined {
  if (!c.spec.generic || c.secret.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(c.secret)) return undefined;
  const decoded = Buffer.from(c.secret, 'base64').toString('latin1');
  if (!/^[\x20-\x7e]{4,}$/.test(decoded)) return undefined;
  if (placeholderReason(decoded) !== undefined) return 'encoded-placeholder';
  for (const re of c.allow) {
    re.lastIndex = 0;
    if (re.test(decoded)) return 'encoded-placeholder';
  }
  return undefined;
}

/** The filters in the order the engine applies them, cheapest and most decisive first. */
export const VALUE_FILTERS: readonly ValueFilter[] = [
  lengthSanity,
  allowList,
  documentationPlaceholder,
  templateSlot,
  repeatedOrSequential,
  encodedBlob,
  lowEntropy,
  checksum,
  hashWithContext,
  uuidValue,
  codeIdentifier,
  encodedContext,
  locatorValue,
  nonSecretKey,
  encodedPlaceholder,
  jwtDocumentationClaims,
];

/**
 * A weak or default password of the pattern's weak_values list (admin123, changeme) is kept whatever the
 * placeholder filters would say: a committed default password is a finding, reported at low severity.
 */
export function weakDefaultPassword(c: Candidate): boolean {
  if (!c.weak || c.weak.length === 0) return false;
  for (const re of c.weak) {
    re.lastIndex = 0;
    if (re.test(c.secret)) {
      c.notes.push('weak-default-password');
      return true;
    }
  }
  return false;
}

/** Runs every filter; the first reason stops the chain. */
export function rejectReason(c: Candidate): string | undefined {
  // A weak default is still judged by its key: PASSWORD_FIELD_LABEL = 'Password' is a label, not a password.
  if (weakDefaultPassword(c)) return lengthSanity(c) ?? nonSecretLastWord(c);
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
 * *.min.js / *.min.css, source maps (*.js.map, *.css.map: names and mappings, not assignments), or an average line longer than 500 characters over the first 64 KB.
 * `lineStarts` (the blob's line index), when given, saves counting line breaks again.
 */
export function isMinified(path: string, text: string, lineStarts?: readonly number[]): boolean {
  if (/\.min\.(?:js|mjs|cjs|css)$/i.test(path) || /\.(?:js|mjs|cjs|css)\.map$/i.test(path)) return true;
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

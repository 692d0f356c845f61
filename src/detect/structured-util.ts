// Shared plumbing for the structured (parsed-file) detectors: positions, strict base64, secret-name
// grammar, value checks and how a structured hit becomes (or enriches) a Match. Pure; malformed input is
// not an error (isParseFailure names what is expected), anything else thrown is a bug and propagates.
import type { Scalar, YAMLError } from 'yaml';
import { isScalar, isYamlError } from '../model/yaml-lib.js';
import type { Blob, Match, PatternSpec } from '../model/types.js';
import { shannonEntropy } from './entropy.js';
import { rejectReason } from './filters.js';
import { positionAt } from '../model/text.js';

/** What every structured parser gets: the file, the ids it may report, the rules, the regex catalog and its hits. */
export interface StructuredRun {
  blob: Blob;
  ids: ReadonlySet<string>;
  /** The structured rules (patterns/structured/*.yaml) by id: the thresholds a parser judges a value by. */
  rules: ReadonlyMap<string, PatternSpec>;
  /** Ids of generic regex rules (below the format tier, by their data): a structured hit outranks them. */
  generic: ReadonlySet<string>;
  rescan: (text: string) => Match[];
  /** What the regex catalog finds in blob.text; structured hits on the same span enrich these. */
  existing: Match[];
  out: Match[];
}

export interface Span {
  start: number;
  end: number;
}

/** Strict standard base64 (padding required, whitespace ignored) decoded as UTF-8 text; undefined otherwise. */
export function decodeBase64Text(value: string): string | undefined {
  const s = value.replace(/\s+/g, '');
  if (s.length === 0 || s.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(s)) return undefined;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(s, 'base64'));
    // Binary payloads (keystores, images) are not text credentials.
    return /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(text) ? undefined : text;
  } catch (err) {
    // Bytes that are not UTF-8 (the fatal decoder's one error); anything else is a bug.
    if ((err as NodeJS.ErrnoException).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') return undefined;
    throw err;
  }
}

/**
 * The errors that mean "this input is malformed", which a structured parser turns into no match: JSON and
 * YAML syntax, and a stack overflow on input nested deeper than the parser's recursion allows. Any other
 * error (a TypeError in a walker) is a bug and must reach the scan's per-file error path.
 */
export function isParseFailure(err: unknown): boolean {
  return err instanceof SyntaxError || isYamlError(err) || (err instanceof RangeError && /call stack/i.test(err.message));
}

/** base64(user:password) as docker and npm write it; undefined unless both parts are there. */
export function decodeUserPassword(value: string): { username: string; password: string } | undefined {
  const text = decodeBase64Text(value);
  if (text === undefined || /[\r\n]/.test(text)) return undefined;
  const colon = text.indexOf(':');
  if (colon <= 0 || colon === text.length - 1) return undefined;
  return { username: text.slice(0, colon), password: text.slice(colon + 1) };
}

// Section 11 of the credentials reference: names that say "this holds a secret", matched on whole words.
const SECRET_WORDS =
  /(?:^|_)(?:PASSWORD|PASSWD|PWD|PASS|PASSPHRASE|SECRET|SECRETS|TOKEN|APIKEY|API_KEY|ACCESS_KEY|SECRET_KEY|PRIVATE_KEY|AUTH|CREDENTIALS?|CREDS|CLIENT_SECRET|CONNSTR|CONN_STR|CONNECTION_STRING|SIGNING_KEY|ENCRYPTION_KEY|MASTER_KEY)(?:_|$)/;
// A name ending in one of these describes a setting about the secret, not the secret.
const SETTING_WORDS = new Set([
  'URL', 'URI', 'HOST', 'PORT', 'PATH', 'FILE', 'DIR', 'NAME', 'USER', 'USERNAME', 'ID', 'TYPE', 'LENGTH', 'LEN',
  'TTL', 'EXPIRY', 'EXPIRES', 'EXPIRATION', 'ENABLED', 'DISABLED', 'HEADER', 'METHOD', 'ENDPOINT', 'REGION',
  'ALGORITHM', 'ALG', 'MODE', 'PROVIDER', 'ISSUER', 'AUDIENCE', 'SCOPE', 'SCOPES', 'TIMEOUT', 'VERSION',
  'LOCATION', 'ARN', 'FIELD', 'PARAM', 'PREFIX', 'REF', 'ENV', 'VAR', 'FORMAT', 'LIFETIME', 'DOMAIN', 'POLICY',
]);
const PUBLIC_WORDS = /(?:^|_)(?:PUBLIC|PUB|PUBLISHABLE|SITE)(?:_|$)/;

/** Whether a variable or key name names a secret ('password' for password names, which may be low-entropy). */
export function secretName(name: string): 'password' | 'secret' | undefined {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter((w) => w.length > 0);
  if (words.length === 0 || SETTING_WORDS.has(words[words.length - 1]!)) return undefined;
  const joined = words.join('_');
  if (PUBLIC_WORDS.test(joined)) return undefined;
  const last = words[words.length - 1]!;
  if (!SECRET_WORDS.test(joined) && !(last === 'KEY' && words.length > 1)) return undefined;
  return /(?:^|_)(?:PASSWORD|PASSWD|PWD|PASS|PASSPHRASE)(?:_|$)/.test(joined) ? 'password' : 'secret';
}

// Passwords that only a tutorial uses; a config holding one is not a leak worth a finding.
const WEAK_PASSWORD = /^(?:password|passw0rd|changeme|changeit|secret|admin|root|guest|test|user|postgres|mysql|12345678|qwertyuiop|letmein|anonymous)\d{0,4}$/i;

/**
 * Runs the engine's own value filters (placeholder, reference, repeated or sequential, entropy, hash,
 * identifier shapes) on a value the parser found. `text`/`start` give the filters the value's surroundings.
 */
export function acceptValue(
  spec: PatternSpec,
  value: string,
  at?: { text: string; start: number; end: number },
): boolean {
  if (/\s/.test(value) || WEAK_PASSWORD.test(value)) return false;
  const where = at ?? { text: value, start: 0, end: value.length };
  return rejectReason({ spec, allow: [], secret: value, text: where.text, start: where.start, end: where.end, notes: [] }) === undefined;
}

/** The content span of a YAML scalar (quotes excluded; the first content line of a block scalar). */
export function scalarSpan(node: unknown, text: string): Span | undefined {
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
  const scalar = node as Scalar<string>;
  const [s, e] = scalar.range!;
  switch (scalar.type) {
    case 'QUOTE_DOUBLE':
    case 'QUOTE_SINGLE':
      return e - 1 > s + 1 ? { start: s + 1, end: e - 1 } : undefined;
    case 'PLAIN':
      return e > s ? { start: s, end: e } : undefined;
    default: {
      // Block scalar: skip the `|` / `>` header line and the indentation.
      const nl = text.indexOf('\n', s);
      if (nl === -1 || nl >= e) return undefined;
      let start = nl + 1;
      while (start < e && (text[start] === ' ' || text[start] === '\t' || text[start] === '\n' || text[start] === '\r')) start++;
      let end = e;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      return end > start ? { start, end } : undefined;
    }
  }
}

/** The start offset of a YAML node (a map key, say). */
export function nodeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? range[0] : undefined;
}

function overlaps(m: Match, span: Span): boolean {
  return m.start < span.end && span.start < m.end;
}

export interface Hit {
  id: string;
  span: Span;
  secret: string;
  details?: Record<string, string | number | boolean>;
  notes?: string[];
  /** Judges a value no regex found; not called when a provider regex match already covers the span. */
  accept: () => boolean;
  /** This id is more specific than a generic regex hit on the same value, and replaces it (default true). */
  overGeneric?: boolean;
  /**
   * The parser owns this value whatever a regex made of it (a kubeconfig user's token, a JWT included):
   * the hit is reported under its own id and every regex match on the span is dropped by mergeStructured.
   * `accept` is skipped when a non-generic regex match already vouches for the value.
   */
  owns?: boolean;
}

function mergeDetails(m: Match, details?: Match['details'], notes?: string[]): Match {
  const out: Match = { ...m };
  if (details && Object.keys(details).length > 0) out.details = { ...m.details, ...details };
  if (notes && notes.length > 0) out.notes = [...new Set([...(m.notes ?? []), ...notes])];
  return out;
}

/**
 * Reports a structured hit. With `owns`, the hit is always the parser's own match. Otherwise provider regex matches on the same span are enriched (same id and span, the
 * parser's details added) rather than reported twice. Otherwise the hit becomes a new match when its id
 * is active and its value passes `accept`; generic matches (run.generic) on the span are then superseded (dropped by
 * mergeStructured), or enriched when the hit is itself no more specific than they are.
 */
export function report(run: StructuredRun, hit: Hit): void {
  const covering = run.existing.filter((m) => overlaps(m, hit.span));
  const specific = covering.filter((m) => !run.generic.has(m.patternId));
  const enrich = (list: Match[]): void => {
    for (const m of list) if (run.ids.has(m.patternId)) run.out.push(mergeDetails(m, hit.details, hit.notes));
  };
  if (hit.owns && run.ids.has(hit.id) && (specific.length > 0 || hit.accept())) {
    const m = makeMatch(run.blob, hit.id, hit.span, hit.secret, hit.details, hit.notes);
    // A provider pattern's checksum verdict on the same value still tells whether it is well-formed.
    const checked = specific.find((c) => c.checksum !== 'none' && c.start === hit.span.start && c.end === hit.span.end);
    if (checked) m.checksum = checked.checksum;
    run.out.push(m);
    return;
  }
  if (specific.length > 0) return enrich(specific);
  if (covering.length > 0 && hit.overGeneric === false) return enrich(covering);
  if (run.ids.has(hit.id) && hit.accept()) {
    run.out.push(makeMatch(run.blob, hit.id, hit.span, hit.secret, hit.details, hit.notes));
    return;
  }
  enrich(covering);
}

export function makeMatch(
  blob: Blob,
  id: string,
  span: Span,
  secret: string,
  details?: Match['details'],
  notes?: string[],
): Match {
  const a = positionAt(blob.lineStarts, span.start);
  const b = positionAt(blob.lineStarts, span.end);
  const m: Match = {
    patternId: id,
    start: span.start,
    end: span.end,
    line: a.line,
    column: a.column,
    endLine: b.line,
    endColumn: b.column,
    secret,
    entropy: shannonEntropy(secret),
    checksum: 'none',
  };
  if (details && Object.keys(details).length > 0) m.details = details;
  if (notes && notes.length > 0) m.notes = notes;
  return m;
}

/** The file name after the last slash. */
export function baseName(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? path : path.slice(slash + 1);
}

/** A stand-in spec for judging a password-like value the parser found (low entropy allowed, no placeholder). */
export function passwordSpec(id: string, minEntropy = 2.5): PatternSpec {
  return {
    id,
    name: id,
    provider: id.split('.')[0]!,
    family: 'structured',
    kind: 'static-key',
    severity: 'high',
    confidence: 'high',
    keywords: ['password'],
    regex: '(password)',
    flags: '',
    minEntropy,
    migration: 'secrets-manager-rotation',
    references: [],
    tags: [],
    cwe: [],
    generic: true,
    publishable: false,
    allow: [],
    examples: [],
    negativeExamples: [],
  };
}

// The baseline file: accepted findings keyed by fingerprint + pattern id + path (no volatile fields),
// sorted one entry per line so branches merge cleanly; importers re-locate gitleaks and detect-secrets
// entries onto current findings. Pure (text in, text out); never prints or stores a raw secret.
import { createHash } from 'node:crypto';
import { ConfigError } from '../model/errors.js';
import { Secret } from '../model/secret.js';
import { checkSalt, FINGERPRINT_KDF, FINGERPRINT_V1_RE, FINGERPRINT_V2_RE, saltId } from '../model/fingerprint.js';
import type { Finding } from '../model/types.js';

export const BASELINE_HEADER_V1 = '# keyshift baseline v1';
export const BASELINE_HEADER = '# keyshift baseline v2';

/** The v2 header's KDF line, before `salt=` or `salt-id=`: the parameters of model/fingerprint.ts, written out. */
const KDF_LINE = `fingerprint: ${FINGERPRINT_KDF.algorithm} N=${FINGERPRINT_KDF.N} r=${FINGERPRINT_KDF.r} p=${FINGERPRINT_KDF.p} len=${FINGERPRINT_KDF.keyLength}`;

const HEADER_COMMENT = [
  '# Accepted findings: one per line, "<fingerprint> <pattern-id> <path>", sorted. No line numbers, commits or',
  '# dates, so entries survive code moves and rebases. Regenerate with: keyshift baseline update',
  '# Merging: add "<this file> merge=union" to .gitattributes and parallel additions never conflict.',
  '# Fingerprints are salted scrypt hashes (docs/fingerprints.md); the line above the entries names the salt.',
];

/**
 * How a baseline's fingerprints were made. v1: unsalted SHA-256 (read and migrated, never written). v2: scrypt
 * with a salt that is either in the file (`salt`) or kept outside it, in KEYSHIFT_FINGERPRINT_SALT or the config,
 * and named only by its public id (`saltId` without `salt`).
 */
export type BaselineScheme = { version: 1 } | { version: 2; saltId: string; salt?: string };

export interface ParsedBaseline {
  /** Undefined for an empty file (no header): it accepts nothing and fixes no salt. */
  scheme?: BaselineScheme;
  entries: BaselineEntry[];
}

export interface BaselineEntry {
  /** Finding.fingerprint: a hash of pattern id and secret, never of a location. */
  fingerprint: string;
  ruleId: string;
  /** Repository-relative POSIX path. */
  path: string;
}

/** Entries as a set of keys, for matching findings, and how their fingerprints were made. */
export interface BaselineIndex {
  keys: Set<string>;
  scheme?: BaselineScheme;
}

const RULE_ID = /^[A-Za-z0-9][\w.-]*$/;

function key(e: BaselineEntry): string {
  return `${e.fingerprint} ${e.ruleId} ${e.path}`;
}

/** The path as written: plain unless it would be ambiguous, then a JSON string. */
function encodePath(p: string): string {
  return /^\s|\s$|^"|[\x00-\x1f\x7f]/.test(p) || p === '' ? JSON.stringify(p) : p;
}

function entryLine(e: BaselineEntry): string {
  return `${e.fingerprint} ${e.ruleId} ${encodePath(e.path)}`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The v2 scheme a baseline written now gets: the salt itself when it may be public, else only its id. */
export function schemeFor(salt: string, storeSalt: boolean): BaselineScheme {
  return storeSalt ? { version: 2, saltId: saltId(salt), salt } : { version: 2, saltId: saltId(salt) };
}

/** True when two schemes make the same fingerprints (v2 with the same salt). */
export function sameScheme(a: BaselineScheme | undefined, b: BaselineScheme | undefined): boolean {
  return a?.version === 2 && b?.version === 2 && a.saltId === b.saltId;
}

/** Sorted, de-duplicated v2 baseline text for entries whose fingerprints were made with `scheme`. */
export function formatBaseline(entries: BaselineEntry[], scheme: BaselineScheme): string {
  if (scheme.version !== 2) throw new TypeError('only v2 baselines are written');
  const lines = [...new Set(entries.map(entryLine))].sort(cmp);
  const kdf = scheme.salt !== undefined ? `${KDF_LINE} salt=${scheme.salt}` : `${KDF_LINE} salt-id=${scheme.saltId}`;
  return `${[BASELINE_HEADER, ...HEADER_COMMENT, kdf, ...lines].join('\n')}\n`;
}

/** Findings that belong in a baseline: those not already suppressed by a directive or allowlist. */
function baselineable(findings: Finding[]): BaselineEntry[] {
  return findings
    .filter((f) => f.suppressions.every((s) => s.source === 'baseline'))
    .map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, path: f.path }));
}

/** A baseline of the findings, whose fingerprints must have been made with `scheme`'s salt. */
export function createBaseline(findings: Finding[], scheme: BaselineScheme): string {
  return formatBaseline(baselineable(findings), scheme);
}

/** Parses baseline text (entries only); see readBaseline. */
export function parseBaseline(text: string, file: string): BaselineEntry[] {
  return readBaseline(text, file).entries;
}

/** Parses a v1 or v2 baseline; throws ConfigError with file:line on the first malformed line. */
export function readBaseline(text: string, file: string): ParsedBaseline {
  const lines = text.split(/\r?\n/);
  const firstIdx = lines.findIndex((l) => l.trim() !== '');
  if (firstIdx === -1) return { entries: [] };
  const first = lines[firstIdx]!.trim();
  if (first !== BASELINE_HEADER && first !== BASELINE_HEADER_V1) {
    const hint = /^[[{]/.test(first)
      ? 'this looks like JSON; to use a gitleaks report or a detect-secrets baseline run keyshift baseline import'
      : /^# keyshift baseline v\d+$/.test(first)
        ? 'this baseline version is not supported by this keyshift; upgrade keyshift'
        : `expected the first line to be "${BASELINE_HEADER}"; create one with keyshift baseline create`;
    throw new ConfigError(`not a keyshift baseline: ${hint}`, file, firstIdx + 1);
  }
  const v2 = first === BASELINE_HEADER;
  let scheme: BaselineScheme | undefined = v2 ? undefined : { version: 1 };
  const out: BaselineEntry[] = [];
  for (let i = firstIdx + 1; i < lines.length; i++) {
    const line = lines[i]!;
    const where = i + 1;
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (v2 && line.startsWith('fingerprint:')) {
      if (scheme) throw new ConfigError('a second "fingerprint:" line; a baseline has one salt', file, where);
      scheme = parseKdfLine(line, file, where);
      continue;
    }
    if (!scheme) throw new ConfigError(`expected the line "${KDF_LINE} salt=..." before the first entry; regenerate with keyshift baseline create --force`, file, where);
    const m = /^(\S+) (\S+) (.+)$/.exec(line);
    if (!m) throw new ConfigError('expected "<fingerprint> <pattern-id> <path>" separated by single spaces', file, where);
    const [, fp, ruleId, rawPath] = m as unknown as [string, string, string, string];
    if (!(v2 ? FINGERPRINT_V2_RE : FINGERPRINT_V1_RE).test(fp)) {
      const want = v2 ? 'a v2 fingerprint (ks2_ and 32 lowercase hex digits)' : 'a lowercase hex fingerprint';
      throw new ConfigError(`expected ${want} first; got ${JSON.stringify(fp.slice(0, 20))}`, file, where);
    }
    if (!RULE_ID.test(ruleId)) throw new ConfigError(`expected a pattern id second; got ${JSON.stringify(ruleId.slice(0, 40))}`, file, where);
    let path = rawPath;
    if (rawPath.startsWith('"')) {
      try {
        path = JSON.parse(rawPath) as string;
      } catch {
        throw new ConfigError('the quoted path is not a valid JSON string; fix the quoting or regenerate with keyshift baseline update', file, where);
      }
    }
    out.push({ fingerprint: fp, ruleId, path });
  }
  // A v2 header with no entries and no KDF line (written by hand) fixes no salt.
  return { ...(scheme && { scheme }), entries: out };
}

/** `fingerprint: scrypt N=2048 r=8 p=1 len=16 salt=<salt>` or `... salt-id=<16 hex>`; other parameters are refused. */
function parseKdfLine(line: string, file: string, where: number): BaselineScheme {
  if (!line.startsWith(`${KDF_LINE} `)) {
    throw new ConfigError(`expected "${KDF_LINE} salt=..." (the only KDF parameters this keyshift reads); regenerate with keyshift baseline create --force`, file, where);
  }
  const rest = line.slice(KDF_LINE.length + 1);
  if (rest.startsWith('salt=')) {
    const salt = checkSalt(rest.slice('salt='.length), 'the baseline\'s salt', file, where);
    return { version: 2, saltId: saltId(salt), salt };
  }
  const id = /^salt-id=([0-9a-f]{16})$/.exec(rest);
  if (id) return { version: 2, saltId: id[1]! };
  throw new ConfigError('expected salt=<salt> or salt-id=<16 hex digits> after the KDF parameters', file, where);
}

export function indexBaseline(parsed: ParsedBaseline): BaselineIndex {
  return { keys: new Set(parsed.entries.map(key)), ...(parsed.scheme && { scheme: parsed.scheme }) };
}

/** `fingerprint` is the finding's fingerprint under the baseline's scheme (the scan computes it when that differs). */
export function matchBaseline(finding: Finding, index: BaselineIndex, fingerprint = finding.fingerprint): boolean {
  return index.keys.has(key({ fingerprint, ruleId: finding.ruleId, path: finding.path }));
}

export interface BaselineUpdate {
  text: string;
  /** Set when the old file had other fingerprints (v1, or another salt) and was rewritten under the new scheme. */
  migrated?: { from: 1 | 2; entries: number; matched: number; dropped: number };
}

/**
 * Adds the current findings to an existing baseline. With prune, entries that no current finding
 * matches are dropped (only prune after a scan of everything the baseline covers). `findings` carry
 * fingerprints made with `scheme`; a finding the old baseline accepted carries a 'baseline' suppression.
 *
 * An old file under another scheme (v1, or v2 with another salt) is migrated: its entries cannot be re-hashed
 * without their secrets, so the new file holds the current findings only, and an old entry that matched no
 * current finding (its secret is gone, or outside this scan) is dropped and counted.
 */
export function updateBaseline(existing: ParsedBaseline, findings: Finding[], opts: { prune: boolean }, scheme: BaselineScheme): BaselineUpdate {
  const current = baselineable(findings);
  if (existing.scheme && !sameScheme(existing.scheme, scheme)) {
    const old = new Set(existing.entries.map(key)).size;
    const matched = new Set(findings.filter((f) => f.suppressions.some((s) => s.source === 'baseline')).map(key)).size;
    return {
      text: formatBaseline(current, scheme),
      migrated: { from: existing.scheme.version, entries: old, matched, dropped: Math.max(0, old - matched) },
    };
  }
  if (!opts.prune) return { text: formatBaseline([...existing.entries, ...current], scheme) };
  // Findings suppressed by a directive or allowlist still keep their existing entry alive.
  const live = new Set(findings.map(key));
  return { text: formatBaseline([...existing.entries.filter((e) => live.has(key(e))), ...current], scheme) };
}

/** Counts for the update message: entries added, removed and kept. */
export function compareBaselines(before: BaselineEntry[], after: BaselineEntry[]): { added: number; removed: number; kept: number } {
  const b = new Set(before.map(key));
  const a = new Set(after.map(key));
  let kept = 0;
  for (const k of a) if (b.has(k)) kept++;
  return { added: a.size - kept, removed: b.size - kept, kept };
}

/** One entry of a peer's report or baseline, before it is re-located onto a keyshift finding. */
export interface ImportedEntry {
  path: string;
  /** 1-based line the peer reported. */
  line: number;
  /** SHA-1 (hex) of the secret as the peer captured it. */
  secretSha1?: string;
  /** The peer's secret (or its whole match), wrapped so that it never prints. */
  secret?: Secret;
  /** The peer's rule id or plugin type, for the unmatched report. */
  peerRule: string;
  /** Only findings of these keyshift pattern ids can be this entry (the peer's rule, mapped). */
  ruleIds?: string[];
  /** The peer's rule has no keyshift mapping: any finding on exactly this line is it. */
  sameLineAnyRule?: boolean;
  /** Commit the peer's entry was recorded at (.gitleaksignore history fingerprints). */
  commit?: string;
  /**
   * The peer hashed something other than the secret: detect-secrets' PrivateKeyDetector hashes the
   * `BEGIN ... PRIVATE KEY-----` header (the same for every key of a type), so such an entry is matched by
   * that header hash and by location (the entry's line within the finding's lines).
   */
  capture?: 'detect-secrets-private-key';
}

export interface ImportOptions {
  /** Absolute scan root: absolute peer paths under it are made relative. */
  root?: string;
}

function sha1(s: string): string {
  return createHash('sha1').update(s, 'utf8').digest('hex');
}

function normalizePath(p: string, root?: string): string {
  let out = p.replace(/\\/g, '/');
  if (root) {
    const r = root.replace(/\\/g, '/').replace(/\/+$/, '');
    if (out.startsWith(`${r}/`)) out = out.slice(r.length + 1);
  }
  while (out.startsWith('./')) out = out.slice(2);
  return out;
}

function parseJson(text: string, what: string, file: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    // V8's message quotes the text around the error, which in a peer's report can be a secret: keep only
    // the position.
    const where = /position \d+|line \d+ column \d+/.exec((err as Error).message)?.[0];
    throw new ConfigError(`${what} is not valid JSON${where ? ` (at ${where})` : ''}; pass the file the tool wrote`, file);
  }
}

/** gitleaks redacts with --redact: the value becomes REDACTED or ends with '...'. */
function usableGitleaksValue(v: unknown): string | undefined {
  if (typeof v !== 'string' || v === '' || v.includes('REDACTED') || v.endsWith('...')) return undefined;
  return v;
}

/**
 * Entries of a gitleaks JSON report (`gitleaks detect --report-format json`, also usable as a gitleaks
 * baseline): an array of objects with RuleID, File, StartLine, Secret, Match, Fingerprint.
 */
export function importGitleaks(reportJson: string, opts: ImportOptions = {}, file = 'gitleaks report'): ImportedEntry[] {
  const data = parseJson(reportJson, 'the gitleaks report', file);
  if (!Array.isArray(data)) throw new ConfigError('expected a gitleaks JSON report (an array of findings); run gitleaks with --report-format json', file);
  return data.map((item: unknown, i: number): ImportedEntry => {
    const o = (item ?? {}) as Record<string, unknown>;
    let path = typeof o.File === 'string' ? o.File : undefined;
    let line = typeof o.StartLine === 'number' ? o.StartLine : undefined;
    // Fingerprint is "[commit:]file:rule:line"; it fills in for a missing File or StartLine.
    if ((path === undefined || line === undefined) && typeof o.Fingerprint === 'string') {
      const m = /^(?:[0-9a-f]{7,40}:)?(.+):([^:]+):(\d+)$/.exec(o.Fingerprint);
      if (m) {
        path ??= m[1];
        line ??= Number(m[3]);
      }
    }
    if (path === undefined || line === undefined) {
      throw new ConfigError(`finding ${i + 1} has no File and StartLine; is this a gitleaks JSON report?`, file);
    }
    const entry: ImportedEntry = { path: normalizePath(path, opts.root), line, peerRule: typeof o.RuleID === 'string' ? o.RuleID : 'unknown' };
    const secret = usableGitleaksValue(o.Secret);
    if (secret) entry.secretSha1 = sha1(secret);
    const value = secret ?? usableGitleaksValue(o.Match);
    if (value) entry.secret = new Secret(value);
    return entry;
  });
}

/**
 * Entries of a detect-secrets `.secrets.baseline`: { results: { <filename>: [{ type, line_number,
 * hashed_secret }] } }, where hashed_secret is the SHA-1 hex of the secret.
 */
export function importDetectSecrets(baselineJson: string, opts: ImportOptions = {}, file = '.secrets.baseline'): ImportedEntry[] {
  const data = parseJson(baselineJson, 'the detect-secrets baseline', file) as Record<string, unknown> | null;
  const results = data && typeof data === 'object' ? data.results : undefined;
  if (!results || typeof results !== 'object' || Array.isArray(results)) {
    throw new ConfigError('expected a detect-secrets baseline with a "results" object keyed by file name', file);
  }
  const out: ImportedEntry[] = [];
  for (const [filename, list] of Object.entries(results as Record<string, unknown>)) {
    if (!Array.isArray(list)) throw new ConfigError(`results[${JSON.stringify(filename)}] is not a list of secrets`, file);
    for (const item of list) {
      const o = (item ?? {}) as Record<string, unknown>;
      const entry: ImportedEntry = {
        path: normalizePath(typeof o.filename === 'string' ? o.filename : filename, opts.root),
        line: typeof o.line_number === 'number' ? o.line_number : 0,
        peerRule: typeof o.type === 'string' ? o.type : 'unknown',
      };
      if (typeof o.hashed_secret === 'string' && /^[0-9a-f]{40}$/i.test(o.hashed_secret)) entry.secretSha1 = o.hashed_secret.toLowerCase();
      if (entry.peerRule === DETECT_SECRETS_PRIVATE_KEY) entry.capture = 'detect-secrets-private-key';
      out.push(entry);
    }
  }
  return out;
}

/**
 * Entries of a .gitleaksignore: one gitleaks fingerprint per line, `file:rule:line` or
 * `commit:file:rule:line` (blank lines and # comments skipped). They hold no secret, so entries are
 * re-located by place and rule: `mapRule` gives the keyshift ids a gitleaks rule id stands for, or
 * undefined when it has none (then any finding on exactly that line matches). Throws ConfigError with
 * file:line on a line that is not a fingerprint.
 */
export function importGitleaksIgnore(
  text: string,
  mapRule: (gitleaksRule: string) => string[] | undefined,
  opts: ImportOptions = {},
  file = '.gitleaksignore',
): ImportedEntry[] {
  const out: ImportedEntry[] = [];
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const m = /^(?:([0-9a-f]{7,40}):)?(.+):([^:\s]+):(\d+)$/i.exec(line);
    if (!m) throw new ConfigError('expected a gitleaks fingerprint "file:rule:line" or "commit:file:rule:line"', file, i + 1);
    const [, commit, path, rule, lineNo] = m as unknown as [string, string | undefined, string, string, string];
    const entry: ImportedEntry = { path: normalizePath(path, opts.root), line: Number(lineNo), peerRule: rule };
    const ids = mapRule(rule);
    if (ids) entry.ruleIds = ids;
    else entry.sameLineAnyRule = true;
    if (commit) entry.commit = commit.toLowerCase();
    out.push(entry);
  });
  return out;
}

/** detect-secrets' PrivateKeyDetector `secret_type` (detect_secrets/plugins/private_key.py). */
const DETECT_SECRETS_PRIVATE_KEY = 'Private Key';
/**
 * What detect-secrets' PrivateKeyDetector captures on one (right-trimmed) line, after its denylist
 * (detect-secrets 1.x, plugins/private_key.py): `BEGIN` + one of its key types + `PRIVATE KEY` and the
 * dashes after it, then an optional run of base64 characters, backslashes and newlines (a key written on
 * one line with escaped `\n`). It hashes the run when there is one, else the header text, so a key on its
 * own lines is hashed as `BEGIN RSA PRIVATE KEY-----`. Versions before 1.0 hashed the bare denylist text
 * (`BEGIN RSA PRIVATE KEY`); both are accepted. The PuTTY entry is the literal `PuTTY-User-Key-File-2`.
 */
const DETECT_SECRETS_KEY_RE = /(BEGIN(?: DSA | EC | OPENSSH | PGP | RSA | SSH2 ENCRYPTED | )PRIVATE KEY-*)([A-Za-z0-9+/\\\n]*={0,3})?/g;
const PUTTY_FILE_MARKER = 'PuTTY-User-Key-File-2';

/** SHA-1s that detect-secrets' PrivateKeyDetector could have stored for a finding's value. */
export function detectSecretsPrivateKeyHashes(secret: string): Set<string> {
  const out = new Set<string>();
  for (const raw of secret.split(/\r?\n|\r/)) {
    const line = raw.trimEnd();
    for (const m of line.matchAll(DETECT_SECRETS_KEY_RE)) {
      const header = m[1]!;
      out.add(sha1(m[2] ? m[2] : header));
      out.add(sha1(header.replace(/-+$/, '')));
    }
    if (line.includes(PUTTY_FILE_MARKER)) out.add(sha1(PUTTY_FILE_MARKER));
  }
  return out;
}

const LINE_SLACK = 2;
const MIN_CONTAINED = 8;

/**
 * Re-locates peer entries onto current findings at the same path: by the secret's SHA-1; else, for a
 * detect-secrets private key entry, by its header hash and the nearest such finding within 2 lines; else,
 * when the peer's value is known, by one value containing the other (peers capture different boundaries);
 * else, only when the peer gave no hash, by the nearest finding within 2 lines. What matches nothing is returned.
 */
export function relocateImported(imported: ImportedEntry[], findings: Finding[]): { entries: BaselineEntry[]; unmatched: ImportedEntry[] } {
  const byPath = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byPath.get(f.path);
    if (list) list.push(f);
    else byPath.set(f.path, [f]);
  }
  const hashes = new Map<Finding, string>();
  const hashOf = (f: Finding): string => {
    let h = hashes.get(f);
    if (h === undefined) hashes.set(f, (h = sha1(f.secret.reveal())));
    return h;
  };
  const headerHashes = new Map<Finding, Set<string>>();
  const headerHashesOf = (f: Finding): Set<string> => {
    let h = headerHashes.get(f);
    if (h === undefined) headerHashes.set(f, (h = detectSecretsPrivateKeyHashes(f.secret.reveal())));
    return h;
  };
  const entries: BaselineEntry[] = [];
  const unmatched: ImportedEntry[] = [];
  for (const e of imported) {
    let candidates = byPath.get(e.path) ?? [];
    if (e.ruleIds) candidates = candidates.filter((f) => e.ruleIds!.includes(f.ruleId));
    else if (e.sameLineAnyRule) candidates = candidates.filter((f) => f.line <= e.line && e.line <= Math.max(f.line, f.endLine));
    let hits: Finding[] = [];
    if (e.secretSha1) hits = candidates.filter((f) => hashOf(f) === e.secretSha1);
    if (hits.length === 0 && e.secretSha1 && e.capture === 'detect-secrets-private-key') {
      // The header hash names a key type, not a key: the entry's line picks the finding.
      hits = nearest(candidates.filter((f) => headerHashesOf(f).has(e.secretSha1!)), e.line);
    }
    if (hits.length === 0 && e.secret) hits = candidates.filter((f) => contains(f.secret.reveal(), e.secret!.reveal()));
    if (hits.length === 0 && !e.secretSha1 && !e.secret) hits = nearest(candidates, e.line);
    if (hits.length === 0) unmatched.push(e);
    for (const f of hits) entries.push({ fingerprint: f.fingerprint, ruleId: f.ruleId, path: f.path });
  }
  const seen = new Set<string>();
  const unique = entries.filter((x) => !seen.has(key(x)) && seen.add(key(x)) !== undefined);
  unique.sort((a, b) => cmp(entryLine(a), entryLine(b)));
  return { entries: unique, unmatched };
}

function contains(ours: string, theirs: string): boolean {
  if (ours.length >= MIN_CONTAINED && theirs.includes(ours)) return true;
  return theirs.length >= MIN_CONTAINED && ours.includes(theirs);
}

function nearest(candidates: Finding[], line: number): Finding[] {
  let best = LINE_SLACK + 1;
  let out: Finding[] = [];
  for (const f of candidates) {
    const d = line < f.line ? f.line - line : line > f.endLine ? line - f.endLine : 0;
    if (d < best) {
      best = d;
      out = [f];
    } else if (d === best) out.push(f);
  }
  return out;
}

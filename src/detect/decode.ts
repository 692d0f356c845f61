// Encoded secrets (issue 15 item 2): runs of base64 / base64url / hex, percent-encoded runs and lines holding
// escaped strings (a JSON document as a string inside JSON) are decoded where the result is text long
// enough to hold a secret; the decoded text goes through the same keyword-windowed detection, and is itself
// searched for encoded runs, to a bounded depth. A match is reported where its encoded form is, in the
// original text, with the encoding chain in its details; a secret also found in plain text is one finding.
import type { Blob, Match } from '../model/types.js';
import { lineIndex, lineIndexAt, positionAt } from '../model/text.js';
import { detectMatches, type CompiledCatalog } from './engine.js';
import { isMinified } from './filters.js';
export { DEFAULT_DECODE_DEPTH } from '../model/decode-depth.js';

/**
 * The shortest base64 or hex run decoded: 40 characters (30 bytes of base64, 20 of hex), enough for a
 * prefixed token or a `key=value` line. Shorter runs cost more to find than they hold: a base64 of a bare
 * 20-character key id is 28 characters, and Kubernetes Secret data is decoded by its own parser.
 */
export const MIN_RUN = 40;
/** A longer run is not decoded (a bundle's inline image); a GCP key file as base64 is about 3 KB. */
export const MAX_RUN = 1024 * 1024;
/** Decoded text shorter than this cannot hold a key and a value worth reporting. */
const MIN_DECODED = 16;
/** A long line with escapes is unescaped from this many characters before its first escape ... */
const ESCAPE_BEFORE = 2048;
/** ... to this many after it (an escaped 4096-bit PEM key is about 3.5 KB, twice escaped a little more). */
const ESCAPE_AFTER = 16384;

/** base64 and base64url characters (hex is a subset), indexed by UTF-16 code unit. */
const B64 = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-') B64[c.charCodeAt(0)] = 1;
const inB64 = (c: number): boolean => c < 128 && B64[c] === 1;
const isHexCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

export interface DecodeOptions {
  depth: number;
  /** Passed through to detectMatches on every decoded text: generic rules stay off in a lockfile's values. */
  lockfile?: boolean;
  /** Whether the original text is minified (or a source map): escaped strings cut from it are judged so too. */
  minified?: boolean;
  /** Whether the original text is source code: base64 and hex runs are not looked for there (candidateRuns). */
  code?: boolean;
}

/** One decoded piece: its text, the encoding, and where each decoded span lies in the text it came from. */
interface Decoded {
  text: string;
  encoding: 'base64' | 'hex' | 'percent' | 'escape';
  /** Offsets [start, end) in the parent text of the decoded span [s, e). */
  map: (s: number, e: number) => [number, number];
}

/**
 * Runs of at least MIN_RUN base64 characters in text[from, to), found by a skip scan: the character
 * MIN_RUN - 1 ahead is looked at first, and the run is confirmed backwards, so ordinary code (short words
 * between separators) is read at about one character in four. Lockfile integrity hashes and PEM bodies are
 * runs too; they decode to binary and are dropped there.
 */
export function base64Runs(text: string, from = 0, to = text.length, out: [number, number][] = []): [number, number][] {
  const M = MIN_RUN;
  let i = from + M - 1;
  while (i < to) {
    if (!inB64(text.charCodeAt(i))) {
      i += M;
      continue;
    }
    const lo = i - M + 1;
    let j = i - 1;
    while (j >= lo && inB64(text.charCodeAt(j))) j--;
    if (j >= lo) {
      i = j + M;
      continue;
    }
    let e = i + 1;
    while (e < to && inB64(text.charCodeAt(e))) e++;
    let s = lo;
    while (s > from && inB64(text.charCodeAt(s - 1))) s--;
    out.push([s, e]);
    i = e + M;
  }
  return out;
}

/**
 * base64 and hex runs are looked for in configuration, data, documents and unknown files, where encoded
 * credentials are kept (manifests, Helm values, .env files, JSON configs, CI files), not in source code:
 * there every long identifier is a run, and the scan read about a quarter of every character of the bench
 * corpus's JavaScript, more than the read floor allows. Percent-encoded and escaped strings are decoded everywhere.
 */
function candidateRuns(text: string, code: boolean): [number, number][] {
  return code ? [] : base64Runs(text);
}

/** Whether bytes read as text: valid UTF-8 is not checked here, only that control bytes are rare. */
function looksLikeText(bytes: Uint8Array): boolean {
  const n = bytes.length;
  if (n < MIN_DECODED) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 32 ? b !== 9 && b !== 10 && b !== 13 : b === 127) bad++;
  }
  return bad * 20 <= n;
}

const utf8 = new TextDecoder('utf-8');

/** base64 character -> its 6-bit value, -1 for anything else (both alphabets). */
const B64_VALUE = new Int8Array(128).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach((c, i) => (B64_VALUE[c.charCodeAt(0)] = i));
B64_VALUE[45] = 62; // '-'
B64_VALUE[95] = 63; // '_'
/** Quads or pairs looked at before anything is decoded. */
const HEAD_UNITS = 16;

/**
 * Whether run text[s, e) can be the base64 or hex of text, judged without decoding or allocating: the first
 * byte of each of the first HEAD_UNITS base64 quads (its top six bits are the quad's first character) is
 * ASCII, or the high digit of each hex pair is that of a printable or blank ASCII byte. Random base64 (an
 * integrity hash, an id) passes one quad in two, so sixteen in a row reject almost all of it.
 */
function plausibleText(text: string, s: number, e: number, hex: boolean): boolean {
  if (hex) {
    for (let k = 0, i = s; k < HEAD_UNITS && i + 1 < e; k++, i += 2) {
      const d = text.charCodeAt(i);
      // 0 (tab, line break), 2-7 (printable): '0', '2'..'7'.
      if (!(d === 48 || (d >= 50 && d <= 55))) return false;
    }
    return true;
  }
  for (let k = 0, i = s; k < HEAD_UNITS && i + 3 < e; k++, i += 4) {
    const v = B64_VALUE[text.charCodeAt(i)]!;
    if (v < 0 || v >= 32) return false;
  }
  return true;
}

/** The text a base64 or hex run decodes to, or undefined when it is binary, too short or not UTF-8 text. */
function decodeRun(text: string, s: number, e: number): { text: string; encoding: 'base64' | 'hex'; ascii: boolean } | undefined {
  let hex = (e - s) % 2 === 0;
  for (let i = s; hex && i < e; i++) hex = isHexCode(text.charCodeAt(i));
  if (!plausibleText(text, s, e, hex)) return undefined;
  // Buffer's base64 decoder reads both alphabets (+/ and -_) and missing padding.
  const bytes = Buffer.from(text.slice(s, e), hex ? 'hex' : 'base64');
  if (!looksLikeText(bytes)) return undefined;
  const decoded = utf8.decode(bytes);
  if (decoded.includes('\uFFFD')) return undefined;
  return { text: decoded, encoding: hex ? 'hex' : 'base64', ascii: decoded.length === bytes.length };
}

function runPieces(text: string, code: boolean, budget: { left: number }): Decoded[] {
  const out: Decoded[] = [];
  for (const [s, e] of candidateRuns(text, code)) {
    if (e - s > MAX_RUN || budget.left <= 0) continue;
    const d = decodeRun(text, s, e);
    if (!d) continue;
    budget.left -= d.text.length;
    // A decoded ASCII span maps to the characters that encode it: 3 bytes per 4 characters, or 1 per 2.
    const map = d.ascii
      ? d.encoding === 'base64'
        ? (a: number, b: number): [number, number] => [s + Math.floor(a / 3) * 4, Math.min(e, s + Math.ceil(b / 3) * 4)]
        : (a: number, b: number): [number, number] => [s + a * 2, Math.min(e, s + b * 2)]
      : (): [number, number] => [s, e];
    out.push({ text: d.text, encoding: d.encoding, map });
  }
  return out;
}

/** Characters a percent-encoded run may hold around its escapes (no blanks, quotes or angle brackets). */
function inUrlRun(c: number): boolean {
  return c > 32 && c < 127 && c !== 34 && c !== 39 && c !== 60 && c !== 62 && c !== 96 && c !== 92;
}

/** Runs holding at least three %XX escapes, decoded; offsets map through a position table. */
function percentPieces(text: string, budget: { left: number }): Decoded[] {
  const out: Decoded[] = [];
  let next = 0;
  for (let p = text.indexOf('%'); p !== -1 && budget.left > 0; p = text.indexOf('%', Math.max(p + 1, next))) {
    if (p < next || !isHexCode(text.charCodeAt(p + 1)) || !isHexCode(text.charCodeAt(p + 2))) continue;
    let s = p;
    while (s > 0 && inUrlRun(text.charCodeAt(s - 1))) s--;
    let e = p;
    while (e < text.length && inUrlRun(text.charCodeAt(e))) e++;
    next = e;
    if (e - s > MAX_RUN) continue;
    const bytes: number[] = [];
    const pos: number[] = [];
    let escapes = 0;
    for (let i = s; i < e; ) {
      const c = text.charCodeAt(i);
      if (c === 37 && isHexCode(text.charCodeAt(i + 1)) && isHexCode(text.charCodeAt(i + 2))) {
        bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
        pos.push(i);
        escapes++;
        i += 3;
      } else {
        bytes.push(c);
        pos.push(i);
        i++;
      }
    }
    if (escapes < 3) continue;
    const buf = Uint8Array.from(bytes);
    if (!looksLikeText(buf)) continue;
    const decoded = utf8.decode(buf);
    if (decoded.includes('\uFFFD')) continue;
    budget.left -= decoded.length;
    pos.push(e);
    const ascii = decoded.length === buf.length;
    out.push({ text: decoded, encoding: 'percent', map: ascii ? (a, b) => [pos[a]!, pos[b]!] : () => [s, e] });
  }
  return out;
}

/**
 * Lines holding an escaped string inside a string (`\\"` or `\\\\n`, as JSON in JSON has), one level of
 * backslash escapes undone; a long line only from ESCAPE_BEFORE before its first escape to ESCAPE_AFTER
 * after it. In a minified text (a bundle, a source map's sourcesContent) escaped quotes are everywhere and
 * the generic rules that escaped `key: value` pairs would need are off, so only what a specific rule needs
 * unescaped is read there: a PEM block with escaped line breaks.
 */
function escapePieces(text: string, lineStarts: readonly number[], minified: boolean, budget: { left: number }): Decoded[] {
  const out: Decoded[] = [];
  const hits: number[] = [];
  if (minified) {
    for (let p = text.indexOf('-----BEGIN'); p !== -1; p = text.indexOf('-----BEGIN', p + 10)) {
      const after = text.indexOf('\\', p + 10);
      if (after !== -1 && after - p < 64) hits.push(p);
    }
  } else {
    for (const probe of ['\\"', '\\\\n']) {
      for (let p = text.indexOf(probe); p !== -1; p = text.indexOf(probe, p + probe.length)) hits.push(p);
    }
    hits.sort((a, b) => a - b);
  }
  let doneTo = 0;
  for (const p of hits) {
    if (p < doneTo || budget.left <= 0) continue;
    const li = lineIndexAt(lineStarts, p);
    const ls = lineStarts[li]!;
    let le = li + 1 < lineStarts.length ? lineStarts[li + 1]! : text.length;
    if (le > ls && text.charCodeAt(le - 1) === 10) le--;
    const long = le - ls > ESCAPE_BEFORE + ESCAPE_AFTER;
    const s = long ? Math.max(ls, p - ESCAPE_BEFORE) : ls;
    const e = long ? Math.min(le, p + ESCAPE_AFTER) : le;
    doneTo = e;
    const piece = unescapeOnce(text, s, e);
    if (!piece || piece.text.length < MIN_DECODED) continue;
    budget.left -= piece.text.length;
    const pos = piece.pos;
    out.push({ text: piece.text, encoding: 'escape', map: (a, b) => [pos[a]!, pos[b]!] });
  }
  return out;
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', "'": "'", '\\': '\\', '/': '/' };

/** text[s, e) with one level of backslash escapes undone, and the source offset of each output character. */
function unescapeOnce(text: string, s: number, e: number): { text: string; pos: number[] } | undefined {
  let out = '';
  const pos: number[] = [];
  let changed = false;
  for (let i = s; i < e; ) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < e) {
      const n = text[i + 1]!;
      const simple = SIMPLE_ESCAPES[n];
      if (simple !== undefined) {
        out += simple;
        pos.push(i);
        i += 2;
        changed = true;
        continue;
      }
      if (n === 'u' && i + 5 < e && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
        pos.push(i);
        i += 6;
        changed = true;
        continue;
      }
    }
    out += c;
    pos.push(i);
    i++;
  }
  pos.push(e);
  return changed ? { text: out, pos } : undefined;
}

/**
 * Matches found in the encoded values of `blob.text`, located in it; none that repeats a secret of
 * `existing` (what detection found in the plain text) or of another decoded match. `compiled` is the
 * regex catalog the plain text went through.
 */
export function detectDecoded(blob: Blob, compiled: CompiledCatalog, existing: readonly Match[], opts: DecodeOptions): Match[] {
  if (opts.depth <= 0) return [];
  const seen = new Set(existing.map((m) => m.secret));
  const found: Match[] = [];
  // Decoded text is bounded by the file: at most twice its size (plus 1 MiB) is decoded over all levels.
  const budget = { left: 2 * blob.text.length + 1024 * 1024 };
  const starts = blob.lineStarts.length > 0 ? blob.lineStarts : lineIndex(blob.text);
  const identity = (a: number, b: number): [number, number] => [a, b];
  const visit = (
    text: string,
    lineStarts: readonly number[],
    minified: boolean,
    toOuter: (s: number, e: number) => [number, number],
    chain: string[],
    level: number,
  ): void => {
    const pieces = [...runPieces(text, level === 1 && (opts.code ?? false), budget), ...percentPieces(text, budget), ...escapePieces(text, lineStarts, minified, budget)];
    for (const piece of pieces) {
      const inner = piece.text;
      const innerStarts = lineIndex(inner);
      const mapOut = (a: number, b: number): [number, number] => {
        const [s, e] = piece.map(a, b);
        return toOuter(s, e);
      };
      const encodings = [...chain, piece.encoding];
      const decodedBlob: Blob = { path: 'decoded.txt', text: inner, lineStarts: innerStarts, encoding: 'utf-8', bytes: inner.length };
      // An escaped string is a cut of its text (a source map's sourcesContent, a minified bundle's literal)
      // and is judged as that text is; a decoded value is new text, judged on its own.
      const innerMinified = piece.encoding === 'escape' ? minified : isMinified('decoded.txt', inner, innerStarts);
      for (const m of detectMatches(decodedBlob, compiled, { lockfile: opts.lockfile ?? false, minified: innerMinified })) {
        if (seen.has(m.secret)) continue;
        seen.add(m.secret);
        const [s, e] = mapOut(m.start, m.end);
        found.push(relocate(starts, m, s, e, encodings));
      }
      if (level < opts.depth) visit(inner, innerStarts, innerMinified, mapOut, encodings, level + 1);
    }
  };
  visit(blob.text, starts, opts.minified ?? isMinified(blob.path, blob.text, starts), identity, [], 1);
  return found;
}

/**
 * A decoded match moved to the encoded span [s, e) of the original text (`lineStarts` is its line index), its
 * chain outermost first. A partner paired inside the decoded text sits in the same encoded value, so its line
 * is the value's line, not a line of the decoded text.
 */
function relocate(lineStarts: readonly number[], m: Match, s: number, e: number, encodings: string[]): Match {
  const a = positionAt(lineStarts, s);
  const b = positionAt(lineStarts, e);
  const details: NonNullable<Match['details']> = { ...m.details, encoding: encodings.join(' > ') };
  if (typeof details.pairedLine === 'number') details.pairedLine = a.line;
  return { ...m, start: s, end: e, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, details, notes: [...(m.notes ?? []), 'decoded'] };
}

/**
 * Plain matches plus decoded ones, one finding per value: a decoded match of a specific pattern replaces
 * a generic plain match on the same encoded span (`secret: <base64 of a GitHub token>`); any other decoded
 * match over a plain one is dropped. Sorted as detectMatches sorts.
 */
export function mergeDecoded(plain: Match[], decoded: Match[], isGeneric: (id: string) => boolean): Match[] {
  if (decoded.length === 0) return plain;
  const overlap = (a: Match, b: Match): boolean => a.start < b.end && b.start < a.end;
  // The plain match stays where both read one value, unless it is generic and the decoded one is not: a
  // percent-encoded URL password is matched as written and decoded, a base64 GCP key file is its own
  // pattern and holds a private key; the plain reading keeps the fingerprint a baseline already holds.
  const kept = decoded.filter((d) => !plain.some((p) => overlap(p, d) && !(isGeneric(p.patternId) && !isGeneric(d.patternId))));
  const out = plain.filter((p) => !(isGeneric(p.patternId) && kept.some((d) => !isGeneric(d.patternId) && overlap(p, d))));
  out.push(...kept);
  return out.sort((a, b) => a.start - b.start || (a.patternId < b.patternId ? -1 : a.patternId > b.patternId ? 1 : 0));
}

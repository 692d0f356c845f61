// Case-insensitive multi-keyword search: one Aho-Corasick automaton, one pass over the text.
// Knows keywords and offsets only; which pattern a keyword belongs to is the engine's business.

/** A compiled keyword automaton: a full DFA over a folded alphabet, in flat typed arrays. */
export interface Automaton {
  /** The distinct keywords, ASCII-lowercased, in index order. */
  readonly keywords: readonly string[];
  /** Keyword lengths in UTF-16 code units (folding never changes a length). */
  readonly lengths: Int32Array;
  /** UTF-16 code unit -> alphabet symbol; 0 is "no keyword has this character". */
  readonly symbolOf: Uint8Array;
  /** Alphabet size (symbols 0..alphabet-1). */
  readonly alphabet: number;
  /**
   * Transitions, indexed by premultiplied state (state * alphabet) + symbol, holding premultiplied
   * states, negated when the target state has outputs. States are numbered breadth-first.
   */
  readonly delta: Int32Array;
  /** outputs of state s: outList[outStart[s] .. outStart[s + 1]) (s not premultiplied). */
  readonly outStart: Int32Array;
  readonly outList: Int32Array;
}

/** Keyword hits in text order of their end offset: hit i is keyword[i] at [start[i], start[i] + length). */
export interface KeywordHits {
  count: number;
  keyword: Int32Array;
  start: Int32Array;
}

/** Lowercase ASCII A-Z only, so that a folded string keeps the length and offsets of the original. */
export function foldAscii(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s[i];
  }
  return out;
}

/**
 * Build the automaton. Keywords are folded to lowercase ASCII and deduplicated (the returned
 * `keywords` array gives the index each one got). Non-ASCII characters in a keyword all map to one
 * shared 'other' symbol, so such a keyword may also hit on a different non-ASCII character; the
 * pattern's regex settles it.
 */
export function buildAutomaton(input: readonly string[]): Automaton {
  const keywords: string[] = [];
  const seen = new Map<string, number>();
  for (const k of input) {
    if (k.length === 0) throw new Error('buildAutomaton: empty keyword; every keyword needs at least one character');
    const f = foldAscii(k);
    if (!seen.has(f)) {
      seen.set(f, keywords.length);
      keywords.push(f);
    }
  }

  // Alphabet: one symbol per distinct ASCII character used by a keyword, plus one for all non-ASCII.
  const asciiSymbol = new Uint8Array(128);
  let alphabet = 1;
  let otherSymbol = 0;
  for (const k of keywords) {
    for (let i = 0; i < k.length; i++) {
      const c = k.charCodeAt(i);
      if (c < 128) {
        if (asciiSymbol[c] === 0) asciiSymbol[c] = alphabet++;
      } else if (otherSymbol === 0) {
        otherSymbol = alphabet++;
      }
    }
  }
  const symbolOf = new Uint8Array(65536);
  for (let c = 0; c < 128; c++) {
    const folded = c >= 65 && c <= 90 ? c + 32 : c;
    symbolOf[c] = asciiSymbol[folded]!;
  }
  if (otherSymbol !== 0) symbolOf.fill(otherSymbol, 128);

  // Trie, with goto rows as plain Int32Arrays (-1 = no edge) while building.
  const rows: Int32Array[] = [new Int32Array(alphabet).fill(-1)];
  const own: number[][] = [[]];
  keywords.forEach((k, ki) => {
    let s = 0;
    for (let i = 0; i < k.length; i++) {
      const c = k.charCodeAt(i);
      const a = c < 128 ? asciiSymbol[c]! : otherSymbol;
      let next = rows[s]![a]!;
      if (next === -1) {
        next = rows.length;
        rows.push(new Int32Array(alphabet).fill(-1));
        own.push([]);
        rows[s]![a] = next;
      }
      s = next;
    }
    own[s]!.push(ki);
  });

  // Breadth-first: failure links, inherited outputs, and the goto rows completed into a DFA.
  const n = rows.length;
  const fail = new Int32Array(n);
  const outputs: number[][] = own.map((o) => o.slice());
  const order: number[] = [0];
  const root = rows[0]!;
  for (let a = 0; a < alphabet; a++) {
    const t = root[a]!;
    if (t === -1) root[a] = 0;
    else {
      fail[t] = 0;
      order.push(t);
    }
  }
  for (let qi = 1; qi < order.length; qi++) {
    const s = order[qi]!;
    const row = rows[s]!;
    const failRow = rows[fail[s]!]!;
    const inherited = outputs[fail[s]!]!;
    if (inherited.length > 0) outputs[s]!.push(...inherited);
    for (let a = 0; a < alphabet; a++) {
      const t = row[a]!;
      if (t === -1) row[a] = failRow[a]!;
      else {
        fail[t] = failRow[a]!;
        order.push(t);
      }
    }
  }

  // Renumber in breadth-first order, so that the shallow states a scan spends most time in share cache lines.
  const renum = new Int32Array(n);
  order.forEach((s, i) => {
    renum[s] = i;
  });

  // A transition into a state with outputs is stored negated; the root (0) never has outputs.
  const delta = new Int32Array(n * alphabet);
  const outStart = new Int32Array(n + 1);
  const outCounts = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    const base = renum[s]! * alphabet;
    const row = rows[s]!;
    for (let a = 0; a < alphabet; a++) {
      const t = row[a]!;
      const target = renum[t]! * alphabet;
      delta[base + a] = outputs[t]!.length > 0 ? -target : target;
    }
    outCounts[renum[s]!] = outputs[s]!.length;
  }
  for (let s = 0; s < n; s++) outStart[s + 1] = outStart[s]! + outCounts[s]!;
  const outList = new Int32Array(outStart[n]!);
  for (let s = 0; s < n; s++) {
    const r = renum[s]!;
    const list = outputs[s]!;
    for (let i = 0; i < list.length; i++) outList[outStart[r]! + i] = list[i]!;
  }

  return {
    keywords,
    lengths: Int32Array.from(keywords, (k) => k.length),
    symbolOf,
    alphabet,
    delta,
    outStart,
    outList,
  };
}

/**
 * An automaton as JSON (the compiled catalog keeps the default catalog's, so start-up need not build it):
 * the typed arrays as base64 of their bytes, in the byte order named by littleEndian.
 */
export interface SerializedAutomaton {
  keywords: string[];
  alphabet: number;
  littleEndian: boolean;
  /** symbolOf for the 128 ASCII code units, then the one symbol every other code unit maps to. */
  symbols: string;
  /** base64 in JSON; the typed array itself when the catalog file kept it in its binary sidecar (catalog/load.ts). */
  delta: string | Int32Array;
  outStart: string | Int32Array;
  outList: string | Int32Array;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

const bytesOf = (a: Uint8Array | Int32Array): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

function int32s(data: string | Int32Array): Int32Array | undefined {
  if (data instanceof Int32Array) return data;
  if (typeof data !== 'string') return undefined;
  const b = Buffer.from(data, 'base64');
  if (b.length % 4 !== 0) return undefined;
  // Copied, since a small Buffer may sit at an offset of the shared pool that an Int32Array cannot view.
  const out = new Int32Array(b.length / 4);
  new Uint8Array(out.buffer).set(b);
  return out;
}

export function serializeAutomaton(a: Automaton): SerializedAutomaton {
  return {
    keywords: [...a.keywords],
    alphabet: a.alphabet,
    littleEndian: LITTLE_ENDIAN,
    symbols: bytesOf(a.symbolOf.subarray(0, 129)),
    delta: bytesOf(a.delta),
    outStart: bytesOf(a.outStart),
    outList: bytesOf(a.outList),
  };
}

/** The automaton back from serializeAutomaton; undefined when the data is not one (other byte order, lengths that disagree). */
export function deserializeAutomaton(s: SerializedAutomaton | undefined): Automaton | undefined {
  if (!s || s.littleEndian !== LITTLE_ENDIAN || !Array.isArray(s.keywords) || typeof s.alphabet !== 'number' || typeof s.symbols !== 'string') return undefined;
  const symbols = Buffer.from(s.symbols, 'base64');
  const delta = int32s(s.delta);
  const outStart = int32s(s.outStart);
  const outList = int32s(s.outList);
  if (symbols.length !== 129 || !delta || !outStart || !outList || outStart.length < 1) return undefined;
  const states = outStart.length - 1;
  if (delta.length !== states * s.alphabet || outList.length !== outStart[states]) return undefined;
  const symbolOf = new Uint8Array(65536);
  symbolOf.set(symbols.subarray(0, 128));
  if (symbols[128] !== 0) symbolOf.fill(symbols[128]!, 128);
  return { keywords: s.keywords, lengths: Int32Array.from(s.keywords, (k) => k.length), symbolOf, alphabet: s.alphabet, delta, outStart, outList };
}

/** Whether an automaton (or its serialized form) was built from exactly these keywords (folded, deduplicated, in this order). */
export function builtFrom(a: { readonly keywords: readonly string[] }, keywords: readonly string[]): boolean {
  if (!Array.isArray(a.keywords) || a.keywords.length !== keywords.length) return false;
  for (let i = 0; i < keywords.length; i++) if (a.keywords[i] !== keywords[i]) return false;
  return true;
}

/** Growable hit buffer. */
class HitBuffer {
  count = 0;
  keyword: Int32Array;
  start: Int32Array;
  constructor(capacity: number) {
    this.keyword = new Int32Array(capacity);
    this.start = new Int32Array(capacity);
  }
  push(kw: number, start: number): void {
    if (this.count === this.keyword.length) {
      const k2 = new Int32Array(this.count * 2);
      k2.set(this.keyword);
      this.keyword = k2;
      const s2 = new Int32Array(this.count * 2);
      s2.set(this.start);
      this.start = s2;
    }
    this.keyword[this.count] = kw;
    this.start[this.count] = start;
    this.count++;
  }
}

/** The result of a text without a keyword hit (read-only: count 0). */
const NO_HITS: KeywordHits = Object.freeze({ count: 0, keyword: new Int32Array(0), start: new Int32Array(0) });

/** What the engine passes findKeywords: within a run of consecutive hits of one output state, one hit per this many characters. */
export const RUN_SAMPLE = 256;

/** Scratch for the hot loop: (end offset, state) pairs of output transitions; reused across calls. */
let scratch: Int32Array = new Int32Array(1024);

function growScratch(): Int32Array {
  const next = new Int32Array(scratch.length * 2);
  next.set(scratch);
  scratch = next;
  return next;
}

/**
 * One pass over `text`; every occurrence of every keyword, overlapping ones included, case-insensitively.
 * The hot loop only steps the DFA and, on the rare transition into a state with outputs, records the
 * offset and state; outputs are expanded afterwards, so the loop stays small enough for V8 to keep
 * everything in registers (measured: about half the instructions of a loop that expands in place).
 */
export function findKeywords(ac: Automaton, text: string, runSample = 0): KeywordHits {
  const { delta, symbolOf } = ac;
  const n = text.length;
  let buf = scratch;
  let recorded = 0;
  let st = 0;
  // With runSample > 0: a run of one self-overlapping keyword (21 A's of a Twitter bearer token inside a
  // base64 blob of zeros, 16 MB of 'A' in a hostile file) hits at every character, the same output state
  // at consecutive offsets; such a run is recorded once every runSample characters. The engine passes
  // RUN_SAMPLE, narrower than any window it builds around a hit (a line, LONG_LINE_HALF or the key window
  // either side), so every window of the run is kept, and the hits and their memory stay bounded.
  let lastState = -1;
  let lastEnd = -2;
  let keptEnd = 0;
  for (let i = 0; i < n; i++) {
    st = delta[st + symbolOf[text.charCodeAt(i)]!]!;
    if (st < 0) {
      st = -st;
      if (st === lastState && i === lastEnd + 1 && i - keptEnd < runSample) {
        lastEnd = i;
        continue;
      }
      lastState = st;
      lastEnd = i;
      keptEnd = i;
      if (recorded === buf.length) buf = growScratch();
      buf[recorded] = i;
      buf[recorded + 1] = st;
      recorded += 2;
    }
  }
  // Most texts of a history scan (a few changed lines) hit no keyword: no buffer for them. Otherwise the
  // buffer starts at the number of recorded transitions (each expands to at least one hit).
  if (recorded === 0) return NO_HITS;
  const out = new HitBuffer(Math.max(16, recorded >> 1));
  const { alphabet, outStart, outList, lengths } = ac;
  for (let r = 0; r < recorded; r += 2) {
    const endIncl = buf[r]!;
    const s = (buf[r + 1]! / alphabet) | 0;
    const end = outStart[s + 1]!;
    for (let o = outStart[s]!; o < end; o++) {
      const kw = outList[o]!;
      out.push(kw, endIncl + 1 - lengths[kw]!);
    }
  }
  return out;
}

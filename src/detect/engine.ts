// The detector: Blob + compiled catalog -> Match[]. One keyword pass, regexes only in windows around
// keyword hits, the value filters, then one match per span (resolveOverlaps). Pure and synchronous:
// no I/O, no logging, no classification.
import { ConfigError } from '../model/errors.js';
import { OVERLAP_TIERS, type Blob, type Match, type PatternSpec } from '../model/types.js';
import { buildAutomaton, builtFrom, findKeywords, foldAscii, RUN_SAMPLE, type Automaton } from './aho-corasick.js';
import { shannonEntropy } from './entropy.js';
import { isLockfile, isMinified, rejectReason, type Candidate } from './filters.js';
import { VALIDATORS } from './validators.js';
import { lineIndex, lineIndexAt } from '../model/text.js';
import { AssignmentCache, compileSyntax, impliedShapes, inKeyPosition, keywordIsKeyWord, MAX_VALUE, shapesRead, type CompiledShape, type CompiledSyntax } from './assignments.js';
import type { AssignmentSyntax } from '../model/types.js';
import { redact } from '../model/secret.js';

export { isLockfile, isMinified } from './filters.js';

/** Lines longer than this are not searched whole; the window is LONG_LINE_HALF either side of the hit. */
export const LONG_LINE = 4096;
export const LONG_LINE_HALF = 2048;
/**
 * On a long line, the window of a hit that must sit in a key (inKeyPosition): the key may start this far
 * before the hit (subscripts: `config["a"]["b"]["token"]`) and its value end this far after it.
 */
export const KEY_WINDOW_BEFORE = 400;
export const KEY_WINDOW_AFTER = 600;

const ACCEPTED_FLAGS = new Set(['i', 'm', 's']);

export interface CompiledPattern {
  spec: PatternSpec;
  regex: RegExp;
  /** Index of the capture group holding the secret (1, or 0 for a regex without groups). */
  group: number;
  allow: RegExp[];
  weak?: RegExp[];
  validator?: (secret: string) => boolean;
  /** Overlap rank (see patternTier): on overlapping spans the higher tier wins. */
  tier: number;
  /** spec.path compiled: the pattern runs only on matching paths. */
  path?: RegExp;
  /** Ids of same-tier patterns whose overlapping matches this one drops (PatternSpec.supersedes). */
  supersedes: ReadonlySet<string>;
  /**
   * For an assignment rule, its value regex without the ^...$ anchors (valueProbe): a window where this
   * finds nothing holds no value the rule accepts, so its lines are not read for assignments at all.
   */
  valueProbe?: RegExp;
}

export interface CompiledCatalog {
  patterns: CompiledPattern[];
  automaton: Automaton;
  /** For keyword index k of the automaton, the indexes of the patterns that list it. */
  keywordPatterns: Int32Array[];
  /**
   * Parallel to keywordPatterns: 1 where keyword k is a key word of that pattern's assignment rule
   * (keywordIsKeyWord), so that a hit of k counts for it only in a key position (inKeyPosition). Empty for
   * a keyword in no pattern's key rule.
   */
  keywordInKey: Uint8Array[];
  /**
   * Parallel to keywordPatterns: where keyword k is that pattern's only through shapes that imply the
   * key (`auth` of `auth=("u", "p")`), those shapes: a hit counts only on a line one of them reads. Empty
   * for a keyword that implies no shape.
   */
  keywordShapes: (readonly CompiledShape[] | undefined)[][];
  /** Patterns without keywords: searched over the whole text (the linter should not let these in). */
  unkeyed: number[];
  /** Pattern id -> index in `patterns`, for overlap resolution. */
  byId: Map<string, number>;
  /** Assignment shapes, when the catalog has assignment rules. */
  syntax?: CompiledSyntax;
}

/**
 * One finding per value. When matches overlap, the more specific one is kept; what "specific" means is
 * pattern data (PatternSpec.tier and .supersedes), never read from an id:
 *   provider        the issuer is known (github.pat-classic, aws.secret-access-key, ...)
 *   format          an encoding, not an issuer (jwt.token, pem.*, http.*, url.basic-credentials, ...)
 *   narrow-generic  generic rules with a narrow key (generic.password, generic.client-secret, ...)
 *   catch-all       the broadest generic rules (generic.api-key, generic.env-secret)
 * A higher tier drops every lower-tier match it overlaps. Within a tier, a pattern drops the overlapping
 * matches of the patterns it `supersedes` (jwt.token over http.bearer-token: the JWT is decoded and
 * classified by its claims, the header rule knows only that a token follows "Bearer"). Two patterns of
 * one tier that neither supersedes still yield one finding (overlapFallback); `supersedes` is how a
 * pattern author makes that choice on purpose.
 */
export function patternTier(spec: PatternSpec): number {
  return OVERLAP_TIERS.indexOf(spec.tier ?? (spec.generic ? 'narrow-generic' : 'provider'));
}

export interface DetectOptions {
  /** The file is a package lockfile; generic patterns are skipped. Default: isLockfile(blob.path). */
  lockfile?: boolean;
  /** The file is minified; generic patterns are skipped. Default: isMinified(blob.path, blob.text). */
  minified?: boolean;
}

function compileRegex(source: string, flags: string, where: string, field: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (err) {
    throw new ConfigError(
      `pattern ${where}: ${field} does not compile (${(err as Error).message}); fix the regex`,
      undefined,
      undefined,
      { cause: err },
    );
  }
}

/**
 * An assignment rule's value regex as a test on the text around a value: the regex without a leading ^
 * and a trailing $. Sound only when nothing in it looks past the value's own characters, so a regex with
 * any other anchor, lookaround or word boundary (outside a character class) gets no probe (undefined):
 * a value the rule accepts is a substring of the window, so the probe finds it there.
 */
export function valueProbe(source: string): string | undefined {
  let core = source;
  if (core.startsWith('^')) core = core.slice(1);
  if (core.endsWith('$') && !core.endsWith('\\$')) core = core.slice(0, -1);
  let inClass = false;
  for (let i = 0; i < core.length; i++) {
    const c = core[i];
    if (c === '\\') {
      const n = core[i + 1];
      if (!inClass && (n === 'b' || n === 'B')) return undefined;
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '^' || c === '$') return undefined;
    else if (c === '(' && core[i + 1] === '?' && (core[i + 2] === '=' || core[i + 2] === '!' || (core[i + 2] === '<' && (core[i + 3] === '=' || core[i + 3] === '!')))) {
      return undefined;
    }
  }
  return core;
}

export interface CompileOptions {
  /**
   * An automaton built ahead of time (the compiled catalog's, for the default patterns), asked for with the
   * keywords these specs give: it returns one only when built from exactly those, else it is built here.
   */
  prebuilt?: (keywords: readonly string[]) => Automaton | undefined;
  /**
   * The keyword tables made ahead of time (the compiled catalog's, for the default patterns): used only
   * when they were made from specs with the same ids, keywords and assignment rules in the same order and
   * the same assignment shapes (indexFits), else they are made here.
   */
  index?: EngineIndex;
}

/**
 * compileCatalog's keyword tables as JSON: which patterns own each keyword, which count only in a key
 * position, which only through implied shapes, and the unkeyed ones. Working them out per spec is most of
 * compileCatalog's time at a hook's start (about 5 of 8-12 ms), so the compiled catalog keeps the default
 * engine's (scripts/compile-catalog.mjs); anything else (custom patterns, --only, disable) makes its own.
 */
export interface EngineIndex {
  /** Per spec, in order: id, keywords and assignment rule (indexSignature). */
  signatures: string[];
  /** Ids of the assignment shapes, in order (shape indexes below point into them). */
  shapeIds: string[];
  /** The automaton's keywords, in order. */
  keywords: string[];
  keywordPatterns: number[][];
  /** Keyword index -> keywordInKey's row, for keywords with one. */
  inKey: [number, number[]][];
  /** Keyword index -> per owner the indexes of its shapes (or null), for keywords with any. */
  shapes: [number, (number[] | null)[]][];
  unkeyed: number[];
}

/** What of a spec the keyword tables depend on. */
function indexSignature(spec: PatternSpec): string {
  return `${spec.id}\u0000${spec.keywords.join('\u0001')}\u0000${spec.assignment === undefined ? '' : JSON.stringify(spec.assignment)}`;
}

/** The tables of a compiled catalog as an EngineIndex (for the build). */
export function engineIndexOf(specs: readonly PatternSpec[], c: CompiledCatalog): EngineIndex {
  const shapes = c.syntax?.shapes ?? [];
  return {
    signatures: specs.map(indexSignature),
    shapeIds: shapes.map((sh) => sh.id),
    keywords: [...c.automaton.keywords],
    keywordPatterns: c.keywordPatterns.map((a) => [...a]),
    inKey: c.keywordInKey.flatMap((row, k) => (row.length > 0 ? [[k, [...row]] as [number, number[]]] : [])),
    shapes: c.keywordShapes.flatMap((row, k) => (row.length > 0 ? [[k, row.map((list) => (list ? list.map((sh) => shapes.indexOf(sh)) : null))] as [number, (number[] | null)[]]] : [])),
    unkeyed: [...c.unkeyed],
  };
}

/** Whether `index` was made from exactly these specs and shapes. */
export function indexFits(index: EngineIndex, specs: readonly PatternSpec[], syntax: CompiledSyntax | undefined): boolean {
  const shapes = syntax?.shapes ?? [];
  if (!Array.isArray(index.signatures) || index.signatures.length !== specs.length || !Array.isArray(index.shapeIds) || index.shapeIds.length !== shapes.length) return false;
  if (!Array.isArray(index.keywords) || !Array.isArray(index.keywordPatterns) || index.keywordPatterns.length !== index.keywords.length) return false;
  if (!Array.isArray(index.inKey) || !Array.isArray(index.shapes) || !index.inKey.every(Array.isArray) || !index.shapes.every(Array.isArray)) return false;
  for (let i = 0; i < shapes.length; i++) if (index.shapeIds[i] !== shapes[i]!.id) return false;
  for (let i = 0; i < specs.length; i++) if (index.signatures[i] !== indexSignature(specs[i]!)) return false;
  return true;
}

/** Compile every regex, the allow lists and the keyword automaton; done once per process or worker. */
const NOT_IN_KEY = new Uint8Array(0);
const NO_SHAPES: (readonly CompiledShape[] | undefined)[] = [];

export function compileCatalog(specs: readonly PatternSpec[], syntax?: AssignmentSyntax, opts: CompileOptions = {}): CompiledCatalog {
  if (syntax === undefined && specs.some((s) => s.assignment !== undefined)) {
    throw new ConfigError('the catalog has assignment rules but no assignment shapes (patterns/syntax/assignments.yaml); pass them to compileCatalog');
  }
  const compiledSyntax = syntax ? compileSyntax(syntax) : undefined;
  const tables = opts.index && indexFits(opts.index, specs, compiledSyntax) ? opts.index : undefined;
  const patterns: CompiledPattern[] = [];
  const keywordOwners = new Map<string, number[]>();
  const inKeyOwners = new Map<string, Set<number>>();
  const shapeOwners = new Map<string, Map<number, CompiledShape[]>>();
  const unkeyed: number[] = [];
  specs.forEach((spec, index) => {
    if (tables) {
      // Built-in patterns (the index was made when they were linted and compiled at build time): each
      // regex is made when the pattern is first used, since a scan of a few files uses a few of them.
      patterns.push(new LazyPattern(spec));
      return;
    }
    for (const f of spec.flags) {
      if (!ACCEPTED_FLAGS.has(f)) {
        throw new ConfigError(`pattern ${spec.id}: flag '${f}' is not accepted; use only i, m and s`);
      }
    }
    const flags = 'gd' + [...new Set(spec.flags)].join('');
    // Constructing a RegExp only parses it (about 1 ms for the whole catalog); V8 compiles it on its first
    // exec, so a pattern whose keyword never hits costs no compilation. Counting groups by running the
    // regex would compile every one of them at start-up (20-40 ms), so it waits for the first match.
    const regex = compileRegex(spec.regex, flags, spec.id, 'regex');
    let group: number | undefined;
    const allow = spec.allow.map((a, i) => compileRegex(a, '', spec.id, `allow[${i}]`));
    let validator: ((s: string) => boolean) | undefined;
    if (spec.validator !== undefined) {
      validator = VALIDATORS[spec.validator];
      if (!validator) {
        throw new ConfigError(
          `pattern ${spec.id}: validator '${spec.validator}' does not exist; use one of ${Object.keys(VALIDATORS).join(', ')}`,
        );
      }
    }
    const path = spec.path !== undefined ? compileRegex(spec.path, '', spec.id, 'path') : undefined;
    const weak = spec.weakValues?.map((a, i) => compileRegex(a, 'i', spec.id, `weak_values[${i}]`));
    const probeSource = spec.assignment !== undefined ? valueProbe(spec.regex) : undefined;
    const probe = probeSource !== undefined ? new RegExp(probeSource, [...new Set(spec.flags)].filter((f) => f !== 'm').join('')) : undefined;
    patterns.push({
      spec,
      regex,
      get group(): number {
        return (group ??= new RegExp(`${spec.regex}|`, spec.flags).exec('')!.length > 1 ? 1 : 0);
      },
      allow,
      weak,
      validator,
      tier: patternTier(spec),
      supersedes: new Set(spec.supersedes ?? []),
      path,
      ...(probe !== undefined && { valueProbe: probe }),
    });
    const kws = new Set(spec.keywords.filter((k) => k.length > 0).map(foldAscii));
    // A shape that implies its key (auth=("u", "p") is a password) brings its own keywords to the rules
    // that key on it, since the line need not hold the key word itself.
    const shapes = spec.assignment && compiledSyntax ? impliedShapes(compiledSyntax, spec.assignment) : [];
    const implied = new Set(shapes.flatMap((shape) => shape.keywords.map(foldAscii)));
    for (const k of implied) {
      if (kws.has(k)) continue;
      let byPattern = shapeOwners.get(k);
      if (!byPattern) shapeOwners.set(k, (byPattern = new Map()));
      byPattern.set(index, shapes.filter((shape) => shape.keywords.some((w) => foldAscii(w) === k)));
    }
    if (spec.assignment) {
      for (const k of kws) {
        if (!keywordIsKeyWord(k, spec.assignment, implied)) continue;
        const set = inKeyOwners.get(k);
        if (set) set.add(index);
        else inKeyOwners.set(k, new Set([index]));
      }
    }
    for (const k of implied) kws.add(k);
    if (kws.size === 0) unkeyed.push(index);
    for (const k of kws) {
      const owners = keywordOwners.get(k);
      if (owners) owners.push(index);
      else keywordOwners.set(k, [index]);
    }
  });
  if (tables) {
    const fast = fromIndex(tables, patterns, compiledSyntax, opts);
    if (fast) return fast;
    return compileCatalog(specs, syntax, { ...opts, index: undefined });
  }
  const keywords = [...keywordOwners.keys()];
  const ready = opts.prebuilt?.(keywords);
  const automaton = ready && builtFrom(ready, keywords) ? ready : buildAutomaton(keywords);
  const keywordPatterns = automaton.keywords.map((k) => Int32Array.from(keywordOwners.get(k)!));
  // Most keywords are in no key rule and imply no shape: they share one empty table (a read past its end is
  // undefined, which means "not in a key" and "no shapes"), which saves ~2 ms of a hook's start.
  const keywordInKey = automaton.keywords.map((k, i) => {
    const set = inKeyOwners.get(k);
    return set ? Uint8Array.from(keywordPatterns[i]!, (p) => (set.has(p) ? 1 : 0)) : NOT_IN_KEY;
  });
  const keywordShapes = automaton.keywords.map((k, i) => {
    const byPattern = shapeOwners.get(k);
    return byPattern ? Array.from(keywordPatterns[i]!, (p) => byPattern.get(p)) : NO_SHAPES;
  });
  const byId = new Map(patterns.map((p, i) => [p.spec.id, i] as [string, number]));
  return { patterns, automaton, keywordPatterns, keywordInKey, keywordShapes, unkeyed, byId, syntax: compiledSyntax };
}

const NO_SUPERSEDES: ReadonlySet<string> = new Set();

/** A CompiledPattern whose regexes are made on first use (see compileCatalog's index path). */
class LazyPattern implements CompiledPattern {
  readonly validator: ((secret: string) => boolean) | undefined;
  readonly tier: number;
  readonly supersedes: ReadonlySet<string>;
  #regex: RegExp | undefined;
  #group: number | undefined;
  #allow: RegExp[] | undefined;
  #weak: RegExp[] | null | undefined;
  #path: RegExp | null | undefined;
  #probe: RegExp | null | undefined;

  constructor(readonly spec: PatternSpec) {
    this.validator = spec.validator !== undefined ? VALIDATORS[spec.validator] : undefined;
    this.tier = patternTier(spec);
    this.supersedes = spec.supersedes && spec.supersedes.length > 0 ? new Set(spec.supersedes) : NO_SUPERSEDES;
  }

  get regex(): RegExp {
    return (this.#regex ??= compileRegex(this.spec.regex, 'gd' + [...new Set(this.spec.flags)].join(''), this.spec.id, 'regex'));
  }

  get group(): number {
    return (this.#group ??= new RegExp(`${this.spec.regex}|`, this.spec.flags).exec('')!.length > 1 ? 1 : 0);
  }

  get allow(): RegExp[] {
    return (this.#allow ??= this.spec.allow.map((a, i) => compileRegex(a, '', this.spec.id, `allow[${i}]`)));
  }

  get weak(): RegExp[] | undefined {
    if (this.#weak === undefined) this.#weak = this.spec.weakValues?.map((a, i) => compileRegex(a, 'i', this.spec.id, `weak_values[${i}]`)) ?? null;
    return this.#weak ?? undefined;
  }

  get path(): RegExp | undefined {
    if (this.#path === undefined) this.#path = this.spec.path !== undefined ? compileRegex(this.spec.path, '', this.spec.id, 'path') : null;
    return this.#path ?? undefined;
  }

  get valueProbe(): RegExp | undefined {
    if (this.#probe === undefined) {
      const source = this.spec.assignment !== undefined ? valueProbe(this.spec.regex) : undefined;
      this.#probe = source !== undefined ? new RegExp(source, [...new Set(this.spec.flags)].filter((f) => f !== 'm').join('')) : null;
    }
    return this.#probe ?? undefined;
  }
}

/** The catalog from a fitting index; undefined when its tables are not well formed (then they are made afresh). */
function fromIndex(index: EngineIndex, patterns: CompiledPattern[], syntax: CompiledSyntax | undefined, opts: CompileOptions): CompiledCatalog | undefined {
  const ready = opts.prebuilt?.(index.keywords);
  const automaton = ready && builtFrom(ready, index.keywords) ? ready : buildAutomaton(index.keywords);
  if (!builtFrom(automaton, index.keywords)) return undefined;
  const n = patterns.length;
  const owner = (p: unknown): boolean => Number.isInteger(p) && (p as number) >= 0 && (p as number) < n;
  const keywordPatterns: Int32Array[] = [];
  for (const row of index.keywordPatterns) {
    if (!Array.isArray(row) || !row.every(owner)) return undefined;
    keywordPatterns.push(Int32Array.from(row));
  }
  const keywordInKey: Uint8Array[] = new Array<Uint8Array>(keywordPatterns.length).fill(NOT_IN_KEY);
  for (const [k, row] of index.inKey) {
    if (keywordPatterns[k]?.length !== row.length) return undefined;
    keywordInKey[k] = Uint8Array.from(row);
  }
  const shapes = syntax?.shapes ?? [];
  const keywordShapes: (readonly CompiledShape[] | undefined)[][] = new Array<(readonly CompiledShape[] | undefined)[]>(keywordPatterns.length).fill(NO_SHAPES);
  for (const [k, row] of index.shapes) {
    if (keywordPatterns[k]?.length !== row.length) return undefined;
    const lists: (readonly CompiledShape[] | undefined)[] = [];
    for (const ids of row) {
      if (ids === null) lists.push(undefined);
      else if (Array.isArray(ids) && ids.every((i) => shapes[i] !== undefined)) lists.push(ids.map((i) => shapes[i]!));
      else return undefined;
    }
    keywordShapes[k] = lists;
  }
  if (!Array.isArray(index.unkeyed) || !index.unkeyed.every(owner)) return undefined;
  const byId = new Map(patterns.map((p, i) => [p.spec.id, i] as [string, number]));
  return { patterns, automaton, keywordPatterns, keywordInKey, keywordShapes, unkeyed: [...index.unkeyed], byId, syntax };
}



/**
 * Windows per pattern as flat [start, end, start, end, ...] arrays. A hit's window is its line (without
 * the line break), or LONG_LINE_HALF either side of it on a long line; windowBefore / windowAfter
 * replace the line bound on their side. Overlapping windows of one pattern are merged.
 */
function buildWindows(
  compiled: CompiledCatalog,
  text: string,
  lineStarts: readonly number[],
  skipGeneric: boolean,
  touched: number[],
): (number[] | undefined)[] {
  const { patterns, keywordPatterns, keywordInKey, keywordShapes, automaton } = compiled;
  const windows = takeWindows(patterns.length);
  const hits = findKeywords(automaton, text, RUN_SAMPLE);
  const lastLine = lineStarts.length - 1;
  let lineStart = -1;
  let lineEnd = -1;
  for (let h = 0; h < hits.count; h++) {
    const kw = hits.keyword[h]!;
    const hs = hits.start[h]!;
    const he = hs + automaton.lengths[kw]!;
    if (hs < lineStart || hs > lineEnd) {
      const li = lineIndexAt(lineStarts, hs);
      lineStart = lineStarts[li]!;
      lineEnd = li < lastLine ? lineStarts[li + 1]! - 1 : text.length;
      // The line break is "\n", "\r" or "\r\n"; keep the "\r" of a CRLF out of the window too.
      if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13 && text.charCodeAt(lineEnd) === 10) lineEnd--;
    }
    const long = lineEnd - lineStart > LONG_LINE;
    const lineWs = long ? Math.max(lineStart, hs - LONG_LINE_HALF) : lineStart;
    const lineWe = long ? Math.min(lineEnd, he + LONG_LINE_HALF) : lineEnd;
    const owners = keywordPatterns[kw]!;
    const inKey = keywordInKey[kw]!;
    const viaShapes = keywordShapes[kw]!;
    // -1: not yet asked; 0/1: whether this hit can sit in a key (asked once per hit, for every owner).
    let keyPos = -1;
    for (let o = 0; o < owners.length; o++) {
      const p = owners[o]!;
      const { spec } = patterns[p]!;
      if (skipGeneric && spec.generic) continue;
      let ws: number;
      let we: number;
      const shapes = viaShapes[o];
      if (shapes !== undefined && !shapesRead(shapes, text.slice(lineWs, lineWe))) continue;
      if (inKey[o] === 1) {
        if (keyPos === -1) keyPos = inKeyPosition(text, hs, he, lineStart, lineEnd) ? 1 : 0;
        if (keyPos === 0) continue;
        ws = long ? Math.max(lineStart, hs - KEY_WINDOW_BEFORE) : lineStart;
        we = long ? Math.min(lineEnd, he + KEY_WINDOW_AFTER) : Math.max(lineEnd, he);
      } else {
        ws = spec.windowBefore === undefined ? lineWs : Math.max(0, hs - spec.windowBefore);
        we = spec.windowAfter === undefined ? Math.max(lineWe, he) : Math.min(text.length, he + spec.windowAfter);
      }
      let list = windows[p];
      if (!list) {
        windows[p] = [ws, we];
        touched.push(p);
        continue;
      }
      const n = list.length;
      const lastWs = list[n - 2]!;
      const lastWe = list[n - 1]!;
      if (ws <= lastWe && we >= lastWs) {
        if (ws < lastWs) list[n - 2] = ws;
        if (we > lastWe) list[n - 1] = we;
      } else {
        list.push(ws, we);
      }
    }
  }
  for (const p of compiled.unkeyed) {
    if (!(skipGeneric && patterns[p]!.spec.generic)) {
      windows[p] = [0, text.length];
      touched.push(p);
    }
  }
  return windows;
}

/**
 * Every credential candidate in the blob that survives the value filters, with overlapping matches
 * resolved to the most specific pattern, sorted by start then pattern id.
 */
export function detectMatches(blob: Blob, compiled: CompiledCatalog, opts: DetectOptions = {}): Match[] {
  const text = blob.text;
  const lineStarts = blob.lineStarts.length > 0 ? blob.lineStarts : lineIndex(text);
  const skipGeneric =
    (opts.lockfile ?? isLockfile(blob.path)) || (opts.minified ?? isMinified(blob.path, text, lineStarts));
  // The patterns with a window, in catalog order: a file wakes a few of the hundreds, so only these are visited.
  const touched: number[] = [];
  const windows = buildWindows(compiled, text, lineStarts, skipGeneric, touched);
  try {
    return matchWindows(blob, lineStarts, compiled, windows, touched);
  } finally {
    releaseWindows(windows, touched);
  }
}

/**
 * One windows table (an entry per pattern, set only at the touched ones) is kept between calls: a history scan
 * calls detectMatches tens of thousands of times, mostly for a few lines each, and a fresh table of 500
 * entries per call was most of what buildWindows allocated. A nested call (none today) gets its own.
 */
let spareWindows: (number[] | undefined)[] | undefined;

function takeWindows(n: number): (number[] | undefined)[] {
  const spare = spareWindows;
  spareWindows = undefined;
  return spare !== undefined && spare.length === n ? spare : new Array<number[] | undefined>(n);
}

function releaseWindows(windows: (number[] | undefined)[], touched: readonly number[]): void {
  for (const p of touched) windows[p] = undefined;
  spareWindows = windows;
}

function matchWindows(blob: Blob, lineStarts: readonly number[], compiled: CompiledCatalog, windows: (number[] | undefined)[], touched: number[]): Match[] {
  const text = blob.text;
  touched.sort((a, b) => a - b);
  // Path-scoped patterns (.pgpass, config/master.key) run only where the file is what they describe.
  for (const p of touched) {
    const re = compiled.patterns[p]!.path;
    if (windows[p] !== undefined && re !== undefined && !re.test(blob.path)) windows[p] = undefined;
  }
  const matches: Match[] = [];
  const seen = new Set<string>();
  let assignments: AssignmentCache | undefined;
  for (const p of touched) {
    const list = windows[p];
    if (!list) continue;
    const cp = compiled.patterns[p]!;
    const re = cp.regex;
    if (cp.spec.assignment !== undefined && compiled.syntax !== undefined) {
      assignments ??= new AssignmentCache(compiled.syntax, text, lineStarts, LONG_LINE);
      assignmentMatches(cp, list, text, lineStarts, assignments, seen, matches);
      continue;
    }
    for (let w = 0; w < list.length; w += 2) {
      const ws = list[w]!;
      const sub = text.slice(ws, list[w + 1]!);
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(sub)) !== null) {
        if (m[0].length === 0) re.lastIndex++;
        const secret = m[cp.group];
        const span = m.indices?.[cp.group];
        if (secret === undefined || span === undefined) continue;
        const start = ws + span[0];
        const end = ws + span[1];
        const key = `${cp.spec.id}\0${start}\0${end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const match = toMatch(cp, text, lineStarts, secret, start, end);
        if (match) matches.push(match);
      }
    }
  }
  matches.sort((a, b) => a.start - b.start || (a.patternId < b.patternId ? -1 : a.patternId > b.patternId ? 1 : 0));
  return applyPairs(resolveOverlaps(matches, compiled), compiled);
}

/**
 * Pair rules: a match whose pattern has `pair` takes the nearest partner match (one of pair.with, within
 * pair.withinLines lines) into its details, redacted, with a 'paired' note that raises its confidence;
 * the partner is then not reported on its own: one finding for the pair, located at the secret. With
 * pair.required, a match without a partner is dropped.
 */
export function applyPairs(matches: Match[], compiled: CompiledCatalog): Match[] {
  const specOf = (m: Match) => compiled.patterns[compiled.byId.get(m.patternId) ?? -1]?.spec;
  const pairOf = (m: Match) => specOf(m)?.pair;
  // A partner-only identifier (a Twilio account SID) is reported only inside its pair's finding.
  const partnerOnly = (m: Match) => specOf(m)?.partnerOnly === true;
  if (!matches.some((m) => pairOf(m) !== undefined)) return matches.some(partnerOnly) ? matches.filter((m) => !partnerOnly(m)) : matches;
  const absorbed = new Set<Match>();
  const dropped = new Set<Match>();
  for (const m of matches) {
    const pair = pairOf(m);
    // Already paired (a decoded match that met its partner in the decoded text, or a second pass).
    if (!pair || m.notes?.includes('paired')) continue;
    let best: Match | undefined;
    for (const p of matches) {
      if (p === m || !pair.with.includes(p.patternId) || Math.abs(p.line - m.line) > pair.withinLines) continue;
      if (!best || Math.abs(p.start - m.start) < Math.abs(best.start - m.start)) best = p;
    }
    if (!best) {
      if (pair.required) dropped.add(m);
      continue;
    }
    absorbed.add(best);
    m.details = { ...m.details, pairedWith: redact(best.secret), pairedPattern: best.patternId, pairedLine: best.line };
    m.pairedSecret = best.secret;
    // The pair is the credential: an IAM user's key id and secret together are a long-lived credential,
    // whatever the secret's own pattern says; keep the partner's kind when it is long-lived.
    const partnerKind = compiled.patterns[compiled.byId.get(best.patternId) ?? -1]?.spec.kind;
    if (partnerKind === 'long-lived-credential' && m.kindOverride === undefined) m.kindOverride = partnerKind;
    m.notes = [...(m.notes ?? []), 'paired'];
  }
  return matches.filter((m) => !dropped.has(m) && !absorbed.has(m) && !partnerOnly(m));
}

/**
 * Assignment rules: every `key = value` on the lines of the pattern's windows whose key and context
 * satisfy the rule, judged by the pattern's regex on the value (its capture group is the secret).
 */
function assignmentMatches(
  cp: CompiledPattern,
  windows: readonly number[],
  text: string,
  lineStarts: readonly number[],
  cache: AssignmentCache,
  seen: Set<string>,
  out: Match[],
): void {
  const rule = cp.spec.assignment!;
  const re = cp.regex;
  const probe = cp.valueProbe;
  for (let w = 0; w < windows.length; w += 2) {
    const ws = windows[w]!;
    const we = windows[w + 1]!;
    // A value starts in the window, is at most MAX_VALUE long and never holds a line break, so it lies in
    // [ws, we + MAX_VALUE) and ends on the window's last line: the probe reads no further than that line.
    // The line break is looked for within that reach only: on a minified line, never to the line's end.
    if (probe !== undefined) {
      const around = text.slice(ws, Math.min(text.length, we + MAX_VALUE));
      const nl = we > ws ? around.indexOf('\n', we - 1 - ws) : -1;
      if (!probe.test(nl === -1 ? around : around.slice(0, nl))) continue;
    }
    const l0 = lineIndexAt(lineStarts, ws);
    const l1 = lineIndexAt(lineStarts, Math.max(ws, we - 1));
    for (let li = l0; li <= l1; li++) {
      cache.each(li, ws, we, (a) => {
        if (!cache.accepts(rule, a, li)) return;
        re.lastIndex = 0;
        const m = re.exec(a.value);
        if (m === null) return;
        const secret = m[cp.group];
        const span = m.indices?.[cp.group];
        if (secret === undefined || span === undefined || secret.length === 0) return;
        const start = a.valueStart + span[0];
        const end = a.valueStart + span[1];
        const key = `${cp.spec.id}\0${start}\0${end}`;
        if (seen.has(key)) return;
        seen.add(key);
        const match = toMatch(cp, text, lineStarts, secret, start, end, a.key);
        if (match) {
          match.details = { ...match.details, key: a.key.length <= 80 ? a.key : `${a.key.slice(0, 77)}...`, syntax: a.shape };
          out.push(match);
        }
      });
    }
  }
}

/** Whether match `a` drops the overlapping match `b` (see the tiers above). */
function beats(compiled: CompiledCatalog, a: Match, b: Match): boolean {
  if (a.patternId === b.patternId) return false;
  const pa = compiled.patterns[compiled.byId.get(a.patternId)!]!;
  const pb = compiled.patterns[compiled.byId.get(b.patternId)!]!;
  if (pa.tier !== pb.tier) return pa.tier > pb.tier;
  if (pa.supersedes.has(b.patternId)) return true;
  if (pb.supersedes.has(a.patternId)) return false;
  return overlapFallback(a, b, compiled.byId.get(a.patternId)!, compiled.byId.get(b.patternId)!) < 0;
}

/**
 * Order between two overlapping matches of one tier that no `supersedes` relates (negative: `a` wins):
 * a checksum-valid value first (its format was proven), then the longer value (it holds the other), then
 * the pattern listed first in the catalog. Deterministic, so a value is reported once and always alike.
 */
export function overlapFallback(a: Match, b: Match, indexA: number, indexB: number): number {
  const valid = Number(b.checksum === 'valid') - Number(a.checksum === 'valid');
  if (valid !== 0) return valid;
  const longer = b.end - b.start - (a.end - a.start);
  return longer !== 0 ? longer : indexA - indexB;
}

/**
 * Drops every match that an overlapping, more specific match beats. Works on runs of transitively
 * overlapping matches (sorted by start), so the cost is quadratic only within a run.
 */
export function resolveOverlaps(sorted: Match[], compiled: CompiledCatalog): Match[] {
  if (sorted.length < 2) return sorted;
  const out: Match[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i + 1;
    let runEnd = sorted[i]!.end;
    while (j < sorted.length && sorted[j]!.start < runEnd) {
      runEnd = Math.max(runEnd, sorted[j]!.end);
      j++;
    }
    for (let k = i; k < j; k++) {
      const m = sorted[k]!;
      let dropped = false;
      for (let o = i; o < j && !dropped; o++) {
        const other = sorted[o]!;
        dropped = o !== k && other.start < m.end && m.start < other.end && beats(compiled, other, m);
      }
      if (!dropped) out.push(m);
    }
    i = j;
  }
  return out;
}

function toMatch(
  cp: CompiledPattern,
  text: string,
  lineStarts: readonly number[],
  secret: string,
  start: number,
  end: number,
  key?: string,
): Match | undefined {
  const c: Candidate = { spec: cp.spec, allow: cp.allow, weak: cp.weak, validator: cp.validator, secret, text, start, end, notes: [], key };
  if (rejectReason(c) !== undefined) return undefined;
  const li = lineIndexAt(lineStarts, start);
  const le = lineIndexAt(lineStarts, end);
  const match: Match = {
    patternId: cp.spec.id,
    start,
    end,
    line: li + 1,
    column: start - lineStarts[li]! + 1,
    endLine: le + 1,
    endColumn: end - lineStarts[le]! + 1,
    secret,
    entropy: c.entropy ?? shannonEntropy(secret),
    checksum: cp.validator ? (c.checksumValid ? 'valid' : 'invalid') : 'none',
  };
  if (c.notes.length > 0) match.notes = c.notes;
  if (c.notes.includes('weak-default-password')) match.severityOverride = 'low';
  return match;
}


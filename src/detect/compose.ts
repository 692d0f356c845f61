// Detector composition: one engine compiled from the active patterns (keyword-windowed regexes, CI posture,
// structured files, binary signatures), and one text through all of them. The scan worker, pattern examples and
// tests all detect through here, so they cannot disagree on what a pattern finds.
import type { Blob, Match, PatternSpec, Skip, FileContext } from '../model/types.js';
import { binaryHead } from '../read/read-blob.js';
import { lineIndex } from '../model/text.js';
import { applyPairs, compileCatalog, detectMatches, LONG_LINE, type CompiledCatalog } from './engine.js';
import { isLockfile, isMinified } from './filters.js';
import { compilePosture, detectPosture, POSTURE_CONTEXTS, type CompiledPosture } from './posture.js';
import { compileStructured, detectStructured, mergeStructured, structuredApplies, type CompiledStructured } from './structured.js';
import { loadStructuredRules } from '../catalog/structured.js';
import { compiledCatalogFiles, readCompiledCatalog } from '../catalog/load.js';
import { builtFrom, deserializeAutomaton, type Automaton } from './aho-corasick.js';
import { loadAssignmentSyntax } from '../catalog/syntax.js';
import { DEFAULT_DECODE_DEPTH, detectDecoded, mergeDecoded } from './decode.js';

/** Everything detection needs, compiled once per process or worker. */
export interface DetectionEngine {
  compiled: CompiledCatalog;
  /** Active posture rules (parsed CI YAML, rules from patterns/posture/) and all active ids (regex and structured). */
  posture: CompiledPosture;
  activeIds: ReadonlySet<string>;
  /** The structured-file kinds and rules (patterns/structured/), with the active ids. */
  structured: CompiledStructured;
  /** Signature detectors over the first bytes of binary files (key stores). */
  signatures: { id: string; re: RegExp; path?: RegExp }[];
  /** Context either side of a chunk's owned part (chunkOverlap of the compiled catalog). */
  overlap: number;
  /** How many encodings deep encoded values are decoded and rescanned (--decode-depth); 0 = not at all. */
  decodeDepth: number;
}

/**
 * The least context a chunk keeps either side of the part it owns. Generous, since 64 KiB of 4 MiB is
 * cheap: it covers the assignment parent look-back (16 KiB), directive tails (2 KiB) and the value filters'
 * context, and is raised when the catalog's own reach is longer.
 */
export const CHUNK_OVERLAP_FLOOR = 64 * 1024;

/**
 * How far the detector can look from a match, computed from the compiled catalog: a keyword hit's window
 * is its line up to LONG_LINE, or LONG_LINE_HALF either side of it on a longer line, and windowBefore /
 * windowAfter replace either side; a match lies inside its window, so it sits within one window's span
 * of its keyword. Twice that span on each side means a chunk sees every window whose match it owns whole,
 * along with the neighbouring windows it may be merged with, so each match of the whole file is found, with the
 * same text around it, in exactly one chunk.
 */
export function chunkOverlap(compiled: CompiledCatalog): number {
  let keyword = 0;
  for (const n of compiled.automaton.lengths) keyword = Math.max(keyword, n);
  let reach = LONG_LINE;
  for (const p of compiled.patterns) reach = Math.max(reach, (p.spec.windowBefore ?? 0) + (p.spec.windowAfter ?? 0));
  return Math.max(CHUNK_OVERLAP_FLOOR, 2 * (reach + keyword));
}

/** Posture and structured rules are parsers over whole files (their data says so); their regexes are documentation, not run. */
export function isStructural(spec: PatternSpec): boolean {
  return spec.posture !== undefined || spec.structured !== undefined;
}

/**
 * `structured`: the structured-file kinds and rules (default: the built-in patterns/structured/, loaded once
 * per process); which parser reads which file is that data, whatever `patterns` holds.
 */
export function createEngine(patterns: PatternSpec[], structured: Parameters<typeof compileStructured>[1] = loadStructuredRules()): DetectionEngine {
  const regexPatterns = patterns.filter((p) => !isStructural(p) && p.signature === undefined);
  const compiled = compileCatalog(regexPatterns, regexPatterns.some((p) => p.assignment !== undefined) ? loadAssignmentSyntax() : undefined, { prebuilt: compiledAutomaton, index: readCompiledCatalog(compiledCatalogFiles())?.engineIndex });
  return {
    compiled,
    overlap: chunkOverlap(compiled),
    decodeDepth: DEFAULT_DECODE_DEPTH,
    posture: compilePosture(patterns),
    activeIds: new Set(patterns.map((p) => p.id)),
    structured: compileStructured(patterns, structured),
    signatures: patterns.filter((p) => p.signature !== undefined).map((p) => ({ id: p.id, re: new RegExp(p.signature!, 's'), path: p.path !== undefined ? new RegExp(p.path) : undefined })),
  };
}

let decoded: { keywords: readonly string[]; automaton: Automaton | undefined } | undefined;

/**
 * The compiled catalog's automaton (built by scripts/compile-catalog.mjs for the default patterns) when it
 * was built from exactly these keywords: building it takes 20-60 ms of a cold start, decoding it about 1 ms.
 * An automaton depends on nothing but its keywords, so a match is safe whatever else the file holds.
 */
export function compiledAutomaton(keywords: readonly string[]): Automaton | undefined {
  if (decoded && builtFrom(decoded, keywords)) return decoded.automaton;
  const s = readCompiledCatalog(compiledCatalogFiles())?.automaton;
  if (!s || !builtFrom(s, keywords)) return undefined;
  decoded = { keywords: s.keywords, automaton: deserializeAutomaton(s) };
  return decoded.automaton;
}

/** `matches` plus what detectDecoded finds in the encoded values of `blob` (merged: one finding per value). */
export function withDecoded(blob: Blob, matches: Match[], engine: DetectionEngine, context: FileContext, lockfile: boolean, minified?: boolean): Match[] {
  const decoded = detectDecoded(blob, engine.compiled, matches, { depth: engine.decodeDepth, lockfile, minified, code: context === 'code' });
  if (decoded.length === 0) return matches;
  const generic = (id: string): boolean => engine.compiled.patterns[engine.compiled.byId.get(id) ?? -1]?.spec.generic === true;
  // Pair rules across the two: a key id in plain text and its secret hex-encoded on the next line are one finding.
  return applyPairs(mergeDecoded(matches, decoded, generic), engine.compiled);
}

/** One decoded text through every detector: keyword-windowed regexes, CI posture, structured files. */
export function detectAll(blob: Blob, context: FileContext, engine: DetectionEngine): Match[] {
  const lockfile = isLockfile(blob.path);
  // The line index is at hand: counting lines in the sample is a binary search, not a scan.
  const minified = isMinified(blob.path, blob.text, blob.lineStarts);
  let matches = detectMatches(blob, engine.compiled, { lockfile, minified });
  // CI posture: workflows that feed long-lived secrets to steps that could use federation.
  if (POSTURE_CONTEXTS.has(context) && engine.posture.github.length + engine.posture.gitlab.length > 0) {
    matches = [...matches, ...detectPosture(blob, context, engine.posture)].sort((a, b) => a.start - b.start || (a.patternId < b.patternId ? -1 : 1));
  }
  // Credential files whose shape matters (docker config, kubeconfig, Secret data, .netrc, ...): decoded
  // values are rescanned with the same regex catalog; merged so that one value is reported once.
  if (structuredApplies(engine.structured, blob.path, context)) {
    const rescan = (t: string): Match[] =>
      detectMatches({ path: 'decoded.txt', text: t, lineStarts: lineIndex(t), encoding: 'utf-8', bytes: t.length }, engine.compiled, { lockfile: false, minified: false });
    matches = mergeStructured(matches, detectStructured(blob, context, engine.structured, rescan, matches));
  }
  // Encoded values (base64, hex, percent, escaped strings), decoded and rescanned; a secret found in plain
  // text too stays the plain finding.
  if (engine.decodeDepth > 0) matches = withDecoded(blob, matches, engine, context, lockfile, minified);
  return matches;
}

/**
 * Binary files whose first bytes are a key store's signature: one match at line 1, whose "secret" is the
 * file's opening bytes in hex (for a stable fingerprint; the content is never decoded or shown).
 */
export function detectSignatures(path: string, skip: Skip, engine: DetectionEngine): Match[] {
  const head = binaryHead(skip);
  if (head === undefined) return [];
  const out: Match[] = [];
  for (const sig of engine.signatures) {
    if (!engine.activeIds.has(sig.id) || (sig.path !== undefined && !sig.path.test(path)) || !sig.re.test(head)) continue;
    out.push({ patternId: sig.id, start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1, secret: Buffer.from(head, 'latin1').toString('hex'), entropy: 0, checksum: 'none', notes: ['binary-container'] });
    break;
  }
  return out;
}


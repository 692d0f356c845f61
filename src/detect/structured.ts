// Structured detectors: credential files whose shape matters more than a prefix (docker config, kubeconfig,
// Secret manifests, GCP key files, .netrc, .git-credentials, .pypirc, .npmrc, .env, Terraform variables).
// Which parser reads which file is data (patterns/structured/*.yaml, `files`); this module runs the walkers.
// Pure and synchronous. Malformed input yields nothing; any other error is a bug, re-thrown as an internal
// error so the scan reports the file as not scanned (scan.ts safeProcess).
import type { Blob, FileContext, Match, PatternSpec, StructuredKind, StructuredParser } from '../model/types.js';
import { compileFileMatch, fileMatchNames, fileMatchReads, type CompiledFileMatch } from '../model/structured-files.js';
import { OVERLAP_TIERS } from '../model/types.js';
import { patternTier } from './engine.js';
import { detectDockerConfig, detectServiceAccountKey } from './structured-json.js';
import { detectDotenv, detectGitCredentials, detectNetrc, detectNpmrc, detectPypirc, detectTerraform } from './structured-text.js';
import type { StructuredRun } from './structured-util.js';
import { detectKubeconfig, detectSecretManifests } from './structured-yaml.js';
import { lineIndex } from '../model/text.js';

type Parser = (run: StructuredRun, nested: (text: string, name: string) => Match[]) => void;

/**
 * Files above this size are not parsed as whole JSON / YAML documents (docker config, GCP key file, kubeconfig,
 * Secret manifests; .tfvars.json parses in detectTerraform and is capped there): the YAML parser took 4.4 s and
 * 288 MB on a 4 MB Secret manifest. The same 1 MiB cap as posture (POSTURE_MAX_CHARS); real credential
 * files are a few kB, and a larger one still gets the regex catalog. The line-shaped parsers have no cap.
 */
export const MAX_DOCUMENT_CHARS = 1024 * 1024;

/** The walkers behind each parser name of patterns/structured/*.yaml; `document`: parses the whole file (capped). */
const PARSERS: Record<StructuredParser, { parse: Parser; document: boolean }> = {
  netrc: { parse: detectNetrc, document: false },
  'git-credentials': { parse: detectGitCredentials, document: false },
  pypirc: { parse: detectPypirc, document: false },
  npmrc: { parse: detectNpmrc, document: false },
  dotenv: { parse: detectDotenv, document: false },
  terraform: { parse: detectTerraform, document: false },
  'docker-config': { parse: detectDockerConfig, document: true },
  'gcp-key-file': { parse: detectServiceAccountKey, document: true },
  kubeconfig: { parse: detectKubeconfig, document: true },
  'kubernetes-secret': { parse: detectSecretManifests, document: true },
};

/** What the structured detector needs, compiled once per engine (see compileStructured). */
export interface CompiledStructured {
  /** File kinds in parser order (STRUCTURED_PARSERS), with their `files` entries compiled. */
  kinds: { parser: StructuredParser; files: CompiledFileMatch[] }[];
  /** Ids that may be reported (the active patterns). */
  ids: ReadonlySet<string>;
  /** The structured rules as loaded (thresholds the parsers judge values by), by id. */
  rules: ReadonlyMap<string, PatternSpec>;
  /** Ids of the active patterns below the format tier (generic keyword + entropy rules), which a structured hit outranks. */
  generic: ReadonlySet<string>;
}

const FORMAT_TIER = OVERLAP_TIERS.indexOf('format');

/**
 * `patterns`: the active ones (ids a hit may carry; their tier decides which regex matches are generic).
 * `loaded`: the structured kinds and rules from patterns/structured/ (catalog/structured.ts).
 */
export function compileStructured(patterns: readonly PatternSpec[], loaded: { kinds: readonly StructuredKind[]; patterns: readonly PatternSpec[] }): CompiledStructured {
  return {
    kinds: loaded.kinds.map((k) => ({ parser: k.parser, files: k.files.map(compileFileMatch) })),
    ids: new Set(patterns.map((p) => p.id)),
    rules: new Map(loaded.patterns.map((p) => [p.id, p])),
    generic: new Set(patterns.filter((p) => patternTier(p) < FORMAT_TIER).map((p) => p.id)),
  };
}

/** The parsers that apply to a file, by name first and then by a cheap look at the content, in parser order. */
function parsersFor(structured: CompiledStructured, path: string, text: string, context?: FileContext): Parser[] {
  const out: Parser[] = [];
  for (const kind of structured.kinds) {
    const { parse, document } = PARSERS[kind.parser];
    // Whole-document JSON / YAML parsers skip a large file (see MAX_DOCUMENT_CHARS).
    if (document && text.length > MAX_DOCUMENT_CHARS) continue;
    if (kind.files.some((m) => fileMatchReads(m, path, text, context))) out.push(parse);
  }
  return out;
}

/** Whether any structured parser could apply to a file of this path (for the scan loop to skip the rest). */
export function structuredApplies(structured: CompiledStructured, path: string, context?: FileContext): boolean {
  // Asked once per file and, in a history scan, once per commit that touches it: kept per path and context.
  let memo = appliesMemo.get(structured);
  if (memo === undefined) appliesMemo.set(structured, (memo = new Map()));
  const key = context === undefined ? path : `${context}\0${path}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const applies = structured.kinds.some((k) => k.files.some((m) => fileMatchNames(m, path, context)));
  if (memo.size >= APPLIES_MEMO_MAX) memo.clear();
  memo.set(key, applies);
  return applies;
}

const appliesMemo = new WeakMap<CompiledStructured, Map<string, boolean>>();
const APPLIES_MEMO_MAX = 4096;

const MAX_DEPTH = 2;
const INTERNAL = 'internal error in the structured detector ';

function runParsers(
  blob: Blob,
  context: FileContext | undefined,
  structured: CompiledStructured,
  rescan: (text: string) => Match[],
  existing: Match[] | undefined,
  depth: number,
): Match[] {
  const parsers = parsersFor(structured, blob.path, blob.text, context);
  if (parsers.length === 0) return [];
  const { ids, rules, generic } = structured;
  const run: StructuredRun = { blob, ids, rules, generic, rescan, existing: existing ?? rescan(blob.text), out: [] };
  // A decoded Secret value is scanned like a file named after its data key (`.dockerconfigjson`, `.npmrc`).
  const nested = (text: string, name: string): Match[] => {
    const inner: Blob = { path: name, text, lineStarts: lineIndex(text), encoding: 'utf-8', bytes: Buffer.byteLength(text) };
    const base = rescan(text);
    if (depth >= MAX_DEPTH) return base;
    return mergeStructured(base, runParsers(inner, undefined, structured, rescan, base, depth + 1));
  };
  for (const parse of parsers) {
    try {
      parse(run, nested);
    } catch (err) {
      // Malformed input is handled inside each parser (isParseFailure); what reaches here is a bug. The
      // message names the parser, never a value from the file. A nested run's error is already wrapped.
      if (err instanceof Error && err.message.startsWith(INTERNAL)) throw err;
      throw new Error(`${INTERNAL}(${parse.name || 'a parser'}): ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
  }
  return run.out;
}

/**
 * Structured matches for one file: new matches (active ids of `structured` only) and enriched copies of regex matches
 * on the same span (same id, start and end, with details such as registry or decoded user name). Combine
 * with the regex matches through mergeStructured. `existing` is what detectMatches found in blob.text
 * (computed with `rescan` when not given). Malformed JSON/YAML/base64 yields []; anything else thrown (a bug
 * in a parser, or in `rescan`) is re-thrown as 'internal error in the structured detector (<parser>): ...'.
 */
export function detectStructured(
  blob: Blob,
  context: FileContext,
  structured: CompiledStructured,
  rescan: (text: string) => Match[],
  existing?: Match[],
): Match[] {
  const b = blob.lineStarts.length > 0 ? blob : { ...blob, lineStarts: lineIndex(blob.text) };
  return runParsers(b, context, structured, rescan, existing, 0);
}

const keyOf = (m: Match): string => `${m.patternId}\0${m.start}\0${m.end}`;
const overlap = (a: Match, b: Match): boolean => a.start < b.end && b.start < a.end;
/** Distinct credentials decoded from one encoded value (a Secret's data key) share its span and stay apart. */
const distinctDecoded = (a: Match, b: Match): boolean =>
  a.secret !== b.secret && a.notes?.includes('decoded-from-base64') === true && b.notes?.includes('decoded-from-base64') === true;

/**
 * Regex matches plus structured ones, one match per value: a structured match with the same id and span
 * replaces the regex one (it carries the decoded details); a new structured match drops every regex match
 * it overlaps (the parser knows the file's shape and has judged or decoded the value: a kubeconfig token,
 * a .npmrc _authToken, a Secret's decoded data); of two structured matches on one value the first parser's
 * is kept. Sorted as detectMatches sorts.
 */
export function mergeStructured(base: Match[], structured: Match[]): Match[] {
  if (structured.length === 0) return base;
  const byKey = new Map<string, Match>();
  for (const m of structured) byKey.set(keyOf(m), m);
  const baseKeys = new Set(base.map(keyOf));
  const added: Match[] = [];
  for (const m of byKey.values()) {
    if (baseKeys.has(keyOf(m))) continue;
    if (!added.some((a) => overlap(a, m) && !distinctDecoded(a, m))) added.push(m);
  }
  const out: Match[] = [];
  for (const m of base) {
    const replacement = byKey.get(keyOf(m));
    if (replacement) out.push(replacement);
    else if (!added.some((a) => overlap(a, m))) out.push(m);
  }
  out.push(...added.filter((a) => !out.some((o) => overlap(o, a) && !distinctDecoded(o, a))));
  return out.sort((a, b) => a.start - b.start || (a.patternId < b.patternId ? -1 : a.patternId > b.patternId ? 1 : 0));
}

// Structured detectors: credential files whose shape matters more than a prefix (docker config, kubeconfig,
// Secret manifests, GCP key files, .netrc, .git-credentials, .pypirc, .npmrc, .env, Terraform variables).
// Chooses a parser by file name and content; pure and synchronous; never throws on malformed input.
import type { Blob, FileContext, Match } from '../model/types.js';
import { detectDockerConfig, detectServiceAccountKey, isDockerConfigPath, looksLikeServiceAccountKey } from './structured-json.js';
import { detectDotenv, detectGitCredentials, detectNetrc, detectNpmrc, detectPypirc, detectTerraform } from './structured-text.js';
import { baseName, type StructuredRun } from './structured-util.js';
import { detectKubeconfig, detectSecretManifests, looksLikeKubeconfig, looksLikeSecretManifest } from './structured-yaml.js';

import { STRUCTURED_EXAMPLE_PATHS, STRUCTURED_SPECS } from './structured-specs.js';
import { lineIndex as lineStartsOf } from '../model/text.js';

export { STRUCTURED_EXAMPLE_PATHS, STRUCTURED_SPECS };

type Parser = (run: StructuredRun, nested: (text: string, name: string) => Match[]) => void;

const CODE_OR_DOC_EXT = /\.(?:js|mjs|cjs|ts|tsx|jsx|py|rb|go|java|json|ya?ml|md|txt|sh|toml)$/;

function isDotenvName(name: string): boolean {
  if (name === '.env' || name === '.envrc' || name.endsWith('.env')) return true;
  return name.startsWith('.env.') && !CODE_OR_DOC_EXT.test(name);
}

function isYamlish(path: string, context: FileContext | undefined): boolean {
  const lower = path.toLowerCase();
  const name = baseName(lower);
  return (
    lower.endsWith('.yaml') ||
    lower.endsWith('.yml') ||
    context === 'kubernetes' ||
    name.includes('kubeconfig') ||
    // kubectl's default file is ~/.kube/config; copies are often just `config`. The content decides (looksLikeKubeconfig).
    name === 'config'
  );
}

/**
 * Files above this size are not parsed as whole JSON / YAML documents (docker config, GCP key file, kubeconfig,
 * Secret manifests; .tfvars.json parses in detectTerraform and is capped there): the YAML parser took 4.4 s and
 * 288 MB on a 4 MB Secret manifest. The same 1 MiB cap as posture (POSTURE_MAX_CHARS); real credential
 * files are a few kB, and a larger one still gets the regex catalog. The line-shaped parsers have no cap.
 */
export const MAX_DOCUMENT_CHARS = 1024 * 1024;

/** The parsers that apply to a file, by name first and then by a cheap look at the content. */
function parsersFor(path: string, text: string, context?: FileContext): Parser[] {
  const name = baseName(path).toLowerCase();
  const lower = path.toLowerCase();
  const out: Parser[] = [];
  if (name === '.netrc' || name === '_netrc') out.push(detectNetrc);
  if (name === '.git-credentials' || name === 'git-credentials') out.push(detectGitCredentials);
  if (name === '.pypirc') out.push(detectPypirc);
  if (name === '.npmrc' || name === 'npmrc') out.push(detectNpmrc);
  if (isDotenvName(name)) out.push(detectDotenv);
  if (lower.endsWith('.tf') || lower.endsWith('.tfvars') || lower.endsWith('.tfvars.json')) out.push(detectTerraform);
  // Whole-document JSON / YAML parsers stop here on a large file (see MAX_DOCUMENT_CHARS).
  if (text.length > MAX_DOCUMENT_CHARS) return out;
  if (isDockerConfigPath(path) && (text.includes('"auths"') || name === '.dockercfg')) out.push(detectDockerConfig);
  if (lower.endsWith('.json') && looksLikeServiceAccountKey(text)) out.push(detectServiceAccountKey);
  if (isYamlish(path, context)) {
    if (looksLikeKubeconfig(text)) out.push(detectKubeconfig);
    if (looksLikeSecretManifest(text)) out.push((run, nested) => detectSecretManifests(run, nested));
  }
  return out;
}

/** Whether any structured parser could apply to a file of this path (for the scan loop to skip the rest). */
export function structuredApplies(path: string, context?: FileContext): boolean {
  const name = baseName(path).toLowerCase();
  const lower = path.toLowerCase();
  return (
    ['.netrc', '_netrc', '.git-credentials', 'git-credentials', '.pypirc', '.npmrc', 'npmrc'].includes(name) ||
    isDotenvName(name) ||
    /\.(?:tf|tfvars|tfvars\.json|json)$/.test(lower) ||
    name === '.dockercfg' ||
    name === '.dockerconfigjson' ||
    isYamlish(path, context)
  );
}


const MAX_DEPTH = 2;

function runParsers(
  blob: Blob,
  context: FileContext | undefined,
  ids: ReadonlySet<string>,
  rescan: (text: string) => Match[],
  existing: Match[] | undefined,
  depth: number,
): Match[] {
  const parsers = parsersFor(blob.path, blob.text, context);
  if (parsers.length === 0) return [];
  const run: StructuredRun = { blob, ids, rescan, existing: existing ?? rescan(blob.text), out: [] };
  // A decoded Secret value is scanned like a file named after its data key (`.dockerconfigjson`, `.npmrc`).
  const nested = (text: string, name: string): Match[] => {
    const inner: Blob = { path: name, text, lineStarts: lineStartsOf(text), encoding: 'utf-8', bytes: Buffer.byteLength(text) };
    const base = rescan(text);
    if (depth >= MAX_DEPTH) return base;
    return mergeStructured(base, runParsers(inner, undefined, ids, rescan, base, depth + 1));
  };
  for (const parse of parsers) {
    try {
      parse(run, nested);
    } catch {
      // A parser that trips on input it did not expect yields nothing for this file; the regex catalog
      // has already scanned the text, so nothing is lost but the structure.
    }
  }
  return run.out;
}

/**
 * Structured matches for one file: new matches (ids from `ids` only) and enriched copies of regex matches
 * on the same span (same id, start and end, with details such as registry or decoded user name). Combine
 * with the regex matches through mergeStructured. `existing` is what detectMatches found in blob.text
 * (computed with `rescan` when not given). Never throws; malformed JSON/YAML/base64 yields [].
 */
export function detectStructured(
  blob: Blob,
  context: FileContext,
  ids: ReadonlySet<string>,
  rescan: (text: string) => Match[],
  existing?: Match[],
): Match[] {
  const b = blob.lineStarts.length > 0 ? blob : { ...blob, lineStarts: lineStartsOf(blob.text) };
  return runParsers(b, context, ids, rescan, existing, 0);
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

/**
 * For `keyshift patterns check`: every example of every structured spec, scanned as the file named in
 * STRUCTURED_EXAMPLE_PATHS with `scanFile` (regex + structured, merged), must yield its id; no negative may.
 */
export function checkStructuredExamples(scanFile: (path: string, text: string) => Match[]): string[] {
  const problems: string[] = [];
  for (const spec of STRUCTURED_SPECS) {
    const path = STRUCTURED_EXAMPLE_PATHS[spec.id];
    if (path === undefined) {
      problems.push(`structured: ${spec.id}: no entry in STRUCTURED_EXAMPLE_PATHS`);
      continue;
    }
    const found = (ex: string): boolean => scanFile(path, ex).some((m) => m.patternId === spec.id);
    for (const ex of spec.examples) if (!found(ex)) problems.push(`structured: ${spec.id}: examples: not detected: ${JSON.stringify(ex.slice(0, 60))}`);
    for (const ex of spec.negativeExamples) if (found(ex)) problems.push(`structured: ${spec.id}: negative_examples: wrongly detected: ${JSON.stringify(ex.slice(0, 60))}`);
  }
  return problems;
}

// Reads patterns/*.yaml into PatternSpecs: schema and types, defaults, snake_case -> camelCase, line
// numbers; or, when its source hashes match, the precompiled catalog.json. Reports problems instead of
// throwing; value rules (formats, regexes) belong to lint.ts.
import { createHash } from 'node:crypto';
import { isAscii } from 'node:buffer';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Node } from 'yaml';
import { ConfigError } from '../model/errors.js';
import type { AssignmentRule, AssignmentSyntax, PairRule, PatternSpec, StructuredKind } from '../model/types.js';
import { findDuplicateIds, type LintProblem } from './lint.js';
import { recordPosition } from './positions.js';
import { yamlLib } from '../model/yaml-lib.js';
import type { SerializedAutomaton } from '../detect/aho-corasick.js';
import type { EngineIndex } from '../detect/engine.js';

type FieldType = 'string' | 'number' | 'boolean' | 'string[]' | 'assignment' | 'pair';

interface FieldRule {
  prop: keyof PatternSpec;
  type: FieldType;
  required?: boolean;
}

/** Every key a pattern may carry, by its YAML name. */
const FIELDS: Record<string, FieldRule> = {
  id: { prop: 'id', type: 'string', required: true },
  name: { prop: 'name', type: 'string', required: true },
  provider: { prop: 'provider', type: 'string', required: true },
  kind: { prop: 'kind', type: 'string', required: true },
  severity: { prop: 'severity', type: 'string', required: true },
  confidence: { prop: 'confidence', type: 'string' },
  keywords: { prop: 'keywords', type: 'string[]', required: true },
  regex: { prop: 'regex', type: 'string', required: true },
  flags: { prop: 'flags', type: 'string' },
  path: { prop: 'path', type: 'string' },
  signature: { prop: 'signature', type: 'string' },
  example_path: { prop: 'examplePath', type: 'string' },
  min_entropy: { prop: 'minEntropy', type: 'number' },
  validator: { prop: 'validator', type: 'string' },
  migration: { prop: 'migration', type: 'string', required: true },
  references: { prop: 'references', type: 'string[]', required: true },
  tags: { prop: 'tags', type: 'string[]' },
  cwe: { prop: 'cwe', type: 'string[]' },
  window_before: { prop: 'windowBefore', type: 'number' },
  window_after: { prop: 'windowAfter', type: 'number' },
  generic: { prop: 'generic', type: 'boolean' },
  publishable: { prop: 'publishable', type: 'boolean' },
  tier: { prop: 'tier', type: 'string' },
  supersedes: { prop: 'supersedes', type: 'string[]' },
  allow: { prop: 'allow', type: 'string[]' },
  weak_values: { prop: 'weakValues', type: 'string[]' },
  decoder: { prop: 'decoder', type: 'string' },
  assignment: { prop: 'assignment', type: 'assignment' },
  pair: { prop: 'pair', type: 'pair' },
  partner_only: { prop: 'partnerOnly', type: 'boolean' },
  examples: { prop: 'examples', type: 'string[]', required: true },
  negative_examples: { prop: 'negativeExamples', type: 'string[]', required: true },
};

const DEFAULTS: Partial<PatternSpec> = {
  confidence: 'high',
  flags: '',
  generic: false,
  publishable: false,
  allow: [],
  tags: [],
  cwe: [],
};

const TOP_LEVEL_KEYS = ['family', 'patterns'];
const FAMILY_FORMAT = /^[a-z0-9-]+$/;
const MIGRATIONS_FILE = 'migrations.yaml';

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return `a ${typeof value}`;
}

/**
 * Parses one pattern file. Patterns missing a required key or holding one of the wrong type are left
 * out of `patterns` (and reported); everything else is returned with defaults applied.
 */
export function parsePatternFile(text: string, file: string): { patterns: PatternSpec[]; problems: LintProblem[] } {
  const { isMap, isScalar, isSeq, LineCounter, parseDocument } = yamlLib();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const problems: LintProblem[] = [];
  const lineAt = (node: Node | null | undefined): number | undefined =>
    node?.range ? lineCounter.linePos(node.range[0]).line : undefined;

  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      problems.push({
        file,
        line: lineCounter.linePos(err.pos[0]).line,
        message: `YAML syntax error: ${err.message.split('\n')[0]}`,
      });
    }
    return { patterns: [], problems };
  }

  const root = doc.contents;
  if (!isMap(root)) {
    problems.push({ file, line: lineAt(root) ?? 1, message: 'expected a map with the keys family and patterns' });
    return { patterns: [], problems };
  }

  let family: string | undefined;
  let list: Node | undefined;
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const value = pair.value as Node | null;
    const line = lineAt(pair.key as Node);
    if (key === 'family') {
      if (isScalar(value) && typeof value.value === 'string' && FAMILY_FORMAT.test(value.value)) family = value.value;
      else problems.push({ file, line, field: 'family', message: 'must be a lowercase name of letters, digits and -' });
    } else if (key === 'patterns') {
      list = value ?? undefined;
    } else {
      problems.push({ file, line, field: key, message: `unknown top-level key; allowed keys are ${TOP_LEVEL_KEYS.join(', ')}` });
    }
  }
  if (family === undefined && !problems.some((p) => p.field === 'family')) {
    problems.push({ file, line: 1, field: 'family', message: "missing; add 'family: <name>' at the top of the file" });
  }
  if (!isSeq(list)) {
    problems.push({
      file,
      line: lineAt(list) ?? 1,
      field: 'patterns',
      message: list === undefined ? "missing; add 'patterns:' with a list of patterns" : 'must be a list of patterns',
    });
    return { patterns: [], problems };
  }

  const patterns: PatternSpec[] = [];
  const seenIds = new Map<string, number | undefined>();
  for (const item of list.items as Array<Node | null>) {
    const spec = parsePattern(item, file, family ?? '', lineAt, problems);
    if (!spec) continue;
    if (seenIds.has(spec.id)) {
      problems.push({
        file,
        line: lineAt(item),
        patternId: spec.id,
        field: 'id',
        message: `duplicate id: already defined at line ${seenIds.get(spec.id) ?? '?'} of this file; pick a new id`,
      });
      continue;
    }
    seenIds.set(spec.id, lineAt(item));
    patterns.push(spec);
  }
  return { patterns, problems };
}

function parsePattern(
  item: Node | null,
  file: string,
  family: string,
  lineAt: (node: Node | null | undefined) => number | undefined,
  problems: LintProblem[],
): PatternSpec | undefined {
  const { isMap, isScalar, isSeq } = yamlLib();
  const itemLine = lineAt(item);
  if (!isMap(item)) {
    problems.push({ file, line: itemLine, field: 'patterns', message: `each pattern must be a map, got ${item === null ? 'nothing' : 'a scalar or list'}` });
    return undefined;
  }
  const idPair = item.items.find((p) => isScalar(p.key) && p.key.value === 'id');
  const patternId = isScalar(idPair?.value) && typeof idPair.value.value === 'string' ? idPair.value.value : undefined;
  const fieldLines = new Map<string, number>();
  const values: Record<string, unknown> = { ...DEFAULTS, family };
  let broken = false;
  const report = (field: string | undefined, line: number | undefined, message: string): void => {
    problems.push({ file, line: line ?? itemLine, ...(patternId !== undefined && { patternId }), ...(field !== undefined && { field }), message });
  };

  for (const pair of item.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const keyLine = lineAt(pair.key as Node);
    if (keyLine !== undefined) fieldLines.set(key, keyLine);
    const rule = FIELDS[key];
    if (!rule) {
      report(key, keyLine, `unknown key; allowed keys are ${Object.keys(FIELDS).join(', ')}`);
      continue;
    }
    const node = pair.value as Node | null;
    const value = node === null ? null : (node as Node).toJSON();
    const typeProblem = checkType(rule.type, value);
    if (typeProblem) {
      report(key, keyLine, typeProblem);
      if (rule.required) broken = true;
      continue;
    }
    if (rule.type === 'string[]' && isSeq(node)) {
      (node.items as Node[]).forEach((child, i) => {
        const line = lineAt(child);
        if (line !== undefined) fieldLines.set(`${key}[${i}]`, line);
      });
    }
    values[rule.prop] =
      rule.type === 'assignment' ? toAssignmentRule(value as Record<string, unknown>) : rule.type === 'pair' ? toPairRule(value as Record<string, unknown>) : value;
  }
  for (const [key, rule] of Object.entries(FIELDS)) {
    if (rule.required && !fieldLines.has(key)) {
      report(key, itemLine, `missing required key '${key}'`);
      broken = true;
    }
  }
  if (broken) return undefined;
  const spec = values as unknown as PatternSpec;
  recordPosition(spec, { file, line: itemLine ?? 1, fields: fieldLines });
  return spec;
}

const ASSIGNMENT_KEYS = ['key', 'context', 'context_window'];

/** `assignment: {key: [...], context: [...], context_window: N}` -> AssignmentRule (word runs split). */
function toAssignmentRule(v: Record<string, unknown>): AssignmentRule {
  const runs = (list: unknown): string[][] =>
    (list as string[]).map((e) => e.toLowerCase().split(/\s+/).filter((w) => w.length > 0));
  const rule: AssignmentRule = { key: runs(v.key) };
  if (v.context !== undefined) rule.context = runs(v.context);
  if (v.context_window !== undefined) rule.contextWindow = v.context_window as number;
  return rule;
}

function checkAssignment(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return `expected a map with key (and optionally context, context_window), got ${describe(value)}`;
  const v = value as Record<string, unknown>;
  for (const k of Object.keys(v)) if (!ASSIGNMENT_KEYS.includes(k)) return `unknown key '${k}' in assignment; allowed keys are ${ASSIGNMENT_KEYS.join(', ')}`;
  const list = (k: string, required: boolean): string | undefined => {
    const l = v[k];
    if (l === undefined) return required ? `assignment.${k} is required: a list of words or word runs ('api key')` : undefined;
    if (!Array.isArray(l) || l.length === 0 || l.some((e) => typeof e !== 'string' || e.trim() === '')) return `assignment.${k} must be a non-empty list of words or word runs`;
    return undefined;
  };
  const problem = list('key', true) ?? list('context', false);
  if (problem) return problem;
  if (v.context_window !== undefined && (typeof v.context_window !== 'number' || v.context_window < 0 || v.context_window > 4096)) {
    return 'assignment.context_window must be a number of characters from 0 to 4096';
  }
  return undefined;
}

const PAIR_KEYS = ['with', 'within_lines', 'required'];

function toPairRule(v: Record<string, unknown>): PairRule {
  return { with: v.with as string[], withinLines: (v.within_lines as number | undefined) ?? 3, required: v.required === true };
}

function checkPair(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return `expected a map with with (and optionally within_lines, required), got ${describe(value)}`;
  const v = value as Record<string, unknown>;
  for (const k of Object.keys(v)) if (!PAIR_KEYS.includes(k)) return `unknown key '${k}' in pair; allowed keys are ${PAIR_KEYS.join(', ')}`;
  if (!Array.isArray(v.with) || v.with.length === 0 || v.with.some((e) => typeof e !== 'string')) return 'pair.with must be a non-empty list of pattern ids';
  if (v.within_lines !== undefined && (typeof v.within_lines !== 'number' || !Number.isInteger(v.within_lines) || v.within_lines < 0 || v.within_lines > 50)) {
    return 'pair.within_lines must be a whole number of lines from 0 to 50';
  }
  if (v.required !== undefined && typeof v.required !== 'boolean') return 'pair.required must be true or false';
  return undefined;
}

function checkType(type: FieldType, value: unknown): string | undefined {
  switch (type) {
    case 'pair':
      return checkPair(value);
    case 'assignment':
      return checkAssignment(value);
    case 'string':
      return typeof value === 'string' ? undefined : `expected a string, got ${describe(value)} (quote the value)`;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : `expected a number, got ${describe(value)}`;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `expected true or false, got ${describe(value)}`;
    case 'string[]': {
      if (!Array.isArray(value)) return `expected a list of strings, got ${describe(value)}`;
      const bad = value.findIndex((v) => typeof v !== 'string');
      return bad === -1 ? undefined : `item ${bad} is ${describe(value[bad])}, expected a string (quote it)`;
    }
  }
}

/** Where loadPatterns looks for a precompiled catalog; `false` means parse the YAML. */
export interface LoadOptions {
  /** Catalog files to try (default compiledCatalogFiles()), or false to parse the YAML. */
  compiled?: string[] | false;
  /** A catalog already read with readCompiledCatalog (so that one process parses the JSON once). */
  catalog?: CompiledCatalogJson;
}

/**
 * Loads every *.yaml in `dir` except migrations.yaml, in name order. Problems (YAML, schema, duplicate
 * ids across files) are returned, not thrown; only an unreadable folder throws ConfigError. When a
 * compiled catalog (see compiledCatalogFiles) holds the same file names with the same sha256 hashes, its
 * parsed patterns are used; any other difference, or a missing or corrupt file, means the YAML is parsed.
 */
export function loadPatterns(
  dir: string = defaultPatternsDir(),
  opts: LoadOptions = {},
): {
  patterns: PatternSpec[];
  problems: LintProblem[];
  files: string[];
  /** Whether the patterns came from the compiled catalog or from parsing the YAML. */
  from: 'compiled' | 'yaml';
} {
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.yaml') && e.name !== MIGRATIONS_FILE)
      .map((e) => e.name)
      .sort();
  } catch (err) {
    throw new ConfigError(
      `cannot read the patterns folder (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); pass an existing folder of pattern files`,
      dir,
      undefined,
      { cause: err },
    );
  }
  const files = names.map((name) => join(dir, name));
  const bytes: (Buffer | NodeJS.ErrnoException)[] = files.map((file) => {
    try {
      return readFileSync(file);
    } catch (err) {
      return err as NodeJS.ErrnoException;
    }
  });
  if (opts.compiled !== false && bytes.every((b) => Buffer.isBuffer(b))) {
    const compiled = opts.catalog ?? readCompiledCatalog(opts.compiled ?? compiledCatalogFiles());
    const hit = compiled && compiledPatterns(compiled, dir, names, bytes as Buffer[]);
    if (hit) return { patterns: hit, problems: [], files, from: 'compiled' };
  }
  const patterns: PatternSpec[] = [];
  const problems: LintProblem[] = [];
  files.forEach((file, i) => {
    const b = bytes[i]!;
    if (!Buffer.isBuffer(b)) {
      problems.push({ file, message: `cannot read the file (${b.code ?? b.message})` });
      return;
    }
    const parsed = parsePatternFile(b.toString('utf8'), file);
    patterns.push(...parsed.patterns);
    problems.push(...parsed.problems);
  });
  const duplicates = findDuplicateIds(patterns);
  problems.push(...duplicates);
  const dropped = new Set(duplicates.map((d) => d.patternId));
  const kept = patterns.filter((spec, i) => !dropped.has(spec.id) || patterns.findIndex((s) => s.id === spec.id) === i);
  return { patterns: kept, problems, files, from: 'yaml' };
}

/** Version of the compiled catalog's layout; a file of another version is ignored. */
export const COMPILED_FORMAT = 2;

/** build/catalog.json as written by scripts/compile-catalog.mjs (see catalog/compile.ts compileCatalogJson). */
export interface CompiledCatalogJson {
  format: number;
  /** sha256 (hex) of the bytes of every *.yaml in the patterns folder, by file name. */
  sources: Record<string, string>;
  /** Pattern file names in load order; absent when the YAML had problems (then it is always parsed). */
  files?: string[];
  patterns?: PatternSpec[];
  /**
   * Parallel to patterns: index into files, the pattern's line, and each field's line. Read from the file's
   * positions sidecar on first use when the file has one (a function then; see writeCompiledCatalog).
   */
  positions?: PositionRows | LazyPositions;
  /** Migration entries without their file (re-added on load); absent when migrations.yaml had problems. */
  migrations?: [string, Record<string, unknown>][];
  /** CI posture rules from patterns/posture/ (sources keyed `posture/<name>`), laid out as above; absent when they had problems. */
  posture?: { files: string[]; patterns: PatternSpec[]; positions: PositionRows | LazyPositions };
  /** Structured-file kinds and rules from patterns/structured/ (sources keyed `structured/<name>`); absent when they had problems. */
  structured?: { files: string[]; kinds: StructuredKind[]; patterns: PatternSpec[]; positions: PositionRows | LazyPositions };
  /** patterns/syntax/assignments.yaml, parsed; its hash is sources['syntax/assignments.yaml']. */
  syntax?: AssignmentSyntax;
  /**
   * The keyword automaton of the default patterns (every built-in regex pattern active), so that start-up
   * decodes it instead of building it; used only for exactly the keywords it was built from.
   */
  automaton?: SerializedAutomaton;
  /** compileCatalog's keyword tables for the same default patterns (detect/engine.ts EngineIndex). */
  engineIndex?: EngineIndex;
}

/** One row per pattern: index into files, the pattern's line, and each field's line. */
export type PositionRows = [number, number, [string, number][]][];
/** Rows read on first use (undefined when the sidecar is missing, stale or corrupt: the linter then has no lines). */
export type LazyPositions = () => PositionRows | undefined;

/**
 * How the file on disk differs from CompiledCatalogJson: what a scan never reads is kept beside it, so a
 * pre-commit hook parses about a third of the bytes (docs/performance.md). `<name>.positions.json` holds the
 * three positions tables (only the linter reads them), `<name>.automaton.bin` the automaton's typed arrays
 * as raw bytes (no base64 inside JSON). Each sidecar starts with `id`, a SHA-256 of its own content written
 * into the main file too, so a sidecar from another build is never used (and costs no hash at run time).
 */
interface CatalogSidecars {
  positions?: { file: string; id: string };
  automaton?: { file: string; id: string; delta: [number, number]; outStart: [number, number]; outList: [number, number] };
}

const SIDECAR_ID_BYTES = 64;

/** Writes the catalog as `file` and its two sidecars (see CatalogSidecars); returns the main file's text. */
export function writeCompiledCatalog(file: string, json: CompiledCatalogJson): string {
  const base = file.replace(/\.json$/, '');
  const main: CompiledCatalogJson & { sidecars?: CatalogSidecars } = { ...json };
  const sidecars: CatalogSidecars = {};
  if (Array.isArray(json.positions)) {
    const rows = { positions: json.positions, posture: json.posture?.positions, structured: json.structured?.positions };
    const body = JSON.stringify(rows);
    const id = sha256(Buffer.from(body));
    writeFileSync(`${base}.positions.json`, `${JSON.stringify({ id })}\n${body}`);
    sidecars.positions = { file: basename(`${base}.positions.json`), id };
    delete main.positions;
    if (main.posture) main.posture = { ...main.posture, positions: [] };
    if (main.structured) main.structured = { ...main.structured, positions: [] };
  }
  const a = json.automaton;
  if (a) {
    const raw = (d: string | Int32Array): Buffer => (typeof d === 'string' ? Buffer.from(d, 'base64') : Buffer.from(d.buffer, d.byteOffset, d.byteLength));
    const parts = [raw(a.delta), raw(a.outStart), raw(a.outList)];
    const body = Buffer.concat(parts);
    const id = sha256(body);
    writeFileSync(`${base}.automaton.bin`, Buffer.concat([Buffer.from(id.padEnd(SIDECAR_ID_BYTES), 'latin1'), body]));
    let at = SIDECAR_ID_BYTES;
    const span = (b: Buffer): [number, number] => {
      const r: [number, number] = [at, b.length];
      at += b.length;
      return r;
    };
    sidecars.automaton = { file: basename(`${base}.automaton.bin`), id, delta: span(parts[0]!), outStart: span(parts[1]!), outList: span(parts[2]!) };
    main.automaton = { ...a, delta: '', outStart: '', outList: '' };
  }
  if (sidecars.positions || sidecars.automaton) main.sidecars = sidecars;
  // Pure ASCII (every other character as its \uXXXX escape, the same JSON), so parseCompiledCatalog reads it
  // as one-byte text instead of decoding UTF-8.
  const text = JSON.stringify(main).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  writeFileSync(file, text);
  return text;
}

/** The file's sidecars attached to the parsed JSON: positions as a function, the automaton's arrays from the binary file. */
function attachSidecars(json: CompiledCatalogJson & { sidecars?: CatalogSidecars }, file: string): CompiledCatalogJson | undefined {
  const sc = json.sidecars;
  if (!sc || typeof sc !== 'object') return json;
  const dir = dirname(file);
  if (sc.positions) {
    const { file: name, id } = sc.positions;
    let rows: { positions?: PositionRows; posture?: PositionRows; structured?: PositionRows } | undefined | null;
    const read = (): typeof rows => {
      if (rows !== undefined) return rows;
      rows = null;
      try {
        const text = readFileSync(join(dir, basename(String(name))), 'latin1');
        const nl = text.indexOf('\n');
        if ((JSON.parse(text.slice(0, nl)) as { id?: unknown }).id === id) rows = JSON.parse(text.slice(nl + 1)) as typeof rows;
      } catch {
        rows = null;
      }
      return rows;
    };
    const rowsOf = (key: 'positions' | 'posture' | 'structured'): LazyPositions => () => {
      const r = read()?.[key];
      return Array.isArray(r) ? r : undefined;
    };
    json.positions = rowsOf('positions');
    if (json.posture) json.posture.positions = rowsOf('posture');
    if (json.structured) json.structured.positions = rowsOf('structured');
  }
  if (sc.automaton && json.automaton) {
    const { file: name, id, delta, outStart, outList } = sc.automaton;
    try {
      const bin = readFileSync(join(dir, basename(String(name))));
      if (bin.subarray(0, SIDECAR_ID_BYTES).toString('latin1').trimEnd() !== id) throw new Error('another build');
      const slice = ([at, len]: [number, number]): string | Int32Array => int32View(bin, at, len);
      json.automaton = { ...json.automaton, delta: slice(delta), outStart: slice(outStart), outList: slice(outList) } as unknown as SerializedAutomaton;
    } catch {
      delete json.automaton; // the engine builds its own
    }
  }
  return json;
}

/** An Int32Array over bytes [at, at + len) of a file's buffer (copied when the offset is not 4-aligned). */
function int32View(bin: Buffer, at: number, len: number): Int32Array {
  if (len % 4 !== 0 || at < 0 || at + len > bin.length) throw new Error('bad span');
  const off = bin.byteOffset + at;
  if (off % 4 === 0) return new Int32Array(bin.buffer, off, len / 4);
  const out = new Int32Array(len / 4);
  new Uint8Array(out.buffer).set(bin.subarray(at, at + len));
  return out;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Where a compiled catalog may be, in order: catalog.json next to this module (a bundle in dist/), then
 * build/catalog.json in the package. Each is used only when its hashes match the YAML being loaded.
 */
export function compiledCatalogFiles(): string[] {
  const here = dirname(fileURLToPath(import.meta.url));
  return [join(here, 'catalog.json'), join(dirname(defaultPatternsDir()), 'build', 'catalog.json')];
}

/** The package's own catalogs already parsed in this process, by path, with the file's size, mtime and inode when read. */
const parsedCatalogs = new Map<string, { stamp: string; json: CompiledCatalogJson | undefined }>();
let ownCatalogs: Set<string> | undefined;

/**
 * The first candidate that exists and parses as this format; undefined when none does (never throws).
 * The package's own catalog files (compiledCatalogFiles) are parsed once per process while their size,
 * mtime and inode stay the same: the pattern, posture, structured, syntax and engine loaders all ask for
 * them (each JSON parse is 10-25 ms of a hook's start). Other paths (tests, --check) are always read.
 */
export function readCompiledCatalog(candidates: string[]): CompiledCatalogJson | undefined {
  ownCatalogs ??= new Set(compiledCatalogFiles());
  for (const file of candidates) {
    if (!ownCatalogs.has(file)) {
      const json = parseCompiledCatalog(file);
      if (json) return json;
      continue;
    }
    let stamp: string;
    try {
      const st = statSync(file, { bigint: true });
      stamp = `${st.size}:${st.mtimeNs}:${st.ino}`;
    } catch {
      continue;
    }
    const known = parsedCatalogs.get(file);
    if (known && known.stamp === stamp) {
      if (known.json) return known.json;
      continue;
    }
    const json = parseCompiledCatalog(file);
    parsedCatalogs.set(file, { stamp, json });
    if (json) return json;
  }
  return undefined;
}

function parseCompiledCatalog(file: string): CompiledCatalogJson | undefined {
  let text: string;
  try {
    // Written as pure ASCII (scripts/compile-catalog.mjs): read as one-byte text, without a UTF-8 decode.
    const bytes = readFileSync(file);
    text = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  } catch {
    return undefined;
  }
  try {
    const json = JSON.parse(text) as CompiledCatalogJson;
    if (json && json.format === COMPILED_FORMAT && typeof json.sources === 'object' && json.sources !== null) return attachSidecars(json, file);
  } catch {
    // A truncated or hand-edited file is not an error: the YAML is the source of truth.
  }
  return undefined;
}

/** The catalog's patterns with their positions restored, or undefined unless every file name and hash matches. */
export function compiledPatterns(c: CompiledCatalogJson, dir: string, names: string[], bytes: Buffer[]): PatternSpec[] | undefined {
  const { files, patterns, positions } = c;
  if (!Array.isArray(files) || !Array.isArray(patterns)) return undefined;
  if (typeof positions !== 'function' && (!Array.isArray(positions) || positions.length !== patterns.length)) return undefined;
  if (files.length !== names.length || files.some((f, i) => f !== names[i])) return undefined;
  for (let i = 0; i < names.length; i++) {
    if (c.sources[names[i]!] !== sha256(bytes[i]!)) return undefined;
  }
  // Positions are made when the linter first asks (a scan never does): a Map and a joined path for each of
  // about 500 patterns cost 5-8 ms of a pre-commit hook's start.
  const paths = files.map((name) => join(dir, name));
  if (typeof positions === 'function') {
    // From the sidecar, read when the linter first asks; rows that do not fit give no position.
    for (let i = 0; i < patterns.length; i++) {
      recordPosition(patterns[i]!, () => {
        const rows = positions();
        const row = rows && rows.length === patterns.length ? rows[i] : undefined;
        const file = row ? paths[row[0]] : undefined;
        return row && file !== undefined ? { file, line: row[1], fields: new Map(row[2]) } : undefined;
      });
    }
    return patterns;
  }
  for (let i = 0; i < patterns.length; i++) {
    const [fileIndex, line, fields] = positions[i]!;
    const file = paths[fileIndex];
    if (file === undefined) return undefined;
    recordPosition(patterns[i]!, () => ({ file, line, fields: new Map(fields) }));
  }
  return patterns;
}

/** The yaml package, loaded on first use (model/yaml-lib.ts); re-exported for the catalog loaders. */
export { yamlLib };

/**
 * The package's patterns/ folder: walks up from this module to the package.json named keyshift, so it
 * works from build/src/catalog and from a bundle in dist/. Falls back to ./patterns.
 */
let patternsDirFound: string | undefined;

export function defaultPatternsDir(): string {
  // The package does not move while it runs; found once (each look reads package.json on the way up, and
  // every loader asks: 1.5 ms of a hook's start).
  if (patternsDirFound !== undefined) return patternsDirFound;
  const found = findPatternsDir();
  if (found !== undefined) patternsDirFound = found;
  return found ?? join(process.cwd(), 'patterns');
}

function findPatternsDir(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: unknown }).name === 'keyshift') return join(dir, 'patterns');
      } catch {
        // An unreadable or invalid package.json on the way up is not ours; keep walking.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

// Loads and validates patterns/migrations.yaml into MigrationEntry objects, with file:line errors, or
// takes them from the compiled catalog.json when its hash of migrations.yaml matches. Owns the migration
// data format; must not read pattern files or decide which variant applies.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Alias, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { ConfigError } from '../model/errors.js';
import { FILE_CONTEXTS } from '../model/types.js';
import type { FileContext } from '../model/types.js';

export const REPLACEMENTS = [
  'federated-identity',
  'short-lived-jwt',
  'oauth',
  'secrets-manager',
  'short-lived-certificate',
  'fix-leak-path',
] as const;
export type Replacement = (typeof REPLACEMENTS)[number];

/** A per-context override; a missing field falls back to the entry's default. */
export interface MigrationVariant {
  summary?: string;
  steps?: string[];
  snippet?: string;
  snippetLang?: string;
  /** Added after the entry's references. */
  references?: string[];
}

export interface MigrationEntry {
  key: string;
  title: string;
  summary: string;
  replacement: Replacement;
  /** Whether the provider offers a secretless, identity-based path. */
  federation: boolean;
  steps: string[];
  snippet?: string;
  snippetLang?: string;
  references: string[];
  contexts: Partial<Record<FileContext, MigrationVariant>>;
  /** Where the entry is defined, for messages. */
  file: string;
  line: number;
}

export interface MigrationProblem {
  file: string;
  line: number;
  /** Dotted path of the offending field, e.g. migrations.aws-oidc.contexts.github-workflow.steps. */
  field: string;
  message: string;
}

const KEY_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ENTRY_FIELDS = new Set([
  'title', 'summary', 'replacement', 'federation', 'steps', 'snippet', 'snippet_lang', 'references', 'contexts',
]);
const VARIANT_FIELDS = new Set(['summary', 'steps', 'snippet', 'snippet_lang', 'references']);
const CONTEXT_SET = new Set<string>(FILE_CONTEXTS);

/** The package's patterns/migrations.yaml: walk up to the package.json named keyshift, else ./patterns. */
export function defaultMigrationsFile(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        const name = (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: unknown }).name;
        if (name === 'keyshift') return join(dir, 'patterns', 'migrations.yaml');
      } catch {
        // an unreadable or foreign package.json on the way up is not ours; keep walking
      }
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return resolve(process.cwd(), 'patterns', 'migrations.yaml');
}

/** The parts of a compiled catalog (build/catalog.json) this loader reads. */
export interface CompiledMigrationsJson {
  format?: unknown;
  sources?: Record<string, unknown>;
  migrations?: unknown;
}

export interface MigrationLoadOptions {
  /** Catalog files to try (default: next to this module, then build/catalog.json), or false to parse the YAML. */
  compiled?: string[] | false;
  /** A catalog already parsed by the caller, so that one process reads the JSON once. */
  catalog?: CompiledMigrationsJson;
}

/**
 * Reads and validates the migration data; throws ConfigError (file:line, field) on the first problem.
 * When a compiled catalog holds a sha256 of migrations.yaml equal to this file's, its entries are used
 * (`compiled: false` forces the YAML; a list names the catalog files to try).
 */
export function loadMigrations(file?: string, opts: MigrationLoadOptions = {}): Map<string, MigrationEntry> {
  const path = file ?? defaultMigrationsFile();
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new ConfigError(
      `cannot read migration data (${(err as NodeJS.ErrnoException).code ?? 'error'}); check the path or reinstall keyshift`,
      path,
      undefined,
      { cause: err },
    );
  }
  if (opts.compiled !== false) {
    const compiled = compiledMigrations(path, bytes, opts.catalog ? [opts.catalog] : (opts.compiled ?? compiledCatalogFiles()));
    if (compiled) return compiled;
  }
  const { entries, problems } = parseMigrations(bytes.toString('utf8'), path);
  const first = problems[0];
  if (first) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    throw new ConfigError(`${first.field}: ${first.message}${more}`, first.file, first.line);
  }
  return entries;
}

/** Same places as the pattern loader: catalog.json next to this module (a bundle), then build/catalog.json. */
function compiledCatalogFiles(): string[] {
  const here = dirname(fileURLToPath(import.meta.url));
  return [join(here, 'catalog.json'), join(dirname(dirname(defaultMigrationsFile())), 'build', 'catalog.json')];
}

/**
 * The compiled entries for `file` when a candidate catalog.json records the same sha256 for a file of the
 * same name; undefined when none does, or when a catalog is missing, corrupt or of another format.
 */
export function compiledMigrations(
  file: string,
  bytes: Uint8Array,
  candidates: (string | CompiledMigrationsJson)[],
): Map<string, MigrationEntry> | undefined {
  const hash = createHash('sha256').update(bytes).digest('hex');
  for (const candidate of candidates) {
    let json: CompiledMigrationsJson;
    try {
      json = typeof candidate === 'string' ? (JSON.parse(readFileSync(candidate, 'utf8')) as CompiledMigrationsJson) : candidate;
    } catch {
      continue; // missing, unreadable or corrupt: the YAML is the source of truth
    }
    if (!json || json.format !== 2 || json.sources?.[basename(file)] !== hash || !Array.isArray(json.migrations)) continue;
    const entries = new Map<string, MigrationEntry>();
    for (const row of json.migrations as unknown[]) {
      if (!Array.isArray(row) || typeof row[0] !== 'string' || typeof row[1] !== 'object' || row[1] === null) return undefined;
      entries.set(row[0], { ...(row[1] as Omit<MigrationEntry, 'file'>), file });
    }
    return entries;
  }
  return undefined;
}

/** Parses migration YAML text; returns every problem found rather than stopping at the first. */
export function parseMigrations(
  text: string,
  file: string,
): { entries: Map<string, MigrationEntry>; problems: MigrationProblem[] } {
  const { LineCounter, parseDocument } = yamlLib();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: MigrationProblem[] = [];
  const entries = new Map<string, MigrationEntry>();
  // Variants may be shared with YAML anchors (&name / *name); follow the alias to its node.
  const deref = (node: unknown): unknown => (isAlias(node) ? node.resolve(doc) : node);
  const lineOf = (node: unknown): number => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? lineCounter.linePos(range[0]).line : 1;
  };
  const problem = (node: unknown, field: string, message: string): void => {
    problems.push({ file, line: lineOf(node), field, message });
  };

  for (const err of doc.errors) {
    const line = err.linePos?.[0]?.line ?? lineCounter.linePos(err.pos[0]).line;
    problems.push({ file, line, field: '(yaml)', message: `invalid YAML: ${err.message.split('\n')[0]}` });
  }
  if (doc.errors.length > 0) return { entries, problems };

  const root = doc.contents;
  if (!isMap(root)) {
    problem(root, '(root)', 'expected a mapping with `version: 1` and `migrations:`');
    return { entries, problems };
  }
  const version: unknown = root.get('version', true);
  if (version !== undefined && !(isScalar(version) && Number(version.value) === 1)) {
    problem(version, 'version', 'unsupported version; this keyshift reads version 1');
  }
  for (const pair of root.items) {
    const k = keyName(pair);
    if (k !== 'version' && k !== 'migrations') problem(pair.key, String(k), 'unknown top-level field; expected version and migrations');
  }
  const migrations = root.get('migrations', true);
  if (!isMap(migrations)) {
    problem(migrations ?? root, 'migrations', 'expected a mapping of migration keys to entries');
    return { entries, problems };
  }

  for (const pair of migrations.items) {
    const key = keyName(pair);
    const base = `migrations.${String(key)}`;
    if (typeof key !== 'string' || !KEY_RE.test(key)) {
      problem(pair.key, base, 'migration keys must be kebab-case (a-z, 0-9, single hyphens)');
      continue;
    }
    const node = deref(pair.value);
    if (!isMap(node)) {
      problem(node ?? pair.key, base, 'expected a mapping with title, summary, replacement, federation, steps, references');
      continue;
    }
    const before = problems.length;
    unknownFields(node, ENTRY_FIELDS, base, problem);
    const title = requiredLine(node, 'title', base, problem);
    const summary = requiredLine(node, 'summary', base, problem);
    const replacementNode = node.get('replacement', true);
    let replacement: Replacement | undefined;
    if (!isScalar(replacementNode) || !REPLACEMENTS.includes(replacementNode.value as Replacement)) {
      problem(replacementNode ?? pair.key, `${base}.replacement`, `must be one of ${REPLACEMENTS.join(', ')}`);
    } else {
      replacement = replacementNode.value as Replacement;
    }
    const federationNode = node.get('federation', true);
    let federation = false;
    if (!isScalar(federationNode) || typeof federationNode.value !== 'boolean') {
      problem(federationNode ?? pair.key, `${base}.federation`, 'must be true or false');
    } else {
      federation = federationNode.value;
    }
    const steps = stringList(node, 'steps', base, problem, true, pair.key);
    const snippet = optionalText(node, 'snippet', base, problem);
    const snippetLang = optionalLine(node, 'snippet_lang', base, problem);
    const references = urlList(node, 'references', base, problem, true, pair.key);

    const contexts: Partial<Record<FileContext, MigrationVariant>> = {};
    const ctxNode = node.get('contexts', true);
    if (ctxNode !== undefined) {
      if (!isMap(ctxNode)) {
        problem(ctxNode, `${base}.contexts`, 'expected a mapping of file contexts to variants');
      } else {
        for (const cpair of ctxNode.items) {
          const ctx = keyName(cpair);
          const cbase = `${base}.contexts.${String(ctx)}`;
          if (typeof ctx !== 'string' || !CONTEXT_SET.has(ctx)) {
            problem(cpair.key, cbase, `unknown context; expected one of ${FILE_CONTEXTS.join(', ')}`);
            continue;
          }
          const v = deref(cpair.value);
          if (!isMap(v) || v.items.length === 0) {
            problem(v ?? cpair.key, cbase, 'expected a mapping with at least one of summary, steps, snippet, snippet_lang, references');
            continue;
          }
          unknownFields(v, VARIANT_FIELDS, cbase, problem);
          const variant: MigrationVariant = {};
          const vs = optionalLine(v, 'summary', cbase, problem);
          if (vs !== undefined) variant.summary = vs;
          const vsteps = stringList(v, 'steps', cbase, problem, false, cpair.key);
          if (vsteps !== undefined) variant.steps = vsteps;
          const vsnip = optionalText(v, 'snippet', cbase, problem);
          if (vsnip !== undefined) variant.snippet = vsnip;
          const vlang = optionalLine(v, 'snippet_lang', cbase, problem);
          if (vlang !== undefined) variant.snippetLang = vlang;
          const vrefs = urlList(v, 'references', cbase, problem, false, cpair.key);
          if (vrefs !== undefined) variant.references = vrefs;
          contexts[ctx as FileContext] = variant;
        }
      }
    }
    if (problems.length > before || !title || !summary || !replacement || !steps || !references) continue;
    const entry: MigrationEntry = {
      key,
      title,
      summary,
      replacement,
      federation,
      steps,
      references,
      contexts,
      file,
      line: lineOf(pair.key),
    };
    if (snippet !== undefined) entry.snippet = snippet;
    if (snippetLang !== undefined) entry.snippetLang = snippetLang;
    entries.set(key, entry);
  }
  return { entries, problems };
}

type Report = (node: unknown, field: string, message: string) => void;

function keyName(pair: Pair): unknown {
  return isScalar(pair.key) ? pair.key.value : pair.key;
}

function unknownFields(map: YAMLMap, allowed: Set<string>, base: string, problem: Report): void {
  for (const p of map.items) {
    const k = keyName(p);
    if (typeof k !== 'string' || !allowed.has(k)) {
      problem(p.key, `${base}.${String(k)}`, `unknown field; allowed: ${[...allowed].join(', ')}`);
    }
  }
}

function requiredLine(map: YAMLMap, name: string, base: string, problem: Report): string | undefined {
  const node = map.get(name, true);
  if (node === undefined) {
    problem(map, `${base}.${name}`, 'missing; add a one-line text');
    return undefined;
  }
  return checkLine(node, `${base}.${name}`, problem);
}

function optionalLine(map: YAMLMap, name: string, base: string, problem: Report): string | undefined {
  const node = map.get(name, true);
  return node === undefined ? undefined : checkLine(node, `${base}.${name}`, problem);
}

function checkLine(node: unknown, field: string, problem: Report): string | undefined {
  if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') {
    problem(node, field, 'must be a non-empty string (quote it if it contains ": " or " #")');
    return undefined;
  }
  if (node.value.trim().includes('\n')) {
    problem(node, field, 'must be a single line');
    return undefined;
  }
  return node.value.trim();
}

function optionalText(map: YAMLMap, name: string, base: string, problem: Report): string | undefined {
  const node = map.get(name, true);
  if (node === undefined) return undefined;
  if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') {
    problem(node, `${base}.${name}`, 'must be a non-empty string (use a `|` block for multi-line snippets)');
    return undefined;
  }
  return node.value.replace(/\s+$/, '');
}

function stringList(
  map: YAMLMap,
  name: string,
  base: string,
  problem: Report,
  required: boolean,
  anchor: unknown,
): string[] | undefined {
  const node = map.get(name, true) as Node | undefined;
  if (node === undefined) {
    if (required) problem(anchor, `${base}.${name}`, 'missing; add a list of steps');
    return undefined;
  }
  if (!isSeq(node) || node.items.length === 0) {
    problem(node, `${base}.${name}`, 'must be a non-empty list of strings');
    return undefined;
  }
  const out: string[] = [];
  node.items.forEach((item, i) => {
    const s = checkLine(item, `${base}.${name}[${i}]`, problem);
    if (s !== undefined) out.push(s);
  });
  return out.length === node.items.length ? out : undefined;
}

function urlList(
  map: YAMLMap,
  name: string,
  base: string,
  problem: Report,
  required: boolean,
  anchor: unknown,
): string[] | undefined {
  const node = map.get(name, true) as Node | undefined;
  if (node === undefined) {
    if (required) problem(anchor, `${base}.${name}`, 'missing; add at least one https reference');
    return undefined;
  }
  if (!isSeq(node) || node.items.length === 0) {
    problem(node, `${base}.${name}`, 'must be a non-empty list of https URLs');
    return undefined;
  }
  const out: string[] = [];
  node.items.forEach((item, i) => {
    const field = `${base}.${name}[${i}]`;
    const s = checkLine(item, field, problem);
    if (s === undefined) return;
    let ok = false;
    try {
      ok = new URL(s).protocol === 'https:' && !/\s/.test(s);
    } catch {
      ok = false;
    }
    if (ok) out.push(s);
    else problem(item, field, 'must be an https URL');
  });
  return out.length === node.items.length ? out : undefined;
}

type YamlLib = typeof import('yaml');
let yamlModule: YamlLib | undefined;
const isAlias = (n: unknown): n is Alias => yamlLib().isAlias(n);
const isMap = (n: unknown): n is YAMLMap => yamlLib().isMap(n);
const isScalar = (n: unknown): n is Scalar => yamlLib().isScalar(n);
const isSeq = (n: unknown): n is YAMLSeq => yamlLib().isSeq(n);

/**
 * The yaml package, loaded on first use so that migrations served by the compiled catalog need not load
 * it. A bundle defines `require` and esbuild inlines the call; plain Node ESM gets one for this module.
 */
function yamlLib(): YamlLib {
  return (yamlModule ??= typeof require === 'function' ? (require('yaml') as YamlLib) : (createRequire(import.meta.url)('yaml') as YamlLib));
}

// Assembles the catalog a scan runs with: built-in patterns and migrations, user patterns from config,
// enable/disable and severity overrides, all linted before a scan starts. Part of scan.ts's wiring.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { PatternSpec, Severity } from './model/types.js';
import { ConfigError } from './model/errors.js';
import {
  COMPILED_FORMAT,
  compiledCatalogFiles,
  defaultPatternsDir,
  loadPatterns,
  parsePatternFile,
  readCompiledCatalog,
  sha256,
  yamlLib,
  type CompiledCatalogJson,
} from './catalog/load.js';
import { positionOf } from './catalog/positions.js';
import { parseSyntaxFile, syntaxFile, SYNTAX_FILE } from './catalog/syntax.js';
import { lintPatterns, formatProblems, type LintProblem } from './catalog/lint.js';
import { loadMigrations, type MigrationEntry } from './migrate/load.js';
import { VALIDATORS } from './detect/validators.js';
import { loadPostureRules, postureSourceKey, POSTURE_DIR } from './catalog/posture.js';
import { userText } from './model/secret.js';
import { unknownName } from './model/suggest.js';
import { createEngine } from './scan-worker.js';
import { exampleProblems } from './catalog-examples.js';
import { loadStructuredRules, structuredSourceKey, STRUCTURED_DIR } from './catalog/structured.js';

export interface CatalogSelection {
  patternsDir?: string;
  /** User patterns from config, as raw objects with the line they start on. */
  custom?: { raw: unknown; line: number }[];
  customFile?: string;
  /** Ids, tags, providers or families; when given, only the patterns they select run (before enable/disable). */
  only?: string[];
  /** Ids, tags, providers or families added to the set that runs. */
  enable?: string[];
  /** Ids, tags, providers or families turned off; an id named in enable wins over a broader entry here. */
  disable?: string[];
  severity?: Record<string, Severity>;
  /** Pattern ids of `allowlist.patterns`, checked against the catalog like the other entries. */
  allowlistIds?: string[];
  /** Line of each entry in customFile, by field path (KeyshiftConfig.lines). */
  lines?: Record<string, number>;
  /** Minimum entropy for generic (keyword + entropy) patterns, from config. */
  genericEntropy?: number;
}

export interface EngineCatalog {
  /** Every loaded pattern, for `patterns list`, `explain` and SARIF rules. */
  all: PatternSpec[];
  /** The patterns a scan runs. */
  active: PatternSpec[];
  migrations: Map<string, MigrationEntry>;
  /** Entries of the selection that name nothing (one line each, with file:line and a did-you-mean). */
  warnings: string[];
}

/** Defaults that make `id` + `regex` a whole user pattern (docs/config.md, "Custom patterns"). */
export const CUSTOM_PATTERN_DEFAULTS = {
  kind: 'static-key',
  severity: 'high',
  migration: 'saas-secrets-manager',
  keywords: [] as string[],
  references: [] as string[],
  examples: [] as string[],
  negative_examples: [] as string[],
} as const;

/** A user pattern with the documented defaults filled in: provider is the id's first segment, name is the id. */
export function withCustomDefaults(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const r = raw as Record<string, unknown>;
  const id = typeof r.id === 'string' ? r.id : undefined;
  const out: Record<string, unknown> = { ...r };
  for (const [k, v] of Object.entries(CUSTOM_PATTERN_DEFAULTS)) if (!(k in out)) out[k] = Array.isArray(v) ? [...v] : v;
  if (id !== undefined && !('provider' in out)) out.provider = id.split('.')[0];
  if (id !== undefined && !('name' in out)) out.name = id;
  return out;
}

/** Every string a user wrote in a pattern object (keys and values, not the regex), for redacting messages. */
function userStrings(raw: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof raw === 'string') {
    out.add(raw);
    for (const seg of raw.split(/[.\s]/)) out.add(seg);
  } else if (Array.isArray(raw)) for (const v of raw) userStrings(v, out);
  else if (raw !== null && typeof raw === 'object') {
    for (const [k, v] of Object.entries(raw)) {
      userStrings(k, out);
      if (k !== 'regex' && k !== 'flags') userStrings(v, out);
    }
  }
  return out;
}

/** The message with every user string in it shown by the userText rule (secrets pasted into a pattern stay redacted). */
function scrub(message: string, strings: Set<string>): string {
  let out = message;
  for (const s of [...strings].filter((x) => x.length >= 4 && userText(x) !== x).sort((a, b) => b.length - a.length)) {
    out = out.split(s).join(userText(s));
  }
  return out;
}

export interface CustomPatterns {
  patterns: PatternSpec[];
  /** One line each, `file:line: id: field: message`, with user text redacted. */
  problems: string[];
}

/**
 * Parses, fills in defaults and lints the user's patterns exactly as built-in ones (regex safety, keywords the
 * regex requires, migration keys), then runs whatever examples they carry through the full engine with
 * `builtin` compiled beside them. Problems point at the config line where each pattern starts.
 */
export function loadCustomPatterns(
  custom: { raw: unknown; line: number }[],
  file: string,
  builtin: PatternSpec[],
  migrations: Map<string, MigrationEntry>,
): CustomPatterns {
  const problems: LintProblem[] = [];
  const patterns: PatternSpec[] = [];
  const lineOf = new Map<PatternSpec, number>();
  const strings = new Set<string>();
  const builtinIds = new Set(builtin.map((p) => p.id));
  const seen = new Map<string, number>();
  for (const c of custom) {
    userStrings(c.raw, strings);
    // One pattern per parse, so every problem belongs to this config line (even one without an id).
    const parsed = parsePatternFile(yamlLib().stringify({ family: 'custom', patterns: [withCustomDefaults(c.raw)] }), file);
    for (const pr of parsed.problems) problems.push({ ...pr, file, line: c.line });
    for (const p of parsed.patterns) {
      for (const pr of lintPatterns([p], { migrationKeys: new Set(migrations.keys()), validators: new Set(Object.keys(VALIDATORS)), user: true })) {
        problems.push({ ...pr, file, line: c.line });
      }
      if (builtinIds.has(p.id)) problems.push({ file, line: c.line, patternId: p.id, field: 'id', message: `duplicates the built-in pattern ${p.id}; choose another id` });
      else if (seen.has(p.id)) problems.push({ file, line: c.line, patternId: p.id, field: 'id', message: `duplicates the custom pattern at line ${seen.get(p.id)}; choose another id` });
      else {
        seen.set(p.id, c.line);
        patterns.push(p);
        lineOf.set(p, c.line);
      }
    }
  }
  // Examples run only once the patterns are sound: a broken regex would not compile into the engine.
  if (problems.length === 0 && patterns.some((p) => p.examples.length + p.negativeExamples.length > 0)) {
    const engine = createEngine([...builtin, ...patterns]);
    for (const ep of exampleProblems(patterns.filter((p) => p.examples.length + p.negativeExamples.length > 0), engine)) {
      problems.push({
        file,
        line: lineOf.get(ep.spec),
        patternId: ep.spec.id,
        field: ep.field,
        message: ep.positive
          ? 'is not detected by the full engine (keywords, entropy and filters included); fix the regex, the keywords or the example'
          : 'is detected by the full engine, so the pattern would fire on it; tighten the regex or drop the example',
      });
    }
  }
  return { patterns, problems: problems.length > 0 ? formatProblems(problems).split('\n').map((l) => scrub(l, strings)) : [] };
}

export function lintAll(
  patterns: PatternSpec[],
  migrations: Map<string, MigrationEntry>,
): LintProblem[] {
  return lintPatterns(patterns, { migrationKeys: new Set(migrations.keys()), validators: new Set(Object.keys(VALIDATORS)) });
}

/** Loads and checks everything; throws ConfigError listing every problem at once. */
export function loadEngineCatalog(sel: CatalogSelection = {}): EngineCatalog {
  // One read of the compiled catalog serves both loaders; each checks its own sources' hashes.
  const catalog = readCompiledCatalog(compiledCatalogFiles());
  const migrations = loadMigrations(undefined, { catalog });
  const builtin = loadPatterns(sel.patternsDir, { catalog });
  // CI posture rules are data (patterns/posture/*.yaml) for the YAML walkers, always the built-in ones.
  const posture = loadPostureRules(undefined, { catalog });
  // Structured-file kinds and rules are data (patterns/structured/*.yaml) for the parsers, always the built-in ones.
  const structured = loadStructuredRules();
  const builtinProblems = [...builtin.problems, ...posture.problems, ...structured.problems];
  const problems: string[] = builtinProblems.length > 0 ? formatProblems(builtinProblems).split('\n') : [];
  let all = [...builtin.patterns, ...posture.patterns, ...structured.patterns];
  if (sel.custom && sel.custom.length > 0) {
    const custom = loadCustomPatterns(sel.custom, sel.customFile ?? '.keyshift.yaml', all, migrations);
    problems.push(...custom.problems);
    all = [...all, ...custom.patterns];
  }
  if (problems.length > 0) {
    throw new ConfigError(`${problems.length} problem(s) in pattern definitions:\n${problems.join('\n')}`);
  }
  const { active: selected, warnings } = selectPatterns(all, sel);
  let active = selected;
  if (sel.severity) {
    const overrides = sel.severity;
    active = active.map((p) => {
      const s = overrides[p.id];
      return s ? { ...p, severity: s } : p;
    });
  }
  if (sel.genericEntropy !== undefined) {
    const min = sel.genericEntropy;
    active = active.map((p) => (p.generic ? { ...p, minEntropy: min } : p));
  }
  return { all, active, migrations, warnings };
}

/**
 * Which patterns run: `only` (when given) or every pattern, plus what `enable` selects, minus what `disable`
 * selects, except that a pattern named by its id in `enable` stays on (the more specific entry wins).
 * Entries that select nothing are warnings, not errors; a selection that leaves no pattern is an error,
 * since it would pass every scan in silence.
 */
export function selectPatterns(all: PatternSpec[], sel: CatalogSelection): { active: PatternSpec[]; warnings: string[] } {
  const selects = (p: PatternSpec, key: string): boolean => key === p.id || p.tags.includes(key) || key === p.provider || key === p.family;
  const where = (field: string): string => {
    const line = sel.lines?.[field];
    const file = sel.customFile ?? '.keyshift.yaml';
    return line === undefined ? file : `${file}:${line}`;
  };
  const ids = all.map((p) => p.id);
  const selectors = [...new Set([...ids, ...all.flatMap((p) => [...p.tags, p.provider, p.family])])];
  const warnings: string[] = [];
  /** `field` is the entry's field path; `parent` + key for map keys, so the key is shown by the userText rule. */
  const unknown = (field: string, shownField: string, key: string, what: 'selector' | 'id'): void => {
    const { shown, near } = unknownName(key, what === 'id' ? ids : selectors);
    const noun = what === 'id' ? 'no pattern id' : 'no pattern id, tag, provider or family';
    warnings.push(`${where(field)}: ${shownField}: ${shown} names ${noun}${near ? `; did you mean "${near}"?` : ''} (ignored; see keyshift patterns list)`);
  };
  const lists = [['only', sel.only], ['enable', sel.enable], ['disable', sel.disable]] as const;
  for (const [name, list] of lists) {
    (list ?? []).forEach((key, i) => {
      const field = `patterns.${name}[${i}]`;
      if (!all.some((p) => selects(p, key))) unknown(field, field, key, 'selector');
    });
  }
  const mapKeys = [['patterns.severity', Object.keys(sel.severity ?? {})], ['allowlist.patterns', sel.allowlistIds ?? []]] as const;
  for (const [parent, keys] of mapKeys) {
    for (const id of keys) if (!ids.includes(id)) unknown(`${parent}.${id}`, `${parent}.${userText(id)}`, id, 'id');
  }
  const enable = sel.enable ?? [];
  const disable = sel.disable ?? [];
  const base = sel.only && sel.only.length > 0 ? all.filter((p) => sel.only!.some((k) => selects(p, k))) : all;
  const on = new Set([...base, ...all.filter((p) => enable.some((k) => selects(p, k)))]);
  const active = all.filter((p) => on.has(p) && (enable.includes(p.id) || !disable.some((k) => selects(p, k))));
  if (active.length === 0) {
    const field = sel.only && sel.only.length > 0 ? 'patterns.only' : 'patterns.disable';
    // The warnings say why (an entry that names nothing); they are part of the error, since no scan runs to print them.
    const why = warnings.length > 0 ? `\n${warnings.join('\n')}` : '';
    throw new ConfigError(`${field}: the pattern selection leaves no pattern to run, so every scan would pass; name existing patterns (see keyshift patterns list)${why}`, sel.customFile ?? '.keyshift.yaml', sel.lines?.[`${field}[0]`]);
  }
  return { active, warnings };
}

/**
 * The compiled catalog (build/catalog.json): built-in patterns and migrations parsed from YAML, with the
 * sha256 of every *.yaml in the folder so that loaders use it only while the sources are unchanged. A part
 * whose YAML has problems is left out (loaders then parse it and report the problems as usual).
 */
export function compileCatalogJson(
  dir: string = defaultPatternsDir(),
  migrationsFile: string = join(dir, 'migrations.yaml'),
): { json: CompiledCatalogJson; problems: string[] } {
  const sources: Record<string, string> = {};
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) sources[name] = sha256(readFileSync(join(dir, name)));
  sources[basename(migrationsFile)] = sha256(readFileSync(migrationsFile));
  const postureDir = join(dir, POSTURE_DIR);
  const postureNames = existsSync(postureDir) ? readdirSync(postureDir).filter((n) => n.endsWith('.yaml')).sort() : [];
  for (const name of postureNames) sources[postureSourceKey(name)] = sha256(readFileSync(join(postureDir, name)));
  const structuredDir = join(dir, STRUCTURED_DIR);
  const structuredNames = existsSync(structuredDir) ? readdirSync(structuredDir).filter((n) => n.endsWith('.yaml')).sort() : [];
  for (const name of structuredNames) sources[structuredSourceKey(name)] = sha256(readFileSync(join(structuredDir, name)));
  const json: CompiledCatalogJson = { format: COMPILED_FORMAT, sources };
  const problems: string[] = [];
  let migrations: Map<string, MigrationEntry> | undefined;
  try {
    migrations = loadMigrations(migrationsFile, { compiled: false });
    json.migrations = [...migrations].map(([key, { file: _file, ...entry }]) => [key, entry]);
  } catch (err) {
    problems.push(`migrations left out: ${(err as Error).message}`);
  }
  const shapesFile = syntaxFile(dir);
  const shapesBytes = readFileSync(shapesFile);
  sources[SYNTAX_FILE] = sha256(shapesBytes);
  const parsedSyntax = parseSyntaxFile(shapesBytes.toString('utf8'), shapesFile);
  if (parsedSyntax.problems.length > 0) problems.push(`assignment shapes left out: ${parsedSyntax.problems.length} problem(s):\n${formatProblems(parsedSyntax.problems)}`);
  else json.syntax = parsedSyntax.syntax;
  const loaded = loadPatterns(dir, { compiled: false });
  if (loaded.problems.length > 0) {
    problems.push(`patterns left out: ${loaded.problems.length} problem(s):\n${formatProblems(loaded.problems)}`);
  } else {
    const files = loaded.files.map((f) => basename(f));
    json.files = files;
    json.patterns = loaded.patterns;
    json.positions = loaded.patterns.map((p) => {
      const pos = positionOf(p);
      return [pos ? files.indexOf(basename(pos.file)) : -1, pos?.line ?? 1, pos ? [...pos.fields] : []];
    });
    // Lint findings do not block the build (tests and `keyshift patterns check` do); they are reported.
    if (migrations) {
      const lint = lintAll(loaded.patterns, migrations);
      if (lint.length > 0) problems.push(`lint: ${lint.length} problem(s) (run keyshift patterns check):\n${formatProblems(lint)}`);
    }
  }
  if (postureNames.length > 0) {
    const rules = loadPostureRules(postureDir, { compiled: false });
    if (rules.problems.length > 0) {
      problems.push(`posture rules left out: ${rules.problems.length} problem(s):\n${formatProblems(rules.problems)}`);
    } else {
      const files = rules.files.map((f) => basename(f));
      json.posture = {
        files,
        patterns: rules.patterns,
        positions: rules.patterns.map((p) => {
          const pos = positionOf(p);
          return [pos ? files.indexOf(basename(pos.file)) : -1, pos?.line ?? 1, pos ? [...pos.fields] : []];
        }),
      };
      if (migrations) {
        const lint = lintAll(rules.patterns, migrations);
        if (lint.length > 0) problems.push(`lint: ${lint.length} posture problem(s) (run keyshift patterns check):\n${formatProblems(lint)}`);
      }
    }
  }
  if (structuredNames.length > 0) {
    const rules = loadStructuredRules(structuredDir, { compiled: false });
    if (rules.problems.length > 0) {
      problems.push(`structured rules left out: ${rules.problems.length} problem(s):\n${formatProblems(rules.problems)}`);
    } else {
      const files = rules.files.map((f) => basename(f));
      json.structured = {
        files,
        kinds: rules.kinds,
        patterns: rules.patterns,
        positions: rules.patterns.map((p) => {
          const pos = positionOf(p);
          return [pos ? files.indexOf(basename(pos.file)) : -1, pos?.line ?? 1, pos ? [...pos.fields] : []];
        }),
      };
      if (migrations) {
        const lint = lintAll(rules.patterns, migrations);
        if (lint.length > 0) problems.push(`lint: ${lint.length} structured problem(s) (run keyshift patterns check):\n${formatProblems(lint)}`);
      }
    }
  }
  return { json, problems };
}

/**
 * One sentence for every place that counts patterns (the build, `patterns list`), so they agree and say what
 * they count: "293 patterns (271 patterns from patterns/*.yaml, 13 CI posture rules from patterns/posture/, 9
 * structured-file rules from patterns/structured/)". Grouped by the family field; custom ones come from config.
 */
export function describePatternCount(all: readonly PatternSpec[]): string {
  const count = (family: string): number => all.filter((p) => p.family === family).length;
  const posture = count('posture');
  const structured = count('structured');
  const custom = count('custom');
  const parts = [`${all.length - posture - structured - custom} patterns from patterns/*.yaml`, `${posture} CI posture rules from patterns/posture/`, `${structured} structured-file rules from patterns/structured/`];
  if (custom > 0) parts.push(`${custom} custom from the config`);
  return `${all.length} patterns (${parts.join(', ')})`;
}

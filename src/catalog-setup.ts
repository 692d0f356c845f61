// Assembles the catalog a scan runs with: built-in patterns and migrations, user patterns from config,
// enable/disable and severity overrides, all linted before a scan starts. Part of scan.ts's wiring.
import { readdirSync, readFileSync } from 'node:fs';
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
import { lintPatterns, formatProblems, type LintProblem } from './catalog/lint.js';
import { loadMigrations, type MigrationEntry } from './migrate/load.js';
import { VALIDATORS } from './detect/validators.js';
import { POSTURE_SPECS } from './detect/posture.js';
import { STRUCTURED_SPECS } from './detect/structured.js';

export interface CatalogSelection {
  patternsDir?: string;
  /** User patterns from config, as raw objects with the line they start on. */
  custom?: { raw: unknown; line: number }[];
  customFile?: string;
  /** Pattern ids or tags; when given, only these are enabled. */
  enable?: string[];
  disable?: string[];
  severity?: Record<string, Severity>;
  /** Minimum entropy for generic (keyword + entropy) patterns, from config. */
  genericEntropy?: number;
}

export interface EngineCatalog {
  /** Every loaded pattern, for `patterns list`, `explain` and SARIF rules. */
  all: PatternSpec[];
  /** The patterns a scan runs. */
  active: PatternSpec[];
  migrations: Map<string, MigrationEntry>;
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
  const problems: LintProblem[] = [...builtin.problems];
  // Posture and structured rules are code over parsed files (not regexes); catalog-check runs their examples.
  let all = [...builtin.patterns, ...POSTURE_SPECS, ...STRUCTURED_SPECS];
  if (sel.custom && sel.custom.length > 0) {
    const file = sel.customFile ?? '.keyshift.yaml';
    // User patterns go through the same parser and linter as built-in ones; problems point at the
    // config line where each custom pattern starts.
    const parsed = parsePatternFile(yamlLib().stringify({ family: 'custom', patterns: sel.custom.map((c) => c.raw) }), file);
    const lineOf = new Map(sel.custom.map((c) => [(c.raw as { id?: unknown })?.id, c.line]));
    for (const pr of parsed.problems) problems.push({ ...pr, line: lineOf.get(pr.patternId) ?? undefined });
    for (const pr of lintAll(parsed.patterns, migrations)) problems.push({ ...pr, file, line: lineOf.get(pr.patternId) ?? undefined });
    const builtinIds = new Set(all.map((p) => p.id));
    for (const p of parsed.patterns) {
      if (builtinIds.has(p.id)) problems.push({ file, patternId: p.id, field: 'id', message: `duplicates the built-in pattern ${p.id}; choose another id` });
    }
    all = [...all, ...parsed.patterns];
  }
  if (problems.length > 0) {
    throw new ConfigError(`${problems.length} problem(s) in pattern definitions:\n${formatProblems(problems)}`);
  }
  const selects = (p: PatternSpec, keys: string[]): boolean => keys.some((k) => k === p.id || p.tags.includes(k) || k === p.provider || k === p.family);
  for (const key of [...(sel.enable ?? []), ...(sel.disable ?? []), ...Object.keys(sel.severity ?? {})]) {
    if (!all.some((p) => selects(p, [key]))) {
      throw new ConfigError(`patterns: "${key}" names no pattern id, tag, provider or family; run \`keyshift patterns list\` to see them`);
    }
  }
  let active = all;
  if (sel.enable && sel.enable.length > 0) active = active.filter((p) => selects(p, sel.enable!));
  if (sel.disable && sel.disable.length > 0) active = active.filter((p) => !selects(p, sel.disable!));
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
  return { all, active, migrations };
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
  const json: CompiledCatalogJson = { format: COMPILED_FORMAT, sources };
  const problems: string[] = [];
  let migrations: Map<string, MigrationEntry> | undefined;
  try {
    migrations = loadMigrations(migrationsFile, { compiled: false });
    json.migrations = [...migrations].map(([key, { file: _file, ...entry }]) => [key, entry]);
  } catch (err) {
    problems.push(`migrations left out: ${(err as Error).message}`);
  }
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
  return { json, problems };
}

/** The rules that are code over parsed files rather than regexes in patterns/*.yaml; the engine always runs them. */
export const CODE_SPECS: readonly PatternSpec[] = [...POSTURE_SPECS, ...STRUCTURED_SPECS];

/**
 * One sentence for every place that counts patterns (the build, `patterns list`), so they agree and say what
 * they count: "286 patterns (265 regex patterns from patterns/*.yaml, 13 CI posture rules, 8 structured-file
 * detectors)". Grouped by the family field: posture and structured rules are code; custom ones come from config.
 */
export function describePatternCount(all: readonly PatternSpec[]): string {
  const count = (family: string): number => all.filter((p) => p.family === family).length;
  const posture = count('posture');
  const structured = count('structured');
  const custom = count('custom');
  const parts = [`${all.length - posture - structured - custom} regex patterns from patterns/*.yaml`, `${posture} CI posture rules`, `${structured} structured-file detectors`];
  if (custom > 0) parts.push(`${custom} custom from the config`);
  return `${all.length} patterns (${parts.join(', ')})`;
}

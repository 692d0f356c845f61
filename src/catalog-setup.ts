// Assembles the catalog a scan runs with: built-in patterns and migrations, user patterns from config,
// enable/disable and severity overrides, all linted before a scan starts. Part of scan.ts's wiring.
import type { PatternSpec, Severity } from './model/types.js';
import { ConfigError } from './model/errors.js';
import { stringify } from 'yaml';
import { loadPatterns, parsePatternFile } from './catalog/load.js';
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
  const migrations = loadMigrations();
  const builtin = loadPatterns(sel.patternsDir);
  const problems: LintProblem[] = [...builtin.problems];
  // Posture and structured rules are code over parsed files (not regexes); catalog-check runs their examples.
  let all = [...builtin.patterns, ...POSTURE_SPECS, ...STRUCTURED_SPECS];
  if (sel.custom && sel.custom.length > 0) {
    const file = sel.customFile ?? '.keyshift.yaml';
    // User patterns go through the same parser and linter as built-in ones; problems point at the
    // config line where each custom pattern starts.
    const parsed = parsePatternFile(stringify({ family: 'custom', patterns: sel.custom.map((c) => c.raw) }), file);
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

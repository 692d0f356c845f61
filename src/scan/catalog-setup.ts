// Assembles the catalog a scan runs with: built-in patterns and migrations, user patterns from config,
// enable/disable and severity overrides, all linted before a scan starts. Part of the scan pipeline (src/scan/); the build-time compiler is catalog/compile.ts.
import type { PatternSpec, Severity } from '../model/types.js';
import { ConfigError } from '../model/errors.js';
import { compiledCatalogFiles, loadPatterns, readCompiledCatalog } from '../catalog/load.js';
import { formatProblems } from '../catalog/lint.js';
import { loadCustomPatterns } from '../catalog/custom.js';
import { loadMigrations, type MigrationEntry } from '../migrate/load.js';
import { loadPostureRules } from '../catalog/posture.js';
import { userText } from '../model/secret.js';
import { unknownName } from '../model/suggest.js';
import { loadStructuredRules } from '../catalog/structured.js';

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
  // Made only for a did-you-mean (a selection that names nothing): about 1 ms of a hook's start otherwise.
  let selectors: string[] | undefined;
  const allSelectors = (): string[] => (selectors ??= [...new Set([...ids, ...all.flatMap((p) => [...p.tags, p.provider, p.family])])]);
  const warnings: string[] = [];
  /** `field` is the entry's field path; `parent` + key for map keys, so the key is shown by the userText rule. */
  const unknown = (field: string, shownField: string, key: string, what: 'selector' | 'id'): void => {
    const { shown, near } = unknownName(key, what === 'id' ? ids : allSelectors());
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


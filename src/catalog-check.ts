// `keyshift patterns check`: the linter plus every example run through the full engine (keyword-windowed
// regexes, CI posture and structured detectors with the whole catalog compiled), so an example that only a
// bare regex would match, or that another rule shadows, is caught.
import type { PatternSpec } from './model/types.js';
import { loadPatterns } from './catalog/load.js';
import { formatProblems } from './catalog/lint.js';
import { loadMigrations } from './migrate/load.js';
import { POSTURE_SPECS } from './detect/posture.js';
import { STRUCTURED_SPECS } from './detect/structured.js';
import { lintAll, loadCustomPatterns } from './catalog-setup.js';
import { createEngine, type DetectionEngine } from './scan-worker.js';
import { exampleProblems } from './catalog-examples.js';

export { exampleBlob, examplePath } from './catalog-examples.js';

export interface CatalogCheck {
  patterns: number;
  examples: number;
  negativeExamples: number;
  problems: string[];
}

/** Runs every example of every pattern through the engine with the whole catalog compiled. */
export function checkExamples(patterns: PatternSpec[], engine: DetectionEngine = createEngine(patterns)): string[] {
  return exampleProblems(patterns, engine).map(({ spec, example, positive }) =>
    positive
      ? `${spec.family}: ${spec.id}: examples: not detected by the engine: ${JSON.stringify(example.slice(0, 60))}`
      : `${spec.family}: ${spec.id}: negative_examples: wrongly detected: ${JSON.stringify(example.slice(0, 60))}`,
  );
}

/** `custom`: the repository's own patterns (config `patterns.custom`), checked as a scan checks them. */
export function checkCatalog(dir?: string, custom?: { custom: { raw: unknown; line: number }[]; file: string }): CatalogCheck {
  const loaded = loadPatterns(dir);
  const migrations = loadMigrations();
  // A folder given with --dir is checked alone; the built-in check includes the rules written in code.
  const builtin = dir ? loaded.patterns : [...loaded.patterns, ...POSTURE_SPECS, ...STRUCTURED_SPECS];
  const lint = [...loaded.problems, ...lintAll(builtin, migrations)];
  const problems = lint.length > 0 ? formatProblems(lint).split('\n') : [];
  problems.push(...checkExamples(builtin));
  const user = custom ? loadCustomPatterns(custom.custom, custom.file, builtin, migrations) : undefined;
  if (user) problems.push(...user.problems);
  const all = [...builtin, ...(user?.patterns ?? [])];
  return {
    patterns: all.length,
    examples: all.reduce((n, p) => n + p.examples.length, 0),
    negativeExamples: all.reduce((n, p) => n + p.negativeExamples.length, 0),
    problems,
  };
}

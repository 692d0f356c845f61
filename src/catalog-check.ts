// `keyshift patterns check`: the linter plus every example run through the full engine (detect with the
// whole catalog compiled), so an example that only a bare regex would match is caught.
import type { Blob, PatternSpec } from './model/types.js';
import { loadPatterns } from './catalog/load.js';
import { formatProblems } from './catalog/lint.js';
import { loadMigrations } from './migrate/load.js';
import { compileCatalog, detectMatches } from './detect/engine.js';
import { POSTURE_SPECS, detectPosture } from './detect/posture.js';
import { detectContext } from './classify/context.js';
import { lineIndex } from './read/read-blob.js';
import { lintAll } from './catalog-setup.js';

export interface CatalogCheck {
  patterns: number;
  examples: number;
  negativeExamples: number;
  problems: string[];
}

export function exampleBlob(text: string, path = 'example.txt'): Blob {
  return { path, text, lineStarts: lineIndex(text), encoding: 'utf-8', bytes: Buffer.byteLength(text) };
}

/** Runs every example of every pattern through the engine with the whole catalog compiled. */
export function checkExamples(patterns: PatternSpec[]): string[] {
  const compiled = compileCatalog(patterns);
  const problems: string[] = [];
  for (const p of patterns) {
    for (const ex of p.examples) {
      const ids = detectMatches(exampleBlob(ex), compiled).map((m) => m.patternId);
      if (!ids.includes(p.id)) problems.push(`${p.family}: ${p.id}: examples: not detected by the engine: ${JSON.stringify(ex.slice(0, 60))}`);
    }
    for (const ex of p.negativeExamples) {
      const ids = detectMatches(exampleBlob(ex), compiled).map((m) => m.patternId);
      if (ids.includes(p.id)) problems.push(`${p.family}: ${p.id}: negative_examples: wrongly detected: ${JSON.stringify(ex.slice(0, 60))}`);
    }
  }
  return problems;
}

/** Posture rules: each example is a workflow document that must (or must not) yield its rule. */
export function checkPostureExamples(specs: PatternSpec[]): string[] {
  const problems: string[] = [];
  const ids = new Set(specs.map((p) => p.id));
  for (const p of specs) {
    const path = p.id.includes('gitlab') ? '.gitlab-ci.yml' : '.github/workflows/example.yml';
    const { context } = detectContext(path);
    const found = (ex: string): boolean => detectPosture(exampleBlob(ex, path), context, ids).some((m) => m.patternId === p.id);
    for (const ex of p.examples) if (!found(ex)) problems.push(`posture: ${p.id}: examples: not detected: ${JSON.stringify(ex.slice(0, 60))}`);
    for (const ex of p.negativeExamples) if (found(ex)) problems.push(`posture: ${p.id}: negative_examples: wrongly detected: ${JSON.stringify(ex.slice(0, 60))}`);
  }
  return problems;
}

export function checkCatalog(dir?: string): CatalogCheck {
  const loaded = loadPatterns(dir);
  const migrations = loadMigrations();
  const lint = [...loaded.problems, ...lintAll(loaded.patterns, migrations)];
  const problems = lint.length > 0 ? formatProblems(lint).split('\n') : [];
  problems.push(...checkExamples(loaded.patterns));
  if (!dir) problems.push(...checkPostureExamples(POSTURE_SPECS));
  const all = dir ? loaded.patterns : [...loaded.patterns, ...POSTURE_SPECS];
  return {
    patterns: all.length,
    examples: all.reduce((n, p) => n + p.examples.length, 0),
    negativeExamples: all.reduce((n, p) => n + p.negativeExamples.length, 0),
    problems,
  };
}

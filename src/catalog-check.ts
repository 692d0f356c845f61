// `keyshift patterns check`: the linter plus every example run through the full engine (keyword-windowed
// regexes, CI posture and structured detectors with the whole catalog compiled), so an example that only a
// bare regex would match, or that another rule shadows, is caught.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AssignmentSyntax, Blob, PatternSpec } from './model/types.js';
import { loadAssignmentSyntax } from './catalog/syntax.js';
import { compileSyntax, lineAssignments } from './detect/assignments.js';
import { loadPatterns } from './catalog/load.js';
import { formatProblems } from './catalog/lint.js';
import { loadMigrations } from './migrate/load.js';
import { loadPostureRules, POSTURE_DIR } from './catalog/posture.js';
import { STRUCTURED_SPECS, STRUCTURED_EXAMPLE_PATHS } from './detect/structured.js';
import { detectContext } from './classify/context.js';
import { lineIndex } from './read/read-blob.js';
import { lintAll } from './catalog-setup.js';
import { createEngine, detectAll, detectSignatures, type DetectionEngine } from './scan-worker.js';
import { decodeBytes } from './read/read-blob.js';

export interface CatalogCheck {
  patterns: number;
  examples: number;
  negativeExamples: number;
  problems: string[];
}

export function exampleBlob(text: string, path = 'example.txt'): Blob {
  return { path, text, lineStarts: lineIndex(text), encoding: 'utf-8', bytes: Buffer.byteLength(text) };
}

/** The path an example is scanned as: posture and structured examples are whole files of a kind. */
export function examplePath(spec: PatternSpec): string {
  if (spec.posture) return spec.posture.ci === 'gitlab-ci' ? '.gitlab-ci.yml' : '.github/workflows/example.yml';
  return spec.examplePath ?? STRUCTURED_EXAMPLE_PATHS[spec.id] ?? 'example.txt';
}

/** Runs every example of every pattern through the engine with the whole catalog compiled. */
export function checkExamples(patterns: PatternSpec[], engine: DetectionEngine = createEngine(patterns)): string[] {
  const problems: string[] = [];
  for (const p of patterns) {
    const path = examplePath(p);
    const { context } = detectContext(path);
    const ids = (ex: string): string[] => {
      if (p.signature !== undefined && ex.startsWith('hex:')) {
        // A signature example is a file opening: read as the scan reads bytes (binary, then signatures).
        const bytes = Buffer.concat([Buffer.from(ex.slice(4), 'hex'), Buffer.alloc(64)]);
        const read = decodeBytes(path, bytes);
        return 'reason' in read ? detectSignatures(path, read, engine).map((m) => m.patternId) : [];
      }
      return detectAll(exampleBlob(ex, path), context, engine).map((m) => m.patternId);
    };
    for (const ex of p.examples) {
      if (!ids(ex).includes(p.id)) problems.push(`${p.family}: ${p.id}: examples: not detected by the engine: ${JSON.stringify(ex.slice(0, 60))}`);
    }
    for (const ex of p.negativeExamples) {
      if (ids(ex).includes(p.id)) problems.push(`${p.family}: ${p.id}: negative_examples: wrongly detected: ${JSON.stringify(ex.slice(0, 60))}`);
    }
  }
  return problems;
}

/** Every assignment shape reads exactly its examples' key and value, and nothing from its negatives. */
export function checkShapes(syntax: AssignmentSyntax): string[] {
  const problems: string[] = [];
  const { shapes } = compileSyntax(syntax);
  shapes.forEach((shape, i) => {
    const spec = syntax.shapes[i]!;
    const own = (line: string) => lineAssignments([shape], line, 0);
    for (const ex of spec.examples) {
      const got = own(ex.line);
      if (!got.some((a) => a.key === ex.key && a.value === ex.value)) {
        problems.push(`syntax: ${shape.id}: examples: reads ${JSON.stringify(got.map((a) => [a.key, a.value.length]))} from ${JSON.stringify(ex.line.slice(0, 60))}, expected key ${JSON.stringify(ex.key)} and a value of ${ex.value.length} chars`);
      }
    }
    for (const line of spec.negativeExamples) {
      if (own(line).length > 0) problems.push(`syntax: ${shape.id}: negative_examples: reads a value from ${JSON.stringify(line.slice(0, 60))}`);
    }
  });
  return problems;
}

export function checkCatalog(dir?: string): CatalogCheck {
  const loaded = loadPatterns(dir);
  const migrations = loadMigrations();
  // A folder given with --dir is checked alone (with its posture/ folder, when it has one); the built-in
  // check includes the structured rules written in code.
  const postureDir = dir === undefined ? undefined : join(dir, POSTURE_DIR);
  const posture = postureDir === undefined || existsSync(postureDir) ? loadPostureRules(postureDir) : { patterns: [], problems: [] };
  const all = [...loaded.patterns, ...posture.patterns, ...(dir ? [] : STRUCTURED_SPECS)];
  const lint = [...loaded.problems, ...posture.problems, ...lintAll(all, migrations)];
  const problems = lint.length > 0 ? formatProblems(lint).split('\n') : [];
  problems.push(...checkExamples(all));
  if (!dir) {
    try {
      problems.push(...checkShapes(loadAssignmentSyntax()));
    } catch (err) {
      problems.push((err as Error).message);
    }
  }
  return {
    patterns: all.length,
    examples: all.reduce((n, p) => n + p.examples.length, 0),
    negativeExamples: all.reduce((n, p) => n + p.negativeExamples.length, 0),
    problems,
  };
}

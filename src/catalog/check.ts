// `keyshift patterns check`: the linter plus every example run through the full engine (keyword-windowed
// regexes, CI posture and structured detectors with the whole catalog compiled), so an example that only a
// bare regex would match, or that another rule shadows, is caught.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AssignmentSyntax, PatternSpec } from '../model/types.js';
import { loadAssignmentSyntax } from './syntax.js';
import { compileSyntax, inKeyPosition, keySegments, lineAssignments } from '../detect/assignments.js';
import { loadPatterns } from './load.js';
import { formatProblems } from './lint.js';
import { loadMigrations } from '../migrate/load.js';
import { loadPostureRules, POSTURE_DIR } from './posture.js';
import { loadStructuredRules, STRUCTURED_DIR } from './structured.js';
import { lintAll } from './lint.js';
import { loadCustomPatterns } from './custom.js';
import { createEngine, type DetectionEngine } from '../detect/compose.js';
import { exampleProblems } from './examples.js';

export { exampleBlob, examplePath } from './examples.js';

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

/** Every assignment shape reads exactly its examples' key and value, and nothing from its negatives. */
export function checkShapes(syntax: AssignmentSyntax): string[] {
  const problems: string[] = [];
  const { shapes } = compileSyntax(syntax);
  shapes.forEach((shape, i) => {
    const spec = syntax.shapes[i]!;
    const own = (line: string) => lineAssignments([shape], line, 0);
    for (const ex of spec.examples) {
      const got = own(ex.line);
      const read = got.find((a) => a.key === ex.key && a.value === ex.value);
      if (!read) {
        problems.push(`syntax: ${shape.id}: examples: reads ${JSON.stringify(got.map((a) => [a.key, a.value.length]))} from ${JSON.stringify(ex.line.slice(0, 60))}, expected key ${JSON.stringify(ex.key)} and a value of ${ex.value.length} chars`);
      } else if (spec.key === undefined) {
        // The engine parses a line for a key word only where the word can sit in a key (inKeyPosition):
        // every key a shape reads must pass that test at its last segment, or the shape finds nothing.
        const segs = keySegments(read.key);
        const last = segs[segs.length - 1]!;
        const at = ex.line.lastIndexOf(last, read.valueStart - 1);
        if (at < 0 || !inKeyPosition(ex.line, at, at + 1, 0, ex.line.length)) {
          problems.push(`syntax: ${shape.id}: examples: the key ${JSON.stringify(ex.key)} of ${JSON.stringify(ex.line.slice(0, 60))} is not in a key position for the engine's prefilter (inKeyPosition in src/detect/assignments.ts): extend it for this shape`);
        }
      }
    }
    for (const line of spec.negativeExamples) {
      if (own(line).length > 0) problems.push(`syntax: ${shape.id}: negative_examples: reads a value from ${JSON.stringify(line.slice(0, 60))}`);
    }
  });
  return problems;
}

/** `custom`: the repository's own patterns (config `patterns.custom`), checked as a scan checks them. */
export function checkCatalog(dir?: string, custom?: { custom: { raw: unknown; line: number }[]; file: string }): CatalogCheck {
  const loaded = loadPatterns(dir);
  const migrations = loadMigrations();
  // A folder given with --dir is checked alone, with its posture/ and structured/ folders when it has them.
  const postureDir = dir === undefined ? undefined : join(dir, POSTURE_DIR);
  const posture = postureDir === undefined || existsSync(postureDir) ? loadPostureRules(postureDir) : { patterns: [], problems: [] };
  const structuredDir = dir === undefined ? undefined : join(dir, STRUCTURED_DIR);
  const structured = structuredDir === undefined || existsSync(structuredDir) ? loadStructuredRules(structuredDir) : undefined;
  const builtin = [...loaded.patterns, ...posture.patterns, ...(structured?.patterns ?? [])];
  const lint = [...loaded.problems, ...posture.problems, ...(structured?.problems ?? []), ...lintAll(builtin, migrations)];
  const problems = lint.length > 0 ? formatProblems(lint).split('\n') : [];
  // The examples run with that folder's structured kinds (which parser reads which file), or the built-in ones.
  problems.push(...checkExamples(builtin, createEngine(builtin, structured)));
  if (!dir) {
    try {
      problems.push(...checkShapes(loadAssignmentSyntax()));
    } catch (err) {
      problems.push((err as Error).message);
    }
  }
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

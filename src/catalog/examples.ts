// Runs patterns' examples through the full engine (keyword-windowed regexes, CI posture and structured
// detectors, with the whole catalog compiled): positives must be reported under their pattern's id and
// negatives must not. Shared by `keyshift patterns check` and the check of user patterns before a scan.
import type { Blob, PatternSpec } from '../model/types.js';
import { detectContext } from '../classify/context.js';
import { lineIndex } from '../model/text.js';
import { createEngine, detectAll, detectSignatures, type DetectionEngine } from '../detect/compose.js';
import { decodeBytes } from '../read/read-blob.js';

export function exampleBlob(text: string, path = 'example.txt'): Blob {
  return { path, text, lineStarts: lineIndex(text), encoding: 'utf-8', bytes: Buffer.byteLength(text) };
}

/** The path an example is scanned as: posture and structured examples are whole files of a kind. */
export function examplePath(spec: PatternSpec): string {
  if (spec.posture) return spec.posture.ci === 'gitlab-ci' ? '.gitlab-ci.yml' : '.github/workflows/example.yml';
  return spec.examplePath ?? 'example.txt';
}

export interface ExampleProblem {
  spec: PatternSpec;
  /** `examples[i]` or `negative_examples[i]`. */
  field: string;
  /** The example text (callers decide whether it may be printed). */
  example: string;
  positive: boolean;
}

/** Every example of `patterns` that the engine (compiled from `engine`'s catalog) gets wrong. */
export function exampleProblems(patterns: PatternSpec[], engine: DetectionEngine = createEngine(patterns)): ExampleProblem[] {
  const problems: ExampleProblem[] = [];
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
      const found = detectAll(exampleBlob(ex, path), context, engine);
      // A partner-only identifier is seen as the partner of the finding that took it.
      return p.partnerOnly === true ? found.flatMap((m) => (m.details?.pairedPattern === undefined ? [] : [String(m.details.pairedPattern)])) : found.map((m) => m.patternId);
    };
    p.examples.forEach((ex, i) => {
      if (!ids(ex).includes(p.id)) problems.push({ spec: p, field: `examples[${i}]`, example: ex, positive: true });
    });
    p.negativeExamples.forEach((ex, i) => {
      if (ids(ex).includes(p.id)) problems.push({ spec: p, field: `negative_examples[${i}]`, example: ex, positive: false });
    });
  }
  return problems;
}

// No ReDoS through the engine: every built-in pattern is run over adversarial text built from its own
// character classes (keyword, fixed prefix, long runs that almost match, a breaking character), and the
// engine's CPU time must grow linearly from 64 KB to 1 MB (x16). A growth check, not a timing threshold;
// the method (CPU time of the work only, minimum of several runs, 4x headroom) is in test/helpers/growth.ts.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadPatterns } from '../../src/catalog/load.js';
import { attackStrings, regexAlphabet } from '../../src/catalog/regex-safety.js';
import { detectMatches, type CompiledCatalog } from '../../src/detect/engine.js';
import { compileCatalog } from '../helpers/compile.js';
import { lineIndex } from '../../src/read/read-blob.js';
import type { Blob, PatternSpec } from '../../src/model/types.js';
import { INPUT_GROWTH, MAX_RATIO, measureGrowth, type Growth } from '../helpers/growth.js';

const SMALL = 65_536;
const LARGE = SMALL * INPUT_GROWTH;

type Shape = 'long-runs' | 'dense-one-line' | 'dense-many-lines';

/**
 * Adversarial text of about `size` characters for one pattern:
 * - long-runs: per alphabet character, keyword + prefix + a run of that character + a breaking one, one per line;
 * - dense-one-line: keyword + prefix + a 40-char near-miss, repeated on a single line (windows merge);
 * - dense-many-lines: the same near-miss on a line of its own, repeated (many windows).
 */
export function attackText(spec: PatternSpec, shape: Shape, size: number): string {
  const kw = spec.keywords[0] ?? '';
  const withKeyword = (s: string): string => (s.toLowerCase().includes(kw.toLowerCase()) ? s : `${kw} ${s}`);
  const alphabet = regexAlphabet(spec.regex, spec.flags, 4) || 'a';
  if (shape === 'long-runs') {
    const run = Math.ceil(size / attackStrings(spec.regex, spec.flags, alphabet, 1).length);
    return attackStrings(spec.regex, spec.flags, alphabet, run).map(withKeyword).join('\n');
  }
  const near = attackStrings(spec.regex, spec.flags, alphabet, 40).map(withKeyword);
  const chunk = near[near.length - 1]!;
  const sep = shape === 'dense-one-line' ? '' : '\n';
  return Array.from({ length: Math.ceil(size / (chunk.length + sep.length)) + 1 }, () => chunk).join(sep);
}

function toBlob(text: string): Blob {
  return { path: 'attack.txt', text, lineStarts: lineIndex(text), encoding: 'utf-8', bytes: text.length };
}

/** How much more CPU detectMatches takes on the large text than on the small one (generic rules on: the worst case). */
export function growth(compiled: CompiledCatalog, small: Blob, large: Blob): Growth {
  const run = (blob: Blob) => () => detectMatches(blob, compiled, { lockfile: false, minified: false });
  return measureGrowth(run(small), run(large), 1);
}

const { patterns, problems } = loadPatterns();

test('the built-in catalog loads for the ReDoS check', () => {
  assert.deepEqual(problems, []);
  assert.ok(patterns.length > 100, `only ${patterns.length} patterns loaded`);
});

test('the check can fail: a quadratic pattern (keyword then an unbounded run, no end) is caught', () => {
  const bad: PatternSpec = { ...patterns[0]!, id: 'test.quadratic', keywords: ['tok'], regex: 'tok([a-z]*)Z', flags: '', allow: [], validator: undefined, minEntropy: undefined };
  const compiled = compileCatalog([bad]);
  // Every "tok" on one long line starts a run to the end of the merged window: quadratic in the line.
  const g = growth(compiled, toBlob('tok'.repeat(1_000)), toBlob('tok'.repeat(1_000 * INPUT_GROWTH)));
  assert.ok(g.ratio >= MAX_RATIO, `quadratic pattern not caught: x${g.ratio.toFixed(1)} (${g.smallMs.toFixed(2)} -> ${g.largeMs.toFixed(2)} ms)`);
});

describe('engine time grows linearly on adversarial input, per built-in pattern', () => {
  for (const spec of patterns) {
    test(spec.id, () => {
      const compiled = compileCatalog([spec]);
      for (const shape of ['long-runs', 'dense-one-line', 'dense-many-lines'] as const) {
        const small = toBlob(attackText(spec, shape, SMALL));
        const large = toBlob(attackText(spec, shape, LARGE));
        assert.ok(large.text.length >= LARGE && small.text.length >= SMALL, `${shape}: ${small.text.length} / ${large.text.length} chars`);
        const g = growth(compiled, small, large);
        assert.ok(
          g.ratio < MAX_RATIO,
          `${spec.id} ${shape}: ${g.smallMs.toFixed(2)} ms at 64 KB, ${g.largeMs.toFixed(2)} ms at 1 MB (x${g.ratio.toFixed(1)}); the regex or the windowing is superlinear`,
        );
      }
    });
  }
});

// Shared by the property tests of the parsers that read untrusted input (issue 19 item 6): generators of
// hostile and near-valid text, the "only typed errors" wrapper, chunkings of a text, the no-leak check and
// the linear-growth check. Fake data only: planted secrets come from test/helpers/fake-tokens.ts.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { KeyshiftError } from '../../src/model/errors.js';
import { makeToken } from '../helpers/fake-tokens.js';
import { loadPatterns } from '../../src/catalog/load.js';
import { loadPostureRules } from '../../src/catalog/posture.js';
import { loadStructuredRules } from '../../src/catalog/structured.js';
import { classifyMatch } from '../../src/classify/classify.js';
import { detectContext } from '../../src/classify/context.js';
import { createEngine, detectAll, type DetectionEngine } from '../../src/detect/compose.js';
import { lineIndex } from '../../src/model/text.js';
import type { Match, PatternSpec } from '../../src/model/types.js';

/** Runs `run`; a KeyshiftError (the typed, user-facing errors) is an allowed outcome, anything else is re-thrown. */
export function onlyTyped<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch (err) {
    if (err instanceof KeyshiftError) return undefined;
    throw err;
  }
}

/** One UTF-16 code unit, lone surrogates included (what a decoder hands over from broken bytes). */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** Characters that mean something to the parsers here: line breaks, quotes, brackets, YAML indicators. */
const SPECIAL = [...'\n\r\t "\'`\\[]{}:,-#&*!|>%@?<=+/.;$()~^_0123456789aAzZ=\u00a0\u2028\ufeff\u0000'];
const specialChar = fc.constantFrom(...SPECIAL);

/** Arbitrary text: any code units, weighted toward the characters parsers branch on. */
export const anyText = (maxLength = 400): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: codeUnit, maxLength }),
    fc.string({ unit: specialChar, maxLength }),
    fc.string({ unit: fc.oneof({ weight: 3, arbitrary: specialChar }, fc.constantFrom(...'abcdefghijk')), maxLength }),
  );

/** Short text without line breaks (a line's rest, a path, a value). */
export const lineText = (maxLength = 40): fc.Arbitrary<string> =>
  fc.string({ unit: fc.oneof(fc.constantFrom(...SPECIAL.filter((c) => c !== '\n' && c !== '\r')), fc.constantFrom(...'abcxyz')), maxLength });

/** Random bytes. */
export const anyBytes = (maxLength = 2048): fc.Arbitrary<Uint8Array> => fc.uint8Array({ maxLength });

/** `text` cut at the given points (taken modulo its length, sorted): the chunks a stream could deliver. */
export function chunksOf(text: string, cuts: readonly number[]): string[] {
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const c of at) {
    out.push(text.slice(from, c));
    from = c;
  }
  out.push(text.slice(from));
  return out;
}

/** Cut points for chunksOf (none to many; empty chunks happen when two coincide). */
export const cutPoints = fc.array(fc.nat(), { maxLength: 24 });

/** A YAML scalar: plain words, numbers, quoted strings with escapes, block indicators, tokens of the grammar. */
export const yamlScalar: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('x', 'true', 'null', '~', '0', '0x1F', '1e3', '-', '?', ':', '|', '>', '', '""', "''", '"\\u00e9"', '"a\\', "'it''s'", '${{ secrets.TOKEN }}', '$CI_JOB_TOKEN', '!!str 1', '!custom x', '@x', '`x`', '%x'),
  fc.stringMatching(/^[a-z_][a-z0-9_.-]{0,12}$/),
  lineText(20).map((s) => JSON.stringify(s)),
  lineText(20).map((s) => `'${s.replace(/'/g, "''")}'`),
  lineText(20),
);

/** A YAML key: the keys the parsers look for, and others. */
export const yamlKey = (known: readonly string[]): fc.Arbitrary<string> =>
  fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: yamlScalar }, { weight: 1, arbitrary: fc.constant('<<') });

type YamlTree = { kind: 'scalar'; text: string } | { kind: 'map'; pairs: [string, YamlTree][] } | { kind: 'seq'; items: YamlTree[] } | { kind: 'flow'; text: string };

/**
 * A YAML document of random nesting (block maps and sequences, flow collections, scalars), with anchors on
 * random nodes and aliases and merge keys naming them (some of them undefined), rendered with random
 * indentation quirks. Near-valid: most documents parse, some do not.
 */
export function yamlDocument(known: readonly string[], maxDepth = 4): fc.Arbitrary<string> {
  const { tree } = fc.letrec<{ tree: YamlTree }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      yamlScalar.map((text) => ({ kind: 'scalar' as const, text })),
      fc.array(fc.tuple(yamlKey(known), tie('tree')), { maxLength: 4 }).map((pairs) => ({ kind: 'map' as const, pairs })),
      fc.array(tie('tree'), { maxLength: 4 }).map((items) => ({ kind: 'seq' as const, items })),
      fc.oneof(
        fc.array(yamlScalar, { maxLength: 4 }).map((xs) => `[${xs.join(', ')}]`),
        fc.array(fc.tuple(yamlKey(known), yamlScalar), { maxLength: 3 }).map((ps) => `{${ps.map(([k, v]) => `${k}: ${v}`).join(', ')}}`),
      ).map((text) => ({ kind: 'flow' as const, text })),
    ),
  }));
  const anchors = ['a', 'b', 'c'];
  return fc
    .tuple(
      fc.array(fc.tuple(yamlKey(known), tree), { minLength: 1, maxLength: 5 }),
      fc.array(fc.constantFrom('anchor', 'alias', 'merge', 'none', 'none', 'none'), { minLength: 64, maxLength: 64 }),
      fc.constantFrom(2, 2, 3, 1, 4),
      fc.array(fc.constantFrom('', '', '', '# c', '---', '...', '\t', '  ', '%YAML 1.2'), { minLength: 8, maxLength: 8 }),
    )
    .map(([top, decorations, step, junk]) => {
      let k = 0;
      const deco = (): string => {
        const d = decorations[k++ % decorations.length];
        const name = anchors[k % anchors.length]!;
        return d === 'anchor' ? `&${name} ` : '';
      };
      const aliasOr = (text: string): string => {
        const d = decorations[k++ % decorations.length];
        return d === 'alias' ? `*${anchors[k % anchors.length]}` : text;
      };
      const lines: string[] = [];
      const render = (key: string | undefined, node: YamlTree, indent: number, depth: number): void => {
        const pad = ' '.repeat(indent);
        const head = key === undefined ? `${pad}- ` : `${pad}${key}: `;
        if (node.kind === 'scalar' || node.kind === 'flow' || depth > maxDepth) {
          lines.push(head + deco() + aliasOr(node.kind === 'scalar' || node.kind === 'flow' ? node.text : 'x'));
          return;
        }
        lines.push(head.trimEnd() + (deco() ? ` &${anchors[k % anchors.length]}` : ''));
        if (node.kind === 'map') {
          if (decorations[k++ % decorations.length] === 'merge') lines.push(`${pad}${' '.repeat(step)}<<: *${anchors[k % anchors.length]}`);
          for (const [kk, v] of node.pairs) render(kk, v, indent + step, depth + 1);
        } else {
          for (const v of node.items) render(undefined, v, indent + step, depth + 1);
        }
        lines.push(junk[k++ % junk.length]!);
      };
      for (const [key, node] of top) render(key, node, 0, 0);
      return lines.join('\n') + '\n';
    });
}

/** Fake tokens of several formats, to plant where a parser fails (seeded, so every run plants the same ones). */
export const PLANTED = [
  makeToken('github.pat-classic', 1906),
  makeToken('aws.access-key-id', 1907),
  makeToken('gitlab.pat.routable', 1908),
  makeToken('npm.access-token', 1909),
];
export const plantedToken = fc.constantFrom(...PLANTED);

/** The planted tokens (and their long pieces) that `text` holds; [] when none. */
export function leaked(text: string): string[] {
  return PLANTED.filter((t) => text.includes(t) || text.includes(t.slice(4, 24)));
}

/** CPU milliseconds (user + system) of one call: other processes on a busy machine do not count. */
function cpuMs(run: () => unknown): number {
  const t0 = process.cpuUsage();
  run();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

export interface LinearCheck {
  n: number;
  smallMs: number;
  largeMs: number;
}

/**
 * A complexity check, not a speed check: `make(n)` builds an input of size about n (outside the timing)
 * and returns the run over it. n doubles from `n0` until one run takes at least `minMs` (or n reaches
 * `maxN`); then the input of size 8n must cost less than 24 x the one of size n, plus 50 ms for noise,
 * each the minimum of 3 runs, small and large interleaved. Linear code costs about 8x, quadratic 64x.
 */
export function measureLinear(make: (n: number) => () => unknown, n0: number, opts: { minMs?: number; maxN?: number } = {}): LinearCheck {
  const minMs = opts.minMs ?? 4;
  const maxN = opts.maxN ?? 1 << 22;
  let n = n0;
  for (;;) {
    const run = make(n);
    run();
    // The smaller of two runs: one burst of GC or load must not stop the doubling at a size whose real
    // cost is under the timer's noise (seen in CI: stopped at 1.1 ms, where the 50 ms allowance hid 64x).
    if (Math.min(cpuMs(run), cpuMs(run)) >= minMs || n * 2 > maxN) break;
    n *= 2;
  }
  const small = make(n);
  const large = make(8 * n);
  small();
  large();
  let smallMs = Infinity;
  let largeMs = Infinity;
  for (let i = 0; i < 3; i++) {
    smallMs = Math.min(smallMs, cpuMs(small));
    largeMs = Math.min(largeMs, cpuMs(large));
  }
  return { n, smallMs, largeMs };
}

export function isLinear(c: LinearCheck): boolean {
  return c.largeMs < 24 * c.smallMs + 50;
}

/** measureLinear, asserted. */
export function assertLinear(label: string, make: (n: number) => () => unknown, n0: number, opts?: { minMs?: number; maxN?: number }): void {
  const c = measureLinear(make, n0, opts);
  assert.ok(isLinear(c), `${label}: n=${c.n} took ${c.smallMs.toFixed(1)} ms, 8n took ${c.largeMs.toFixed(1)} ms (limit 24x + 50 ms): superlinear`);
}

/** The fc.assert options every property here uses: a fixed seed so a failure reproduces, and the error in the report. */
export function runs(seed: number, numRuns = 150): { seed: number; numRuns: number; includeErrorInReport: boolean } {
  return { seed, numRuns, includeErrorInReport: true };
}

let engineCache: { engine: DetectionEngine; specs: Map<string, PatternSpec> } | undefined;

/** The whole built-in catalog (regex, posture and structured rules) compiled once, as a scan worker has it. */
export function fullEngine(): { engine: DetectionEngine; specs: Map<string, PatternSpec> } {
  if (!engineCache) {
    const all = [...loadPatterns().patterns, ...loadPostureRules().patterns, ...loadStructuredRules().patterns];
    engineCache = { engine: createEngine(all), specs: new Map(all.map((s) => [s.id, s])) };
  }
  return engineCache;
}

/**
 * One text through every detector, as the scan worker runs it (context from the path), and the findings it
 * becomes, as JSON (secrets wrapped, so only their redacted form prints).
 */
export function detectText(path: string, text: string): { matches: Match[]; findingsJson: string } {
  const { engine, specs } = fullEngine();
  const { context, pathRole } = detectContext(path, text.slice(0, 4096));
  const matches = detectAll({ path, text, lineStarts: lineIndex(text), encoding: 'utf-8', bytes: Buffer.byteLength(text) }, context, engine);
  const findings = matches.map((m) => classifyMatch(m, specs.get(m.patternId)!, { path, context, pathRole }, { nowSeconds: 1_700_000_000 }));
  return { matches, findingsJson: JSON.stringify(findings) };
}

/** Positions a match claims lie inside the text, in order. */
export function assertPositions(text: string, matches: readonly Match[]): void {
  const lines = lineIndex(text).length;
  for (const m of matches) {
    assert.ok(m.start >= 0 && m.start <= m.end && m.end <= text.length, `${m.patternId} ${m.start}-${m.end} of ${text.length}`);
    assert.ok(m.line >= 1 && m.line <= m.endLine && m.endLine <= lines, `${m.patternId} lines ${m.line}-${m.endLine} of ${lines}`);
    assert.ok(m.column >= 1 && m.endColumn >= 1, `${m.patternId} columns ${m.column}, ${m.endColumn}`);
  }
}

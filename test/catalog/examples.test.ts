// Generated test over the real patterns/ folder: every example runs through the full engine with the
// WHOLE catalog compiled and must yield its own pattern id; every negative example must not. Also checks
// the test data itself (unique ids, no duplicate or empty examples). Reads patterns only; writes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPatterns } from '../../src/catalog/load.js';
import { detectMatches, patternTier } from '../../src/detect/engine.js';
import { compileCatalog } from '../helpers/compile.js';
import type { Blob, PatternSpec } from '../../src/model/types.js';

/** A Blob for one example line (or block): the text and the offsets where its lines start. */
function exampleBlob(text: string, path = 'example.txt'): Blob {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) lineStarts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      lineStarts.push(i + 1);
    }
  }
  return { path, text, lineStarts, encoding: 'utf-8', bytes: Buffer.byteLength(text) };
}

const { patterns, problems } = loadPatterns();
const compiled = compileCatalog(patterns);

/** Path-scoped patterns' examples are scanned as their example_path; signature examples are hex file openings. */
function idsFound(text: string, p: PatternSpec): string[] {
  if (p.signature !== undefined) {
    const head = Buffer.from(text.replace(/^hex:/, ''), 'hex').toString('latin1');
    return new RegExp(p.signature, 's').test(head) ? [p.id] : [];
  }
  const found = detectMatches(exampleBlob(text, p.examplePath), compiled);
  // A partner-only identifier is never reported alone: it is found as the partner a pair rule took.
  if (p.partnerOnly === true) return found.flatMap((m) => (m.details?.pairedPattern === undefined ? [] : [String(m.details.pairedPattern)]));
  return found.map((m) => m.patternId);
}

/** Short, redacted label for an example in assertion messages (examples are fake, but keep output small). */
function label(text: string): string {
  const first = text.split('\n')[0]!;
  return JSON.stringify(first.length > 40 ? `${first.slice(0, 40)}…` : first);
}

test('the catalog loads without problems and is large enough', () => {
  assert.deepEqual(problems, []);
  assert.ok(patterns.length >= 150, `only ${patterns.length} patterns`);
});

test('pattern ids are unique', () => {
  const seen = new Set<string>();
  const dups = patterns.map((p) => p.id).filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
  assert.deepEqual(dups, []);
});

test('every kind of credential is covered', () => {
  const kinds = new Set(patterns.map((p) => p.kind));
  assert.deepEqual([...kinds].sort(), ['long-lived-credential', 'password-hash', 'private-key', 'refresh-token', 'short-lived-token', 'static-key']);
});

test('no empty examples and no example used twice anywhere in the catalog', () => {
  const owner = new Map<string, string>();
  const problemsFound: string[] = [];
  for (const p of patterns) {
    if (p.examples.length < 2) problemsFound.push(`${p.id}: fewer than 2 examples`);
    if (p.negativeExamples.length < 2) problemsFound.push(`${p.id}: fewer than 2 negative examples`);
    for (const ex of [...p.examples, ...p.negativeExamples]) {
      if (ex.trim() === '') problemsFound.push(`${p.id}: empty example`);
      const prev = owner.get(ex);
      if (prev !== undefined) problemsFound.push(`${p.id}: example ${label(ex)} also used by ${prev}`);
      owner.set(ex, p.id);
    }
  }
  assert.deepEqual(problemsFound, []);
});

const byFamily = new Map<string, PatternSpec[]>();
for (const p of patterns) byFamily.set(p.family, [...(byFamily.get(p.family) ?? []), p]);

for (const [family, specs] of byFamily) {
  test(`${family}: every example is detected by its own pattern through the full engine`, () => {
    const missed: string[] = [];
    for (const p of specs) {
      for (const ex of p.examples) if (!idsFound(ex, p).includes(p.id)) missed.push(`${p.id}: ${label(ex)}`);
    }
    assert.deepEqual(missed, []);
  });
  test(`${family}: no negative example is detected by its own pattern`, () => {
    const wrong: string[] = [];
    for (const p of specs) {
      for (const ex of p.negativeExamples) if (idsFound(ex, p).includes(p.id)) wrong.push(`${p.id}: ${label(ex)}`);
    }
    assert.deepEqual(wrong, []);
  });
}

test('every supersedes entry names a pattern of the catalog in the same tier (across tiers, the tier decides)', () => {
  const byId = new Map(patterns.map((p) => [p.id, p]));
  const problemsFound: string[] = [];
  for (const p of patterns) {
    for (const id of p.supersedes ?? []) {
      const other = byId.get(id);
      if (!other) problemsFound.push(`${p.id}: supersedes unknown ${id}`);
      else if (patternTier(other) !== patternTier(p)) problemsFound.push(`${p.id}: supersedes ${id} of another tier`);
    }
  }
  assert.deepEqual(problemsFound, []);
  assert.ok(patterns.some((p) => (p.supersedes ?? []).length > 0), 'control: the catalog has supersedes entries to check');
});

// A context rule's keywords decide how often the assignment engine parses a line, so a keyword that is a
// common substring of code ("hec" in every "check", "lob" in "global" and "blob", "etsy" in "getsYield") costs
// the whole scan: each of those three cost the bench corpus 1-2.4 s of CPU before it was caught. This guard
// counts every context rule's keywords in a large real-world code file shipped with the dev dependencies
// (TypeScript's own compiler, 9 MB) and fails for any that hits more often than MAX_PER_MB.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadEngineCatalog } from '../../src/scan/catalog-setup.js';

const MAX_PER_MB = 5;
const corpus = readFileSync('node_modules/typescript/lib/typescript.js', 'utf8').toLowerCase();
const mb = corpus.length / 1e6;

function perMb(keyword: string): number {
  const k = keyword.toLowerCase();
  let n = 0;
  for (let i = corpus.indexOf(k); i >= 0; i = corpus.indexOf(k, i + 1)) n++;
  return n / mb;
}

test('keyword rates: no context rule has a keyword that is common in ordinary code', () => {
  assert.ok(mb > 5, `the reference file is there (${mb.toFixed(1)} MB)`);
  const { all } = loadEngineCatalog({});
  const rules = all.filter((p) => (p.assignment?.context?.length ?? 0) > 0);
  assert.ok(rules.length > 50, `context rules are counted (${rules.length})`);
  const hot = rules.flatMap((p) => p.keywords.map((k) => ({ id: p.id, keyword: k, perMb: Math.round(perMb(k)) }))).filter((r) => r.perMb > MAX_PER_MB);
  assert.deepEqual(hot, []);
});

test('keyword rates: the words that were caught would fail the guard (control)', () => {
  for (const k of ['hec', 'lob', 'etsy']) assert.ok(perMb(k) > MAX_PER_MB, `${k}: ${perMb(k).toFixed(1)} per MB`);
  for (const k of ['lob_', 'etsy_', 'splunk', 'datadog']) assert.ok(perMb(k) <= MAX_PER_MB, `${k}: ${perMb(k).toFixed(1)} per MB`);
});

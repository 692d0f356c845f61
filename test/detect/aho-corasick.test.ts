import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildAutomaton, findKeywords, foldAscii } from '../../src/detect/aho-corasick.js';

function hits(keywords: string[], text: string): string[] {
  const ac = buildAutomaton(keywords);
  const h = findKeywords(ac, text);
  const out: string[] = [];
  for (let i = 0; i < h.count; i++) out.push(`${ac.keywords[h.keyword[i]!]}@${h.start[i]}`);
  return out;
}

test('finds overlapping keywords case-insensitively, in order of their end offset', () => {
  assert.deepEqual(hits(['he', 'she', 'his', 'hers'], 'uSHErs'), ['she@1', 'he@2', 'hers@2']);
});

test('finds a keyword that ends at the last character of the text', () => {
  assert.deepEqual(hits(['ghp_', 'token'], 'x = TOKEN'), ['token@4']);
  assert.deepEqual(hits(['ab'], 'ab'), ['ab@0']);
});

test('finds repeated and self-overlapping occurrences', () => {
  assert.deepEqual(hits(['aa'], 'aAaa'), ['aa@0', 'aa@1', 'aa@2']);
});

test('keywords are folded to lowercase ASCII and deduplicated', () => {
  const ac = buildAutomaton(['AKIA', 'akia', 'Key']);
  assert.deepEqual(ac.keywords, ['akia', 'key']);
  assert.equal(foldAscii('AbC_ÄÖ'), 'abc_ÄÖ');
});

test('non-ASCII characters share one symbol: a keyword with one matches any non-ASCII character there', () => {
  assert.deepEqual(hits(['pässword'], 'pässword pøssword password'), ['pässword@0', 'pässword@9']);
});

test('characters outside every keyword reset the search', () => {
  assert.deepEqual(hits(['abc'], 'ab-c abc a😀bc'), ['abc@5']);
});

test('an empty keyword is refused', () => {
  assert.throws(() => buildAutomaton(['']), /empty keyword/);
});

test('no keywords: no hits and no failure', () => {
  assert.deepEqual(hits([], 'anything'), []);
});

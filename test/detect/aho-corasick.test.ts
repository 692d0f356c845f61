import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildAutomaton, builtFrom, deserializeAutomaton, findKeywords, foldAscii, serializeAutomaton } from '../../src/detect/aho-corasick.js';

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

test('long, hit-dense texts give exactly the hits of a brute-force search, in end order', () => {
  const keywords = ['ab', 'bab', 'abba', 'b_', 'aaaa'];
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed;
  };
  for (const len of [8191, 8192, 8193, 20001]) {
    let text = '';
    for (let i = 0; i < len; i++) text += 'aAbB_x'[next() % 6];
    const ac = buildAutomaton(keywords);
    const h = findKeywords(ac, text);
    const got: string[] = [];
    let lastEnd = -1;
    for (let i = 0; i < h.count; i++) {
      const kw = ac.keywords[h.keyword[i]!]!;
      const end = h.start[i]! + kw.length;
      assert.ok(end >= lastEnd, 'hits come in order of their end offset');
      lastEnd = end;
      got.push(`${kw}@${h.start[i]}`);
    }
    const folded = text.toLowerCase();
    const want: string[] = [];
    for (const kw of keywords) {
      for (let i = folded.indexOf(kw); i !== -1; i = folded.indexOf(kw, i + 1)) want.push(`${kw}@${i}`);
    }
    assert.deepEqual(got.slice().sort(), want.sort(), `length ${len}`);
  }
});

test('a call after a hit-dense one reports only its own hits (the scratch buffer is reused, not leaked)', () => {
  const ac = buildAutomaton(['ab', 'key']);
  const dense = findKeywords(ac, 'ab'.repeat(5000));
  assert.equal(dense.count, 5000);
  assert.equal(dense.start[4999], 9998);
  const h = findKeywords(ac, 'x KEY y');
  assert.equal(h.count, 1);
  assert.equal(ac.keywords[h.keyword[0]!], 'key');
  assert.equal(h.start[0], 2);
  assert.equal(findKeywords(ac, 'nothing here').count, 0);
});

test('runSample: a run of consecutive hits of one keyword is kept once per runSample characters; other hits all', () => {
  const ac = buildAutomaton(['aaaaa', 'token']);
  const text = `${'A'.repeat(10_000)} token token ${'a'.repeat(600)}`;
  const all = findKeywords(ac, text);
  const thin = findKeywords(ac, text, 256);
  assert.equal(all.count, 9_996 + 2 + 596);
  const starts = Array.from(thin.start.subarray(0, thin.count));
  const kws = Array.from(thin.keyword.subarray(0, thin.count), (k) => ac.keywords[k]);
  // The 10,000 A's: a hit at 0, then one every 256 characters; both tokens; the 600 a's: 3 hits.
  const runA = starts.filter((s, i) => kws[i] === 'aaaaa' && s < 10_000);
  assert.deepEqual(runA, Array.from({ length: Math.ceil(9_996 / 256) }, (_, i) => i * 256));
  assert.deepEqual(starts.filter((_, i) => kws[i] === 'token'), [10_001, 10_007]);
  assert.equal(starts.filter((s, i) => kws[i] === 'aaaaa' && s > 10_000).length, 3);
  // No gap between kept hits of a run is as wide as the sample.
  for (let i = 1; i < runA.length; i++) assert.ok(runA[i]! - runA[i - 1]! <= 256);
});

test('issue 19 item 9: a serialized automaton comes back equal, through JSON, and finds the same hits', () => {
  const ac = buildAutomaton(['ghp_', 'token', 'AKIA', 'pässword', 'he', 'hers']);
  const back = deserializeAutomaton(JSON.parse(JSON.stringify(serializeAutomaton(ac))));
  assert.deepEqual(back, ac);
  const text = 'x TOKEN=ghp_1 akia hers päßword';
  assert.deepEqual(findKeywords(back!, text), findKeywords(ac, text));
  assert.ok(builtFrom(back!, ac.keywords));
  assert.ok(!builtFrom(back!, [...ac.keywords].reverse()), 'same keywords in another order are other indexes');
});

test('issue 19 item 9: data that is not a serialized automaton is refused, not used (with a control)', () => {
  const s = serializeAutomaton(buildAutomaton(['ghp_', 'token']));
  assert.ok(deserializeAutomaton(s), 'control: the intact data is accepted');
  assert.equal(deserializeAutomaton(undefined), undefined);
  assert.equal(deserializeAutomaton({ ...s, littleEndian: !s.littleEndian }), undefined);
  assert.equal(deserializeAutomaton({ ...s, alphabet: s.alphabet + 1 }), undefined);
  assert.equal(deserializeAutomaton({ ...s, delta: s.delta.slice(0, 8) }), undefined);
  assert.equal(deserializeAutomaton({ ...s, symbols: 'AAAA' }), undefined);
});

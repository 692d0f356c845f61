import { test } from 'node:test';
import assert from 'node:assert/strict';
import { substringSet } from '../../src/model/substrings.js';

/** The answer substringSet must give: every needle that includes() finds, by index. */
function naive(needles: string[], text: string): number[] {
  return needles.flatMap((n, i) => (n.length > 0 && text.includes(n) ? [i] : []));
}

let seed = 7;
const rnd = (n: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
const word = (len: number, alphabet: string): string => Array.from({ length: len }, () => alphabet[rnd(alphabet.length)]).join('');

test('substringSet finds exactly the needles includes() finds, short and long, overlapping and repeated', () => {
  const alphabet = 'abAB01-_é\u{1F511}'; // a small alphabet makes overlaps and hash collisions common
  for (let round = 0; round < 200; round++) {
    const needles = Array.from({ length: 1 + rnd(40) }, () => word(1 + rnd(14), alphabet));
    if (round % 7 === 0) needles.push('', needles[0]!); // empty and duplicate needles
    let text = word(rnd(300), alphabet);
    // Plant a few needles so that hits are not left to chance.
    for (let k = 0; k < 3; k++) {
      const at = rnd(text.length + 1);
      text = text.slice(0, at) + needles[rnd(needles.length)]! + text.slice(at);
    }
    assert.deepEqual([...substringSet(needles).find(text)], naive(needles, text), `round ${round}`);
  }
});

test('substringSet: a needle at the very start and the very end; case matters; control: a miss is a miss', () => {
  const needles = ['AKIAQ7RSTV2WXYZ3ABCD', 'tail-value-1234', 'q#q'];
  const set = substringSet(needles);
  assert.deepEqual([...set.find('AKIAQ7RSTV2WXYZ3ABCD = x')], [0]);
  assert.deepEqual([...set.find('x = tail-value-1234')], [1]);
  assert.deepEqual([...set.find('-q#q tail-value-1234AKIAQ7RSTV2WXYZ3ABCD')], [0, 1, 2]);
  assert.deepEqual([...set.find('akiaq7rstv2wxyz3abcd Q#Q tail-value-123')], []);
  assert.deepEqual([...substringSet([]).find('anything')], []);
});

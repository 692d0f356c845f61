import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alphabetBits, entropyThreshold, shannonEntropy } from '../../src/detect/entropy.js';

test('shannonEntropy: exact values for simple strings', () => {
  assert.equal(shannonEntropy(''), 0);
  assert.equal(shannonEntropy('a'), 0);
  assert.equal(shannonEntropy('aaaaaaaa'), 0);
  assert.equal(shannonEntropy('abab'), 1);
  assert.equal(shannonEntropy('0123456789abcdef'), 4);
  assert.equal(shannonEntropy('ééaa'), 1);
});

test('shannonEntropy: repeated calls do not leak counts into each other', () => {
  assert.equal(shannonEntropy('abcd'), 2);
  assert.equal(shannonEntropy('abcd'), 2);
  assert.equal(shannonEntropy('aabb'), 1);
});

test('entropyThreshold: long values keep the limit, short ones get 0.85 * log2(n)', () => {
  assert.equal(entropyThreshold(4.5, 100), 4.5);
  assert.equal(entropyThreshold(4.5, 8), 0.85 * 3);
  assert.equal(entropyThreshold(3, 1), 0);
});

test('entropyThreshold: a narrower charset scales the limit (hex: 4.5 -> 3.0)', () => {
  assert.equal(entropyThreshold(4.5, 100, 4), 3);
});

test('alphabetBits: digits, hex, base64-like', () => {
  assert.equal(alphabetBits('0123456789'), Math.log2(10));
  assert.equal(alphabetBits('deadBEEF01'), 4);
  assert.equal(alphabetBits('abcXYZ+/_-='), 6);
  assert.equal(alphabetBits('pa ss!'), 6);
});

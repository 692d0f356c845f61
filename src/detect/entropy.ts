// Shannon entropy of candidate secrets and the length-scaled threshold the engine compares it with.
// Pure arithmetic on strings; knows nothing about patterns, files or matches. shannonEntropy lives in model.
export { shannonEntropy } from '../model/entropy.js';

const LOG2_CACHE_SIZE = 1024;

const log2Cache = new Float64Array(LOG2_CACHE_SIZE);
for (let i = 1; i < LOG2_CACHE_SIZE; i++) log2Cache[i] = Math.log2(i);

/**
 * The entropy a value of `length` characters must reach. A string of n characters cannot exceed
 * log2(n) bits per character, so short values are held to min(min, 0.85 * log2(n)) instead of `min`.
 * `alphabetBits` scales the limit to a narrower charset (hex: 4 of base64's 6 bits, so 4.5 becomes 3.0).
 */
export function entropyThreshold(min: number, length: number, alphabetBits = 6): number {
  const limit = alphabetBits >= 6 ? min : (min * alphabetBits) / 6;
  if (length <= 1) return 0;
  const lg = length < LOG2_CACHE_SIZE ? log2Cache[length]! : Math.log2(length);
  return Math.min(limit, 0.85 * lg);
}

/** Bits per character of the narrowest common charset that holds `s`: digits, hex, base64-like, or wider. */
export function alphabetBits(s: string): number {
  let digits = true;
  let hex = true;
  let b64 = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const isDigit = c >= 48 && c <= 57;
    if (isDigit) continue;
    digits = false;
    if (hex && !((c >= 97 && c <= 102) || (c >= 65 && c <= 70))) hex = false;
    if (
      b64 &&
      !((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 43 || c === 47 || c === 45 || c === 95 || c === 61)
    ) {
      b64 = false;
      break;
    }
  }
  if (digits) return Math.log2(10);
  if (hex) return 4;
  return 6;
}

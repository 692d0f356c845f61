// Which of many fixed strings occur in a line: exact, case-sensitive substring search for thousands of
// needles at once (the --history removal pass), in time linear in the text. Knows nothing of secrets.

/**
 * A rolling hash of each WINDOW-character run of the text is looked up in a table of the needles' first
 * WINDOW characters; a hit is confirmed by comparing the whole needle at that offset. Needles shorter than
 * WINDOW are few (a secret is rarely under 8 characters) and are searched with includes() one by one.
 */
const WINDOW = 8;
const BASE = 31;
/** BASE^(WINDOW - 1) modulo 2^32, to take the leaving character out of the hash. */
const HIGH = (() => {
  let h = 1;
  for (let i = 1; i < WINDOW; i++) h = Math.imul(h, BASE);
  return h;
})();
const NONE: readonly number[] = Object.freeze([]);

export interface SubstringSet {
  /** Indices (into the needles given) of every needle that occurs in `text`, each once, ascending. */
  find(text: string): readonly number[];
}

export function substringSet(needles: readonly string[]): SubstringSet {
  const short: number[] = [];
  let size = 16;
  while (size < needles.length * 2) size *= 2;
  const mask = size - 1;
  // Open hashing in typed arrays (a Map keyed by a 32-bit hash would box most keys): head[h & mask] is
  // the first needle of that bucket, chain[i] the next, hashes[i] the needle's full hash.
  const head = new Int32Array(size).fill(-1);
  const chain = new Int32Array(needles.length).fill(-1);
  const hashes = new Int32Array(needles.length);
  let long = 0;
  for (let i = 0; i < needles.length; i++) {
    const n = needles[i]!;
    if (n.length === 0) continue;
    if (n.length < WINDOW) {
      short.push(i);
      continue;
    }
    let h = 0;
    for (let k = 0; k < WINDOW; k++) h = (Math.imul(h, BASE) + n.charCodeAt(k)) | 0;
    hashes[i] = h;
    chain[i] = head[h & mask]!;
    head[h & mask] = i;
    long++;
  }
  return {
    find(text: string): readonly number[] {
      let found: Set<number> | undefined;
      for (const i of short) if (text.includes(needles[i]!)) (found ??= new Set()).add(i);
      if (long > 0 && text.length >= WINDOW) {
        let h = 0;
        for (let k = 0; k < WINDOW; k++) h = (Math.imul(h, BASE) + text.charCodeAt(k)) | 0;
        for (let at = 0; ; at++) {
          for (let i = head[h & mask]!; i >= 0; i = chain[i]!) {
            if (hashes[i] === h && !found?.has(i) && text.startsWith(needles[i]!, at)) (found ??= new Set()).add(i);
          }
          const next = at + WINDOW;
          if (next >= text.length) break;
          h = (Math.imul((h - Math.imul(text.charCodeAt(at), HIGH)) | 0, BASE) + text.charCodeAt(next)) | 0;
        }
      }
      return found ? [...found].sort((a, b) => a - b) : NONE;
    },
  };
}

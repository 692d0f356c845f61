// Shannon entropy of a string: the one implementation, shared by detect (thresholds on candidate secrets)
// and model's safeDetails (token-like detail values). Pure arithmetic; knows nothing about patterns or files.

const asciiCounts = new Uint32Array(128);
/** Distinct ASCII codes seen by the current call, so that only those slots are read and cleared. */
const used = new Uint8Array(128);

/** Shannon entropy in bits per character (UTF-16 code units; non-ASCII counted per distinct unit). */
export function shannonEntropy(s: string): number {
  const n = s.length;
  if (n <= 1) return 0;
  let other: Map<number, number> | undefined;
  let seen = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if (asciiCounts[c]! === 0) used[seen++] = c;
      asciiCounts[c]!++;
    } else {
      other ??= new Map();
      other.set(c, (other.get(c) ?? 0) + 1);
    }
  }
  let h = 0;
  for (let k = 0; k < seen; k++) {
    const c = used[k]!;
    const p = asciiCounts[c]! / n;
    h -= p * Math.log2(p);
    asciiCounts[c] = 0;
  }
  if (other) {
    for (const count of other.values()) {
      const p = count / n;
      h -= p * Math.log2(p);
    }
  }
  return h;
}

// Line bookkeeping shared by every stage that reports positions: where each line starts, and
// offset -> line and column. Pure and allocation-light: one pass over the text, never split().

/**
 * Offsets of the first character of every line. "\r\n", "\n" and a lone "\r" each end a line,
 * so line numbers agree with what an editor shows. Always starts with 0; a trailing line break
 * opens one more (empty) line, as editors count it.
 */
export function lineIndex(text: string): number[] {
  const starts = [0];
  if (text.indexOf('\r') === -1) {
    // Fast path for the common case: only "\n" can end a line.
    let i = text.indexOf('\n');
    while (i !== -1) {
      starts.push(i + 1);
      i = text.indexOf('\n', i + 1);
    }
    return starts;
  }
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      starts.push(i + 1);
    } else if (c === 13) {
      if (i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** 0-based index of the line holding `offset`: the last line start at or before it (binary search). */
export function lineIndexAt(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((lineStarts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * 1-based line and column of a text offset; the column counts UTF-16 code units from the line start.
 * Offsets past the end are clamped to the last line.
 */
export function positionAt(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  const lo = lineIndexAt(lineStarts, offset);
  return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
}

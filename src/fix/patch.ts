// Unified diffs that `git apply` accepts (paths relative to the repository root, `a/` and `b/` prefixes),
// from the diff library's structured patch (a well-tested LCS, rather than a hand-written hunk writer).
import { createRequire } from 'node:module';
import type * as Diff from 'diff';

let diffLib: typeof Diff | undefined;

/** The diff library, loaded when a first patch is made (a scan whose findings carry no fix never loads it). */
function structuredPatch(...args: Parameters<typeof Diff.structuredPatch>): ReturnType<typeof Diff.structuredPatch> {
  diffLib ??= typeof require === 'function' ? (require('diff') as typeof Diff) : (createRequire(import.meta.url)('diff') as typeof Diff);
  return diffLib.structuredPatch(...args);
}
import type { FixHunk } from '../model/types.js';

/** One file's patch with a `diff --git` header, preceded by `# ` comment lines that git apply skips. */
export function filePatch(path: string, before: string, after: string, comments: readonly string[] = []): string {
  if (before === after) return '';
  const p = structuredPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, { context: 3 });
  const out = [...comments.map((c) => `# ${c.replace(/\n/g, ' ')}`), `diff --git a/${path} b/${path}`, `--- a/${path}`, `+++ b/${path}`];
  for (const h of p.hunks) {
    // jsdiff numbers an empty side by the line it comes before; unified diffs by the line it comes after.
    out.push(`@@ -${h.oldLines === 0 ? h.oldStart - 1 : h.oldStart},${h.oldLines} +${h.newLines === 0 ? h.newStart - 1 : h.newStart},${h.newLines} @@`);
    out.push(...h.lines);
  }
  return `${out.join('\n')}\n`;
}

/** The change as line hunks without context (old-file line numbers), for SARIF fixes and suggestions. */
export function lineHunks(before: string, after: string): FixHunk[] {
  if (before === after) return [];
  const p = structuredPatch('a', 'b', before, after, undefined, undefined, { context: 0 });
  return p.hunks.map((h) => {
    const insert = h.lines.filter((l) => l.startsWith('+')).map((l) => `${l.slice(1)}\n`);
    // With no old lines, jsdiff's start is the line the insertion comes before.
    return { startLine: h.oldStart, deleteLines: h.oldLines, insert };
  });
}

/** Old lines from..to (1-based) with the hunks inside that range applied: the text a suggestion proposes. */
export function rangeAfter(before: string, hunks: readonly FixHunk[], from: number, to: number): string {
  const lines = before.split('\n').map((l) => `${l}\n`);
  let out = '';
  let line = from;
  for (const h of [...hunks].sort((a, b) => a.startLine - b.startLine)) {
    if (h.startLine < from || h.startLine + h.deleteLines - 1 > to || h.startLine > to + 1) continue;
    while (line < h.startLine) out += lines[line++ - 1] ?? '';
    out += h.insert.join('');
    line = h.startLine + h.deleteLines;
  }
  while (line <= to) out += lines[line++ - 1] ?? '';
  return out;
}

// Unified diffs that `git apply` accepts (paths relative to the repository root, `a/` and `b/` prefixes),
// from the diff library's structured patch (a well-tested LCS, rather than a hand-written hunk writer).
import { structuredPatch } from 'diff';

/** One file's patch with a `diff --git` header, preceded by `# ` comment lines that git apply skips. */
export function filePatch(path: string, before: string, after: string, comments: readonly string[] = []): string {
  if (before === after) return '';
  const p = structuredPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, { context: 3 });
  const out = [...comments.map((c) => `# ${c.replace(/\n/g, ' ')}`), `diff --git a/${path} b/${path}`, `--- a/${path}`, `+++ b/${path}`];
  for (const h of p.hunks) {
    out.push(`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`);
    out.push(...h.lines);
  }
  return `${out.join('\n')}\n`;
}

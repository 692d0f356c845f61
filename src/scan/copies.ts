// One finding per secret across a file and its copies inside containers: a secret found in an archive
// entry (`app.zip!/.env`) and again in its extracted copy (`.env`) is one finding, the others listed in alsoAt.
import type { Finding } from '../model/types.js';

/** The separator between a container's path and an entry's name in it (`app.jar!/BOOT-INF/x.properties`). */
export const INNER_SEPARATOR = '!/';

/**
 * Findings of the same rule and secret where at least one sits inside a container: the kept one is a plain
 * file's when there is one (the copy people edit), else the least nested, else the first in report order;
 * each container copy is folded into it as `path:line` in `alsoAt` (sorted). Two plain files stay two
 * findings (that is reuse, NHI9). Expects `findings` in report order; returns the kept ones in that order.
 */
export function mergeContainerCopies(findings: Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.ruleId}\0${f.fingerprint}\0${f.commit?.sha ?? ''}`;
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
  }
  const dropped = new Set<Finding>();
  for (const g of groups.values()) {
    if (g.length < 2 || !g.some(isInner)) continue;
    const keep = g.reduce((best, f) => (nesting(f) < nesting(best) ? f : best));
    const copies = g.filter((f) => f !== keep && isInner(f));
    if (copies.length === 0) continue;
    keep.alsoAt = [...(keep.alsoAt ?? []), ...copies.map((f) => `${f.path}:${f.line}`)].sort();
    for (const f of copies) dropped.add(f);
  }
  return dropped.size === 0 ? findings : findings.filter((f) => !dropped.has(f));
}

function isInner(f: Finding): boolean {
  return f.path.includes(INNER_SEPARATOR);
}

function nesting(f: Finding): number {
  return f.path.split(INNER_SEPARATOR).length - 1;
}

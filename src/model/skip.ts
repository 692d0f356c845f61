// How a skipped file is described to users: the one home of the size wording (read stage and stdin
// source) and of the warning for a path the user named that was not scanned. Pure; no I/O.
import type { Skip } from './types.js';

const KiB = 1024;

/** 1536 -> "1.5 KiB", 10485760 -> "10 MiB", 12000000 -> "11.4 MiB": binary units, whole numbers without a decimal. */
export function formatSize(bytes: number): string {
  if (bytes < KiB) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = bytes / KiB;
  let u = 0;
  while (v >= KiB && u < units.length - 1) {
    v /= KiB;
    u++;
  }
  const shown = Number.isInteger(v) ? String(v) : v.toFixed(1);
  return `${shown} ${units[u]}`;
}

export function tooLargeSkip(path: string, size: number, max: number): Skip {
  return { path, reason: 'too-large', detail: `${formatSize(size)} > ${formatSize(max)} cap; raise --max-file-size to scan it` };
}

/** The warning for a path named on the command line (or stdin) that was not scanned. */
export function namedSkipWarning(s: Skip): string {
  return `${s.path} not scanned: ${s.reason}${s.detail ? ` (${s.detail})` : ''}`;
}

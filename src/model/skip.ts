// How a skipped file is described to users: the too-large skip (worded by model/size.ts) and the
// warning for a path the user named that was not scanned. Pure; no I/O.
import type { Skip } from './types.js';
import { tooLargeDetail } from './size.js';

export function tooLargeSkip(path: string, size: number, max: number): Skip {
  return { path, reason: 'too-large', detail: tooLargeDetail(size, max) };
}

/** The warning for a path named on the command line (or stdin) that was not scanned. */
export function namedSkipWarning(s: Skip): string {
  return `${s.path} not scanned: ${s.reason}${s.detail ? ` (${s.detail})` : ''}`;
}

// "Did you mean" for names users type (config keys, pattern ids, tags): edit distance on a normalized form.
// Pure; the one home of the rule so that config, catalog and directive messages suggest alike.
import { quoteUserText } from './secret.js';

/** The closest known name, by edit distance on a normalized form (case, '_' and '-' ignored); undefined when none is close. */
export function suggest(key: string, known: readonly string[]): string | undefined {
  const best = closest(key, known);
  if (!best) return undefined;
  const limit = Math.max(1, Math.floor(normalize(key).length / 3));
  return best.distance <= limit ? best.name : undefined;
}

/**
 * The closest known name whatever the distance (ties: the first in `known`). A name that starts with `key`
 * (`aws.access-key` for `aws.access-key-id`) counts as close as the letters it lacks.
 */
export function closest(key: string, known: readonly string[]): { name: string; distance: number } | undefined {
  const k = normalize(key);
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(k, normalize(name));
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best;
}

function normalize(s: string): string {
  return s.toLowerCase().replace(/[-_\s]/g, '');
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** How close (in edits) a name must be to a known public name to be echoed as written in a message. */
const ECHO_DISTANCE = 3;

/**
 * For "names no pattern" messages: the name as it may be shown (a near miss of a public name, at most 3 edits
 * away, is no secret and is shown as written; anything else by the userText rule) and the closest known name, when it is within half the name's length.
 */
export function unknownName(name: string, known: readonly string[]): { shown: string; near?: string } {
  const best = closest(name, known);
  const shown = best && best.distance <= ECHO_DISTANCE ? JSON.stringify(name) : quoteUserText(name);
  // A suggestion further than half the name away is noise (a pasted token is near no id).
  return best && best.distance <= Math.max(ECHO_DISTANCE, Math.floor(name.length / 2)) ? { shown, near: best.name } : { shown };
}

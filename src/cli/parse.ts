// Small parsers for command-line values; each failure is a UsageError naming the flag.
import { UsageError } from '../model/errors.js';
import { parseSize as parseSizeValue } from '../model/size.js';

/** Parses 1048576, 10MiB, 500KB, 2mb into bytes by the one size rule (model/size.ts: rounded down). */
export function parseSize(flag: string, value: string | number): number {
  const n = parseSizeValue(value);
  if (n === undefined) throw new UsageError(`${flag}: expected a size such as 10MiB, 500KB or 1048576; got "${value}"`);
  return n;
}

// Small parsers for command-line values; each failure is a UsageError naming the flag.
import { UsageError } from '../model/errors.js';

const UNITS: Record<string, number> = { '': 1, b: 1, kb: 1000, kib: 1024, mb: 1000 ** 2, mib: 1024 ** 2, gb: 1000 ** 3, gib: 1024 ** 3 };

/** Parses 1048576, 10MiB, 500KB, 2mb into bytes. */
export function parseSize(flag: string, value: string | number): number {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return Math.floor(value);
  const t = String(value).trim();
  const m = t.length <= 32 ? /^(\d+(?:\.\d+)?) ?([a-z]*)$/i.exec(t) : null;
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined || Number(m[1]) <= 0) {
    throw new UsageError(`${flag}: expected a size such as 10MiB, 500KB or 1048576; got "${value}"`);
  }
  return Math.floor(Number(m[1]) * unit);
}

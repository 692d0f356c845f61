// How keyshift prints a size to users: binary units (KiB, MiB, GiB), the same units `--max-file-size` and
// the docs use, in every message (summary, progress, skip details). parseSize is the one parser of sizes users write.

/** 512 -> "512 B", 1536 -> "1.5 KiB", 10485760 -> "10.0 MiB", 1073741824 -> "1.00 GiB". */
export function formatSize(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}

/** The detail of a 'too-large' skip: the size in binary units with the exact byte count, and the limit. */
export function tooLargeDetail(size: number, max: number): string {
  return `${formatSize(size)} (${size} bytes), over the limit of ${formatSize(max)} (raise --max-file-size to scan it)`;
}

const SIZE_UNITS: Readonly<Record<string, bigint>> = {
  '': 1n,
  b: 1n,
  kb: 1000n,
  kib: 1024n,
  mb: 1000n ** 2n,
  mib: 1024n ** 2n,
  gb: 1000n ** 3n,
  gib: 1024n ** 3n,
};

/**
 * The one size parser (`max-file-size` in .keyshift.yaml, `--max-file-size`, the Action input): a byte count
 * or a decimal number with an SI (KB, MB, GB) or IEC (KiB, MiB, GiB) unit, any case, one optional space.
 * '10MiB' -> 10485760, '500KB' -> 500000, '2048' or 2048 -> 2048, '1.5 kib' -> 1536.
 * Rounding: the byte count is rounded down (floor), computed exactly (no floating point), so a limit is
 * never above what was written: '0.1KiB' -> 102, '1.9999KB' -> 1999. A bare byte count must be a whole number
 * ('1.5' and 1.5 are refused: bytes have no fraction), and the result must be at least 1 byte and a safe integer.
 * Undefined when the value is not such a size; each caller words its own error.
 */
export function parseSize(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 ? value : undefined;
  // Trim first: adjacent optional-space runs in one regex backtrack quadratically on long padding.
  const t = value.trim();
  const m = t.length <= 32 ? /^(\d+)(?:\.(\d+))? ?([A-Za-z]*)$/.exec(t) : null;
  if (!m) return undefined;
  const unit = SIZE_UNITS[m[3]!.toLowerCase()];
  const fraction = m[2] ?? '';
  if (unit === undefined || (fraction !== '' && m[3] === '')) return undefined;
  const scaled = (BigInt(m[1]! + fraction) * unit) / 10n ** BigInt(fraction.length);
  return scaled >= 1n && scaled <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(scaled) : undefined;
}

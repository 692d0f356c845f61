// How keyshift prints a size to users: binary units (KiB, MiB, GiB), the same units `--max-file-size` and
// the docs use, in every message (summary, progress, skip details). Parsing sizes lives with the parsers.

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

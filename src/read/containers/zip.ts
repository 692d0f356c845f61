// Zip-family containers (.zip, .jar, .war, .whl, .nupkg, .apk): entries read from the central directory
// with fflate, in memory only. fflate because it is synchronous (the read stage is), has no dependencies,
// and inflates each entry into a buffer of its declared size, so a lying header cannot grow memory.
import type { UnzipFileInfo } from 'fflate';
import { fflateLib } from './libs.js';
import { cleanName, quoteName, ratioSkip, takeEntry, unsafeName, type Budget, type EntryOrSkip, type EntrySkip } from './limits.js';

/** Entries inflated per pass over the central directory: bounds memory to one batch, not the archive. */
const BATCH_BYTES = 32 * 1024 * 1024;

export function* zipEntries(bytes: Uint8Array, budget: Budget): Generator<EntryOrSkip> {
  let next = 0;
  let stopped = false;
  while (!stopped) {
    const skips: EntrySkip[] = [];
    const order: string[] = [];
    let index = -1;
    let batch = 0;
    let more = false;
    const filter = (f: UnzipFileInfo): boolean => {
      index++;
      if (index < next || more || stopped) return false;
      next = index + 1;
      if (f.name.endsWith('/')) return false;
      const bad = unsafeName(f.name);
      if (bad) {
        skips.push({ name: '', reason: 'archive-unsafe-path', detail: `entry ${quoteName(f.name)}: ${bad}; not read` });
        return false;
      }
      const name = cleanName(f.name);
      if (f.compression !== 0 && f.compression !== 8) {
        skips.push({ name, reason: 'archive-unsupported', detail: `compression method ${f.compression}` });
        return false;
      }
      if (f.compression === 8) {
        const bomb = ratioSkip(name, f.size, f.originalSize);
        if (bomb) {
          skips.push(bomb);
          return false;
        }
      }
      if (batch > 0 && batch + f.originalSize > BATCH_BYTES) {
        // Left for the next pass.
        next = index;
        more = true;
        return false;
      }
      const over = takeEntry(budget, f.originalSize);
      if (over) {
        skips.push(over);
        stopped = true;
        return false;
      }
      batch += f.originalSize;
      order.push(f.name);
      return true;
    };
    let files: Record<string, Uint8Array>;
    try {
      files = fflateLib().unzipSync(bytes, { filter });
    } catch (err) {
      // fflate's messages name the problem (invalid zip data, unknown compression), never the content.
      yield { name: '', reason: 'archive-unsupported', detail: `not a readable zip: ${err instanceof Error ? err.message : String(err)}` };
      return;
    }
    for (const s of skips) yield s;
    for (const raw of new Set(order)) {
      const data = files[raw];
      if (data) yield { name: cleanName(raw), data };
    }
    if (!more) return;
  }
}

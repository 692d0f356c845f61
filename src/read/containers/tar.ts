// Tarballs (.tar, .tgz, .tar.gz, npm package tarballs, image layers) and single gzip files: entries read
// with node-tar's Parser (synchronous when written to, as the read stage is; the parser npm itself uses,
// with pax and GNU long names), gzip inflated by fflate's streaming Gunzip in slices so that a bomb is
// counted as it expands. In memory only: the Parser never writes (extraction is node-tar's Unpack, unused).
import type { ReadEntry } from 'tar';
import { fflateLib, tarLib } from './libs.js';
import { formatSize } from '../../model/size.js';
import { cleanName, quoteName, ratioSkip, takeEntry, unsafeName, type Budget, type EntryOrSkip } from './limits.js';

/** Compressed bytes pushed per step: deflate expands at most 1032:1, so one step yields at most ~16 MiB. */
const GZ_SLICE = 16 * 1024;
const TAR_SLICE = 256 * 1024;
const FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);

export function isTar(bytes: Uint8Array): boolean {
  return bytes.length >= 262 && Buffer.from(bytes.subarray(257, 262)).toString('latin1') === 'ustar';
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 0x08;
}

/** What a tar entry is, read from its header only; `keep` says whether its bytes are wanted. */
export interface TarOptions {
  keep?: (name: string, size: number) => boolean;
}

/**
 * The entries of a tar, or of a gzip holding one; a gzip holding anything else is one entry named after
 * the file without `.gz` (`outerName`).
 */
export function* tarEntries(bytes: Uint8Array, budget: Budget, outerName: string, opts: TarOptions = {}): Generator<EntryOrSkip> {
  const ready: EntryOrSkip[] = [];
  let stopped = false;
  const parser = new (tarLib().Parser)({ strict: false, maxMetaEntrySize: 1024 * 1024 });
  parser.on('entry', (e: ReadEntry) => {
    if (stopped || !FILE_TYPES.has(e.type)) {
      e.resume();
      return;
    }
    const bad = unsafeName(e.path);
    if (bad) {
      ready.push({ name: '', reason: 'archive-unsafe-path', detail: `entry ${quoteName(e.path)}: ${bad}; not read` });
      e.resume();
      return;
    }
    const name = cleanName(e.path);
    const size = e.size ?? 0;
    if (opts.keep && !opts.keep(name, size)) {
      e.resume();
      return;
    }
    const over = takeEntry(budget, size);
    if (over) {
      ready.push(over);
      stopped = true;
      e.resume();
      return;
    }
    const chunks: Buffer[] = [];
    e.on('data', (c: Buffer) => chunks.push(c));
    e.on('end', () => ready.push({ name, data: Buffer.concat(chunks) }));
  });
  parser.on('warn', () => undefined);

  if (!isGzip(bytes)) {
    try {
      for (let at = 0; at < bytes.length && !stopped; at += TAR_SLICE) {
        parser.write(Buffer.from(bytes.buffer, bytes.byteOffset + at, Math.min(TAR_SLICE, bytes.length - at)));
        yield* ready.splice(0);
      }
      parser.end();
    } catch (err) {
      // node-tar unzips what starts like a gzip itself, and throws on a broken one (a ustar magic at 257 behind
      // 1f 8b 00: not a gzip for isGzip); a bad header throws too. Either is an unreadable tarball, as in zip.ts.
      yield* ready.splice(0);
      yield { name: '', reason: 'archive-unsupported', detail: `not a readable tar: ${err instanceof Error ? err.message : String(err)}` };
      return;
    }
    yield* ready.splice(0);
    return;
  }

  // gzip: ISIZE (the last four bytes, the size mod 2^32) catches the plain bomb after the first slice
  // (which proves the bytes are deflate at all, at most GZ_SLICE x 1032 bytes out); the running count
  // catches one that lies.
  const isize = bytes.length >= 18 ? Buffer.from(bytes.buffer, bytes.byteOffset + bytes.length - 4, 4).readUInt32LE(0) : 0;
  const cap = budget.limits.maxBytes;
  let expanded = 0;
  let mode = 'unknown' as 'unknown' | 'tar' | 'single';
  let head: Uint8Array[] = [];
  const single: Uint8Array[] = [];
  const feed = (chunk: Uint8Array): void => {
    if (mode === 'tar') parser.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
    else single.push(chunk);
  };
  const gunzip = new (fflateLib().Gunzip)((chunk) => {
    if (stopped) return;
    expanded += chunk.length;
    if (expanded > cap) {
      ready.push({ name: '', reason: 'archive-limit', detail: `gzip expands past ${formatSize(cap)} (--archive-max-bytes); the rest was not read` });
      stopped = true;
      return;
    }
    if (mode === 'unknown') {
      head.push(chunk);
      const joined = Buffer.concat(head);
      if (joined.length < 512) {
        head = [joined];
        return;
      }
      mode = isTar(joined) ? 'tar' : 'single';
      head = [];
      feed(joined);
      return;
    }
    feed(chunk);
  });
  try {
    for (let at = 0; at < bytes.length && !stopped; at += GZ_SLICE) {
      const end = Math.min(bytes.length, at + GZ_SLICE);
      gunzip.push(bytes.subarray(at, end), end === bytes.length);
      const bomb = at === 0 ? ratioSkip('', bytes.length, isize) : undefined;
      if (bomb) {
        yield bomb;
        return;
      }
      yield* ready.splice(0);
    }
  } catch (err) {
    yield* ready.splice(0);
    yield { name: '', reason: 'archive-unsupported', detail: `not readable gzip: ${err instanceof Error ? err.message : String(err)}` };
    return;
  }
  if (mode === 'unknown' && head.length > 0) {
    mode = 'single';
    single.push(...head);
  }
  if (mode === 'tar') {
    try {
      parser.end();
    } catch (err) {
      yield* ready.splice(0);
      yield { name: '', reason: 'archive-unsupported', detail: `not a readable tar: ${err instanceof Error ? err.message : String(err)}` };
      return;
    }
    yield* ready.splice(0);
    return;
  }
  yield* ready.splice(0);
  if (stopped || single.length === 0) return;
  const data = Buffer.concat(single);
  const over = takeEntry(budget, data.length);
  if (over) {
    yield over;
    return;
  }
  yield { name: outerName.replace(/\.(t?gz|gzip)$/i, (m) => (m.toLowerCase() === '.tgz' ? '.tar' : '')) || 'data', data };
}

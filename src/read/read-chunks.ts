// Big files as a sequence of overlapping decoded views, so memory stays bounded whatever the file's size.
// Owns the chunk bookkeeping (offsets, lines, ownership); knows nothing of patterns and never detects.
import type { Blob } from '../model/types.js';
import { lineIndex, lineIndexAt } from '../model/text.js';

/**
 * Files larger than this are read in chunks instead of whole. Whole, a file costs its bytes plus its
 * decoded string (up to twice the bytes for non-Latin-1 text) plus its line index at once; at 100 MiB that
 * alone is 300 MiB. Below a few MiB whole reads are faster (one decode, one keyword pass) and almost every
 * source file is far below it; 8 MiB keeps the whole-file path for everything the bench corpus holds.
 */
export const CHUNK_THRESHOLD = 8 * 1024 * 1024;

/** Bytes decoded per chunk: large enough that the overlap is a small share of the work (64 KiB of 4 MiB). */
export const CHUNK_SIZE = 4 * 1024 * 1024;

export interface ChunkOptions {
  /** Bytes read per step (CHUNK_SIZE); also the size of the part of the text each chunk owns. */
  chunkSize?: number;
  /** UTF-16 units of context kept before and after the owned part of each chunk. */
  overlap: number;
}

/** One decoded view of a big file. Offsets, lines and columns of the view map to the whole file. */
export interface TextChunk {
  /** The view: text from `offset` to at least `ownEnd + overlap` (or the end of the file). */
  blob: Blob;
  /** Absolute UTF-16 offset of blob.text[0] in the whole decoded file. */
  offset: number;
  /** Line breaks before the view: a 1-based line L in the view is line L + lineBase of the file. */
  lineBase: number;
  /** UTF-16 units from the start of the view's first line to the view: add to columns on view line 1. */
  columnBase: number;
  /** Absolute offsets [ownStart, ownEnd): a match or directive starting here is this chunk's, and no other's. */
  ownStart: number;
  ownEnd: number;
}

export interface ChunkedFile {
  chunked: true;
  path: string;
  /** The whole file's size in bytes. */
  bytes: number;
  encoding: Blob['encoding'];
  /** The views in order; the source is closed when the iteration ends (or is abandoned by break/throw). */
  chunks(): Generator<TextChunk, void, undefined>;
}

/** Reads up to `length` bytes at `position` into `buf`; returns the count (0 at the end). */
export type ReadAt = (buf: Buffer, length: number, position: number) => number;

/**
 * A chunked view of `size` bytes behind `readAt`, decoded as `encoding` after a BOM of `bom` bytes.
 * TextDecoder in stream mode carries a multi-byte UTF-8 sequence (or a UTF-16 code unit) cut by a read
 * boundary over to the next read, so the text is exactly what a whole-file decode gives.
 */
export function chunkedFile(
  path: string,
  size: number,
  encoding: Blob['encoding'],
  bom: number,
  readAt: ReadAt,
  close: () => void,
  opts: ChunkOptions,
): ChunkedFile {
  const chunkSize = Math.max(16, opts.chunkSize ?? CHUNK_SIZE);
  const overlap = Math.max(0, opts.overlap);
  return {
    chunked: true,
    path,
    bytes: size,
    encoding,
    *chunks() {
      try {
        yield* views(path, size, encoding, bom, readAt, chunkSize, overlap);
      } finally {
        close();
      }
    },
  };
}

function* views(
  path: string,
  size: number,
  encoding: Blob['encoding'],
  bom: number,
  readAt: ReadAt,
  chunkSize: number,
  overlap: number,
): Generator<TextChunk, void, undefined> {
  const decoder = new TextDecoder(encoding === 'utf-8' ? 'utf-8' : 'utf-16le', { fatal: false, ignoreBOM: true });
  const piece = Buffer.allocUnsafe(chunkSize);
  let position = bom;
  let eof = position >= size;
  // A UTF-16 BE byte left over from an odd-length read, swapped together with the next one.
  let carry: number | undefined;
  let text = eof ? decoder.decode() : '';
  let offset = 0;
  let lineBase = 0;
  let columnBase = 0;
  let ownStart = 0;
  const readMore = (): void => {
    const n = position < size ? readAt(piece, Math.min(chunkSize, size - position), position) : 0;
    if (n === 0) {
      eof = true;
      text += decoder.decode();
      return;
    }
    position += n;
    let bytes: Uint8Array = piece.subarray(0, n);
    if (encoding === 'utf-16be') bytes = swapped(bytes, carry, (c) => (carry = c));
    text += decoder.decode(bytes, { stream: true });
  };
  for (;;) {
    // The owned part plus `overlap` after it, so that what starts in the owned part is seen whole.
    while (!eof && offset + text.length < ownStart + chunkSize + overlap) readMore();
    const end = offset + text.length;
    const ownEnd = eof ? end : ownStart + chunkSize;
    const lineStarts = lineIndex(text);
    yield { blob: { path, text, lineStarts, encoding, bytes: size }, offset, lineBase, columnBase, ownStart, ownEnd };
    if (ownEnd >= end) return;
    // Keep `overlap` before the next owned part; count the lines of what is dropped.
    const cut = Math.max(ownEnd - overlap, offset) - offset;
    const li = lineIndexAt(lineStarts, cut);
    const lineStart = lineStarts[li]!;
    columnBase = li === 0 ? columnBase + cut : cut - lineStart;
    lineBase += li;
    offset += cut;
    text = text.slice(cut);
    ownStart = ownEnd;
  }
}

/** `bytes` byte-swapped in pairs, with a byte carried from the previous read and an odd last byte carried on. */
function swapped(bytes: Uint8Array, carry: number | undefined, setCarry: (c: number | undefined) => void): Uint8Array {
  const all = carry === undefined ? Buffer.from(bytes) : Buffer.concat([Buffer.of(carry), bytes]);
  const even = all.length & ~1;
  setCarry(even < all.length ? all[even] : undefined);
  return all.subarray(0, even).swap16();
}

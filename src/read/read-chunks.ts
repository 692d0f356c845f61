// Big files as a sequence of overlapping decoded views, so memory stays bounded whatever the file's size.
// Owns the chunk bookkeeping (offsets, lines, ownership); knows nothing of patterns and never detects.
import type { Blob } from '../model/types.js';
import { lineIndex, lineIndexAt } from '../model/text.js';

/**
 * Files larger than this are read in chunks instead of whole. Whole, a file costs its bytes plus its
 * decoded string (up to twice the bytes for non-Latin-1 text) plus its line index at once; at 100 MiB that
 * alone is 300 MiB. A few MiB keeps whole reads (one decode, one keyword pass, the structured and posture
 * detectors) for every ordinary source and config file; in the bench corpus only two bundles (8.9 and
 * 12.3 MB) are over it, and their findings are identical either way.
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
  // Room for a read plus the bytes of a character cut by the previous one (at most 3 of UTF-8, 3 of UTF-16).
  const piece = Buffer.allocUnsafe(chunkSize + 4);
  let kept = 0;
  let position = bom;
  let eof = position >= size;
  // The view as decoded pieces, joined once per chunk: a string built with += is a rope (ConsString) that
  // the keyword pass would read character by character through its tree.
  let parts: string[] = [];
  let length = 0;
  let offset = 0;
  let lineBase = 0;
  let columnBase = 0;
  let ownStart = 0;
  /**
   * Reads one piece and decodes it up to its last whole character; the rest is carried to the next read.
   * Each piece is decoded on its own rather than with `stream: true`, which in Node leaves the fast UTF-8
   * path and yields two-byte strings even for ASCII (measured: reading twice and matching 2x slower).
   */
  const readMore = (want: number): void => {
    // A character is at least one byte (two in UTF-16): read what the view still lacks, not a whole chunk more.
    const bytesWanted = Math.max(encoding === 'utf-8' ? want : 2 * want, 4096);
    const n = position < size ? readAt(piece.subarray(kept), Math.min(chunkSize, size - position, bytesWanted), position) : 0;
    if (n === 0) eof = true;
    position += n;
    const total = kept + n;
    const whole = eof ? finalLength(piece, total, encoding) : completeLength(piece, total, encoding);
    let bytes: Uint8Array = piece.subarray(0, whole);
    if (encoding === 'utf-16be') bytes = Buffer.from(bytes).swap16();
    const decoded = decoder.decode(bytes);
    piece.copy(piece, 0, whole, total);
    kept = eof ? 0 : total - whole;
    parts.push(decoded);
    length += decoded.length;
  };
  if (eof) readMore(0);
  for (;;) {
    // The owned part plus `overlap` after it, so that what starts in the owned part is seen whole.
    while (!eof && offset + length < ownStart + chunkSize + overlap) readMore(ownStart + chunkSize + overlap - offset - length);
    const text = parts.join('');
    const end = offset + length;
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
    parts = [text.slice(cut)];
    length = text.length - cut;
    ownStart = ownEnd;
  }
}

/**
 * How many of the first `n` bytes end on a whole character, so that decoding them alone gives what a
 * whole-file decode gives: UTF-8 stops before a lead byte whose sequence is cut, UTF-16 at an even length
 * and before a high surrogate whose low half is still to come.
 */
export function completeLength(bytes: Uint8Array, n: number, encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'latin1'): number {
  if (encoding === 'latin1') return n;
  if (encoding === 'utf-8') {
    // Up to 3 continuation bytes (10xxxxxx) back to the lead byte of the last sequence.
    for (let i = n - 1, back = 0; i >= 0 && back < 4; i--, back++) {
      const b = bytes[i]!;
      if ((b & 0xc0) === 0x80) continue;
      const need = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xc2 && b <= 0xdf ? 2 : 1;
      return i + need > n ? i : n;
    }
    return n;
  }
  let even = n & ~1;
  const high = encoding === 'utf-16le' ? bytes[even - 1] : bytes[even - 2];
  if (even >= 2 && high !== undefined && high >= 0xd8 && high <= 0xdb) even -= 2;
  return even;
}

/** At the end of the file every byte is decoded, as a whole read does (UTF-16 BE drops an odd last byte). */
function finalLength(_bytes: Uint8Array, n: number, encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'latin1'): number {
  return encoding === 'utf-16be' ? n & ~1 : n;
}

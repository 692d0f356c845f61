// The read stage: one SourceItem -> a decoded Blob, or a Skip saying why not. Reads each file once,
// checks type and size before reading, never opens anything but a regular file, and never throws for a bad file.
import * as fs from 'node:fs';
import type { Blob, Skip, SkipReason, SourceItem } from '../model/types.js';
import { tooLargeSkip } from '../model/skip.js';
import { lineIndex } from '../model/text.js';
import { binaryReason, controlShare, guessUtf16, magicName } from './sniff.js';
import { CHUNK_SIZE, CHUNK_THRESHOLD, chunkedFile, type ChunkedFile } from './read-chunks.js';

export { CHUNK_SIZE, CHUNK_THRESHOLD, type ChunkedFile, type TextChunk } from './read-chunks.js';

export interface ReadOptions {
  /** Files (or in-memory contents) larger than this many bytes are skipped as 'too-large' unread. */
  maxFileSize: number;
}

export interface ChunkedReadOptions extends ReadOptions {
  /** Larger files (or contents) come back as a ChunkedFile (CHUNK_THRESHOLD; lowered by tests). */
  chunkThreshold?: number;
  /** Bytes per chunk (CHUNK_SIZE; lowered by tests). */
  chunkSize?: number;
  /** UTF-16 units of context either side of each chunk's owned part: the detector's longest reach. */
  overlap: number;
}

/** More than this share of U+FFFD replacement characters and the text is not worth scanning. */
const MAX_REPLACEMENT_SHARE = 0.3;

// O_NONBLOCK keeps a FIFO swapped in after the stat from blocking the open; it is 0 on Windows.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/** One file read whole: for callers that hold the text at once (small files, examples, the GitHub source). */
export function readBlob(item: SourceItem, opts: ReadOptions): Blob | Skip {
  return readItem(item, { ...opts, chunkThreshold: Infinity, overlap: 0 }) as Blob | Skip;
}

/**
 * Like readBlob, but a file over the chunk threshold is sniffed on its first chunk (binary, encoding) and
 * returned as a ChunkedFile that owns the open descriptor until its chunks are iterated.
 */
export function readItem(item: SourceItem, opts: ChunkedReadOptions): Blob | Skip | ChunkedFile {
  const threshold = opts.chunkThreshold ?? CHUNK_THRESHOLD;
  const chunkSize = opts.chunkSize ?? CHUNK_SIZE;
  if (item.content) {
    const content = item.content;
    if (content.length > opts.maxFileSize) return tooLarge(item.path, content.length, opts.maxFileSize);
    if (content.length <= threshold) return decodeBytes(item.path, content);
    const readAt = (buf: Buffer, length: number, position: number): number => {
      const part = content.subarray(position, position + length);
      buf.set(part);
      return part.length;
    };
    return openChunked(item.path, content.length, content.subarray(0, chunkSize), readAt, () => undefined, opts);
  }
  if (!item.absPath) return skip(item.path, 'unreadable', 'no file path and no content');
  const abs = item.absPath;
  try {
    // stat (following a symlink) before opening: a FIFO, socket or device is never opened.
    const st = fs.statSync(abs);
    if (!st.isFile()) return skip(item.path, 'not-a-regular-file', fileKind(st));
    if (st.size > opts.maxFileSize) return tooLarge(item.path, st.size, opts.maxFileSize);
  } catch (err) {
    return skipForError(item.path, err);
  }
  let fd: number;
  try {
    fd = fs.openSync(abs, OPEN_FLAGS);
  } catch (err) {
    return skipForError(item.path, err);
  }
  let bytes: Buffer;
  try {
    // fstat the open descriptor too: the path may have been replaced between stat and open.
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return skip(item.path, 'not-a-regular-file', fileKind(st));
    if (st.size > opts.maxFileSize) return tooLarge(item.path, st.size, opts.maxFileSize);
    if (st.size > threshold) {
      const open = fd;
      const readAt = (buf: Buffer, length: number, position: number): number => fs.readSync(open, buf, 0, length, position);
      const head = Buffer.allocUnsafe(Math.min(chunkSize, st.size));
      const got = readAt(head, head.length, 0);
      const chunked = openChunked(item.path, st.size, head.subarray(0, got), readAt, () => fs.closeSync(open), opts);
      // The descriptor now belongs to the ChunkedFile (closed when its chunks are iterated); not closed below.
      if ('chunked' in chunked) fd = -1;
      return chunked;
    }
    bytes = readWhole(fd, st.size);
  } catch (err) {
    return skipForError(item.path, err);
  } finally {
    if (fd !== -1) fs.closeSync(fd);
  }
  try {
    return decodeBytes(item.path, bytes);
  } catch (err) {
    // A string longer than V8 allows; only reachable with a very large maxFileSize.
    return skip(item.path, 'too-large', `could not decode: ${errorSummary(err)}`);
  }
}

/**
 * The first chunk decides what the whole file is, as the first bytes do for a whole read: binary (with the
 * signature head kept for the key-store detectors), mostly undecodable, or text in one encoding.
 */
function openChunked(path: string, size: number, head: Uint8Array, readAt: (buf: Buffer, length: number, position: number) => number, close: () => void, opts: ChunkedReadOptions): Blob | Skip | ChunkedFile {
  // The caller closes the source unless a ChunkedFile comes back (which then owns it).
  const sniffed = decodeBytes(path, head);
  if (!('text' in sniffed)) return sniffed;
  const bom = bomLength(head, sniffed.encoding);
  return chunkedFile(path, size, sniffed.encoding, bom, readAt, close, { chunkSize: opts.chunkSize, overlap: opts.overlap });
}

function bomLength(bytes: Uint8Array, encoding: Blob['encoding']): number {
  if (encoding === 'utf-8') return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (encoding === 'utf-16le') return bytes[0] === 0xff && bytes[1] === 0xfe ? 2 : 0;
  if (encoding === 'utf-16be') return bytes[0] === 0xfe && bytes[1] === 0xff ? 2 : 0;
  return 0;
}

/**
 * One read buffer per thread, reused for every file up to POOL_MAX bytes: the bytes are decoded into a
 * string before the next read, and a Blob never keeps a reference to them. Saves an allocation (and the
 * garbage) per file.
 */
const POOL_MAX = 16 * 1024 * 1024;
let pool: Buffer = Buffer.allocUnsafe(64 * 1024);

/**
 * Reads up to `size` bytes: a file that grows while read is cut at its stat size, one that shrinks is shorter.
 * The result may be a view of the shared read buffer, valid only until the next call.
 */
function readWhole(fd: number, size: number): Buffer {
  let buf: Buffer;
  if (size <= pool.length) buf = pool;
  else if (size <= POOL_MAX) buf = pool = Buffer.allocUnsafe(Math.min(POOL_MAX, Math.max(size, pool.length * 2)));
  else buf = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const n = fs.readSync(fd, buf, filled, size - filled, null);
    if (n === 0) break;
    filled += n;
  }
  return filled === buf.length ? buf : buf.subarray(0, filled);
}

/**
 * Bytes -> Blob, or Skip for binary content and mostly-undecodable text. Handles UTF-8 (BOM stripped),
 * UTF-16 LE/BE with a BOM, mostly-ASCII UTF-16 without one, and invalid UTF-8 (decoded with
 * replacement characters unless more than 30% of the text would be replacements).
 */
export function decodeBytes(path: string, bytes: Uint8Array): Blob | Skip {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) return finish(path, bytes, 'utf-8', 3);
  if (b0 === 0xff && b1 === 0xfe) {
    // FF FE 00 00 is the UTF-32 LE BOM; UTF-32 is not supported and reads as binary below.
    if (!(bytes[2] === 0 && bytes[3] === 0)) return finish(path, bytes, 'utf-16le', 2);
  } else if (b0 === 0xfe && b1 === 0xff) {
    return finish(path, bytes, 'utf-16be', 2);
  }
  const magic = magicName(bytes);
  if (magic) return binarySkip(path, bytes, magic);
  const utf16 = guessUtf16(bytes);
  if (utf16) {
    const blob = finish(path, bytes, utf16, 0);
    // A mostly-ASCII UTF-16 guess that decodes to control characters was binary after all.
    if ('text' in blob && controlShare(blob.text) > 0.1) return binarySkip(path, bytes, 'control characters');
    return blob;
  }
  const why = binaryReason(bytes);
  if (why) return binarySkip(path, bytes, why);
  return finish(path, bytes, 'utf-8', 0);
}

const UTF8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
const UTF16LE = new TextDecoder('utf-16le', { fatal: false, ignoreBOM: true });

function finish(path: string, bytes: Uint8Array, encoding: Blob['encoding'], bom: number): Blob | Skip {
  let body = bytes.subarray(bom);
  let text: string;
  if (encoding === 'utf-8') {
    text = UTF8.decode(body);
  } else {
    if (encoding === 'utf-16be') {
      // Swap to little-endian on a copy rather than rely on ICU's utf-16be decoder.
      const even = Buffer.from(body.subarray(0, body.length & ~1));
      body = even.swap16();
    }
    text = UTF16LE.decode(body);
  }
  const bad = countReplacements(text);
  if (bad > 0 && bad > text.length * MAX_REPLACEMENT_SHARE) {
    return skip(path, 'invalid-encoding', `${bad} of ${text.length} characters are not valid ${encoding}`);
  }
  return { path, text, lineStarts: lineIndex(text), encoding, bytes: bytes.length };
}

function countReplacements(text: string): number {
  let count = 0;
  let i = text.indexOf('\uFFFD');
  while (i !== -1) {
    count++;
    i = text.indexOf('\uFFFD', i + 1);
  }
  return count;
}

/**
 * The first bytes of a file skipped as binary (latin1), for the signature detectors (PKCS#12, Java key
 * stores): kept beside the Skip, never on it, so no report or log can carry file content.
 */
const binaryHeads = new WeakMap<Skip, string>();
export const SIGNATURE_BYTES = 64;

export function binaryHead(s: Skip): string | undefined {
  return binaryHeads.get(s);
}

function binarySkip(path: string, bytes: Uint8Array, detail: string): Skip {
  const s = skip(path, 'binary', detail);
  binaryHeads.set(s, Buffer.from(bytes.subarray(0, SIGNATURE_BYTES)).toString('latin1'));
  return s;
}

function skip(path: string, reason: SkipReason, detail?: string): Skip {
  return detail === undefined ? { path, reason } : { path, reason, detail };
}

function tooLarge(path: string, size: number, max: number): Skip {
  return tooLargeSkip(path, size, max);
}

function fileKind(st: fs.Stats): string {
  if (st.isDirectory()) return 'directory';
  if (st.isFIFO()) return 'FIFO (named pipe)';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice()) return 'character device';
  if (st.isBlockDevice()) return 'block device';
  return 'not a regular file';
}

/** Maps an fs error to a Skip; the message keeps the code, never file content. */
function skipForError(path: string, err: unknown): Skip {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return skip(path, 'vanished', 'deleted or moved during the scan');
    case 'ELOOP':
      return skip(path, 'symlink-loop', 'too many levels of symbolic links');
    case 'EISDIR':
      return skip(path, 'not-a-regular-file', 'directory');
    case 'EACCES':
    case 'EPERM':
      return skip(path, 'unreadable', 'permission denied');
    default:
      return skip(path, 'unreadable', errorSummary(err));
  }
}

function errorSummary(err: unknown): string {
  const e = err as NodeJS.ErrnoException | undefined;
  if (e?.code) return `${e.code}${e.syscall ? ` (${e.syscall})` : ''}`;
  return e instanceof Error ? e.message.split('\n')[0] ?? 'error' : String(err);
}

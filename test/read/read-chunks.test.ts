// Tests for chunked reads (issue 14 item 6): the owned parts of the views put together are the whole
// decoded text, and view offsets, lines and columns map to the whole file, across multi-byte characters,
// line breaks and encodings cut by a read boundary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { decodeBytes, readItem, type ChunkedFile, type TextChunk } from '../../src/read/read-blob.js';
import { positionAt } from '../../src/model/text.js';
import type { Blob, Skip } from '../../src/model/types.js';

function tmpFile(name: string, bytes: Uint8Array): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keyshift-chunks-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

function asChunked(r: Blob | Skip | ChunkedFile): ChunkedFile {
  assert.ok('chunked' in r, `expected a ChunkedFile, got ${'reason' in r ? `Skip ${r.reason}` : 'a Blob'}`);
  return r;
}

function wholeText(bytes: Uint8Array): Blob {
  const b = decodeBytes('x.txt', bytes);
  assert.ok('text' in b);
  return b;
}

/** Every view's owned text in order, and each view's positions checked against the whole file's line index. */
function checkViews(chunks: TextChunk[], whole: Blob): string {
  let owned = '';
  let expectedStart = 0;
  for (const c of chunks) {
    assert.equal(c.ownStart, expectedStart, 'owned parts are contiguous');
    assert.ok(c.offset <= c.ownStart && c.ownEnd <= c.offset + c.blob.text.length, 'the view holds its owned part');
    owned += c.blob.text.slice(c.ownStart - c.offset, c.ownEnd - c.offset);
    for (let p = 0; p < c.blob.text.length; p += 7) {
      const local = positionAt(c.blob.lineStarts, p);
      const abs = positionAt(whole.lineStarts, c.offset + p);
      assert.deepEqual({ line: local.line + c.lineBase, column: local.line === 1 ? local.column + c.columnBase : local.column }, abs, `view at ${c.offset}, position ${p}`);
    }
    expectedStart = c.ownEnd;
  }
  assert.equal(expectedStart, whole.text.length, 'the owned parts end at the end of the text');
  return owned;
}

// Two-, three- and four-byte UTF-8 characters, and every kind of line break, in runs that no read
// boundary of 61 bytes lines up with.
const MIXED = 'héllo wörld € 😀 ascii text\r\nsecond line ✓\nthird\rfourth 𝄞 line with a longer tail of text\n';

test('chunks: UTF-8 cut inside a character decodes as a whole read does, and owned parts are the whole text', () => {
  const text = MIXED.repeat(300);
  const bytes = Buffer.from(text, 'utf8');
  // Control: the 61-byte reads really do cut multi-byte sequences (a continuation byte right after a cut).
  let cutsInside = 0;
  for (let at = 61; at < bytes.length; at += 61) if (((bytes[at] as number) & 0xc0) === 0x80) cutsInside++;
  assert.ok(cutsInside > 50, `only ${cutsInside} reads end inside a character`);
  const file = tmpFile('mixed.txt', bytes);
  const chunked = asChunked(readItem({ path: 'mixed.txt', absPath: file }, { maxFileSize: 1 << 30, chunkThreshold: 1000, chunkSize: 61, overlap: 40 }));
  assert.equal(chunked.encoding, 'utf-8');
  assert.equal(chunked.bytes, bytes.length);
  const chunks = [...chunked.chunks()];
  assert.ok(chunks.length > 100);
  const owned = checkViews(chunks, wholeText(bytes));
  assert.equal(owned, text);
  assert.equal(owned.includes('\uFFFD'), false);
});

test('chunks: invalid UTF-8 cut by a read gives the same replacement characters as a whole read', () => {
  // Truncated sequences, lone continuation bytes, overlong and out-of-range leads, between valid text.
  const bad = Buffer.from([0xe2, 0x82, 0x41, 0x80, 0xbf, 0xc0, 0xaf, 0xf0, 0x9f, 0x98, 0x0a, 0xf5, 0xed, 0xa0, 0x80, 0xc3]);
  const unit = Buffer.concat([Buffer.from('ok é some valid text around the bad bytes, '), bad, Buffer.from(' 😀 and more valid text\n')]);
  const bytes = Buffer.concat(Array.from({ length: 400 }, () => unit));
  const whole = wholeText(bytes);
  // Control: the whole read does hold replacement characters, so equality below is not between clean texts.
  assert.ok(whole.text.split('\uFFFD').length > 400 * 5);
  for (const chunkSize of [16, 17, 61, 64]) {
    const chunked = asChunked(readItem({ path: 'bad.txt', content: bytes }, { maxFileSize: 1 << 30, chunkThreshold: 100, chunkSize, overlap: 20 }));
    assert.equal(checkViews([...chunked.chunks()], whole), whole.text, `chunk size ${chunkSize}`);
  }
});

test('chunks: a UTF-8 BOM is dropped once; in-memory content is chunked like a file', () => {
  const text = MIXED.repeat(50);
  const bytes = Buffer.concat([Buffer.of(0xef, 0xbb, 0xbf), Buffer.from(text, 'utf8')]);
  const chunked = asChunked(readItem({ path: 'bom.txt', content: bytes }, { maxFileSize: 1 << 30, chunkThreshold: 100, chunkSize: 64, overlap: 10 }));
  assert.equal(checkViews([...chunked.chunks()], wholeText(bytes)), text);
});

test('chunks: UTF-16 LE and BE with a BOM, read in odd-sized steps, decode as a whole read does', () => {
  const text = MIXED.repeat(40);
  const le = Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from(text, 'utf16le')]);
  const be = Buffer.concat([Buffer.of(0xfe, 0xff), Buffer.from(text, 'utf16le').swap16()]);
  for (const [name, bytes, encoding] of [['le.txt', le, 'utf-16le'], ['be.txt', be, 'utf-16be']] as const) {
    const file = tmpFile(name, bytes);
    // Several read sizes, odd and even, so that reads end inside a code unit and between surrogate halves.
    for (let chunkSize = 64; chunkSize < 96; chunkSize++) {
      const chunked = asChunked(readItem({ path: name, absPath: file }, { maxFileSize: 1 << 30, chunkThreshold: 100, chunkSize, overlap: 30 }));
      assert.equal(chunked.encoding, encoding);
      assert.equal(checkViews([...chunked.chunks()], wholeText(bytes)), text, `${name}, chunk size ${chunkSize}`);
    }
  }
});

test('chunks: the first chunk decides binary; a NUL past it does not', () => {
  const text = Buffer.from('plain text line\n'.repeat(2000));
  const early = Buffer.from(text);
  early[10] = 0;
  const late = Buffer.from(text);
  late[late.length - 10] = 0;
  const opts = { maxFileSize: 1 << 30, chunkThreshold: 1000, chunkSize: 8192, overlap: 100 };
  const skip = readItem({ path: 'early.bin', absPath: tmpFile('early.bin', early) }, opts);
  assert.ok('reason' in skip && skip.reason === 'binary', JSON.stringify(skip));
  // Control: the same bytes with the NUL beyond the first chunk are read as text, to the end.
  const chunked = asChunked(readItem({ path: 'late.bin', absPath: tmpFile('late.bin', late) }, opts));
  const owned = [...chunked.chunks()].map((c) => c.blob.text.slice(c.ownStart - c.offset, c.ownEnd - c.offset)).join('');
  assert.equal(owned.length, late.length);
  assert.equal(owned.indexOf('\0'), late.length - 10);
});

test('chunks: files at or under the threshold are read whole; the size cap still applies first', () => {
  const bytes = Buffer.from('a = 1\n'.repeat(100));
  const file = tmpFile('small.txt', bytes);
  const whole = readItem({ path: 'small.txt', absPath: file }, { maxFileSize: 1 << 30, chunkThreshold: bytes.length, overlap: 10 });
  assert.ok('text' in whole && whole.text === bytes.toString());
  const over = readItem({ path: 'small.txt', absPath: file }, { maxFileSize: 100, chunkThreshold: 10, overlap: 10 });
  assert.ok('reason' in over && over.reason === 'too-large');
  // Control: one byte over the threshold is chunked.
  asChunked(readItem({ path: 'small.txt', absPath: file }, { maxFileSize: 1 << 30, chunkThreshold: bytes.length - 1, overlap: 10 }));
});

// Tests for the read stage: decoding, binary sniffing, line index, and readBlob on hostile files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { decodeBytes, readBlob } from '../../src/read/read-blob.js';
import { lineIndex, positionAt } from '../../src/model/text.js';
import type { Blob, Skip } from '../../src/model/types.js';

const MiB = 1024 * 1024;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function tmpdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'keyshift-read-'));
}

function asBlob(r: Blob | Skip): Blob {
  assert.ok('text' in r, `expected a Blob, got Skip ${JSON.stringify(r)}`);
  return r;
}

function asSkip(r: Blob | Skip): Skip {
  assert.ok(!('text' in r), 'expected a Skip, got a Blob');
  return r;
}

function utf16le(s: string): Buffer {
  return Buffer.from(s, 'utf16le');
}

function utf16be(s: string): Buffer {
  return Buffer.from(s, 'utf16le').swap16();
}

const SAMPLE = 'api_key = "abc"\r\nsecond line\nthird\rfourth';

test('lineIndex: LF, CRLF and lone CR each end one line', () => {
  assert.deepEqual(lineIndex(''), [0]);
  assert.deepEqual(lineIndex('abc'), [0]);
  assert.deepEqual(lineIndex('a\nb\n'), [0, 2, 4]);
  assert.deepEqual(lineIndex('a\r\nb\r\n'), [0, 3, 6]);
  assert.deepEqual(lineIndex('a\rb\rc'), [0, 2, 4]);
  assert.deepEqual(lineIndex('a\r\n\r\nb'), [0, 3, 5]);
  assert.deepEqual(lineIndex('a\n\rb'), [0, 2, 3]);
  assert.deepEqual(lineIndex('\r'), [0, 1]);
  assert.deepEqual(lineIndex(SAMPLE), [0, 17, 29, 35]);
});

test('positionAt: 1-based line and UTF-16 column by binary search', () => {
  const starts = lineIndex(SAMPLE);
  assert.deepEqual(positionAt(starts, 0), { line: 1, column: 1 });
  assert.deepEqual(positionAt(starts, 11), { line: 1, column: 12 });
  assert.deepEqual(positionAt(starts, 15), { line: 1, column: 16 }); // the \r
  assert.deepEqual(positionAt(starts, 17), { line: 2, column: 1 });
  assert.deepEqual(positionAt(starts, 30), { line: 3, column: 2 });
  assert.deepEqual(positionAt(starts, 35), { line: 4, column: 1 });
  assert.deepEqual(positionAt(starts, SAMPLE.length), { line: 4, column: 7 });
  const many = lineIndex('x\n'.repeat(1000));
  assert.deepEqual(positionAt(many, 1998), { line: 1000, column: 1 });
  assert.deepEqual(positionAt(many, 1999), { line: 1000, column: 2 });
  assert.deepEqual(positionAt(many, 2000), { line: 1001, column: 1 });
});

test('decodeBytes: plain UTF-8 and UTF-8 with BOM (stripped)', () => {
  const plain = asBlob(decodeBytes('a.txt', Buffer.from('héllo\nwörld')));
  assert.equal(plain.text, 'héllo\nwörld');
  assert.equal(plain.encoding, 'utf-8');
  assert.equal(plain.bytes, 13);
  assert.deepEqual(plain.lineStarts, [0, 6]);
  const bom = asBlob(decodeBytes('b.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('x=1\n')])));
  assert.equal(bom.text, 'x=1\n');
  assert.equal(bom.encoding, 'utf-8');
  assert.equal(bom.bytes, 7);
});

test('decodeBytes: empty input is an empty UTF-8 blob', () => {
  const b = asBlob(decodeBytes('empty', new Uint8Array(0)));
  assert.deepEqual(b, { path: 'empty', text: '', lineStarts: [0], encoding: 'utf-8', bytes: 0 });
});

test('decodeBytes: UTF-16 LE and BE with a BOM', () => {
  const le = asBlob(decodeBytes('le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(SAMPLE)])));
  assert.equal(le.text, SAMPLE);
  assert.equal(le.encoding, 'utf-16le');
  assert.deepEqual(le.lineStarts, [0, 17, 29, 35]);
  const be = asBlob(decodeBytes('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(SAMPLE)])));
  assert.equal(be.text, SAMPLE);
  assert.equal(be.encoding, 'utf-16be');
});

test('decodeBytes: mostly-ASCII UTF-16 LE and BE without a BOM', () => {
  const text = 'token: ghp_example\nname: "Zoë"\n';
  const le = asBlob(decodeBytes('le.txt', utf16le(text)));
  assert.equal(le.text, text);
  assert.equal(le.encoding, 'utf-16le');
  const be = asBlob(decodeBytes('be.txt', utf16be(text)));
  assert.equal(be.text, text);
  assert.equal(be.encoding, 'utf-16be');
});

test('decodeBytes: UTF-16 BOM with an odd trailing byte keeps the text', () => {
  const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be('ab'), Buffer.from([0x41])]);
  const b = asBlob(decodeBytes('odd.txt', bytes));
  assert.equal(b.text, 'ab');
});

test('decodeBytes: a little invalid UTF-8 is decoded with replacement characters', () => {
  const bytes = Buffer.concat([Buffer.from('key = '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' value\n')]);
  const b = asBlob(decodeBytes('bad.txt', bytes));
  assert.equal(b.text, 'key = \uFFFD(\uFFFD value\n');
  assert.equal(b.encoding, 'utf-8');
});

test('decodeBytes: mostly invalid UTF-8 is skipped as invalid-encoding', () => {
  const bytes = Buffer.alloc(200);
  for (let i = 0; i < bytes.length; i++) bytes[i] = i % 2 === 0 ? 0xff : 0x41;
  const s = asSkip(decodeBytes('noise.bin', bytes));
  assert.equal(s.reason, 'invalid-encoding');
  assert.equal(s.path, 'noise.bin');
  assert.equal(s.detail, '100 of 200 characters are not valid utf-8');
});

test('decodeBytes: binary by NUL byte and by control characters', () => {
  const nul = asSkip(decodeBytes('a.bin', Buffer.from('abc\u0000def')));
  assert.deepEqual(nul, { path: 'a.bin', reason: 'binary', detail: 'NUL byte at offset 3' });
  const ctl = Buffer.from('ab\u0001\u0002\u0003\u0004cdefgh'.repeat(10));
  assert.equal(asSkip(decodeBytes('c.bin', ctl)).reason, 'binary');
  // Tabs, form feeds and ANSI escapes are text.
  const ansi = asBlob(decodeBytes('log.txt', Buffer.from('\u001b[31mred\u001b[0m\t\f\v\n'.repeat(50))));
  assert.equal(ansi.encoding, 'utf-8');
});

test('decodeBytes: known magic numbers are binary even without NUL bytes early', () => {
  const cases: Array<[string, number[], string]> = [
    ['a.png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG image'],
    ['a.jpg', [0xff, 0xd8, 0xff, 0xe0], 'JPEG image'],
    ['a.gif', [...Buffer.from('GIF89a')], 'GIF image'],
    ['a.pdf', [...Buffer.from('%PDF-1.7\n')], 'PDF document'],
    ['a.zip', [0x50, 0x4b, 0x03, 0x04], 'ZIP archive'],
    ['a.gz', [0x1f, 0x8b, 0x08, 0x00], 'gzip data'],
    ['a.out', [0x7f, 0x45, 0x4c, 0x46, 0x02], 'ELF executable'],
    ['a.macho', [0xcf, 0xfa, 0xed, 0xfe], 'Mach-O executable'],
    ['a.exe', [0x4d, 0x5a, 0x90, 0x00], 'PE executable'],
    ['a.wasm', [0x00, 0x61, 0x73, 0x6d, 0x01], 'WebAssembly module'],
    ['a.db', [...Buffer.from('SQLite format 3\u0000')], 'SQLite database'],
    ['a.xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'xz data'],
  ];
  for (const [name, head, kind] of cases) {
    const bytes = Buffer.concat([Buffer.from(head), Buffer.from(' plain ascii tail\n'.repeat(4))]);
    assert.deepEqual(decodeBytes(name, bytes), { path: name, reason: 'binary', detail: kind }, name);
  }
});

test('decodeBytes: text that merely starts like "MZ" or "BZh" is still text', () => {
  assert.equal(asBlob(decodeBytes('a.txt', Buffer.from('MZ is a prefix\n'))).text, 'MZ is a prefix\n');
  assert.equal(asBlob(decodeBytes('b.txt', Buffer.from('BZh9 words\n'))).text, 'BZh9 words\n');
});

test('decodeBytes: binary 16-bit data is not taken for UTF-16', () => {
  const bytes = Buffer.alloc(512);
  for (let i = 0; i < 256; i++) bytes.writeUInt16LE(i % 32, i * 2); // control characters as UTF-16
  assert.equal(asSkip(decodeBytes('table.bin', bytes)).reason, 'binary');
});

test('readBlob: reads a regular file once and decodes it', () => {
  const dir = tmpdir();
  const f = path.join(dir, 'app.env');
  fs.writeFileSync(f, 'A=1\r\nB=2\rC=3\n');
  const b = asBlob(readBlob({ path: 'app.env', absPath: f }, { maxFileSize: MiB }));
  assert.equal(b.path, 'app.env');
  assert.equal(b.text, 'A=1\r\nB=2\rC=3\n');
  assert.deepEqual(b.lineStarts, [0, 5, 9, 13]);
  assert.equal(b.bytes, 13);
});

test('readBlob: UTF-16 LE file without BOM is decoded', () => {
  const dir = tmpdir();
  const f = path.join(dir, 'win.ini');
  fs.writeFileSync(f, utf16le('[auth]\r\npassword=hunter2\r\n'));
  const b = asBlob(readBlob({ path: 'win.ini', absPath: f }, { maxFileSize: MiB }));
  assert.equal(b.encoding, 'utf-16le');
  assert.equal(b.text, '[auth]\r\npassword=hunter2\r\n');
  assert.deepEqual(b.lineStarts, [0, 8, 26]);
});

test('readBlob: in-memory content is used and size-capped', () => {
  const content = Buffer.from('x=1\n');
  assert.equal(asBlob(readBlob({ path: 'mem', content }, { maxFileSize: 4 })).text, 'x=1\n');
  const s = asSkip(readBlob({ path: 'mem', content }, { maxFileSize: 3 }));
  assert.equal(s.reason, 'too-large');
});

test('readBlob: 1 GB sparse file is skipped as too-large without reading it', () => {
  const dir = tmpdir();
  const f = path.join(dir, 'huge.bin');
  fs.writeFileSync(f, '');
  fs.truncateSync(f, 1024 * MiB);
  const s = asSkip(readBlob({ path: 'huge.bin', absPath: f }, { maxFileSize: 10 * MiB }));
  assert.equal(s.reason, 'too-large');
  assert.equal(s.detail, `1.00 GiB (${1024 * MiB} bytes), over the limit of 10.0 MiB (raise --max-file-size to scan it)`);
  fs.rmSync(dir, { recursive: true });
});

test('readBlob: FIFO is skipped without opening it (would block otherwise)', () => {
  const dir = tmpdir();
  const fifo = path.join(dir, 'pipe');
  execFileSync('mkfifo', [fifo]);
  assert.deepEqual(readBlob({ path: 'pipe', absPath: fifo }, { maxFileSize: MiB }), {
    path: 'pipe',
    reason: 'not-a-regular-file',
    detail: 'FIFO (named pipe)',
  });
});

test('readBlob: socket, character device and directory are not regular files', async () => {
  const dir = tmpdir();
  const sock = path.join(dir, 'sock');
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(sock, resolve));
  try {
    assert.equal(asSkip(readBlob({ path: 'sock', absPath: sock }, { maxFileSize: MiB })).detail, 'socket');
  } finally {
    server.close();
  }
  assert.equal(asSkip(readBlob({ path: 'null', absPath: '/dev/null' }, { maxFileSize: MiB })).detail, 'character device');
  const d = asSkip(readBlob({ path: 'dir', absPath: dir }, { maxFileSize: MiB }));
  assert.deepEqual(d, { path: 'dir', reason: 'not-a-regular-file', detail: 'directory' });
});

test('readBlob: missing file is vanished, symlink loop is symlink-loop', () => {
  const dir = tmpdir();
  assert.equal(asSkip(readBlob({ path: 'gone', absPath: path.join(dir, 'gone') }, { maxFileSize: MiB })).reason, 'vanished');
  fs.symlinkSync('b', path.join(dir, 'a'));
  fs.symlinkSync('a', path.join(dir, 'b'));
  assert.equal(asSkip(readBlob({ path: 'a', absPath: path.join(dir, 'a') }, { maxFileSize: MiB })).reason, 'symlink-loop');
});

test('readBlob: a path that fails to open is unreadable, with the error code', () => {
  // Simulates an unreadable file in a way that also works as root: a name longer than NAME_MAX.
  const dir = tmpdir();
  const long = path.join(dir, 'x'.repeat(300));
  assert.deepEqual(readBlob({ path: 'long', absPath: long }, { maxFileSize: MiB }), {
    path: 'long',
    reason: 'unreadable',
    detail: 'ENAMETOOLONG (stat)',
  });
});

// chmod 000 does not stop root, and these tests run as root in CI containers; skipped there.
test('readBlob: chmod 000 file is unreadable', { skip: isRoot ? 'running as root: permissions are not enforced' : false }, () => {
  const dir = tmpdir();
  const f = path.join(dir, 'secret.txt');
  fs.writeFileSync(f, 'x');
  fs.chmodSync(f, 0o000);
  assert.deepEqual(readBlob({ path: 'secret.txt', absPath: f }, { maxFileSize: MiB }), {
    path: 'secret.txt',
    reason: 'unreadable',
    detail: 'permission denied',
  });
});

test('readBlob: binary file on disk is skipped as binary', () => {
  const dir = tmpdir();
  const f = path.join(dir, 'logo.png');
  fs.writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]));
  assert.deepEqual(readBlob({ path: 'logo.png', absPath: f }, { maxFileSize: MiB }), {
    path: 'logo.png',
    reason: 'binary',
    detail: 'PNG image',
  });
});

// Hostile file contents through the whole CLI: binary formats, huge and sparse files, a minified bundle,
// broken and UTF-16 encodings, odd line endings, ten million lines. Inputs are generated, never committed.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { closeSync, openSync, writeFileSync, writeSync, truncateSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AWS_RULE, awsLine, fakeAwsKey, locations, scanJson, skipOf, tempDir } from '../helpers/hostile.js';

/** Column of the key id in awsLine(): after "aws_access_key_id = " (20 characters). */
const KEY_COLUMN = 21;

describe('binary files of common kinds are skipped as binary, even with a secret after the header', () => {
  const headers: Record<string, number[]> = {
    'image.png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52],
    'photo.jpg': [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00],
    'data.gz': [0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03],
    'a.out': [0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00],
    'bundle.zip': [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00],
    'doc.pdf': [...Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')],
    'module.wasm': [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    'app.sqlite': [...Buffer.from('SQLite format 3\0', 'latin1'), 0x10, 0x00, 0x01, 0x01],
  };
  let t: ReturnType<typeof tempDir>;
  before(() => {
    t = tempDir('binary');
    let seed = 1;
    for (const [name, head] of Object.entries(headers)) {
      writeFileSync(join(t.dir, name), Buffer.concat([Buffer.from(head), Buffer.from(`\n${awsLine(seed++)}\n`)]));
    }
    // A control: the same line in a text file is found, so the skips above are not a detector miss.
    writeFileSync(join(t.dir, 'plain.txt'), `${awsLine(99)}\n`);
  });
  after(() => t.cleanup());

  test('each binary kind -> skip "binary"; the text control -> one finding', () => {
    const { report, run } = scanJson(t.dir, ['--verbose']);
    assert.equal(run.status, 1);
    assert.deepEqual(locations(report), [`plain.txt:1:${KEY_COLUMN} ${AWS_RULE}`]);
    for (const name of Object.keys(headers)) assert.equal(skipOf(report, name)?.reason, 'binary', name);
    assert.equal(report.counts.filesScanned, 1);
    assert.equal(report.counts.filesSkipped, Object.keys(headers).length);
  });
});

describe('huge files', () => {
  let t: ReturnType<typeof tempDir>;
  const bundleKey = fakeAwsKey(7);
  let bundleColumn = 0;
  before(() => {
    t = tempDir('huge');
    // 1 GiB sparse file: takes no disk, and reading it would cost a GiB of memory and seconds.
    writeFileSync(join(t.dir, 'sparse.bin'), '');
    truncateSync(join(t.dir, 'sparse.bin'), 1024 ** 3);
    // 50 MB single-line minified bundle with the key in the middle.
    const chunk = 'function a(b){return b+1};var c=a(2);';
    const half = chunk.repeat(Math.ceil(25_000_000 / chunk.length));
    const planted = `;var cfg={aws_access_key_id:"${bundleKey}"};`;
    bundleColumn = half.length + planted.indexOf(bundleKey) + 1;
    mkdirSync(join(t.dir, 'dist'));
    const fd = openSync(join(t.dir, 'dist', 'app.min.js'), 'w');
    writeSync(fd, half);
    writeSync(fd, planted);
    writeSync(fd, half);
    closeSync(fd);
  });
  after(() => t.cleanup());

  test('default limit (100 MiB, issue 14): the 1 GiB sparse file is skipped too-large with its stat size; the 50 MB bundle is scanned in chunks', () => {
    const { report, run } = scanJson(t.dir);
    assert.equal(run.status, 1);
    assert.deepEqual(locations(report), [`dist/app.min.js:1:${bundleColumn} ${AWS_RULE}`]);
    const sparse = skipOf(report, 'sparse.bin');
    assert.equal(sparse?.reason, 'too-large');
    assert.match(sparse?.detail ?? '', /^1\.00 GiB \(1073741824 bytes\), over the limit of 100\.0 MiB/);
    assert.equal(skipOf(report, 'dist/app.min.js'), undefined);
  });

  test('--max-file-size 10MiB: the bundle is skipped too-large, unread', () => {
    const { report, run } = scanJson(t.dir, ['--max-file-size', '10MiB']);
    assert.equal(run.status, 0);
    assert.deepEqual(report.findings, []);
    assert.equal(skipOf(report, 'dist/app.min.js')?.reason, 'too-large');
    assert.equal(report.counts.bytesScanned, 0);
  });

  test('--max-file-size 64MiB: the bundle is scanned and its key found on line 1; the sparse file still skipped', () => {
    const { report, run } = scanJson(t.dir, ['--max-file-size', '64MiB']);
    assert.equal(run.status, 1);
    assert.deepEqual(locations(report), [`dist/app.min.js:1:${bundleColumn} ${AWS_RULE}`]);
    assert.equal(skipOf(report, 'sparse.bin')?.reason, 'too-large');
  });
});

describe('encodings and line endings: the key is found on the right line', () => {
  let t: ReturnType<typeof tempDir>;
  const text = (seed: number, nl: string): string => `# settings${nl}region = eu-west-1${nl}${awsLine(seed)}${nl}tail${nl}`;
  const utf16be = (s: string): Buffer => Buffer.from(s, 'utf16le').swap16();
  const cases: Record<string, { bytes: Buffer; line: number }> = {};
  before(() => {
    t = tempDir('encodings');
    const lf = (seed: number): string => text(seed, '\n');
    cases['invalid-utf8.txt'] = {
      // Stray continuation bytes, a truncated sequence and an overlong encoding around the secret.
      bytes: Buffer.concat([Buffer.from([0x80, 0xc3, 0x28, 0x0a, 0xe2, 0x82, 0x0a, 0xc0, 0xaf, 0x0a]), Buffer.from(lf(11)), Buffer.from([0xff, 0x0a])]),
      line: 6,
    };
    cases['utf16le-bom.txt'] = { bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lf(12), 'utf16le')]), line: 3 };
    cases['utf16le-nobom.txt'] = { bytes: Buffer.from(lf(13), 'utf16le'), line: 3 };
    cases['utf16be-bom.txt'] = { bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(lf(14))]), line: 3 };
    cases['utf16be-nobom.txt'] = { bytes: utf16be(lf(15)), line: 3 };
    cases['utf16le-crlf.txt'] = { bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text(16, '\r\n'), 'utf16le')]), line: 3 };
    cases['utf8-bom.txt'] = { bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lf(17))]), line: 3 };
    cases['crlf.txt'] = { bytes: Buffer.from(text(18, '\r\n')), line: 3 };
    cases['lone-cr.txt'] = { bytes: Buffer.from(text(19, '\r')), line: 3 };
    // "a\r\n", "\r", "b\n": three lines before the key, with every kind of break mixed.
    cases['mixed.txt'] = { bytes: Buffer.from(`a\r\n\rb\n${awsLine(20)}\r\n`), line: 4 };
    for (const [name, c] of Object.entries(cases)) writeFileSync(join(t.dir, name), c.bytes);
  });
  after(() => t.cleanup());

  test('every variant is decoded and the key reported at its line, column 21', () => {
    const { report, run } = scanJson(t.dir);
    assert.equal(run.status, 1);
    assert.deepEqual(report.skipped, []);
    const expected = Object.entries(cases)
      .map(([name, c]) => `${name}:${c.line}:${KEY_COLUMN} ${AWS_RULE}`)
      .sort();
    assert.deepEqual(locations(report), expected);
  });
});

describe('ten million short lines', () => {
  let t: ReturnType<typeof tempDir>;
  const LINES = 10_000_000;
  before(() => {
    t = tempDir('lines');
    // "line\n" ten million times (50 MB), built as one buffer by doubling rather than by string joins.
    const unit = Buffer.from('line\n');
    const body = Buffer.alloc(unit.length * LINES);
    unit.copy(body, 0);
    for (let filled = unit.length; filled < body.length; filled *= 2) body.copy(body, filled, 0, Math.min(filled, body.length - filled));
    const fd = openSync(join(t.dir, 'long.log'), 'w');
    writeSync(fd, body);
    writeSync(fd, `${awsLine(21)}\nend\n`);
    closeSync(fd);
  });
  after(() => t.cleanup());

  test('the key after 10,000,000 lines is on line 10,000,001 (50 MB: scanned in chunks by default)', () => {
    const { report, run } = scanJson(t.dir);
    assert.equal(run.status, 1);
    assert.deepEqual(locations(report), [`long.log:${LINES + 1}:${KEY_COLUMN} ${AWS_RULE}`]);
  });

  test('under a 10 MiB limit it is skipped too-large, with exit 0', () => {
    const { report, run } = scanJson(t.dir, ['--max-file-size', '10MiB']);
    assert.equal(run.status, 0);
    assert.equal(skipOf(report, 'long.log')?.reason, 'too-large');
  });
});

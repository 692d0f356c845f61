// Big files are scanned by default, in chunks (issue 14 item 6): every match of the whole file is found
// once, at whole-file lines and columns, whatever chunk boundary it sits on or near; directives too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadPatterns } from '../../src/catalog/load.js';
import { createEngine, CHUNK_OVERLAP_FLOOR } from '../../src/detect/compose.js';
import { createFileProcessor, type FileWorkerOptions } from '../../src/scan/scan-worker.js';
import { positionAt, lineIndex } from '../../src/model/text.js';
import type { SourceItem } from '../../src/model/types.js';
import { makeToken } from '../helpers/fake-tokens.js';
import { runCli } from '../helpers/fixtures.js';

const { patterns } = loadPatterns();
const overlap = createEngine(patterns).overlap;
const CHUNK = 64 * 1024;
const UNLIMITED = 1 << 30;
const chunkedOptions: FileWorkerOptions = { maxFileSize: UNLIMITED, chunkThreshold: 0, chunkSize: CHUNK };
const wholeOptions: FileWorkerOptions = { maxFileSize: UNLIMITED, chunkThreshold: UNLIMITED };
const chunkedScan = createFileProcessor(patterns, chunkedOptions);
const wholeScan = createFileProcessor(patterns, wholeOptions);

function tmpDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'keyshift-chunked-'));
}

function item(dir: string, name: string, text: string): SourceItem {
  const absPath = path.join(dir, name);
  fs.writeFileSync(absPath, text);
  return { path: name, absPath };
}

/** Filler without keywords: lines of `width` characters (or one line when width is 0). */
function filler(length: number, width = 0): string {
  const unit = 'var q=function(t){return t&&t.x?t:{d:t}};';
  let s = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  if (width > 0) s = s.replace(new RegExp(`(.{${width - 1}})`, 'g'), '$1\n').slice(0, length);
  return s;
}

/** `text` with `insert` written over it at `at`. */
function place(text: string, at: number, insert: string): string {
  return text.slice(0, at) + insert + text.slice(at + insert.length);
}

test('chunked scan: the overlap comes from the catalog and is at least the floor', () => {
  assert.ok(overlap >= CHUNK_OVERLAP_FLOOR, `overlap ${overlap}`);
  assert.equal(overlap % 2, 0);
});

test('chunked scan: a key written across a chunk boundary is found once, where a whole read finds it', () => {
  const dir = tmpDir();
  const key = makeToken('github.pat-classic', 1);
  const assign = `;t="${key}";`;
  // The key's 40 characters straddle the boundary between the third and fourth owned parts.
  const boundary = 3 * CHUNK;
  const at = boundary - 20 - 4;
  const text = place(filler(10 * CHUNK), at, assign);
  assert.equal(text.length, 10 * CHUNK);
  const src = item(dir, 'bundle.js', text);
  const chunked = chunkedScan(src);
  const keys = chunked.matches.filter((m) => m.patternId === 'github.pat-classic');
  assert.equal(keys.length, 1, JSON.stringify(chunked.matches.map((m) => m.patternId)));
  assert.equal(keys[0]!.start, at + 4);
  assert.ok(keys[0]!.start < boundary && keys[0]!.end > boundary);
  assert.deepEqual([keys[0]!.line, keys[0]!.column], [1, at + 5]);
  assert.deepEqual(chunked.matches, wholeScan(src).matches);
});

test('chunked scan: keys inside the overlap on either side of a boundary are each reported once', () => {
  const dir = tmpDir();
  const a = makeToken('github.pat-classic', 2);
  const b = makeToken('github.pat-classic', 3);
  const boundary = 4 * CHUNK;
  // a: in the look-back of the fifth chunk, owned by the fourth; b: in the look-ahead of the fourth, owned by the fifth.
  const atA = boundary - overlap + 500;
  const atB = boundary + 500;
  let text = filler(12 * CHUNK);
  text = place(text, atA, `;t="${a}";`);
  text = place(text, atB, `;t="${b}";`);
  const src = item(dir, 'bundle.js', text);
  const chunked = chunkedScan(src);
  assert.deepEqual(
    chunked.matches.map((m) => [m.patternId, m.start, m.line, m.column]),
    [
      ['github.pat-classic', atA + 4, 1, atA + 5],
      ['github.pat-classic', atB + 4, 1, atB + 5],
    ],
  );
  assert.deepEqual(chunked.matches, wholeScan(src).matches);
});

test('chunked scan: on a multi-line file with boundaries inside lines, matches and directives equal a whole read', () => {
  const dir = tmpDir();
  const lines: string[] = [];
  let seed = 10;
  let planted = 0;
  let length = 0;
  // Lines of 30 to 3,000 characters: most chunk boundaries fall inside a line; CRLF and LF both used.
  for (let i = 0; length < 9 * CHUNK; i++) {
    let line = filler(30 + ((i * 977) % 2970));
    if (i % 37 === 5) {
      line = `export const GITHUB_TOKEN = "${makeToken('github.pat-classic', seed++)}"; ${line.slice(0, 200)}`;
      planted++;
    }
    if (i % 37 === 20) {
      line = `aws_access_key_id = ${makeToken('aws.access-key-id', seed++)}  # keyshift:allow aws.access-key-id -- fixture`;
      planted++;
    }
    const eol = i % 3 === 0 ? '\r\n' : '\n';
    lines.push(line + eol);
    length += line.length + eol.length;
  }
  const text = lines.join('');
  const src = item(dir, 'app.js', text);
  const whole = wholeScan(src);
  const chunked = chunkedScan(src);
  // Control: the planted keys are found by the whole read, so equality below is not between two empty lists.
  assert.equal(whole.matches.length, planted);
  assert.ok(planted > 10, `${planted} planted`);
  assert.ok(whole.directives.length > 3);
  assert.deepEqual(chunked.matches, whole.matches);
  assert.deepEqual(chunked.directives, whole.directives);
  // And the lines are whole-file lines: each match's text at its reported position is the key.
  const starts = lineIndex(text);
  for (const m of chunked.matches) assert.deepEqual(positionAt(starts, m.start), { line: m.line, column: m.column });
});

test('chunked scan: multi-byte UTF-8 before and around a boundary keeps offsets and columns right', () => {
  const dir = tmpDir();
  const key = makeToken('github.pat-classic', 40);
  // 2-, 3- and 4-byte characters fill the file, so byte and character boundaries never line up.
  const unit = 'héllo wörld € 😀 ';
  let text = unit.repeat(Math.ceil((6 * CHUNK) / unit.length)).slice(0, 6 * CHUNK);
  if (/[\uD800-\uDBFF]$/.test(text)) text = text.slice(0, -1);
  // Across the boundary of the fourth and fifth owned parts, in a view that does not start at 0.
  const at = 4 * CHUNK - 20;
  text = text.slice(0, at) + `;t="${key}";` + text.slice(at);
  const src = item(dir, 'i18n.js', text);
  const chunked = chunkedScan(src);
  assert.deepEqual(chunked.matches.map((m) => [m.start, m.line, m.column]), [[at + 4, 1, at + 5]]);
  assert.equal(text.slice(chunked.matches[0]!.start, chunked.matches[0]!.end), key);
  assert.deepEqual(chunked.matches, wholeScan(src).matches);
});

test('chunked scan: a 20 MB one-line bundle with a key near its end is found with the default options', () => {
  const dir = tmpDir();
  const key = makeToken('github.pat-classic', 14);
  const size = 20_000_000;
  const at = size - 5000;
  fs.writeFileSync(path.join(dir, 'bundle.js'), place(filler(size), at, `;const GITHUB_TOKEN="${key}";`));
  const r = runCli(['scan', 'bundle.js', '--format', 'json'], dir);
  assert.equal(r.status, 1, r.stderr);
  const report = JSON.parse(r.stdout) as { findings: { ruleId: string; line: number; column: number }[]; counts: { bytesScanned: number } };
  assert.deepEqual(report.findings.map((f) => [f.ruleId, f.line, f.column]), [['github.pat-classic', 1, at + 22]]);
  assert.equal(report.counts.bytesScanned, size);
  // Control: under the old 10 MiB default the same file is skipped unread and the key is missed.
  const capped = runCli(['scan', 'bundle.js', '--format', 'json', '--max-file-size', '10MiB'], dir);
  assert.equal(capped.status, 0, capped.stderr);
  assert.deepEqual((JSON.parse(capped.stdout) as { findings: unknown[] }).findings, []);
});

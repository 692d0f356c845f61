// The decoder (src/detect/decode.ts) through the full engine: positions map back to the encoded characters,
// depth and budget bound nested encodings, and hostile inputs (many runs, deep nesting, long escaped lines)
// grow linearly.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createEngine, detectAll } from '../../src/detect/compose.js';
import { base64Runs, MIN_RUN } from '../../src/detect/decode.js';
import { loadPatterns } from '../../src/catalog/load.js';
import { blob } from './helpers.js';
import { makeToken } from '../helpers/fake-tokens.js';
import { INPUT_GROWTH, MAX_RATIO, measureGrowth } from '../helpers/growth.js';

const engine = createEngine(loadPatterns().patterns);
const GH = makeToken('github.pat-classic', 1601);
const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
const found = (text: string, path = 'config/values.yaml', depth = 5): { id: string; line: number; column: number; enc: unknown; start: number; end: number; secret: string }[] => {
  engine.decodeDepth = depth;
  try {
    return detectAll(blob(text, path), 'config', engine).map((m) => ({ id: m.patternId, line: m.line, column: m.column, enc: m.details?.encoding, start: m.start, end: m.end, secret: m.secret }));
  } finally {
    engine.decodeDepth = 5;
  }
};

test('base64Runs finds every run of MIN_RUN or more base64 characters, and only those', () => {
  const run = 'QUJD'.repeat(MIN_RUN / 4);
  const text = `a ${run} b ${run.slice(1)} c-${run}x\n${run.slice(0, MIN_RUN - 1)}`;
  const runs = base64Runs(text).map(([s, e]) => text.slice(s, e));
  // '-' is base64url, so the third run takes the dash before it and the x after it.
  assert.deepEqual(runs, [run, `c-${run}x`]);
  // A run of exactly MIN_RUN - 1 is not one.
  assert.deepEqual(base64Runs(run.slice(0, MIN_RUN - 1)), []);
  assert.deepEqual(base64Runs(run.slice(0, MIN_RUN)).length, 1);
});

test('a decoded ASCII match is located at the characters that encode it, and keeps the decoded value', () => {
  const prefix = 'token: ';
  const value = b64(`${prefix}${GH}`);
  const text = `app:\n  blob: ${value}\n`;
  const [m, ...rest] = found(text);
  assert.equal(rest.length, 0);
  assert.equal(m!.id, 'github.pat-classic');
  assert.equal(m!.enc, 'base64');
  assert.equal(m!.secret, GH);
  assert.equal(m!.line, 2);
  // The token's bytes start at byte 7 of the decoded text: the quad holding byte 6 starts at character 8.
  const at = text.indexOf(value);
  assert.equal(m!.start, at + Math.floor(prefix.length / 3) * 4);
  assert.ok(m!.end <= at + value.length && m!.end > m!.start);
});

test('decode-depth bounds nesting: a token base64-encoded seven times is found at depth 7, not at 5 or 0', () => {
  let v = `token=${GH}`;
  for (let i = 0; i < 7; i++) v = b64(v);
  const text = `blob: ${v}\n`;
  assert.deepEqual(found(text, 'x.yaml', 5), []);
  assert.deepEqual(found(text, 'x.yaml', 0), []);
  const deep = found(text, 'x.yaml', 7);
  assert.deepEqual(deep.map((m) => [m.id, m.enc]), [['github.pat-classic', Array(7).fill('base64').join(' > ')]]);
});

test('a key pair decoded from one value is one finding whose partner line is the value\'s line', () => {
  const id = makeToken('aws.access-key-id', 1602);
  const secret = 'q8Zt3Lm/Vx2Rk9Pw+Hn4Dj7Fs1Gb6Cy0Nu5Ae2Wo';
  const text = `# settings\nconfig:\n  creds: ${b64(`aws_access_key_id = ${id}\naws_secret_access_key = ${secret}\n`)}\n`;
  engine.decodeDepth = 5;
  const all = detectAll(blob(text, 'config/values.yaml'), 'config', engine);
  const ours = all.filter((m) => m.patternId.startsWith('aws.'));
  assert.deepEqual(ours.map((m) => [m.patternId, m.line, m.details?.pairedPattern, m.details?.pairedLine]), [['aws.secret-access-key', 3, 'aws.access-key-id', 3]]);
});

test('a value that decodes to binary, or to text without a secret, yields nothing', () => {
  const random = Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 73 + 19) & 0xff)).toString('base64');
  assert.deepEqual(found(`image: ${random}\n`), []);
  assert.deepEqual(found(`note: ${b64('This is a perfectly ordinary sentence with no credential in it at all.')}\n`), []);
});

function assertLinear(label: string, build: (n: number) => string, n: number): void {
  const small = build(n);
  const large = build(INPUT_GROWTH * n);
  const work = (t: string) => () => found(t, 'data/blob.yaml');
  const g = measureGrowth(work(small), work(large), 2);
  assert.ok(g.ratio < MAX_RATIO, `${label}: ${g.smallMs.toFixed(1)} ms at ${n}, ${g.largeMs.toFixed(1)} ms at ${INPUT_GROWTH * n} (x${g.ratio.toFixed(1)}): superlinear`);
}

test('hostile: many text-decoding runs, one long run, many escaped lines and base64 nested in base64 grow linearly', () => {
  const line = `k: ${b64('password: not-a-real-one-but-text here and there')}\n`;
  assertLinear('many runs', (n) => line.repeat(n), 200);
  assertLinear('one long run', (n) => `k: ${b64('abc def ghi jkl '.repeat(n))}\n`, 400);
  assertLinear('escaped lines', (n) => '{"a": "{\\"b\\": \\"c d e f g h\\"}"}\n'.repeat(n), 200);
  // Each level's text is the previous one's base64: the budget bounds what is decoded over all levels.
  assertLinear('nested', (n) => {
    let v = 'x y z '.repeat(n);
    for (let i = 0; i < 5; i++) v = b64(v);
    return `k: ${v}\n`;
  }, 200);
});

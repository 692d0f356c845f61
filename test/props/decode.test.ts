// Properties of the decoders (src/detect/decode.ts): base64Runs finds exactly the maximal runs a plain scan
// finds, in any range; detectDecoded through the engine takes any text and nested encodings (base64, hex,
// percent, escapes) without an exception, with positions inside the text; work grows linearly; and an
// encoded planted token never prints in a finding.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { base64Runs, MIN_RUN } from '../../src/detect/decode.js';
import { anyText, assertLinear, assertPositions, detectText, fullEngine, leaked, onlyTyped, plantedToken, runs } from './arbitraries.js';

const B64 = /[A-Za-z0-9+/_-]/;

/** The maximal runs of base64 characters of at least MIN_RUN within [from, to), by a plain scan. */
function plainRuns(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let s = -1;
  for (let i = from; i <= to; i++) {
    const inRun = i < to && B64.test(text[i]!) && text.charCodeAt(i) < 128;
    if (inRun && s < 0) s = i;
    if (!inRun && s >= 0) {
      if (i - s >= MIN_RUN) out.push([s, i]);
      s = -1;
    }
  }
  return out;
}

const runText = fc
  .array(fc.oneof(fc.stringMatching(/^[A-Za-z0-9+/_-]{1,90}$/), fc.constantFrom(' ', '=', '.', '\n', 'é', '"', ':', 'A'.repeat(MIN_RUN - 1), 'A'.repeat(MIN_RUN)), anyText(10)), { maxLength: 20 })
  .map((parts) => parts.join(''));
const range = (text: string) => fc.tuple(fc.nat(text.length), fc.nat(text.length)).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);

test('props decode: base64Runs finds exactly the maximal runs of MIN_RUN or more base64 characters, in any range', () => {
  fc.assert(
    fc.property(runText.chain((t) => fc.tuple(fc.constant(t), range(t))), ([text, [from, to]]) => {
      assert.deepEqual(base64Runs(text), plainRuns(text, 0, text.length));
      assert.deepEqual(base64Runs(text, from, to), plainRuns(text, from, to));
    }),
    runs(1951, 300),
  );
});

test('props decode: control: a skip scan that jumps too far is caught by the run property', () => {
  // The deliberately broken shape: base64Runs' skip scan with a stride of 2 x MIN_RUN, which misses runs shorter than that.
  const broken = (text: string): [number, number][] => {
    const out: [number, number][] = [];
    for (let i = MIN_RUN - 1; i < text.length; ) {
      if (!B64.test(text[i]!)) {
        i += 2 * MIN_RUN;
        continue;
      }
      let s = i;
      while (s > 0 && B64.test(text[s - 1]!)) s--;
      let e = i + 1;
      while (e < text.length && B64.test(text[e]!)) e++;
      if (e - s >= MIN_RUN) out.push([s, e]);
      i = e + MIN_RUN;
    }
    return out;
  };
  const r = fc.check(fc.property(runText, (text) => assert.deepEqual(broken(text), plainRuns(text, 0, text.length))), runs(1952, 300));
  assert.ok(r.failed, 'the run property must catch a skip scan that misses runs');
});

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
const hex = (s: string): string => Buffer.from(s, 'utf8').toString('hex');
const pct = (s: string): string => [...Buffer.from(s, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
const esc = (s: string): string => JSON.stringify(s).slice(1, -1).replace(/[=:]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
const ENCODERS = { b64, hex, pct, esc, b64url: (s: string) => Buffer.from(s).toString('base64url'), none: (s: string) => s } as const;
const encoder = fc.constantFrom(...(Object.keys(ENCODERS) as (keyof typeof ENCODERS)[]));

/** A payload (random text, or a key=value line) encoded 1-4 times in random encodings, in a random setting. */
const encoded = fc
  .tuple(fc.oneof(anyText(80), fc.constantFrom('token=', 'password: ', 'AWS_SECRET_ACCESS_KEY=', '').chain((k) => anyText(60).map((v) => k + v))), fc.array(encoder, { minLength: 1, maxLength: 4 }), fc.constantFrom('x: ', '"', 'url=https://h/?q=', '\\"', ''), fc.nat(), fc.boolean())
  .map(([payload, encs, setting, cut, truncate]) => {
    let v = payload;
    for (const e of encs) v = ENCODERS[e](v);
    if (truncate) v = v.slice(0, cut % (v.length + 1));
    return `${setting}${v}\n`;
  });

test('props decode: any text and nested encodings through the engine: no exception, positions inside the text', () => {
  fullEngine();
  fc.assert(
    fc.property(fc.oneof(encoded, anyText()), fc.constantFrom('config/values.yaml', 'src/app.ts', 'dist/app.min.js', '.env', 'notes.txt'), (text, path) => {
      const r = onlyTyped(() => detectText(path, text));
      if (r) assertPositions(text, r.matches);
    }),
    runs(1953, 250),
  );
});

test('props decode: a planted token, encoded (and broken) in any way, never prints in a finding', () => {
  fullEngine();
  let decodedFinds = 0;
  fc.assert(
    fc.property(plantedToken, fc.array(encoder, { minLength: 1, maxLength: 3 }), fc.constantFrom('token=', 'password: ', 'key ', ''), fc.constantFrom('none', 'truncate', 'junk', 'padding'), fc.nat(), (t, encs, key, broken, cut) => {
      let v = `${key}${t}`;
      for (const e of encs) v = ENCODERS[e](v);
      if (broken === 'truncate') v = v.slice(0, Math.max(MIN_RUN, cut % (v.length + 1)));
      if (broken === 'junk') v = `${v.slice(0, v.length >> 1)}!!${v.slice(v.length >> 1)}`;
      if (broken === 'padding') v = v.replace(/=+$/, '') + '===';
      const r = detectText('config/values.yaml', `blob: ${v}\n`);
      if (r.matches.some((m) => m.details?.encoding !== undefined)) decodedFinds++;
      assert.deepEqual(leaked(r.findingsJson), [], r.findingsJson);
    }),
    runs(1954, 200),
  );
  // Control: the encoded tokens are found (decoded) in many runs, so the check above looks at real findings.
  assert.ok(decodedFinds >= 20, `only ${decodedFinds} decoded findings`);
});

test('props decode: linear time through the engine on adversarial encodings', () => {
  fullEngine();
  const inner = b64(b64(`token=${'x'.repeat(30)}`));
  const cases: [string, string, (n: number) => string][] = [
    ['one long base64 run', 'config/values.yaml', (n) => `x: ${'A'.repeat(n)}\n`],
    ['many runs of MIN_RUN', 'config/values.yaml', (n) => `${'B'.repeat(MIN_RUN)} `.repeat(Math.ceil(n / (MIN_RUN + 1)))],
    ['many nested base64 values', 'config/values.yaml', (n) => `v: ${inner}\n`.repeat(Math.ceil(n / (inner.length + 4)))],
    ['a long hex run', 'config/values.yaml', (n) => `x: ${'ab'.repeat(n / 2)}\n`],
    ['percent of percent', 'notes.txt', (n) => `u=${'%25'.repeat(Math.ceil(n / 3))}41\n`],
    ['a long escaped line', 'dist/app.min.js', (n) => `var s="${'\\x41\\n'.repeat(Math.ceil(n / 6))}";`],
    ['runs of backslashes', 'notes.txt', (n) => `"${'\\'.repeat(n)}"\n`],
    ['many short escaped strings on one line', 'src/app.ts', (n) => '"\\u0041=\\"x\\"";'.repeat(Math.ceil(n / 16))],
    ['unicode escapes never closed', 'notes.txt', (n) => '\\u00'.repeat(Math.ceil(n / 4))],
  ];
  for (const [label, path, build] of cases) {
    assertLinear(`${label} (${path})`, (n) => {
      const text = build(n);
      return () => detectText(path, text);
    }, 1024, { maxN: 1 << 19 });
  }
});

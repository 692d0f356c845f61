// Properties of the unified-diff parser (src/sources/git-diff.ts): any text parses without throwing,
// streaming in chunks gives what one parse gives, hunks are counted as their headers say, git's quoting
// round-trips, and work grows linearly. The diff parser writes no message, so there is nothing to leak.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { addedLinesFromPatch, createDiffParser, createLineSplitter, parseDiff, unquote, type DiffParserOptions, type FileDiff } from '../../src/sources/git-diff.js';
import { anyText, assertLinear, chunksOf, cutPoints, isLinear, lineText, measureLinear, onlyTyped, runs } from './arbitraries.js';

/** git's C-style quoting of a path (what `core.quotePath` does): escapes for specials, octal for other bytes. */
function gitQuote(s: string): string {
  const named: Record<number, string> = { 7: 'a', 8: 'b', 9: 't', 10: 'n', 11: 'v', 12: 'f', 13: 'r', 34: '"', 92: '\\' };
  let out = '"';
  for (const b of Buffer.from(s, 'utf8')) {
    if (named[b] !== undefined) out += `\\${named[b]}`;
    else if (b < 0x20 || b >= 0x7f) out += `\\${b.toString(8).padStart(3, '0')}`;
    else out += String.fromCharCode(b);
  }
  return `${out}"`;
}

const path = fc.oneof(fc.stringMatching(/^[a-z]{1,6}(\/[a-z._ -]{1,6}){0,2}$/), lineText(12));
const count = fc.oneof(fc.nat(6), fc.constant(0), fc.constant(2 ** 31), fc.constant(Number.MAX_SAFE_INTEGER));
const hunkHeader = fc
  .tuple(count, fc.option(count), count, fc.option(count), fc.constantFrom('', ' fn()', '@', ' @@'))
  .map(([a, b, c, d, tail]) => `@@ -${a}${b === null ? '' : `,${b}`} +${c}${d === null ? '' : `,${d}`} @@${tail}`);

/** Lines a git patch holds, in any order: file headers, hunk headers with random counts, bodies, noise. */
const diffLine: fc.Arbitrary<string> = fc.oneof(
  path.map((p) => `diff --git a/${p} b/${p}`),
  fc.tuple(path, path).map(([a, b]) => `diff --git a/${a} b/${b}`),
  path.map((p) => `diff --git ${gitQuote(`a/${p}`)} ${gitQuote(`b/${p}`)}`),
  path.map((p) => `diff --git a/${p} ${gitQuote(`b/${p}`)}`),
  path.map((p) => `--- a/${p}`),
  path.map((p) => `+++ b/${p}\t`),
  path.map((p) => `+++ ${gitQuote(`b/${p}`)}`),
  fc.constantFrom('--- /dev/null', '+++ /dev/null', 'new file mode 100644', 'deleted file mode 100755', 'new mode 120000', 'GIT binary patch', 'Binary files a/x and b/x differ', '\\ No newline at end of file', '', '@@', '@@ -', 'index 0000000..1234abc 100644', 'index abc..0000 160000', 'index zz..yy'),
  path.map((p) => `rename from ${gitQuote(p)}`),
  path.map((p) => `rename to ${p}`),
  path.map((p) => `copy from ${p}`),
  path.map((p) => `copy to ${gitQuote(p)}`),
  hunkHeader,
  hunkHeader,
  fc.tuple(fc.constantFrom('+', '-', ' ', '++ ', '-- ', '+++ ', '--- '), lineText()).map(([c, t]) => c + t),
  fc.tuple(fc.constantFrom('+', '-', ' ', '++ ', '-- ', '+++ ', '--- '), lineText()).map(([c, t]) => c + t),
  lineText(),
);
const diffText = fc.tuple(fc.array(diffLine, { maxLength: 60 }), fc.constantFrom('\n', '', '\r\n')).map(([ls, end]) => ls.join('\n') + end);
const anyDiffText = fc.oneof(diffText, anyText());
const options: fc.Arbitrary<DiffParserOptions> = fc.record({ collectText: fc.boolean(), maxAddedBytes: fc.option(fc.nat(200), { nil: undefined }) }, { requiredKeys: [] });

/** What a streaming caller does: chunks through the line splitter into the parser, as git-source.ts reads `git diff`. */
function streamed(text: string, cuts: readonly number[], opts: DiffParserOptions): FileDiff[] {
  const split = createLineSplitter();
  const parser = createDiffParser(opts);
  const out: FileDiff[] = [];
  const feed = (line: string): void => {
    const done = parser.push(line);
    if (done) out.push(done);
  };
  for (const chunk of chunksOf(text, cuts)) for (const line of split.push(chunk)) feed(line);
  const rest = split.end();
  if (rest !== undefined) feed(rest);
  const last = parser.end();
  if (last) out.push(last);
  return out;
}

/** The lines `text` holds, as parseDiff reads them. */
const wholeLines = (text: string): string[] => {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
};

test('props git-diff: any text parses without an exception; added text stays parallel to added lines; a capped file is emptied', () => {
  fc.assert(
    fc.property(anyDiffText, options, (text, opts) => {
      const files = onlyTyped(() => parseDiff(text, opts));
      assert.ok(files, 'parseDiff never throws, not even a typed error');
      for (const f of files) {
        assert.equal(typeof f.path, 'string');
        if (opts.collectText) assert.equal(f.addedText!.length, f.addedLines.length);
        else assert.equal(f.addedText, undefined);
        if (f.tooLarge) assert.equal(f.addedLines.length, 0);
        for (const n of f.addedLines) assert.equal(typeof n, 'number');
      }
      onlyTyped(() => addedLinesFromPatch(text));
    }),
    runs(1901, 300),
  );
});

test('props git-diff: the diff parser fed the text in random chunks (through the line splitter) gives what one parse gives', () => {
  fc.assert(
    fc.property(anyDiffText, cutPoints, options, (text, cuts, opts) => {
      assert.deepEqual(streamed(text, cuts, opts), parseDiff(text, opts));
    }),
    runs(1902, 300),
  );
});

test('props git-diff: the line splitter gives the same lines for any chunking, each cut to maxLine + 1', () => {
  fc.assert(
    fc.property(anyText(300), cutPoints, fc.option(fc.nat(20), { nil: undefined }), (text, cuts, maxLine) => {
      const split = createLineSplitter(maxLine);
      const got = chunksOf(text, cuts).flatMap((c) => split.push(c));
      const rest = split.end();
      if (rest !== undefined) got.push(rest);
      const want = wholeLines(text).map((l) => (maxLine === undefined ? l : l.slice(0, maxLine + 1)));
      assert.deepEqual(got, want);
    }),
    runs(1903, 300),
  );
});

test('props git-diff: control: a streamer that ends a line at every chunk boundary is caught by the chunking property', () => {
  // The deliberately broken shape: chunks split on their own, so a line cut by a chunk boundary becomes two.
  const naive = (text: string, cuts: readonly number[]): FileDiff[] => {
    const parser = createDiffParser();
    const out: FileDiff[] = [];
    for (const chunk of chunksOf(text, cuts)) {
      for (const line of chunk.split('\n')) {
        const d = parser.push(line);
        if (d) out.push(d);
      }
    }
    const last = parser.end();
    if (last) out.push(last);
    return out;
  };
  const r = fc.check(fc.property(diffText, cutPoints, (text, cuts) => assert.deepEqual(naive(text, cuts), parseDiff(text))), runs(1904, 300));
  assert.ok(r.failed, 'the property must catch a streamer that breaks lines at chunk boundaries');
});

/** One hunk: each line added, removed or context, with text that may itself look like a header. */
const hunkOps = fc.array(fc.tuple(fc.constantFrom('+', '-', ' '), fc.oneof(lineText(), fc.constantFrom('++ x', '-- y', '++', '--', '+ b/z', '@@ -1 +1 @@', 'diff --git a/x b/x'))), { minLength: 1, maxLength: 12 });

test('props git-diff: a well-formed patch (hunks counted right) yields exactly the added lines, whatever their text', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.nat(5), hunkOps), { minLength: 1, maxLength: 5 }), fc.boolean(), (hunks, trailing) => {
      const lines: string[] = [];
      const want: number[] = [];
      let oldAt = 1;
      let newAt = 1;
      for (const [gap, ops] of hunks) {
        oldAt += gap;
        newAt += gap;
        const olds = ops.filter(([c]) => c !== '+').length;
        const news = ops.filter(([c]) => c !== '-').length;
        lines.push(`@@ -${oldAt},${olds} +${newAt},${news} @@`);
        for (const [c, t] of ops) {
          lines.push(c + t);
          if (c === '+') want.push(newAt);
          if (c !== '-') newAt++;
          if (c !== '+') oldAt++;
        }
      }
      const patch = lines.join('\n') + (trailing ? '\n' : '');
      assert.deepEqual(addedLinesFromPatch(patch), want);
      const [file] = parseDiff(`diff --git a/f b/f\n--- a/f\n+++ b/f\n${patch}`, { collectText: true });
      assert.deepEqual(file!.addedLines, want);
      assert.equal(file!.path, 'f');
    }),
    runs(1905, 200),
  );
});

test('props git-diff: unquote undoes git quoting of any path, and leaves an unquoted one alone', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
      fc.pre(Buffer.from(s, 'utf8').toString('utf8') === s);
      assert.equal(unquote(gitQuote(s)), s);
      if (!s.startsWith('"')) assert.equal(unquote(s), s);
    }),
    runs(1906, 300),
  );
  fc.assert(
    fc.property(anyText(60), (s) => {
      assert.equal(typeof unquote(`"${s}`), 'string');
      assert.equal(typeof unquote(s), 'string');
    }),
    runs(1907, 300),
  );
});

test('props git-diff: linear time on adversarial diffs (huge hunks, many files, long quoted paths, long header lines)', () => {
  const cases: [string, (n: number) => string][] = [
    ['one hunk of n added lines', (n) => `@@ -1,${n} +1,${n} @@\n${'+x\n'.repeat(n)}`],
    ['n small files', (n) => 'diff --git a/p b/p\n--- a/p\n+++ b/p\n@@ -1 +1 @@\n+x\n'.repeat(Math.ceil(n / 8))],
    ['a long quoted path of octal escapes', (n) => `diff --git "a/${'\\303\\251'.repeat(n)}" "b/${'\\303\\251'.repeat(n)}"\n`],
    ['a long unquoted header', (n) => `diff --git a/${'a b/'.repeat(n)} b/${'a b/'.repeat(n)}\n`],
    ['a hunk header of one long number', (n) => `diff --git a/x b/x\n@@ -${'1'.repeat(n)},${'9'.repeat(n)} +1 @@\n`],
    ['over-counted hunks of header-like lines', (n) => `@@ -1,9999999 +1,9999999 @@\n${'++ b/x\n-- a/x\n \n'.repeat(n)}`],
    ['a long line of @', (n) => `@@${'@'.repeat(n)}\n`],
  ];
  for (const [label, build] of cases) {
    assertLinear(label, (n) => {
      const text = build(n);
      return () => parseDiff(text, { collectText: true });
    }, 512);
  }
  // The line splitter: one very long line in many small chunks, capped and not.
  for (const max of [Infinity, 1000]) {
    assertLinear(`line splitter, one long line in 16-character chunks (maxLine ${max})`, (n) => {
      const chunks = Array.from({ length: n }, () => 'abcdefghijklmno\r');
      return () => {
        const s = createLineSplitter(max);
        for (const c of chunks) s.push(c);
        s.end();
      };
    }, 1024);
  }
});

test('props git-diff: control: the growth check catches a quadratic line joiner', () => {
  // The deliberately broken shape: a partial line kept as one string and searched from its start per chunk.
  const c = measureLinear((n) => {
    const chunks = Array.from({ length: n }, () => 'abcdefghijklmno');
    return () => {
      let buf = '';
      for (const ch of chunks) {
        buf += ch;
        for (let i = 0; i < buf.length; i++) if (buf.charCodeAt(i) === 10) break;
      }
    };
  }, 256, { minMs: 8 });
  assert.ok(!isLinear(c), `a quadratic joiner must fail the check (n=${c.n}: ${c.smallMs.toFixed(1)} ms, ${c.largeMs.toFixed(1)} ms)`);
});

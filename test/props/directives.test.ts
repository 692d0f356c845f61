// Properties of the inline directive finder (src/suppress/directives.ts): any text, and texts full of
// near-miss directives (random ids, spacing, comment closers), is read without throwing into well-formed
// directives; the finder is line-local; work grows linearly; and a directive naming a planted token never
// prints it in the scan's warnings.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { findDirectives, unknownDirectiveIds, type Directive } from '../../src/suppress/directives.js';
import { lineIndex } from '../../src/model/text.js';
import { unknownName } from '../../src/model/suggest.js';
import { runConfiguredScan } from '../../src/scan/scan-request.js';
import { anyText, assertLinear, leaked, lineText, onlyTyped, plantedToken, runs } from './arbitraries.js';

const FORMS = new Set([
  'keyshift:allow',
  'keyshift:allow-next-line',
  'gitleaks:allow',
  'pragma: allowlist secret',
  'pragma: allowlist nextline secret',
  'trufflehog:ignore',
  'secretlint-disable-line',
  'secretlint-disable-next-line',
]);
const ID_SHAPE = /^[A-Za-z0-9][\w-]*(?:\.[A-Za-z0-9][\w-]*)+$/;

const form = fc.constantFrom(
  'keyshift:allow', 'keyshift:allow-next-line', 'gitleaks:allow', 'pragma: allowlist secret', 'pragma:allowlist nextline secret',
  'pragma: whitelist-secret', 'trufflehog:ignore', 'secretlint-disable-line', 'secretlint-disable-next-line',
  // Near misses.
  'keyshift:', 'keyshift:allowx', 'keyshift:allow-', 'keyshift:allow-next', 'gitleaks:allowed', 'pragma:', 'secretlint-disable', 'KEYSHIFT:ALLOW',
);
const space = fc.stringMatching(/^[ \t]{0,3}$/);
const patternId = fc.oneof(
  fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,8}(\.[a-z0-9][a-z0-9_-]{0,8}){1,3}$/),
  fc.constantFrom('aws.access-key-id', 'generic.password', '.x', 'a.', 'a..b', '--', '-- x', 'x.y,', 'x.y*/'),
  lineText(10),
);
const reason = fc.tuple(space, lineText(30)).map(([s, r]) => ` --${s}${r}`);
const closer = fc.constantFrom('', ' */', ' -->', '";', "')", ' #}', '*)', ' --%>', '  ');
const opener = fc.constantFrom('', '// ', '# ', '/* ', '<!-- ', '-- ', "' ", 'key = "x" # ', 'REM ');
const directiveLine = fc
  .tuple(opener, form, space, fc.option(patternId), fc.option(reason), closer)
  .map(([o, f, s, id, r, c]) => `${o}${f}${id === null ? '' : `${s || ' '}${id}`}${r ?? ''}${c}`);
const directiveText = fc
  .tuple(fc.array(fc.oneof(directiveLine, directiveLine, lineText(), anyText(30)), { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([lines, eol]) => lines.join(eol));
const anyDirectiveText = fc.oneof(directiveText, anyText());

function wellFormed(text: string, found: Map<number, Directive[]>): void {
  const lines = lineIndex(text).length;
  for (const [appliesTo, list] of found) {
    for (const d of list) {
      assert.equal(d.appliesTo, appliesTo);
      assert.ok(d.line >= 1 && d.line <= lines, `line ${d.line} of ${lines}`);
      assert.ok(d.appliesTo === d.line || d.appliesTo === d.line + 1);
      assert.ok(FORMS.has(d.form), d.form);
      assert.equal(d.used, false);
      if (d.patternId !== undefined) assert.match(d.patternId, ID_SHAPE);
      if (d.reason !== undefined) {
        assert.ok(d.reason.length > 0 && d.reason === d.reason.trim() && !/[\r\n]/.test(d.reason), JSON.stringify(d.reason));
      }
    }
  }
}

test('props directives: any text, and texts of near-miss directives, give well-formed directives and no exception', () => {
  fc.assert(
    fc.property(anyDirectiveText, (text) => {
      const found = onlyTyped(() => findDirectives(text, lineIndex(text)));
      assert.ok(found, 'findDirectives never throws');
      wellFormed(text, found);
      // The lazy line index gives the same answer.
      assert.deepEqual(findDirectives(text, () => lineIndex(text)), found);
    }),
    runs(1911, 300),
  );
});

test('props directives: a keyshift directive with an id, any spacing and closer, is found on its line with that id', () => {
  const id = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,8}(\.[a-z0-9][a-z0-9_-]{0,8}){1,3}$/);
  const calm = fc.stringMatching(/^[a-z ]{0,20}$/);
  fc.assert(
    fc.property(fc.array(calm, { maxLength: 5 }), fc.constantFrom('keyshift:allow', 'keyshift:allow-next-line'), fc.stringMatching(/^[ \t]{1,3}$/), id, fc.option(calm), opener, closer, (before, f, s, pid, why, o, c) => {
      const line = `${o}${f}${s}${pid}${why === null ? '' : ` -- ${why}`}${c}`;
      const text = [...before, line, 'after'].join('\n');
      const all = [...findDirectives(text, lineIndex(text)).values()].flat();
      assert.equal(all.length, 1, text);
      assert.equal(all[0]!.line, before.length + 1);
      assert.equal(all[0]!.form, f);
      assert.equal(all[0]!.patternId, pid);
      assert.equal(all[0]!.appliesTo, before.length + (f === 'keyshift:allow' ? 1 : 2));
    }),
    runs(1912, 200),
  );
});

test('props directives: the finder is line-local: two texts joined by a line break give both texts\' directives', () => {
  const shifted = (m: Map<number, Directive[]>, by: number): Directive[] =>
    [...m.values()].flat().map((d) => ({ ...d, line: d.line + by, appliesTo: d.appliesTo + by }));
  fc.assert(
    fc.property(anyDirectiveText, anyDirectiveText, (a, b) => {
      fc.pre(!a.endsWith('\r'));
      const joined = `${a}\n${b}`;
      const whole = [...findDirectives(joined, lineIndex(joined)).values()].flat().sort((x, y) => x.line - y.line);
      const parts = [...shifted(findDirectives(a, lineIndex(a)), 0), ...shifted(findDirectives(b, lineIndex(b)), lineIndex(a).length)].sort((x, y) => x.line - y.line);
      assert.deepEqual(whole, parts);
    }),
    runs(1913, 200),
  );
});

test('props directives: linear time on adversarial lines (repeated directives, runs of blanks and closers, many probes)', () => {
  const cases: [string, (n: number) => string][] = [
    ['one line of repeated directives', (n) => 'keyshift:allow '.repeat(n)],
    ['repeated directives with ids and reasons', (n) => 'keyshift:allow-next-line a.b -- why '.repeat(n)],
    ['probes that are no directive', (n) => 'keyshift:x pragma: secretlint-disable gitleaks:allo '.repeat(n)],
    ['a reason of blanks', (n) => `keyshift:allow -- x${' \t'.repeat(n)}y`],
    ['a reason ending in a run of closers', (n) => `keyshift:allow -- "${';,)'.repeat(n)}`],
    ['blanks between directives', (n) => `keyshift:allow${' '.repeat(n)}`.repeat(8)],
    ['a long dotted id', (n) => `keyshift:allow ${'a.'.repeat(n)}b`],
    ['many lines with directives', (n) => '// gitleaks:allow\n# keyshift:allow x.y -- r */\n'.repeat(Math.ceil(n / 16))],
    ['a long line of dashes after a directive', (n) => `keyshift:allow ${'-'.repeat(n)}`],
  ];
  for (const [label, build] of cases) {
    assertLinear(label, (n) => {
      const text = build(n);
      return () => findDirectives(text, () => lineIndex(text));
    }, 256);
  }
});

/** A scan of one file from standard input, as `keyshift scan -` runs it, in an empty folder. */
async function scanText(name: string, text: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'keyshift-props-'));
  try {
    async function* stream() {
      yield text;
    }
    const r = await runConfiguredScan({
      cwd: dir, targets: [], include: [], exclude: [], respectGitignore: false, workers: 0, mode: { kind: 'files' },
      reportUnusedDirectives: true, stdin: { name, stream: stream() },
    });
    // Unused directives as the CLI prints them (scan-command.ts): path, line and form.
    const unused = r.unusedDirectives.map((d) => `${d.path}:${d.line} (${d.form})`);
    return JSON.stringify({ warnings: r.report.result.warnings, skips: r.report.result.skips, unused, findings: r.report.result.findings });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const leakyDirective = fc
  .tuple(plantedToken, fc.constantFrom('keyshift:allow', 'keyshift:allow-next-line'), fc.constantFrom('acme.', 'x.', '', 'a.b.'), fc.constantFrom('', '.x', '.y-z'), opener, closer, fc.option(reason))
  .map(([t, f, pre, post, o, c, r]) => ({ token: t, line: `${o}${f} ${pre}${t}${post}${r ?? ''}${c}` }));

test('props directives: a directive naming a planted token never prints it (warnings, skips, unused directives, findings JSON)', async () => {
  await fc.assert(
    fc.asyncProperty(leakyDirective, fc.array(lineText(), { maxLength: 3 }), async ({ line }, around) => {
      const out = await scanText('app.txt', [...around, line, 'value = 1', ''].join('\n'));
      assert.deepEqual(leaked(out), [], out);
    }),
    runs(1914, 12),
  );
});

test('props directives: control: a warning that quotes the directive id as written is caught by the leak property', () => {
  // The deliberately broken shape: the message formatter scan-request.ts would have without unknownName.
  const rawWarning = (text: string): string =>
    unknownDirectiveIds(new Map([['app.txt', findDirectives(text, lineIndex(text))]]), new Set())
      .map((d) => `${d.path}:${d.line}: names ${JSON.stringify(d.patternId)}`)
      .join('\n');
  const safeWarning = (text: string): string =>
    unknownDirectiveIds(new Map([['app.txt', findDirectives(text, lineIndex(text))]]), new Set(['aws.access-key-id']))
      .map((d) => `${d.path}:${d.line}: names ${unknownName(d.patternId, ['aws.access-key-id']).shown}`)
      .join('\n');
  const property = (format: (t: string) => string) => fc.property(leakyDirective, ({ line }) => assert.deepEqual(leaked(format(line)), []));
  assert.ok(fc.check(property(rawWarning), runs(1915, 100)).failed, 'the leak property must catch a raw id in a warning');
  fc.assert(property(safeWarning), runs(1915, 100));
});

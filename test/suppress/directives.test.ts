// Every directive form, in many comment syntaxes, suppresses exactly the line it names (and only the
// named pattern when one is given); unused directives are reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDirectives, type Directive } from '../../src/suppress/directives.js';
import { EMPTY_ALLOWLIST, applySuppressions, unusedDirectives } from '../../src/suppress/apply.js';
import { lineStarts, makeFinding } from './make-finding.js';

const KEY = 'AKIAQ7RSTV2WXYZ3ABCD'; // fake, format-valid AWS access key id

function directivesOf(text: string): Map<number, Directive[]> {
  return findDirectives(text, lineStarts(text));
}

/** Lines (1-based) suppressed when every line of `text` holds one aws.access-key finding. */
function suppressedLines(text: string, ruleId = 'aws.access-key'): number[] {
  const n = text.split('\n').length;
  const findings = Array.from({ length: n }, (_, i) => makeFinding({ ruleId, path: 'f', line: i + 1, secret: `${KEY.slice(0, 16)}${1000 + i}` }));
  applySuppressions(findings, { directives: new Map([['f', directivesOf(text)]]), allowlist: EMPTY_ALLOWLIST });
  return findings.filter((f) => f.suppressions.length > 0).map((f) => f.line);
}

const SAME_LINE = ['keyshift:allow', 'gitleaks:allow', 'pragma: allowlist secret', 'trufflehog:ignore', 'secretlint-disable-line'];
const NEXT_LINE = ['keyshift:allow-next-line', 'pragma: allowlist nextline secret', 'secretlint-disable-next-line'];
const COMMENTS: [string, string][] = [
  ['// ', ''],
  ['# ', ''],
  ['/* ', ' */'],
  ['<!-- ', ' -->'],
  ['-- ', ''],
  ['; ', ''],
  ['REM ', ''],
  ["' ", ''],
];

test('same-line forms suppress their own line only, in every comment syntax', () => {
  for (const form of SAME_LINE) {
    for (const [open, close] of COMMENTS) {
      const text = `a = 1\nkey = "${KEY}" ${open}${form}${close}\nb = 2\n`;
      assert.deepEqual(suppressedLines(text), [2], `${open}${form}${close}`);
    }
  }
});

test('next-line forms suppress the following line only, in every comment syntax', () => {
  for (const form of NEXT_LINE) {
    for (const [open, close] of COMMENTS) {
      const text = `a = 1\n${open}${form}${close}\nkey = "${KEY}"\nb = 2\n`;
      assert.deepEqual(suppressedLines(text), [3], `${open}${form}${close}`);
    }
  }
});

test('a directive inside a string literal counts too', () => {
  assert.deepEqual(suppressedLines(`x\ncreds = ["${KEY}", "keyshift:allow"]\n`), [2]);
});

test('recognized forms and their fields', () => {
  const text = [
    `k = "${KEY}" // keyshift:allow aws.access-key -- rotated, test account`,
    '# keyshift:allow-next-line github.pat-classic',
    'tok = 1',
    '<!-- keyshift:allow -- docs example -->',
    '/* keyshift:allow aws.access-key. -- see ticket 12 */',
    's = "x" # pragma:allowlist secret',
    'p = 1 # pragma: whitelist secret',
    '# keyshift:ignore is not a directive; neither is gitleaks:allowed or keyshift:allowance',
    'keyshift:allow this is fine',
  ].join('\n');
  const got = [...directivesOf(text).values()].flat().map((d) => ({ ...d }));
  assert.deepEqual(got, [
    { line: 1, appliesTo: 1, form: 'keyshift:allow', patternId: 'aws.access-key', reason: 'rotated, test account', used: false },
    { line: 2, appliesTo: 3, form: 'keyshift:allow-next-line', patternId: 'github.pat-classic', used: false },
    { line: 4, appliesTo: 4, form: 'keyshift:allow', reason: 'docs example', used: false },
    { line: 5, appliesTo: 5, form: 'keyshift:allow', patternId: 'aws.access-key', reason: 'see ticket 12', used: false },
    { line: 6, appliesTo: 6, form: 'pragma: allowlist secret', used: false },
    { line: 7, appliesTo: 7, form: 'pragma: allowlist secret', used: false },
    { line: 9, appliesTo: 9, form: 'keyshift:allow', used: false },
  ]);
});

test('a directive that names a pattern suppresses only that pattern', () => {
  const text = `x = "${KEY}" ghp = "t" # keyshift:allow aws.access-key -- test account\n`;
  const aws = makeFinding({ ruleId: 'aws.access-key', path: 'f', line: 1, secret: KEY });
  const gh = makeFinding({ ruleId: 'github.pat-classic', path: 'f', line: 1, secret: 'ghp_fakefakefakefakefakefakefakefake0000' });
  const other = makeFinding({ ruleId: 'aws.access-key', path: 'g', line: 1, secret: KEY });
  const directives = new Map([['f', directivesOf(text)]]);
  applySuppressions([aws, gh, other], { directives, allowlist: EMPTY_ALLOWLIST });
  assert.deepEqual(aws.suppressions, [{ kind: 'inSource', source: 'directive', justification: 'test account' }]);
  assert.deepEqual(gh.suppressions, []);
  assert.deepEqual(other.suppressions, [], 'directives are per file');
});

test('a directive on any line of a multi-line secret covers it', () => {
  const text = 'a\n-----BEGIN OPENSSH PRIVATE KEY----- # gitleaks:allow\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n';
  const key = makeFinding({ ruleId: 'ssh.private-key', path: 'k', line: 2, endLine: 4, secret: 'fake-private-key-block' });
  applySuppressions([key], { directives: new Map([['k', directivesOf(text)]]), allowlist: EMPTY_ALLOWLIST });
  assert.deepEqual(key.suppressions, [{ kind: 'inSource', source: 'directive' }]);
});

test('unusedDirectives lists directives that suppressed nothing, by path and line', () => {
  const a = `x = "${KEY}" # keyshift:allow\n# keyshift:allow-next-line\nclean = true\n`;
  const b = `y = "${KEY}" # keyshift:allow github.pat-classic\n`;
  const directives = new Map([
    ['b.py', directivesOf(b)],
    ['a.py', directivesOf(a)],
  ]);
  const findings = [
    makeFinding({ ruleId: 'aws.access-key', path: 'a.py', line: 1, secret: KEY }),
    makeFinding({ ruleId: 'aws.access-key', path: 'b.py', line: 1, secret: KEY }),
  ];
  applySuppressions(findings, { directives, allowlist: EMPTY_ALLOWLIST });
  assert.deepEqual(
    unusedDirectives(directives).map((d) => `${d.path}:${d.line}->${d.appliesTo} ${d.form}${d.patternId ? ` ${d.patternId}` : ''}`),
    ['a.py:2->3 keyshift:allow-next-line', 'b.py:1->1 keyshift:allow github.pat-classic'],
  );
});

test('a text without any probe literal yields no directives', () => {
  assert.equal(directivesOf('const keyshift = "allow";\n# pragma once\n').size, 0);
  assert.equal(directivesOf('').size, 0);
});

// Tests for the regex parser, the static backtracking checks and the probe's deterministic parts
// (alphabet and attack strings). Timing itself is never asserted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  attackStrings,
  checkRegexSafety,
  countCaptureGroups,
  probeRegex,
  regexAlphabet,
} from '../../src/catalog/regex-safety.js';
import { parseRegex, RegexParseError } from '../../src/catalog/regex-parse.js';

const SAFE: string[] = [
  String.raw`\b(ghp_[A-Za-z0-9]{36})\b`,
  String.raw`(?:key|token)\s*[:=]\s*["']?([A-Za-z0-9/+]{40})["']?`,
  String.raw`-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]{64,8000}?-----END [A-Z ]*PRIVATE KEY-----`,
  String.raw`\b((?:AKIA|ASIA)[A-Z2-7]{16})\b`,
  String.raw`\b(eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)`,
  String.raw`(xox[baprs]-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24,34})`,
  String.raw`https?://[^:@/\s]+:([^@/\s]+)@`,
  String.raw`(?:[a-z0-9-]+\.)+[a-z]{2,}`,
  String.raw`(?:,\s*[a-z]+)*`,
  String.raw`(a|ab)*c`,
  String.raw`(?:key|api|app)+`,
  String.raw`(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==)?`,
  String.raw`(?<secret>sk_live_[0-9a-zA-Z]{24,99})`,
  String.raw`(?:%[0-9A-F]{2}|[A-Za-z0-9])+`,
];

const UNSAFE: Array<[string, string]> = [
  ['(a+)+$', 'nested quantifier'],
  ['(.*a){20}', 'nested quantifier'],
  ['(x+x+)+y', 'nested quantifier'],
  ['(a*)*', 'nested quantifier'],
  [String.raw`(\w+\s?)*`, 'nested quantifier'],
  [String.raw`(?:\d+){2,}`, 'nested quantifier'],
  [String.raw`(?=(a+)+b)`, 'nested quantifier'],
  [String.raw`(\w|\w)*`, 'overlapping alternatives'],
  ['(a|a)*', 'overlapping alternatives'],
  [String.raw`(\w|\d)+`, 'overlapping alternatives'],
  [String.raw`(?:ab|a\w)+`, 'overlapping alternatives'],
  [String.raw`\w+\w+`, 'adjacent unbounded quantifiers'],
  ['.*.*', 'adjacent unbounded quantifiers'],
  ['[a-z]+[a-z0-9]*', 'adjacent unbounded quantifiers'],
  [String.raw`\s*[:=]?\s*`, 'adjacent unbounded quantifiers'],
  [String.raw`(\w+)\d{3,}`, 'adjacent unbounded quantifiers'],
  [String.raw`(?:\.[a-z]+)+[a-z]{2,}`, 'adjacent unbounded quantifiers'],
];

test('typical provider regexes pass the static check', () => {
  for (const source of SAFE) assert.equal(checkRegexSafety(source), undefined, source);
});

test('catastrophic shapes are rejected with the reason', () => {
  for (const [source, reason] of UNSAFE) {
    const why = checkRegexSafety(source);
    assert.ok(why?.startsWith(reason), `${source}: got ${why}`);
  }
});

test('the reason quotes the offending quantifiers', () => {
  assert.equal(
    checkRegexSafety('(a+)+$'),
    "nested quantifier: 'a+' repeats inside '(a+)+' with no mandatory separator it cannot match",
  );
  assert.equal(
    checkRegexSafety(String.raw`x\w+y?\d*`),
    String.raw`adjacent unbounded quantifiers '\w+' and '\d*' can match the same characters with nothing mandatory between them`,
  );
});

test('bounded quantifiers count as bounded, {n,} as unbounded', () => {
  assert.equal(checkRegexSafety(String.raw`(\w{1,64}){1,8}`), undefined);
  assert.equal(checkRegexSafety(String.raw`\w{1,64}\w{1,64}`), undefined);
  assert.ok(checkRegexSafety(String.raw`(\w{1,}){1,8}`)?.startsWith('nested quantifier'));
});

test('a mandatory separator outside the quantified class makes a nested quantifier safe', () => {
  assert.equal(checkRegexSafety(String.raw`(?:[a-z]+-)+`), undefined);
  assert.ok(checkRegexSafety(String.raw`(?:[a-z-]+-)+`)?.startsWith('nested quantifier'));
});

test('the i flag folds case before overlaps are judged', () => {
  const source = '(?:[a-z]|[A-Z])+';
  assert.equal(checkRegexSafety(source), undefined);
  assert.ok(checkRegexSafety(source, 'i')?.startsWith('overlapping alternatives'));
  // A negated class is folded before it is negated: [^a] with i excludes 'A' too.
  assert.equal(checkRegexSafety('[^a]+A+', 'i'), undefined);
});

test('the s flag lets . match newlines', () => {
  const source = String.raw`(?:.|\n)+`;
  assert.equal(checkRegexSafety(source), undefined);
  assert.ok(checkRegexSafety(source, 's')?.startsWith('overlapping alternatives'));
});

test('escapes and classes are parsed, not pattern-matched', () => {
  // \( and [(] are literals; the only group is (x).
  assert.equal(checkRegexSafety(String.raw`\(a+\)+(x)`), undefined);
  assert.equal(checkRegexSafety(String.raw`[(a+)]+[)]`), undefined);
  // A class containing ] and - and escapes.
  assert.equal(checkRegexSafety(String.raw`[\]\-a-c]+z`), undefined);
});

test('countCaptureGroups counts named and numbered groups only', () => {
  const cases: Array<[string, number]> = [
    ['(a)(?:b)(?=c)(?!d)(?<=e)(?<!f)', 1],
    [String.raw`\(x\)`, 0],
    ['[(]', 0],
    [String.raw`[\]()]`, 0],
    ['(?<name>x)', 1],
    ['((a)(b))', 3],
    [String.raw`(a)\1`, 1],
    [String.raw`(?<n>a)\k<n>`, 1],
    ['a{2}(b)?', 1],
    [String.raw`[^\\](c)`, 1],
  ];
  for (const [source, count] of cases) {
    assert.equal(countCaptureGroups(source), count, source);
    // The engine's own count agrees: with an always-matching alternative every group is undefined.
    assert.equal(new RegExp(`${source}|`).exec('')!.length - 1, count, source);
  }
});

test('the parser rejects what it cannot read', () => {
  assert.throws(() => parseRegex('(a'), RegexParseError);
  assert.throws(() => parseRegex('a)'), RegexParseError);
  assert.throws(() => parseRegex('[a'), RegexParseError);
  assert.throws(() => parseRegex('a**'), RegexParseError);
  assert.equal(checkRegexSafety('(a'), 'the safety checker cannot parse this regex (unterminated group at offset 2); simplify it');
});

test('Annex B syntax: a lone { is a literal, [\\w-z] is three items', () => {
  assert.deepEqual(parseRegex('a{x').root, {
    type: 'seq',
    items: [
      { type: 'char', set: [[0x61, 0x61]], literal: true },
      { type: 'char', set: [[0x7b, 0x7b]], literal: true },
      { type: 'char', set: [[0x78, 0x78]], literal: true },
    ],
  });
  const cls = parseRegex(String.raw`[\d-z]`).root;
  assert.deepEqual(cls, {
    type: 'seq',
    items: [{ type: 'char', set: [[0x2d, 0x2d], [0x30, 0x39], [0x7a, 0x7a]], literal: false }],
  });
});

test('regexAlphabet picks one readable character per set and literal', () => {
  assert.equal(regexAlphabet(String.raw`\b(ghp_[A-Za-z0-9]{36})\b`), 'ghp_a');
  assert.equal(regexAlphabet(String.raw`\s*=\s*(\d+)`), ' =0');
  assert.equal(regexAlphabet('^$'), '');
});

test('attackStrings pumps each character, bare and after the fixed prefix, then a failing character', () => {
  assert.deepEqual(attackStrings('ab+', '', 'b', 3), ['bbb\u0000', 'abbbb\u0000']);
  // The failing character is one the regex cannot consume at all.
  assert.deepEqual(attackStrings(String.raw`[\s\S]x`, '', 'x', 2), ['xx\u0000', 'axxx\u0000']);
  assert.deepEqual(attackStrings('[^!]+', '', 'a', 2), ['aa!', 'aaa!']);
});

test('probeRegex returns 1 when there is nothing to pump', () => {
  assert.equal(probeRegex(/^$/, ''), 1);
});

test('probeRegex returns a finite growth ratio for a linear regex', () => {
  const growth = probeRegex(/\b(ghp_[A-Za-z0-9]{36})\b/, 'ghp_a', { maxLength: 2000 });
  assert.ok(Number.isFinite(growth) && growth >= 1, String(growth));
});

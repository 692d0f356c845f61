// Properties of the config loader (src/config/config.ts parseConfig, with the JSON Schema check it runs):
// any text and any YAML of random nesting, anchors and aliases yields problems, never an exception; every
// problem names a line of the file; work grows linearly; and a planted token, wherever it sits in a bad
// config (key, value, list entry, anchor, tag, broken YAML), never appears in a problem message.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseConfig, type ConfigProblem } from '../../src/config/config.js';
import { schemaErrors } from '../../src/config/schema.js';
import { makeToken } from '../helpers/fake-tokens.js';
import { anyText, assertLinear, leaked, lineText, onlyTyped, plantedToken, runs, yamlDocument, yamlScalar } from './arbitraries.js';

/** The config's keys by level (the schema's), so random documents reach the value checks. */
const KEYS = [
  'fail-on', 'max-file-size', 'include', 'exclude', 'ignore-files', 'patterns', 'allowlist', 'entropy', 'archives', 'decode-depth', 'verify', 'baseline', 'fingerprint',
  'only', 'enable', 'disable', 'severity', 'custom', 'paths', 'values', 'stopwords', 'generic', 'depth', 'max-bytes', 'max-entries', 'enabled', 'endpoints', 'timeout-ms', 'salt',
  'id', 'regex', 'keywords', 'examples', 'negative_examples', 'aws.access-key-id', 'generic.password', 'github',
];
const configText = fc.oneof(yamlDocument(KEYS, 5), anyText());

function checkProblems(text: string, problems: ConfigProblem[]): void {
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const p of problems) {
    assert.ok(Number.isInteger(p.line) && p.line >= 1 && p.line <= lines + 1, `line ${p.line} of ${lines}: ${p.message}`);
    assert.ok(p.message.length > 0 && !p.message.includes('\n'), JSON.stringify(p.message));
    if (p.field !== undefined) assert.ok(p.message.startsWith(`${p.field}: `), p.message);
  }
  for (let i = 1; i < problems.length; i++) assert.ok(problems[i - 1]!.line <= problems[i]!.line, 'problems are in file order');
}

test('props config: any text and random YAML give problems on lines of the file, never an exception', () => {
  fc.assert(
    fc.property(configText, (text) => {
      const r = onlyTyped(() => parseConfig(text, '.keyshift.yaml'));
      assert.ok(r, 'parseConfig collects problems; it never throws, not even a typed error');
      checkProblems(text, r.problems);
    }),
    runs(1921, 300),
  );
});

test('props config: the schema check takes any JSON value, at the top level or under any key', () => {
  const top = fc.oneof(fc.jsonValue(), fc.dictionary(fc.constantFrom(...KEYS), fc.jsonValue()), fc.dictionary(fc.constantFrom(...KEYS), fc.dictionary(fc.constantFrom(...KEYS), fc.jsonValue())));
  fc.assert(
    fc.property(top, (value) => {
      const errors = schemaErrors(value);
      assert.ok(Array.isArray(errors));
    }),
    runs(1922, 300),
  );
});

/** A config that puts the token where it must be rejected, under a random path of known keys. */
const leakyConfig = fc
  .tuple(
    plantedToken,
    fc.array(fc.constantFrom(...KEYS), { maxLength: 3 }),
    fc.constantFrom(
      'key', 'value', 'entry', 'flow-entry', 'flow-key', 'anchor', 'alias', 'tag', 'unclosed-quote', 'unclosed-flow', 'duplicate', 'bad-escape', 'stray-scalar', 'tab-key', 'url-user', 'url-host', 'size', 'regex', 'after-doc', 'directive',
    ),
    fc.array(yamlScalar, { maxLength: 2 }),
  )
  .map(([t, path, where, noise]) => {
    const pad = (d: number): string => '  '.repeat(d);
    const head = path.map((k, i) => `${pad(i)}${k}:`);
    const d = path.length;
    const body: Record<string, string> = {
      key: `${pad(d)}${t}: 1`,
      value: `${pad(d)}x: ${t}`,
      entry: `${pad(d)}- ${t}`,
      'flow-entry': `${pad(d)}x: [a, ${t}, b]`,
      'flow-key': `${pad(d)}x: {${t}: 1}`,
      anchor: `${pad(d)}x: &${t} 1`,
      alias: `${pad(d)}x: *${t}`,
      tag: `${pad(d)}x: !${t} 1`,
      'unclosed-quote': `${pad(d)}x: "${t}`,
      'unclosed-flow': `${pad(d)}x: [${t}`,
      duplicate: `${pad(d)}${t}: 1\n${pad(d)}${t}: 2`,
      'bad-escape': `${pad(d)}x: "\\${t}"`,
      'stray-scalar': `${pad(d)}- a\n${pad(d)}x: ${t}`,
      'tab-key': `${pad(d)}${t}\t: x`,
      'url-user': `${pad(d)}github: https://x:${t}@example.com`,
      'url-host': `${pad(d)}github: http://${t}.example.com/api`,
      size: `${pad(d)}max-file-size: ${t}MB`,
      regex: `${pad(d)}values: ['(${t}']`,
      'after-doc': `${pad(d)}x: 1\n...\n${t}`,
      directive: `%${t} 1\n---\nx: 1`,
    };
    return { token: t, text: [...head, body[where]!, ...noise.map((n) => `${n}: ${n}`)].join('\n') + '\n' };
  });

test('props config: a planted token in a bad config (any position, broken YAML included) never reaches a problem message', () => {
  fc.assert(
    fc.property(leakyConfig, ({ text }) => {
      const { problems } = parseConfig(text, '.keyshift.yaml');
      assert.deepEqual(leaked(problems.map((p) => `${p.field ?? ''} ${p.message}`).join('\n')), [], `${text}\n=> ${JSON.stringify(problems)}`);
    }),
    runs(1923, 300),
  );
});

test('props config: control: a parser that echoes the offending line is caught by the leak property', () => {
  // The deliberately broken shape: each problem message carries the source line it points at.
  const echoing = (text: string): string[] => parseConfig(text, 'x').problems.map((p) => `${p.message}: ${text.split('\n')[p.line - 1] ?? ''}`);
  const r = fc.check(fc.property(leakyConfig, ({ text }) => assert.deepEqual(leaked(echoing(text).join('\n')), [])), runs(1923, 300));
  assert.ok(r.failed, 'the leak property must catch a message that quotes the file');
});

test('props config: linear time on adversarial configs (deep nesting, many keys and entries, aliases, long runs, unclosed openers)', () => {
  const cases: [string, (n: number) => string][] = [
    ['many allowlist pattern keys', (n) => `allowlist:\n  patterns:\n${Array.from({ length: n / 8 }, (_, i) => `    k${i}.x: {paths: [a]}\n`).join('')}`],
    ['many unknown top-level keys', (n) => Array.from({ length: n / 8 }, (_, i) => `k${i}: 1\n`).join('')],
    ['a long list', (n) => `include:\n${'  - a/**\n'.repeat(n / 8)}`],
    ['many aliases', (n) => `x: &a [1]\n${Array.from({ length: n / 8 }, (_, i) => `k${i}: *a\n`).join('')}`],
    ['a long scalar', (n) => `baseline: ${'a'.repeat(n)}\n`],
    ['a long quoted scalar of escapes', (n) => `baseline: "${'\\t'.repeat(n / 2)}"\n`],
    ['flow nesting', (n) => `include: ${'['.repeat(Math.min(n / 2, 100))}${'x, '.repeat(n / 4)}${']'.repeat(Math.min(n / 2, 100))}\n`],
    ['deep flow nesting', (n) => `include: ${'['.repeat(n)}${']'.repeat(n)}\n`],
    ['unclosed flow openers', (n) => `include: ${'['.repeat(n)}\n`],
    ['unclosed map openers', (n) => `include: ${'{a: '.repeat(n / 4)}\n`],
    ['deep block nesting', (n) => Array.from({ length: Math.ceil(Math.sqrt(n)) }, (_, i) => `${' '.repeat(i)}k:`).join('\n')],
    ['many values to check', (n) => `allowlist:\n  values:\n${"    - '(a'\n".repeat(n / 10)}`],
  ];
  for (const [label, build] of cases) {
    assertLinear(label, (n) => {
      const text = build(n);
      return () => parseConfig(text, '.keyshift.yaml');
    }, 512, { maxN: 1 << 19 });
  }
});

test('props config: issue 19 regression: flow nesting 20,000 deep after a 2,000-deep one is a problem, not a process abort', () => {
  // Found by the growth property: yaml's composer recursed to the end of the stack, where V8 aborted the process
  // ("RegExpCompiler Allocation failed - process out of memory", which no catch sees).
  for (const n of [2000, 20000, 2000, 20000]) {
    assert.deepEqual(parseConfig(`include: ${'['.repeat(n)}${']'.repeat(n)}\n`, 'x').problems, [{ line: 1, message: 'invalid YAML: collections nested more than 200 levels deep' }]);
  }
  // Control: nesting within the bound still parses, and is checked as a value.
  assert.deepEqual(parseConfig(`include: ${'['.repeat(150)}${']'.repeat(150)}\n`, 'x').problems.map((p) => p.field), ['include[0]']);
});

test('props config: issue 19 regression: a YAML error that quotes the source redacts a token in it', () => {
  const t = makeToken('github.pat-classic', 1924);
  const { problems } = parseConfig(`- a\nx: ${t}\n`, 'x');
  assert.deepEqual(problems.map((p) => p.message), [
    'invalid YAML: Unexpected scalar at node end',
    'invalid YAML: Unexpected map-value-ind token in YAML stream: ":"',
    `invalid YAML: Unexpected scalar token in YAML stream: "ghp…[${t.length + 2}]`,
  ]);
});

test('props config: issue 19 regression: YAML problems are in file order, so loadConfig reports the first', () => {
  const text = "fail-on: &b\n  - &c\n    fail-on: &b _\n    fail-on: &a\n      fail-on: &c\n        fail-on: &b ''\n\n      fail-on: &b \"\"\n%YAML 1.2\n    fail-on: &b ''\n\n  - &b \n  - &a x\n  - &c\n    <<: *a\n    <<: &b \"\"\n\n\n";
  assert.deepEqual(parseConfig(text, 'x').problems.map((p) => p.line), [4, 8, 9, 9, 11, 12, 12, 16]);
});

test('props config: a second YAML document is a problem on its line', () => {
  assert.deepEqual(parseConfig('fail-on: high\n---\nfail-on: low\n', 'x').problems, [{ line: 2, message: 'invalid YAML: a second document (after ---); a config file holds one' }]);
});

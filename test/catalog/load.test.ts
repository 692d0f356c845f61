// Tests for parsing pattern files (schema, defaults, key mapping, line numbers) and loading a folder
// (order, skipped files, duplicate ids, errors), plus a check of the real patterns/ catalog.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultPatternsDir, loadPatterns, parsePatternFile } from '../../src/catalog/load.js';
import { formatProblems, lintPatterns } from '../../src/catalog/lint.js';
import { ConfigError } from '../../src/model/errors.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const DATA = join(REPO, 'test/catalog/data');

const MINIMAL = `family: vcs
patterns:
  - id: acme.token
    name: Acme token
    provider: acme
    kind: static-key
    severity: high
    keywords: [acme_]
    regex: '(acme_[a-z]{8})'
    migration: acme-oidc
    references: ['https://example.com/']
    examples: ['acme_abcdefgh', 'x acme_hgfedcba']
    negative_examples: ['acme_', 'acme_1']
`;

test('defaults are applied and family comes from the file', () => {
  const { patterns, problems } = parsePatternFile(MINIMAL, 'vcs.yaml');
  assert.deepEqual(problems, []);
  assert.deepEqual(patterns, [
    {
      id: 'acme.token',
      name: 'Acme token',
      provider: 'acme',
      family: 'vcs',
      kind: 'static-key',
      severity: 'high',
      confidence: 'high',
      keywords: ['acme_'],
      regex: '(acme_[a-z]{8})',
      flags: '',
      migration: 'acme-oidc',
      references: ['https://example.com/'],
      tags: [],
      cwe: [],
      generic: false,
      publishable: false,
      allow: [],
      examples: ['acme_abcdefgh', 'x acme_hgfedcba'],
      negativeExamples: ['acme_', 'acme_1'],
    },
  ]);
});

test('snake_case keys become camelCase fields; given values override defaults', () => {
  const text = MINIMAL.replace(
    '    migration: acme-oidc\n',
    [
      '    migration: acme-oidc',
      '    min_entropy: 3.25',
      '    window_before: 4',
      '    window_after: 40',
      '    confidence: low',
      '    flags: i',
      '    generic: true',
      '    publishable: true',
      '    validator: acme-crc',
      '    decoder: jwt',
      "    allow: ['EXAMPLE']",
      '    tags: [a, b]',
      '    cwe: [CWE-522]',
      '',
    ].join('\n'),
  );
  const { patterns, problems } = parsePatternFile(text, 'vcs.yaml');
  assert.deepEqual(problems, []);
  const p = patterns[0]!;
  assert.equal(p.minEntropy, 3.25);
  assert.equal(p.windowBefore, 4);
  assert.equal(p.windowAfter, 40);
  assert.equal(p.confidence, 'low');
  assert.equal(p.flags, 'i');
  assert.equal(p.generic, true);
  assert.equal(p.publishable, true);
  assert.equal(p.validator, 'acme-crc');
  assert.equal(p.decoder, 'jwt');
  assert.deepEqual(p.allow, ['EXAMPLE']);
  assert.deepEqual(p.tags, ['a', 'b']);
  assert.deepEqual(p.cwe, ['CWE-522']);
  assert.deepEqual(p.negativeExamples, ['acme_', 'acme_1']);
  assert.equal('negative_examples' in p, false);
});

test('unknown keys are problems with their line, at both levels', () => {
  const text = MINIMAL.replace('family: vcs\n', 'family: vcs\nversion: 2\n').replace(
    '    severity: high\n',
    '    severity: high\n    minEntropy: 3\n',
  );
  const { patterns, problems } = parsePatternFile(text, 'vcs.yaml');
  assert.equal(patterns.length, 1);
  assert.deepEqual(
    problems.map((p) => [p.line, p.patternId, p.field, p.message.split(';')[0]]),
    [
      [2, undefined, 'version', 'unknown top-level key'],
      [9, 'acme.token', 'minEntropy', 'unknown key'],
    ],
  );
});

test('a wrong type on a required key drops the pattern; on an optional key the default stays', () => {
  const wrongRequired = parsePatternFile(MINIMAL.replace('keywords: [acme_]', 'keywords: acme_'), 'vcs.yaml');
  assert.deepEqual(wrongRequired.patterns, []);
  assert.deepEqual(wrongRequired.problems, [
    { file: 'vcs.yaml', line: 8, patternId: 'acme.token', field: 'keywords', message: 'expected a list of strings, got a string' },
  ]);

  const wrongOptional = parsePatternFile(MINIMAL.replace('    severity: high\n', '    severity: high\n    generic: "yes"\n'), 'vcs.yaml');
  assert.equal(wrongOptional.patterns.length, 1);
  assert.equal(wrongOptional.patterns[0]!.generic, false);
  assert.deepEqual(wrongOptional.problems, [
    { file: 'vcs.yaml', line: 8, patternId: 'acme.token', field: 'generic', message: 'expected true or false, got a string' },
  ]);

  const numberKeyword = parsePatternFile(MINIMAL.replace('keywords: [acme_]', 'keywords: [acme_, 123]'), 'vcs.yaml');
  assert.equal(numberKeyword.problems[0]!.message, 'item 1 is a number, expected a string (quote it)');
});

test('missing required keys are reported, one problem per key', () => {
  const { patterns, problems } = parsePatternFile(
    MINIMAL.replace('    name: Acme token\n', '').replace('    migration: acme-oidc\n', ''),
    'vcs.yaml',
  );
  assert.deepEqual(patterns, []);
  assert.deepEqual(
    problems.map((p) => [p.line, p.field, p.message]),
    [
      [3, 'name', "missing required key 'name'"],
      [3, 'migration', "missing required key 'migration'"],
    ],
  );
});

test('file-level shape: family and patterns', () => {
  assert.deepEqual(
    parsePatternFile('patterns: []\n', 'a.yaml').problems.map((p) => [p.line, p.field, p.message]),
    [[1, 'family', "missing; add 'family: <name>' at the top of the file"]],
  );
  assert.deepEqual(
    parsePatternFile('family: Bad Name\npatterns: {}\n', 'a.yaml').problems.map((p) => [p.line, p.field]),
    [
      [1, 'family'],
      [2, 'patterns'],
    ],
  );
  assert.deepEqual(parsePatternFile('- a\n- b\n', 'a.yaml').problems, [
    { file: 'a.yaml', line: 1, message: 'expected a map with the keys family and patterns' },
  ]);
  assert.deepEqual(
    parsePatternFile('family: x\npatterns:\n  - just a string\n', 'a.yaml').problems.map((p) => [p.line, p.field]),
    [[3, 'patterns']],
  );
});

test('YAML syntax errors carry their line', () => {
  const { patterns, problems } = parsePatternFile('family: vcs\npatterns:\n  - id: a: b\n    name: x\n', 'bad.yaml');
  assert.deepEqual(patterns, []);
  assert.deepEqual(problems, [
    { file: 'bad.yaml', line: 3, message: 'YAML syntax error: Nested mappings are not allowed in compact mappings' },
  ]);
});

test('duplicate YAML keys are syntax errors', () => {
  const { problems } = parsePatternFile(MINIMAL.replace('    severity: high\n', '    severity: high\n    severity: low\n'), 'vcs.yaml');
  assert.deepEqual(problems.map((p) => p.line), [8]);
});

test('a duplicate id within a file is reported and the second copy dropped', () => {
  const second = MINIMAL.split('\n').slice(2).join('\n');
  const { patterns, problems } = parsePatternFile(MINIMAL + second, 'vcs.yaml');
  assert.equal(patterns.length, 1);
  assert.deepEqual(problems, [
    {
      file: 'vcs.yaml',
      line: 14,
      patternId: 'acme.token',
      field: 'id',
      message: 'duplicate id: already defined at line 3 of this file; pick a new id',
    },
  ]);
});

test('loadPatterns reads *.yaml in name order, skipping migrations.yaml and other files', () => {
  const dir = join(DATA, 'catalog-ok');
  const { patterns, problems, files } = loadPatterns(dir);
  assert.deepEqual(problems, []);
  assert.deepEqual(files, [join(dir, 'a-cloud.yaml'), join(dir, 'b-vcs.yaml')]);
  assert.deepEqual(
    patterns.map((p) => [p.id, p.family]),
    [
      ['nimbus.key', 'cloud'],
      ['acme.token', 'vcs'],
    ],
  );
  // The test catalog also lints clean.
  const ctx = { migrationKeys: new Set(['acme-oidc', 'nimbus-oidc']), validators: new Set<string>(), probe: false };
  assert.deepEqual(lintPatterns(patterns, ctx), []);
});

test('loadPatterns reports an id defined in two files at the second one', () => {
  const dir = join(DATA, 'catalog-dup');
  const { patterns, problems } = loadPatterns(dir);
  assert.deepEqual(patterns.map((p) => p.family), ['one']);
  assert.deepEqual(problems, [
    {
      file: join(dir, 'two.yaml'),
      line: 3,
      patternId: 'acme.token',
      field: 'id',
      message: `duplicate id: already defined in ${join(dir, 'one.yaml')}:3; ids are unique and never renamed, pick a new one`,
    },
  ]);
});

test('loadPatterns throws ConfigError only when the folder cannot be read', () => {
  const missing = join(DATA, 'no-such-folder');
  assert.throws(
    () => loadPatterns(missing),
    (err: unknown) =>
      err instanceof ConfigError &&
      err.file === missing &&
      err.message === `${missing}: cannot read the patterns folder (ENOENT); pass an existing folder of pattern files`,
  );
});

test('defaultPatternsDir finds the package patterns/ folder', () => {
  assert.equal(defaultPatternsDir(), join(REPO, 'patterns'));
});

const realFiles = readdirSync(join(REPO, 'patterns')).filter((f) => f.endsWith('.yaml') && f !== 'migrations.yaml');

test('the real catalog loads and lints clean (migration and validator keys stubbed)', { skip: realFiles.length === 0 && 'no pattern files yet' }, () => {
  const loaded = loadPatterns();
  assert.ok(loaded.patterns.length > 0);
  // The full check with real migration keys and validators is wired by `keyshift patterns check`.
  const ctx = {
    migrationKeys: new Set(loaded.patterns.map((p) => p.migration)),
    validators: new Set(loaded.patterns.flatMap((p) => (p.validator ? [p.validator] : []))),
    probe: false,
  };
  const problems = [...loaded.problems, ...lintPatterns(loaded.patterns, ctx)];
  assert.equal(formatProblems(problems), '');
});

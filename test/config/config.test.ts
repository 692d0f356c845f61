// Config discovery, schema validation (exact messages at exact lines), merge and the starter config.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  DEFAULT_CONFIG,
  STARTER_CONFIG,
  findConfigFile,
  loadConfig,
  mergeConfig,
  parseConfig,
  parseSize,
  resolveConfigPath,
} from '../../src/config/config.js';
import { ConfigError } from '../../src/model/errors.js';

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'keyshift-config-'));
}

function loadText(text: string): ReturnType<typeof loadConfig> {
  const dir = tmp();
  try {
    const file = join(dir, '.keyshift.yaml');
    writeFileSync(file, text);
    return loadConfig(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The first problem as loadConfig would print it, with the file name shortened to .keyshift.yaml. */
function firstError(text: string): string {
  const { problems } = parseConfig(text, '.keyshift.yaml');
  assert.ok(problems.length > 0, 'expected a problem');
  return `.keyshift.yaml:${problems[0]!.line}: ${problems[0]!.message}`;
}

test('a full config parses into the resolved shape', () => {
  const c = loadText(`fail-on: medium
max-file-size: 500KB
include: ['src/**']
exclude: ['**/testdata/**']
ignore-files: [.secretsignore]
patterns:
  enable: [generic]
  disable: [slack.webhook-url]
  severity:
    aws.access-key: critical
  custom:
    - id: acme.api-key
      regex: '\\b(acme_[a-z0-9]{32})\\b'
allowlist:
  paths: ['docs/**']
  values: ['^EXAMPLE', '(?i)dummy']
  stopwords: [changeme]
  patterns:
    generic.password:
      paths: ['**/*.test.ts']
      values: ['^test-']
entropy:
  generic: 3.5
baseline: .keyshift-baseline
`);
  assert.equal(c.failOn, 'medium');
  assert.equal(c.maxFileSize, 500_000);
  assert.deepEqual(c.include, ['src/**']);
  assert.deepEqual(c.exclude, ['**/testdata/**']);
  assert.deepEqual(c.ignoreFiles, ['.secretsignore']);
  assert.deepEqual(c.patterns.enable, ['generic']);
  assert.deepEqual(c.patterns.disable, ['slack.webhook-url']);
  assert.deepEqual(c.patterns.severity, { 'aws.access-key': 'critical' });
  assert.deepEqual(c.patterns.custom, [{ raw: { id: 'acme.api-key', regex: '\\b(acme_[a-z0-9]{32})\\b' }, line: 12 }]);
  assert.deepEqual(c.allowlist, {
    paths: ['docs/**'],
    values: ['^EXAMPLE', '(?i)dummy'],
    stopwords: ['changeme'],
    patterns: { 'generic.password': { paths: ['**/*.test.ts'], values: ['^test-'] } },
  });
  assert.deepEqual(c.entropy, { generic: 3.5 });
  assert.equal(c.baseline, '.keyshift-baseline');
  assert.ok(c.file?.endsWith('.keyshift.yaml'));
});

test('an empty file gives the defaults', () => {
  const { config, problems } = parseConfig('# nothing yet\n', 'x.yaml');
  assert.deepEqual(problems, []);
  assert.equal(config.failOn, DEFAULT_CONFIG.failOn);
  assert.equal(config.maxFileSize, 100 * 1024 * 1024);
});

test('errors name the line, the field and what is expected', () => {
  const cases: [string, string][] = [
    [
      'include: []\nexclude: []\n\n\n\n\nfail-on: severe\n',
      '.keyshift.yaml:7: fail-on: expected one of critical, high, medium, low, none; got "severe"',
    ],
    ['failOn: high\n', '.keyshift.yaml:1: failOn: unknown key; did you mean "fail-on"?'],
    ['fail-on: high\nmax_file_size: 10MiB\n', '.keyshift.yaml:2: max_file_size: unknown key; did you mean "max-file-size"?'],
    [
      'max-file-size: lots\n',
      '.keyshift.yaml:1: max-file-size: expected a positive number of bytes or a size like "10MiB" or "500KB"; got "lots"',
    ],
    [
      'allowlist:\n  paths: [docs/**]\n  values:\n    - ^ok$\n    - "(unclosed"\n',
      '.keyshift.yaml:5: allowlist.values[1]: invalid regular expression ((u…[9]): Unterminated group; write JavaScript regex syntax',
    ],
    [
      'allowlist:\n  patterns:\n    aws.access-key:\n      path: [x]\n',
      '.keyshift.yaml:4: allowlist.patterns.aws.access-key.path: unknown key; did you mean "paths"?',
    ],
    [
      'patterns:\n  severity:\n    aws.access-key: urgent\n',
      '.keyshift.yaml:3: patterns.severity.aws.access-key: expected one of critical, high, medium, low; got "urgent"',
    ],
    ['patterns:\n  enabled: [generic]\n', '.keyshift.yaml:2: patterns.enabled: unknown key; did you mean "enable"?'],
    [
      'patterns:\n  custom:\n    - id: a.b\n    - just-a-string\n',
      '.keyshift.yaml:4: patterns.custom[1]: expected a pattern object with id, regex, keywords, ... (see patterns/README.md); got "just-a-string"',
    ],
    ['entropy:\n  generic: 12\n', '.keyshift.yaml:2: entropy.generic: expected a number of bits per character from 0 to 8; got 12'],
    ['exclude: "**/*.md"\n', '.keyshift.yaml:1: exclude: expected a list of strings; got "**/*.md"'],
    ['colour: blue\n', '.keyshift.yaml:1: colour: unknown key; expected one of fail-on, max-file-size, include, exclude, ignore-files, patterns, allowlist, entropy, archives, decode-depth, verify, baseline, fingerprint'],
    ['fail-on: high\nfail-on: low\n', '.keyshift.yaml:2: invalid YAML: Map keys must be unique'],
    ['- just\n- a list\n', '.keyshift.yaml:1: expected a mapping of settings at the top level of .keyshift.yaml; got a list'],
  ];
  for (const [text, expected] of cases) assert.equal(firstError(text), expected, text);
});

test('loadConfig throws one ConfigError for the first problem and counts the rest', () => {
  const dir = tmp();
  try {
    const file = join(dir, '.keyshift.yaml');
    writeFileSync(file, 'fail-on: never\nexclude: 3\nbogus: 1\n');
    assert.throws(
      () => loadConfig(file),
      (err: unknown) =>
        err instanceof ConfigError &&
        err.line === 1 &&
        err.message === `${file}:1: fail-on: expected one of critical, high, medium, low, none; got "never" (and 2 more problems in this file)`,
    );
    assert.throws(() => loadConfig(join(dir, 'missing.yaml')), /missing\.yaml: cannot read config file \(no such file\); check the --config path/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('findConfigFile walks up to the repository root and no further', () => {
  const root = tmp();
  try {
    const repo = join(root, 'repo');
    const deep = join(repo, 'a', 'b');
    mkdirSync(deep, { recursive: true });
    mkdirSync(join(repo, '.git'));
    writeFileSync(join(root, '.keyshift.yaml'), 'fail-on: low\n'); // outside the repository: never used
    assert.equal(findConfigFile(deep), undefined);
    writeFileSync(join(repo, '.keyshift.yml'), 'fail-on: low\n');
    assert.equal(findConfigFile(deep), join(repo, '.keyshift.yml'));
    writeFileSync(join(repo, 'a', '.keyshift.yaml'), 'fail-on: low\n');
    assert.equal(findConfigFile(deep), join(repo, 'a', '.keyshift.yaml'));
    assert.equal(findConfigFile(deep, deep), undefined);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('mergeConfig: CLI scalars win, --include replaces, list flags add', () => {
  const file = loadText('fail-on: low\nmax-file-size: 1024\ninclude: [src/**]\nexclude: [a/**]\nbaseline: b.txt\n');
  const merged = mergeConfig(file, { failOn: 'critical', include: ['lib/**'], exclude: ['b/**', 'a/**'], maxFileSize: undefined });
  assert.equal(merged.failOn, 'critical');
  assert.equal(merged.maxFileSize, 1024);
  assert.deepEqual(merged.include, ['lib/**']);
  assert.deepEqual(merged.exclude, ['a/**', 'b/**']);
  assert.equal(merged.baseline, 'b.txt');
  assert.deepEqual(file.exclude, ['a/**'], 'the file config is not mutated');
  assert.deepEqual(mergeConfig(file, { include: [] }).include, ['src/**'], 'an empty CLI list means not given');
  assert.equal(resolveConfigPath(merged, 'b.txt').endsWith('/b.txt'), true);
});

test('parseSize accepts bytes and SI / IEC units', () => {
  assert.equal(parseSize(2048), 2048);
  assert.equal(parseSize('2048'), 2048);
  assert.equal(parseSize('10MiB'), 10 * 1024 * 1024);
  assert.equal(parseSize('500KB'), 500_000);
  assert.equal(parseSize('1.5 kib'), 1536);
  assert.equal(parseSize('10 parsecs'), undefined);
  assert.equal(parseSize(0), undefined);
  assert.equal(parseSize(-5), undefined);
});

test('the starter config is valid as written and with every option uncommented', () => {
  assert.deepEqual(parseConfig(STARTER_CONFIG, 'starter').problems, []);
  const uncommented = STARTER_CONFIG.split('\n')
    .map((l) => l.replace(/^# (?!yaml-language-server:)(?=[a-z-]+:|  )/, ''))
    .join('\n');
  const { config, problems } = parseConfig(uncommented, 'starter');
  assert.deepEqual(problems, []);
  assert.equal(config.patterns.custom.length, 1);
  assert.equal(config.baseline, '.keyshift-baseline');
  assert.equal(config.maxFileSize, 100 * 1024 * 1024);
  // Every top-level key of the schema is shown.
  const keys = Object.keys(parseYaml(uncommented) as object).sort();
  assert.deepEqual(keys, ['allowlist', 'archives', 'baseline', 'decode-depth', 'entropy', 'exclude', 'fail-on', 'fingerprint', 'ignore-files', 'include', 'max-file-size', 'patterns', 'verify']);
});

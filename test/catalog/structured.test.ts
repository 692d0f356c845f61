// patterns/structured/*.yaml: the loader's schema (file:line, field), example_path against the file
// recognition, unsafe recognition regexes, the compiled catalog round trip, and recognition as data alone.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadStructuredRules, parseStructuredFile } from '../../src/catalog/structured.js';
import { compiledCatalogFiles, defaultPatternsDir, readCompiledCatalog } from '../../src/catalog/load.js';
import { formatProblems } from '../../src/catalog/lint.js';
import { checkExamples } from '../../src/catalog/check.js';
import { loadPatterns } from '../../src/catalog/load.js';
import { createEngine } from '../../src/detect/compose.js';

const NPMRC = readFileSync(join(defaultPatternsDir(), 'structured', 'npmrc.yaml'), 'utf8');
/** Replaces literally (String.replace would read `$'` in a regex as a pattern). */
const swap = (text: string, from: string, to: string): string => text.split(from).join(to);
const problems = (text: string): string[] => formatProblems(parseStructuredFile(text, 'x.yaml').problems).split('\n').filter(Boolean);

test('the built-in npmrc kind parses into one rule with its parser, example_path and tags', () => {
  const parsed = parseStructuredFile(NPMRC, 'npmrc.yaml');
  assert.deepEqual(parsed.problems, []);
  assert.deepEqual(parsed.kind, { parser: 'npmrc', files: [{ name: ['^\\.?npmrc$'], notName: [], path: [], contexts: [], content: [] }] });
  const [spec] = parsed.patterns;
  assert.equal(spec!.id, 'npm.npmrc-auth-token');
  assert.deepEqual(spec!.structured, { parser: 'npmrc' });
  assert.equal(spec!.examplePath, '.npmrc');
  assert.equal(spec!.family, 'structured');
  assert.deepEqual(spec!.tags, ['structured', 'npm']);
});

test('schema problems name file, line, id and field; a control file has none', () => {
  assert.deepEqual(problems(NPMRC), []);
  assert.deepEqual(problems(swap(NPMRC, 'parser: npmrc', 'parser: yarnrc')), [
    "x.yaml:4: parser: 'yarnrc' is not a structured parser; use one of netrc | git-credentials | pypirc | npmrc | dotenv | terraform | docker-config | gcp-key-file | kubeconfig | kubernetes-secret",
  ]);
  assert.deepEqual(problems(swap(NPMRC, '    min_entropy: 3\n', '    min_entropy: high\n    regex: x\n')), [
    'x.yaml:17: npm.npmrc-auth-token: min_entropy: expected a number, got a string',
    'x.yaml:18: npm.npmrc-auth-token: regex: unknown key; allowed keys are id, name, provider, kind, severity, confidence, migration, keywords, references, tags, generic, tier, decoder, example_path, examples, negative_examples, min_entropy',
  ]);
  assert.deepEqual(problems(swap(NPMRC, "  - name: ['^\\.?npmrc$']", "  - name: ['^(a+)+$']")), [
    "x.yaml:6: files[0].name[0]: unsafe regex: nested quantifier: 'a+' repeats inside '(a+)+' with no mandatory separator it cannot match",
  ]);
});

test('example_path must be a file the kind reads', () => {
  assert.deepEqual(problems(swap(NPMRC, 'example_path: .npmrc', 'example_path: .yarnrc')), [
    "x.yaml:19: npm.npmrc-auth-token: example_path: '.yarnrc' is not a file this kind reads (files: name / path); use a path the parser npmrc reads",
  ]);
});

test('the compiled catalog holds the structured kinds and rules, equal to the YAML', () => {
  const fromYaml = loadStructuredRules(undefined, { compiled: false });
  const catalog = readCompiledCatalog(compiledCatalogFiles());
  const fromJson = loadStructuredRules(undefined, { catalog });
  assert.equal(fromJson.from, 'compiled');
  assert.equal(fromYaml.from, 'yaml');
  assert.deepEqual(fromJson.kinds, fromYaml.kinds);
  assert.deepEqual(fromJson.patterns, fromYaml.patterns);
  assert.equal(fromYaml.kinds.length, 10);
  assert.equal(fromYaml.patterns.length, 9);
});

test('which files a parser reads is data: a kind that no longer reads .npmrc fails its own examples', () => {
  const dir = mkdtempSync(join(tmpdir(), 'keyshift-structured-'));
  try {
    const src = join(defaultPatternsDir(), 'structured');
    mkdirSync(join(dir, 'structured'));
    for (const name of readdirSync(src)) writeFileSync(join(dir, 'structured', name), readFileSync(join(src, name)));
    const regex = loadPatterns().patterns;
    const check = (examplePath?: string): string[] => {
      const loaded = loadStructuredRules(join(dir, 'structured'));
      assert.deepEqual(loaded.problems, []);
      const npmrc = loaded.patterns.filter((p) => p.id === 'npm.npmrc-auth-token').map((p) => (examplePath ? { ...p, examplePath } : p));
      return checkExamples(npmrc, createEngine([...regex, ...loaded.patterns], loaded));
    };
    // Control: the copied kinds pass.
    assert.deepEqual(check(), []);
    // The parser now reads only files named .npmrc.example (which no code names); the example_path moves with it.
    writeFileSync(join(dir, 'structured', 'npmrc.yaml'), swap(swap(NPMRC, "['^\\.?npmrc$']", "['^\\.npmrc\\.example$']"), 'example_path: .npmrc', 'example_path: .npmrc.example'));
    assert.deepEqual(check(), []);
    // ...and the same examples scanned as .npmrc, which it no longer reads, are not found.
    assert.deepEqual(check('.npmrc').map((p) => p.slice(0, 70)), [
      'structured: npm.npmrc-auth-token: examples: not detected by the engine',
      'structured: npm.npmrc-auth-token: examples: not detected by the engine',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// Tests for the compiled catalog (build/catalog.json): it equals the YAML field for field, and any change to
// the sources (an edited, added or removed file) or a corrupt or foreign catalog file falls back to the YAML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPatterns, readCompiledCatalog, writeCompiledCatalog, COMPILED_FORMAT } from '../../src/catalog/load.js';
import { deserializeAutomaton } from '../../src/detect/aho-corasick.js';
import { positionOf } from '../../src/catalog/positions.js';
import { compiledMigrations, loadMigrations } from '../../src/migrate/load.js';
import { compileCatalogJson } from '../../src/catalog/compile.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/** A private copy of patterns/ and its compiled catalog, so that edits never touch the real files. */
function fixture(): { root: string; dir: string; catalog: string; migrations: string; json: ReturnType<typeof compileCatalogJson>['json']; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'ks-compiled-'));
  const dir = join(root, 'patterns');
  cpSync(join(REPO, 'patterns'), dir, { recursive: true });
  const catalog = join(root, 'catalog.json');
  const { json } = compileCatalogJson(dir);
  writeFileSync(catalog, JSON.stringify(json));
  return { root, dir, catalog, json, migrations: join(dir, 'migrations.yaml'), cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

function positionsOf(specs: ReturnType<typeof loadPatterns>['patterns']): unknown[] {
  return specs.map((s) => {
    const p = positionOf(s);
    return p && { file: p.file, line: p.line, fields: [...p.fields] };
  });
}

test('the compiled catalog equals the YAML-parsed one, field for field, with file and line positions', () => {
  const f = fixture();
  try {
    const fromJson = loadPatterns(f.dir, { compiled: [f.catalog] });
    const fromYaml = loadPatterns(f.dir, { compiled: false });
    assert.equal(fromYaml.from, 'yaml');
    assert.deepEqual(fromYaml.problems, []);
    assert.equal(fromJson.from, 'compiled');
    assert.ok(fromJson.patterns.length > 100);
    assert.deepEqual(fromJson.patterns, fromYaml.patterns);
    assert.deepEqual(fromJson.files, fromYaml.files);
    assert.deepEqual(fromJson.problems, []);
    assert.deepEqual(positionsOf(fromJson.patterns), positionsOf(fromYaml.patterns));
    assert.equal(positionOf(fromJson.patterns[0]!)?.file, fromYaml.files[0]);

    const bytes = readFileSync(f.migrations);
    const compiled = compiledMigrations(f.migrations, bytes, [f.catalog]);
    assert.ok(compiled);
    assert.deepEqual(compiled, loadMigrations(f.migrations, { compiled: false }));
    assert.deepEqual(loadMigrations(f.migrations, { compiled: [f.catalog] }), compiled);
  } finally {
    f.cleanup();
  }
});

test('an edited pattern file makes the hash stale: the YAML is parsed and the edit is honoured', () => {
  const f = fixture();
  try {
    const before = loadPatterns(f.dir, { compiled: [f.catalog] });
    const first = before.patterns[0]!;
    const file = before.files[0]!;
    const text = readFileSync(file, 'utf8');
    assert.ok(text.includes(`name: ${first.name}\n`) || text.includes(`name: '${first.name}'\n`) || text.includes(`name: "${first.name}"\n`));
    writeFileSync(file, text.replace(/(\n\s+name: )(['"]?)[^\n]*/, '$1Edited pattern name'));
    const after = loadPatterns(f.dir, { compiled: [f.catalog] });
    assert.equal(after.from, 'yaml');
    assert.equal(after.patterns.find((p) => p.id === first.id)?.name, 'Edited pattern name');
    assert.equal(after.patterns.length, before.patterns.length);
  } finally {
    f.cleanup();
  }
});

test('an added or a removed pattern file also falls back to the YAML', () => {
  const f = fixture();
  try {
    const before = loadPatterns(f.dir, { compiled: [f.catalog] });
    const extra = join(f.dir, 'zz-extra.yaml');
    writeFileSync(
      extra,
      readFileSync(join(REPO, 'test/catalog/data/catalog-ok/b-vcs.yaml'), 'utf8'),
    );
    const added = loadPatterns(f.dir, { compiled: [f.catalog] });
    assert.equal(added.from, 'yaml');
    assert.deepEqual(added.files, [...before.files, extra]);
    unlinkSync(extra);
    unlinkSync(before.files[0]!);
    const removed = loadPatterns(f.dir, { compiled: [f.catalog] });
    assert.equal(removed.from, 'yaml');
    assert.deepEqual(removed.files, before.files.slice(1));
  } finally {
    f.cleanup();
  }
});

test('an edited migrations.yaml is parsed, not served from the catalog', () => {
  const f = fixture();
  try {
    const before = loadMigrations(f.migrations, { compiled: [f.catalog] });
    const [key, entry] = [...before][0]!;
    const text = readFileSync(f.migrations, 'utf8');
    const edited = text.replace(`title: ${entry.title}`, 'title: Edited title');
    assert.notEqual(edited, text);
    writeFileSync(f.migrations, edited);
    assert.equal(compiledMigrations(f.migrations, readFileSync(f.migrations), [f.catalog]), undefined);
    assert.equal(loadMigrations(f.migrations, { compiled: [f.catalog] }).get(key)?.title, 'Edited title');
    // The pattern files are unchanged, so they are still served from the catalog.
    assert.equal(loadPatterns(f.dir, { compiled: [f.catalog] }).from, 'compiled');
  } finally {
    f.cleanup();
  }
});

test('a corrupt, foreign or missing catalog file falls back to the YAML without an error', () => {
  const f = fixture();
  try {
    const expected = loadPatterns(f.dir, { compiled: false }).patterns;
    const expectedMigrations = loadMigrations(f.migrations, { compiled: false });
    const good = readFileSync(f.catalog, 'utf8');
    const cases: [string, string][] = [
      ['truncated', good.slice(0, Math.floor(good.length / 2))],
      ['empty', ''],
      ['null', 'null'],
      ['other format', JSON.stringify({ ...JSON.parse(good), format: COMPILED_FORMAT + 1 })],
      ['patterns not a list', JSON.stringify({ ...JSON.parse(good), patterns: {}, migrations: 'x' })],
      ['positions missing', JSON.stringify({ ...JSON.parse(good), positions: undefined })],
      ['no sources', JSON.stringify({ ...JSON.parse(good), sources: null })],
    ];
    for (const [what, text] of cases) {
      writeFileSync(f.catalog, text);
      const loaded = loadPatterns(f.dir, { compiled: [f.catalog] });
      assert.equal(loaded.from, 'yaml', what);
      assert.deepEqual(loaded.patterns, expected, what);
      assert.deepEqual(loadMigrations(f.migrations, { compiled: [f.catalog] }), expectedMigrations, what);
    }
    assert.equal(readCompiledCatalog([join(f.dir, 'no-such.json')]), undefined);
    assert.equal(loadPatterns(f.dir, { compiled: [join(f.dir, 'no-such.json')] }).from, 'yaml');
  } finally {
    f.cleanup();
  }
});

test('a catalog compiled from YAML with problems leaves the patterns out, so loaders report them', () => {
  const f = fixture();
  try {
    writeFileSync(join(f.dir, 'zz-broken.yaml'), 'family: broken\npatterns:\n  - id: broken.one\n');
    const { json, problems } = compileCatalogJson(f.dir);
    assert.equal(json.patterns, undefined);
    assert.equal(json.files, undefined);
    assert.ok(Array.isArray(json.migrations));
    assert.match(problems[0] ?? '', /^patterns left out: \d+ problem\(s\):/);
    writeFileSync(f.catalog, JSON.stringify(json));
    const loaded = loadPatterns(f.dir, { compiled: [f.catalog] });
    assert.equal(loaded.from, 'yaml');
    assert.ok(loaded.problems.some((p) => p.patternId === 'broken.one' && p.field === 'name'));
  } finally {
    f.cleanup();
  }
});

test('issue 19 item 9: the compiled catalog holds the default engine\'s keyword automaton, and the engine uses it', async () => {
  const { createEngine, compiledAutomaton } = await import('../../src/detect/compose.js');
  const { loadEngineCatalog } = await import('../../src/scan/catalog-setup.js');
  const { buildAutomaton } = await import('../../src/detect/aho-corasick.js');
  const c = readCompiledCatalog([join(REPO, 'build', 'catalog.json')]);
  assert.ok(c?.automaton, 'npm run build wrote build/catalog.json with an automaton');
  const engine = createEngine(loadEngineCatalog().active);
  const keywords = engine.compiled.automaton.keywords;
  assert.equal(engine.compiled.automaton, compiledAutomaton(keywords), 'the default scan decodes the built automaton');
  assert.deepEqual(engine.compiled.automaton, buildAutomaton(keywords), 'and it equals one built at run time');
  assert.equal(compiledAutomaton(keywords.slice(1)), undefined, 'control: other keywords get none');
});

test('issue 19 item 9: the written catalog keeps positions and the automaton tables in sidecars, read only when asked; a sidecar of another build is not used', () => {
  const f = fixture();
  try {
    const split = join(f.root, 'split.json');
    const text = writeCompiledCatalog(split, f.json);
    const main = JSON.parse(text) as Record<string, unknown>;
    assert.equal(main.positions, undefined, 'no positions in the main file');
    assert.ok(main.sidecars, 'it names its sidecars');
    assert.ok(text.length * 2 < JSON.stringify(f.json).length, `the main file is under half the whole (${text.length} bytes)`);
    assert.ok(/^[\x00-\x7f]*$/.test(text), 'and pure ASCII');

    const fromYaml = loadPatterns(f.dir, { compiled: false });
    const fromSplit = loadPatterns(f.dir, { compiled: [split] });
    assert.equal(fromSplit.from, 'compiled');
    assert.deepEqual(fromSplit.patterns, fromYaml.patterns);
    assert.deepEqual(positionsOf(fromSplit.patterns), positionsOf(fromYaml.patterns), 'positions from the sidecar');
    const whole = deserializeAutomaton(f.json.automaton);
    assert.ok(whole);
    assert.deepEqual(deserializeAutomaton(readCompiledCatalog([split])?.automaton), whole, 'the automaton from the binary sidecar');

    // Sidecars of another build: same names, other content (and so another id).
    const positionsFile = join(f.root, 'split.positions.json');
    const good = readFileSync(positionsFile, 'latin1');
    writeFileSync(positionsFile, good.replace(/^\{"id":"[0-9a-f]{4}/, '{"id":"0000'));
    const stale = loadPatterns(f.dir, { compiled: [split] });
    assert.equal(stale.from, 'compiled', 'the patterns are still served');
    assert.deepEqual(stale.patterns, fromYaml.patterns);
    assert.equal(positionOf(stale.patterns[0]!), undefined, 'but a stale positions sidecar gives no positions');
    unlinkSync(positionsFile);
    assert.equal(positionOf(loadPatterns(f.dir, { compiled: [split] }).patterns[0]!), undefined, 'nor does a missing one');

    const automatonFile = join(f.root, 'split.automaton.bin');
    const bin = readFileSync(automatonFile);
    const first = bin[0]!;
    bin[0] = first === 0x30 ? 0x31 : 0x30;
    writeFileSync(automatonFile, bin);
    assert.equal(readCompiledCatalog([split])?.automaton, undefined, 'an automaton sidecar of another build is dropped (the engine builds its own)');
    writeFileSync(automatonFile, bin.subarray(0, 100));
    assert.equal(readCompiledCatalog([split])?.automaton, undefined, 'so is a truncated one');
    bin[0] = first;
    writeFileSync(automatonFile, bin);
    assert.deepEqual(deserializeAutomaton(readCompiledCatalog([split])?.automaton), whole, 'control: the original bytes are read again');
  } finally {
    f.cleanup();
  }
});

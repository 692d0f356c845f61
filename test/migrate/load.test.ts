// Loader errors: every problem names file:line and the dotted field, and valid shapes load.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMigrations, parseMigrations } from '../../src/migrate/load.js';
import { ConfigError } from '../../src/model/errors.js';

const GOOD = `version: 1
migrations:
  demo-key:
    title: Demo replacement for tests
    summary: Do the demo thing instead of storing a secret.
    replacement: secrets-manager
    federation: false
    steps:
      - Rotate the demo secret.
      - Store it somewhere safe.
    snippet: |
      echo demo {path}
    snippet_lang: sh
    references: [https://example.com/demo]
    contexts:
      code: &shared
        summary: In code, do it this way.
      helm-values: *shared
`;

function writeTemp(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ks-migrate-'));
  const file = join(dir, 'migrations.yaml');
  writeFileSync(file, text);
  return file;
}

function loadError(text: string): ConfigError {
  const file = writeTemp(text);
  try {
    loadMigrations(file);
  } catch (err) {
    assert.ok(err instanceof ConfigError, `expected ConfigError, got ${String(err)}`);
    assert.equal(err.file, file);
    return err;
  }
  assert.fail('expected loadMigrations to throw');
}

test('a valid file loads, aliases included', () => {
  const m = loadMigrations(writeTemp(GOOD));
  const e = m.get('demo-key');
  assert.ok(e);
  assert.equal(e.line, 3);
  assert.equal(e.snippet, 'echo demo {path}');
  assert.equal(e.snippetLang, 'sh');
  assert.deepEqual(e.contexts.code, { summary: 'In code, do it this way.' });
  assert.deepEqual(e.contexts['helm-values'], { summary: 'In code, do it this way.' });
});

test('missing summary: file:line of the entry and the field', () => {
  const err = loadError(GOOD.replace('    summary: Do the demo thing instead of storing a secret.\n', ''));
  assert.equal(err.line, 4);
  assert.match(err.message, /migrations\.yaml:4: migrations\.demo-key\.summary: missing/);
});

test('bad replacement points at its own line', () => {
  const err = loadError(GOOD.replace('replacement: secrets-manager', 'replacement: vault'));
  assert.equal(err.line, 6);
  assert.match(err.message, /:6: migrations\.demo-key\.replacement: must be one of federated-identity, /);
});

test('federation must be a boolean', () => {
  const err = loadError(GOOD.replace('federation: false', 'federation: "no"'));
  assert.equal(err.line, 7);
  assert.match(err.message, /migrations\.demo-key\.federation: must be true or false/);
});

test('a non-https reference is rejected at its line', () => {
  const err = loadError(GOOD.replace('[https://example.com/demo]', '\n      - http://example.com/demo'));
  assert.equal(err.line, 15);
  assert.match(err.message, /migrations\.demo-key\.references\[0\]: must be an https URL/);
});

test('unknown context and unknown field are reported, first one thrown with a count', () => {
  const text = GOOD.replace('      code: &shared', '      lambda:\n        summary: x\n      code: &shared').replace(
    '    snippet_lang: sh\n',
    '    snippet_lang: sh\n    owner: me\n',
  );
  const { problems } = parseMigrations(text, 'm.yaml');
  assert.deepEqual(
    problems.map((p) => `${p.line} ${p.field}`),
    ['14 migrations.demo-key.owner', '17 migrations.demo-key.contexts.lambda'],
  );
  const err = loadError(text);
  assert.match(err.message, /:14: migrations\.demo-key\.owner: unknown field; allowed: .* \(and 1 more problem\)$/);
});

test('a step that YAML reads as a mapping is caught with a hint to quote it', () => {
  const err = loadError(GOOD.replace('      - Store it somewhere safe.', '      - Set permissions: id-token write'));
  assert.equal(err.line, 10);
  assert.match(err.message, /steps\[1\]: must be a non-empty string \(quote it/);
});

test('multi-line summary is rejected', () => {
  const err = loadError(GOOD.replace('summary: Do the demo thing instead of storing a secret.', 'summary: |\n      line one\n      line two'));
  assert.equal(err.line, 5);
  assert.match(err.message, /summary: must be a single line/);
});

test('YAML syntax errors carry the line', () => {
  const err = loadError('version: 1\nmigrations:\n  a: [unclosed\n');
  assert.equal(err.line, 4);
  assert.match(err.message, /\(yaml\): invalid YAML: /);
});

test('bad keys and a missing file', () => {
  const err = loadError(GOOD.replace('  demo-key:', '  Demo_Key:'));
  assert.equal(err.line, 3);
  assert.match(err.message, /kebab-case/);
  assert.throws(() => loadMigrations('/nonexistent/ks/migrations.yaml'), (e: unknown) => {
    assert.ok(e instanceof ConfigError);
    assert.match(e.message, /^\/nonexistent\/ks\/migrations\.yaml: cannot read migration data \(ENOENT\)/);
    return true;
  });
});

// Issue 13 item 7: schema/keyshift.schema.json describes every key the config accepts; it validates the
// starter file (as written and fully uncommented) and rejects an unknown key, which the loader reports with
// file:line and a did-you-mean taken from the schema's own key list.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { parseConfig, STARTER_CONFIG } from '../../src/config/config.js';
import { configSchema, knownKeys, schemaErrors } from '../../src/config/schema.js';

/** As issue12-config.test.ts: every commented example line turned on (the schema line stays a comment). */
function uncomment(text: string): string {
  return text.replace(/^# (?!yaml-language-server:)(?=\s*(?:[a-z][a-z0-9_.-]*:|- |#))/gm, '');
}

test('schema: the starter file validates as written and fully uncommented (control: an unknown key does not)', () => {
  assert.deepEqual(schemaErrors(parseYaml(STARTER_CONFIG)), []);
  const full = parseYaml(uncomment(STARTER_CONFIG)) as Record<string, unknown>;
  assert.equal(Object.keys(full).length, 13);
  assert.deepEqual(schemaErrors(full), []);
  const errs = schemaErrors({ ...full, fail_on: 'high' });
  assert.deepEqual(errs.map((e) => [e.keyword, e.instancePath, (e.params as { additionalProperty?: string }).additionalProperty]), [['additionalProperties', '', 'fail_on']]);
});

test('schema: its keys are the ones the starter shows, at every level', () => {
  const s = configSchema() as { properties: Record<string, { properties?: Record<string, unknown> }> };
  assert.deepEqual(knownKeys(s), ['fail-on', 'max-file-size', 'include', 'exclude', 'ignore-files', 'patterns', 'allowlist', 'entropy', 'archives', 'decode-depth', 'verify', 'baseline', 'fingerprint']);
  assert.deepEqual(knownKeys(s.properties.fingerprint), ['salt']);
  assert.deepEqual(knownKeys(s.properties.patterns), ['only', 'enable', 'disable', 'severity', 'custom']);
  assert.deepEqual(knownKeys(s.properties.allowlist), ['paths', 'values', 'stopwords', 'patterns']);
  assert.deepEqual(knownKeys(s.properties.entropy), ['generic']);
  assert.deepEqual(knownKeys(s.properties.archives), ['depth', 'max-bytes', 'max-entries']);
  // The file on disk is the one the loader reads.
  assert.deepEqual(JSON.parse(readFileSync('schema/keyshift.schema.json', 'utf8')), s);
});

test('schema: an unknown key is reported with file line, field and did-you-mean, nested keys too; no secret echoed', () => {
  const token = 'ghp_' + 'Zq8Wv3Nr6Tb1Ym4Kx7Lp2Hs5Jd9Fg0CuAbCd';
  const text = `fail-on: high\npatterns:\n  enabel: [aws]\nallowlist:\n  patterns:\n    aws.access-key-id:\n      valuse: ['^x']\n  ${token}: 1\n`;
  assert.deepEqual(parseConfig(text, '.keyshift.yaml').problems.map((p) => `${p.line}: ${p.message}`), [
    '3: patterns.enabel: unknown key; did you mean "enable"?',
    '7: allowlist.patterns.aws.access-key-id.valuse: unknown key; did you mean "values"?',
    '8: allowlist.ghp_…[40]: unknown key; expected one of paths, values, stopwords, patterns',
  ]);
});

test('schema: the committed standalone validator is what scripts/compile-schema.mjs makes of the schema (control: a changed schema is reported stale)', async () => {
  const { execFileSync, spawnSync } = await import('node:child_process');
  const fs = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  assert.match(execFileSync(process.execPath, ['scripts/compile-schema.mjs', '--check'], { encoding: 'utf8' }), /up to date/);
  // A copy of the repository's parts the script reads, with one description changed in the schema.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ks-schema-'));
  try {
    for (const d of ['scripts', 'schema', 'src/config']) fs.mkdirSync(path.join(dir, d), { recursive: true });
    fs.copyFileSync('scripts/compile-schema.mjs', path.join(dir, 'scripts/compile-schema.mjs'));
    fs.copyFileSync('src/config/schema-validator.ts', path.join(dir, 'src/config/schema-validator.ts'));
    fs.symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'));
    const schema = JSON.parse(fs.readFileSync('schema/keyshift.schema.json', 'utf8')) as { title: string };
    fs.writeFileSync(path.join(dir, 'schema/keyshift.schema.json'), JSON.stringify({ ...schema, title: `${schema.title} (changed)` }));
    const r = spawnSync(process.execPath, [path.join(dir, 'scripts/compile-schema.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /schema-validator\.ts is stale/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

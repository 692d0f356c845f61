// Checks the shipped patterns/migrations.yaml itself: every key loads, is complete, and its snippets parse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAllDocuments } from 'yaml';
import { defaultMigrationsFile, loadMigrations } from '../../src/migrate/load.js';
import { FILE_CONTEXTS } from '../../src/model/types.js';

const entries = loadMigrations();

/** Keys other helpers' pattern files reference; renaming one breaks their `migration:` fields. */
const REQUIRED_KEYS = [
  'aws-oidc', 'gcp-workload-identity', 'azure-federated-identity', 'azure-storage-entra', 'github-app',
  'github-token-permissions', 'gitlab-ci-job-token', 'bitbucket-oidc', 'npm-trusted-publishing',
  'pypi-trusted-publishing', 'rubygems-trusted-publishing', 'nuget-trusted-publishing', 'crates-trusted-publishing',
  'docker-registry-oidc', 'vault-jwt-auth', 'terraform-dynamic-credentials', 'kubernetes-projected-token',
  'spiffe-svid', 'oauth-client-credentials', 'refresh-token-exchange', 'jwt-short-lived', 'jwt-signing-keys',
  'private-key-short-lived-certs', 'ssh-certificates', 'keyless-signing', 'database-iam-auth',
  'secrets-manager-rotation', 'webhook-secret-rotation', 'slack-app-rotation', 'saas-secrets-manager',
  'short-lived-fix-leak-path', 'publishable-key-review',
];

test('the default file is the package patterns/migrations.yaml', () => {
  assert.match(defaultMigrationsFile().replace(/\\/g, '/'), /\/patterns\/migrations\.yaml$/);
});

test('every required key exists, plus the two extra keys', () => {
  for (const key of REQUIRED_KEYS) assert.ok(entries.has(key), `missing migration key ${key}`);
  assert.deepEqual([...entries.keys()].filter((k) => !REQUIRED_KEYS.includes(k)), ['kubeconfig-cloud-auth', 'password-hash-removal']);
  assert.equal(entries.size, 34);
});

test('every entry is complete: one-line summary, >= 2 steps, a snippet, https references', () => {
  for (const [key, e] of entries) {
    assert.ok(e.title.length >= 10, `${key}: title too short`);
    assert.ok(e.summary.length >= 30 && !e.summary.includes('\n'), `${key}: summary`);
    assert.ok(e.steps.length >= 2, `${key}: needs at least two steps`);
    for (const s of e.steps) assert.ok(s.length >= 15, `${key}: step too short: ${s}`);
    assert.ok(e.snippet !== undefined && e.snippet.length > 20, `${key}: snippet`);
    assert.ok(e.snippetLang !== undefined, `${key}: snippet_lang`);
    assert.ok(e.references.length >= 1, `${key}: references`);
    for (const r of e.references) assert.match(r, /^https:\/\/[^\s]+$/, `${key}: reference ${r}`);
    for (const [ctx, v] of Object.entries(e.contexts)) {
      assert.ok((FILE_CONTEXTS as readonly string[]).includes(ctx), `${key}: context ${ctx}`);
      if (v.steps) assert.ok(v.steps.length >= 2, `${key}.${ctx}: variant steps need at least two`);
      if (v.summary) assert.ok(!v.summary.includes('\n'), `${key}.${ctx}: summary must be one line`);
    }
  }
});

test('federation flags: exactly these keys have no federation path', () => {
  const none = [...entries.values()].filter((e) => !e.federation).map((e) => e.key).sort();
  assert.deepEqual(none, [
    'jwt-short-lived', 'jwt-signing-keys', 'oauth-client-credentials', 'password-hash-removal', 'publishable-key-review',
    'refresh-token-exchange', 'saas-secrets-manager', 'secrets-manager-rotation', 'short-lived-fix-leak-path',
    'slack-app-rotation', 'webhook-secret-rotation',
  ]);
  assert.equal(entries.get('short-lived-fix-leak-path')?.replacement, 'fix-leak-path');
  assert.equal(entries.get('saas-secrets-manager')?.replacement, 'secrets-manager');
});

test('yaml and json snippets parse (defaults and variants)', () => {
  let checked = 0;
  for (const [key, e] of entries) {
    const all = [{ where: key, snippet: e.snippet, lang: e.snippetLang }];
    for (const [ctx, v] of Object.entries(e.contexts)) {
      all.push({ where: `${key}.${ctx}`, snippet: v.snippet ?? e.snippet, lang: v.snippetLang ?? e.snippetLang });
    }
    for (const s of all) {
      if (s.snippet === undefined) continue;
      const text = s.snippet.replace(/\{(path|provider|ruleId)\}/g, 'x');
      if (s.lang === 'yaml') {
        const errors = parseAllDocuments(text).flatMap((doc) => ('errors' in doc ? doc.errors : []));
        assert.deepEqual(errors.map((err) => err.message), [], `${s.where}: yaml snippet does not parse`);
        checked++;
      } else if (s.lang === 'json') {
        assert.doesNotThrow(() => JSON.parse(text), `${s.where}: json snippet does not parse`);
        checked++;
      }
    }
  }
  assert.ok(checked >= 40, `only ${checked} snippets checked`);
});

test('no snippet carries a token-looking literal', () => {
  const tokenish = /\b(AKIA[A-Z2-7]{16}|ghp_[A-Za-z0-9]{36}|npm_[A-Za-z0-9]{36}|hvs\.[A-Za-z0-9_-]{20,}|xox[bpe]-\d)/;
  for (const [key, e] of entries) {
    for (const s of [e.snippet, ...Object.values(e.contexts).map((v) => v.snippet)]) {
      if (s) assert.doesNotMatch(s, tokenish, `${key}: snippet looks like it holds a token`);
    }
  }
});

test('{path_sh} in a shell snippet keeps a hostile file name one quoted word', async () => {
  const { shellQuote } = await import('../../src/migrate/suggest.js');
  assert.equal(shellQuote('config/app.env'), 'config/app.env');
  assert.equal(shellQuote("a b'; rm -rf ~ #.env"), `'a b'\\''; rm -rf ~ #.env'`);
  assert.equal(shellQuote('$(id).env'), "'$(id).env'");
  assert.equal(shellQuote(''), "''");
});

// Issue 12, "meet gitleaks users where they are": `keyshift config import --from gitleaks|detect-secrets`
// and `keyshift baseline import --from gitleaksignore`. Unit tests of the regex translation, then the CLI
// end to end: the printed .keyshift.yaml loads, its custom rule fires, its allowlists suppress.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { captureGroupOpens, keepOneCaptureGroup, pathRegexToGlobs, requiredLiteral, translateRegex } from '../../src/config/import-regex.js';
import { keyshiftIdFor } from '../../src/config/import-gitleaks.js';
import { deriveExamples } from '../../src/catalog/regex-examples.js';
import { loadEngineCatalog } from '../../src/scan/catalog-setup.js';
import { loadGitleaksRuleMap } from '../../src/cli/import-command.js';
import { runCli } from '../helpers/fixtures.js';
import { makeToken } from '../helpers/fake-tokens.js';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'keyshift-import-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

test('translateRegex: Go RE2 forms become keyshift user-regex syntax', () => {
  const ok = (src: string): string => {
    const t = translateRegex(src, 'go');
    assert.ok(t.ok, `${src}: ${t.ok ? '' : t.why}`);
    return t.source;
  };
  assert.equal(ok('(?i)abc\\z'), '(?i)abc$');
  assert.equal(ok('\\Aabc'), '^abc');
  assert.equal(ok('(?P<tok>x+)'), '(?<tok>x+)');
  assert.equal(ok('[[:alnum:]_]{8}'), '[0-9A-Za-z_]{8}');
  assert.equal(ok('\\x{41}'), '\\u0041');
  assert.equal(ok('\\Qa.b\\E'), 'a\\.b');
  assert.equal(ok('[]a]'), '[\\]a]');
});

test('translateRegex: inline flags mid-pattern, \\p classes and lookarounds are refused with a reason', () => {
  const why = (src: string, dialect: 'go' | 'python' = 'go'): string => {
    const t = translateRegex(src, dialect);
    assert.equal(t.ok, false, src);
    return t.ok ? '' : t.why;
  };
  assert.match(why('foo(?i)bar'), /inline flags at character 4/);
  assert.match(why('(?s:.)'), /inline flags/);
  assert.match(why('\\pL+'), /Unicode class/);
  assert.match(why('a(?=b)'), /lookaround/);
  // Control: Python allows lookarounds, and so does the translation for detect-secrets.
  assert.equal(translateRegex('a(?=b)', 'python').ok, true);
});

test('capture groups: secretGroup keeps one group, no group wraps the whole regex', () => {
  assert.deepEqual(captureGroupOpens('(a)(?:b)(?<n>c)[(]\\('), [0, 8]);
  assert.equal(keepOneCaptureGroup('(a)(b)', 2), '(?:a)(b)');
  assert.equal(keepOneCaptureGroup('(?<n>a)(b)', 1), '(a)(?:b)');
  assert.equal(keepOneCaptureGroup('ab|cd', 1), '(ab|cd)');
});

test('requiredLiteral: the longest literal every match needs, none with top-level alternation', () => {
  assert.equal(requiredLiteral('internal[_-]token\\s*='), 'internal');
  assert.equal(requiredLiteral('acme_db_pass(?:word)?'), 'acme_db_pass');
  assert.equal(requiredLiteral('https?://hooks\\.acme\\.io/x'), '://hooks.acme.io/x');
  assert.equal(requiredLiteral('abc|def'), undefined);
  assert.equal(requiredLiteral('[a-z]{40}'), undefined);
});

test('pathRegexToGlobs: the path regexes gitleaks configs use', () => {
  const globs = (src: string): string[] => pathRegexToGlobs(src).globs;
  assert.deepEqual(globs('(?:^|/)vendor/'), ['**/vendor/**']);
  assert.deepEqual(globs('^docs/'), ['docs/**']);
  assert.deepEqual(globs('\\.(?:png|jpe?g)$'), ['**/*.png', '**/*.jpg', '**/*.jpeg']);
  assert.deepEqual(globs('gitleaks\\.toml'), ['**/*gitleaks.toml*', '**/*gitleaks.toml*/**']);
  assert.deepEqual(globs('^tests/.*'), ['tests/**']);
  assert.equal(pathRegexToGlobs('(?i)\\.png$').caseInsensitive, true);
  assert.throws(() => pathRegexToGlobs('(x+)y'), /repeated/);
  assert.throws(() => pathRegexToGlobs('.*'), /every path/);
});

test('deriveExamples: lines the regex really matches, with a non-empty secret group', () => {
  const ex = deriveExamples('\\b(acme_[a-zA-Z0-9]{32})\\b', '', 'acme.token', { count: 2 });
  assert.equal(ex.length, 2);
  assert.notEqual(ex[0], ex[1]);
  for (const e of ex) assert.match(e, /^acme_[a-zA-Z0-9]{32}$/);
  // Control: a backreference cannot be generated, so nothing is returned rather than a wrong example.
  assert.deepEqual(deriveExamples('(a)\\1', '', 'x', { count: 2 }), []);
});

test('keyshiftIdFor: the first segment of a gitleaks id becomes the provider', () => {
  assert.equal(keyshiftIdFor('acme-internal-token'), 'acme.internal-token');
  assert.equal(keyshiftIdFor('Ocid'), 'ocid.secret');
  assert.equal(keyshiftIdFor('my_rule.v2'), 'my.rule-v2');
});

test('patterns/imports/gitleaks-rules.yaml names only keyshift pattern ids that exist', () => {
  const ids = new Set(loadEngineCatalog().all.map((p) => p.id));
  const map = loadGitleaksRuleMap();
  const missing = [...map].flatMap(([g, ks]) => ks.filter((id) => !ids.has(id)).map((id) => `${g} -> ${id}`));
  assert.deepEqual(missing, []);
  for (const g of ['aws-access-token', 'github-pat', 'github-fine-grained-pat', 'github-oauth', 'github-app-token', 'gitlab-pat', 'slack-bot-token', 'slack-webhook-url', 'stripe-access-token', 'private-key', 'generic-api-key', 'jwt', 'npm-access-token', 'pypi-upload-token']) {
    assert.ok(map.has(g), g);
  }
});

const ALLOWED_TOKEN = 'acme_ALLOWEDallowedALLOWEDallowed0001';

const GITLEAKS_TOML = `title = "Acme"

[extend]
useDefault = true
disabledRules = ["jwt", "no-such-rule"]

[[rules]]
id = "acme-internal-token"
description = "Acme internal service token"
regex = '''\\b(acme_[a-zA-Z0-9]{32})\\b'''
keywords = ["acme_"]
entropy = 3.0
tags = ["internal"]

  [[rules.allowlists]]
  stopwords = ["qqstopword"]

[[rules]]
id = "acme-db-password"
regex = '''(?i)acme_db_pass(?:word)?\\s*[:=]\\s*['"]?([A-Za-z0-9]{12,64})['"]?'''
secretGroup = 1
path = '''\\.env$'''

[[rules]]
id = "weird"
regex = '''foo(?i)bar[0-9]{8}'''

[[rules]]
id = "github-pat"
  [[rules.allowlists]]
  paths = ['''^docs/''']

[allowlist]
paths = ['''(?:^|/)vendor/''']
regexes = ['''^${ALLOWED_TOKEN}$''']
commits = ["cd5226711335c68be1e720b318b7bc3135a30eb2"]
`;

test('issue 12: config import --from gitleaks prints a .keyshift.yaml that loads, fires and suppresses', () => {
  const ghp = makeToken('github.pat-classic', 12);
  const dir = tree({
    '.gitleaks.toml': GITLEAKS_TOML,
    'src/app.py': 'token = "acme_Q7wR2xK9mN4pL8vT3yB6cF1hJ5dG0sZa"\n',
    'vendor/lib/x.py': 'token = "acme_Q7wR2xK9mN4pL8vT3yB6cF1hJ5dG0sZb"\n',
    'src/allowed.py': `token = "${ALLOWED_TOKEN}"\n`,
    'src/fixture.py': 'token = "acme_qqstopwordQ7wR2xK9mN4pL8vT3yB6cF"\n',
    'src/.env': 'ACME_DB_PASSWORD=Zx81kQpw3LmN7rTy\n',
    'docs/howto.md': `export GH=${ghp}\n`,
  });
  try {
    const imp = runCli(['config', 'import', '--from', 'gitleaks', '.gitleaks.toml'], dir);
    assert.equal(imp.status, 0, imp.stderr);
    const cfg = parse(imp.stdout) as Record<string, any>;
    assert.deepEqual(cfg.patterns.disable, ['jwt.token']);
    assert.deepEqual(cfg.patterns.custom.map((p: { id: string }) => p.id), ['acme.internal-token', 'acme.db-password']);
    assert.deepEqual(cfg.allowlist.paths, ['**/vendor/**']);
    assert.deepEqual(cfg.allowlist.patterns['github.pat-classic'], { paths: ['docs/**'] });
    assert.deepEqual(cfg.allowlist.patterns['acme.internal-token'], { values: ['(?i)qqstopword'] });
    const notes = imp.stderr.trim().split('\n');
    assert.deepEqual(
      notes.map((l) => l.split(': ').slice(0, 3).join(': ')),
      [
        'keyshift: .gitleaks.toml: extend.disabledRules[1]',
        'keyshift: .gitleaks.toml: rules[1].path',
        'keyshift: .gitleaks.toml: rules[2].regex',
        'keyshift: .gitleaks.toml: allowlist.commits',
      ],
    );
    assert.match(notes[2]!, /inline flags/);
    // The allowlist regex holds a token-like value: no note repeats it (control: the input does hold it).
    assert.ok(GITLEAKS_TOML.includes(ALLOWED_TOKEN));
    assert.ok(!imp.stderr.includes(ALLOWED_TOKEN));

    writeFileSync(join(dir, 'imported.yaml'), imp.stdout);
    const scan = runCli(['scan', '.', '--config', 'imported.yaml', '--format', 'json', '--show-suppressed'], dir);
    assert.equal(scan.status, 1, scan.stderr);
    const findings = (JSON.parse(scan.stdout) as { findings: Array<{ path: string; ruleId: string; suppressions: Array<{ justification?: string }> }> }).findings;
    const rows = findings
      .filter((f) => f.ruleId.startsWith('acme.') || f.ruleId === 'github.pat-classic')
      .map((f) => `${f.path} ${f.ruleId} ${f.suppressions[0]?.justification ?? 'reported'}`)
      .sort();
    assert.deepEqual(rows, [
      '.gitleaks.toml acme.internal-token allowlist.values[0]',
      'docs/howto.md github.pat-classic allowlist.patterns.github.pat-classic.paths',
      'src/.env acme.db-password reported',
      'src/allowed.py acme.internal-token allowlist.values[0]',
      'src/app.py acme.internal-token reported',
      'src/fixture.py acme.internal-token allowlist.patterns.acme.internal-token.values[0]',
      'vendor/lib/x.py acme.internal-token allowlist.paths',
    ]);
    // Control: without the imported config, none of the acme rules exist and the GitHub token is reported.
    const plain = runCli(['scan', '.', '--format', 'json', '--fail-on', 'none'], dir);
    const plainIds = (JSON.parse(plain.stdout) as { findings: Array<{ ruleId: string; suppressions: unknown[] }> }).findings;
    assert.equal(plainIds.filter((f) => f.ruleId.startsWith('acme.')).length, 0);
    assert.equal(plainIds.filter((f) => f.ruleId === 'github.pat-classic' && f.suppressions.length === 0).length, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('issue 12: config import exits 2 with file:line on invalid TOML, and on a missing file', () => {
  const dir = tree({ 'bad.toml': 'title = "x"\n[[rules]\nid = 1\n' });
  try {
    const bad = runCli(['config', 'import', '--from', 'gitleaks', 'bad.toml'], dir);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^keyshift: bad\.toml:2: invalid TOML: /);
    assert.equal(bad.stderr.trim().split('\n').length, 1);
    const missing = runCli(['config', 'import', '--from', 'gitleaks', 'nope.toml'], dir);
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr, 'keyshift: nope.toml: cannot read (no such file)\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('issue 12: baseline import --from gitleaksignore re-locates fingerprints by file, line and mapped rule', () => {
  const ghp = makeToken('github.pat-classic', 21);
  const dir = tree({
    'src/gh.py': `ghp = "${ghp}"\n`,
    'src/other.py': `a = 1\nghp = "${makeToken('github.pat-classic', 22)}"\n`,
    '.gitleaksignore': [
      '# accepted',
      'src/gh.py:github-pat:1',
      'src/other.py:aws-access-token:2',
      'cd5226711335c68be1e720b318b7bc3135a30eb2:src/old.py:github-pat:4',
      '',
    ].join('\n'),
    '.gitleaks.toml': '[extend]\nuseDefault = true\n',
  });
  try {
    const r = runCli(['baseline', 'import', '--from', 'gitleaksignore', '.gitleaksignore', '.'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, 'imported 1 of 3 gitleaksignore entries into .keyshift-baseline\n');
    // Entries only: the header's comment lines and its KDF line ("fingerprint: scrypt ...") are not entries.
    const lines = readFileSync(join(dir, '.keyshift-baseline'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#') && !l.startsWith('fingerprint:'));
    assert.deepEqual(lines.map((l) => l.split(' ').slice(1).join(' ')), ['github.pat-classic src/gh.py']);
    // The aws-access-token entry sits on a GitHub token's line: the rule does not map to it, so it stays unmatched.
    assert.deepEqual(r.stderr.trim().split('\n'), [
      'keyshift: not matched: src/other.py:2 (aws-access-token); no current finding at that place',
      'keyshift: not matched: src/old.py:4 (github-pat); no current finding at that place; it was recorded at commit cd5226711335: add --history to match findings in history',
    ]);
    assert.ok(!r.stderr.includes(ghp) && !r.stdout.includes(ghp));
    // config import finds the .gitleaksignore beside the toml and says how to import it.
    const imp = runCli(['config', 'import', '--from', 'gitleaks', '.gitleaks.toml'], dir);
    assert.equal(imp.status, 0);
    assert.match(imp.stderr, /found \.gitleaksignore; import it with: keyshift baseline import --from gitleaksignore \.gitleaksignore/);
    assert.match(imp.stdout, /^# baseline: \.keyshift-baseline$/m);
    writeFileSync(join(dir, '.gitleaksignore'), 'src/gh.py:github-pat\n');
    const bad = runCli(['baseline', 'import', '--from', 'gitleaksignore', '.gitleaksignore', '.', '--file', 'b2'], dir);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /\.gitleaksignore:1: expected a gitleaks fingerprint/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('issue 12: config import --from detect-secrets maps file and secret filters, lists the rest', () => {
  const baseline = {
    version: '1.5.0',
    plugins_used: [
      { name: 'AWSKeyDetector' },
      { name: 'Base64HighEntropyString', limit: 4.0 },
      { name: 'HexHighEntropyString', limit: 3.0 },
      { name: 'KeywordDetector', keyword_exclude: '^dev_' },
    ],
    filters_used: [
      { path: 'detect_secrets.filters.heuristic.is_likely_id_string' },
      { path: 'detect_secrets.filters.regex.should_exclude_file', pattern: ['^tests/.*', '\\.lock$'] },
      { path: 'detect_secrets.filters.regex.should_exclude_line', pattern: ['# noqa'] },
      { path: 'detect_secrets.filters.regex.should_exclude_secret', pattern: ['^fake-'] },
    ],
    results: { 'a.py': [{ type: 'Secret Keyword', filename: 'a.py', hashed_secret: '5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8', line_number: 3 }] },
  };
  const dir = tree({ '.secrets.baseline': JSON.stringify(baseline, null, 2), 'broken.baseline': '{\n  "plugins_used": [\n' });
  try {
    const r = runCli(['config', 'import', '--from', 'detect-secrets', '.secrets.baseline'], dir);
    assert.equal(r.status, 0, r.stderr);
    const cfg = parse(r.stdout) as Record<string, unknown>;
    assert.deepEqual(cfg, { exclude: ['tests/**', '**/*.lock'], allowlist: { values: ['^fake-'] } });
    assert.deepEqual(
      r.stderr.trim().split('\n').map((l) => l.split(': ').slice(0, 3).join(': ')),
      [
        'keyshift: .secrets.baseline: plugins_used[1].limit',
        'keyshift: .secrets.baseline: plugins_used[3].keyword_exclude',
        'keyshift: .secrets.baseline: filters_used[2].pattern',
        'keyshift: .secrets.baseline: results',
      ],
    );
    writeFileSync(join(dir, 'imported.yaml'), r.stdout);
    const scan = runCli(['scan', '.', '--config', 'imported.yaml'], dir);
    assert.equal(scan.status, 0, scan.stderr);
    const broken = runCli(['config', 'import', '--from', 'detect-secrets', 'broken.baseline'], dir);
    assert.equal(broken.status, 2);
    assert.match(broken.stderr, /^keyshift: broken\.baseline:\d+: not valid JSON/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

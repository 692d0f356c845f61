// Issue 7 item 5: a user pattern with catastrophic backtracking is rejected before the scan starts (exit 2,
// one line per problem, pointing at the config line), and a safe custom pattern works like a built-in one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/fixtures.js';

function project(config: string, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'keyshift-custom-'));
  writeFileSync(join(dir, '.keyshift.yaml'), config);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const pattern = (regex: string, examples: string[], negatives: string[]): string => `patterns:
  custom:
    - id: acme.internal-token
      name: ACME internal token
      provider: acme
      kind: static-key
      severity: high
      keywords: [acme_]
      regex: '${regex}'
      migration: saas-secrets-manager
      references: ['https://example.com/acme-tokens']
      examples: [${examples.map((e) => `'${e}'`).join(', ')}]
      negative_examples: [${negatives.map((e) => `'${e}'`).join(', ')}]
`;

test('a custom pattern with nested quantifiers is rejected with exit 2 and the config line', () => {
  // The adversarial input is present too: the scan must never start, so it cannot stall on it.
  const dir = project(pattern('\\b(acme_(?:a+)+)!', ['t = acme_aaaaaaaa!', 'x acme_aaaaaaaaaaaa!'], ['acme_', 'acme_bbbb']), {
    'bundle.js': `acme_${'a'.repeat(10 * 1024 * 1024)}`,
  });
  const r = runCli(['scan', '.'], dir);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /\.keyshift\.yaml:3: acme\.internal-token: regex: unsafe regex: nested quantifier/);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
});

test('a custom pattern whose example does not match is rejected', () => {
  const dir = project(pattern('\\b(acme_[a-z0-9]{24})\\b', ['t = acme_short', 'x = acme_abcdefabcdefabcdefabcdef12'], ['acme_', 'acme_bbbb']), {});
  const r = runCli(['scan', '.'], dir);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /acme\.internal-token: examples?/);
});

test('a safe custom pattern finds its secret and gets the migration of its key', () => {
  const token = 'acme_k3v9q2m8x7w1p5z4r6t0y8u2';
  const dir = project(pattern('\\b(acme_[a-z0-9]{24})\\b', [`t = ${token}`, 'x = acme_abcdefabcdefabcdefabcd12'], ['acme_', 'acme_bbbb']), {
    'app.py': `ACME = "${token}"\n`,
  });
  const r = runCli(['scan', '.', '--format', 'json'], dir);
  assert.equal(r.status, 1, r.stderr);
  const report = JSON.parse(r.stdout) as { findings: { ruleId: string; path: string; line: number; kind: string; migration: { key: string } }[] };
  const ours = report.findings.filter((f) => f.ruleId === 'acme.internal-token');
  assert.deepEqual(
    ours.map((f) => [f.path, f.line, f.kind, f.migration.key]),
    [['app.py', 1, 'static-key', 'saas-secrets-manager']],
  );
  assert.ok(!r.stdout.includes(token), 'the value is redacted');
});

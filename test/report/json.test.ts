import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatJson } from '../../src/report/json.js';
import type { FormatOptions } from '../../src/report/types.js';
import { FAKE_SECRETS, sampleFindings, sampleReport } from '../helpers/sample-findings.js';

const OPTS: FormatOptions = { showSecrets: false, color: false, verbose: false, showSuppressed: false };

describe('JSON output', () => {
  it('has the documented top-level shape', () => {
    const out = JSON.parse(formatJson(sampleReport(), OPTS)) as Record<string, unknown>;
    assert.deepEqual(Object.keys(out), ['version', 'tool', 'root', 'counts', 'findings', 'skipped', 'warnings']);
    assert.equal(out.version, 1);
    assert.deepEqual(out.tool, { name: 'keyshift', version: '0.1.0' });
    assert.equal(out.root, '/home/dev/my repo');
    assert.deepEqual(out.counts, { filesScanned: 128, bytesScanned: 1048576, filesSkipped: 2, ignored: 0, excluded: 0, findings: 7, suppressed: 2 });
    assert.deepEqual(out.skipped, [
      { path: 'assets/logo.png', reason: 'binary' },
      { path: 'dist/bundle.min.js', reason: 'too-large', detail: '12.4 MiB > 10 MiB' },
    ]);
    assert.deepEqual(out.warnings, []);
  });

  it('sorts findings by path, line, column, rule id, whatever the input order', () => {
    const findings = sampleFindings();
    const a = formatJson(sampleReport(findings), OPTS);
    const b = formatJson(sampleReport([...findings].reverse()), OPTS);
    assert.equal(a, b);
    const paths = (JSON.parse(a) as { findings: { path: string }[] }).findings.map((f) => f.path);
    assert.deepEqual(paths, [
      '.github/workflows/deploy.yml',
      '.npmrc',
      'charts/api/values.yaml',
      'deploy/id_ed25519',
      'docs/setup.md',
      'packages/web/.npmrc',
      'scripts/release notes/push #1.sh',
      'src/slack/client.ts',
      'test/fixtures/session.json',
    ]);
  });

  it('a finding carries every field except the secret, with suppressions and the whole migration', () => {
    const f = sampleFindings()[5]!; // the vault token from history
    const out = JSON.parse(formatJson(sampleReport([f]), OPTS)) as { findings: Record<string, unknown>[] };
    assert.deepEqual(out.findings[0], {
      ruleId: 'vault.service-token',
      ruleName: 'HashiCorp Vault service token',
      provider: 'vault',
      kind: 'long-lived-credential',
      severity: 'high',
      confidence: 'high',
      path: 'charts/api/values.yaml',
      line: 8,
      column: 12,
      endLine: 8,
      endColumn: 12 + FAKE_SECRETS.vaultToken.length,
      fingerprint: f.fingerprint,
      preview: 'hvs.…[46]',
      secretLength: 46,
      context: 'helm-values',
      pathRole: 'source',
      checksum: 'none',
      entropy: 4.5,
      notes: [],
      commit: { sha: '3f9c2a7b1e4d5f60718293a4b5c6d7e8f9012345', date: '2026-10-02T09:15:00Z', author: 'Dev Example' },
      nhi: ['NHI2', 'NHI7'],
      cwe: ['CWE-798'],
      migration: {
        key: 'vault-jwt-auth',
        variant: 'helm-values',
        summary: 'Log in to Vault with the Kubernetes auth method instead of a static token.',
        steps: ['Step one for vault-jwt-auth.', 'Step two for vault-jwt-auth.'],
        references: ['https://docs.example.test/vault-jwt-auth'],
      },
      suppressions: [],
    });
  });

  it('suppressed findings are included with their suppressions', () => {
    const out = JSON.parse(formatJson(sampleReport(), OPTS)) as { findings: { path: string; suppressions: unknown[] }[] };
    assert.deepEqual(out.findings.find((f) => f.path === 'docs/setup.md')!.suppressions, [
      { kind: 'inSource', source: 'directive', justification: 'rotated, test account' },
    ]);
    assert.deepEqual(out.findings.find((f) => f.path === 'packages/web/.npmrc')!.suppressions, [{ kind: 'external', source: 'baseline' }]);
  });

  it('secret appears only with showSecrets, as `secret`', () => {
    const hidden = JSON.parse(formatJson(sampleReport(), OPTS)) as { findings: Record<string, unknown>[] };
    assert.equal(hidden.findings.every((f) => !('secret' in f)), true);
    const shown = JSON.parse(formatJson(sampleReport(), { ...OPTS, showSecrets: true })) as { findings: { path: string; secret: string }[] };
    assert.equal(shown.findings.find((f) => f.path === '.npmrc')!.secret, FAKE_SECRETS.npmToken);
  });
});

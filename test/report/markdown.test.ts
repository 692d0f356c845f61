import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatMarkdown, formatSummaryTable } from '../../src/report/markdown.js';
import type { FormatOptions } from '../../src/report/types.js';
import { FAKE_SECRETS, SAMPLE_SPECS, makeFinding, makeMigration, sampleReport } from '../helpers/sample-findings.js';

const OPTS: FormatOptions = { showSecrets: false, color: false, verbose: false, showSuppressed: false };

function section(md: string, heading: string): string {
  const start = md.indexOf(`\n${heading}\n`);
  assert.ok(start >= 0, `missing ${heading}`);
  const level = heading.split(' ')[0]!;
  const rest = md.slice(start + heading.length + 2);
  const next = rest.search(new RegExp(`\\n${level} `));
  return next < 0 ? rest : rest.slice(0, next);
}

describe('markdown NHI inventory', () => {
  const md = formatMarkdown(sampleReport(), OPTS);

  it('opens with a summary and two Mermaid pie charts, before any table', () => {
    const lines = md.split('\n');
    assert.equal(lines[0], '# Non-human identity inventory');
    assert.equal(lines[2], 'keyshift 0.1.0 found 7 secrets in 128 files scanned (2 suppressed, 2 files skipped).');
    assert.deepEqual(lines.slice(4, 11), [
      '```mermaid',
      'pie showData title Findings by kind',
      '    "long-lived-credential" : 4',
      '    "private-key" : 1',
      '    "refresh-token" : 1',
      '    "short-lived-token" : 1',
      '```',
    ]);
    assert.equal(lines[12], '```mermaid');
    assert.equal(lines[13], 'pie showData title Findings by provider');
    assert.ok(md.indexOf('```mermaid') < md.indexOf('| '));
  });

  it('counts by kind, provider and context (suppressed excluded)', () => {
    assert.ok(
      section(md, '### By kind').includes(
        [
          '| Kind | Findings | Critical | High | Medium | Low |',
          '| --- | --: | --: | --: | --: | --: |',
          '| long-lived-credential | 4 | 1 | 3 | 0 | 0 |',
          '| private-key | 1 | 1 | 0 | 0 | 0 |',
          '| refresh-token | 1 | 0 | 1 | 0 | 0 |',
          '| short-lived-token | 1 | 0 | 0 | 0 | 1 |',
        ].join('\n'),
      ),
    );
    assert.ok(section(md, '### By provider').includes('| slack | 1 | refresh-token |'));
    assert.ok(section(md, '### By context').includes('| code | 2 |\n| config | 1 |\n| github-workflow | 1 |'));
    assert.equal(md.includes('docs/setup.md'), false);
  });

  it('lists what matters most first: long-lived in CI, refresh tokens, private keys', () => {
    const rows = section(md, '## Fix these first').split('\n').filter((l) => /^\| \d/.test(l));
    assert.deepEqual(rows, [
      '| 1 | critical | long-lived-credential in CI (github-workflow) | `aws.access-key` | `.github/workflows/deploy.yml:14` | `AK…[20]` |',
      '| 2 | high | refresh token | `slack.refresh-token` | `src/slack/client.ts:42` | `xoxe…[63]` |',
      '| 3 | critical | private key | `private-key.openssh` | `deploy/id_ed25519:1` | `----…[194]` |',
    ]);
  });

  it('gives each migration once per provider with every place it applies to', () => {
    const m = makeMigration('aws-oidc', 'github-workflow', 'Use GitHub OIDC with an IAM role.');
    const findings = [3, 9, 1].map((line, i) =>
      makeFinding({ spec: SAMPLE_SPECS.aws, secret: `AKIAQ7RSTV2WXYZ3KS${'ABC'[i]}Z`, path: `.github/workflows/w${i}.yml`, line, context: 'github-workflow', migration: m }),
    );
    const plan = section(formatMarkdown(sampleReport(findings), OPTS), '## Migration plan');
    assert.equal(plan.split('#### Use GitHub OIDC with an IAM role.').length - 1, 1);
    assert.ok(plan.startsWith('\n### aws (3 findings)\n'));
    assert.ok(
      plan.includes(
        [
          'Applies to 3 places:',
          '',
          '- `.github/workflows/w0.yml:3` (`aws.access-key`, high)',
          '- `.github/workflows/w1.yml:9` (`aws.access-key`, high)',
          '- `.github/workflows/w2.yml:1` (`aws.access-key`, high)',
        ].join('\n'),
      ),
    );
    assert.ok(plan.includes('1. Step one for aws-oidc.\n2. Step two for aws-oidc.'));
  });

  it('renders the snippet in a fence longer than any backtick run inside it', () => {
    const m = makeMigration('x', 'default', 'Do x.', { snippet: 'run: echo ```nested```' });
    const f = makeFinding({ spec: SAMPLE_SPECS.vault, secret: FAKE_SECRETS.vaultToken, path: 'a.yaml', line: 1, migration: m });
    assert.ok(formatMarkdown(sampleReport([f]), OPTS).includes('````\nrun: echo ```nested```\n````'));
  });

  it('maps findings to OWASP NHI Top 10 and CWE', () => {
    const rows = section(md, '## OWASP NHI Top 10 and CWE mapping').split('\n').filter((l) => l.startsWith('| '));
    assert.deepEqual(rows.slice(0, 2), ['| Id | Title | Findings | Rules |', '| --- | --- | --: | --- |']);
    assert.equal(rows[2], '| NHI2:2025 | Secret Leakage | 7 | aws.access-key, github.pat-classic, jwt.token, npm.access-token, private-key.openssh, slack.refresh-token, vault.service-token |');
    assert.equal(rows[3], '| NHI7:2025 | Long-Lived Secrets | 6 | aws.access-key, github.pat-classic, npm.access-token, private-key.openssh, slack.refresh-token, vault.service-token |');
    assert.equal(rows[4], '| CWE-321 | Use of Hard-coded Cryptographic Key | 1 | private-key.openssh |');
    assert.equal(rows[5]!.startsWith('| CWE-798 | Use of Hard-coded Credentials | 7 |'), true);
  });

  it('escapes table-breaking characters in paths', () => {
    const f = makeFinding({ spec: SAMPLE_SPECS.privateKey, secret: FAKE_SECRETS.opensshKey, path: 'keys/a|b`c\n.pem', line: 2 });
    const out = formatMarkdown(sampleReport([f]), OPTS);
    assert.ok(out.includes('| `private-key.openssh` | ``keys/a\\|b`c\\n.pem:2`` |'), out);
    assert.ok(out.includes('- ``keys/a\\|b`c\\n.pem:2`` (`private-key.openssh`, critical)'), out);
  });

  it('an empty scan says there is nothing to migrate and draws no chart', () => {
    const out = formatMarkdown(sampleReport([]), OPTS);
    assert.equal(out, '# Non-human identity inventory\n\nkeyshift 0.1.0 found 0 secrets in 128 files scanned (0 suppressed, 2 files skipped).\n\nNo findings: nothing to migrate.\n');
  });
});

describe('summary table', () => {
  it('is a compact kind-by-severity table with totals', () => {
    assert.equal(
      formatSummaryTable(sampleReport()),
      [
        '**keyshift**: 7 findings in 128 files scanned (2 suppressed, 2 files skipped)',
        '',
        '| Kind | Critical | High | Medium | Low | Total |',
        '| --- | --: | --: | --: | --: | --: |',
        '| long-lived-credential | 1 | 3 | 0 | 0 | 4 |',
        '| private-key | 1 | 0 | 0 | 0 | 1 |',
        '| refresh-token | 0 | 1 | 0 | 0 | 1 |',
        '| short-lived-token | 0 | 0 | 0 | 1 | 1 |',
        '| **Total** | **2** | **4** | **0** | **1** | **7** |',
        '',
      ].join('\n'),
    );
  });

  it('no findings: one line', () => {
    assert.equal(formatSummaryTable(sampleReport([])), '**keyshift**: 0 findings in 128 files scanned (0 suppressed, 2 files skipped)\n');
  });
});

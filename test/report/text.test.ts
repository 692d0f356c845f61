import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatText } from '../../src/report/text.js';
import { num } from '../../src/report/common.js';
import type { FormatOptions } from '../../src/report/types.js';
import { SAMPLE_SPECS, makeFinding, sampleFindings, sampleReport } from '../helpers/sample-findings.js';

const OPTS: FormatOptions = { showSecrets: false, color: false, verbose: false, showSuppressed: false };

describe('text output', () => {
  it('prints the summary first, then findings most severe first with a migration line', () => {
    assert.equal(
      formatText(sampleReport(), OPTS),
      [
        'keyshift 0.1.0: 128 files scanned (1.0 MiB), 2 skipped',
        '7 findings (critical 2, high 4, low 1), 2 suppressed (--show-suppressed to list)',
        '',
        '.github/workflows/deploy.yml:14:30  CRITICAL  long-lived-credential  aws.access-key  AK…[20]',
        '    → Replace the static AWS keys with GitHub OIDC and an IAM role (aws-actions/configure-aws-credentials with role-to-assume).',
        'deploy/id_ed25519:1:1  CRITICAL  private-key  private-key.openssh  ----…[194]',
        '    → Replace the deploy key with short-lived SSH certificates issued per job.',
        '.npmrc:1:33  HIGH  long-lived-credential  npm.access-token  npm_…[40]',
        '    → Publish with npm trusted publishing (OIDC) and drop the token from .npmrc.',
        'charts/api/values.yaml:8:12  HIGH  long-lived-credential  vault.service-token  hvs.…[46]  commit 3f9c2a7b1e4d',
        '    → Log in to Vault with the Kubernetes auth method instead of a static token.',
        'scripts/release notes/push #1.sh:3:15  HIGH  long-lived-credential  github.pat-classic  ghp_…[40]',
        '    → Use a GitHub App installation token or GITHUB_TOKEN instead of a personal access token.',
        'src/slack/client.ts:42:24  HIGH  refresh-token  slack.refresh-token  xoxe…[63]',
        '    → Keep refresh tokens in a secrets manager that rotates them on use; exchange for short-lived access tokens.',
        'test/fixtures/session.json:5:18  LOW  short-lived-token  jwt.token  eyJh…[' + sampleFindings()[6]!.secretLength + ']',
        '    → Short-lived token: fix the leak path (logs, recorded fixtures); nothing to migrate.',
        '',
      ].join('\n'),
    );
  });

  it('no ANSI escapes without color; severity colours with it', () => {
    assert.equal(formatText(sampleReport(), OPTS).includes('\u001b['), false);
    const coloured = formatText(sampleReport(), { ...OPTS, color: true });
    assert.ok(coloured.includes('\u001b[1;35mCRITICAL\u001b[0m'));
    assert.ok(coloured.includes('\u001b[1;31mHIGH\u001b[0m'));
    assert.ok(coloured.includes('\u001b[36mLOW\u001b[0m'));
  });

  it('--show-suppressed lists suppressed findings with why', () => {
    const out = formatText(sampleReport(), { ...OPTS, showSuppressed: true }).split('\n');
    const i = out.indexOf('Suppressed (2):');
    assert.ok(i > 0);
    assert.deepEqual(out.slice(i + 1, i + 5), [
      'packages/web/.npmrc:2:33  HIGH  long-lived-credential  npm.access-token  npm_…[40]  [suppressed: external baseline]',
      '    → Publish with npm trusted publishing (OIDC) and drop the token from .npmrc.',
      'docs/setup.md:20:5  MEDIUM  long-lived-credential  aws.access-key  AK…[20]  [suppressed: inSource directive: rotated, test account]',
      '    → Replace the static AWS keys with GitHub OIDC and an IAM role (aws-actions/configure-aws-credentials with role-to-assume).',
    ]);
    assert.equal(formatText(sampleReport(), OPTS).includes('Suppressed ('), false);
  });

  it('--verbose lists skipped files with reasons', () => {
    const out = formatText(sampleReport(), { ...OPTS, verbose: true });
    assert.ok(out.endsWith('\nSkipped files (2: binary 1, too-large 1):\n  assets/logo.png  binary\n  dist/bundle.min.js  too-large (12.4 MiB > 10 MiB)\n'));
    assert.equal(formatText(sampleReport(), OPTS).includes('Skipped files'), false);
  });

  it('escapes control characters from file names and warnings (no forged lines, no terminal escapes)', () => {
    const f = makeFinding({ spec: SAMPLE_SPECS.aws, secret: 'AKIAQ7RSTV2WXYZ3KSAB', path: 'evil\nname\u001b[2J.txt', line: 1 });
    const out = formatText(sampleReport([f], { warnings: ['bad\rwarning\u0007'] }), OPTS);
    assert.ok(out.includes('evil\\nname\\x1b[2J.txt:1:1  HIGH'));
    assert.ok(out.includes('  bad\\rwarning\\x07\n'));
    assert.equal(/[\u0000-\u0009\u000b-\u001f]/.test(out), false);
  });

  it('no findings: says so', () => {
    const out = formatText(sampleReport([], { skips: [], counts: { filesScanned: 3, bytesScanned: 10, filesSkipped: 0, ignored: 0, excluded: 0, findings: 0, suppressed: 0 } }), OPTS);
    assert.equal(out, 'keyshift 0.1.0: 3 files scanned (10 B), 0 skipped\n0 findings, 0 suppressed\n\nNo findings.\n');
  });

  it('stays readable with 100,000 findings: summary first, --max-findings caps with a count', () => {
    const sev = ['low', 'medium', 'high', 'critical'] as const;
    const findings = Array.from({ length: 100_000 }, (_, i) =>
      makeFinding({ spec: SAMPLE_SPECS.aws, secret: `AKIAQ7RSTV2WX${String(i).padStart(7, '0')}`, path: `src/f${String(i).padStart(6, '0')}.ts`, line: 1 + (i % 50), severity: sev[i % 4], over: { fingerprint: `ks2_${i.toString(16).padStart(32, '0')}` } }),
    );
    const out = formatText(sampleReport(findings), { ...OPTS, maxFindings: 3 }).split('\n');
    assert.deepEqual(out, [
      'keyshift 0.1.0: 128 files scanned (1.0 MiB), 2 skipped',
      '100,000 findings (critical 25,000, high 25,000, medium 25,000, low 25,000), 0 suppressed',
      '',
      'src/f000003.ts:4:1  CRITICAL  long-lived-credential  aws.access-key  AK…[20]',
      'src/f000007.ts:8:1  CRITICAL  long-lived-credential  aws.access-key  AK…[20]',
      'src/f000011.ts:12:1  CRITICAL  long-lived-credential  aws.access-key  AK…[20]',
      '… 99,997 more findings not shown (raise --max-findings, or use --format json for all)',
      '',
    ]);
    const full = formatText(sampleReport(findings), OPTS);
    assert.equal(full.split('\n').filter((l) => l.includes('  aws.access-key  ')).length, 100_000);
  });
});

describe('num (issue 19 item 9: grouping without starting ICU)', () => {
  it('writes numbers exactly as toLocaleString(\'en-US\') does', () => {
    for (const n of [0, -0, 1, 12, 123, 999, 1000, 1234, 12345, 123456, 1234567, 1000000, -1, -1234, -1234567, Number.MAX_SAFE_INTEGER, 1.5, 12345.678, 1e21, NaN, Infinity]) {
      assert.equal(num(n), n.toLocaleString('en-US'), String(n));
    }
  });
});

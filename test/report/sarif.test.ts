import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import type * as sarif from 'sarif';
import { buildSarif, formatSarif, relativeUri, rootUri, SECRET_FINGERPRINT_KEY } from '../../src/report/sarif.js';
import type { SarifOptions } from '../../src/report/sarif.js';
import { FAKE_SECRETS, SAMPLE_SPECS, makeFinding, makeSpec, sampleFindings, sampleReport } from '../helpers/sample-findings.js';
import { validateSarif } from '../helpers/sarif-validate.js';

const OPTS: SarifOptions = { showSecrets: false, color: false, verbose: false, showSuppressed: false };

function run(log: sarif.Log): sarif.Run {
  assert.equal(log.runs.length, 1);
  return log.runs[0]!;
}

function resultAt(r: sarif.Run, path: string): sarif.Result {
  const found = r.results!.filter((x) => x.locations![0]!.physicalLocation!.artifactLocation!.uri === relativeUri(path));
  assert.equal(found.length, 1, `one result for ${path}`);
  return found[0]!;
}

describe('SARIF for GitHub code scanning', () => {
  it('has zero errors and zero warnings under the multitool with GitHub rules, suppressed and history findings included', async () => {
    const text = formatSarif(sampleReport(), { ...OPTS, category: 'keyshift/full' });
    const log = JSON.parse(text) as sarif.Log;
    assert.ok(log.runs[0]!.results!.some((r) => r.suppressions?.length));
    assert.ok(log.runs[0]!.results!.some((r) => r.properties?.commitSha));
    const { errors, warnings } = await validateSarif(text);
    assert.deepEqual(errors, []);
    assert.deepEqual(warnings, []);
  });

  it('the validator really reports errors: missing rule descriptions and an absolute URI', async () => {
    const log = buildSarif(sampleReport(), OPTS);
    const r = run(log);
    delete r.tool.driver.rules![0]!.shortDescription;
    r.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri = '/abs/path.ts';
    const { errors } = await validateSarif(JSON.stringify(log));
    assert.ok(errors.some((e) => e.startsWith('GH2012: ') && e.includes("'shortDescription'")), errors.join('\n'));
    assert.ok(errors.some((e) => e.startsWith('SARIF1004: ')), errors.join('\n'));
  });

  it('the validator reports unparsable input as an error', async () => {
    const { errors } = await validateSarif('{"version": "2.1.0", "runs": [');
    assert.equal(errors.length >= 1, true);
  });

  it('the log header, driver and run-level fields', () => {
    const log = buildSarif(sampleReport(), { ...OPTS, category: 'pr-diff' });
    assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(log.version, '2.1.0');
    const r = run(log);
    assert.equal(r.tool.driver.name, 'keyshift');
    assert.equal(r.tool.driver.semanticVersion, '0.1.0');
    assert.equal(r.tool.driver.informationUri, 'https://github.com/keyshift/keyshift');
    assert.deepEqual(r.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///home/dev/my%20repo/' } });
    assert.deepEqual(r.automationDetails, { id: 'pr-diff/' });
    assert.equal(r.results!.length, 9);
    const inv = r.invocations![0]!;
    assert.equal(inv.executionSuccessful, true);
    assert.deepEqual(inv.toolExecutionNotifications, [
      {
        level: 'note',
        descriptor: { id: 'keyshift/skipped-files' },
        message: { text: '2 files were skipped (binary 1, too-large 1); run with --verbose to list them.' },
      },
    ]);
  });

  it('rules: only referenced ones, sorted, with GitHub-required fields, tags and security-severity', () => {
    const r = run(buildSarif(sampleReport(), OPTS));
    const ids = r.tool.driver.rules!.map((x) => x.id);
    // vault, jwt, ... are all referenced; no rule without a result.
    assert.deepEqual(ids, ['aws.access-key', 'github.pat-classic', 'jwt.token', 'npm.access-token', 'private-key.openssh', 'slack.refresh-token', 'vault.service-token']);
    const key = r.tool.driver.rules![ids.indexOf('private-key.openssh')]!;
    assert.deepEqual(key, {
      id: 'private-key.openssh',
      name: 'PrivateKeyOpenssh',
      shortDescription: { text: 'OpenSSH private key' },
      fullDescription: { text: 'OpenSSH private key: a private-key from provider private-key, reported at critical severity.' },
      help: {
        text: 'OpenSSH private key: remove the secret, rotate it, and move to federated identity (ssh-certificates).',
        markdown: '**OpenSSH private key**\n\nRemove the secret, rotate it, and move to federated identity (`ssh-certificates`).',
      },
      defaultConfiguration: { level: 'error' },
      properties: {
        tags: ['security', 'secret', 'private-key', 'CWE-798', 'CWE-321', 'owasp-nhi/NHI2', 'owasp-nhi/NHI7', 'external/cwe/cwe-798', 'external/cwe/cwe-321'],
        precision: 'high',
        'security-severity': '9.5',
        kind: 'private-key',
        provider: 'private-key',
      },
    });
    const jwt = r.tool.driver.rules![ids.indexOf('jwt.token')]!;
    assert.equal(jwt.defaultConfiguration!.level, 'note');
    assert.equal(jwt.properties!.precision, 'medium');
    assert.equal(jwt.properties!['security-severity'], '2.0');
    // The AWS rule is 'high' in the catalog, but one of its results is critical: GitHub reads the rule's score.
    assert.equal(r.tool.driver.rules![0]!.properties!['security-severity'], '9.5');
    assert.equal(r.tool.driver.rules![0]!.defaultConfiguration!.level, 'error');
  });

  it('tags are capped at 20', () => {
    const spec = makeSpec({ id: 'x.many', cwe: Array.from({ length: 30 }, (_, i) => `CWE-${100 + i}`) });
    const f = makeFinding({ spec, secret: 'x-many-fake-value-000000000000', path: 'a.txt', line: 1 });
    const r = run(buildSarif({ ...sampleReport([f]), rules: [{ spec, help: { text: 't', markdown: 'm' } }] }, OPTS));
    assert.equal((r.tool.driver.rules![0]!.properties!.tags as string[]).length, 20);
  });

  it('a result carries location, level, message, fingerprints and properties', () => {
    const r = run(buildSarif(sampleReport(), OPTS));
    const res = resultAt(r, '.github/workflows/deploy.yml');
    const f = sampleFindings()[0]!;
    assert.equal(res.ruleId, 'aws.access-key');
    assert.equal(r.tool.driver.rules![res.ruleIndex!]!.id, 'aws.access-key');
    assert.equal(res.level, 'error');
    assert.equal(
      res.message.text,
      'AWS IAM user access key ID (long-lived-credential) found; replace the static AWS keys with GitHub OIDC and an IAM role (aws-actions/configure-aws-credentials with role-to-assume).',
    );
    assert.match(res.message.markdown!, /\*\*What should replace it:\*\* Replace the static AWS keys/);
    assert.match(res.message.markdown!, /```\npermissions:\n {2}id-token: write\n/);
    assert.deepEqual(res.locations, [
      {
        physicalLocation: {
          artifactLocation: { uri: '.github/workflows/deploy.yml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 14, startColumn: 30, endLine: 14, endColumn: 50 },
        },
      },
    ]);
    assert.match(res.partialFingerprints!.primaryLocationLineHash!, /^[0-9a-f]{16}:1$/);
    assert.equal(res.partialFingerprints![SECRET_FINGERPRINT_KEY], f.fingerprint);
    assert.deepEqual(res.properties, {
      kind: 'long-lived-credential',
      severity: 'critical',
      'security-severity': '9.5',
      confidence: 'high',
      fingerprint: f.fingerprint,
      provider: 'aws',
      context: 'github-workflow',
      pathRole: 'source',
      migration: f.migration!.summary,
      migrationKey: 'aws-oidc',
      migrationVariant: 'github-workflow',
      nhi: ['NHI2', 'NHI7'],
      cwe: ['CWE-798'],
      checksum: 'none',
      preview: 'AK…[20]',
      secretLength: 20,
    });
    assert.equal(res.suppressions, undefined);
  });

  it('commit and JWT details go into properties; levels follow severity', () => {
    const r = run(buildSarif(sampleReport(), OPTS));
    const vault = resultAt(r, 'charts/api/values.yaml');
    assert.equal(vault.properties!.commitSha, '3f9c2a7b1e4d5f60718293a4b5c6d7e8f9012345');
    assert.equal(vault.properties!.commitDate, '2026-10-02T09:15:00Z');
    assert.equal(vault.properties!.author, undefined);
    const jwt = resultAt(r, 'test/fixtures/session.json');
    assert.equal(jwt.level, 'note');
    assert.deepEqual(jwt.properties!.jwt, { alg: 'HS256', iss: 'https://auth.example.test', aud: 'api', sub: 'svc-ci', iat: 1767225600, exp: 1767229200, lifetimeSeconds: 3600, expired: true });
    assert.equal(resultAt(r, 'docs/setup.md').level, 'warning');
  });

  it('suppressed findings are results with suppressions (inSource and external)', () => {
    const r = run(buildSarif(sampleReport(), OPTS));
    assert.deepEqual(resultAt(r, 'docs/setup.md').suppressions, [
      { kind: 'inSource', status: 'accepted', justification: 'rotated, test account', properties: { source: 'directive' } },
    ]);
    assert.deepEqual(resultAt(r, 'packages/web/.npmrc').suppressions, [
      { kind: 'external', status: 'accepted', justification: 'Suppressed by baseline.', properties: { source: 'baseline' } },
    ]);
  });

  it('URIs are relative, POSIX and percent-encoded', () => {
    assert.equal(relativeUri('scripts/release notes/push #1.sh'), 'scripts/release%20notes/push%20%231.sh');
    // Paths are POSIX here (the walker converts Windows separators): a backslash is part of a file name.
    assert.equal(relativeUri('./src\\win\\a.ts'), 'src%5Cwin%5Ca.ts');
    assert.equal(relativeUri('/leading/slash.ts'), 'leading/slash.ts');
    assert.equal(relativeUri('c:/x/ü?.ts'), 'c%3A/x/%C3%BC%3F.ts');
    assert.equal(relativeUri('bad\ud800name'), 'bad%EF%BF%BDname');
    assert.equal(rootUri('/tmp/repo'), 'file:///tmp/repo/');
    const r = run(buildSarif(sampleReport(), OPTS));
    assert.ok(resultAt(r, 'scripts/release notes/push #1.sh'));
  });

  it('the same secret twice in one file gets distinct primaryLocationLineHash occurrence numbers', () => {
    const a = makeFinding({ spec: SAMPLE_SPECS.aws, secret: FAKE_SECRETS.awsAccessKey, path: 'a.env', line: 1, context: 'dotenv' });
    const b = makeFinding({ spec: SAMPLE_SPECS.aws, secret: FAKE_SECRETS.awsAccessKey, path: 'a.env', line: 9, context: 'dotenv' });
    const c = makeFinding({ spec: SAMPLE_SPECS.aws, secret: FAKE_SECRETS.awsAccessKey, path: 'b.env', line: 2, context: 'dotenv' });
    const r = run(buildSarif(sampleReport([b, c, a]), OPTS));
    const hashes = r.results!.map((x) => x.partialFingerprints!.primaryLocationLineHash!);
    const base = hashes[0]!.split(':')[0];
    assert.deepEqual(hashes, [`${base}:1`, `${base}:2`, `${base}:1`]);
    assert.deepEqual(r.results!.map((x) => x.locations![0]!.physicalLocation!.region!.startLine), [1, 9, 2]);
  });

  it('a finding whose rule was not passed gets a synthesized, valid rule', async () => {
    const spec = makeSpec({ id: 'posture.github-actions.aws-static-keys', name: 'AWS static keys fed to a workflow step' });
    const f = makeFinding({ spec, secret: '${{ secrets.AWS_ACCESS_KEY_ID }}', path: '.github/workflows/ci.yml', line: 7, context: 'github-workflow' });
    const report = { ...sampleReport([f]), rules: [] };
    const r = run(buildSarif(report, OPTS));
    assert.equal(r.tool.driver.rules![0]!.id, 'posture.github-actions.aws-static-keys');
    assert.equal(r.tool.driver.rules![0]!.shortDescription!.text, 'AWS static keys fed to a workflow step');
    const { errors } = await validateSarif(formatSarif(report, OPTS));
    assert.deepEqual(errors, []);
  });

  it('an empty scan still has results: [] and rules: []', () => {
    const r = run(buildSarif(sampleReport([], { skips: [] }), OPTS));
    assert.deepEqual(r.results, []);
    assert.deepEqual(r.tool.driver.rules, []);
    assert.deepEqual(r.invocations![0]!.toolExecutionNotifications, []);
  });

  it('showSecrets puts the value in properties.secret only', () => {
    const r = run(buildSarif(sampleReport(), { ...OPTS, showSecrets: true }));
    const res = resultAt(r, 'scripts/release notes/push #1.sh');
    assert.equal(res.properties!.secret, FAKE_SECRETS.githubPat);
    const withoutProps = JSON.stringify({ ...res, properties: undefined });
    assert.equal(withoutProps.includes(FAKE_SECRETS.githubPat), false);
  });
});

describe('SARIF upload limits', () => {
  function many(n: number): ReturnType<typeof sampleFindings> {
    const sev = ['low', 'medium', 'high', 'critical'] as const;
    return Array.from({ length: n }, (_, i) =>
      makeFinding({
        spec: SAMPLE_SPECS.aws,
        secret: `AKIAQ7RSTV2WX${String(i).padStart(7, '0')}`,
        path: `src/f${String(i).padStart(3, '0')}.ts`,
        line: 1,
        severity: sev[i % 4],
      }),
    );
  }

  it('keeps the most severe results (stable) and says how many were dropped', () => {
    const findings = many(12);
    // Suppressed findings rank after unsuppressed ones of any severity.
    findings[3]!.suppressions = [{ kind: 'external', source: 'baseline' }];
    const r = run(buildSarif(sampleReport(findings), { ...OPTS, maxResults: 4 }));
    const paths = r.results!.map((x) => x.locations![0]!.physicalLocation!.artifactLocation!.uri);
    // critical: f003 (suppressed), f007, f011; high: f002, f006, f010
    assert.deepEqual(paths, ['src/f002.ts', 'src/f006.ts', 'src/f007.ts', 'src/f011.ts']);
    const notes = r.invocations![0]!.toolExecutionNotifications!;
    const trunc = notes.find((n) => n.descriptor?.id === 'keyshift/truncated')!;
    assert.equal(trunc.level, 'warning');
    assert.equal(
      trunc.message.text,
      '8 of 12 results were dropped to stay within the upload limits (4 results per run, 10,000,000 bytes gzip-compressed); the most severe were kept. Use --format json for the full list.',
    );
    assert.deepEqual(trunc.properties, { dropped: 8, kept: 4, total: 12 });
  });

  it('cuts to fit a gzip size limit', async () => {
    const report = sampleReport(many(400));
    const full = formatSarif(report, OPTS);
    const fullGzip = gzipSync(full).length;
    const limit = Math.floor(fullGzip / 3);
    const text = formatSarif(report, { ...OPTS, maxGzipBytes: limit });
    assert.ok(gzipSync(text).length <= limit);
    const r = JSON.parse(text) as sarif.Log;
    const kept = r.runs[0]!.results!.length;
    assert.ok(kept > 0 && kept < 400, `kept ${kept}`);
    // Severity order: no dropped finding is more severe than a kept one.
    const perSeverity = ['critical', 'high', 'medium', 'low'].map((s) => r.runs[0]!.results!.filter((x) => x.properties!.severity === s).length);
    // 100 of each severity went in: a less severe level is kept only once every more severe one is complete.
    for (let i = 1; i < 4; i++) if (perSeverity[i]! > 0) assert.equal(perSeverity[i - 1], 100, `levels kept: ${perSeverity.join(',')}`);
    const trunc = r.runs[0]!.invocations![0]!.toolExecutionNotifications!.find((n) => n.descriptor?.id === 'keyshift/truncated')!;
    assert.deepEqual(trunc.properties, { dropped: 400 - kept, kept, total: 400 });
    const { errors } = await validateSarif(text);
    assert.deepEqual(errors, []);
  });

  it('no truncation notice when within limits', () => {
    const r = run(buildSarif(sampleReport(many(10)), OPTS));
    assert.equal(r.results!.length, 10);
    assert.equal(r.invocations![0]!.toolExecutionNotifications!.some((n) => n.descriptor?.id === 'keyshift/truncated'), false);
  });
});

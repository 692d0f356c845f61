// Terraform for the cloud side of a federated CI job: the identity provider, and a role, service-account
// binding or federated credential that trusts exactly the subjects src/fix/subjects.ts derived, one file per
// cloud. Pure: inputs in, HCL text out; it never widens a subject, and leaves what it cannot know to variables.
import { createHash } from 'node:crypto';
import { UsageError } from '../model/errors.js';
import { checkGithubRepo, checkGitlabProject } from './subjects.js';

export type TrustProvider = 'aws' | 'gcp' | 'azure';

export interface TrustInput {
  platform: 'github' | 'gitlab';
  /** OWNER/NAME (GitHub) or GROUP/PROJECT (GitLab). */
  repo: string;
  /** The exact subjects (or glob patterns) to trust, from githubSubjects / gitlabSubjects. */
  subjects: string[];
  workflowPath: string;
  jobIds: string[];
  /** GitLab's base URL, the token's issuer; default https://gitlab.com. */
  gitlabHost?: string;
}

export interface TrustFile {
  file: string;
  text: string;
}

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
export const DEFAULT_GITLAB_HOST = 'https://gitlab.com';
/** The audience AWS STS expects from GitHub's token (aws-actions/configure-aws-credentials sets it). */
const AWS_GITHUB_AUDIENCE = 'sts.amazonaws.com';
/** Entra ID's token-exchange audience for federated credentials. */
const AZURE_AUDIENCE = 'api://AzureADTokenExchange';
/** An Entra application holds at most 20 federated identity credentials. */
const AZURE_MAX_CREDENTIALS = 20;
// Provider versions that have every argument used here: aws 5.81 made thumbprint_list optional, azuread 2.44
// added application_id (the resource ID) to federated identity credentials.
const PROVIDER_VERSIONS: Record<TrustProvider, { name: string; source: string; version: string }> = {
  aws: { name: 'aws', source: 'hashicorp/aws', version: '>= 5.81.0' },
  gcp: { name: 'google', source: 'hashicorp/google', version: '>= 5.0.0' },
  azure: { name: 'azuread', source: 'hashicorp/azuread', version: '>= 2.44.0' },
};
const FILE_NAMES: Record<TrustProvider, string> = { aws: 'aws-oidc-trust.tf', gcp: 'gcp-oidc-trust.tf', azure: 'azure-oidc-trust.tf' };

/** One validated input with the names the file gives it. */
interface Prepared extends TrustInput {
  issuer: string;
  /** A Terraform identifier, unique within the file. */
  key: string;
}

/** A quoted HCL string: JSON escapes plus `$${` and `%%{`, so nothing in it is read as a template. */
export function hclString(s: string): string {
  // ('$$' is one '$' in a replacement string, so '$$$${' writes '$${'.)
  return JSON.stringify(s).replace(/\$\{/g, '$$$${').replace(/%\{/g, '%%{');
}

const hclList = (items: readonly string[]): string => `[${items.map(hclString).join(', ')}]`;
/** Text safe inside a `#` comment line. */
const plain = (s: string): string => s.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ');
const shortHash = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 6);

/** A Terraform identifier from free text: lowercase, runs of anything else as `_`, never starting with a digit. */
function tfIdent(s: string): string {
  const id = s.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return /^[a-z]/.test(id) ? id : `r_${id}`;
}

/** A name within `max` characters: cut, with a hash of the whole so two long names stay apart. */
function clamp(s: string, max: number, sep: string): string {
  if (s.length <= max) return s;
  const head = s.slice(0, max - 7).replace(/[-_.]+$/, '');
  return `${head}${sep}${shortHash(s)}`;
}

/** A GCP pool or provider id: 4-32 characters of [a-z0-9-], starting with a letter, not `gcp-` (reserved). */
export function gcpId(s: string): string {
  let id = s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (!/^[a-z]/.test(id) || id.startsWith('gcp-')) id = `ks-${id}`.replace(/-+$/, '');
  if (id.length < 4) id = `${id}-oidc`;
  return clamp(id, 32, '-');
}

/** An AWS role name: at most 64 of [A-Za-z0-9+=,.@_-]. */
function awsRoleName(s: string): string {
  return clamp(s.replace(/[^A-Za-z0-9+=,.@_-]+/g, '-').replace(/^-+|-+$/g, ''), 64, '-');
}

/** An Entra federated credential name: 3-120 of [A-Za-z0-9_-], starting with a letter or digit. */
function azureCredentialName(s: string): string {
  const name = s.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^[-_]+|[-_]+$/g, '');
  return clamp(name.length >= 3 ? name : `${name}-ci`, 120, '-');
}

function gitlabIssuer(host: string | undefined): string {
  const raw = host ?? DEFAULT_GITLAB_HOST;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`GitLab host '${raw}' is not a URL (e.g. https://gitlab.example.com)`);
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.search || url.hash) {
    throw new UsageError(`GitLab host '${raw}' must be a plain https:// URL (it is the token's issuer)`);
  }
  return url.href.replace(/\/+$/, '');
}

const subjectPrefix = (i: TrustInput): string => (i.platform === 'github' ? `repo:${i.repo}:` : `project_path:${i.repo}:`);

/** Checks each input (repository form, every subject inside its repository) and names it. */
function prepare(inputs: readonly TrustInput[]): Prepared[] {
  const used = new Set<string>();
  return inputs.map((input) => {
    if (input.platform === 'github') checkGithubRepo(input.repo);
    else checkGitlabProject(input.repo);
    const prefix = subjectPrefix(input);
    for (const s of input.subjects) {
      if (!s.startsWith(prefix) || s.length === prefix.length || /[\u0000-\u001f\u007f]/.test(s)) {
        throw new UsageError(`subject '${plain(s)}' is not one of ${input.repo}'s (it must start with '${prefix}')`);
      }
    }
    const stem = input.workflowPath.split('/').pop()!.replace(/\.ya?ml$/, '');
    let key = tfIdent(`${input.repo}_${stem}`);
    for (let n = 2; used.has(key); n++) key = tfIdent(`${input.repo}_${stem}_${n}`);
    used.add(key);
    const issuer = input.platform === 'github' ? GITHUB_ISSUER : gitlabIssuer(input.gitlabHost);
    return { ...input, subjects: [...new Set(input.subjects)], issuer, key };
  });
}

const hasWildcard = (s: string): boolean => s.includes('*');

/** The header every file opens with: what, where, for whom, what to fill in, and what is still to do. */
function header(provider: TrustProvider, parts: { creates: string[]; where: string[]; fill: string[]; perInput: (i: Prepared) => string[] }, inputs: Prepared[]): string {
  const title = { aws: 'AWS IAM', gcp: 'Google Cloud Workload Identity Federation', azure: 'Microsoft Entra ID' }[provider];
  const lines = [
    `${title} trust for CI jobs that sign in with OIDC instead of a stored secret. Generated by keyshift fix: read it before applying.`,
    '',
    'What this file creates:',
    // An entry that starts with spaces continues the one before it.
    ...parts.creates.map((c) => (c.startsWith(' ') ? `   ${c}` : `  - ${c}`)),
    '',
    'Where to apply it:',
    ...parts.where.map((w) => `  ${w}`),
    '  In a directory of its own (the file configures its own provider, which a second provider block would clash with), run:',
    '    terraform init && terraform plan',
    '  and apply only once the plan shows exactly these resources.',
    '',
    'The workflows and jobs it serves, and the exact subjects (sub claims) it trusts:',
  ];
  for (const i of inputs) {
    lines.push(`  ${plain(i.repo)} ${plain(i.workflowPath)}, job${i.jobIds.length === 1 ? '' : 's'} ${i.jobIds.map(plain).join(', ')} (issuer ${i.issuer})`);
    if (i.subjects.length === 0) lines.push('    no subject could be pinned for it, so nothing is trusted for it here');
    for (const s of i.subjects) lines.push(`    ${plain(s)}`);
    lines.push(...parts.perInput(i).map((l) => `    ${l}`));
  }
  if (inputs.some((i) => i.platform === 'github')) {
    lines.push(
      '  A GitHub repository created, renamed or transferred from mid-2026 on may use immutable subjects',
      '  (repo:OWNER@ID/NAME@ID:...); GET /repos/OWNER/NAME/actions/oidc/customization/sub shows the prefix in use.',
    );
  }
  lines.push(
    '',
    'Fill in (variables with no default; terraform plan asks for them, or set them in terraform.tfvars):',
    ...parts.fill.map((f) => `  ${f}`),
    '',
    'Still to do after applying: the static secret these jobs used still works until it is revoked. Revoke it',
    'with its provider, delete it from the CI settings, and find every copy left in git history with',
    '  keyshift scan --history',
    '(a secret that was ever pushed stays exposed in history until it is revoked, whatever else is rewritten).',
  );
  return lines.map((l) => (l ? `# ${l}` : '#')).join('\n');
}

function terraformBlock(provider: TrustProvider): string {
  const p = PROVIDER_VERSIONS[provider];
  return [
    'terraform {',
    '  required_providers {',
    `    ${p.name} = {`,
    `      source  = ${hclString(p.source)}`,
    `      version = ${hclString(p.version)}`,
    '    }',
    '  }',
    '}',
  ].join('\n');
}

function variable(name: string, description: string): string {
  return [`variable ${hclString(name)} {`, '  type        = string', `  description = ${hclString(description)}`, '}'].join('\n');
}

const describe = (i: Prepared): string => `${i.repo} ${i.workflowPath} (${i.jobIds.join(', ')})`;

/** The issuers among the inputs, each with a Terraform name: github, gitlab, gitlab_<host>. */
function issuerNames(inputs: Prepared[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const i of inputs) {
    if (names.has(i.issuer)) continue;
    if (i.platform === 'github') names.set(i.issuer, 'github');
    else names.set(i.issuer, i.issuer === DEFAULT_GITLAB_HOST ? 'gitlab' : tfIdent(`gitlab_${i.issuer.replace(/^https:\/\//, '')}`));
  }
  return names;
}

function awsTerraform(inputs: Prepared[]): string {
  const served = inputs.filter((i) => i.subjects.length > 0);
  const providers = issuerNames(served);
  const blocks: string[] = [terraformBlock('aws')];
  blocks.push(variable('aws_account_id', 'The 12-digit id of the AWS account the jobs deploy to; the provider refuses to apply anywhere else.'));
  blocks.push(['provider "aws" {', '  allowed_account_ids = [var.aws_account_id]', '}'].join('\n'));

  for (const [issuer, name] of providers) {
    const audience = name === 'github' ? AWS_GITHUB_AUDIENCE : issuer;
    blocks.push(
      [
        `# The OIDC identity provider for ${issuer}. AWS checks its certificates against its own trusted CAs for`,
        '# this issuer, so no thumbprint is listed. An account has one provider per URL: if it exists already, import it.',
        `resource "aws_iam_openid_connect_provider" ${hclString(name)} {`,
        `  url            = ${hclString(issuer)}`,
        `  client_id_list = ${hclList([audience])}`,
        '}',
      ].join('\n'),
    );
  }

  for (const i of served) {
    const provider = providers.get(i.issuer)!;
    const host = i.issuer.replace(/^https:\/\//, '');
    const audience = provider === 'github' ? AWS_GITHUB_AUDIENCE : i.issuer;
    // StringLike only when a subject is a pattern; the listed values are still the only ones matched.
    const test = i.subjects.some(hasWildcard) ? 'StringLike' : 'StringEquals';
    blocks.push(
      [
        `# ${plain(describe(i))}: who may assume the role.`,
        `data "aws_iam_policy_document" ${hclString(`${i.key}_trust`)} {`,
        '  statement {',
        '    effect  = "Allow"',
        '    actions = ["sts:AssumeRoleWithWebIdentity"]',
        '    principals {',
        '      type        = "Federated"',
        `      identifiers = [aws_iam_openid_connect_provider.${provider}.arn]`,
        '    }',
        '    condition {',
        '      test     = "StringEquals"',
        `      variable = ${hclString(`${host}:aud`)}`,
        `      values   = ${hclList([audience])}`,
        '    }',
        '    condition {',
        `      test     = ${hclString(test)}`,
        `      variable = ${hclString(`${host}:sub`)}`,
        `      values   = ${hclList(i.subjects)}`,
        '    }',
        '  }',
        '}',
      ].join('\n'),
    );
    blocks.push(
      [
        `resource "aws_iam_role" ${hclString(i.key)} {`,
        `  name                 = ${hclString(awsRoleName(`ci-${i.key.replace(/_/g, '-')}`))}`,
        // IAM takes Latin-1 printable text in a role description, at most 1000 characters.
        `  description          = ${hclString(`CI role for ${describe(i)}, assumed through OIDC (keyshift fix)`.replace(/[^\u0020-\u007e\u00a1-\u00ff]/g, '?').slice(0, 1000))}`,
        `  assume_role_policy   = data.aws_iam_policy_document.${i.key}_trust.json`,
        '  max_session_duration = 3600',
        '}',
      ].join('\n'),
    );
    blocks.push(variable(`${i.key}_policy_json`, `The permissions policy (JSON) for ${describe(i)}: grant only what the job does, on the resources it touches.`));
    blocks.push(
      [
        '# Grant only what the job does: the policy is yours to write (aws_iam_policy_document or a JSON file), never',
        '# AdministratorAccess or a "*" action; start from what the old secret was used for.',
        `resource "aws_iam_role_policy" ${hclString(i.key)} {`,
        `  name   = ${hclString('ci-job-permissions')}`,
        `  role   = aws_iam_role.${i.key}.id`,
        `  policy = var.${i.key}_policy_json`,
        '}',
      ].join('\n'),
    );
    blocks.push(
      [
        `output ${hclString(`${i.key}_role_arn`)} {`,
        `  description = ${hclString(`role-to-assume for ${describe(i)}`)}`,
        `  value       = aws_iam_role.${i.key}.arn`,
        '}',
      ].join('\n'),
    );
  }

  const text = header(
    'aws',
    {
      creates: [
        `an IAM OIDC identity provider per issuer (${[...providers.keys()].join(', ') || 'none: no job had a subject to trust'})`,
        'one IAM role per workflow below, assumable only with that issuer\'s token (aud pinned) whose sub is one listed below',
        'an inline permissions policy per role, from a variable you write (grant only what the job does)',
        'an output per role with its ARN: the role-to-assume of aws-actions/configure-aws-credentials (GitHub), or the',
        '  ROLE_ARN for aws sts assume-role-with-web-identity (GitLab, with an id_tokens entry whose aud is the GitLab URL)',
      ],
      where: [
        'The AWS account the jobs deploy to (aws_account_id), with credentials allowed to manage IAM there; IAM is',
        'global, so any region will do (AWS_REGION).',
        'If the account already has an OIDC provider for an issuer, import it first:',
        ...[...providers].map(([issuer, name]) => `  terraform import aws_iam_openid_connect_provider.${name} arn:aws:iam::ACCOUNT_ID:oidc-provider/${issuer.replace(/^https:\/\//, '')}`),
      ],
      fill: ['aws_account_id: the target account', ...served.map((i) => `${i.key}_policy_json: the permissions of ${plain(describe(i))}`)],
      perInput: (i) => (i.subjects.length > 0 ? [`-> aws_iam_role.${i.key} (sub match: ${i.subjects.some(hasWildcard) ? 'StringLike' : 'StringEquals'})`] : []),
    },
    inputs,
  );
  return `${text}\n\n${blocks.join('\n\n')}\n`;
}

const POOL_NAME = 'google_iam_workload_identity_pool.ci.name';

/** A CEL string literal. */
const celString = (s: string): string => JSON.stringify(s);

/** The CEL condition for one repository: its repository or project path, and its subjects. */
function celCondition(platform: TrustInput['platform'], repo: string, subjects: string[]): string {
  const pin = platform === 'github' ? `assertion.repository == ${celString(repo)}` : `assertion.project_path == ${celString(repo)}`;
  const exact = subjects.filter((s) => !hasWildcard(s));
  // CEL has no glob: a pattern is matched by the part before its first '*' (a little wider: 'release/*' also
  // admits release/a/b), never beyond the repository, which the first clause pins.
  const prefixes = subjects.filter(hasWildcard).map((s) => s.slice(0, s.indexOf('*')));
  const terms = [
    ...(exact.length === 1 ? [`assertion.sub == ${celString(exact[0]!)}`] : exact.length > 1 ? [`assertion.sub in [${exact.map(celString).join(', ')}]`] : []),
    ...prefixes.map((p) => `assertion.sub.startsWith(${celString(p)})`),
  ];
  return terms.length === 1 ? `${pin} && ${terms[0]}` : `${pin} && (${terms.join(' || ')})`;
}

function gcpTerraform(inputs: Prepared[]): string {
  const served = inputs.filter((i) => i.subjects.length > 0);
  const repos = [...new Set(served.map((i) => i.repo))];
  const owners = [...new Set(repos.map((r) => r.split('/')[0]!))];
  const poolId = repos.length === 1 ? gcpId(repos[0]!) : owners.length === 1 ? gcpId(`${owners[0]}-ci`) : 'keyshift-ci';
  const blocks: string[] = [terraformBlock('gcp')];
  blocks.push(variable('gcp_project_id', 'The id of the Google Cloud project that holds the workload identity pool and the service accounts.'));
  blocks.push(['provider "google" {', '  project = var.gcp_project_id', '}'].join('\n'));
  blocks.push(
    [
      `resource "google_iam_workload_identity_pool" "ci" {`,
      `  workload_identity_pool_id = ${hclString(poolId)}`,
      `  display_name              = ${hclString(clamp('CI OIDC (keyshift)', 32, '-'))}`,
      `  description               = ${hclString(plain(`CI jobs of ${repos.join(', ') || 'no repository'} (keyshift fix)`).slice(0, 256))}`,
      '}',
    ].join('\n'),
  );

  // One provider per repository: its condition pins the repository and lists that repository's subjects.
  const providerOf = new Map<string, string>();
  const usedIds = new Set<string>();
  const usedNames = new Set<string>();
  const targets = [...new Map(served.map((i) => [`${i.platform}:${i.repo}`, i] as const)).values()];
  for (const first of targets) {
    const repo = first.repo;
    const own = served.filter((i) => i.repo === repo && i.platform === first.platform);
    let name = tfIdent(`${first.platform}_${repo}`);
    for (let n = 2; usedNames.has(name); n++) name = tfIdent(`${first.platform}_${repo}_${n}`);
    usedNames.add(name);
    providerOf.set(`${first.platform}:${repo}`, name);
    let providerId = gcpId(`${first.platform === 'github' ? 'gh' : 'gl'}-${repo}`);
    if (usedIds.has(providerId)) providerId = gcpId(`${providerId.slice(0, 25)}-${shortHash(`${first.platform}:${repo}`)}`);
    usedIds.add(providerId);
    const subjects = [...new Set(own.flatMap((i) => i.subjects))];
    const claim = first.platform === 'github' ? 'repository' : 'project_path';
    blocks.push(
      [
        `# ${plain(repo)}: tokens from ${first.issuer} are accepted only for this ${first.platform === 'github' ? 'repository' : 'project'} and these subjects.`,
        '# No allowed_audiences: the token\'s aud must then be this provider\'s full resource name, https://iam.googleapis.com/',
        first.platform === 'github'
          ? '# followed by the output below, which google-github-actions/auth sends by default.'
          : '# followed by the output below: set it as the aud of the job\'s id_tokens entry.',
        `resource "google_iam_workload_identity_pool_provider" ${hclString(name)} {`,
        '  workload_identity_pool_id          = google_iam_workload_identity_pool.ci.workload_identity_pool_id',
        `  workload_identity_pool_provider_id = ${hclString(providerId)}`,
        `  display_name                       = ${hclString(clamp(plain(repo), 32, '-'))}`,
        '  attribute_mapping = {',
        '    "google.subject" = "assertion.sub"',
        `    ${hclString(`attribute.${claim}`)} = ${hclString(`assertion.${claim}`)}`,
        '  }',
        `  attribute_condition = ${hclString(celCondition(first.platform, repo, subjects))}`,
        '  oidc {',
        `    issuer_uri = ${hclString(first.issuer)}`,
        '  }',
        '}',
      ].join('\n'),
    );
    blocks.push(
      [
        `output ${hclString(`${name}_workload_identity_provider`)} {`,
        `  description = ${hclString(`workload_identity_provider for ${repo}'s jobs (projects/NUMBER/locations/global/...)`)}`,
        `  value       = google_iam_workload_identity_pool_provider.${name}.name`,
        '}',
      ].join('\n'),
    );
  }

  for (const i of served) {
    const claim = i.platform === 'github' ? 'repository' : 'project_path';
    blocks.push(variable(`${i.key}_service_account_email`, `The e-mail of the service account ${describe(i)} acts as (in gcp_project_id); grant it only the roles the job needs.`));
    const account = `"projects/\${var.gcp_project_id}/serviceAccounts/\${var.${i.key}_service_account_email}"`;
    // principal://.../subject/SUB names one exact subject; a pattern cannot, so such a job gets the
    // repository's principalSet, which the provider's condition above already narrows to the listed subjects.
    const members = i.subjects.some(hasWildcard)
      ? [{ label: `every subject listed for ${i.repo} (a pattern cannot be named one by one)`, member: interpolated('principalSet://iam.googleapis.com/', POOL_NAME, `/attribute.${claim}/${i.repo}`) }]
      : i.subjects.map((s) => ({ label: s, member: interpolated('principal://iam.googleapis.com/', POOL_NAME, `/subject/${s}`) }));
    members.forEach((m, n) => {
      blocks.push(
        [
          `# ${plain(describe(i))} may act as the service account with: ${plain(m.label)}`,
          `resource "google_service_account_iam_member" ${hclString(`${i.key}_${n + 1}`)} {`,
          `  service_account_id = ${account}`,
          '  role               = "roles/iam.workloadIdentityUser"',
          `  member             = ${m.member}`,
          '}',
        ].join('\n'),
      );
    });
  }

  const text = header(
    'gcp',
    {
      creates: [
        `a workload identity pool (${poolId})`,
        'an OIDC provider per repository whose attribute_condition pins the repository and its subjects',
        'a roles/iam.workloadIdentityUser binding per job on the service account it acts as, for its exact subjects',
        'an output per provider with its resource name: the workload_identity_provider of google-github-actions/auth (GitHub),',
        '  or the audience and provider of a GitLab job\'s credential configuration',
      ],
      where: [
        'The Google Cloud project of the service accounts (gcp_project_id), with rights to manage workload identity',
        'pools and service-account IAM there. A deleted pool id stays reserved for 30 days.',
      ],
      fill: [
        'gcp_project_id: the project',
        ...served.map((i) => `${i.key}_service_account_email: the service account of ${plain(describe(i))}; grant it only what the job does`),
      ],
      perInput: (i) => [
        ...(i.subjects.length > 0 ? [`-> google_iam_workload_identity_pool_provider.${providerOf.get(`${i.platform}:${i.repo}`)}`] : []),
        // Google refuses a google.subject longer than 127 characters at token exchange.
        ...i.subjects.filter((s) => s.length > 127).map((s) => `too long for google.subject (over 127 characters), the exchange will fail: ${plain(s).slice(0, 60)}...`),
      ],
    },
    inputs,
  );
  return `${text}\n\n${blocks.join('\n\n')}\n`;
}

/** A quoted HCL template: escaped text, one `${ref}` interpolation, escaped text. */
function interpolated(before: string, ref: string, after: string): string {
  return `"${hclString(before).slice(1, -1)}\${${ref}}${hclString(after).slice(1, -1)}"`;
}

function azureTerraform(inputs: Prepared[]): string {
  const served = inputs.filter((i) => i.subjects.length > 0);
  const blocks: string[] = [terraformBlock('azure')];
  blocks.push(variable('azure_tenant_id', 'The id of the Microsoft Entra tenant that holds the application registrations.'));
  blocks.push(['provider "azuread" {', '  tenant_id = var.azure_tenant_id', '}'].join('\n'));
  const skipped = new Map<string, string[]>();

  for (const i of served) {
    blocks.push(
      variable(
        `${i.key}_application_id`,
        `The resource ID (/applications/OBJECT_ID, i.e. azuread_application.NAME.id) of the app registration ${describe(i)} signs in as.`,
      ),
    );
    const used = new Set<string>();
    const exact = i.subjects.filter((s) => !hasWildcard(s));
    const patterns = i.subjects.filter(hasWildcard);
    skipped.set(i.key, patterns);
    for (const p of patterns) {
      blocks.push(
        [
          `# Not created: ${plain(p)}`,
          '# A federated identity credential matches its subject exactly and takes no wildcard, so a pattern needs one',
          '# credential per branch or tag it should admit (an application holds at most 20); add them by hand, or move',
          '# the job to an environment and trust repo:OWNER/NAME:environment:NAME instead.',
        ].join('\n'),
      );
    }
    if (exact.length > AZURE_MAX_CREDENTIALS) {
      blocks.push(`# ${plain(describe(i))} has ${exact.length} subjects, more than the ${AZURE_MAX_CREDENTIALS} credentials an application may hold: split it across applications.`);
    }
    for (const s of exact) {
      const tail = s.slice(subjectPrefix(i).length);
      let name = tfIdent(`${i.key}_${tail}`);
      for (let n = 2; used.has(name); n++) name = tfIdent(`${i.key}_${tail}_${n}`);
      used.add(name);
      blocks.push(
        [
          `resource "azuread_application_federated_identity_credential" ${hclString(name)} {`,
          `  application_id = var.${i.key}_application_id`,
          `  display_name   = ${hclString(azureCredentialName(`${i.repo}-${tail}`))}`,
          `  description    = ${hclString(plain(`${describe(i)} (keyshift fix)`).slice(0, 600))}`,
          `  audiences      = ${hclList([AZURE_AUDIENCE])}`,
          `  issuer         = ${hclString(i.issuer)}`,
          `  subject        = ${hclString(s)}`,
          '}',
        ].join('\n'),
      );
    }
  }

  const text = header(
    'azure',
    {
      creates: [
        `a federated identity credential per exact subject on the job's app registration (audience ${AZURE_AUDIENCE})`,
        'nothing for a subject with a wildcard: Entra matches subjects exactly (see the comments where one was skipped)',
        'no role assignment: give the application\'s service principal only the roles the job needs, scoped to what it',
        '  touches (azurerm_role_assignment), then use its client id with azure/login (client-id, tenant-id, subscription-id)',
      ],
      where: [
        'The Entra tenant of the app registrations (azure_tenant_id), as a principal allowed to manage them',
        '(Application Administrator, or an owner with Application.ReadWrite.OwnedBy).',
      ],
      fill: ['azure_tenant_id: the tenant', ...served.map((i) => `${i.key}_application_id: the app registration of ${plain(describe(i))}`)],
      perInput: (i) => (skipped.get(i.key)?.length ? [`not created (wildcard): ${skipped.get(i.key)!.map(plain).join(', ')}`] : []),
    },
    inputs,
  );
  return `${text}\n\n${blocks.join('\n\n')}\n`;
}

/** One Terraform file for `provider`, trusting every input's subjects (and nothing wider). */
export function trustTerraform(provider: TrustProvider, inputs: TrustInput[]): TrustFile {
  const prepared = prepare(inputs);
  const text = provider === 'aws' ? awsTerraform(prepared) : provider === 'gcp' ? gcpTerraform(prepared) : azureTerraform(prepared);
  return { file: FILE_NAMES[provider], text };
}

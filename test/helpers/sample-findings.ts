// Realistic Finding / PatternSpec / Report objects with FAKE secrets, for report tests and anyone else's.
// Values are format-plausible (prefixes, charsets, CRC32 checksums where the format has one) and never real.
import { crc32 } from 'node:zlib';
import { Secret, redact } from '../../src/model/secret.js';
import { DEFAULT_FINGERPRINT_SALT, fingerprintV2Sync } from '../../src/model/fingerprint.js';
import type {
  CredentialKind,
  Finding,
  FileContext,
  MigrationSuggestion,
  PatternSpec,
  ScanResult,
  Severity,
} from '../../src/model/types.js';
import type { Report, RuleInfo } from '../../src/report/types.js';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function base62(n: number, width: number): string {
  let s = '';
  let v = n >>> 0;
  do {
    s = BASE62[v % 62]! + s;
    v = Math.floor(v / 62);
  } while (v > 0);
  return s.padStart(width, '0');
}

/** GitHub / npm style token: prefix + 30 base62 chars + 6-char base62 CRC32 of those 30 chars. */
export function checksummedToken(prefix: string, body30: string): string {
  if (body30.length !== 30) throw new Error(`checksummedToken: body must be 30 characters, got ${body30.length}`);
  return `${prefix}${body30}${base62(crc32(body30), 6)}`;
}

/** A distinctive fake value planted in tests that grep every output format for leaks. */
export const PLANTED_SECRET = checksummedToken('ghp_', 'KSPLANTzz9Qx7RvWm2LpN4cTy8HbJd');

const b64url = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
const JWT_ONE_HOUR = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ iss: 'https://auth.example.test', sub: 'svc-ci', aud: 'api', iat: 1767225600, exp: 1767229200 })}.ZmFrZS1zaWduYXR1cmUtbm90LXJlYWwtMDAwMDAwMDA`;

export const FAKE_SECRETS = {
  awsAccessKey: 'AKIAQ7RSTV2WXYZ3KSFK',
  githubPat: PLANTED_SECRET,
  npmToken: checksummedToken('npm_', 'Fk3xQ9vTn2Lr8WcPz5Hy1Mb7Jd4Gs6'),
  slackRefresh: 'xoxe-1-My0xLTEyMzQ1Njc4OTAxMi1GQUtFRkFLRUZBS0UtMDAwMDAwMDAwMDAw',
  opensshKey:
    '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACBGQUtFS0VZRkFLRUtFWUZBS0VLRVlGQUtFS0VZAAAA\n-----END OPENSSH PRIVATE KEY-----',
  vaultToken: 'hvs.CAESIKSfakeVaultTokenQ2x8mN4pR7tW9yB3dF6hJ',
  jwtOneHour: JWT_ONE_HOUR,
} as const;

export function makeSpec(over: Partial<PatternSpec> & Pick<PatternSpec, 'id'>): PatternSpec {
  const provider = over.provider ?? over.id.split('.')[0]!;
  return {
    name: over.id,
    provider,
    family: provider,
    kind: 'long-lived-credential',
    severity: 'high',
    confidence: 'high',
    keywords: [],
    regex: '(x)',
    flags: '',
    migration: `${provider}-default`,
    references: [],
    tags: [],
    cwe: ['CWE-798'],
    generic: false,
    publishable: false,
    allow: [],
    examples: [],
    negativeExamples: [],
    ...over,
  };
}

export function makeMigration(key: string, variant: string, summary: string, extra: Partial<MigrationSuggestion> = {}): MigrationSuggestion {
  return {
    key,
    variant,
    summary,
    steps: [`Step one for ${key}.`, `Step two for ${key}.`],
    references: [`https://docs.example.test/${key}`],
    ...extra,
  };
}

export interface FindingInput {
  spec: PatternSpec;
  secret: string;
  path: string;
  line: number;
  column?: number;
  context?: FileContext;
  kind?: CredentialKind;
  severity?: Severity;
  migration?: MigrationSuggestion;
  over?: Partial<Finding>;
}

export function makeFinding(i: FindingInput): Finding {
  const column = i.column ?? 1;
  const lines = i.secret.split('\n');
  const endLine = i.line + lines.length - 1;
  const endColumn = lines.length === 1 ? column + i.secret.length : lines[lines.length - 1]!.length + 1;
  const kind = i.kind ?? i.spec.kind;
  return {
    ruleId: i.spec.id,
    ruleName: i.spec.name,
    provider: i.spec.provider,
    kind,
    severity: i.severity ?? i.spec.severity,
    confidence: i.spec.confidence,
    path: i.path,
    line: i.line,
    column,
    endLine,
    endColumn,
    // A test of many findings passes its own (over.fingerprint): a real v2 hash costs ~2 ms each.
    fingerprint: i.over?.fingerprint ?? fingerprintV2Sync(i.spec.id, i.secret, DEFAULT_FINGERPRINT_SALT),
    preview: redact(i.secret),
    secretLength: i.secret.length,
    context: i.context ?? 'code',
    pathRole: 'source',
    checksum: 'none',
    entropy: 4.5,
    notes: [],
    nhi: kind === 'long-lived-credential' || kind === 'refresh-token' || kind === 'private-key' ? ['NHI2', 'NHI7'] : ['NHI2'],
    cwe: [...i.spec.cwe],
    migration: i.migration,
    suppressions: [],
    secret: new Secret(i.secret),
    ...i.over,
  };
}

export const SAMPLE_SPECS = {
  aws: makeSpec({ id: 'aws.access-key', name: 'AWS IAM user access key ID', provider: 'aws', severity: 'high', migration: 'aws-oidc' }),
  githubPat: makeSpec({ id: 'github.pat-classic', name: 'GitHub classic personal access token', provider: 'github', severity: 'high', validator: 'github-crc32', migration: 'github-app' }),
  npm: makeSpec({ id: 'npm.access-token', name: 'npm access token', provider: 'npm', severity: 'high', migration: 'npm-trusted-publishing' }),
  slackRefresh: makeSpec({ id: 'slack.refresh-token', name: 'Slack refresh token', provider: 'slack', kind: 'refresh-token', severity: 'high', migration: 'refresh-token-exchange' }),
  privateKey: makeSpec({ id: 'private-key.openssh', name: 'OpenSSH private key', provider: 'private-key', kind: 'private-key', severity: 'critical', cwe: ['CWE-798', 'CWE-321'], migration: 'ssh-certificates' }),
  vault: makeSpec({ id: 'vault.service-token', name: 'HashiCorp Vault service token', provider: 'vault', severity: 'high', migration: 'vault-jwt-auth' }),
  jwt: makeSpec({ id: 'jwt.token', name: 'JSON Web Token', provider: 'jwt', kind: 'short-lived-token', severity: 'low', confidence: 'medium', decoder: 'jwt', migration: 'short-lived-leak-path' }),
} as const;

const M = {
  awsOidc: makeMigration('aws-oidc', 'github-workflow', 'Replace the static AWS keys with GitHub OIDC and an IAM role (aws-actions/configure-aws-credentials with role-to-assume).', {
    snippet: 'permissions:\n  id-token: write\nsteps:\n  - uses: aws-actions/configure-aws-credentials@v4\n    with:\n      role-to-assume: arn:aws:iam::123456789012:role/deploy',
  }),
  githubApp: makeMigration('github-app', 'default', 'Use a GitHub App installation token or GITHUB_TOKEN instead of a personal access token.'),
  npm: makeMigration('npm-trusted-publishing', 'package-config', 'Publish with npm trusted publishing (OIDC) and drop the token from .npmrc.'),
  refresh: makeMigration('refresh-token-exchange', 'code', 'Keep refresh tokens in a secrets manager that rotates them on use; exchange for short-lived access tokens.'),
  ssh: makeMigration('ssh-certificates', 'default', 'Replace the deploy key with short-lived SSH certificates issued per job.'),
  vault: makeMigration('vault-jwt-auth', 'helm-values', 'Log in to Vault with the Kubernetes auth method instead of a static token.'),
  jwt: makeMigration('short-lived-leak-path', 'default', 'Short-lived token: fix the leak path (logs, recorded fixtures); nothing to migrate.'),
};

/** A varied set: CI, config, code, a suppressed (inSource) one, a baselined (external) one, one from history. */
export function sampleFindings(): Finding[] {
  const S = SAMPLE_SPECS;
  return [
    makeFinding({ spec: S.aws, secret: FAKE_SECRETS.awsAccessKey, path: '.github/workflows/deploy.yml', line: 14, column: 30, context: 'github-workflow', severity: 'critical', migration: M.awsOidc }),
    makeFinding({ spec: S.githubPat, secret: FAKE_SECRETS.githubPat, path: 'scripts/release notes/push #1.sh', line: 3, column: 15, migration: M.githubApp, over: { checksum: 'valid' } }),
    makeFinding({ spec: S.npm, secret: FAKE_SECRETS.npmToken, path: '.npmrc', line: 1, column: 33, context: 'package-config', migration: M.npm, over: { checksum: 'valid' } }),
    makeFinding({ spec: S.slackRefresh, secret: FAKE_SECRETS.slackRefresh, path: 'src/slack/client.ts', line: 42, column: 24, migration: M.refresh }),
    makeFinding({ spec: S.privateKey, secret: FAKE_SECRETS.opensshKey, path: 'deploy/id_ed25519', line: 1, column: 1, context: 'other', migration: M.ssh, over: { cwe: ['CWE-798', 'CWE-321'] } }),
    makeFinding({
      spec: S.vault, secret: FAKE_SECRETS.vaultToken, path: 'charts/api/values.yaml', line: 8, column: 12, context: 'helm-values', migration: M.vault,
      over: { commit: { sha: '3f9c2a7b1e4d5f60718293a4b5c6d7e8f9012345', date: '2026-10-02T09:15:00Z', author: 'Dev Example' } },
    }),
    makeFinding({
      spec: S.jwt, secret: FAKE_SECRETS.jwtOneHour, path: 'test/fixtures/session.json', line: 5, column: 18, context: 'config', migration: M.jwt,
      over: { pathRole: 'test', jwt: { alg: 'HS256', iss: 'https://auth.example.test', aud: 'api', sub: 'svc-ci', iat: 1767225600, exp: 1767229200, lifetimeSeconds: 3600, expired: true } },
    }),
    makeFinding({
      spec: S.aws, secret: 'AKIAQ7RSTV2WXYZ3KSDR', path: 'docs/setup.md', line: 20, column: 5, context: 'docs', severity: 'medium', migration: M.awsOidc,
      over: { pathRole: 'docs', suppressions: [{ kind: 'inSource', source: 'directive', justification: 'rotated, test account' }] },
    }),
    makeFinding({
      spec: S.npm, secret: checksummedToken('npm_', 'Bq7Ws3Xe9Rt1Yu5Io8Pa2Sd6Fg4Hj0'), path: 'packages/web/.npmrc', line: 2, column: 33, context: 'package-config', migration: M.npm,
      over: { suppressions: [{ kind: 'external', source: 'baseline' }] },
    }),
  ];
}

export function sampleRuleInfo(spec: PatternSpec): RuleInfo {
  return {
    spec,
    help: {
      text: `${spec.name}: remove the secret, rotate it, and move to federated identity (${spec.migration}).`,
      markdown: `**${spec.name}**\n\nRemove the secret, rotate it, and move to federated identity (\`${spec.migration}\`).`,
    },
  };
}

export function makeResult(findings: Finding[], over: Partial<ScanResult> = {}): ScanResult {
  return {
    findings,
    skips: [
      { path: 'assets/logo.png', reason: 'binary' },
      { path: 'dist/bundle.min.js', reason: 'too-large', detail: '12.4 MiB > 10 MiB' },
    ],
    warnings: [],
    counts: {
      filesScanned: 128,
      bytesScanned: 1_048_576,
      filesSkipped: 2,
      ignored: 0,
      excluded: 0,
      findings: findings.filter((f) => f.suppressions.length === 0).length,
      suppressed: findings.filter((f) => f.suppressions.length > 0).length,
    },
    root: '/home/dev/my repo',
    durationMs: 321,
    ...over,
  };
}

export function sampleReport(findings: Finding[] = sampleFindings(), over: Partial<ScanResult> = {}): Report {
  return {
    result: makeResult(findings, over),
    rules: Object.values(SAMPLE_SPECS).map(sampleRuleInfo),
    tool: { name: 'keyshift', version: '0.1.0', informationUri: 'https://github.com/keyshift/keyshift' },
  };
}

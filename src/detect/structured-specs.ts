// The structured detectors' own rules as PatternSpecs (ids, kinds, severities, migration keys, and whole
// small files as examples, scanned under STRUCTURED_EXAMPLE_PATHS). Data only: parsing lives in structured-*.ts.
import type { CredentialKind, PatternSpec, Severity } from '../model/types.js';

/** A small file from lines. */
const f = (...lines: string[]): string => lines.join('\n') + '\n';

interface SpecData {
  id: string;
  name: string;
  kind: CredentialKind;
  severity: Severity;
  confidence?: PatternSpec['confidence'];
  keywords: string[];
  migration: string;
  references: string[];
  minEntropy?: number;
  generic?: boolean;
  tags?: string[];
  decoder?: PatternSpec['decoder'];
  examples: string[];
  negativeExamples: string[];
}

function structuredSpec(d: SpecData): PatternSpec {
  const words = d.keywords.map((k) => k.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
  return {
    id: d.id,
    name: d.name,
    provider: d.id.split('.')[0]!,
    family: 'structured',
    kind: d.kind,
    severity: d.severity,
    confidence: d.confidence ?? 'high',
    keywords: d.keywords,
    // Documentation only: the structured detector parses the file and never runs this regex.
    regex: `(${words})`,
    flags: 'i',
    minEntropy: d.minEntropy,
    migration: d.migration,
    references: d.references,
    tags: ['structured', ...(d.tags ?? [])],
    cwe: [],
    generic: d.generic ?? false,
    publishable: false,
    allow: [],
    ...(d.decoder ? { decoder: d.decoder } : {}),
    examples: d.examples,
    negativeExamples: d.negativeExamples,
  };
}

/** The lines a kubeconfig starts with (looksLikeKubeconfig wants apiVersion v1, kind Config and clusters or contexts). */
const KUBE_HEAD = ['apiVersion: v1', 'kind: Config', 'clusters:', '- name: prod', '  cluster:', '    server: https://k8s.corp.invalid:6443'];
const kube = (...lines: string[]): string => f(...KUBE_HEAD, ...lines);
/** A fake RS256-shaped JWT (iss auth.corp.invalid, iat 1760000000, exp 1791536000, about 365 days). */
const KUBE_JWT =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGguY29ycC5pbnZhbGlkLyIsInN1YiI6InN2Yy1rOHNkZXBsb3kiLCJhdWQiOiJrdWJlcm5ldGVzIiwiaWF0IjoxNzYwMDAwMDAwLCJleHAiOjE3OTE1MzYwMDB9.WxR17PLGeFm2dhFv4shu2TN2lEGtl-XdnhXRRPbI6EgIepBxkh16it6XJBNAnXwnL6RguskYk1JG1j8_Q1tB0A';

const K8S_OBJECT_DOC = 'https://kubernetes.io/docs/concepts/configuration/secret/';
const KUBECONFIG_DOC = 'https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/';
const KUBE_AUTHN_DOC = 'https://kubernetes.io/docs/reference/access-authn-authz/authentication/';

export const STRUCTURED_SPECS: PatternSpec[] = [
  structuredSpec({
    id: 'kubernetes.secret-data',
    name: 'Kubernetes Secret data value (base64-decoded) under a secret-like key',
    kind: 'static-key',
    severity: 'high',
    confidence: 'medium',
    keywords: ['kind: Secret'],
    migration: 'secrets-manager-rotation',
    references: [K8S_OBJECT_DOC, 'https://external-secrets.io/latest/'],
    minEntropy: 3,
    generic: true,
    tags: ['kubernetes', 'decoded'],
    examples: [
      f('apiVersion: v1', 'kind: Secret', 'metadata:', '  name: db', 'type: Opaque', 'data:', '  DB_PASSWORD: OFRleWZWRXY5emM2MzhtUA=='),
      f(
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        '  name: settings',
        'data:',
        '  LOG_LEVEL: info',
        '---',
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        '  name: billing',
        'data:',
        '  api-token: RjFhM0pBTHVhdGFFVzg4dlNBa0pmS3o0',
      ),
    ],
    negativeExamples: [
      // username is not a secret-like key; "changeme" is a placeholder.
      f('apiVersion: v1', 'kind: Secret', 'metadata:', '  name: db', 'data:', '  username: YWRtaW4=', '  password: Y2hhbmdlbWU='),
      // Not base64: a Sealed/SOPS value or a hand-written placeholder.
      f('apiVersion: v1', 'kind: Secret', 'metadata:', '  name: db', 'data:', '  password: ENC[AES256_GCM,data:abc=]'),
    ],
  }),
  structuredSpec({
    id: 'kubernetes.kubeconfig-token',
    name: 'kubeconfig user bearer token (token, or auth-provider id-token / access-token; JWT or opaque)',
    kind: 'long-lived-credential',
    severity: 'critical',
    keywords: ['kind: Config'],
    migration: 'kubeconfig-cloud-auth',
    references: [KUBECONFIG_DOC, KUBE_AUTHN_DOC],
    minEntropy: 3,
    tags: ['kubernetes', 'kubeconfig'],
    // A JWT's claims inform severity and notes (expired, short-lived, alg none); the kind and the migration
    // stay the kubeconfig's, since the remedy (an exec plugin) does not depend on this token's lifetime.
    decoder: 'jwt-if-shaped',
    examples: [
      kube('users:', '- name: deployer', '  user:', '    token: 8ykmKC9Bo7uWGlXAnkEUlRl7zzvX61ao20G7ayQd'),
      kube('current-context: prod', 'users:', '  - name: ci', '    user:', `      token: "${KUBE_JWT}"`),
    ],
    negativeExamples: [
      kube(
        'users:',
        '- name: eks',
        '  user:',
        '    exec:',
        '      apiVersion: client.authentication.k8s.io/v1beta1',
        '      command: aws',
        '      args: [eks, get-token, --cluster-name, prod]',
      ),
      kube('users:', '- name: ci', '  user:', '    token: ${KUBE_TOKEN}'),
      // Named like a kubeconfig but not one: no apiVersion v1 and no clusters or contexts.
      f('kind: Config', 'users:', '- name: ci', '  user:', '    token: ALIgqAm5gflpNk8LbpXHr5u2xlIuKKiCoR686Zxm'),
    ],
  }),
  structuredSpec({
    id: 'kubernetes.kubeconfig-password',
    name: 'kubeconfig user basic-auth password',
    kind: 'static-key',
    severity: 'critical',
    keywords: ['kind: Config'],
    migration: 'kubeconfig-cloud-auth',
    references: [KUBECONFIG_DOC, KUBE_AUTHN_DOC],
    minEntropy: 2.5,
    tags: ['kubernetes', 'kubeconfig', 'password'],
    examples: [
      kube('users:', '- name: admin', '  user:', '    username: admin', '    password: dSv1owwocEUMuGREn5'),
      f('kind: Config', 'apiVersion: v1', 'contexts: []', 'users:', '- name: ops', '  user:', "    password: 'VNAqyClr6Cj3k0cQQgsS'", '    username: ops'),
    ],
    negativeExamples: [
      kube('users:', '- name: admin', '  user:', '    username: admin', '    password: changeme'),
      // Not a kubeconfig: a Deployment's env var is for the generic rules.
      f('apiVersion: apps/v1', 'kind: Deployment', 'users:', '- name: admin', '  user:', '    password: dSv1owwocEUMuGREn5'),
    ],
  }),
  structuredSpec({
    id: 'kubernetes.kubeconfig-refresh-token',
    name: 'kubeconfig OIDC auth-provider refresh token',
    kind: 'refresh-token',
    severity: 'high',
    keywords: ['refresh-token'],
    migration: 'kubeconfig-cloud-auth',
    references: [KUBE_AUTHN_DOC],
    minEntropy: 3,
    tags: ['kubernetes', 'kubeconfig', 'oidc'],
    examples: [
      kube(
        'users:',
        '- name: oidc',
        '  user:',
        '    auth-provider:',
        '      name: oidc',
        '      config:',
        '        idp-issuer-url: https://sso.corp.invalid',
        '        client-id: kubectl',
        '        refresh-token: XJItJEaiApWjsftBRIDEmEs6A18biE6OWIbCtBGdwvp',
      ),
      f(
        'kind: Config',
        'apiVersion: v1',
        'contexts: []',
        'users:',
        '- name: dex',
        '  user:',
        '    auth-provider:',
        '      config:',
        '        refresh-token: "MXMwpG0cinmd11qwUQNfGNuD5sHF6muduI7F635SIyzK4Co4"',
        '      name: oidc',
      ),
    ],
    negativeExamples: [
      kube('users:', '- name: dex', '  user:', '    auth-provider:', '      config:', '        refresh-token: <refresh-token>'),
      kube('users:', '- name: dex', '  user:', '    auth-provider:', '      config:', '        client-id: kubectl'),
    ],
  }),
  structuredSpec({
    id: 'kubernetes.kubeconfig-plugin-secret',
    name: 'kubeconfig secret for an auth plugin (auth-provider client-secret, literal exec env value)',
    kind: 'static-key',
    severity: 'high',
    keywords: ['kind: Config'],
    migration: 'kubeconfig-cloud-auth',
    references: [KUBE_AUTHN_DOC, 'https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins'],
    minEntropy: 3,
    tags: ['kubernetes', 'kubeconfig'],
    examples: [
      kube(
        'users:',
        '- name: oidc',
        '  user:',
        '    auth-provider:',
        '      name: oidc',
        '      config:',
        '        client-id: kubectl',
        '        client-secret: Tq7vN2xKp9LmW4zR8sYb3HcJ6dFg',
      ),
      kube(
        'users:',
        '- name: vendor',
        '  user:',
        '    exec:',
        '      apiVersion: client.authentication.k8s.io/v1',
        '      command: vendor-login',
        '      env:',
        '      - name: VENDOR_API_TOKEN',
        '        value: "p3Xw9QzL7mK2vB8nR4tY6uJ1hG5f"',
      ),
    ],
    negativeExamples: [
      // An exec env value that is a setting, not a secret, and one that refers to the environment.
      kube(
        'users:',
        '- name: eks',
        '  user:',
        '    exec:',
        '      command: aws',
        '      env:',
        '      - name: AWS_PROFILE',
        '        value: prod-deployer-7Qx2',
        '      - name: VENDOR_API_TOKEN',
        '        value: ${VENDOR_API_TOKEN}',
      ),
      kube('users:', '- name: oidc', '  user:', '    auth-provider:', '      config:', '        client-secret: <client-secret>'),
    ],
  }),
  structuredSpec({
    id: 'pypi.pypirc-password',
    name: '.pypirc repository password (not an API token)',
    kind: 'static-key',
    severity: 'high',
    keywords: ['password'],
    migration: 'pypi-trusted-publishing',
    references: ['https://packaging.python.org/en/latest/specifications/pypirc/', 'https://docs.pypi.org/trusted-publishers/'],
    minEntropy: 2.5,
    tags: ['pypi', 'password'],
    examples: [
      f('[distutils]', 'index-servers = private', '', '[private]', 'repository = https://pypi.corp.invalid/', 'username = deploy', 'password = 8TeyfVEv9zc638mP'),
      f('[testpypi]', 'username: release', 'password: dSv1owwocEUMuGREn5'),
    ],
    negativeExamples: [
      f('[private]', 'repository = https://pypi.corp.invalid/', 'username = deploy', 'password = changeme'),
      f('[distutils]', 'index-servers = private', 'password = 8TeyfVEv9zc638mP'),
    ],
  }),
  structuredSpec({
    id: 'npm.npmrc-auth-token',
    name: '.npmrc registry _authToken (opaque token of a private registry)',
    kind: 'long-lived-credential',
    severity: 'high',
    keywords: ['_authToken'],
    migration: 'npm-trusted-publishing',
    references: ['https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration'],
    minEntropy: 3,
    tags: ['npm'],
    examples: [
      f('registry=https://npm.corp.invalid/', '//npm.corp.invalid/:_authToken=OvSv7K16hAjrol6y82dYOP9cKBVRZQyU'),
      f('@acme:registry=https://nexus.corp.invalid/repository/npm/', '//nexus.corp.invalid/repository/npm/:_authToken="F1a3JALuataEW88vSAkJfKz4"'),
    ],
    negativeExamples: [
      f('//registry.npmjs.org/:_authToken=${NPM_TOKEN}'),
      f('//npm.corp.invalid/:_authToken=aaaaaaaaaaaaaaaaaaaaaaaa'),
    ],
  }),
  structuredSpec({
    id: 'dotenv.secret-assignment',
    name: 'Secret-named variable in a .env file',
    kind: 'static-key',
    severity: 'medium',
    confidence: 'low',
    keywords: ['key', 'token', 'secret', 'pass', 'auth'],
    migration: 'secrets-manager-rotation',
    references: ['https://cwe.mitre.org/data/definitions/798.html', 'https://12factor.net/config'],
    minEntropy: 3,
    generic: true,
    tags: ['dotenv'],
    examples: [
      f('# app settings', 'LOG_LEVEL=debug', 'WEBHOOK_SIGNING_KEY=Vk5BcXlDbHI2Q2ozazBj'),
      f("export MAILER_PASS='F1a3JALuataEW88vSAkJfKz4'", 'PORT=8080'),
    ],
    negativeExamples: [
      f('SECRET_KEY_FILE=/run/secrets/app_key', 'TOKEN_URL=https://auth.corp.invalid/token', 'DB_PASSWORD=changeme'),
      f('API_KEY=${API_KEY}', 'SESSION_SECRET="<generate one>"', 'PUBLIC_KEY=F1a3JALuataEW88vSAkJfKz4'),
    ],
  }),
  structuredSpec({
    id: 'terraform.variable-secret',
    name: 'Terraform variable default or tfvars value holding a secret',
    kind: 'static-key',
    severity: 'high',
    confidence: 'medium',
    keywords: ['variable', 'sensitive'],
    migration: 'secrets-manager-rotation',
    references: [
      'https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output',
      'https://developer.hashicorp.com/terraform/tutorials/configuration-language/sensitive-variables',
    ],
    minEntropy: 3,
    generic: true,
    tags: ['terraform', 'iac'],
    examples: [
      f('variable "db_password" {', '  type      = string', '  sensitive = true', '  default   = "dSv1owwocEUMuGREn5"', '}'),
      f('variable "webhook" {', '  description = "Signing value for the webhook"', '  sensitive   = true', '  default     = "OvSv7K16hAjrol6y82dYOP9cKBVRZQyU"', '}'),
    ],
    negativeExamples: [
      f('variable "db_password" {', '  type      = string', '  sensitive = true', '}'),
      f('variable "region" {', '  default = "eu-west-1"', '}', 'variable "api_token" {', '  default = "${var.base_token}"', '}'),
    ],
  }),
];

/** The path each spec's examples are scanned as (the parser is chosen by file name). */
export const STRUCTURED_EXAMPLE_PATHS: Record<string, string> = {
  'kubernetes.secret-data': 'k8s/secret.yaml',
  'kubernetes.kubeconfig-token': '.kube/config',
  'kubernetes.kubeconfig-password': '.kube/config',
  'kubernetes.kubeconfig-refresh-token': '.kube/config',
  'kubernetes.kubeconfig-plugin-secret': '.kube/config',
  'pypi.pypirc-password': '.pypirc',
  'npm.npmrc-auth-token': '.npmrc',
  'dotenv.secret-assignment': '.env',
  'terraform.variable-secret': 'infra/variables.tf',
};

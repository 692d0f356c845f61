// Issue 12 defect 9 ("kubeconfig credentials are misread"): the kubeconfig detector owns every credential
// under users[].user, whatever the file is called, and each finding carries the kubeconfig migration.
// Runs the CLI on a temporary tree, as a user would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli } from '../helpers/fixtures.js';
import { CHARSETS, mulberry32, randomString } from '../helpers/fake-tokens.js';

const rng = mulberry32(121209);
const b64 = (s: string): string => Buffer.from(s).toString('base64');
const b64url = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
/** A fake RS256-shaped JWT that expires in 2100, so its classification does not depend on today's date. */
const JWT = `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url({ iss: 'https://auth.corp.invalid/', sub: 'svc-deployer', iat: 1760000000, exp: 4102444800 })}.${randomString(rng, CHARSETS.b64u, 86)}`;
const OPAQUE = randomString(rng, CHARSETS.b62, 40);
const PASSWORD = randomString(rng, CHARSETS.b62, 20);
const ID_TOKEN = `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url({ iss: 'https://sso.corp.invalid', sub: 'alice', iat: 1760000000, exp: 4102444800 })}.${randomString(rng, CHARSETS.b64u, 86)}`;
const REFRESH = randomString(rng, CHARSETS.b64u, 43);
const CLIENT_SECRET = randomString(rng, CHARSETS.b62, 32);
const ENV_TOKEN = randomString(rng, CHARSETS.b62, 28);
const pem = (label: string): string => {
  const body = randomString(rng, CHARSETS.b64, 192).replace(/(.{64})/g, '$1\n');
  return `-----BEGIN ${label}-----\n${body}-----END ${label}-----\n`;
};
const KEY_DATA = b64(pem('EC PRIVATE KEY'));
const CERT_DATA = b64(pem('CERTIFICATE'));

const KUBECONFIG = [
  'apiVersion: v1', //                                       1
  'kind: Config',
  'clusters:',
  '- name: prod',
  '  cluster:', //                                           5
  '    server: https://k8s.corp.invalid:6443',
  'contexts:',
  '- name: prod',
  '  context: {cluster: prod, user: ci}',
  'current-context: prod', //                                10
  'users:',
  '- name: ci',
  '  user:',
  `    token: ${JWT}`,
  '- name: bot', //                                          15
  '  user:',
  `    token: ${OPAQUE}`,
  '- name: admin',
  '  user:',
  '    username: admin', //                                  20
  `    password: ${PASSWORD}`,
  '- name: cert',
  '  user:',
  `    client-certificate-data: ${CERT_DATA}`,
  `    client-key-data: ${KEY_DATA}`, //                     25
  '- name: oidc',
  '  user:',
  '    auth-provider:',
  '      name: oidc',
  '      config:', //                                        30
  '        client-id: kubectl',
  `        client-secret: ${CLIENT_SECRET}`,
  `        id-token: ${ID_TOKEN}`,
  `        refresh-token: ${REFRESH}`,
  '- name: vendor', //                                       35
  '  user:',
  '    exec:',
  '      apiVersion: client.authentication.k8s.io/v1',
  '      command: vendor-login',
  '      env:', //                                           40
  '      - name: VENDOR_REGION',
  '        value: eu-west-1',
  '      - name: VENDOR_API_TOKEN',
  `        value: ${ENV_TOKEN}`,
  '',
].join('\n');

/** Every finding of every kubeconfig credential above, by line (client-certificate-data, line 24, is public). */
const EXPECTED = [
  '14 kubernetes.kubeconfig-token long-lived-credential critical kubeconfig-cloud-auth',
  '17 kubernetes.kubeconfig-token long-lived-credential critical kubeconfig-cloud-auth',
  '21 kubernetes.kubeconfig-password static-key critical kubeconfig-cloud-auth',
  '25 kubernetes.kubeconfig-client-key private-key critical kubeconfig-cloud-auth',
  '32 kubernetes.kubeconfig-plugin-secret static-key critical kubeconfig-cloud-auth',
  '33 kubernetes.kubeconfig-token long-lived-credential critical kubeconfig-cloud-auth',
  '34 kubernetes.kubeconfig-refresh-token refresh-token high kubeconfig-cloud-auth',
  '44 kubernetes.kubeconfig-plugin-secret static-key critical kubeconfig-cloud-auth',
];

interface JsonFinding {
  path: string;
  line: number;
  ruleId: string;
  kind: string;
  severity: string;
  context: string;
  migration?: { key: string };
  jwt?: { exp?: number };
}

function scanTree(files: Record<string, string>): JsonFinding[] {
  const dir = mkdtempSync(join(tmpdir(), 'keyshift-kubeconfig-'));
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const r = runCli(['scan', '.', '--format', 'json'], dir);
    assert.equal(r.status, 1, r.stderr);
    return (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const brief = (f: JsonFinding): string => `${f.line} ${f.ruleId} ${f.kind} ${f.severity} ${f.migration?.key}`;

test('issue 12 defect 9: every kubeconfig credential is the kubeconfig detector\'s, with the kubeconfig migration, in deploy/kubeconfig.yaml and in a file named config', () => {
  // Control: a file named config that is not a kubeconfig (no apiVersion v1, no clusters or contexts).
  const notKubeconfig = `kind: Config\nusers:\n- name: ci\n  user:\n    token: ${JWT}\n`;
  const findings = scanTree({ 'deploy/kubeconfig.yaml': KUBECONFIG, 'ops/prod/config': KUBECONFIG, 'notes/config': notKubeconfig });
  const of = (path: string): JsonFinding[] => findings.filter((f) => f.path === path);
  assert.deepEqual(of('deploy/kubeconfig.yaml').map(brief), EXPECTED);
  assert.deepEqual(of('ops/prod/config').map(brief), EXPECTED);
  assert.deepEqual([...new Set([...of('deploy/kubeconfig.yaml'), ...of('ops/prod/config')].map((f) => f.context))], ['kubernetes']);
  // The JWT's claims are still decoded (and inform severity and notes), under the kubeconfig id.
  assert.equal(of('ops/prod/config').find((f) => f.line === 14)?.jwt?.exp, 4102444800);
  assert.deepEqual(of('notes/config').map((f) => `${f.line} ${f.ruleId}`), ['5 jwt.token']);
});

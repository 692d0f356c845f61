// Encoded secrets (issue 15 item 2) through the CLI: base64, hex, percent-encoding and escaped strings are
// decoded and rescanned, each finding at the encoded value's line with the encoding chain in its details;
// one finding per secret; --decode-depth and `decode-depth` bound it; values never appear in output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli } from '../helpers/fixtures.js';
import { makeToken, mulberry32, randomString } from '../helpers/fake-tokens.js';

const GH = makeToken('github.pat-classic', 1501);
const GH2 = makeToken('github.pat-classic', 1502);
const KEY_ID = makeToken('aws.access-key-id', 1503);
const B64CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const rng = mulberry32(1504);
const AWS_SECRET = randomString(rng, B64CHARS, 40);
// A fake RSA key body: 12 lines of 64 base64 characters between the PEM armour lines.
const PEM = `-----BEGIN RSA PRIVATE KEY-----\n${Array.from({ length: 12 }, () => randomString(rng, B64CHARS, 64)).join('\n')}\n-----END RSA PRIVATE KEY-----\n`;
const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

interface JsonFinding {
  path: string;
  line: number;
  column: number;
  ruleId: string;
  details?: Record<string, unknown>;
}

function scan(files: Record<string, string>, args: string[] = []): { status: number; findings: JsonFinding[]; stdout: string; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'keyshift-decode-'));
  try {
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
    const r = runCli(['scan', '.', '--format', 'json', '--fail-on', 'none', '--workers', '0', ...args], dir);
    const findings = r.status === 0 ? (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings : [];
    return { status: r.status ?? -1, findings, stdout: r.stdout, stderr: r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const brief = (f: JsonFinding): string => `${f.ruleId} ${f.path}:${f.line} ${String(f.details?.encoding ?? '')}`;

test('a base64-encoded GitHub token in a Kubernetes ConfigMap is found at its line, encoding base64', () => {
  const cm = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ci\ndata:\n  plain: hello\n  settings.b64: ${b64(`{"github_token": "${GH}"}`)}\n`;
  const r = scan({ 'k8s/configmap.yaml': cm });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(r.findings.map(brief), ['github.pat-classic k8s/configmap.yaml:7 base64']);
  // The column is the encoded value's: the token's bytes start inside it.
  assert.ok(r.findings[0]!.column >= 17, String(r.findings[0]!.column));
  assert.ok(!r.stdout.includes(GH), 'the decoded token is redacted');
});

test('a percent-encoded password in a URL is found once, at its line', () => {
  const pw = encodeURIComponent('Zq8!vR2#mK9@xL4$');
  const r = scan({ 'app.properties': `spring.application.name=billing\nspring.datasource.url=postgresql://svc_app:${pw}@db.internal:5432/app\n` });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(r.findings.map((f) => `${f.ruleId} ${f.line}`), ['postgres.url-password 2']);
});

test('a JSON-escaped PEM inside a JSON string (JSON in JSON) is found at its line, encoding escape', () => {
  const inner = JSON.stringify({ private_key: PEM });
  const r = scan({ 'deploy/nested.json': `{\n  "name": "svc",\n  "config": ${JSON.stringify(inner)}\n}\n` });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(r.findings.map(brief), ['pem.rsa-private-key deploy/nested.json:3 escape']);
  // Control: the same key escaped once (a GCP key file's own form) is found without decoding.
  const once = scan({ 'key.json': `${JSON.stringify({ private_key: PEM })}\n` });
  assert.deepEqual(once.findings.map(brief), ['pem.rsa-private-key key.json:1 ']);
});

test('a hex-encoded AWS secret is found at its line and paired with the plain key id above it', () => {
  const r = scan({ '.env': `AWS_ACCESS_KEY_ID=${KEY_ID}\nBLOB_HEX=${Buffer.from(`aws_secret_access_key = ${AWS_SECRET}`).toString('hex')}\n` });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(r.findings.map(brief), ['aws.secret-access-key .env:2 hex']);
  assert.equal(r.findings[0]!.details?.pairedPattern, 'aws.access-key-id');
  assert.ok(!r.stdout.includes(AWS_SECRET) && !r.stdout.includes(KEY_ID));
});

test('a GCP key file as a base64 env value, and a token in a data: URL, are found with their chains', () => {
  const gcp = JSON.stringify({ type: 'service_account', project_id: 'demo-proj', private_key_id: 'a'.repeat(40), private_key: PEM, client_email: 'svc@demo-proj.iam.gserviceaccount.com' });
  const r = scan({ 'ci.env': `PROJECT=demo\nGOOGLE_CREDENTIALS=${b64(gcp)}\n`, 'page.html': `<p>x</p>\n<a href="data:text/plain;base64,${b64(`token=${GH}`)}">x</a>\n` });
  assert.equal(r.status, 0, r.stderr);
  // The base64 key file is its own pattern; the private key decoded from it is the same credential, not a second finding.
  assert.deepEqual(r.findings.map(brief).sort(), ['gcp.service-account-key.base64 ci.env:2 ', 'github.pat-classic page.html:2 base64']);
});

test('nested encodings are decoded to --decode-depth: base64 of hex of a token needs depth 2', () => {
  const files = { 'values.yaml': `app:\n  blob: ${b64(Buffer.from(`token: ${GH}`).toString('hex'))}\n` };
  assert.deepEqual(scan(files).findings.map(brief), ['github.pat-classic values.yaml:2 base64 > hex']);
  assert.deepEqual(scan(files, ['--decode-depth', '1']).findings.map(brief), []);
  assert.deepEqual(scan(files, ['--decode-depth', '0']).findings.map(brief), []);
  // The config key does the same; the flag wins over it.
  assert.deepEqual(scan({ ...files, '.keyshift.yaml': 'decode-depth: 1\n' }).findings.map(brief), []);
  assert.deepEqual(scan({ ...files, '.keyshift.yaml': 'decode-depth: 1\n' }, ['--decode-depth', '2']).findings.map(brief), ['github.pat-classic values.yaml:2 base64 > hex']);
});

test('one finding per secret: a token written plainly and base64-encoded in one file is the plain finding', () => {
  const r = scan({ 'settings.yaml': `token: ${GH}\nbackup: ${b64(`token=${GH}`)}\nother: ${b64(`token=${GH2}`)}\n` });
  assert.deepEqual(r.findings.map(brief), ['github.pat-classic settings.yaml:1 ', 'github.pat-classic settings.yaml:3 base64']);
});

test('binary base64 (an image, an integrity hash) and hashes in hex decode to nothing and report nothing', () => {
  const png = Buffer.alloc(600);
  for (let i = 0; i < png.length; i++) png[i] = (i * 37 + 11) & 0xff;
  const r = scan({
    'index.html': `<img src="data:image/png;base64,${png.toString('base64')}">\n`,
    'lock.json': `{"integrity": "sha512-${Buffer.from(png.subarray(0, 64)).toString('base64')}", "sha": "${png.subarray(0, 32).toString('hex')}"}\n`,
  });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(r.findings, []);
});

test('in source code base64 runs are not decoded (documented cost trade-off); escapes still are', () => {
  const code = `const cfg = "${b64(`token=${GH}`)}";\n`;
  assert.deepEqual(scan({ 'src/app.js': code }).findings.map(brief), []);
  // Control: the same line in a config file is decoded.
  assert.deepEqual(scan({ 'app.conf': code }).findings.map(brief), ['github.pat-classic app.conf:1 base64']);
});

test('a bad --decode-depth or decode-depth is a usage or configuration error (exit 2), naming no value', () => {
  for (const args of [['--decode-depth', '11'], ['--decode-depth', '-1'], ['--decode-depth', 'deep']]) {
    const r = scan({ 'a.txt': 'x\n' }, args);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /--decode-depth/);
  }
  const r = scan({ 'a.txt': 'x\n', '.keyshift.yaml': 'decode-depth: 99\n' });
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /decode-depth/);
});

// Each value filter in src/detect/filters.ts (VALUE_FILTERS) is the one thing standing between a decoy and a
// finding: every row holds a secret-shaped value that only its filter drops (a placeholder, a reference, a
// hash, a UUID, repeated characters, an SSH public key, a data URI, ...) and a control, the same text with a
// real-shaped value, that is reported. Disabling any one filter makes its row's decoy test fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli } from '../helpers/fixtures.js';
import { breakChecksum, CHARSETS, makeToken, mulberry32, randomString } from '../helpers/fake-tokens.js';

interface Row {
  /** The VALUE_FILTERS entry that drops the decoy. */
  filter: string;
  what: string;
  /** File name (its extension gives the context). */
  file: string;
  decoy: string;
  control: string;
  /** The pattern the control is reported as. */
  rule: string;
}

const rng = mulberry32(1306);
const b62 = (n: number) => randomString(rng, CHARSETS.b62, n);
const hex = (n: number) => randomString(rng, CHARSETS.hex, n);
const b64 = (n: number) => randomString(rng, CHARSETS.b64, n);
const digits = (n: number) => `${1 + Math.floor(rng() * 9)}${randomString(rng, CHARSETS.digits, n - 1)}`;
const jwt = (claims: object) =>
  `eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${randomString(rng, CHARSETS.b64u, 86)}`;

const slackIds = `xoxb-${digits(11)}-${digits(12)}`;
const userIds = `xoxp-${digits(11)}-${digits(12)}-${digits(12)}`;
const generic = b62(24);
const pat = makeToken('github.pat-classic', 1306);

/** A user pattern whose capture may be a few characters, so that the too-short rule has something to drop. */
const CONFIG = `patterns:
  custom:
    - id: acme.pin
      name: ACME device PIN
      provider: acme
      kind: static-key
      severity: high
      keywords: [ACME_PIN]
      regex: '\\bACME_PIN=([A-Za-z0-9]{1,32})\\b'
      migration: saas-secrets-manager
      references: ['https://example.com/acme-pins']
      examples: ['ACME_PIN=Q7m4Xt8Lp2Vz7Rk9', 'ACME_PIN=Zp3Lk9Wq2Rt8Yx4M']
      negative_examples: ['ACME_PIN =', 'ACME-PIN=Q7m4Xt8Lp2Vz7Rk9']
`;

export const ROWS: readonly Row[] = [
  { filter: 'lengthSanity', what: 'a two-character capture', file: 'device.env', decoy: 'ACME_PIN=Q7', control: `ACME_PIN=${b62(16)}`, rule: 'acme.pin' },
  { filter: 'allowList', what: "a default password from the pattern's allow list", file: 'db.env', decoy: 'DATABASE_URL=postgres://shop:postgres@db.internal:5432/shop', control: `DATABASE_URL=postgres://shop:${b62(16)}@db.internal:5432/shop`, rule: 'postgres.url-password' },
  { filter: 'documentationPlaceholder', what: 'a placeholder word in a Slack token', file: 'slack.env', decoy: `SLACK_BOT=${slackIds}-REPLACEmeWITHyourTOKEN12`, control: `SLACK_BOT=${slackIds}-${b62(24)}`, rule: 'slack.bot-token' },
  { filter: 'documentationPlaceholder', what: 'a template reference', file: 'settings.py', decoy: 'api_key = "${VAULT_PROD_STRIPE_LIVE}"', control: `api_key = "${generic}"`, rule: 'generic.api-key' },
  { filter: 'repeatedOrSequential', what: 'repeated characters', file: 'slack-user.env', decoy: `SLACK_USER=${userIds}-${'a'.repeat(32)}`, control: `SLACK_USER=${userIds}-${hex(32)}`, rule: 'slack.user-token' },
  { filter: 'encodedBlob', what: 'an SSH public key', file: 'ssh.py', decoy: `access_key = "AAAAC3NzaC1lZDI1NTE5AAAAI${b64(43)}"`, control: `access_key = "${b64(68)}"`, rule: 'generic.api-key' },
  { filter: 'encodedBlob', what: 'a base64 image', file: 'logo.ts', decoy: `const apiKeyIcon = { api_key: "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA${b64(40)}" };`, control: `const apiKeyIcon = { api_key: "${b64(64)}" };`, rule: 'generic.api-key' },
  { filter: 'lowEntropy', what: 'a two-letter value', file: 'entropy.py', decoy: 'api_key = "abababababababcdcdcdcd"', control: `api_key = "${b62(22)}"`, rule: 'generic.api-key' },
  { filter: 'checksum', what: 'a GitHub token whose CRC fails', file: 'gh.sh', decoy: `GH=${breakChecksum(pat)}`, control: `GH=${pat}`, rule: 'github.pat-classic' },
  { filter: 'hashWithContext', what: 'a prefixed hash', file: 'hash.json', decoy: `{ "api_token": "sha256-${b64(43)}=" }`, control: `{ "api_token": "${b64(44)}" }`, rule: 'generic.api-key' },
  // Issue 14: a UUID is an id only under an id-like key (many SaaS keys are UUIDs), so the decoy's key ends in one.
  { filter: 'uuidValue', what: 'a UUID under an id-like key', file: 'uuid.py', decoy: `credentials_account = "${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}"`, control: `credentials_account = "${b62(36)}"`, rule: 'generic.api-key' },
  { filter: 'codeIdentifier', what: 'a dotted code path', file: 'ident.py', decoy: 'api_key = "settings.remoteService.primary"', control: `api_key = "${b62(30)}"`, rule: 'generic.api-key' },
  { filter: 'encodedContext', what: 'a source map', file: 'sources.json', decoy: `{ "sourcesContent": ["const api_key = '${b62(20)}'"] }`, control: `{ "content": ["const api_key = '${b62(20)}'"] }`, rule: 'generic.api-key' },
  { filter: 'locatorValue', what: 'a URL without credentials', file: 'url.py', decoy: 'api_key = "https://vault.acme-corp.io/v1/kv/prod/stripe"', control: `api_key = "${b62(38)}"`, rule: 'generic.api-key' },
  { filter: 'nonSecretKey', what: 'an id assigned to a key name ending in _id', file: 'keyid.py', decoy: `api_key_id = "${generic}"`, control: `api_key = "${generic}"`, rule: 'generic.api-key' },
  { filter: 'encodedPlaceholder', what: 'base64 of a placeholder', file: 'k8s.py', decoy: `client_secret = "${Buffer.from('replace-me-with-the-real-one').toString('base64')}"`, control: `client_secret = "${Buffer.from(b62(28)).toString('base64')}"`, rule: 'generic.client-secret' },
  { filter: 'jwtDocumentationClaims', what: 'a JWT whose claims are placeholders', file: 'jwt.ts', decoy: `const bearer = "${jwt({ sub: 'placeholder', aud: 'billing-api', iat: 1760000000 })}";`, control: `const bearer = "${jwt({ sub: 'svc-billing', aud: 'billing-api', iat: 1760000000 })}";`, rule: 'jwt.token' },
];

function scanTree(files: Record<string, string>): Array<{ path: string; ruleId: string; line: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'keyshift-decoys-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    const r = runCli(['scan', '.', '--format', 'json', '--fail-on', 'none'], dir);
    assert.equal(r.status, 0, r.stderr);
    return (JSON.parse(r.stdout) as { findings: Array<{ path: string; ruleId: string; line: number }> }).findings;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const tree: Record<string, string> = { '.keyshift.yaml': CONFIG };
ROWS.forEach((row, i) => {
  tree[`decoy/${i}/${row.file}`] = `${row.decoy}\n`;
  tree[`control/${i}/${row.file}`] = `${row.control}\n`;
});
const findings = scanTree(tree);
const at = (prefix: string) => findings.filter((f) => f.path.startsWith(prefix)).map((f) => `${f.ruleId}:${f.line}`);

ROWS.forEach((row, i) => {
  test(`${row.filter}: ${row.what} (${row.file}) yields nothing`, () => {
    assert.deepEqual(at(`decoy/${i}/`), []);
  });
  test(`${row.filter} control: the same text with a real-shaped value is reported as ${row.rule}`, () => {
    assert.deepEqual(at(`control/${i}/`), [`${row.rule}:1`]);
  });
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inspect } from 'node:util';
import { bumpSeverity, classifyMatch, markReuse } from '../../src/classify/classify.js';
import { decodeJwt } from '../../src/classify/jwt.js';
import { redact } from '../../src/model/secret.js';
import type { FileContext, Finding, Match, PathRole, PatternSpec, Severity } from '../../src/model/types.js';

// Fake values only: random-looking but never issued by any provider.
const RANDOM = 'Zq8vN2rT5wX9yB4mK7pL1cF6hJ3dS0gA';
const NOW = 1_800_000_000;
const SIG = 'ZHVtbXktc2lnbmF0dXJlLW5vdC1yZWFs';
const b64u = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');
const jwt = (payload: object, header: object = { alg: 'HS256', typ: 'JWT' }, sig = SIG): string =>
  `${b64u(header)}.${b64u(payload)}.${sig}`;

function spec(over: Partial<PatternSpec> = {}): PatternSpec {
  return {
    id: 'acme.api-key', name: 'Acme API key', provider: 'acme', family: 'saas', kind: 'static-key',
    severity: 'high', confidence: 'high', keywords: ['acme'], regex: '(x)', flags: '', migration: 'secrets-manager',
    references: [], tags: [], cwe: [], generic: false, publishable: false, allow: [], examples: [], negativeExamples: [],
    ...over,
  };
}

function match(over: Partial<Match> = {}): Match {
  const secret = over.secret ?? RANDOM;
  return {
    patternId: 'acme.api-key', start: 10, end: 10 + secret.length, line: 3, column: 11, endLine: 3,
    endColumn: 11 + secret.length, secret, entropy: 4.9, checksum: 'none', ...over,
  };
}

function file(context: FileContext = 'code', pathRole: PathRole = 'source', path = 'src/app.ts') {
  return { path, context, pathRole };
}

const classify = (m: Match, s: PatternSpec, f = file()): Finding => classifyMatch(m, s, f, { nowSeconds: NOW });

test('bumpSeverity: steps along SEVERITIES and clamps', () => {
  const cases: Array<[Severity, number, Severity]> = [
    ['low', 1, 'medium'], ['medium', 1, 'high'], ['high', 1, 'critical'], ['critical', 1, 'critical'],
    ['critical', -1, 'high'], ['low', -1, 'low'], ['low', 5, 'critical'], ['critical', -9, 'low'], ['high', 0, 'high'],
  ];
  for (const [sev, d, want] of cases) assert.equal(bumpSeverity(sev, d), want, `${sev} ${d}`);
});

test('classifyMatch: the whole finding for a plain match in code', () => {
  const f = classifyMatch(match({ details: { host: 'api.acme.test' } }), spec(), { ...file(), commit: { sha: 'abc', date: '2025-01-01' } });
  const { secret, ...rest } = f;
  assert.deepEqual(rest, {
    ruleId: 'acme.api-key', ruleName: 'Acme API key', provider: 'acme', kind: 'static-key', severity: 'high',
    confidence: 'high', path: 'src/app.ts', line: 3, column: 11, endLine: 3, endColumn: 43,
    fingerprint: '9d8685ded5b95b4f67de248a116fff55', preview: 'Zq8v…[32]', secretLength: 32, context: 'code',
    pathRole: 'source', checksum: 'none', entropy: 4.9, notes: [], nhi: ['NHI2'], cwe: ['CWE-798'], suppressions: [],
    details: { host: 'api.acme.test' }, commit: { sha: 'abc', date: '2025-01-01' },
  });
  assert.equal(secret.reveal(), RANDOM);
  assert.equal(f.migration, undefined);
});

interface RuleCase {
  name: string;
  m?: Partial<Match>;
  s?: Partial<PatternSpec>;
  f?: [FileContext, PathRole];
  kind: string;
  severity: Severity;
  confidence: string;
  notes: string[];
}

const RULE_CASES: RuleCase[] = [
  { name: 'spec defaults', kind: 'static-key', severity: 'high', confidence: 'high', notes: [] },
  { name: 'spec confidence kept', s: { confidence: 'medium' }, kind: 'static-key', severity: 'high', confidence: 'medium', notes: [] },
  { name: 'match overrides', m: { kindOverride: 'short-lived-token', severityOverride: 'medium' }, kind: 'short-lived-token', severity: 'medium', confidence: 'high', notes: [] },
  { name: 'match notes carried', m: { notes: ['x-note'] }, kind: 'static-key', severity: 'high', confidence: 'high', notes: ['x-note'] },
  { name: 'publishable -> low', s: { publishable: true, severity: 'critical' }, kind: 'static-key', severity: 'low', confidence: 'high', notes: ['publishable'] },
  // test/docs downgrade
  { name: 'test path, no checksum, low entropy', m: { entropy: 2.0 }, f: ['code', 'test'], kind: 'static-key', severity: 'medium', confidence: 'low', notes: ['likely-sample'] },
  { name: 'test path, valid checksum, low entropy', m: { entropy: 2.0, checksum: 'valid' }, f: ['code', 'test'], kind: 'static-key', severity: 'high', confidence: 'medium', notes: ['test-path'] },
  { name: 'test path, invalid checksum, high entropy', m: { checksum: 'invalid' }, f: ['code', 'test'], kind: 'static-key', severity: 'medium', confidence: 'low', notes: ['likely-sample'] },
  { name: 'test path, no checksum, high entropy (real keys leak in tests)', f: ['code', 'test'], kind: 'static-key', severity: 'high', confidence: 'medium', notes: ['test-path'] },
  { name: 'docs path, no checksum, high entropy', f: ['docs', 'docs'], kind: 'static-key', severity: 'high', confidence: 'medium', notes: ['docs-path'] },
  { name: 'docs path, placeholder note', m: { notes: ['placeholder-like'] }, f: ['docs', 'docs'], kind: 'static-key', severity: 'medium', confidence: 'low', notes: ['placeholder-like', 'likely-sample'] },
  { name: 'vendor path, low entropy: unchanged', m: { entropy: 2.0 }, f: ['code', 'vendor'], kind: 'static-key', severity: 'high', confidence: 'high', notes: [] },
  { name: 'source path, low entropy: unchanged', m: { entropy: 2.0 }, kind: 'static-key', severity: 'high', confidence: 'high', notes: [] },
  { name: 'test path downgrade clamps at low', s: { severity: 'low' }, m: { entropy: 1.0 }, f: ['code', 'test'], kind: 'static-key', severity: 'low', confidence: 'low', notes: ['likely-sample'] },
  // pipeline contexts
  { name: 'workflow: static-key +1', f: ['github-workflow', 'source'], kind: 'static-key', severity: 'critical', confidence: 'high', notes: ['in-pipeline'] },
  { name: 'gitlab-ci: long-lived +1', s: { kind: 'long-lived-credential', severity: 'medium' }, f: ['gitlab-ci', 'source'], kind: 'long-lived-credential', severity: 'high', confidence: 'high', notes: ['in-pipeline'] },
  { name: 'other-ci: critical stays critical', s: { severity: 'critical' }, f: ['other-ci', 'source'], kind: 'static-key', severity: 'critical', confidence: 'high', notes: ['in-pipeline'] },
  { name: 'dockerfile +1', s: { severity: 'medium' }, f: ['dockerfile', 'source'], kind: 'static-key', severity: 'high', confidence: 'high', notes: ['in-pipeline'] },
  { name: 'compose +1', s: { severity: 'medium' }, f: ['compose', 'source'], kind: 'static-key', severity: 'high', confidence: 'high', notes: ['in-pipeline'] },
  { name: 'terraform +1', s: { severity: 'medium' }, f: ['terraform', 'source'], kind: 'static-key', severity: 'high', confidence: 'high', notes: ['in-pipeline'] },
  { name: 'kubernetes +1', s: { severity: 'medium' }, f: ['kubernetes', 'source'], kind: 'static-key', severity: 'high', confidence: 'high', notes: ['in-pipeline'] },
  { name: 'helm-values +1', s: { severity: 'medium' }, f: ['helm-values', 'source'], kind: 'static-key', severity: 'high', confidence: 'high', notes: ['in-pipeline'] },
  { name: 'workflow: short-lived token not bumped', s: { kind: 'short-lived-token', severity: 'medium' }, f: ['github-workflow', 'source'], kind: 'short-lived-token', severity: 'medium', confidence: 'high', notes: ['in-pipeline'] },
  { name: 'workflow: refresh token not bumped', s: { kind: 'refresh-token' }, f: ['github-workflow', 'source'], kind: 'refresh-token', severity: 'high', confidence: 'high', notes: ['in-pipeline'] },
  { name: 'workflow: private key not bumped', s: { kind: 'private-key' }, f: ['github-workflow', 'source'], kind: 'private-key', severity: 'high', confidence: 'high', notes: ['in-pipeline'] },
  { name: 'workflow: publishable not bumped', s: { publishable: true }, f: ['github-workflow', 'source'], kind: 'static-key', severity: 'low', confidence: 'high', notes: ['publishable', 'in-pipeline'] },
  { name: 'workflow in a test path, fake-looking: not bumped', m: { entropy: 1.5 }, f: ['github-workflow', 'test'], kind: 'static-key', severity: 'medium', confidence: 'low', notes: ['likely-sample', 'in-pipeline'] },
  { name: 'dotenv is not a pipeline', f: ['dotenv', 'source'], kind: 'static-key', severity: 'high', confidence: 'high', notes: [] },
  { name: 'package-config is not a pipeline', f: ['package-config', 'source'], kind: 'static-key', severity: 'high', confidence: 'high', notes: [] },
];

test('classifyMatch: each classification rule', () => {
  for (const c of RULE_CASES) {
    const [context, role] = c.f ?? ['code', 'source'];
    const f = classify(match(c.m), spec(c.s), file(context, role));
    assert.deepEqual(
      { kind: f.kind, severity: f.severity, confidence: f.confidence, notes: f.notes },
      { kind: c.kind, severity: c.severity, confidence: c.confidence, notes: c.notes },
      c.name,
    );
  }
});

interface JwtCase {
  name: string;
  token: string;
  s?: Partial<PatternSpec>;
  f?: [FileContext, PathRole];
  kind: string;
  severity: Severity;
  confidence: string;
  notes: string[];
  nhi: string[];
}

const JWT_SPEC: Partial<PatternSpec> = { id: 'jwt.token', provider: 'jwt', kind: 'long-lived-credential', severity: 'high', decoder: 'jwt' };
const HOUR = 3600;
const DAY = 24 * HOUR;

const JWT_CASES: JwtCase[] = [
  { name: 'no exp -> long-lived', token: jwt({ sub: 'svc', iat: NOW }), kind: 'long-lived-credential', severity: 'high', confidence: 'high', notes: ['no-expiry'], nhi: ['NHI2', 'NHI7'] },
  { name: 'no exp overrides a static-key default', token: jwt({ sub: 'svc' }), s: { kind: 'static-key' }, kind: 'long-lived-credential', severity: 'high', confidence: 'high', notes: ['no-expiry'], nhi: ['NHI2', 'NHI7'] },
  { name: '1 h lifetime -> short-lived, medium', token: jwt({ iat: NOW - 60, exp: NOW - 60 + HOUR }), kind: 'short-lived-token', severity: 'medium', confidence: 'high', notes: ['short-lived'], nhi: ['NHI2'] },
  { name: 'exactly 24 h -> short-lived', token: jwt({ iat: NOW, exp: NOW + DAY }), kind: 'short-lived-token', severity: 'medium', confidence: 'high', notes: ['short-lived'], nhi: ['NHI2'] },
  { name: '24 h + 1 s -> family default', token: jwt({ iat: NOW, exp: NOW + DAY + 1 }), s: { kind: 'static-key' }, kind: 'static-key', severity: 'high', confidence: 'high', notes: [], nhi: ['NHI2'] },
  { name: '2 years -> long-lived', token: jwt({ iat: NOW, exp: NOW + 730 * DAY }), s: { kind: 'static-key' }, kind: 'long-lived-credential', severity: 'high', confidence: 'high', notes: [], nhi: ['NHI2', 'NHI7'] },
  { name: 'exp without iat -> family default', token: jwt({ exp: NOW + HOUR }), s: { kind: 'static-key' }, kind: 'static-key', severity: 'high', confidence: 'high', notes: [], nhi: ['NHI2'] },
  { name: 'short-lived and expired -> low', token: jwt({ iat: NOW - 2 * HOUR, exp: NOW - HOUR }), kind: 'short-lived-token', severity: 'low', confidence: 'high', notes: ['short-lived', 'expired'], nhi: ['NHI2'] },
  { name: 'long lifetime, expired -> one lower', token: jwt({ iat: NOW - 800 * DAY, exp: NOW - DAY }), s: { severity: 'critical' }, kind: 'long-lived-credential', severity: 'high', confidence: 'high', notes: ['expired'], nhi: ['NHI2', 'NHI7'] },
  { name: 'alg none -> low', token: jwt({ sub: 'admin' }, { alg: 'none' }, ''), kind: 'long-lived-credential', severity: 'low', confidence: 'high', notes: ['no-expiry', 'alg-none'], nhi: ['NHI2', 'NHI7'] },
  { name: 'jwt.io sample claims', token: jwt({ sub: '1234567890', name: 'John Doe', iat: 1516239022 }), kind: 'long-lived-credential', severity: 'high', confidence: 'low', notes: ['no-expiry', 'documentation-sample'], nhi: ['NHI2', 'NHI7'] },
  { name: 'jwt.io sample signature', token: jwt({ sub: 'x' }, undefined, 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'), kind: 'long-lived-credential', severity: 'high', confidence: 'low', notes: ['no-expiry', 'documentation-sample'], nhi: ['NHI2', 'NHI7'] },
  { name: 'refresh-token spec keeps its kind', token: jwt({ iat: NOW, exp: NOW + HOUR }), s: { kind: 'refresh-token' }, kind: 'refresh-token', severity: 'high', confidence: 'high', notes: [], nhi: ['NHI2', 'NHI7'] },
  { name: 'k8s projected: warnafter decides', token: jwt({ iat: NOW, exp: NOW + 365 * DAY, 'kubernetes.io': { warnafter: NOW + HOUR } }), kind: 'short-lived-token', severity: 'medium', confidence: 'high', notes: ['short-lived'], nhi: ['NHI2'] },
  { name: 'undecodable -> confidence low', token: 'eyJub3QtanNvbg.eyJ4IjoxfQ.sig', kind: 'long-lived-credential', severity: 'high', confidence: 'low', notes: ['jwt-undecodable'], nhi: ['NHI2', 'NHI7'] },
  { name: 'workflow: long-lived JWT +1', token: jwt({ sub: 'svc' }), f: ['github-workflow', 'source'], kind: 'long-lived-credential', severity: 'critical', confidence: 'high', notes: ['no-expiry', 'in-pipeline'], nhi: ['NHI2', 'NHI7'] },
  { name: 'workflow: expired JWT not bumped', token: jwt({ iat: NOW - 800 * DAY, exp: NOW - DAY }), f: ['github-workflow', 'source'], kind: 'long-lived-credential', severity: 'medium', confidence: 'high', notes: ['expired', 'in-pipeline'], nhi: ['NHI2', 'NHI7'] },
  { name: 'workflow: sample JWT not bumped', token: jwt({ sub: '1234567890', name: 'John Doe' }), f: ['github-workflow', 'source'], kind: 'long-lived-credential', severity: 'high', confidence: 'low', notes: ['no-expiry', 'documentation-sample', 'in-pipeline'], nhi: ['NHI2', 'NHI7'] },
];

test('classifyMatch: each JWT rule', () => {
  for (const c of JWT_CASES) {
    const [context, role] = c.f ?? ['code', 'source'];
    const f = classify(match({ secret: c.token, patternId: 'jwt.token' }), spec({ ...JWT_SPEC, ...c.s }), file(context, role));
    assert.deepEqual(
      { kind: f.kind, severity: f.severity, confidence: f.confidence, notes: f.notes, nhi: f.nhi },
      { kind: c.kind, severity: c.severity, confidence: c.confidence, notes: c.notes, nhi: c.nhi },
      c.name,
    );
  }
});

test('classifyMatch: JWT claims go into the finding; non-JWT specs get none', () => {
  const token = jwt({ iss: 'kubernetes/serviceaccount', aud: ['a', 'b'], sub: 'system:serviceaccount:ns:sa', iat: NOW });
  const f = classify(match({ secret: token }), spec(JWT_SPEC));
  assert.deepEqual(f.jwt, decodeJwt(token, NOW));
  assert.deepEqual(f.jwt, { alg: 'HS256', iss: 'kubernetes/serviceaccount', aud: 'a,b', sub: 'system:serviceaccount:ns:sa', iat: NOW });
  assert.equal(classify(match({ secret: token }), spec()).jwt, undefined);
});

interface IdCase {
  name: string;
  s: Partial<PatternSpec>;
  f?: [FileContext, PathRole];
  nhi: string[];
  cwe: string[];
}

const ID_CASES: IdCase[] = [
  { name: 'aws long-lived in a workflow', s: { id: 'aws.access-key', provider: 'aws', kind: 'long-lived-credential' }, f: ['github-workflow', 'source'], nhi: ['NHI2', 'NHI6', 'NHI7'], cwe: ['CWE-522', 'CWE-798'] },
  { name: 'aws long-lived in code', s: { id: 'aws.access-key', provider: 'aws', kind: 'long-lived-credential' }, nhi: ['NHI2', 'NHI7'], cwe: ['CWE-798'] },
  { name: 'aws short-lived in a workflow', s: { id: 'aws.session-token', provider: 'aws', kind: 'short-lived-token' }, f: ['github-workflow', 'source'], nhi: ['NHI2'], cwe: ['CWE-522', 'CWE-798'] },
  { name: 'gcp private key in terraform', s: { id: 'gcp.service-account-key', provider: 'gcp', kind: 'private-key' }, f: ['terraform', 'source'], nhi: ['NHI2', 'NHI6', 'NHI7'], cwe: ['CWE-321', 'CWE-522', 'CWE-798'] },
  { name: 'azure static key in a Dockerfile', s: { id: 'azure.storage-key', provider: 'azure', kind: 'static-key' }, f: ['dockerfile', 'source'], nhi: ['NHI2', 'NHI6'], cwe: ['CWE-522', 'CWE-798'] },
  { name: 'azure static key in .env: not a pipeline', s: { id: 'azure.storage-key', provider: 'azure', kind: 'static-key' }, f: ['dotenv', 'source'], nhi: ['NHI2'], cwe: ['CWE-522', 'CWE-798'] },
  { name: 'non-cloud static key in a workflow', s: {}, f: ['github-workflow', 'source'], nhi: ['NHI2'], cwe: ['CWE-522', 'CWE-798'] },
  { name: 'github classic PAT', s: { id: 'github.pat-classic', provider: 'github', kind: 'long-lived-credential' }, nhi: ['NHI2', 'NHI7', 'NHI10'], cwe: ['CWE-798'] },
  { name: 'gitlab PAT', s: { id: 'gitlab.pat', provider: 'gitlab', kind: 'long-lived-credential' }, nhi: ['NHI2', 'NHI7', 'NHI10'], cwe: ['CWE-798'] },
  { name: 'personal tag', s: { id: 'docker.hub-token', tags: ['personal'] }, nhi: ['NHI2', 'NHI10'], cwe: ['CWE-798'] },
  { name: '"pat" inside a word is not a PAT', s: { id: 'patreon.api-key' }, nhi: ['NHI2'], cwe: ['CWE-798'] },
  { name: 'refresh token', s: { id: 'slack.refresh-token', kind: 'refresh-token' }, nhi: ['NHI2', 'NHI7'], cwe: ['CWE-798'] },
  { name: 'private key in code', s: { id: 'pem.private-key', kind: 'private-key' }, nhi: ['NHI2', 'NHI7'], cwe: ['CWE-321', 'CWE-798'] },
  { name: 'jwt signing secret', s: { id: 'generic.jwt-secret' }, nhi: ['NHI2'], cwe: ['CWE-321', 'CWE-798'] },
  { name: 'signing-key tag', s: { id: 'acme.webhook', tags: ['signing-key'] }, nhi: ['NHI2'], cwe: ['CWE-321', 'CWE-798'] },
  { name: 'spec cwe kept, sorted', s: { cwe: ['CWE-540', 'CWE-798'] }, nhi: ['NHI2'], cwe: ['CWE-540', 'CWE-798'] },
  { name: 'URL credentials in code', s: { id: 'uri.credentials', decoder: 'url-credentials' }, nhi: ['NHI2'], cwe: ['CWE-259', 'CWE-522', 'CWE-798'] },
  { name: 'URL credentials in config', s: { id: 'uri.credentials', decoder: 'url-credentials' }, f: ['config', 'source'], nhi: ['NHI2'], cwe: ['CWE-256', 'CWE-260', 'CWE-522', 'CWE-798'] },
  { name: 'password in .env', s: { id: 'generic.password' }, f: ['dotenv', 'source'], nhi: ['NHI2'], cwe: ['CWE-256', 'CWE-260', 'CWE-522', 'CWE-798'] },
  { name: 'password tag in code', s: { id: 'mysql.dsn', tags: ['password'] }, nhi: ['NHI2'], cwe: ['CWE-259', 'CWE-798'] },
  { name: 'static key in package config', s: { id: 'npm.token' }, f: ['package-config', 'source'], nhi: ['NHI2'], cwe: ['CWE-522', 'CWE-798'] },
  { name: 'static key in docs', s: {}, f: ['docs', 'docs'], nhi: ['NHI2'], cwe: ['CWE-798'] },
];

test('classifyMatch: NHI and CWE ids', () => {
  for (const c of ID_CASES) {
    const [context, role] = c.f ?? ['code', 'source'];
    const f = classify(match(), spec(c.s), file(context, role));
    assert.deepEqual({ nhi: f.nhi, cwe: f.cwe }, { nhi: c.nhi, cwe: c.cwe }, c.name);
  }
});

test('fingerprint: same secret on another line or file is the same; another pattern is not', () => {
  const a = classify(match({ line: 3 }), spec());
  const b = classify(match({ line: 90, column: 1, start: 900, end: 932 }), spec(), file('config', 'source', 'other/place.yaml'));
  const c = classify(match(), spec({ id: 'acme.other-key' }));
  const d = classify(match({ secret: `${RANDOM.slice(0, -1)}B` }), spec());
  assert.equal(a.fingerprint, b.fingerprint);
  assert.equal(a.fingerprint, '9d8685ded5b95b4f67de248a116fff55'); // sha256('acme.api-key' NUL RANDOM)[0:32], by hand
  assert.notEqual(a.fingerprint, c.fingerprint);
  assert.notEqual(a.fingerprint, d.fingerprint);
  assert.match(a.fingerprint, /^[0-9a-f]{32}$/);
});

test('secret never leaks: preview, JSON and inspect show only the redacted form', () => {
  const token = jwt({ sub: 'svc', iat: NOW });
  for (const [m, s] of [[match(), spec()], [match({ secret: token }), spec(JWT_SPEC)]] as const) {
    const f = classify(m, s, file('github-workflow', 'source'));
    assert.equal(f.preview, redact(m.secret));
    assert.ok(!f.preview.includes(m.secret));
    const json = JSON.stringify(f);
    assert.ok(!json.includes(m.secret), 'JSON carries the secret');
    assert.ok(json.includes(`"secret":${JSON.stringify(redact(m.secret))}`));
    assert.ok(!inspect(f, { depth: 5 }).includes(m.secret), 'inspect carries the secret');
    assert.ok(!String(f.secret).includes(m.secret));
    assert.equal(f.secretLength, m.secret.length);
  }
});

test('markReuse: NHI9 and a location count for a fingerprint at more than one path', () => {
  const a = classify(match(), spec(), file('code', 'source', 'src/a.ts'));
  const a2 = classify(match({ line: 40 }), spec(), file('code', 'source', 'src/a.ts'));
  const b = classify(match(), spec(), file('github-workflow', 'source', '.github/workflows/ci.yml'));
  const c = classify(match(), spec(), file('dotenv', 'source', '.env'));
  const lone = classify(match({ secret: 'Yp3kW8sQ1zR6tM9vB2nX5cL7hD4fG0jA' }), spec());
  const findings = [a, a2, b, c, lone];
  markReuse(findings);
  assert.deepEqual(a.nhi, ['NHI2', 'NHI9']);
  assert.deepEqual(a.notes, ['reused:3-locations']);
  assert.deepEqual(a2.notes, ['reused:3-locations']);
  assert.deepEqual(b.notes, ['in-pipeline', 'reused:3-locations']);
  assert.deepEqual(c.nhi, ['NHI2', 'NHI9']);
  assert.deepEqual(lone.nhi, ['NHI2']);
  assert.deepEqual(lone.notes, []);
  markReuse(findings);
  assert.deepEqual(a.nhi, ['NHI2', 'NHI9']);
  assert.deepEqual(b.notes, ['in-pipeline', 'reused:3-locations']);
});

test('markReuse: same path twice is not reuse; NHI9 sorts between NHI7 and NHI10', () => {
  const one = classify(match({ line: 1 }), spec(), file('code', 'source', 'src/a.ts'));
  const two = classify(match({ line: 2 }), spec(), file('code', 'source', 'src/a.ts'));
  markReuse([one, two]);
  assert.deepEqual(one.nhi, ['NHI2']);
  assert.deepEqual(two.notes, []);
  const patSpec = spec({ id: 'github.pat-classic', kind: 'long-lived-credential' });
  const p1 = classify(match(), patSpec, file('code', 'source', 'a.sh'));
  const p2 = classify(match(), patSpec, file('code', 'source', 'b.sh'));
  markReuse([p1, p2]);
  assert.deepEqual(p1.nhi, ['NHI2', 'NHI7', 'NHI9', 'NHI10']);
  assert.deepEqual(p2.notes, ['reused:2-locations']);
});

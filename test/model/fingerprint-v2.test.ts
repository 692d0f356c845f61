// The v2 fingerprint contract (src/model/fingerprint.ts, docs/fingerprints.md): salted scrypt with the documented
// parameters, `ks2_` + 32 hex; stable across runs and processes; the salt decides it, and where the salt comes from
// (request, KEYSHIFT_FINGERPRINT_SALT, config, baseline, default) follows the documented order. Golden values are
// literals computed by hand (node -e with crypto.scryptSync), never with fingerprintV2() itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, scryptSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEFAULT_FINGERPRINT_SALT,
  FINGERPRINT_KDF,
  FINGERPRINT_V2_RE,
  fingerprintAll,
  fingerprintsComputed,
  fingerprintV1,
  fingerprintV2,
  fingerprintV2Sync,
  saltId,
} from '../../src/model/fingerprint.js';
import { runConfiguredScan, type ScanRequest } from '../../src/scan/scan-request.js';
import { REPO_ROOT, runCli } from '../helpers/fixtures.js';
import { makeToken } from '../helpers/fake-tokens.js';

const ORG_SALT = 'acme-org-salt-0123456789';
/** The golden values of test/data/baseline-v1 under the default salt and under ORG_SALT (node -e, by hand). */
const GOLDEN = [
  { id: 'github.pat-classic', value: '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', v2: 'ks2_faa5dfc8f236c523cc16774bbbe33a0a', org: 'ks2_c2d79d8db215a3222ea498d2e7b9602b' },
  { id: 'npm.access-token', value: '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', v2: 'ks2_6751c5561b119ca2e5fd37c2d43eb238', org: 'ks2_736319d00a45e1e572d0963a2df6d566' },
  { id: 'aws.access-key-id', value: 'AKIAHKHCHQC7TWYLX4QX', v2: 'ks2_c11346f999485538e540ed3c199220da', org: 'ks2_5ff5ed2663261b21bb8e678c15ee8bf2' },
] as const;

/** An attacker's re-implementation of v2 with the parameters as a variable, for the controls. */
function scryptWith(N: number, id: string, value: string, salt: string): string {
  return `ks2_${scryptSync(`${id}\0${value}`, `keyshift/fingerprint/v2\0${salt}`, 16, { N, r: 8, p: 1 }).toString('hex')}`;
}

test('the KDF parameters are the documented ones: scrypt N=1024 r=8 p=1, 16 bytes, ks2_ + 32 hex', () => {
  assert.deepEqual({ ...FINGERPRINT_KDF }, { algorithm: 'scrypt', N: 1024, r: 8, p: 1, keyLength: 16 });
  const doc = readFileSync(join(REPO_ROOT, 'docs/fingerprints.md'), 'utf8');
  assert.ok(doc.includes('scrypt with N = 2^10 = 1024, r = 8, p = 1 and a 16-byte output'), 'docs/fingerprints.md states the same parameters');
  assert.ok(doc.includes(`\`${DEFAULT_FINGERPRINT_SALT}\``), 'and the default salt');
});

test('fingerprintV2 equals the golden literals, async and sync, under two salts', async () => {
  for (const g of GOLDEN) {
    assert.equal(await fingerprintV2(g.id, g.value, DEFAULT_FINGERPRINT_SALT), g.v2, g.id);
    assert.equal(await fingerprintV2(g.id, g.value, ORG_SALT), g.org, g.id);
    assert.equal(fingerprintV2Sync(g.id, g.value, ORG_SALT), g.org, `${g.id} (sync)`);
    assert.match(g.v2, FINGERPRINT_V2_RE);
  }
});

test('control: the re-implementation reproduces the literals with N=1024 only; the pattern id and the salt count', () => {
  for (const g of GOLDEN) {
    assert.equal(scryptWith(1024, g.id, g.value, DEFAULT_FINGERPRINT_SALT), g.v2, 'the re-implementation is faithful');
    assert.notEqual(scryptWith(512, g.id, g.value, DEFAULT_FINGERPRINT_SALT), g.v2, 'a cheaper N is another fingerprint');
    assert.notEqual(scryptWith(1024, g.id, g.value, `${DEFAULT_FINGERPRINT_SALT}.`), g.v2, 'another salt is another fingerprint');
  }
  assert.notEqual(fingerprintV2Sync('github.pat-fine-grained', GOLDEN[0].value, DEFAULT_FINGERPRINT_SALT), GOLDEN[0].v2);
});

test('a dictionary of low-entropy passwords recomputed as v1 (sha256 of id NUL value) finds a v1 fingerprint but never a v2 one', async () => {
  const words = ['password', 'hunter2', 'Summer2024!', 'letmein', 'qwerty123', 'Winter2025', 'changeme', 'admin123', 'P@ssw0rd', 'acme-prod-db'];
  const secret = 'Summer2024!';
  const v1 = fingerprintV1('generic.password', secret);
  const v2 = await fingerprintV2('generic.password', secret, DEFAULT_FINGERPRINT_SALT);
  const attack = (target: string): string[] =>
    words.filter((w) => {
      const sha = createHash('sha256').update(`generic.password\0${w}`).digest('hex');
      // Any prefix or spelling an attacker might try: truncated, full, with the ks2_ mark.
      return [sha.slice(0, 32), sha, `ks2_${sha.slice(0, 32)}`].includes(target) || target.slice(4) === sha.slice(0, 32);
    });
  assert.deepEqual(attack(v1), [secret], 'control: v1 falls to the dictionary at once');
  assert.deepEqual(attack(v2), [], 'v2 is not the SHA-256 of id and value');
  assert.notEqual(v2.slice(4), v1);
  // Only the KDF with the salt finds it: what a dictionary costs now (docs/fingerprints.md).
  assert.deepEqual(words.filter((w) => scryptWith(1024, 'generic.password', w, DEFAULT_FINGERPRINT_SALT) === v2), [secret]);
});

test('one scrypt per distinct (salt, pattern id, value): repeats are served from the cache', async () => {
  const value = makeToken('github.pat-classic', 9101);
  const before = fingerprintsComputed();
  const out = await fingerprintAll(Array.from({ length: 50 }, () => ({ patternId: 'github.pat-classic', value })), 'cache-test-salt-0123456789');
  assert.equal(new Set(out).size, 1);
  assert.equal(fingerprintsComputed() - before, 1, 'fifty equal findings, one hash');
  await fingerprintV2('github.pat-classic', value, 'cache-test-salt-9876543210');
  assert.equal(fingerprintsComputed() - before, 2, 'control: another salt is another hash');
});

test('saltId is public, short and salt-specific', () => {
  assert.match(saltId(ORG_SALT), /^[0-9a-f]{16}$/);
  assert.notEqual(saltId(ORG_SALT), saltId(`${ORG_SALT}x`));
  assert.ok(!saltId(ORG_SALT).includes(ORG_SALT));
});

// --- the CLI and the scan request ---

interface JsonFinding {
  path: string;
  ruleId: string;
  fingerprint: string;
  suppressions: Array<{ source: string }>;
}

const TOKEN = makeToken('github.pat-classic', 4242);
const NPM = makeToken('npm.access-token', 4243);

function withRepo<T>(fn: (dir: string) => T, files: Record<string, string> = { 'deploy.sh': `export GITHUB_TOKEN=${TOKEN}\n`, '.npmrc': `//registry.npmjs.org/:_authToken=${NPM}\n` }): T {
  const dir = mkdtempSync(join(tmpdir(), 'keyshift-fp2-'));
  try {
    for (const [p, text] of Object.entries(files)) {
      mkdirSync(join(dir, p, '..'), { recursive: true });
      writeFileSync(join(dir, p), text);
    }
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The environment of every CLI run here: no salt from the test runner's own environment. */
const NO_SALT = { KEYSHIFT_FINGERPRINT_SALT: '' };

function scanJson(dir: string, args: string[] = [], env: NodeJS.ProcessEnv = NO_SALT): { findings: JsonFinding[]; status: number; stdout: string; stderr: string } {
  const r = runCli(['scan', '.', '--format', 'json', '--fail-on', 'none', '--show-suppressed', ...args], dir, env);
  assert.equal(r.status, 0, r.stderr);
  return { findings: (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings, ...r };
}

const fps = (fs: JsonFinding[]): string[] => fs.map((f) => `${f.ruleId} ${f.fingerprint}`);

test('two CLI runs (two processes) give the same v2 fingerprints, the default salt\'s', () => {
  withRepo((dir) => {
    const a = scanJson(dir).findings;
    const b = scanJson(dir).findings;
    assert.equal(a.length, 2);
    assert.deepEqual(fps(a), fps(b));
    assert.deepEqual(fps(a), [`npm.access-token ${fingerprintV2Sync('npm.access-token', NPM, DEFAULT_FINGERPRINT_SALT)}`, `github.pat-classic ${fingerprintV2Sync('github.pat-classic', TOKEN, DEFAULT_FINGERPRINT_SALT)}`]);
  });
});

test('KEYSHIFT_FINGERPRINT_SALT changes every fingerprint; the same salt in two repositories gives equal ones; it is never printed', () => {
  const salt = 'ci-secret-salt-Zx81Qa0PwLm3';
  const inA = withRepo((dir) => scanJson(dir, [], { KEYSHIFT_FINGERPRINT_SALT: salt }));
  const inB = withRepo((dir) => scanJson(dir, [], { KEYSHIFT_FINGERPRINT_SALT: salt }), { 'other/place.env': `TOKEN=${TOKEN}\n` });
  const plain = withRepo((dir) => scanJson(dir));
  const pat = (r: { findings: JsonFinding[] }): string => r.findings.find((f) => f.ruleId === 'github.pat-classic')!.fingerprint;
  assert.equal(pat(inA), fingerprintV2Sync('github.pat-classic', TOKEN, salt));
  assert.equal(pat(inA), pat(inB), 'same secret, same salt, another repository: equal');
  assert.notEqual(pat(inA), pat(plain), 'another salt: another fingerprint');
  for (const format of ['text', 'sarif', 'markdown']) {
    withRepo((dir) => {
      const r = runCli(['scan', '.', '--format', format, '--fail-on', 'none'], dir, { KEYSHIFT_FINGERPRINT_SALT: salt });
      assert.equal(r.status, 0, r.stderr);
      assert.ok(!r.stdout.includes(salt) && !r.stderr.includes(salt), `${format}: the salt is not in the output`);
    });
  }
  assert.ok(!inA.stdout.includes(salt) && !inA.stderr.includes(salt));
});

test('a bad salt is a configuration error (exit 2) that does not repeat it', () => {
  withRepo((dir) => {
    const r = runCli(['scan', '.'], dir, { KEYSHIFT_FINGERPRINT_SALT: 'tooShortSalt' });
    assert.equal(r.status, 2, r.stderr);
    assert.equal(r.stderr, 'keyshift: KEYSHIFT_FINGERPRINT_SALT: expected 16 to 1024 characters, got 12; use a random value such as `openssl rand -base64 24`\n');
    writeFileSync(join(dir, '.keyshift.yaml'), 'fingerprint:\n  salt: shortConfigSalt\n');
    const c = runCli(['scan', '.'], dir, NO_SALT);
    assert.equal(c.status, 2, c.stderr);
    assert.match(c.stderr, /\.keyshift\.yaml:2: fingerprint\.salt: expected 16 to 1024 characters, got 15/);
    assert.ok(!c.stderr.includes('shortConfigSalt'));
    writeFileSync(join(dir, '.keyshift.yaml'), 'fingerprint:\n  pepper: x\n');
    const k = runCli(['scan', '.'], dir, NO_SALT);
    assert.equal(k.status, 2, k.stderr);
    assert.match(k.stderr, /fingerprint\.pepper: unknown key; did you mean "salt"\?|fingerprint\.pepper: unknown key/);
  });
});

test('fingerprint.salt in the config salts the scan; KEYSHIFT_FINGERPRINT_SALT wins over it', () => {
  const configSalt = 'config-salt-abcdefgh-123';
  withRepo((dir) => {
    writeFileSync(join(dir, '.keyshift.yaml'), `fingerprint:\n  salt: ${configSalt}\n`);
    const pat = (r: { findings: JsonFinding[] }): string => r.findings.find((f) => f.ruleId === 'github.pat-classic')!.fingerprint;
    assert.equal(pat(scanJson(dir)), fingerprintV2Sync('github.pat-classic', TOKEN, configSalt));
    assert.equal(pat(scanJson(dir, [], { KEYSHIFT_FINGERPRINT_SALT: ORG_SALT })), fingerprintV2Sync('github.pat-classic', TOKEN, ORG_SALT));
  });
});

test('baseline create writes a random salt into a v2 baseline; scans with it report its salt and suppress', () => {
  withRepo((dir) => {
    const c = runCli(['baseline', 'create', '.', '--file', 'b1'], dir, NO_SALT);
    assert.equal(c.status, 0, c.stderr);
    const c2 = runCli(['baseline', 'create', '.', '--file', 'b2'], dir, NO_SALT);
    assert.equal(c2.status, 0, c2.stderr);
    const text = readFileSync(join(dir, 'b1'), 'utf8');
    const salt = /^fingerprint: scrypt N=1024 r=8 p=1 len=16 salt=([A-Za-z0-9_-]{22})$/m.exec(text)?.[1];
    assert.ok(salt, text);
    assert.notEqual(readFileSync(join(dir, 'b2'), 'utf8').match(/salt=(\S+)/)?.[1], salt, 'each new baseline gets its own salt');
    const r = scanJson(dir, ['--baseline', 'b1']);
    assert.deepEqual(r.findings.map((f) => f.suppressions.map((s) => s.source)), [['baseline'], ['baseline']]);
    assert.equal(r.findings.find((f) => f.ruleId === 'github.pat-classic')!.fingerprint, fingerprintV2Sync('github.pat-classic', TOKEN, salt));
    // Control: an entry's fingerprint changed by one digit no longer suppresses its finding.
    writeFileSync(join(dir, 'b1'), text.replace(/^ks2_([0-9a-f]{31})([0-9a-f])/m, (_, h: string, d: string) => `ks2_${h}${d === '0' ? '1' : '0'}`));
    assert.equal(scanJson(dir, ['--baseline', 'b1']).findings.filter((f) => f.suppressions.length === 0).length, 1);
  });
});

test('a scan with another salt still matches a baseline under the baseline\'s own salt', () => {
  withRepo((dir) => {
    assert.equal(runCli(['baseline', 'create', '.'], dir, NO_SALT).status, 0);
    const r = scanJson(dir, ['--baseline', '.keyshift-baseline'], { KEYSHIFT_FINGERPRINT_SALT: ORG_SALT });
    assert.deepEqual(r.findings.map((f) => f.suppressions.map((s) => s.source)), [['baseline'], ['baseline']]);
    assert.equal(r.findings.find((f) => f.ruleId === 'github.pat-classic')!.fingerprint, fingerprintV2Sync('github.pat-classic', TOKEN, ORG_SALT), 'reported under the scan\'s salt');
  });
});

test('with KEYSHIFT_FINGERPRINT_SALT, baseline create stores only the salt id; reading it needs the salt (exit 2 without)', () => {
  const salt = 'kept-in-ci-secret-Qw12Er34Ty';
  withRepo((dir) => {
    const c = runCli(['baseline', 'create', '.'], dir, { KEYSHIFT_FINGERPRINT_SALT: salt });
    assert.equal(c.status, 0, c.stderr);
    const text = readFileSync(join(dir, '.keyshift-baseline'), 'utf8');
    assert.ok(!text.includes(salt), 'the salt is not in the baseline');
    assert.ok(text.includes(`salt-id=${saltId(salt)}\n`), 'only its id');
    const ok = scanJson(dir, ['--baseline', '.keyshift-baseline'], { KEYSHIFT_FINGERPRINT_SALT: salt });
    assert.deepEqual(ok.findings.map((f) => f.suppressions.length), [1, 1]);
    const missing = runCli(['scan', '.', '--baseline', '.keyshift-baseline'], dir, NO_SALT);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, new RegExp(`its fingerprints use a salt kept outside the file \\(salt id ${saltId(salt)}\\); set KEYSHIFT_FINGERPRINT_SALT or fingerprint.salt to it`));
    const wrong = runCli(['scan', '.', '--baseline', '.keyshift-baseline'], dir, { KEYSHIFT_FINGERPRINT_SALT: ORG_SALT });
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, new RegExp(`the salt from KEYSHIFT_FINGERPRINT_SALT is another one \\(id ${saltId(ORG_SALT)}\\)`));
    assert.ok(!wrong.stderr.includes(ORG_SALT) && !missing.stderr.includes(salt));
  });
});

function request(dir: string, extra: Partial<ScanRequest>): ScanRequest {
  return { cwd: dir, targets: [dir], include: [], exclude: [], respectGitignore: true, mode: { kind: 'files' }, workers: 0, failOn: 'none', ...extra };
}

test('ScanRequest.fingerprintSalt: one salt for an organisation gives the same fingerprint in every repository, over the environment', async () => {
  const dirA = mkdtempSync(join(tmpdir(), 'keyshift-org-a-'));
  const dirB = mkdtempSync(join(tmpdir(), 'keyshift-org-b-'));
  try {
    writeFileSync(join(dirA, 'deploy.sh'), `export GITHUB_TOKEN=${GOLDEN[0].value}\n`);
    mkdirSync(join(dirB, 'ci'));
    writeFileSync(join(dirB, 'ci', 'run.sh'), `GH=${GOLDEN[0].value}\n`);
    // The second repository has its own config salt: the organisation's wins.
    writeFileSync(join(dirB, '.keyshift.yaml'), 'fingerprint:\n  salt: repo-b-own-salt-0000000\n');
    const a = await runConfiguredScan(request(dirA, { fingerprintSalt: ORG_SALT, envFingerprintSalt: 'env-salt-would-lose-00000' }));
    const b = await runConfiguredScan(request(dirB, { fingerprintSalt: ORG_SALT }));
    const fa = a.report.result.findings.map((f) => f.fingerprint);
    const fb = b.report.result.findings.map((f) => f.fingerprint);
    assert.deepEqual(fa, [GOLDEN[0].org]);
    assert.deepEqual(fb, [GOLDEN[0].org]);
    assert.equal(a.settings.fingerprintSalt.source, 'request');
    // Control: without the request salt each repository has its own.
    const own = await runConfiguredScan(request(dirB, {}));
    assert.notDeepEqual(own.report.result.findings.map((f) => f.fingerprint), fb);
    await assert.rejects(runConfiguredScan(request(dirA, { fingerprintSalt: 'short' })), /ScanRequest\.fingerprintSalt: expected 16 to 1024 characters, got 5/);
  } finally {
    rmSync(dirA, { recursive: true, force: true });
    rmSync(dirB, { recursive: true, force: true });
  }
});

test('a scan hashes each distinct finding once, and nothing that is not a finding', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'keyshift-fp-count-'));
  try {
    const [a, b, c] = [makeToken('github.pat-classic', 7001), makeToken('github.pat-classic', 7002), makeToken('npm.access-token', 7003)];
    for (let i = 0; i < 5; i++) writeFileSync(join(dir, `copy${i}.sh`), `export GITHUB_TOKEN=${a}\n`);
    writeFileSync(join(dir, 'more.sh'), `export GH=${b}\nNPM_TOKEN=${c}\n`);
    // The AWS documentation's example key, which the detector's filters drop: never a finding, so never hashed.
    writeFileSync(join(dir, 'example.py'), 'aws_access_key_id = "AKIAIOSFODNN7EXAMPLE"\n');
    const before = fingerprintsComputed();
    const out = await runConfiguredScan(request(dir, { fingerprintSalt: `count-test-salt-${process.pid}-${Date.now()}` }));
    assert.equal(out.report.result.findings.length, 7);
    assert.ok(out.report.result.findings.every((f) => f.ruleId !== 'aws.access-key-id'), 'the example key is not a finding');
    assert.equal(fingerprintsComputed() - before, 3, 'seven findings, three distinct values, three hashes');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// Baseline format: create, parse (errors with lines), update, match after code moves, a real git merge
// of two branches, and importing gitleaks / detect-secrets files by re-locating their entries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BASELINE_HEADER,
  compareBaselines,
  createBaseline,
  formatBaseline,
  importDetectSecrets,
  importGitleaks,
  indexBaseline,
  matchBaseline,
  parseBaseline,
  readBaseline,
  relocateImported,
  schemeFor,
  updateBaseline,
  type BaselineEntry,
} from '../../src/suppress/baseline.js';
import { DEFAULT_FINGERPRINT_SALT } from '../../src/model/fingerprint.js';
import { EMPTY_ALLOWLIST, applySuppressions } from '../../src/suppress/apply.js';
import { ConfigError } from '../../src/model/errors.js';
import type { Finding } from '../../src/model/types.js';
import { makeFinding } from './make-finding.js';

// Fake, format-plausible values.
const AWS = 'AKIAQ7RSTV2WXYZ3ABCD';
const GH = 'ghp_FAKEq7RvWm2LpN4cTy8HbJdKs3XzV9Qa1B2c';
const SLACK = 'xoxb-000000000000-000000000000-FAKEfakeFAKEfake0000';
const PW = 'Tr0ub4dor-fake-Horse-9271';

/** makeFinding fingerprints with the default salt; a baseline of them says so (salt in the file). */
const SCHEME = schemeFor(DEFAULT_FINGERPRINT_SALT, true);
/** The v2 header up to the first entry (header, comments, KDF line). */
const HEAD = formatBaseline([], SCHEME).trimEnd();
const HEAD_LINES = HEAD.split('\n').length;
const update = (old: string, findings: Finding[], prune: boolean): string => updateBaseline(readBaseline(old, 'b'), findings, { prune }, SCHEME).text;

function sha1(s: string): string {
  return createHash('sha1').update(s).digest('hex');
}

function sample(): Finding[] {
  return [
    makeFinding({ ruleId: 'github.pat-classic', path: 'src/app.ts', line: 40, secret: GH }),
    makeFinding({ ruleId: 'aws.access-key', path: 'config/settings.py', line: 3, secret: AWS }),
    makeFinding({ ruleId: 'slack.bot-token', path: 'docs/setup guide.md', line: 12, secret: SLACK }),
    makeFinding({ ruleId: 'aws.access-key', path: 'config/settings.py', line: 9, secret: AWS }), // same secret again: one entry
  ];
}

test('createBaseline writes the header and one sorted line per distinct entry, deterministically', () => {
  const text = createBaseline(sample(), SCHEME);
  const lines = text.trimEnd().split('\n');
  assert.equal(lines[0], BASELINE_HEADER);
  const entries = lines.filter((l) => !l.startsWith('#') && !l.startsWith('fingerprint:'));
  assert.equal(entries.length, 3);
  assert.deepEqual(lines.filter((l) => l.startsWith('fingerprint:')), [`fingerprint: scrypt N=1024 r=8 p=1 len=16 salt=${DEFAULT_FINGERPRINT_SALT}`], 'the KDF and salt, once');
  assert.deepEqual(entries, [...entries].sort());
  for (const f of sample()) assert.ok(entries.includes(`${f.fingerprint} ${f.ruleId} ${f.path}`));
  assert.equal(createBaseline([...sample()].reverse(), SCHEME), text, 'input order does not matter');
  assert.ok(!text.includes(AWS) && !text.includes(GH) && !text.includes(SLACK), 'no raw secret in the file');
  assert.ok(!/\b(40|3|9|12)\b/.test(entries.join('\n').replace(/ks2_[0-9a-f]{32}/g, '')), 'no line numbers');
});

test('a baseline matches the same findings after the code moved 20 lines down and was re-indented', () => {
  const index = indexBaseline(readBaseline(createBaseline(sample(), SCHEME), '.keyshift-baseline'));
  const moved = sample().map((f) => makeFinding({ ruleId: f.ruleId, path: f.path, line: f.line + 20, column: 9, secret: f.secret.reveal() }));
  applySuppressions(moved, { directives: new Map(), allowlist: EMPTY_ALLOWLIST, baseline: index });
  assert.deepEqual(
    moved.map((f) => f.suppressions),
    moved.map(() => [{ kind: 'external', source: 'baseline' }]),
  );
  const renamed = makeFinding({ ruleId: 'aws.access-key', path: 'config/other.py', line: 3, secret: AWS });
  const newSecret = makeFinding({ ruleId: 'aws.access-key', path: 'config/settings.py', line: 3, secret: 'AKIAQ7RSTV2WXYZ3WXYZ' });
  assert.equal(matchBaseline(renamed, index), false, 'the path is part of the key');
  assert.equal(matchBaseline(newSecret, index), false);
});

test('paths with spaces round-trip plainly; ambiguous paths are quoted', () => {
  const odd: BaselineEntry[] = [
    { fingerprint: `ks2_${'a'.repeat(32)}`, ruleId: 'x.y', path: 'dir/with space.txt' },
    { fingerprint: `ks2_${'b'.repeat(32)}`, ruleId: 'x.y', path: ' leading' },
    { fingerprint: `ks2_${'c'.repeat(32)}`, ruleId: 'x.y', path: 'line\nbreak' },
  ];
  const text = formatBaseline(odd, SCHEME);
  assert.ok(text.includes(`ks2_${'a'.repeat(32)} x.y dir/with space.txt\n`));
  assert.ok(text.includes(`ks2_${'b'.repeat(32)} x.y " leading"\n`));
  assert.deepEqual(parseBaseline(text, 'b'), odd);
});

test('parseBaseline errors name the file and line', () => {
  const fp = `ks2_${'d'.repeat(32)}`;
  const at = (n: number): number => HEAD_LINES + n;
  const kdf = HEAD.split('\n').at(-1)!;
  const cases: [string, string][] = [
    ['{"results": {}}\n', 'b.txt:1: not a keyshift baseline: this looks like JSON; to use a gitleaks report or a detect-secrets baseline run keyshift baseline import'],
    ['\n# keyshift baseline v9\n', 'b.txt:2: not a keyshift baseline: this baseline version is not supported by this keyshift; upgrade keyshift'],
    ['hello\n', `b.txt:1: not a keyshift baseline: expected the first line to be "${BASELINE_HEADER}"; create one with keyshift baseline create`],
    [`${HEAD}\n# c\n\n${fp} aws.access-key a.py\nXYZ aws.access-key a.py\n`, `b.txt:${at(4)}: expected a v2 fingerprint (ks2_ and 32 lowercase hex digits) first; got "XYZ"`],
    [`${HEAD}\n${'d'.repeat(32)} aws.access-key a.py\n`, `b.txt:${at(1)}: expected a v2 fingerprint (ks2_ and 32 lowercase hex digits) first; got "${'d'.repeat(20)}"`],
    [`${HEAD}\n${fp} aws.access-key\n`, `b.txt:${at(1)}: expected "<fingerprint> <pattern-id> <path>" separated by single spaces`],
    [`${HEAD}\n${fp} aws.access-key "bad\n`, `b.txt:${at(1)}: the quoted path is not a valid JSON string; fix the quoting or regenerate with keyshift baseline update`],
    // The v2 header: the KDF line comes before any entry, once, with exactly the documented parameters and a salt.
    [`${BASELINE_HEADER}\n${fp} aws.access-key a.py\n`, `b.txt:2: expected the line "${kdf.replace(/ salt=.*/, '')} salt=..." before the first entry; regenerate with keyshift baseline create --force`],
    [`${HEAD}\n${kdf}\n`, `b.txt:${at(1)}: a second "fingerprint:" line; a baseline has one salt`],
    [`${BASELINE_HEADER}\n${kdf.replace('N=1024', 'N=2048')}\n`, `b.txt:2: expected "${kdf.replace(/ salt=.*/, '')} salt=..." (the only KDF parameters this keyshift reads); regenerate with keyshift baseline create --force`],
    [`${BASELINE_HEADER}\n${kdf.replace(/salt=.*/, 'salt=short')}\n`, "b.txt:2: the baseline's salt: expected 16 to 1024 characters, got 5; use a random value such as `openssl rand -base64 24`"],
    [`${BASELINE_HEADER}\n${kdf.replace(/salt=.*/, 'pepper=x')}\n`, 'b.txt:2: expected salt=<salt> or salt-id=<16 hex digits> after the KDF parameters'],
    // A v1 file holds v1 fingerprints only.
    [`# keyshift baseline v1\n${fp} aws.access-key a.py\n`, `b.txt:2: expected a lowercase hex fingerprint first; got "${fp.slice(0, 20)}"`],
  ];
  for (const [text, message] of cases) {
    assert.throws(() => parseBaseline(text, 'b.txt'), (e: unknown) => e instanceof ConfigError && e.message === message, message);
  }
  assert.deepEqual(parseBaseline('', 'b.txt'), []);
  assert.deepEqual(readBaseline('', 'b.txt'), { entries: [] }, 'an empty file fixes no scheme');
  assert.deepEqual(parseBaseline(`${HEAD.replace(/\n/g, '\r\n')}\r\n${fp} a.b p q\r\n`, 'b.txt'), [{ fingerprint: fp, ruleId: 'a.b', path: 'p q' }]);
  assert.deepEqual(readBaseline(`# keyshift baseline v1\n${'d'.repeat(32)} a.b p\n`, 'b.txt'), { scheme: { version: 1 }, entries: [{ fingerprint: 'd'.repeat(32), ruleId: 'a.b', path: 'p' }] });
});

test('updateBaseline adds new findings, keeps or prunes stale entries, skips directive-suppressed findings', () => {
  const [gh, aws, slack] = sample() as [Finding, Finding, Finding];
  const old = createBaseline([gh, aws], SCHEME);
  const fresh = makeFinding({ ruleId: 'npm.token', path: 'a/.npmrc', line: 1, secret: 'npm_FAKEfakeFAKEfakeFAKEfakeFAKEfake0000' });
  fresh.suppressions.push({ kind: 'inSource', source: 'directive' });
  const kept = update(old, [aws, slack, fresh], false);
  const pruned = update(old, [aws, slack, fresh], true);
  const keys = (t: string): string[] => parseBaseline(t, 'b').map((e) => `${e.ruleId} ${e.path}`).sort();
  assert.deepEqual(keys(kept), ['aws.access-key config/settings.py', 'github.pat-classic src/app.ts', 'slack.bot-token docs/setup guide.md']);
  assert.deepEqual(keys(pruned), ['aws.access-key config/settings.py', 'slack.bot-token docs/setup guide.md']);
  assert.deepEqual(compareBaselines(parseBaseline(old, 'b'), parseBaseline(pruned, 'b')), { added: 1, removed: 1, kept: 1 });
  assert.equal(update(kept, [aws, slack], false), kept, 'idempotent');
});

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=keyshift-test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Five findings ordered by their fingerprint, i.e. by their line's position in the baseline file. */
function ordered(): Finding[] {
  const fs = ['one', 'two', 'three', 'four', 'five'].map((n, i) =>
    makeFinding({ ruleId: 'generic.password', path: `svc/${n}.env`, line: i + 1, secret: `${PW}-${n}` }),
  );
  return fs.sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : 1));
}

/** Base commit with `base`, branch A adds `a`, branch B adds `b`; returns whether `git merge` was clean. */
function mergeBranches(base: Finding[], a: Finding, b: Finding, attributes?: string): { clean: boolean; text: string } {
  const dir = mkdtempSync(join(tmpdir(), 'keyshift-merge-'));
  try {
    git(dir, 'init', '-q', '-b', 'main');
    const file = join(dir, '.keyshift-baseline');
    writeFileSync(file, createBaseline(base, SCHEME));
    if (attributes) writeFileSync(join(dir, '.gitattributes'), attributes);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'base');
    git(dir, 'checkout', '-q', '-b', 'a');
    writeFileSync(file, update(readFileSync(file, 'utf8'), [a], false));
    git(dir, 'commit', '-q', '-am', 'a');
    git(dir, 'checkout', '-q', 'main');
    git(dir, 'checkout', '-q', '-b', 'b');
    writeFileSync(file, update(readFileSync(file, 'utf8'), [b], false));
    git(dir, 'commit', '-q', '-am', 'b');
    let clean = true;
    try {
      git(dir, 'merge', '-q', '--no-edit', 'a');
    } catch {
      clean = false;
    }
    return { clean, text: readFileSync(file, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('git merge: two branches adding entries in different places merge cleanly', () => {
  const [f0, f1, f2, f3, f4] = ordered() as [Finding, Finding, Finding, Finding, Finding];
  const { clean, text } = mergeBranches([f0, f2, f4], f1, f3);
  assert.equal(clean, true);
  assert.equal(text, createBaseline([f0, f1, f2, f3, f4], SCHEME), 'the merge result is the sorted baseline of all five');
});

test('git merge: adjacent additions conflict by default and merge cleanly with merge=union', () => {
  const [f0, f1, f2, , f4] = ordered() as [Finding, Finding, Finding, Finding, Finding];
  assert.equal(mergeBranches([f0, f4], f1, f2).clean, false, 'the documented conflict case');
  const { clean, text } = mergeBranches([f0, f4], f1, f2, '.keyshift-baseline merge=union\n');
  assert.equal(clean, true);
  const entries = parseBaseline(text, '.keyshift-baseline');
  assert.equal(formatBaseline(entries, SCHEME), createBaseline([f0, f1, f2, f4], SCHEME), 'a union merge parses to all four entries');
});

test('gitleaks report import re-locates by secret hash, by containment, by nearby line when redacted', () => {
  const findings = [
    makeFinding({ ruleId: 'aws.access-key', path: 'config/settings.py', line: 12, secret: AWS }),
    makeFinding({ ruleId: 'generic.password', path: 'deploy/app.env', line: 5, secret: PW }),
    makeFinding({ ruleId: 'github.pat-classic', path: 'scripts/release.sh', line: 30, secret: GH }),
    makeFinding({ ruleId: 'slack.bot-token', path: 'scripts/notify.sh', line: 8, secret: SLACK }),
  ];
  const report = JSON.stringify([
    // Exact secret, but the code has moved since the report (line 3 -> 12).
    { Description: 'AWS', StartLine: 3, EndLine: 3, StartColumn: 20, EndColumn: 39, Match: `aws_access_key_id = ${AWS}`, Secret: AWS, File: './config/settings.py', Commit: '', Entropy: 3.9, RuleID: 'aws-access-token', Tags: [], Fingerprint: 'config/settings.py:aws-access-token:3' },
    // gitleaks' generic rule captured the quotes too: found by containment.
    { StartLine: 5, Match: `PASSWORD="${PW}"`, Secret: `"${PW}"`, File: 'deploy/app.env', RuleID: 'generic-api-key', Fingerprint: 'deploy/app.env:generic-api-key:5' },
    // Run with --redact: no value, so the nearest finding within two lines is taken.
    { StartLine: 31, Match: 'REDACTED', Secret: 'REDACTED', File: 'scripts/release.sh', RuleID: 'github-pat', Fingerprint: 'scripts/release.sh:github-pat:31' },
    // Redacted and too far away from any finding.
    { StartLine: 20, Match: 'REDACTED', Secret: 'REDACTED', File: 'scripts/notify.sh', RuleID: 'slack-bot-token', Fingerprint: 'scripts/notify.sh:slack-bot-token:20' },
    // A file that no longer exists.
    { StartLine: 1, Match: 'x', Secret: 'sk_test_FAKEFAKEFAKEFAKEFAKE0000', File: 'old/removed.js', RuleID: 'stripe-access-token', Fingerprint: 'abc1234:old/removed.js:stripe-access-token:1' },
  ]);
  const imported = importGitleaks(report);
  assert.equal(imported[0]!.path, 'config/settings.py');
  assert.equal(imported[0]!.secretSha1, sha1(AWS));
  assert.equal(imported[2]!.secret, undefined);
  const { entries, unmatched } = relocateImported(imported, findings);
  assert.deepEqual(
    entries.map((e) => `${e.ruleId} ${e.path}`).sort(),
    ['aws.access-key config/settings.py', 'generic.password deploy/app.env', 'github.pat-classic scripts/release.sh'],
  );
  for (const e of entries) assert.equal(e.fingerprint, findings.find((f) => f.ruleId === e.ruleId)!.fingerprint);
  assert.deepEqual(
    unmatched.map((u) => `${u.peerRule} ${u.path}:${u.line}`),
    ['slack-bot-token scripts/notify.sh:20', 'stripe-access-token old/removed.js:1'],
  );
  assert.ok(!JSON.stringify(unmatched).includes('sk_test_FAKE'), 'an imported secret never prints');
});

test('detect-secrets baseline import re-locates by hashed_secret only and reports the rest', () => {
  const findings = [
    makeFinding({ ruleId: 'aws.access-key', path: 'config/settings.py', line: 40, secret: AWS }),
    makeFinding({ ruleId: 'generic.password', path: 'deploy/app.env', line: 5, secret: PW }),
  ];
  const baseline = JSON.stringify({
    version: '1.5.0',
    plugins_used: [{ name: 'AWSKeyDetector' }, { name: 'KeywordDetector' }],
    filters_used: [{ path: 'detect_secrets.filters.allowlist.is_line_allowlisted' }],
    results: {
      'config/settings.py': [
        { type: 'AWS Access Key', filename: 'config/settings.py', hashed_secret: sha1(AWS), is_verified: false, line_number: 2 },
      ],
      'deploy/app.env': [
        // Same line as a finding but a different secret: a hash never falls back to the line.
        { type: 'Secret Keyword', filename: 'deploy/app.env', hashed_secret: sha1('some-other-fake-password'), is_verified: false, line_number: 5 },
      ],
    },
    generated_at: '2026-01-01T00:00:00Z',
  });
  const imported = importDetectSecrets(baseline);
  assert.deepEqual(
    imported.map((e) => ({ ...e })),
    [
      { path: 'config/settings.py', line: 2, peerRule: 'AWS Access Key', secretSha1: sha1(AWS) },
      { path: 'deploy/app.env', line: 5, peerRule: 'Secret Keyword', secretSha1: sha1('some-other-fake-password') },
    ],
  );
  const { entries, unmatched } = relocateImported(imported, findings);
  assert.deepEqual(entries, [{ fingerprint: findings[0]!.fingerprint, ruleId: 'aws.access-key', path: 'config/settings.py' }]);
  assert.deepEqual(unmatched.map((u) => `${u.peerRule} ${u.path}:${u.line}`), ['Secret Keyword deploy/app.env:5']);
});

test('issue 12: a detect-secrets baseline entry for a private key matches the key finding at its line (header hash, not the key)', () => {
  // Fake key bodies: the shape of a PEM block, not a key.
  const body = (seed: string): string => Array.from({ length: 4 }, (_, i) => createHash('sha512').update(`${seed}${i}`).digest('base64').slice(0, 64)).join('\n');
  const pem = (seed: string): string => `-----BEGIN RSA PRIVATE KEY-----\n${body(seed)}\n-----END RSA PRIVATE KEY-----`;
  const oneLine = `-----BEGIN EC PRIVATE KEY-----\\n${body('c').replace(/\n/g, '\\n')}\\n-----END EC PRIVATE KEY-----`;
  const findings = [
    makeFinding({ ruleId: 'pem.rsa-private-key', path: 'deploy/keys.txt', line: 3, endLine: 8, secret: pem('a') }),
    makeFinding({ ruleId: 'pem.rsa-private-key', path: 'deploy/keys.txt', line: 20, endLine: 25, secret: pem('b') }),
    makeFinding({ ruleId: 'pem.ec-private-key', path: 'src/key.json', line: 2, column: 12, secret: oneLine }),
  ];
  // What detect-secrets 1.x stores: hashed_secret is the SHA-1 of the matched header ("BEGIN RSA PRIVATE KEY-----"),
  // or, for a key on one line with escaped newlines, of the run after the header; line_number is the header's line.
  const entry = (filename: string, line: number, hashed: string, type = 'Private Key'): Record<string, unknown> => ({ type, filename, hashed_secret: hashed, is_verified: false, line_number: line });
  const results = {
    'deploy/keys.txt': [entry('deploy/keys.txt', 20, sha1('BEGIN RSA PRIVATE KEY-----'))],
    'src/key.json': [entry('src/key.json', 2, sha1(`\\n${body('c').replace(/\n/g, '\\n')}\\n`))],
  };
  const { entries, unmatched } = relocateImported(importDetectSecrets(JSON.stringify({ version: '1.5.0', results })), findings);
  assert.deepEqual(entries.map((e) => `${e.ruleId} ${e.path} ${e.fingerprint === findings[1]!.fingerprint ? 'second' : e.fingerprint === findings[2]!.fingerprint ? 'one-line' : 'first'}`), [
    'pem.rsa-private-key deploy/keys.txt second',
    'pem.ec-private-key src/key.json one-line',
  ]);
  assert.deepEqual(unmatched, []);
  // Before 1.0 detect-secrets hashed the bare denylist text; a line inside the block matches too.
  const legacy = relocateImported(importDetectSecrets(JSON.stringify({ results: { 'deploy/keys.txt': [entry('deploy/keys.txt', 5, sha1('BEGIN RSA PRIVATE KEY'))] } })), findings);
  assert.deepEqual(legacy.entries.map((e) => e.fingerprint), [findings[0]!.fingerprint]);
  // Controls: the header hash far from any key, another key type's header, or another plugin's type match nothing.
  const controls = {
    'deploy/keys.txt': [
      entry('deploy/keys.txt', 50, sha1('BEGIN RSA PRIVATE KEY-----')),
      entry('deploy/keys.txt', 3, sha1('BEGIN DSA PRIVATE KEY-----')),
      entry('deploy/keys.txt', 20, sha1('BEGIN RSA PRIVATE KEY-----'), 'Secret Keyword'),
    ],
  };
  const none = relocateImported(importDetectSecrets(JSON.stringify({ results: controls })), findings);
  assert.deepEqual(none.entries, []);
  assert.deepEqual(none.unmatched.map((u) => `${u.peerRule} ${u.line}`), ['Private Key 50', 'Private Key 3', 'Secret Keyword 20']);
});

test('importers reject files of the wrong shape with a clear error', () => {
  assert.throws(() => importGitleaks('{"results": {}}', {}, 'r.json'), /^ConfigError: r\.json: expected a gitleaks JSON report \(an array of findings\); run gitleaks with --report-format json$/m);
  assert.throws(() => importDetectSecrets('[]', {}, '.secrets.baseline'), /\.secrets\.baseline: expected a detect-secrets baseline with a "results" object keyed by file name/);
  assert.throws(() => importGitleaks('not json', {}, 'r.json'), /r\.json: the gitleaks report is not valid JSON/);
  assert.deepEqual(importGitleaks(JSON.stringify([{ File: '/repo/src/a.ts', StartLine: 2, RuleID: 'x', Secret: 'REDACTED' }]), { root: '/repo' }), [
    { path: 'src/a.ts', line: 2, peerRule: 'x' },
  ]);
});

// Golden values for the v1 fingerprint contract: sha256(pattern id, NUL, value), lowercase hex, first 32 chars
// (fingerprintV1 in src/model/fingerprint.ts). Users' committed v1 baselines and older SARIF's keyshift/secret/v1
// key hold these values, so they are literals here, computed once by hand (node -e with node:crypto), never with
// fingerprintV1() itself. Findings now carry v2 fingerprints (fingerprint-v2.test.ts); a v1 baseline must still
// suppress them, warn, and migrate with `keyshift baseline update`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fingerprintV1 as fingerprint } from '../../src/model/fingerprint.js';
import { SECRET_FINGERPRINT_KEY } from '../../src/report/sarif.js';
import { REPO_ROOT, runCli } from '../helpers/fixtures.js';

const DATA = join(REPO_ROOT, 'test/data/baseline-v1');

/**
 * The fake tokens planted in test/data/baseline-v1/tree, their v1 fingerprints, and the v2 fingerprints a scan
 * now reports for them with the default salt (node -e: scryptSync(id NUL value, 'keyshift/fingerprint/v2' NUL
 * 'keyshift fingerprint v2 default salt', 16, { N: 1024, r: 8, p: 1 }), by hand).
 */
const GOLDEN = [
  { ruleId: 'github.pat-classic', value: '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', path: 'deploy.sh', line: 3, fingerprint: '9b1670898aa14f9af0c9e666da426792', v2: 'ks2_faa5dfc8f236c523cc16774bbbe33a0a' },
  { ruleId: 'npm.access-token', value: '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', path: '.npmrc', line: 2, fingerprint: '91b65cf841d3a47ec17f596abefea7ab', v2: 'ks2_6751c5561b119ca2e5fd37c2d43eb238' },
  { ruleId: 'aws.access-key-id', value: 'AKIAHKHCHQC7TWYLX4QX', path: 'config/settings.py', line: 2, fingerprint: '92c618c348594660c5c1e951a2aa5a9d', v2: 'ks2_c11346f999485538e540ed3c199220da' },
] as const;

const V1_WARNING = /warning: .*keyshift-baseline: a v1 baseline \(unsalted SHA-256 fingerprints, which a dictionary can reverse\); it still suppresses, but rewrite it as v2 with `keyshift baseline update`/;

/** A re-implementation with the separator as a parameter, for the control below. */
function fingerprintWith(separator: string, patternId: string, value: string): string {
  return createHash('sha256').update(`${patternId}${separator}${value}`).digest('hex').slice(0, 32);
}

test('fingerprint(pattern id, value) equals the golden v1 literals', () => {
  for (const g of GOLDEN) assert.equal(fingerprint(g.ruleId, g.value), g.fingerprint, g.ruleId);
});

test('control: the re-implementation reproduces the literals with NUL, and a changed separator does not', () => {
  for (const g of GOLDEN) {
    assert.equal(fingerprintWith('\0', g.ruleId, g.value), g.fingerprint, 'the re-implementation is faithful');
    for (const sep of [':', ' ', '', '\n']) assert.notEqual(fingerprintWith(sep, g.ruleId, g.value), g.fingerprint, `separator ${JSON.stringify(sep)}`);
  }
  // Pattern id and value both count: the same value under another pattern is another finding.
  assert.notEqual(fingerprint('github.pat-fine-grained', GOLDEN[0].value), GOLDEN[0].fingerprint);
});

test('the committed v1 baseline file holds exactly the golden entries', () => {
  const lines = readFileSync(join(DATA, 'keyshift-baseline'), 'utf8').split('\n');
  assert.equal(lines[0], '# keyshift baseline v1');
  assert.deepEqual(
    lines.filter((l) => l !== '' && !l.startsWith('#')),
    [
      '91b65cf841d3a47ec17f596abefea7ab npm.access-token .npmrc',
      '92c618c348594660c5c1e951a2aa5a9d aws.access-key-id config/settings.py',
      '9b1670898aa14f9af0c9e666da426792 github.pat-classic deploy.sh',
    ],
  );
});

interface JsonFinding {
  path: string;
  line: number;
  ruleId: string;
  fingerprint: string;
  suppressions: Array<{ kind: string; source: string }>;
}

function withTree<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'keyshift-baseline-v1-'));
  try {
    cpSync(join(DATA, 'tree'), dir, { recursive: true });
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a scan with the committed v1 baseline suppresses every finding as baseline (exit 0), reports v2 and warns once', () => {
  withTree((dir) => {
    const r = runCli(['scan', '.', '--format', 'json', '--fail-on', 'low', '--show-suppressed', '--baseline', join(DATA, 'keyshift-baseline')], dir);
    assert.equal(r.status, 0, r.stderr);
    const findings = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
    assert.deepEqual(
      findings.map((f) => ({ path: f.path, line: f.line, ruleId: f.ruleId, fingerprint: f.fingerprint, suppressions: f.suppressions })),
      [...GOLDEN]
        .sort((a, b) => (a.path < b.path ? -1 : 1))
        .map((g) => ({ path: g.path, line: g.line, ruleId: g.ruleId, fingerprint: g.v2, suppressions: [{ kind: 'external', source: 'baseline' }] })),
    );
    assert.match(r.stderr, V1_WARNING);
    assert.equal(r.stderr.split('a v1 baseline').length - 1, 1, 'warned once, not once per entry');
  });
});

test('control: without the baseline the same three findings are reported, unsuppressed (exit 1), with no v1 warning', () => {
  withTree((dir) => {
    const r = runCli(['scan', '.', '--format', 'json', '--fail-on', 'low'], dir);
    assert.equal(r.status, 1, r.stderr);
    const findings = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
    assert.deepEqual(findings.map((f) => `${f.path}:${f.line} ${f.ruleId} ${f.fingerprint} ${f.suppressions.length}`), [
      '.npmrc:2 npm.access-token ks2_6751c5561b119ca2e5fd37c2d43eb238 0',
      'config/settings.py:2 aws.access-key-id ks2_c11346f999485538e540ed3c199220da 0',
      'deploy.sh:3 github.pat-classic ks2_faa5dfc8f236c523cc16774bbbe33a0a 0',
    ]);
    assert.doesNotMatch(r.stderr, /v1 baseline/);
  });
});

test('control: a v1 baseline whose entries name other secrets suppresses nothing', () => {
  withTree((dir) => {
    const other = join(dir, 'other-baseline');
    // The same lines with each fingerprint's last digit changed: the v1 match is by hash, not by path and rule.
    writeFileSync(other, readFileSync(join(DATA, 'keyshift-baseline'), 'utf8').replace(/^([0-9a-f]{31})([0-9a-f])/gm, (_, h: string, d: string) => h + (d === '0' ? '1' : '0')));
    const r = runCli(['scan', '.', '--format', 'json', '--fail-on', 'low', '--baseline', other], dir);
    assert.equal(r.status, 1, r.stderr);
    assert.equal((JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings.filter((f) => f.suppressions.length === 0).length, 3);
  });
});

test('keyshift baseline update rewrites the v1 baseline as v2, which still suppresses and holds no v1 hash', () => {
  withTree((dir) => {
    const file = join(dir, 'migrated-baseline');
    cpSync(join(DATA, 'keyshift-baseline'), file);
    const u = runCli(['baseline', 'update', '.', '--file', 'migrated-baseline'], dir);
    assert.equal(u.status, 0, u.stderr);
    assert.equal(u.stdout, 'migrated-baseline: rewrote a v1 baseline (unsalted fingerprints) as v2 with 3 entries: 3 of 3 old entries still match a finding\n');
    const text = readFileSync(file, 'utf8');
    assert.equal(text.split('\n')[0], '# keyshift baseline v2');
    const entries = text.split('\n').filter((l) => /^ks2_/.test(l));
    assert.equal(entries.length, 3);
    for (const g of GOLDEN) assert.ok(!text.includes(g.fingerprint), `no v1 hash of ${g.ruleId} is left`);
    // Written with a fresh random salt (nothing else set one), so its fingerprints are not the default salt's.
    for (const g of GOLDEN) assert.ok(!text.includes(g.v2), 'a per-repository salt, not the default');
    const r = runCli(['scan', '.', '--format', 'json', '--fail-on', 'low', '--show-suppressed', '--baseline', 'migrated-baseline'], dir);
    assert.equal(r.status, 0, r.stderr);
    const findings = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
    assert.deepEqual(findings.map((f) => f.suppressions), GOLDEN.map(() => [{ kind: 'external', source: 'baseline' }]));
    // The scan reports the baseline's salt, so its fingerprints are exactly the entries.
    assert.deepEqual(findings.map((f) => `${f.fingerprint} ${f.ruleId} ${f.path}`).sort(), entries);
    assert.doesNotMatch(r.stderr, /v1 baseline/, 'no warning once migrated');
  });
});

test('keyshift baseline update of a v1 baseline drops (and counts) entries whose secret is gone', () => {
  withTree((dir) => {
    const file = join(dir, 'migrated-baseline');
    cpSync(join(DATA, 'keyshift-baseline'), file);
    rmSync(join(dir, 'deploy.sh'));
    const u = runCli(['baseline', 'update', '.', '--file', 'migrated-baseline'], dir);
    assert.equal(u.status, 0, u.stderr);
    assert.equal(
      u.stdout,
      'migrated-baseline: rewrote a v1 baseline (unsalted fingerprints) as v2 with 2 entries: 2 of 3 old entries still match a finding; 1 dropped: their secrets were not found by this scan, and an entry cannot be re-hashed without its secret\n',
    );
    const kept = readFileSync(file, 'utf8').split('\n').filter((l) => /^ks2_/.test(l)).map((l) => l.split(' ').slice(1).join(' '));
    assert.deepEqual(kept.sort(), ['aws.access-key-id config/settings.py', 'npm.access-token .npmrc']);
  });
});

test('SARIF partialFingerprints carry the golden v2 value under keyshift/secret/v2', () => {
  assert.equal(SECRET_FINGERPRINT_KEY, 'keyshift/secret/v2');
  withTree((dir) => {
    const r = runCli(['scan', '.', '--format', 'sarif', '--fail-on', 'none'], dir);
    assert.equal(r.status, 0, r.stderr);
    const results = (JSON.parse(r.stdout) as { runs: Array<{ results: Array<{ ruleId: string; partialFingerprints: Record<string, string> }> }> }).runs[0]!.results;
    const pat = results.find((x) => x.ruleId === 'github.pat-classic');
    // primaryLocationLineHash: sha256(rule id + fingerprint)[0:16] (src/report/sarif.ts), by hand for the v2 value.
    assert.deepEqual(pat?.partialFingerprints, { primaryLocationLineHash: 'c6be910e75cf021e:1', 'keyshift/secret/v2': 'ks2_faa5dfc8f236c523cc16774bbbe33a0a' });
  });
});

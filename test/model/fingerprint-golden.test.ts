// Golden values for the fingerprint contract: sha256(pattern id, NUL, value), lowercase hex, first 32 chars
// (src/model/secret.ts). Users' committed baselines and SARIF's keyshift/secret/v1 key hold these values, so
// they are literals here, computed once by hand (node -e with node:crypto), never with fingerprint() itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fingerprint } from '../../src/model/secret.js';
import { SECRET_FINGERPRINT_KEY } from '../../src/report/sarif.js';
import { REPO_ROOT, runCli } from '../helpers/fixtures.js';

const DATA = join(REPO_ROOT, 'test/data/baseline-v1');

/** The fake tokens planted in test/data/baseline-v1/tree and their v1 fingerprints. */
const GOLDEN = [
  { ruleId: 'github.pat-classic', value: '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', path: 'deploy.sh', line: 3, fingerprint: '9b1670898aa14f9af0c9e666da426792' },
  { ruleId: 'npm.access-token', value: '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', path: '.npmrc', line: 2, fingerprint: '91b65cf841d3a47ec17f596abefea7ab' },
  { ruleId: 'aws.access-key-id', value: 'AKIAHKHCHQC7TWYLX4QX', path: 'config/settings.py', line: 2, fingerprint: '92c618c348594660c5c1e951a2aa5a9d' },
] as const;

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

test('a scan with the committed v1 baseline suppresses every finding as baseline (exit 0)', () => {
  withTree((dir) => {
    const r = runCli(['scan', '.', '--format', 'json', '--fail-on', 'low', '--show-suppressed', '--baseline', join(DATA, 'keyshift-baseline')], dir);
    assert.equal(r.status, 0, r.stderr);
    const findings = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
    assert.deepEqual(
      findings.map((f) => ({ path: f.path, line: f.line, ruleId: f.ruleId, fingerprint: f.fingerprint, suppressions: f.suppressions })),
      [...GOLDEN]
        .sort((a, b) => (a.path < b.path ? -1 : 1))
        .map((g) => ({ path: g.path, line: g.line, ruleId: g.ruleId, fingerprint: g.fingerprint, suppressions: [{ kind: 'external', source: 'baseline' }] })),
    );
  });
});

test('control: without the baseline the same three findings are reported, unsuppressed (exit 1)', () => {
  withTree((dir) => {
    const r = runCli(['scan', '.', '--format', 'json', '--fail-on', 'low'], dir);
    assert.equal(r.status, 1, r.stderr);
    const findings = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
    assert.deepEqual(findings.map((f) => `${f.path}:${f.line} ${f.ruleId} ${f.fingerprint} ${f.suppressions.length}`), [
      '.npmrc:2 npm.access-token 91b65cf841d3a47ec17f596abefea7ab 0',
      'config/settings.py:2 aws.access-key-id 92c618c348594660c5c1e951a2aa5a9d 0',
      'deploy.sh:3 github.pat-classic 9b1670898aa14f9af0c9e666da426792 0',
    ]);
  });
});

test('SARIF partialFingerprints carry the golden value under keyshift/secret/v1', () => {
  assert.equal(SECRET_FINGERPRINT_KEY, 'keyshift/secret/v1');
  withTree((dir) => {
    const r = runCli(['scan', '.', '--format', 'sarif', '--fail-on', 'none'], dir);
    assert.equal(r.status, 0, r.stderr);
    const results = (JSON.parse(r.stdout) as { runs: Array<{ results: Array<{ ruleId: string; partialFingerprints: Record<string, string> }> }> }).runs[0]!.results;
    const pat = results.find((x) => x.ruleId === 'github.pat-classic');
    assert.deepEqual(pat?.partialFingerprints, { primaryLocationLineHash: 'a536bbafb5622186:1', 'keyshift/secret/v1': '9b1670898aa14f9af0c9e666da426792' });
  });
});

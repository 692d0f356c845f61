// Issue 13 item 5: a posture walker that throws is reported, never silent. Malformed YAML and the caps stay
// quiet (expected), but a bug in a rule (here a TypeError from broken rule data) reaches the scan's one
// per-file error path: the file is reported as skipped with an internal-error detail.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compilePosture, detectPosture } from '../../src/detect/posture.js';
import { loadPostureRules } from '../../src/catalog/posture.js';
import { runScan } from '../../src/scan/scan.js';
import type { PatternSpec, SourceItem } from '../../src/model/types.js';
import { blob } from './helpers.js';

const SPECS = loadPostureRules(undefined, { compiled: false }).patterns;
const AWS = SPECS.find((s) => s.id === 'posture.github-actions.aws-static-keys')!;
/** The job-env example: the walker reads the rule's env names for it. */
const WORKFLOW = AWS.examples[1]!;

/** The same rule with its env names broken (what a bad loader or a new walker path could hand over). */
function brokenSpec(): PatternSpec {
  return { ...AWS, posture: { ...AWS.posture!, env: null as unknown as string[] } };
}

test('posture-errors: a walker TypeError is re-thrown as an internal error (control: the sound rule finds the key)', () => {
  const path = '.github/workflows/sync.yml';
  // Control: the same file with the sound rule yields its finding, so the throw below is the rule's doing.
  assert.deepEqual(detectPosture(blob(WORKFLOW, path), 'github-workflow', compilePosture([AWS])).map((m) => `${m.patternId} ${m.line}`), [
    'posture.github-actions.aws-static-keys 7',
  ]);
  assert.throws(
    () => detectPosture(blob(WORKFLOW, path), 'github-workflow', compilePosture([brokenSpec()])),
    (err: Error) => {
      assert.match(err.message, /^internal error in the github-workflow posture detector: /);
      assert.ok(err.cause instanceof TypeError, 'the cause is kept');
      return true;
    },
  );
});

test('posture-errors: malformed YAML still yields nothing and does not throw, even with the broken rule', () => {
  for (const text of ['on: push\njobs: [\n', 'jobs:\n  a: 1\n  a: 2\n']) {
    assert.deepEqual(detectPosture(blob(text, '.github/workflows/x.yml'), 'github-workflow', compilePosture([brokenSpec()])), []);
  }
});

async function scanOne(spec: PatternSpec) {
  const item: SourceItem = { path: '.github/workflows/sync.yml', content: Buffer.from(WORKFLOW) };
  async function* items() {
    yield item;
  }
  return runScan({
    items: items(),
    patterns: [spec],
    migrations: new Map(),
    suppress: { allowlist: { paths: [], values: [], stopwords: [], patterns: {} } },
    maxFileSize: 1 << 20,
    root: process.cwd(),
    workers: 0,
  });
}

test('posture-errors: through the scan, the file is reported as skipped with the internal error, not as clean', async () => {
  // Control: the sound rule gives one finding and no skip.
  const ok = await scanOne(AWS);
  assert.deepEqual(ok.findings.map((f) => f.ruleId), ['posture.github-actions.aws-static-keys']);
  assert.deepEqual(ok.skips, []);

  const bad = await scanOne(brokenSpec());
  assert.deepEqual(bad.findings, []);
  assert.equal(bad.skips.length, 1);
  assert.equal(bad.skips[0]!.path, '.github/workflows/sync.yml');
  assert.equal(bad.skips[0]!.reason, 'unreadable');
  assert.match(bad.skips[0]!.detail ?? '', /^internal error in the github-workflow posture detector: .*not iterable/);
  // The detail names the shape, never the file's content.
  assert.doesNotMatch(bad.skips[0]!.detail ?? '', /secrets\.AWS/);
});

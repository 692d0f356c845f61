// Test paths in the web-app fixture: documented sample values are dropped, real-looking values are kept
// and marked with the test path role (a leaked value in a test is still a leaked value).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { copyScenario, runCli } from '../helpers/fixtures.js';

interface F { path: string; line: number; ruleId: string; confidence: string; pathRole: string; severity: string }

const dir = copyScenario('web-app');
let findings: F[];
try {
  const r = runCli(['scan', '.', '--format', 'json', '--fail-on', 'none'], dir);
  assert.equal(r.status, 0, r.stderr);
  findings = (JSON.parse(r.stdout) as { findings: F[] }).findings;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const inTest = findings.filter((f) => f.path === 'test/config.test.ts');

test('web-app: documented examples and placeholders in a test file are not reported (lines 6-8)', () => {
  assert.deepEqual(inTest.filter((f) => f.line >= 6 && f.line <= 8).map((f) => `${f.ruleId}:${f.line}`), []);
});

test('web-app: real-looking values in a test file are reported, with the test path role', () => {
  assert.deepEqual(inTest.map((f) => [f.line, f.ruleId, f.pathRole]), [
    [13, 'aws.access-key-id', 'test'],
    [14, 'npm.access-token', 'test'],
  ]);
});

test(
  'web-app: real-looking values in a test file are downgraded (confidence below high)',
  () => {
    for (const f of inTest) assert.notEqual(f.confidence, 'high', `${f.ruleId} at line ${f.line}`);
  },
);

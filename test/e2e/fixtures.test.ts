// Every fixture tree is scanned by the CLI as a user would run it, and the stable fields of its findings
// must equal fixtures/<scenario>/expected.json exactly (rewritten only by scripts/update-fixtures.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listScenarios, scanScenario, expectedFor } from '../helpers/fixtures.js';

const scenarios = listScenarios();

test('there are fixture scenarios to check', () => {
  assert.ok(scenarios.length >= 4, `expected at least 4 fixture scenarios, found ${scenarios.length}`);
});

for (const name of scenarios) {
  test(`fixture ${name} matches expected.json`, () => {
    const { findings, status, stderr } = scanScenario(name);
    assert.equal(status, 0, stderr);
    assert.deepEqual(findings, expectedFor(name));
  });
}

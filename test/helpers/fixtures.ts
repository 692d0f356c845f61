// Shared by the fixture test and scripts/update-fixtures.mjs: copies a fixture tree to a temporary
// folder (restoring names git cannot hold: dot-gitignore -> .gitignore), scans it with the CLI as a user
// would, and reduces the JSON report to the stable fields that expected.json holds.
import { cpSync, mkdtempSync, readdirSync, renameSync, statSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

export const REPO_ROOT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../../..');
export const CLI = join(REPO_ROOT, 'bin/keyshift.js');

export interface StableFinding {
  path: string;
  line: number;
  column: number;
  ruleId: string;
  kind: string;
  severity: string;
  context: string;
  fingerprint: string;
  suppressed: boolean;
  migration: string | null;
}

export function listScenarios(): string[] {
  const dir = join(REPO_ROOT, 'fixtures');
  return readdirSync(dir)
    .filter((n) => existsSync(join(dir, n, 'tree')))
    .sort();
}

function restoreNames(dir: string): void {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) restoreNames(p);
    else if (name === 'dot-gitignore') renameSync(p, join(dir, '.gitignore'));
    else if (name === 'dot-keyshiftignore') renameSync(p, join(dir, '.keyshiftignore'));
  }
}

export function copyScenario(name: string): string {
  const dest = mkdtempSync(join(tmpdir(), `keyshift-fixture-${name}-`));
  cpSync(join(REPO_ROOT, 'fixtures', name, 'tree'), dest, { recursive: true });
  restoreNames(dest);
  return dest;
}

export function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 256 * 1024 * 1024 });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function stableFindings(json: string): StableFinding[] {
  const report = JSON.parse(json) as { findings: Array<Record<string, unknown>> };
  return report.findings.map((f) => ({
    path: f.path as string,
    line: f.line as number,
    column: f.column as number,
    ruleId: f.ruleId as string,
    kind: f.kind as string,
    severity: f.severity as string,
    context: f.context as string,
    fingerprint: f.fingerprint as string,
    suppressed: Array.isArray(f.suppressions) && f.suppressions.length > 0,
    migration: ((f.migration as { key?: string } | undefined)?.key ?? null) as string | null,
  }));
}

export function scanScenario(name: string): { findings: StableFinding[]; status: number; stderr: string } {
  const dir = copyScenario(name);
  const r = runCli(['scan', '.', '--format', 'json', '--fail-on', 'none', '--show-suppressed'], dir);
  if (r.status !== 0) return { findings: [], status: r.status, stderr: r.stderr };
  return { findings: stableFindings(r.stdout), status: r.status, stderr: r.stderr };
}

export function expectedFor(name: string): StableFinding[] {
  return JSON.parse(readFileSync(join(REPO_ROOT, 'fixtures', name, 'expected.json'), 'utf8')) as StableFinding[];
}

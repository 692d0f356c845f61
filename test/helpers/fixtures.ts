// Shared by the fixture test and scripts/update-fixtures.mjs: copies a fixture tree to a temporary
// folder (restoring names git cannot hold: dot-gitignore -> .gitignore), scans it with the CLI as a user
// would, and reduces the JSON report to the stable fields that expected.json holds.
// The CLI the tests spawn is the tsc output (build/src/cli/bin.js, whose worker is build/src/scan/scan-worker.js
// next to scan.js), so `npx tsc && node scripts/run-tests.mjs cli` tests the current src/, never a stale
// dist/ bundle. BUNDLED_CLI (bin/keyshift.js -> dist/cli.cjs, what users run) is spawned on purpose by one test.
import { cpSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

export const REPO_ROOT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../../..');
export const CLI = join(REPO_ROOT, 'build/src/cli/bin.js');
export const BUNDLED_CLI = join(REPO_ROOT, 'bin/keyshift.js');

export interface StableFinding {
  path: string;
  line: number;
  column: number;
  ruleId: string;
  kind: string;
  severity: string;
  context: string;
  fingerprint: string;
  /**
   * The first suppression, as the report carries it: kind (inSource | external), source (directive, baseline,
   * config-allowlist) and, when there is one, the justification (a directive's reason, or the allowlist key
   * that matched: allowlist.paths, allowlist.values[0], ...). null when the finding is not suppressed.
   */
  suppression: StableSuppression | null;
  migration: string | null;
}

export interface StableSuppression {
  kind: string;
  source: string;
  justification?: string;
}

function stableSuppression(list: unknown): StableSuppression | null {
  if (!Array.isArray(list) || list.length === 0) return null;
  const s = list[0] as { kind: string; source: string; justification?: string };
  return s.justification === undefined ? { kind: s.kind, source: s.source } : { kind: s.kind, source: s.source, justification: s.justification };
}

export function listScenarios(dir: string = join(REPO_ROOT, 'fixtures')): string[] {
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

export function copyScenario(name: string, root: string = join(REPO_ROOT, 'fixtures')): string {
  const dest = mkdtempSync(join(tmpdir(), `keyshift-fixture-${name}-`));
  cpSync(join(root, name, 'tree'), dest, { recursive: true });
  restoreNames(dest);
  return dest;
}

export function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, cli: string = CLI): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 256 * 1024 * 1024 });
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
    suppression: stableSuppression(f.suppressions),
    migration: ((f.migration as { key?: string } | undefined)?.key ?? null) as string | null,
  }));
}

/** Scans a copy of fixtures/<name>/tree (or of `root`, a fixtures folder elsewhere, for tests of the check). */
export function scanScenario(name: string, root: string = join(REPO_ROOT, 'fixtures')): { findings: StableFinding[]; status: number; stderr: string } {
  const dir = copyScenario(name, root);
  try {
    const r = runCli(['scan', '.', '--format', 'json', '--fail-on', 'none', '--show-suppressed'], dir);
    if (r.status !== 0) return { findings: [], status: r.status, stderr: r.stderr };
    return { findings: stableFindings(r.stdout), status: r.status, stderr: r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function expectedFor(name: string, root: string = join(REPO_ROOT, 'fixtures')): StableFinding[] {
  return JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as StableFinding[];
}

function entryKey(f: StableFinding): string {
  return `${f.path}:${f.line}:${f.column} ${f.ruleId}`;
}

function describe(f: StableFinding): string {
  return `${f.path}:${f.line}:${f.column} ${f.ruleId} (fingerprint ${f.fingerprint})`;
}

/**
 * What changed from expected to actual, one readable line per entry: `+` added, `-` removed, `~` changed
 * (with the fields that differ). Entries are matched by path, line, column and pattern id. Only the stable
 * fields appear, so no secret value can: fingerprints identify a finding without revealing it.
 */
export function diffFindings(expected: StableFinding[], actual: StableFinding[]): string[] {
  const exp = new Map(expected.map((f) => [entryKey(f), f]));
  const act = new Map(actual.map((f) => [entryKey(f), f]));
  const out: string[] = [];
  for (const [k, f] of exp) if (!act.has(k)) out.push(`- removed  ${describe(f)}`);
  for (const [k, f] of act) {
    const e = exp.get(k);
    if (!e) {
      out.push(`+ added    ${describe(f)}`);
      continue;
    }
    const fields = (Object.keys({ ...e, ...f }) as Array<keyof StableFinding>).filter((field) => JSON.stringify(e[field]) !== JSON.stringify(f[field]));
    if (fields.length > 0) {
      const show = (x: StableFinding, field: keyof StableFinding) => (field in x ? JSON.stringify(x[field]) : '(absent)');
      const what = fields.map((field) => `${field}: ${show(e, field)} -> ${show(f, field)}`).join('; ');
      out.push(`~ changed  ${describe(f)}: ${what}`);
    }
  }
  if (out.length === 0 && JSON.stringify(expected) !== JSON.stringify(actual)) out.push('~ order    same entries in a different order (expected.json is sorted as the scan reports)');
  return out;
}

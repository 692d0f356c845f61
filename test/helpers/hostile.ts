// Shared by the hostile-input tests: temporary trees, running the built CLI as a user would (optionally as
// another uid), and the fake secrets planted in them. Never holds a real credential; big inputs are generated.
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import assert from 'node:assert/strict';
import { CLI } from './fixtures.js';
import { makeToken } from './fake-tokens.js';

export { CLI, REPO_ROOT } from './fixtures.js';

export interface CliRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  /** Run the CLI as this uid/gid (only possible as root). */
  uid?: number;
  gid?: number;
  /** Kill the CLI after this many ms; a hang then fails the test instead of the whole suite. */
  timeoutMs?: number;
  /** runCliAsync only: called with the child once it is spawned (to watch its stderr, send it a signal). */
  onSpawn?: (child: ChildProcessWithoutNullStreams) => void;
  /** runCliAsync only: the script to run instead of CLI (BUNDLED_CLI runs dist/cli.cjs). */
  cli?: string;
}

/** A fresh directory under the OS temp dir; removed by the returned cleanup. World-readable for uid runs. */
export function tempDir(label: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `keyshift-hostile-${label}-`));
  chmodSync(dir, 0o755);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true, maxRetries: 3 }) };
}

/** Runs the tsc-built CLI (`node build/src/cli/bin.js ...args`, see fixtures.ts) in cwd, synchronously. */
export function runCli(args: string[], cwd: string, opts: RunOptions = {}): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...opts.env },
    maxBuffer: 256 * 1024 * 1024,
    timeout: opts.timeoutMs ?? 60_000,
    killSignal: 'SIGKILL',
    ...(opts.uid !== undefined ? { uid: opts.uid, gid: opts.gid ?? opts.uid } : {}),
  });
  return { status: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** Runs the CLI without blocking the event loop (for tests that change the tree while it runs). */
export function runCliAsync(args: string[], cwd: string, opts: RunOptions = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [opts.cli ?? CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...opts.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    opts.onSpawn?.(child);
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr });
    });
  });
}

export interface JsonSkip {
  path: string;
  reason: string;
  detail?: string;
}

export interface JsonFinding {
  ruleId: string;
  path: string;
  line: number;
  column: number;
  preview: string;
  secret?: string;
  /** A pair rule's partner folded into this finding, redacted (src/detect/engine.ts). */
  details?: { pairedPattern?: string; pairedWith?: string };
}

export interface JsonReport {
  counts: { filesScanned: number; bytesScanned: number; filesSkipped: number; ignored: number; excluded: number; findings: number; suppressed: number };
  findings: JsonFinding[];
  skipped: JsonSkip[];
  warnings: string[];
}

/**
 * The contract every hostile case shares: the process ended by itself with exit code 0 or 1 (never 2, a
 * signal or a stack trace). Returns the parsed JSON report when the run used --format json.
 */
export function assertSurvived(r: CliRun, what: string): void {
  assert.equal(r.signal, null, `${what}: the CLI was killed (${r.signal}); it hung or crashed. stderr: ${r.stderr.slice(0, 500)}`);
  assert.ok(r.status === 0 || r.status === 1, `${what}: exit code ${r.status}, expected 0 or 1. stderr: ${r.stderr.slice(0, 500)}`);
  assert.doesNotMatch(r.stderr, /internal error|\n\s+at .+:\d+:\d+\)?\n/, `${what}: stack trace or internal error on stderr`);
}

/** Scans `target` (default '.') from `cwd` with --format json and the contract checks; returns the report. */
export function scanJson(cwd: string, extra: string[] = [], target = '.', opts: RunOptions = {}): { report: JsonReport; run: CliRun } {
  const run = runCli(['scan', target, '--format', 'json', '--workers', '0', ...extra], cwd, opts);
  assertSurvived(run, `scan ${target} ${extra.join(' ')}`);
  return { report: JSON.parse(run.stdout) as JsonReport, run };
}

/** Findings reduced to what the hostile tests assert: path, line, column and rule. */
export function locations(report: JsonReport): string[] {
  return report.findings.map((f) => `${f.path}:${f.line}:${f.column} ${f.ruleId}`);
}

export function skipOf(report: JsonReport, path: string): JsonSkip | undefined {
  return report.skipped.find((s) => s.path === path);
}

/** A fake AWS access key id, format- and checksum-valid, different per seed (never the AWS docs example). */
export function fakeAwsKey(seed: number): string {
  return makeToken('aws.access-key-id', seed);
}

/** A fake GitHub classic PAT with a valid CRC, different per seed. */
export function fakeGithubToken(seed: number): string {
  return makeToken('github.pat-classic', seed);
}

/** The line the hostile tests plant: the catalog finds the key id in it as aws.access-key-id. */
export function awsLine(seed: number): string {
  return `aws_access_key_id = ${fakeAwsKey(seed)}`;
}

export const AWS_RULE = 'aws.access-key-id';
export const GITHUB_RULE = 'github.pat-classic';

export function isRoot(): boolean {
  return process.getuid?.() === 0;
}

/** Runs a shell command and fails the test with its stderr when it does not succeed. */
export function sh(cmd: string, args: string[], cwd: string): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}: ${r.stderr || r.error?.message}`);
  return r.stdout;
}

/** git with a fixed identity and no user config, so commits work in any environment. */
export function git(args: string[], cwd: string): string {
  return sh('git', ['-c', 'user.name=keyshift-test', '-c', 'user.email=test@example.invalid', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], cwd);
}

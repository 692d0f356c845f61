// `keyshift scan` and `keyshift report`: turns options into a scan, writes the chosen format, and
// decides the exit code from --fail-on. The only scan code that touches argv, files written and exit codes.
// A report is written only once complete: to stdout in one write, or to --output through a temporary file.
import { DEFAULT_DECODE_DEPTH, MAX_DECODE_DEPTH } from '../model/decode-depth.js';
import { DEFAULT_FILE_TIMEOUT_MS, FILE_TIMEOUT_PER_MIB } from '../scan/scan.js';
import { writeFileAtomic } from '../model/atomic-write.js';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import type { Severity, ScanResult } from '../model/types.js';
import { UsageError, EXIT_CLEAN, EXIT_FINDINGS } from '../model/errors.js';
import type { CliIO } from './main.js';
import { runConfiguredScan, type ScanRequest, type ConfiguredScan } from '../scan/scan-request.js';
import { FINGERPRINT_SALT_ENV } from '../scan/settings.js';
import { parseFailOnValue, failingFindings } from '../model/fail-on.js';
import { REPORT_FORMATS, formatReportLazy, type ReportFormat as OutputFormat } from '../report/formats.js';
import { parseSize } from './parse.js';
import { formatSize } from '../model/size.js';
import { FAIL_ON_VALUES } from '../model/fail-on.js';
import { DEFAULT_MAX_FILE_SIZE } from '../config/config.js';
import { DEFAULT_CONTAINER_LIMITS, MAX_ARCHIVE_DEPTH } from '../model/archive-limits.js';
import { addForeignOptions, rejectForeignOptions } from './foreign-options.js';
import { DEFAULT_STDIN_NAME, stdinPath } from '../sources/stdin.js';

export interface ScanCliOptions {
  format: OutputFormat;
  output?: string;
  failOn?: string;
  showSecrets?: boolean;
  verbose?: boolean;
  include?: string[];
  exclude?: string[];
  maxFileSize?: string;
  archiveDepth?: string;
  archiveMaxBytes?: string;
  archiveMaxEntries?: string;
  decodeDepth?: string;
  fileTimeout?: string;
  verify?: boolean;
  /** --no-ignore (and its older spelling --no-gitignore) set these to false. */
  ignore?: boolean;
  gitignore?: boolean;
  stdinName?: string;
  config?: string;
  baseline?: string;
  showSuppressed?: boolean;
  reportUnusedDirectives?: boolean;
  maxFindings?: string;
  workers?: string;
  color?: boolean;
  staged?: boolean;
  diff?: string;
  history?: boolean;
  since?: string;
  maxCommits?: string;
  historyRef?: string[];
  progress?: boolean;
}

const collect = (v: string, prev: string[] = []): string[] => [...prev, v];

export function addScanOptions(cmd: Command, defaultFormat: OutputFormat): Command {
  return addForeignOptions(cmd)
    .addOption(new Option('-f, --format <format>', 'output format').choices([...REPORT_FORMATS]).default(defaultFormat))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--fail-on <severity>', `exit 1 when a finding is at or above this severity (${FAIL_ON_VALUES.join(', ')})`)
    .option('--show-secrets', 'print full secret values (redacted by default)')
    .option('-v, --verbose', 'list skipped files with their reasons')
    .option('--include <glob>', 'only scan paths matching this glob (repeatable)', collect)
    .option('--exclude <glob>', 'skip paths matching this glob (repeatable)', collect)
    .option('--max-file-size <size>', `skip files larger than this (bytes, or 10MiB, 500KB); default ${formatSize(DEFAULT_MAX_FILE_SIZE).replace(/\.0 | /g, '')}`)
    .option('--archive-depth <n>', `open archives (zip, jar, tar, tgz, image tarballs) and notebooks this many levels deep; 0 = scan them as plain files (default ${DEFAULT_CONTAINER_LIMITS.depth})`)
    .option('--archive-max-bytes <size>', `stop expanding an archive past this many bytes, every level counted (default ${formatSize(DEFAULT_CONTAINER_LIMITS.maxBytes).replace(/\.0 | /g, '')})`)
    .option('--archive-max-entries <n>', `stop reading an archive past this many entries, every level counted (default ${DEFAULT_CONTAINER_LIMITS.maxEntries})`)
    .option('--file-timeout <ms>', `time budget per file in milliseconds (plus ${FILE_TIMEOUT_PER_MIB} ms per MiB); a file still being scanned after it is skipped as timeout and the scan goes on; 0 = no budget (default ${DEFAULT_FILE_TIMEOUT_MS})`)
    .option('--decode-depth <n>', `decode base64, hex, percent-encoded and escaped values this many encodings deep and scan what they hold; 0 = do not decode (default ${DEFAULT_DECODE_DEPTH})`)
    .option('--verify', 'check each finding against its provider with one read-only request (README, Verification); off by default')
    .option('--no-ignore', 'also scan what .gitignore hides (.keyshiftignore and --exclude still apply)')
    .addOption(new Option('--no-gitignore', 'the older name of --no-ignore').hideHelp())
    .option('--stdin-name <path>', `with "-": the path standard input is reported under, for context and rules (default ${DEFAULT_STDIN_NAME})`)
    .option('-c, --config <file>', 'configuration file (default: .keyshift.yaml found upward from the scan root)')
    .option('--baseline <file>', 'report only findings that are not in this baseline')
    .option('--show-suppressed', 'also list suppressed findings')
    .option('--report-unused-directives', 'warn about allow directives that suppress nothing')
    .option('--max-findings <n>', 'print at most this many findings in text output')
    .option('--workers <n>', 'worker threads (0 = in-process; default: one per core)')
    .option('--no-color', 'no ANSI colours even on a terminal')
    .option('--no-progress', 'no progress line on a terminal')
    .option('--staged', 'scan what is staged for commit (the lines it adds)')
    .option('--diff <range>', 'scan the lines added between two commits: base[..head] or base...head')
    .option('--history', 'scan every commit reachable from the given refs (default: all branches)')
    .option('--since <date>', 'with --history: only commits more recent than this date')
    .option('--max-commits <n>', 'with --history: at most this many commits')
    .option('--history-ref <ref>', 'with --history: a branch, tag or range to walk (repeatable; default: all branches)', collect);
}

/** `report` is an inventory, so unlike `scan` it does not fail on findings unless asked to. */
export const REPORT_EXIT_HELP = `
Exit codes:
  0  the report was written (findings do not change this unless --fail-on is given)
  1  --fail-on was given and a finding is at or above it
  2  usage or configuration error
  130, 143  interrupted by Ctrl-C (SIGINT) or SIGTERM; nothing was written
`;

export function registerScanCommands(program: Command, io: CliIO, setExit: (code: number) => void): void {
  addScanOptions(
    program.command('scan').description('scan files or directories for secrets').argument('[paths...]', 'files or directories to scan', ['.']),
    'text',
  ).action(async (paths: string[], opts: ScanCliOptions) => {
    setExit(await scanAction(paths, opts, io));
  });
  addScanOptions(
    program
      .command('report')
      .description('write the NHI inventory and migration plan (markdown, or one self-contained HTML file with --format html) for files or directories')
      .argument('[paths...]', 'files or directories to scan', ['.'])
      .addHelpText('after', REPORT_EXIT_HELP),
    'markdown',
  ).action(async (paths: string[], opts: ScanCliOptions) => {
    setExit(await scanAction(paths, { ...opts, failOn: opts.failOn ?? 'none' }, io));
  });
}

export function parseFailOn(value: string | undefined): Severity | 'none' | undefined {
  return parseFailOnValue(value, '--fail-on');
}

function parseCount(flag: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${flag}: expected a whole number, got "${v}"`);
  return n;
}

/**
 * Options that would do nothing in this combination are usage errors (exit 2, one line), so that nobody
 * believes `--since yesterday` narrowed a scan that ignored it. Foreign (gitleaks) options get a hint.
 */
export function checkOptionCombinations(paths: string[], opts: ScanCliOptions): void {
  rejectForeignOptions(opts as unknown as Record<string, unknown>);
  const modes = [opts.staged ? '--staged' : '', opts.diff !== undefined ? '--diff' : '', opts.history ? '--history' : ''].filter(Boolean);
  if (modes.length > 1) throw new UsageError('--staged, --diff and --history cannot be combined; choose one');
  const mode = modes[0];
  if (!opts.history) {
    const historyOnly: [string, unknown][] = [['--since', opts.since], ['--max-commits', opts.maxCommits], ['--history-ref', opts.historyRef]];
    for (const [flag, value] of historyOnly) {
      if (value !== undefined) throw new UsageError(`${flag} only applies with --history; add --history, or drop ${flag}`);
    }
  }
  const noIgnore = opts.ignore === false || opts.gitignore === false;
  const stdin = paths.includes('-');
  if (stdin) {
    if (paths.length > 1) throw new UsageError('"-" (standard input) is scanned on its own; scan the other paths in another run');
    if (mode) throw new UsageError(`"-" (standard input) cannot be combined with ${mode}, which reads from git`);
    if (noIgnore) throw new UsageError('--no-ignore does nothing for standard input, which is always scanned; drop it');
    if (opts.include?.length || opts.exclude?.length) throw new UsageError('--include and --exclude do not apply to standard input, which is always scanned; drop them');
  } else if (opts.stdinName !== undefined) {
    throw new UsageError('--stdin-name only applies to standard input: keyshift scan - --stdin-name PATH');
  }
  if (mode) {
    if (paths.length > 1) throw new UsageError(`${mode} scans one repository (or one folder of it); name at most one path`);
    if (noIgnore) throw new UsageError(`--no-ignore does nothing with ${mode}, which scans what git holds; drop it`);
  }
  if (opts.maxFindings !== undefined && (opts.format === 'json' || opts.format === 'sarif')) {
    throw new UsageError(`--max-findings caps text and markdown output; --format ${opts.format} always lists every finding, so drop it`);
  }
}

export function requestFromOptions(paths: string[], opts: ScanCliOptions, io: CliIO): ScanRequest {
  checkOptionCombinations(paths, opts);
  // Checked before the scan, so a typo costs nothing; writeScanOutput reads it again.
  parseCount('--max-findings', opts.maxFindings);
  const stdin = paths.length === 1 && paths[0] === '-';
  if (stdin && !io.stdin) throw new UsageError('"-": standard input is not available here');
  return {
    cwd: io.cwd,
    targets: stdin ? [] : paths.map((p) => resolve(io.cwd, p)),
    stdin: stdin ? { name: opts.stdinName === undefined ? DEFAULT_STDIN_NAME : stdinName(opts.stdinName), stream: io.stdin!() } : undefined,
    configFile: opts.config,
    failOn: parseFailOn(opts.failOn),
    include: opts.include ?? [],
    exclude: opts.exclude ?? [],
    maxFileSize: opts.maxFileSize === undefined ? undefined : parseSize('--max-file-size', opts.maxFileSize),
    archives: archiveOverrides(opts),
    decodeDepth: decodeDepthOf(opts),
    fileTimeoutMs: parseCount('--file-timeout', opts.fileTimeout),
    verify: opts.verify ? true : undefined,
    respectGitignore: opts.ignore !== false && opts.gitignore !== false,
    baseline: opts.baseline,
    workers: parseCount('--workers', opts.workers),
    mode: opts.staged ? { kind: 'staged' } : opts.diff !== undefined ? { kind: 'diff', range: opts.diff } : opts.history ? { kind: 'history', since: opts.since, maxCommits: parseCount('--max-commits', opts.maxCommits), refs: opts.historyRef } : { kind: 'files' },
    onProgress: io.isTTY && opts.progress !== false ? progressPrinter(io) : undefined,
    reportUnusedDirectives: Boolean(opts.reportUnusedDirectives),
    signal: io.signal,
    testPause: testPauseFrom(io),
    envFingerprintSalt: io.env[FINGERPRINT_SALT_ENV],
    historyParts: historyPartsFrom(io),
  };
}

/**
 * KEYSHIFT_HISTORY_PARTS=on|off|auto (for tests and benchmarks, docs/performance.md): `--history` read and
 * scanned in parts inside the workers whatever the size (on), never (off), or from 1,000 commits on (auto).
 */
export const HISTORY_PARTS_ENV = 'KEYSHIFT_HISTORY_PARTS';

function historyPartsFrom(io: CliIO): ScanRequest['historyParts'] {
  const value = io.env[HISTORY_PARTS_ENV];
  if (value === undefined || value === '') return undefined;
  if (value !== 'on' && value !== 'off' && value !== 'auto') throw new UsageError(`${HISTORY_PARTS_ENV}: expected on, off or auto, got "${value}"`);
  return value;
}

/**
 * KEYSHIFT_TEST_PAUSE_AFTER_FILES=N (test-only, docs/fault-behaviour.md): the scan stops taking work after N
 * files and waits to be interrupted, announcing it on stderr, so the signal tests interrupt a scan under way.
 */
export const TEST_PAUSE_ENV = 'KEYSHIFT_TEST_PAUSE_AFTER_FILES';

function testPauseFrom(io: CliIO): ScanRequest['testPause'] {
  const value = io.env[TEST_PAUSE_ENV];
  if (value === undefined || value === '') return undefined;
  const afterFiles = Number(value);
  if (!Number.isInteger(afterFiles) || afterFiles < 0) throw new UsageError(`${TEST_PAUSE_ENV}: expected a whole number, got "${value}"`);
  return { afterFiles, onPause: (files) => io.stderr(`keyshift: test pause after ${files} file(s) (${TEST_PAUSE_ENV})\n`) };
}

function decodeDepthOf(opts: ScanCliOptions): number | undefined {
  const depth = parseCount('--decode-depth', opts.decodeDepth);
  if (depth !== undefined && depth > MAX_DECODE_DEPTH) throw new UsageError(`--decode-depth: expected a whole number from 0 to ${MAX_DECODE_DEPTH}, got "${opts.decodeDepth}"`);
  return depth;
}

function archiveOverrides(opts: ScanCliOptions): ScanRequest['archives'] {
  const depth = parseCount('--archive-depth', opts.archiveDepth);
  if (depth !== undefined && depth > MAX_ARCHIVE_DEPTH) throw new UsageError(`--archive-depth: expected a whole number from 0 to ${MAX_ARCHIVE_DEPTH}, got "${opts.archiveDepth}"`);
  const maxEntries = parseCount('--archive-max-entries', opts.archiveMaxEntries);
  if (maxEntries === 0) throw new UsageError('--archive-max-entries: expected a whole number, at least 1, got "0"');
  return {
    depth,
    maxBytes: opts.archiveMaxBytes === undefined ? undefined : parseSize('--archive-max-bytes', opts.archiveMaxBytes),
    maxEntries,
  };
}

/** A --stdin-name as a report path; an empty name or one with a control character is a usage error. */
function stdinName(name: string): string {
  const p = stdinPath(name);
  if (p === '' || /[\u0000-\u001f\u007f]/.test(p)) throw new UsageError('--stdin-name: expected a path such as .github/workflows/ci.yml');
  return p;
}

async function scanAction(paths: string[], opts: ScanCliOptions, io: CliIO): Promise<number> {
  const request = requestFromOptions(paths, opts, io);
  if (request.stdin && io.stdinIsTTY) io.stderr('keyshift: reading standard input (end it with Ctrl-D)\n');
  let result: ConfiguredScan;
  try {
    result = await runConfiguredScan(request);
  } finally {
    // Cleared on an error or an interruption too, so the one line that follows stands alone.
    if (request.onProgress) io.stderr('\r\x1b[K');
  }
  return writeScanOutput(result, opts, io);
}

/** Formats, writes (stdout or --output), prints warnings, and returns the exit code: shared by every scan command. */
export async function writeScanOutput(scan: ConfiguredScan, opts: ScanCliOptions, io: CliIO): Promise<number> {
  io.signal?.throwIfAborted();
  const { report, failOn, unusedDirectives } = scan;
  const out = await formatReportLazy(opts.format, report, {
    showSecrets: Boolean(opts.showSecrets),
    color: io.isTTY && opts.color !== false && !io.env.NO_COLOR && !opts.output,
    verbose: Boolean(opts.verbose),
    showSuppressed: Boolean(opts.showSuppressed),
    maxFindings: parseCount('--max-findings', opts.maxFindings),
  });
  if (opts.output) {
    try {
      writeFileAtomic(resolve(io.cwd, opts.output), out);
    } catch (err) {
      throw new UsageError(`--output: cannot write ${opts.output}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
    }
    io.stderr(`${summaryLine(report.result)}; report written to ${opts.output}\n`);
  } else {
    io.stdout(out);
  }
  for (const w of report.result.warnings) io.stderr(`keyshift: warning: ${w}\n`);
  if (opts.reportUnusedDirectives) {
    for (const d of unusedDirectives) io.stderr(`keyshift: unused directive at ${d.path}:${d.line} (${d.form}) suppresses nothing\n`);
  }
  return exitCodeFor(report.result, failOn);
}

export function exitCodeFor(result: ScanResult, failOn: Severity | 'none'): number {
  return failingFindings(result.findings, failOn).length > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}

export function summaryLine(r: ScanResult): string {
  const ignored = r.counts.ignored ? `, ${r.counts.ignored} ignored by .gitignore` : '';
  return `keyshift: ${r.counts.findings} finding(s), ${r.counts.suppressed} suppressed, in ${r.counts.filesScanned} file(s) (${r.counts.filesSkipped} skipped${ignored})`;
}

function progressPrinter(io: CliIO): (p: { files: number; bytes: number }) => void {
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (now - last < 200) return;
    last = now;
    io.stderr(`\r\x1b[Kscanning: ${p.files} files, ${formatSize(p.bytes)}`);
  };
}

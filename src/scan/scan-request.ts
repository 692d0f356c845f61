// Turns a scan request (from the CLI, the hook or the Action) into a configured scan: finds and merges
// config, assembles the catalog, picks the source (files, staged, diff, history), runs it, builds a Report.
// An aborted `signal` makes it reject with the signal's reason; it never returns a partial scan.
import type { ContainerLimits } from '../model/archive-limits.js';
import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative, resolve, sep } from 'node:path';
import type FastGlob from 'fast-glob';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { Severity, SourceItem, Skip } from '../model/types.js';
import { UsageError } from '../model/errors.js';
import { EngineCue, runScan, type ScanOptions } from './scan.js';
import type { HistoryPlan } from './history-parts.js';
import { loadEngineCatalog, type EngineCatalog } from './catalog-setup.js';
import { walkFiles, createWalkStats } from '../sources/walk.js';
import { stdinItems } from '../sources/stdin.js';
import { namedSkipWarning } from '../model/skip.js';
import { ruleHelp } from '../migrate/suggest.js';
import type { Report, RuleInfo } from '../report/types.js';
import { resolveSettings, type Settings } from './settings.js';
import { unusedDirectives } from '../suppress/apply.js';
import { unknownDirectiveIds } from '../suppress/directives.js';
import { unknownName } from '../model/suggest.js';
import { VERSION } from '../model/version.js';
import type { FixSource } from '../fix/attach.js';
import { fixable } from '../fix/paths.js';

export type ScanMode =
  | { kind: 'files' }
  | { kind: 'staged' }
  | { kind: 'diff'; range: string }
  | { kind: 'history'; since?: string; maxCommits?: number; refs?: string[] };

export interface ScanRequest {
  cwd: string;
  /** Absolute paths of files or directories. */
  targets: string[];
  configFile?: string;
  failOn?: Severity | 'none';
  include: string[];
  exclude: string[];
  maxFileSize?: number;
  /** --archive-depth, --archive-max-bytes, --archive-max-entries over the config's `archives`. */
  archives?: Partial<ContainerLimits>;
  /** --decode-depth: how many encodings deep values are decoded and rescanned (0 = off). */
  decodeDepth?: number;
  /**
   * Git sources: read .keyshiftignore files at this commit instead of the work tree (the Action on a pull
   * request: the base's ignore files, so the pull request cannot add its own).
   */
  ignoreRef?: string;
  /** Where `configFile` lives in the repository when it was read from elsewhere (its folder anchors paths). */
  configAs?: string;
  /** --file-timeout: per-file time budget in worker scans, ms (0 = none; default DEFAULT_FILE_TIMEOUT_MS). */
  fileTimeoutMs?: number;
  /** --verify: check findings against their providers (overrides `verify` in the config). */
  verify?: boolean;
  respectGitignore: boolean;
  baseline?: string;
  workers?: number;
  mode: ScanMode;
  onProgress?: (p: { files: number; bytes: number }) => void;
  /** Collect inline directives in every file, so that unused ones can be reported. */
  reportUnusedDirectives?: boolean;
  /** Items from elsewhere (the GitHub API); replaces the mode's source. */
  items?: AsyncIterable<SourceItem | Skip>;
  /** `keyshift scan -`: standard input as one file under `name` (files mode only; `targets` is then empty). */
  stdin?: { name: string; stream: AsyncIterable<Uint8Array | string> };
  /** Aborted on SIGINT or SIGTERM by the CLI: the scan stops, its workers are terminated, nothing is returned. */
  signal?: AbortSignal;
  /**
   * --history across workers (src/scan/history-parts.ts): 'auto' from PARTS_MIN_COMMITS commits on, 'on'
   * whatever the size, 'off' the one-stream walk (KEYSHIFT_HISTORY_PARTS, for tests and benchmarks).
   */
  historyParts?: 'auto' | 'on' | 'off';
  /** Test-only: see ScanOptions.testPause (KEYSHIFT_TEST_PAUSE_AFTER_FILES). */
  testPause?: ScanOptions['testPause'];
  /**
   * The salt of every fingerprint this scan reports, over KEYSHIFT_FINGERPRINT_SALT, the config and the baseline
   * (docs/fingerprints.md). Pass one salt to every scan of an organisation (`keyshift github scan-org`) and the same
   * secret has the same fingerprint in each repository. 16 to 1024 printable characters; never printed.
   */
  fingerprintSalt?: string;
  /** KEYSHIFT_FINGERPRINT_SALT, as the entry point read it from its environment (only entry points read env). */
  envFingerprintSalt?: string;
  /** Used when no salt is set anywhere, instead of the built-in default: `baseline create` passes a random one. */
  fallbackFingerprintSalt?: string;
}

export interface ConfiguredScan {
  report: Report;
  failOn: Severity | 'none';
  settings: Settings;
  catalog: EngineCatalog;
  unusedDirectives: { path: string; line: number; form: string }[];
}

export async function runConfiguredScan(req: ScanRequest): Promise<ConfiguredScan> {
  const expanded = expandTargets(req.targets, req.cwd);
  req = { ...req, targets: expanded.targets, include: [...req.include, ...expanded.include] };
  const firstDir = req.targets[0] ? dirOf(req.targets[0]) : req.cwd;
  const settings = resolveSettings(req, firstDir);
  const walkStats = createWalkStats();
  // A staged or diff scan starts its git processes before the catalog is parsed, so git runs on the other
  // core meanwhile (a pre-commit hook's wall time; docs/performance.md). Errors keep their order: a catalog
  // or configuration error is thrown before git's is looked at.
  const cue = new EngineCue();
  const early = !req.items && !req.stdin && (req.mode.kind === 'staged' || req.mode.kind === 'diff') ? primed(await sourceFor(req, settings, walkStats, false, cue)) : undefined;
  let catalog: EngineCatalog;
  try {
    catalog = loadEngineCatalog(settings.catalog);
  } catch (err) {
    early?.cancel();
    throw err;
  }
  const history = req.mode.kind === 'history' && !req.items ? await historyPlan(req, req.mode, settings, walkStats.warnings) : undefined;
  const source = early?.items ?? req.items ?? (req.stdin ? stdinItems(req.stdin.stream, req.stdin.name, settings.maxFileSize) : await sourceFor(req, settings, walkStats, history !== undefined));
  // CI files (workflows, .gitlab-ci.yml, .npmrc) are kept as they pass, for the fixes findings carry.
  const ciFiles = new Map<string, { content?: Uint8Array; absPath?: string; addedLines?: number[] }>();
  const items = req.mode.kind === 'history' ? source : keepCiFiles(source, ciFiles);
  const result = await runScan({
    items,
    patterns: catalog.active,
    migrations: catalog.migrations,
    suppress: settings.suppress,
    maxFileSize: settings.maxFileSize,
    root: settings.root,
    workers: req.workers,
    onProgress: req.onProgress,
    collectDirectives: req.reportUnusedDirectives,
    containers: settings.archives,
    decodeDepth: settings.decodeDepth,
    fileTimeoutMs: req.fileTimeoutMs,
    signal: req.signal,
    testPause: req.testPause,
    fingerprintSalt: settings.fingerprintSalt.value,
    history,
    ...(early !== undefined && { eagerEngine: cue }),
  });
  if (settings.suppress.baseline?.scheme?.version === 1) {
    result.warnings.push(`${settings.baselineFile ?? 'baseline'}: a v1 baseline (unsalted SHA-256 fingerprints, which a dictionary can reverse); it still suppresses, but rewrite it as v2 with \`keyshift baseline update\` (docs/fingerprints.md)`);
  }
  if (req.mode.kind === 'history') {
    const { consolidateHistory } = await import('../sources/git-history.js');
    try {
      const streams = history?.parts === 'off' ? 1 : Math.max(1, req.workers ?? Math.min(availableParallelism(), 8));
      await consolidateHistory(result, { cwd: req.cwd, target: req.targets[0], mode: req.mode, commits: history?.commits, streams, removals: result.historyRemovals?.lookup });
    } finally {
      result.historyRemovals?.close();
      delete result.historyRemovals;
    }
    req.signal?.throwIfAborted();
  }
  // Verification: only when asked for, and only of what would be reported (suppressed findings are not sent).
  // A staged scan (the pre-commit hook) verifies only on an explicit --verify, never from the config file.
  if (req.mode.kind === 'staged' ? req.verify === true : settings.verify.enabled) {
    const { verifyFindings } = await import('../verify/verify.js');
    await verifyFindings(result.findings.filter((f) => f.suppressions.length === 0), { endpoints: settings.verify.endpoints, timeoutMs: settings.verify.timeoutMs });
    req.signal?.throwIfAborted();
  }
  if (ciFiles.size > 0 && result.findings.some((f) => ciFiles.has(f.path))) (await import('../fix/attach.js')).attachFixes(result.findings, catalog.active.filter((p) => p.posture !== undefined), fixSources(ciFiles));
  // A path the user named (or stdin) that was not scanned is never skipped in silence.
  const named = new Set(req.stdin ? [req.stdin.name] : walkStats.named);
  const namedSkips = result.skips.filter((s) => named.has(s.path)).map(namedSkipWarning);
  result.warnings.unshift(...catalog.warnings, ...walkStats.warnings, ...namedSkips);
  result.warnings.push(...directiveWarnings(result.directives, catalog));
  const used = new Set(result.findings.map((f) => f.ruleId));
  // The active specs carry config severity overrides, so SARIF rules show the severity the scan used.
  const rules: RuleInfo[] = catalog.active.filter((p) => used.has(p.id)).map((spec) => ({ spec, help: ruleHelp(spec, catalog.migrations) }));
  return {
    report: { result, rules, tool: { name: 'keyshift', version: VERSION, informationUri: 'https://github.com/keyshift/keyshift' } },
    failOn: settings.failOn,
    settings,
    catalog,
    unusedDirectives: unusedDirectives(result.directives),
  };
}

/** One warning per inline directive naming an unknown pattern id, with the closest real id. */
function directiveWarnings(directives: Parameters<typeof unknownDirectiveIds>[0], catalog: EngineCatalog): string[] {
  const ids = catalog.all.map((p) => p.id);
  return unknownDirectiveIds(directives, new Set(ids)).map((d) => {
    const { shown, near } = unknownName(d.patternId, ids);
    return `${d.path}:${d.line}: ${d.form} names ${shown}, which is no pattern id, so it suppresses nothing${near ? `; did you mean "${near}"?` : ''}`;
  });
}

/**
 * A target that does not exist but is a glob (`'src/**' + '/*.ts'`, quoted so the shell leaves it alone, or
 * the Action's `paths` input) becomes its static base folder plus an include glob, so that ignore files,
 * excludes and symlink rules apply exactly as in a folder scan. fast-glob tells a glob from a name and finds
 * its base; the walker matches the rest with micromatch.
 */
export function expandTargets(targets: string[], cwd: string): { targets: string[]; include: string[] } {
  const out: string[] = [];
  const include: string[] = [];
  for (const t of targets) {
    // existsSync follows links: a symlink loop or a dangling link is still a named target, which the
    // walker reports for what it is (skip reason symlink-loop; a dangling link names its target).
    if (existsSync(t) || isSymlink(t)) {
      out.push(t);
      continue;
    }
    const rel = relative(cwd, t).split(sep).join('/');
    if (!rel.startsWith('..') && fastGlob().isDynamicPattern(rel)) {
      const base = fastGlob().generateTasks([rel])[0]?.base ?? '.';
      if (!existsSync(resolve(cwd, base))) throw new UsageError(`${rel}: no folder ${base} to match the glob in`);
      out.push(resolve(cwd, base));
      include.push(rel);
      continue;
    }
    throw new UsageError(`cannot scan ${t}: no such file or directory`);
  }
  return { targets: [...new Set(out)], include };
}

function isSymlink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

function dirOf(p: string): string {
  try {
    return statSync(p).isDirectory() ? p : dirname(p);
  } catch {
    return dirname(p);
  }
}

/**
 * --history: the walk's commits in scan order and the source's inputs as plain data (a worker rebuilds the
 * source of a part from them); the shallow-clone warning is given here, once, whichever path the scan takes.
 */
async function historyPlan(req: ScanRequest, mode: Extract<ScanMode, { kind: 'history' }>, s: Settings, warnings: string[]): Promise<HistoryPlan> {
  const git = await import('../sources/git-history.js');
  const source = {
    cwd: req.cwd,
    target: req.targets[0] ?? req.cwd,
    settings: { include: s.include, exclude: s.exclude, ignoreFileNames: s.ignoreFileNames, maxFileSize: s.maxFileSize, ...(req.ignoreRef !== undefined ? { ignoreRef: req.ignoreRef } : {}) },
  };
  const commits = await git.historyCommits(mode, source);
  await git.shallowWarning(req.cwd, warnings);
  return { commits, mode: { since: mode.since, maxCommits: mode.maxCommits, refs: mode.refs }, source, parts: req.historyParts ?? 'auto' };
}

async function sourceFor(req: ScanRequest, s: Settings, stats: ReturnType<typeof createWalkStats>, warned = false, cue?: EngineCue): Promise<AsyncIterable<SourceItem | Skip>> {
  switch (req.mode.kind) {
    case 'files':
      return walkFiles(req.targets, {
        cwd: req.cwd,
        include: s.include,
        exclude: s.exclude,
        ignoreFileNames: s.ignoreFileNames,
        respectGitignore: req.respectGitignore,
        maxFileSize: s.maxFileSize,
        stats,
      });
    default: {
      const git = await import('../sources/git-source.js');
      return git.gitItems(req.mode, { cwd: req.cwd, target: req.targets[0] ?? req.cwd, settings: { ...s, ignoreRef: req.ignoreRef }, warnings: warned ? undefined : stats.warnings, ...(cue && { onBlobsAsked: () => cue.cue() }) });
    }
  }
}


/**
 * The source with its first item already asked for, so that a generator runs up to its first wait (git's
 * processes spawned) now rather than when the scan first asks. The first answer is handed to the scan as
 * it is, an error included; cancel() ends the source when the scan will not run.
 */
function primed<T>(source: AsyncIterable<T>): { items: AsyncIterable<T>; cancel: () => void } {
  const it = source[Symbol.asyncIterator]();
  let first: Promise<IteratorResult<T>> | undefined = it.next();
  first.catch(() => undefined); // looked at by the scan; not unhandled when the scan never runs
  const iterator: AsyncIterator<T> = {
    next: () => {
      const f = first;
      first = undefined;
      return f ?? it.next();
    },
    return: (value?: unknown) => it.return?.(value) ?? Promise.resolve({ done: true, value: undefined }),
  };
  return {
    items: { [Symbol.asyncIterator]: () => iterator },
    cancel: () => void it.return?.(undefined).catch(() => undefined),
  };
}

async function* keepCiFiles(items: AsyncIterable<SourceItem | Skip>, into: Map<string, { content?: Uint8Array; absPath?: string; addedLines?: number[] }>): AsyncIterable<SourceItem | Skip> {
  for await (const item of items) {
    if ('path' in item && !('reason' in item) && fixable(item.path)) into.set(item.path, { content: item.content, absPath: item.absPath, addedLines: item.addedLines });
    yield item;
  }
}

/** The kept CI files as text: in-memory content as it was scanned; a file on disk is read (they are small). */
function fixSources(files: Map<string, { content?: Uint8Array; absPath?: string; addedLines?: number[] }>): Map<string, FixSource> {
  const out = new Map<string, FixSource>();
  for (const [path, f] of files) {
    try {
      const text = f.content !== undefined ? Buffer.from(f.content).toString('utf8') : f.absPath !== undefined ? readFileSync(f.absPath, 'utf8') : undefined;
      if (text !== undefined && text.length <= MAX_FIX_SOURCE) out.set(path, { text, addedLines: f.addedLines });
    } catch {
      // Gone since it was scanned: its findings carry no fix.
    }
  }
  return out;
}

/** A CI file larger than this carries no fixes (no workflow is). */
const MAX_FIX_SOURCE = 1024 * 1024;

let fastGlobLib: typeof FastGlob | undefined;

/**
 * fast-glob, loaded on first use (only a scan with glob roots asks), so a pre-commit hook does not evaluate
 * it and its dependencies. A bundle defines `require` and esbuild inlines the call; plain Node ESM has none.
 */
function fastGlob(): typeof FastGlob {
  return (fastGlobLib ??= (typeof require === 'function' ? require('fast-glob') : createRequire(import.meta.url)('fast-glob')) as typeof FastGlob);
}

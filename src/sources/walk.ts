// The file walker: scan targets -> a stream of SourceItem (path + absPath) and Skip, in git's path order.
// Decides what to scan (git's file list or a directory walk, ignore files, globs, symlink rules); never reads contents.
import { spawn, execFile } from 'node:child_process';
import type { Dirent } from 'node:fs';
import * as fs from 'node:fs';
import * as path from 'node:path';
import micromatch from 'micromatch';
import { UsageError } from '../model/errors.js';
import type { Skip, SkipReason, SourceItem } from '../model/types.js';
import { ignoredBy, layerName, loadLayer, type IgnoreLayer } from './gitignore.js';

export interface WalkOptions {
  /** Paths are reported relative to this directory when the file is under it. */
  cwd: string;
  /** Micromatch globs (dot: true; a glob without '/' also matches the basename); empty means everything. */
  include: string[];
  /** Micromatch globs; a matching directory is not descended. */
  exclude: string[];
  /** Extra ignore files in gitignore syntax, honoured at the target root and below: ['.keyshiftignore']. */
  ignoreFileNames: string[];
  /** Honour .gitignore (git's own view inside a work tree, nested .gitignore files elsewhere). */
  respectGitignore: boolean;
  /** Part of the stage contract; the size cap is enforced by readBlob, which stats every file anyway. */
  maxFileSize: number;
  /** Filled in as the generator runs. */
  stats?: WalkStats;
}

export interface WalkStats {
  /** SourceItems yielded. */
  items: number;
  /**
   * Skipped entries by reason, yielded or silent. 'ignored' (hidden by .gitignore, .git/info/exclude or
   * core.excludesFile) and 'excluded' (.keyshiftignore and the other ignore files, exclude globs) are
   * yielded as Skips; a pruned directory is one entry, its path ending in '/', and is never descended just
   * to count what it holds. Silent: files that match no include glob (counted as 'excluded', not yielded:
   * they were never asked for) and files git lists that are gone from the work tree ('vanished').
   */
  skips: Record<SkipReason, number>;
  /** Paths (as reported) of the files the user named as targets: a Skip for one of them deserves a warning. */
  named: string[];
  /** Targets walked with git's file list, and with a directory walk. */
  gitTargets: number;
  fsTargets: number;
  /** Non-fatal problems (git unusable, so a directory walk was used instead). */
  warnings: string[];
}

export function createWalkStats(): WalkStats {
  return {
    items: 0,
    skips: {
      binary: 0,
      'too-large': 0,
      unreadable: 0,
      'invalid-encoding': 0,
      'symlink-loop': 0,
      'symlink-outside-root': 0,
      'not-a-regular-file': 0,
      ignored: 0,
      excluded: 0,
      vanished: 0,
      'missing-object': 0,
      timeout: 0,
      'archive-bomb': 0,
      'archive-unsafe-path': 0,
      'archive-limit': 0,
      'archive-unsupported': 0,
    },
    gitTargets: 0,
    fsTargets: 0,
    warnings: [],
    named: [],
  };
}

type Entry = SourceItem | Skip;

interface Target {
  /** As given by the user (for messages). */
  given: string;
  abs: string;
  kind: 'dir' | 'file' | 'special' | 'error';
  detail?: string;
}

interface Ctx {
  cwd: string;
  opts: WalkOptions;
  stats: WalkStats;
  isExcluded: (shown: string) => boolean;
  isIncluded: (shown: string) => boolean;
}

/** Why a path keyshift's own rules leave out was skipped; exclude globs come from --exclude and the config's `exclude`. */
const EXCLUDE_GLOB = 'matches an exclude glob (--exclude or the config)';
const NOT_INCLUDED = 'matches no include glob';
/** In git mode git decides, and does not say which of its ignore sources it was. */
const GIT_IGNORED = 'by .gitignore, .git/info/exclude or core.excludesFile';

function ignoredSkip(shown: string, isDir: boolean, layer: IgnoreLayer): Skip {
  return { path: isDir ? `${shown}/` : shown, reason: 'ignored', detail: `by ${layerName(layer)}` };
}

function excludedSkip(shown: string, isDir: boolean, detail: string): Skip {
  return { path: isDir ? `${shown}/` : shown, reason: 'excluded', detail };
}

/**
 * Whether a pruned path is yielded, or only counted: with include globs (`keyshift scan 'src/**' + '/*.ts'`) a
 * pruned directory may hold nothing that was asked for, so listing it would be noise.
 */
function reportSkip(ctx: Ctx, skip: Skip): boolean {
  if (ctx.opts.include.length === 0 || !skip.path.endsWith('/')) return true;
  ctx.stats.skips[skip.reason]++;
  return false;
}

/**
 * The folder reported paths are relative to (the report's root): the working directory, except for a single
 * directory target outside it (`keyshift scan /srv/app` from elsewhere), whose paths are then relative to
 * that directory. Several targets outside the working directory are reported as `../x/...` so they never
 * collide.
 */
export function reportBase(targets: readonly string[], cwd: string): string {
  const base = path.resolve(cwd);
  if (targets.length !== 1) return base;
  const abs = path.resolve(base, targets[0]!);
  const r = path.relative(base, abs);
  const outside = r === '..' || r.startsWith(`..${path.sep}`) || path.isAbsolute(r);
  if (!outside) return base;
  try {
    return fs.statSync(abs).isDirectory() ? abs : path.dirname(abs);
  } catch {
    return base;
  }
}

export async function* walkFiles(targets: string[], opts: WalkOptions): AsyncGenerator<SourceItem | Skip> {
  const cwd = reportBase(targets, opts.cwd);
  const stats = opts.stats ?? createWalkStats();
  const ctx: Ctx = { cwd, opts, stats, ...globFilters(opts) };
  // Every target is checked before anything is yielded, so a typo fails the run before it starts.
  const prepared = targets.map((t) => prepareTarget(t, cwd));
  const seen = prepared.length > 1 ? new Set<string>() : undefined;
  for (const t of prepared) {
    for await (const entry of walkTarget(t, ctx)) {
      if (seen) {
        if (seen.has(entry.path)) continue;
        seen.add(entry.path);
      }
      if ('reason' in entry) stats.skips[entry.reason]++;
      else stats.items++;
      yield entry;
    }
  }
}

function prepareTarget(given: string, cwd: string): Target {
  const abs = path.resolve(cwd, given);
  let st: fs.Stats;
  try {
    st = fs.statSync(abs);
  } catch (err) {
    const code = errCode(err);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      const link = linkTarget(abs);
      if (link !== undefined) throw new UsageError(`scan target ${given} is a symbolic link to ${link}, which does not exist; check the link`);
      throw new UsageError(`scan target not found: ${given} (resolved against ${cwd}); check the path`);
    }
    if (code === 'ELOOP') return { given, abs, kind: 'error', detail: 'symbolic link loop' };
    return { given, abs, kind: 'error', detail: code ?? 'cannot stat' };
  }
  if (st.isDirectory()) return { given, abs, kind: 'dir' };
  if (st.isFile()) return { given, abs, kind: 'file' };
  return { given, abs, kind: 'special', detail: statKind(st) };
}

/** Where a symbolic link points (as written in the link), or undefined when the path is not a link. */
function linkTarget(abs: string): string | undefined {
  try {
    return fs.readlinkSync(abs);
  } catch {
    return undefined;
  }
}

async function* walkTarget(t: Target, ctx: Ctx): AsyncGenerator<Entry> {
  if (t.kind !== 'dir') {
    // An explicit file is scanned even if an ignore file names it; the include and exclude globs still apply.
    const show = reporter(ctx.cwd, path.dirname(t.abs));
    const shown = show(path.basename(t.abs));
    ctx.stats.named.push(shown);
    if (t.kind === 'error') {
      yield { path: shown, reason: t.detail === 'symbolic link loop' ? 'symlink-loop' : 'unreadable', detail: t.detail };
    } else if (ctx.isExcluded(shown) || !ctx.isIncluded(shown)) {
      yield excludedSkip(shown, false, ctx.isExcluded(shown) ? EXCLUDE_GLOB : NOT_INCLUDED);
    } else if (t.kind === 'special') {
      yield { path: shown, reason: 'not-a-regular-file', detail: t.detail };
    } else {
      yield { path: shown, absPath: t.abs };
    }
    return;
  }
  const repo = ctx.opts.respectGitignore ? await gitTopLevel(t.abs) : {};
  if (repo.warning) ctx.stats.warnings.push(`${t.given}: ${repo.warning}`);
  if (repo.top !== undefined) {
    let yielded = 0;
    // What git ignores comes last; it is held back until it is clear that git's list is used at all.
    const ignored: Skip[] = [];
    try {
      for await (const e of walkGit(t, repo.top, ctx)) {
        if ('reason' in e && e.reason === 'ignored') {
          ignored.push(e);
          continue;
        }
        yielded++;
        yield e;
      }
      // git lists nothing inside an ignored directory, but a directory named explicitly (a build
      // output, say) is meant to be scanned: walk it as a plain directory instead.
      if (yielded > 0 || !(await gitIgnoresDir(t.abs))) {
        ctx.stats.gitTargets++;
        yield* ignored;
        return;
      }
      ctx.stats.warnings.push(`${t.given} is ignored by git; walked it as a plain directory`);
    } catch (err) {
      if (yielded > 0 || !(err instanceof GitListError)) throw err;
      ctx.stats.warnings.push(`${err.message}; walked ${t.given} without git instead`);
    }
  }
  ctx.stats.fsTargets++;
  yield* walkDirectory(t, ctx);
}

// ---------------------------------------------------------------------------------------------
// Directory walk (outside git, or with respectGitignore off)

interface Frame {
  abs: string;
  /** Real path of the directory (the root's realpath plus names: symlinked directories are never entered). */
  real: string;
  /** Relative to the target, POSIX, '' for the target itself. */
  rel: string;
  /** .gitignore files, and keyshift's own ignore files (.keyshiftignore): two cascades, so each skip names its cause. */
  layers: IgnoreLayer[];
  own: IgnoreLayer[];
  entries?: Dirent[];
  next: number;
}

async function* walkDirectory(t: Target, ctx: Ctx): AsyncGenerator<Entry> {
  // Paths inside the walk are relative to an anchor: cwd when the target is under it, else the target.
  // Ignore files between the anchor and the target apply too, as they do in git's own list.
  const anchor = isInside(t.abs, ctx.cwd) ? ctx.cwd : t.abs;
  const show = reporter(ctx.cwd, anchor);
  let realRoot: string;
  try {
    realRoot = fs.realpathSync.native(t.abs);
  } catch (err) {
    yield { path: show(toPosix(path.relative(anchor, t.abs))), reason: 'unreadable', detail: errCode(err) ?? 'cannot resolve' };
    return;
  }
  const gitNames = ctx.opts.respectGitignore ? ['.gitignore'] : [];
  const ownNames = ctx.opts.ignoreFileNames;
  const rootRel = toPosix(path.relative(anchor, t.abs));
  const ancestorLayers = (names: string[]): IgnoreLayer[] => {
    let layers: IgnoreLayer[] = [];
    if (rootRel === '') return layers;
    for (let d = parentOf(rootRel); ; d = parentOf(d)) {
      const found: IgnoreLayer[] = [];
      for (const name of names) {
        const layer = loadLayer(path.join(anchor, d, name), d);
        if (layer) found.push(layer);
      }
      layers = [...found, ...layers];
      if (d === '') break;
    }
    return layers;
  };
  const stack: Frame[] = [{ abs: t.abs, real: realRoot, rel: rootRel, layers: ancestorLayers(gitNames), own: ancestorLayers(ownNames), next: 0 }];
  while (stack.length > 0) {
    const f = stack[stack.length - 1] as Frame;
    if (!f.entries) {
      try {
        f.entries = await fs.promises.readdir(f.abs, { withFileTypes: true });
      } catch (err) {
        stack.pop();
        yield dirError(show(f.rel), err);
        continue;
      }
      f.entries.sort(compareDirents);
      f.layers = addLayers(f.layers, f.entries, f.abs, f.rel, gitNames);
      f.own = addLayers(f.own, f.entries, f.abs, f.rel, ownNames);
    }
    const d = f.entries[f.next++];
    if (!d) {
      stack.pop();
      continue;
    }
    const name = d.name;
    if (name === '.git') continue;
    const rel = f.rel === '' ? name : `${f.rel}/${name}`;
    const abs = path.join(f.abs, name);
    const shown = show(rel);
    if (name.includes('\uFFFD') && !exists(abs)) {
      yield { path: shown, reason: 'unreadable', detail: 'name is not valid UTF-8' };
      continue;
    }
    const isDir = d.isDirectory();
    if (!isDir && !ctx.isIncluded(shown)) {
      ctx.stats.skips.excluded++;
      continue;
    }
    // keyshift's own exclusions first: --no-ignore would not bring such a path back, so it is not 'ignored'.
    const own = ignoredBy(f.own, rel, isDir);
    const git = own || ctx.isExcluded(shown) ? undefined : ignoredBy(f.layers, rel, isDir);
    const pruned = own ? excludedSkip(shown, isDir, `by ${layerName(own)}`) : ctx.isExcluded(shown) ? excludedSkip(shown, isDir, EXCLUDE_GLOB) : git ? ignoredSkip(shown, isDir, git) : undefined;
    if (pruned) {
      if (reportSkip(ctx, pruned)) yield pruned;
      continue;
    }
    if (isDir) {
      stack.push({ abs, real: path.join(f.real, name), rel, layers: f.layers, own: f.own, next: 0 });
      continue;
    }
    if (d.isFile()) {
      yield { path: shown, absPath: abs };
    } else if (d.isSymbolicLink()) {
      yield classifySymlink(abs, shown, realRoot, f.real);
    } else {
      yield { path: shown, reason: 'not-a-regular-file', detail: direntKind(d) };
    }
  }
}

function addLayers(parent: IgnoreLayer[], entries: Dirent[], dirAbs: string, rel: string, names: string[]): IgnoreLayer[] {
  let layers = parent;
  for (const name of names) {
    // Only a regular file is read: a FIFO named .gitignore must not block the walk.
    if (!entries.some((e) => e.name === name && e.isFile())) continue;
    const layer = loadLayer(path.join(dirAbs, name), rel);
    if (layer) layers = layers === parent ? [...parent, layer] : [...layers, layer];
  }
  return layers;
}

function dirError(shown: string, err: unknown): Skip {
  const code = errCode(err);
  if (code === 'ENOENT' || code === 'ENOTDIR') return { path: shown, reason: 'vanished', detail: 'directory deleted during the scan' };
  if (code === 'EACCES' || code === 'EPERM') return { path: shown, reason: 'unreadable', detail: 'permission denied (directory)' };
  return { path: shown, reason: 'unreadable', detail: `${code ?? 'error'} (directory)` };
}

// ---------------------------------------------------------------------------------------------
// Git work tree: git's own list honours .gitignore, .git/info/exclude and core.excludesFile exactly

class GitListError extends Error {}

/** Environment for git children: drop variables a hook may set, so git finds the repo from its cwd. */
function gitEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.GIT_DIR;
  delete env.GIT_WORK_TREE;
  delete env.GIT_INDEX_FILE;
  return env;
}

// A scanned tree is untrusted: core.fsmonitor in its .git/config would run a command of its choosing.
const GIT_SAFE = ['-c', 'core.fsmonitor=false', '-c', 'core.quotepath=off'];

function gitTopLevel(dir: string): Promise<{ top?: string; warning?: string }> {
  return new Promise((resolve) => {
    execFile('git', [...GIT_SAFE, 'rev-parse', '--show-toplevel'], { cwd: dir, env: gitEnv() }, (err, stdout, stderr) => {
      const top = String(stdout).trim();
      if (!err && top !== '') return resolve({ top });
      // Not a repository, or no git at all: a plain directory walk, silently. A repository git refuses
      // to use (owned by another user) is worth a warning: .gitignore is then read by keyshift itself.
      if (String(stderr).includes('dubious ownership')) {
        return resolve({ warning: 'git refuses this repository (dubious ownership; see git config safe.directory); walked it without git' });
      }
      resolve({});
    });
  });
}

/** Whether git ignores the directory itself (`git check-ignore` exits 0). */
function gitIgnoresDir(dir: string): Promise<boolean> {
  return new Promise((resolve) => {
    execFile('git', [...GIT_SAFE, 'check-ignore', '-q', '--', '.'], { cwd: dir, env: gitEnv() }, (err) => resolve(!err));
  });
}

/** Streams `git ls-files -z` output, one path (relative to cwd) at a time, without buffering the list. */
async function* gitLsFiles(cwd: string, which: string[], pathspecs: string[] = [], warnings?: string[]): AsyncGenerator<string> {
  const args = [...GIT_SAFE, 'ls-files', '-z', ...which];
  if (pathspecs.length > 0) args.push('--', ...pathspecs);
  const child = spawn('git', args, { cwd, env: gitEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (s: string) => {
    if (stderr.length < 2000) stderr += s;
  });
  let spawnError: Error | undefined;
  const closed = new Promise<number | null>((resolve) => {
    child.on('error', (e) => {
      spawnError = e;
      resolve(null);
    });
    child.on('close', (code) => resolve(code));
  });
  try {
    let rest: Buffer = Buffer.alloc(0);
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      const buf = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
      let start = 0;
      let nul = buf.indexOf(0, start);
      while (nul !== -1) {
        yield buf.toString('utf8', start, nul);
        start = nul + 1;
        nul = buf.indexOf(0, start);
      }
      rest = buf.subarray(start);
    }
    const code = await closed;
    if (spawnError || code !== 0) {
      const why = spawnError?.message ?? (stderr.trim().split('\n')[0] || `exit code ${code}`);
      throw new GitListError(`git ls-files failed in ${cwd}: ${why}`);
    }
    // git lists what it can and exits 0 when it cannot open a directory (a path past PATH_MAX, say):
    // those parts of the tree were not listed, so say so rather than scan less in silence.
    for (const line of stderr.split('\n')) {
      const w = line.trim();
      if (w && warnings && !warnings.includes(w)) warnings.push(`git ls-files: ${w.replace(/^warning:\s*/, '')} (not scanned)`);
    }
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill();
  }
}

async function* walkGit(t: Target, top: string, ctx: Ctx): AsyncGenerator<Entry> {
  // What git ignores is listed by one more `git ls-files`, started first so that it runs alongside the
  // other listings; --directory reports a wholly ignored directory (node_modules/) as one entry without
  // descending into it.
  const ignoredList = collectList(gitLsFiles(t.abs, ['--others', '--ignored', '--exclude-standard', '--directory'], [], ctx.stats.warnings));
  const show = reporter(ctx.cwd, t.abs);
  const realRoot = fs.realpathSync.native(t.abs);
  // Ignore-file layers are keyed by directory relative to the repository top, so ignore files between
  // the top and the target apply too, as .gitignore files there do in git's own list.
  const targetInRepo = toPosix(path.relative(top, realRoot));
  const topRel = (p: string): string => (targetInRepo === '' ? p : p === '' ? targetInRepo : `${targetInRepo}/${p}`);
  const own = new Map<string, IgnoreLayer[]>();
  const addLayer = (dirTopRel: string, absFile: string): void => {
    const layer = loadLayer(absFile, dirTopRel);
    if (!layer) return;
    const list = own.get(dirTopRel);
    if (list) list.push(layer);
    else own.set(dirTopRel, [layer]);
  };
  const ancestors: string[] = [];
  for (let d = targetInRepo; ; d = parentOf(d)) {
    ancestors.unshift(d);
    if (d === '') break;
  }
  for (const d of ancestors) {
    for (const name of ctx.opts.ignoreFileNames) addLayer(d, path.join(top, d, name));
  }
  if (ctx.opts.ignoreFileNames.length > 0) {
    // Nested ignore files come first in a separate, small listing: in git's order a directory's
    // ignore file can sort after files it governs (".env" < ".keyshiftignore").
    const specs = ctx.opts.ignoreFileNames.map((n) => `:(glob)**/${n}`);
    for await (const p of gitLsFiles(t.abs, ['--cached', '--others', '--exclude-standard'], specs, ctx.stats.warnings)) {
      const slash = p.lastIndexOf('/');
      if (slash === -1) continue; // the target root's own file, loaded above
      addLayer(topRel(p.slice(0, slash)), path.join(t.abs, p));
    }
  }
  const layerCache = new Map<string, IgnoreLayer[]>();
  const layersFor = (dirTopRel: string): IgnoreLayer[] => {
    let list = layerCache.get(dirTopRel);
    if (list) return list;
    const base = dirTopRel === '' ? [] : layersFor(parentOf(dirTopRel));
    const mine = own.get(dirTopRel);
    list = mine ? [...base, ...mine] : base;
    layerCache.set(dirTopRel, list);
    return list;
  };
  // A directory that keyshift's own ignore files or an exclude glob prune is reported once, as in the
  // directory walk; git has already left out what it ignores.
  const pendingSkips: Skip[] = [];
  const dirStates = new Map<string, 'ok' | 'excluded'>();
  const dirState = (dir: string): 'ok' | 'excluded' => {
    if (dir === '') return 'ok';
    let s = dirStates.get(dir);
    if (s) return s;
    const parent = parentOf(dir);
    s = dirState(parent);
    if (s === 'ok') {
      const layer = ignoredBy(layersFor(topRel(parent)), topRel(dir), true);
      const skip = layer ? excludedSkip(show(dir), true, `by ${layerName(layer)}`) : ctx.isExcluded(show(dir)) ? excludedSkip(show(dir), true, EXCLUDE_GLOB) : undefined;
      if (skip) {
        s = 'excluded';
        if (reportSkip(ctx, skip)) pendingSkips.push(skip);
      }
    }
    dirStates.set(dir, s);
    return s;
  };
  /** Why keyshift itself leaves out a file git lists (or ignores); undefined when it does not. */
  const ownExclusion = (p: string, shown: string): string | undefined => {
    const layer = ignoredBy(layersFor(topRel(parentOf(p))), topRel(p), false);
    if (layer) return `by ${layerName(layer)}`;
    if (ctx.isExcluded(shown)) return EXCLUDE_GLOB;
    return undefined;
  };

  let prev: string | undefined;
  // ls-files prints untracked files before tracked ones; each list is sorted, so merging them gives git's order.
  const listing = mergeSorted(gitLsFiles(t.abs, ['--cached'], [], ctx.stats.warnings), gitLsFiles(t.abs, ['--others', '--exclude-standard'], [], ctx.stats.warnings));
  for await (const p of listing) {
    if (p === prev) continue; // an unmerged path is listed once per conflict stage
    prev = p;
    if (p.endsWith('/')) {
      yield { path: show(p.slice(0, -1)), reason: 'not-a-regular-file', detail: 'nested git repository (not scanned)' };
      continue;
    }
    const dir = parentOf(p);
    const state = dirState(dir);
    yield* pendingSkips.splice(0);
    if (state !== 'ok') continue;
    const shown = show(p);
    if (!ctx.isIncluded(shown)) {
      ctx.stats.skips.excluded++;
      continue;
    }
    const excluded = ownExclusion(p, shown);
    if (excluded) {
      yield excludedSkip(shown, false, excluded);
      continue;
    }
    const abs = path.join(t.abs, p);
    let st: fs.Stats;
    try {
      st = fs.lstatSync(abs);
    } catch (err) {
      if (p.includes('\uFFFD')) {
        yield { path: shown, reason: 'unreadable', detail: 'name is not valid UTF-8' };
      } else if (errCode(err) === 'ENOENT' || errCode(err) === 'ENOTDIR') {
        ctx.stats.skips.vanished++; // tracked but deleted in the work tree: nothing to scan, nothing to report
      } else {
        yield { path: shown, reason: 'unreadable', detail: errCode(err) ?? 'cannot stat' };
      }
      continue;
    }
    if (st.isFile()) yield { path: shown, absPath: abs };
    else if (st.isSymbolicLink()) yield classifySymlink(abs, shown, realRoot, path.join(realRoot, dir));
    else if (st.isDirectory()) yield { path: shown, reason: 'not-a-regular-file', detail: 'git submodule (not scanned)' };
    else yield { path: shown, reason: 'not-a-regular-file', detail: statKind(st) };
  }
  let ignored: string[] = [];
  try {
    ignored = await ignoredList;
  } catch (err) {
    // Only the list of what is not scanned is lost: say so, and keep the scan.
    ctx.stats.warnings.push(`${err instanceof Error ? err.message : String(err)}; gitignored files were not counted`);
  }
  yield* gitIgnoredSkips(ignored, ctx, show, dirState, pendingSkips, ownExclusion);
}

/** Drains a listing into an array, started at once so that it runs alongside the caller's other work. */
function collectList(list: AsyncGenerator<string>): Promise<string[]> {
  const p = (async () => {
    const out: string[] = [];
    for await (const x of list) out.push(x);
    return out;
  })();
  p.catch(() => undefined); // awaited later; an early failure must not become an unhandled rejection
  return p;
}

/**
 * Skips for what git ignores, as --no-ignore would bring it back: a path keyshift excludes anyway is left
 * out (or reported as excluded), and so is what does not match the include globs. git lists an untracked
 * directory whose files are all ignored both as 'dir/' and file by file; only the files are kept then.
 */
function* gitIgnoredSkips(
  list: string[],
  ctx: Ctx,
  show: (rel: string) => string,
  dirState: (dir: string) => 'ok' | 'excluded',
  pendingSkips: Skip[],
  ownExclusion: (p: string, shown: string) => string | undefined,
): Generator<Entry> {
  for (let i = 0; i < list.length; i++) {
    const p = list[i] as string;
    const isDir = p.endsWith('/');
    if (isDir && list[i + 1]?.startsWith(p)) continue;
    const rel = isDir ? p.slice(0, -1) : p;
    if (rel === '') continue;
    const state = dirState(parentOf(rel));
    yield* pendingSkips.splice(0);
    if (state !== 'ok') continue;
    const shown = show(rel);
    if (isDir) {
      if (dirState(rel) === 'ok') {
        const skip: Skip = { path: `${shown}/`, reason: 'ignored', detail: GIT_IGNORED };
        if (reportSkip(ctx, skip)) yield skip;
      } else {
        yield* pendingSkips.splice(0);
      }
      continue;
    }
    if (!ctx.isIncluded(shown)) continue;
    const excluded = ownExclusion(rel, shown);
    yield excluded ? excludedSkip(shown, false, excluded) : { path: shown, reason: 'ignored', detail: GIT_IGNORED };
  }
}

/** Merges two sorted streams of paths into one, in git's order; both are closed if the consumer stops. */
async function* mergeSorted(a: AsyncGenerator<string>, b: AsyncGenerator<string>): AsyncGenerator<string> {
  try {
    let x = await a.next();
    let y = await b.next();
    while (!x.done || !y.done) {
      if (y.done || (!x.done && compareUtf8(x.value, y.value) <= 0)) {
        yield x.value as string;
        x = await a.next();
      } else {
        yield y.value;
        y = await b.next();
      }
    }
  } finally {
    await Promise.allSettled([a.return(undefined), b.return(undefined)]);
  }
}

// ---------------------------------------------------------------------------------------------
// Shared helpers

/**
 * A symlink is scanned like a regular file when it resolves to a file inside the scan root; it is never
 * followed out of the root, and a symlinked directory is never descended.
 */
function classifySymlink(abs: string, shown: string, realRoot: string, realParent: string): Entry {
  let real: string;
  try {
    real = fs.realpathSync.native(abs);
  } catch (err) {
    const code = errCode(err);
    if (code === 'ELOOP') return { path: shown, reason: 'symlink-loop', detail: 'symbolic links form a loop' };
    if (code === 'ENOENT' || code === 'ENOTDIR') return { path: shown, reason: 'unreadable', detail: 'dangling symbolic link' };
    return { path: shown, reason: 'unreadable', detail: code ?? 'cannot resolve symbolic link' };
  }
  if (!isInside(real, realRoot)) {
    return { path: shown, reason: 'symlink-outside-root', detail: 'symbolic link points outside the scan root (not followed)' };
  }
  let st: fs.Stats;
  try {
    st = fs.statSync(real);
  } catch {
    return { path: shown, reason: 'vanished', detail: 'link target deleted during the scan' };
  }
  if (st.isFile()) return { path: shown, absPath: abs };
  if (st.isDirectory()) {
    if (isInside(realParent, real)) {
      return { path: shown, reason: 'symlink-loop', detail: 'symbolic link to its own ancestor directory' };
    }
    return { path: shown, reason: 'not-a-regular-file', detail: 'symbolic link to a directory (not followed)' };
  }
  return { path: shown, reason: 'not-a-regular-file', detail: statKind(st) };
}

/** Builds the user-facing path: relative to cwd when under it, else relative to `baseAbs`. */
function reporter(cwd: string, baseAbs: string): (rel: string) => string {
  // Paths are relative to the report base (see reportBase), also for a target outside it (`../other/k.py`):
  // two outside targets then never collide, and SARIF URIs resolve against the root. Only a target on
  // another root (a Windows drive) keeps paths relative to itself.
  const r = path.relative(cwd, baseAbs);
  const prefix = path.isAbsolute(r) ? '' : toPosix(r);
  return (rel: string): string => {
    if (prefix === '') return rel === '' ? '.' : rel;
    return rel === '' ? prefix : `${prefix}/${rel}`;
  };
}

function globFilters(opts: WalkOptions): Pick<Ctx, 'isExcluded' | 'isIncluded'> {
  // A glob without '/' matches the basename at any depth, as in .gitignore. Picomatch's basename option
  // also rewrites globs that have a slash, so it is set only for those without one.
  const compile = (g: string): ((p: string) => boolean) =>
    micromatch.matcher(g, g.includes('/') ? { dot: true } : { dot: true, basename: true });
  const exclude = opts.exclude.map(compile);
  const include = opts.include.map(compile);
  return {
    isExcluded: exclude.length === 0 ? () => false : (p) => exclude.some((m) => m(p)),
    isIncluded: include.length === 0 ? () => true : (p) => include.some((m) => m(p)),
  };
}

/**
 * Orders a directory listing the way git orders paths (byte order of the UTF-8 path, a directory
 * compared as "name/"), so a directory walk and git's list come out in the same order.
 */
function compareDirents(a: Dirent, b: Dirent): number {
  return compareUtf8(a.isDirectory() ? `${a.name}/` : a.name, b.isDirectory() ? `${b.name}/` : b.name);
}

/** UTF-8 byte order without encoding: UTF-16 order differs only between surrogates and U+E000..U+FFFF. */
function compareUtf8(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800) x = x <= 0xdfff ? x + 0x2000 : x - 0x800;
    if (y >= 0xd800) y = y <= 0xdfff ? y + 0x2000 : y - 0x800;
    return x - y;
  }
  return a.length - b.length;
}

function parentOf(p: string): string {
  const slash = p.lastIndexOf('/');
  return slash === -1 ? '' : p.slice(0, slash);
}

function isInside(child: string, parent: string): boolean {
  if (child === parent) return true;
  const prefix = parent.endsWith(path.sep) ? parent : parent + path.sep;
  return child.startsWith(prefix);
}

function toPosix(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}

function exists(abs: string): boolean {
  try {
    fs.lstatSync(abs);
    return true;
  } catch {
    return false;
  }
}

function errCode(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException | undefined)?.code;
}

function statKind(st: fs.Stats): string {
  if (st.isFIFO()) return 'FIFO (named pipe)';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice()) return 'character device';
  if (st.isBlockDevice()) return 'block device';
  if (st.isDirectory()) return 'directory';
  return 'not a regular file';
}

function direntKind(d: Dirent): string {
  if (d.isFIFO()) return 'FIFO (named pipe)';
  if (d.isSocket()) return 'socket';
  if (d.isCharacterDevice()) return 'character device';
  if (d.isBlockDevice()) return 'block device';
  return 'not a regular file';
}

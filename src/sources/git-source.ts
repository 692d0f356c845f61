// Git as a source: the staged index (--staged), a commit range (--diff) and, via git-history.ts, every
// commit (--history). Yields SourceItems with blob content and the added lines; never detects or reports.
// Work is proportional to the change, not the repository: one `git diff`, one `git cat-file --batch`.
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import { MissingObjectError, UsageError } from '../model/errors.js';
import type { Skip, SourceItem } from '../model/types.js';
import { createDiffParser, createLineSplitter, editorLinesForGitLinesIn, type FileDiff } from './git-diff.js';
import { isIgnored, loadLayer, makeLayer, type IgnoreLayer } from './gitignore.js';
import { historyItems } from './git-history.js';
import { excludeSpec, isMissingObjectMessage, missingDetail, missingObjects, missingSide, parseRawLine, type RawChange } from './git-missing.js';
import { globFilter } from './globs.js';
import { formatSize, tooLargeDetail } from '../model/size.js';

export type GitMode =
  | { kind: 'staged' }
  | { kind: 'diff'; range: string }
  | { kind: 'history'; since?: string; maxCommits?: number; refs?: string[] };

/** The parts of the resolved settings a git source needs (src/scan/settings.ts Settings fits). */
export interface GitSourceSettings {
  include: string[];
  exclude: string[];
  ignoreFileNames: string[];
  maxFileSize: number;
  /** Read the ignore files (.keyshiftignore) at this commit rather than in the work tree. */
  ignoreRef?: string;
}

export interface GitSourceOptions {
  /** Paths are shown relative to this directory (as the file walker does). */
  cwd: string;
  /** A file or directory (absolute) that limits the scan; the repository top level means everything. */
  target: string;
  settings: GitSourceSettings;
  /** Non-fatal problems with the repository as a whole (a shallow clone), for the scan's warnings. */
  warnings?: string[];
  /** Called once a staged or diff scan has asked git for the blobs (the scan builds its engine meanwhile). */
  onBlobsAsked?: () => void;
}

/** git's own heuristic: a NUL byte in the first 8000 bytes means binary. */
export const BINARY_SNIFF_BYTES = 8000;
const SUBMODULE_MODE = '160000';

/** Options every git call gets: stable, uncoloured, unquoted (UTF-8) paths; no pager, no optional locks. */
export const GIT_BASE = ['-c', 'core.quotePath=false', '-c', 'color.ui=false'];
export const DIFF_FLAGS = ['--no-color', '--no-ext-diff', '--no-textconv', '--full-index', '-U0', '-M', '--src-prefix=a/', '--dst-prefix=b/', '--ignore-submodules=all'];

export function gitItems(mode: GitMode, opts: GitSourceOptions): AsyncIterable<SourceItem | Skip> {
  switch (mode.kind) {
    case 'staged':
      return changeItems(opts, ['--cached'], '--staged', 'the staged changes');
    case 'diff':
      return changeItems(opts, rangeArgs(mode.range), `--diff ${mode.range}`, mode.range);
    case 'history':
      return historyItems(mode, opts);
  }
}

/** `base`, `base..head` or `base...head` (merge base) -> arguments for `git diff`. */
export function rangeArgs(range: string): string[] {
  const r = range.trim();
  if (r === '' || r.startsWith('-') || /\s/.test(r)) {
    throw new UsageError(`--diff: "${range}" is not a commit range; use <base>, <base>..<head> or <base>...<head>`);
  }
  return r.includes('..') ? [r] : [`${r}..HEAD`];
}

export interface RepoContext {
  top: string;
  /** Repository-relative path -> path shown to users (relative to cwd). */
  shown: (topRel: string) => string;
  /** The target relative to the top level ('' for the whole repository). */
  targetRel: string;
  /** Pathspec arguments that limit git to the target ([] when the target is the top level). */
  pathspec: string[];
  /** Whether a shown path is excluded by --include/--exclude or an ignore file. */
  filtered: (topRel: string, shown: string) => boolean;
}

export async function repoContext(opts: GitSourceOptions, what: string): Promise<RepoContext> {
  const r = await runGit(opts.cwd, ['rev-parse', '--show-toplevel']);
  if (r.code !== 0) {
    throw new UsageError(`${what}: ${opts.cwd} is not inside a git work tree (${firstLine(r.stderr)}); run it inside a repository`);
  }
  return makeRepoContext(r.stdout.toString('utf8').replace(/\n$/, ''), opts);
}

export function makeRepoContext(top: string, opts: GitSourceOptions): RepoContext {
  const cwd = path.resolve(opts.cwd);
  const target = path.resolve(cwd, opts.target);
  const targetRel = toPosix(path.relative(top, target));
  const shown = cwd === top ? (p: string) => p : (p: string) => toPosix(path.relative(cwd, path.join(top, p)));
  return { top, shown, targetRel, pathspec: targetRel === '' ? [] : [`:(top,literal)${targetRel}`], filtered: pathFilter(top, opts.settings) };
}

/**
 * Include/exclude globs (the walker's rule, src/sources/globs.ts: a glob without '/' matches the basename,
 * one with '/' the path shown to the user) and the ignore files (.keyshiftignore) of the work tree, read only along each path's own folders.
 */
/** An ignore file as it is at a commit (git show REF:path), or undefined when that commit has none. */
function layerAtRef(top: string, ref: string, rel: string, base: string): IgnoreLayer | undefined {
  try {
    const text = execFileSync('git', ['show', `${ref}:${rel}`], { cwd: top, encoding: 'utf8', env: gitEnv(), stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1024 * 1024 });
    return makeLayer(base, `${ref}:${rel}`, text);
  } catch {
    return undefined;
  }
}

function pathFilter(top: string, s: GitSourceSettings): (topRel: string, shown: string) => boolean {
  const keep = globFilter(s.include, s.exclude);
  const names = s.ignoreFileNames.filter((n) => !path.isAbsolute(n));
  const fixed: IgnoreLayer[] = [];
  for (const abs of s.ignoreFileNames.filter((n) => path.isAbsolute(n))) {
    const rel = toPosix(path.relative(top, path.dirname(abs)));
    if (rel.startsWith('..')) continue;
    const layer = loadLayer(abs, rel);
    if (layer) fixed.push(layer);
  }
  const byDir = new Map<string, IgnoreLayer[]>();
  const layersOf = (dir: string): IgnoreLayer[] => {
    let list = byDir.get(dir);
    if (list) return list;
    list = [];
    for (const n of names) {
      const layer = s.ignoreRef !== undefined ? layerAtRef(top, s.ignoreRef, dir === '' ? n : `${dir}/${n}`, dir) : loadLayer(path.join(top, dir, n), dir);
      if (layer) list.push(layer);
    }
    byDir.set(dir, list);
    return list;
  };
  const memo = new Map<string, boolean>();
  return (topRel, shown) => {
    const known = memo.get(topRel);
    if (known !== undefined) return known;
    let out = !keep(shown);
    if (!out && (names.length > 0 || fixed.length > 0)) {
      const parts = topRel.split('/');
      const layers: IgnoreLayer[] = [];
      for (let i = 0; i < parts.length; i++) {
        const dir = parts.slice(0, i).join('/');
        layers.push(...fixed.filter((l) => l.base === dir), ...layersOf(dir));
        // A folder an ignore file names hides everything under it, as in the walker.
        if (i > 0 && isIgnored(layers, dir, true)) {
          out = true;
          break;
        }
      }
      if (!out) out = isIgnored(layers, topRel, false);
    }
    memo.set(topRel, out);
    return out;
  };
}

/**
 * --staged and --diff: one `git diff` for the added lines and blob ids, one `git cat-file --batch` for
 * contents. `select` picks the two sides (`--cached`, or a range); `where` names them in skip details.
 */
async function* changeItems(opts: GitSourceOptions, select: string[], what: string, where: string): AsyncGenerator<SourceItem | Skip> {
  const max = opts.settings.maxFileSize;
  // `git rev-parse` and `git diff` run side by side (the diff's paths are relative to the top level whatever
  // the cwd, so it does not wait for it): on a pre-commit hook's path the two git start-ups overlap. The
  // top level is awaited first, so outside a repository the error is still rev-parse's.
  // cat-file starts with them too, and is given the blobs once the diff is read (ended unused otherwise).
  const repoP = repoContext(opts, what);
  const diffP = changedFiles(opts.cwd, select, what, where, max);
  diffP.catch(() => undefined); // settled below; not an unhandled rejection when rev-parse fails first
  const cat = startCatFile(opts.cwd);
  let handed = false;
  try {
    const repo = await repoP;
    const { files, gone } = await diffP;

    const target = repo.targetRel;
    const inTarget = (p: string): boolean => !target || p === target || p.startsWith(`${target}/`);
    for (const { change, detail } of gone) {
      const shown = repo.shown(change.path);
      if (inTarget(change.path) && !repo.filtered(change.path, shown)) yield { path: shown, reason: 'missing-object', detail };
    }
    const wanted: { file: FileDiff; shown: string }[] = [];
    for (const f of files) {
      if (f.status === 'deleted' || f.newMode === SUBMODULE_MODE || !f.newBlob) continue;
      if (!inTarget(f.path)) continue;
      const shown = repo.shown(f.path);
      if (f.tooLarge) {
        // Its added lines alone exceed the cap, so the blob does too.
        if (!repo.filtered(f.path, shown)) yield { path: shown, reason: 'too-large', detail: `added lines over the limit of ${formatSize(max)}` };
        continue;
      }
      if (!f.binary && f.addedLines.length === 0) continue; // a pure rename or mode change adds nothing
      if (repo.filtered(f.path, shown)) continue;
      wanted.push({ file: f, shown });
    }
    if (wanted.length === 0) return;
    let i = 0;
    handed = true;
    const blobs = catFileBatch(opts.cwd, wanted.map((w) => w.file.newBlob!), max, cat, opts.onBlobsAsked);
    for await (const blob of blobs) {
      const { file, shown } = wanted[i++]!;
      yield itemFromBlob(file, shown, blob, max);
    }
  } finally {
    if (!handed) closeCatFile(cat);
  }
}

/** The changed files, and (when git cannot read an object) the changes around the missing ones. */
async function changedFiles(cwd: string, select: string[], what: string, where: string, max: number): Promise<{ files: FileDiff[]; gone: { change: RawChange; detail: string }[] }> {
  try {
    return { files: await diffFiles(cwd, select, [], what, max), gone: [] };
  } catch (err) {
    if (!(err instanceof MissingObjectError)) throw err;
    const around = await diffAroundMissing(cwd, select, what, where, max);
    return { files: [...around.files, ...around.whole], gone: around.gone };
  }
}

/** The patch of `git diff <select> -- <specs>`, streamed through the incremental parser (a huge added file costs at most the cap). */
async function diffFiles(cwd: string, select: string[], specs: string[], what: string, max: number): Promise<FileDiff[]> {
  const parser = createDiffParser({ maxAddedBytes: max });
  const files: FileDiff[] = [];
  const keep = (f: FileDiff | undefined): void => {
    if (f) files.push(f);
  };
  for await (const lines of gitLineBatches(cwd, [...GIT_BASE, 'diff', '--diff-filter=d', ...DIFF_FLAGS, ...select, '--', ...specs], max + 1, `${what}: git diff`)) {
    for (const line of lines) keep(parser.push(line));
  }
  keep(parser.end());
  return files;
}

/**
 * The diff when git stopped on an object it could not read: the changes listed from the trees alone (`git
 * diff --raw`, no blob read), the missing objects found without fetching, and the patch taken again with
 * their paths left out. A file whose new blob is missing is `gone`; one whose old blob alone is missing is
 * read whole (`whole`, every line counted as added: a superset of what the change added).
 */
async function diffAroundMissing(cwd: string, select: string[], what: string, where: string, max: number): Promise<{ files: FileDiff[]; whole: FileDiff[]; gone: { change: RawChange; detail: string }[] }> {
  const changes: RawChange[] = [];
  for await (const lines of gitLineBatches(cwd, [...GIT_BASE, 'diff', '--raw', '--no-renames', '--no-abbrev', '--ignore-submodules=all', ...select, '--'], 1 << 20, `${what}: git diff --raw`)) {
    for (const line of lines) {
      const c = parseRawLine(line);
      if (c) changes.push(c);
    }
  }
  const missing = await missingObjects(cwd, await sideCommits(cwd, select), what);
  const gone: { change: RawChange; detail: string }[] = [];
  const whole: FileDiff[] = [];
  const excluded = new Set<string>();
  for (const c of changes) {
    const side = missingSide(c, missing);
    if (!side) continue;
    excluded.add(c.path);
    if (side === 'new') gone.push({ change: c, detail: missingDetail(c.newOid, c.path, where) });
    else if (c.status !== 'D') whole.push(wholeFileDiff(c));
  }
  const rest = changes.filter((c) => c.status !== 'D' && !excluded.has(c.path));
  let files: FileDiff[] = [];
  if (rest.length > 0) {
    try {
      files = await diffFiles(cwd, select, [...excluded].map(excludeSpec), what, max);
    } catch (err) {
      if (!(err instanceof MissingObjectError)) throw err;
      // Still an object git cannot read, which the tree listing did not show: none of the rest is scanned.
      for (const c of rest) gone.push({ change: c, detail: `git could not read an object of ${c.path} in ${where} (${err.message})` });
    }
  }
  return { files, whole, gone };
}

/** A change read whole: marked binary, so the blob is sniffed for NUL bytes and, if text, scanned entirely (itemFromBlob). */
function wholeFileDiff(c: RawChange): FileDiff {
  return { path: c.path, status: c.status === 'A' ? 'added' : 'modified', binary: true, newBlob: c.newOid, newMode: c.newMode, addedLines: [] };
}

/** The commits whose trees a `git diff <select>` compares: HEAD for the index; a range's ends (and merge base). */
async function sideCommits(cwd: string, select: string[]): Promise<string[]> {
  const revs = select[0] === '--cached' ? ['--verify', '-q', 'HEAD'] : select;
  const r = await runGit(cwd, ['rev-parse', ...revs]);
  if (r.code !== 0) return [];
  return r.stdout.toString('utf8').split('\n').map((l) => l.replace(/^\^/, '').trim()).filter((l) => /^[0-9a-f]{40,64}$/.test(l));
}

/**
 * Runs git and yields its stdout as batches of '\n' lines (one batch per chunk read), in linear time; lines
 * longer than maxLine are cut (see createLineSplitter). `input` is written to git's stdin. Throws a
 * MissingObjectError when git stopped on an object it could not read, else a UsageError naming `what`.
 */
export async function* gitLineBatches(cwd: string, args: string[], maxLine: number, what: string, input?: string): AsyncGenerator<string[]> {
  const child = spawn('git', args, { cwd, stdio: ['pipe', 'pipe', 'pipe'], env: gitEnv() });
  child.stdin.on('error', () => undefined); // git exiting early is reported from its exit code below
  child.stdin.end(input);
  const errChunks: Buffer[] = [];
  child.stderr.on('data', (c: Buffer) => errChunks.push(c));
  const exited = new Promise<number>((resolve) => {
    child.on('error', () => resolve(-1));
    child.on('close', (code) => resolve(code ?? -1));
  });
  child.stdout.setEncoding('utf8');
  const splitter = createLineSplitter(maxLine);
  let drained = false;
  try {
    for await (const chunk of child.stdout as AsyncIterable<string>) {
      const lines = splitter.push(chunk);
      if (lines.length > 0) yield lines;
    }
    drained = true;
    const tail = splitter.end();
    if (tail !== undefined) yield [tail];
  } finally {
    // The consumer stopped early: git need not write the rest.
    if (!drained && child.exitCode === null) child.kill();
  }
  const code = await exited;
  if (code !== 0) {
    const stderr = Buffer.concat(errChunks).toString('utf8');
    const message = `${what} failed: ${firstLine(stderr)}`;
    throw isMissingObjectMessage(stderr) ? new MissingObjectError(message) : new UsageError(message);
  }
}

function itemFromBlob(file: FileDiff, shown: string, blob: BatchBlob, maxFileSize: number): SourceItem | Skip {
  if (blob.missing) return { path: shown, reason: 'missing-object', detail: missingDetail(blob.id, file.path) };
  if (!blob.bytes) return { path: shown, reason: 'too-large', detail: tooLargeDetail(blob.size, maxFileSize) };
  if (file.binary) {
    // git calls a file binary for a NUL byte, or for a .gitattributes `-diff`/`binary`: the latter may
    // well hold text (a secret), so it is scanned whole, every line counted as added.
    if (blob.bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { path: shown, reason: 'binary' };
    return { path: shown, content: blob.bytes };
  }
  return { path: shown, content: blob.bytes, addedLines: editorLinesForGitLinesIn(blob.bytes, file.addedLines) };
}

export interface BatchBlob {
  id: string;
  size: number;
  /** Undefined when missing or larger than the size cap (the bytes are drained, not kept). */
  bytes?: Uint8Array;
  missing?: boolean;
}

/**
 * One `git cat-file --batch` process for many objects: ids written up front, answers parsed from the
 * stream in the same order. Objects larger than maxBytes are read past without being kept.
 */
export interface CatFileProcess {
  child: ChildProcessWithoutNullStreams;
  exited: Promise<number>;
  errChunks: Buffer[];
}

/**
 * A `git cat-file --batch` started before the object names are known, so its start-up overlaps other work
 * (changeItems starts it beside rev-parse and diff). Hand it to catFileBatch, or closeCatFile when unused.
 */
export function startCatFile(cwd: string): CatFileProcess {
  const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'], env: gitEnv() });
  const errChunks: Buffer[] = [];
  child.stderr.on('data', (c: Buffer) => errChunks.push(c));
  // No git at all: rev-parse reports it; this child only must not throw an unhandled 'error'.
  child.on('error', (e) => errChunks.push(Buffer.from(e.message)));
  const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  child.stdin.on('error', () => undefined); // git exiting early is reported from its exit code
  return { child, exited, errChunks };
}

/** Ends an unused cat-file (it exits on end of input). */
export function closeCatFile(p: CatFileProcess): void {
  p.child.stdin.end();
  p.child.stdout.resume();
}

export async function* catFileBatch(cwd: string, ids: string[], maxBytes: number, started?: CatFileProcess, onAsked?: () => void): AsyncGenerator<BatchBlob> {
  const { child, exited, errChunks } = started ?? startCatFile(cwd);
  child.stdin.end(`${ids.join('\n')}\n`);
  onAsked?.();

  let pending: Buffer = Buffer.alloc(0);
  let cur: { id: string; size: number; parts: Buffer[] | undefined; left: number } | undefined;
  let answered = 0;
  for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
    let buf = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    pending = Buffer.alloc(0);
    while (buf.length > 0) {
      if (!cur) {
        const nl = buf.indexOf(0x0a);
        if (nl < 0) {
          pending = buf;
          break;
        }
        const header = buf.subarray(0, nl).toString('utf8');
        buf = buf.subarray(nl + 1);
        const id = ids[answered] ?? '';
        if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
          answered++;
          yield { id, size: 0, missing: true };
          continue;
        }
        const size = Number(header.slice(header.lastIndexOf(' ') + 1));
        cur = { id, size, parts: size <= maxBytes ? [] : undefined, left: size + 1 };
        continue;
      }
      const take = Math.min(cur.left, buf.length);
      if (cur.parts) cur.parts.push(buf.subarray(0, take));
      cur.left -= take;
      buf = buf.subarray(take);
      if (cur.left === 0) {
        const bytes = cur.parts ? Buffer.concat(cur.parts).subarray(0, cur.size) : undefined;
        answered++;
        const done = cur;
        cur = undefined;
        yield { id: done.id, size: done.size, ...(bytes ? { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) } : {}) };
      }
    }
  }
  const code = await exited;
  if (answered < ids.length) throw new Error(`git cat-file --batch stopped after ${answered} of ${ids.length} objects (exit ${code}): ${firstLine(Buffer.concat(errChunks))}`);
}

export interface GitOutput {
  code: number;
  stdout: Buffer;
  stderr: Buffer;
}

export function runGit(cwd: string, args: string[], input?: string): Promise<GitOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'], env: gitEnv() });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (c: Buffer) => out.push(c));
    child.stderr!.on('data', (c: Buffer) => err.push(c));
    child.on('error', (e) => reject(new UsageError(`cannot run git (${e.message}); install git or put it on PATH`)));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out), stderr: Buffer.concat(err) }));
    if (input !== undefined && child.stdin) {
      child.stdin.on('error', () => undefined);
      child.stdin.end(input);
    }
  });
}

/**
 * Lazy fetches from a promisor remote (a partial clone) are off during a scan: GIT_NO_LAZY_FETCH for git
 * 2.44 and later, and for older git every transport refused, so a missing object fails at once instead of
 * reaching the network. Passed as GIT_CONFIG_KEY_n (command scope: above every config file), appended
 * after any the caller set. A scan never fetches, so nothing else is refused.
 */
const NO_FETCH_CONFIG: readonly (readonly [string, string])[] = [
  ['protocol.allow', 'never'],
  ...['file', 'git', 'ssh', 'http', 'https', 'ext'].map((p) => [`protocol.${p}.allow`, 'never'] as const),
];

/**
 * The caller's environment (inside a hook git sets GIT_INDEX_FILE and GIT_DIR, which must be honoured:
 * `git commit -a` stages into a temporary index), without a pager, optional index locks, prompts or fetches.
 */
export function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_PAGER: 'cat', PAGER: 'cat', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C', GIT_NO_LAZY_FETCH: '1', GIT_TERMINAL_PROMPT: '0' };
  const given = Number(env.GIT_CONFIG_COUNT ?? '0');
  let n = Number.isInteger(given) && given > 0 ? given : 0;
  for (const [key, value] of NO_FETCH_CONFIG) {
    env[`GIT_CONFIG_KEY_${n}`] = key;
    env[`GIT_CONFIG_VALUE_${n}`] = value;
    n++;
  }
  env.GIT_CONFIG_COUNT = String(n);
  return env;
}

export function firstLine(b: Buffer | string): string {
  const s = (typeof b === 'string' ? b : b.toString('utf8')).trim();
  const nl = s.indexOf('\n');
  return (nl < 0 ? s : s.slice(0, nl)) || 'no message';
}

export function toPosix(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}

// The patch stream of a commit walk for --history: ONE `git log -p` process in the common case. When git
// stops on an object it cannot read, the rest of the walk is listed from the trees alone, the missing
// objects found without fetching, and the commits streamed again around them. Never detects or reports.
import { MissingObjectError } from '../model/errors.js';
import { GIT_BASE, gitLineBatches } from './git-source.js';
import { excludeSpec, missingDetail, missingObjects, missingSide, parseRawLine, type RawChange } from './git-missing.js';

/** Marks a commit header in the log stream; a patch line always starts with ' ', '+', '-', '@', '\\' or a header word. */
export const MARK = '\x01ks\x00';
export const FORMAT = '--format=%x01ks%x00%H%x00%cI%x00%P%x00%an';

export interface CommitHeader {
  sha: string;
  date: string;
  parents: string[];
  author: string;
}

export function parseHeader(line: string): CommitHeader {
  const [sha = '', date = '', parents = '', author = ''] = line.slice(MARK.length).split('\0');
  return { sha, date, parents: parents ? parents.split(' ') : [], author };
}

export type LogEvent =
  /** Patch text with commit headers (MARK lines), as `git log -p` prints it. */
  | { kind: 'lines'; lines: string[] }
  /** The stream broke inside a commit: drop the file in progress; that commit's header is shown again. */
  | { kind: 'reset' }
  /** A changed file of the commit last shown whose new blob is not in the repository. */
  | { kind: 'missing'; change: RawChange; detail: string }
  /** Files of the commit last shown whose old blob alone is missing: read the new blobs whole. */
  | { kind: 'whole'; changes: RawChange[] };

export interface LogWalk {
  cwd: string;
  /** Everything between `git log` and the commits: -p, FORMAT, the diff flags (without --reverse). */
  patchArgs: string[];
  /** A --diff-filter among patchArgs (it can change which commits the walk shows). */
  filter: string[];
  /** logSelection(): limits, refs, and '--' with the pathspec. */
  selection: string[];
  /** The pathspec alone (what follows '--' in selection). */
  pathspec: string[];
  maxLine: number;
  what: string;
}

// A function, not a constant: git-source.ts and this module import each other, so GIT_BASE is not yet set while this one loads.
const log = (): string[] => [...GIT_BASE, '-c', 'log.showRoot=true', '-c', 'log.showSignature=false', 'log'];
/** Clean commits streamed by one `git log --no-walk --stdin` after a missing object. */
const BATCH = 2000;

interface RawCommit {
  headerLine: string;
  sha: string;
  changes: RawChange[];
}

/**
 * The walk's patch text, oldest commit first. The common case is the one `git log -p --reverse` it always
 * was; only a missing object costs more: one listing of the remaining commits, one rev-list, then one
 * process per run of clean commits and one per commit with a missing object. Every commit shown is
 * finished (its readable files streamed, its unreadable ones reported) before the next.
 */
export async function* logEvents(walk: LogWalk): AsyncGenerator<LogEvent> {
  let last: string | undefined;
  try {
    for await (const lines of gitLineBatches(walk.cwd, [...log(), ...walk.patchArgs, '--reverse', ...walk.selection], walk.maxLine, `${walk.what}: git log`)) {
      last = lastHeader(lines) ?? last;
      yield { kind: 'lines', lines };
    }
    return;
  } catch (err) {
    if (!(err instanceof MissingObjectError)) throw err;
  }
  yield { kind: 'reset' };
  yield* aroundMissing(walk, last);
}

/**
 * The patch text of these commits (a part of the walk, in scan order), from one `git log --no-walk=unsorted
 * --stdin` with the walk's own patch flags: the same text the one-stream walk prints for them. Around a
 * missing object it goes on as logEvents does, limited to these commits.
 */
export async function* partEvents(walk: LogWalk, shas: string[]): AsyncGenerator<LogEvent> {
  let last: string | undefined;
  const args = [...log(), ...walk.patchArgs, '--no-walk=unsorted', '--stdin', '--', ...walk.pathspec];
  try {
    for await (const lines of gitLineBatches(walk.cwd, args, walk.maxLine, `${walk.what}: git log`, `${shas.join('\n')}\n`)) {
      last = lastHeader(lines) ?? last;
      yield { kind: 'lines', lines };
    }
    return;
  } catch (err) {
    if (!(err instanceof MissingObjectError)) throw err;
  }
  yield { kind: 'reset' };
  yield* aroundMissing(walk, last, new Set(shas));
}

function lastHeader(lines: string[]): string | undefined {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.startsWith(MARK)) return parseHeader(lines[i]!).sha;
  return undefined;
}

/** The walk (or its commits in `only`) from commit `from` on (from the start without one), around the objects it lacks. */
async function* aroundMissing(walk: LogWalk, from: string | undefined, only?: ReadonlySet<string>): AsyncGenerator<LogEvent> {
  const all = await commitsOf(walk);
  const order = only ? all.filter((c) => only.has(c.sha)) : all;
  const at = from === undefined ? 0 : Math.max(0, order.findIndex((c) => c.sha === from));
  const rest = order.slice(at);
  const sides = new Set<string>();
  for (const c of rest) {
    sides.add(c.sha);
    for (const p of c.parents) sides.add(p);
  }
  const missing = await missingObjects(walk.cwd, [...sides], walk.what);
  let batch: RawCommit[] = [];
  for await (const c of rawCommits(walk, rest.map((r) => r.sha))) {
    if (!c.changes.some((ch) => missingSide(ch, missing))) {
      batch.push(c);
      if (batch.length >= BATCH) {
        yield* cleanRun(walk, batch, missing);
        batch = [];
      }
      continue;
    }
    if (batch.length > 0) yield* cleanRun(walk, batch, missing);
    batch = [];
    yield* oneCommit(walk, c, missing);
  }
  if (batch.length > 0) yield* cleanRun(walk, batch, missing);
}

/**
 * The walk's commits in order with their parents, from `git log --format` (no blob read). A --diff-filter
 * acts only on a diff, so with one the trees are compared too (--raw, whose lines are passed over).
 */
async function commitsOf(walk: LogWalk): Promise<{ sha: string; parents: string[] }[]> {
  const out: { sha: string; parents: string[] }[] = [];
  const args = [...log(), '--reverse', '--format=%x01ks%x00%H %P', ...(walk.filter.length > 0 ? ['--raw', ...walk.filter] : []), ...walk.selection];
  for await (const lines of gitLineBatches(walk.cwd, args, 1 << 20, `${walk.what}: git log`)) {
    for (const line of lines) {
      if (!line.startsWith(MARK)) continue;
      const [sha, ...parents] = line.slice(MARK.length).trim().split(' ');
      if (sha) out.push({ sha, parents: parents.filter(Boolean) });
    }
  }
  return out;
}

/** These commits' changes, in this order, from `git log --raw --no-renames` (tree diffs only). */
async function* rawCommits(walk: LogWalk, shas: string[]): AsyncGenerator<RawCommit> {
  if (shas.length === 0) return;
  const args = [...log(), '--raw', '--no-renames', '--no-abbrev', '--ignore-submodules=all', FORMAT, '--no-walk=unsorted', '--stdin', '--', ...walk.pathspec];
  let cur: RawCommit | undefined;
  for await (const lines of gitLineBatches(walk.cwd, args, 1 << 20, `${walk.what}: git log --raw`, `${shas.join('\n')}\n`)) {
    for (const line of lines) {
      if (line.startsWith(MARK)) {
        if (cur) yield cur;
        cur = { headerLine: line, sha: parseHeader(line).sha, changes: [] };
        continue;
      }
      const c = parseRawLine(line);
      if (c && cur) cur.changes.push(c);
    }
  }
  if (cur) yield cur;
}

/** Commits with every object present, in one process; if git still fails, the rest one by one. */
async function* cleanRun(walk: LogWalk, batch: RawCommit[], missing: ReadonlySet<string>): AsyncGenerator<LogEvent> {
  let last: string | undefined;
  const args = [...log(), ...walk.patchArgs, '--no-walk=unsorted', '--stdin', '--', ...walk.pathspec];
  try {
    for await (const lines of gitLineBatches(walk.cwd, args, walk.maxLine, `${walk.what}: git log`, `${batch.map((c) => c.sha).join('\n')}\n`)) {
      last = lastHeader(lines) ?? last;
      yield { kind: 'lines', lines };
    }
    return;
  } catch (err) {
    if (!(err instanceof MissingObjectError)) throw err;
  }
  yield { kind: 'reset' };
  const at = last === undefined ? 0 : Math.max(0, batch.findIndex((c) => c.sha === last));
  for (const c of batch.slice(at)) yield* oneCommit(walk, c, missing);
}

/**
 * One commit with missing objects: its header, a `missing` event per file whose new blob is gone, the
 * patch of the rest with those paths left out (pathspecs on stdin, so no argument list overflows), then
 * the files whose old blob alone is gone, to be read whole.
 */
async function* oneCommit(walk: LogWalk, c: RawCommit, missing: ReadonlySet<string>): AsyncGenerator<LogEvent> {
  yield { kind: 'lines', lines: [c.headerLine] };
  const where = `commit ${c.sha.slice(0, 12)}`;
  const excluded = new Set<string>();
  const whole: RawChange[] = [];
  for (const ch of c.changes) {
    const side = missingSide(ch, missing);
    if (!side) continue;
    excluded.add(ch.path);
    if (side === 'new') yield { kind: 'missing', change: ch, detail: missingDetail(ch.newOid, ch.path, where) };
    else if (ch.status !== 'D') whole.push(ch);
  }
  const rest = c.changes.filter((ch) => ch.status !== 'D' && !excluded.has(ch.path));
  if (rest.length > 0) {
    const specs = [...walk.pathspec, ...[...excluded].map(excludeSpec)];
    const input = `${c.sha}\n${specs.length > 0 ? `--\n${specs.join('\n')}\n` : ''}`;
    try {
      for await (const lines of gitLineBatches(walk.cwd, [...log(), ...walk.patchArgs, '--no-walk', '--stdin'], walk.maxLine, `${walk.what}: git log`, input)) {
        yield { kind: 'lines', lines };
      }
    } catch (err) {
      if (!(err instanceof MissingObjectError)) throw err;
      // An object the tree listing did not show as missing: the files not yet streamed are reported.
      yield { kind: 'reset' };
      yield { kind: 'lines', lines: [c.headerLine] };
      for (const ch of rest) yield { kind: 'missing', change: ch, detail: `git could not read an object of ${ch.path} in ${where} (${err.message})` };
    }
  }
  if (whole.length > 0) yield { kind: 'whole', changes: whole };
}

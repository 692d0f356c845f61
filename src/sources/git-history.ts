// --history: every commit's added lines, streamed from ONE `git log -p` process (more only around missing
// objects, src/sources/git-log.ts), and the consolidation that reports each distinct secret once with
// first/last commit, presence at HEAD and age. Never prints or logs a secret (values are compared, not shown).
import { SEVERITIES, severityRank, type CredentialKind, type Finding, type ScanResult, type Skip, type SourceItem } from '../model/types.js';
import { UsageError } from '../model/errors.js';
import { createDiffParser, editorLinesForGitLines, type FileDiff } from './git-diff.js';
import { BINARY_SNIFF_BYTES, DIFF_FLAGS, GIT_BASE, catFileBatch, firstLine, repoContext, runGit, type GitSourceOptions, type RepoContext } from './git-source.js';
import { FORMAT, MARK, logEvents, parseHeader, partEvents, type CommitHeader, type LogEvent, type LogWalk } from './git-log.js';
import { excludeSpec, isMissingObjectMessage, missingDetail, missingObjects } from './git-missing.js';
import { formatSize, tooLargeDetail } from '../model/size.js';
import { substringSet } from '../model/substrings.js';

export interface HistoryMode {
  since?: string;
  maxCommits?: number;
  /** Refs, ranges or commits to walk (`main`, `v1.0..main`); default every ref (`--all`). */
  refs?: string[];
}

const SUBMODULE_MODE = '160000';
const DAY_MS = 86_400_000;

/** A credential older than this in history is long-lived: it gets the note and, for static kinds, one severity level more. */
export const LONG_LIVED_DAYS = 90;
const STATIC_KINDS: ReadonlySet<CredentialKind> = new Set(['long-lived-credential', 'static-key', 'private-key']);

/** The `git log` arguments that select the commits (shared by the scan and by consolidation). */
export function logSelection(mode: HistoryMode, repo: RepoContext): string[] {
  const refs = mode.refs && mode.refs.length > 0 ? mode.refs : ['--all'];
  for (const r of refs) {
    if (r !== '--all' && (r === '' || r.startsWith('-'))) throw new UsageError(`--history: "${r}" is not a ref or range; name a branch, tag or commit range`);
  }
  const limits = [
    ...(mode.since ? [`--since=${mode.since}`] : []),
    ...(mode.maxCommits !== undefined ? [`--max-count=${mode.maxCommits}`] : []),
  ];
  // A pathspec turns on history simplification, which would hide side-branch commits: ask for all of them.
  const paths = repo.pathspec.length ? ['--full-history', '--', ...repo.pathspec] : ['--'];
  return [...limits, ...refs, ...paths];
}

/**
 * --history items. Each changed file of each commit becomes one item whose content is SYNTHETIC: the added
 * lines placed at their own line numbers in the new version, with empty lines in between, so the scan
 * reports real line numbers without reading whole blobs (a gap costs one byte per skipped line). A file
 * whose blob is not in the repository is a `missing-object` skip; one whose old version alone is missing
 * is read whole (every line counted as added). Backpressure: git's stream is read only as fast as the
 * consumer takes items.
 */
export async function* historyItems(mode: HistoryMode, opts: GitSourceOptions): AsyncGenerator<SourceItem | Skip> {
  const { repo, walk } = await historyWalk(mode, opts);
  if (opts.warnings) await shallowWarning(opts.cwd, opts.warnings);
  yield* walkItems(logEvents(walk), repo, walk, opts);
}

/**
 * The items of a part of the walk: these commits, in scan order (historyCommits), streamed by their own
 * `git log` (git-log.ts partEvents). Parts taken in order yield exactly what historyItems yields, except
 * that each part reports a binary file once on its own (the caller keeps the first part's report).
 */
export async function* historyPartItems(mode: HistoryMode, opts: GitSourceOptions, shas: string[], removed?: RemovedLineSink): AsyncGenerator<SourceItem | Skip> {
  // A worker runs several parts of one walk: the repository is looked up (git, ignore files) once.
  const key = JSON.stringify([mode, opts.cwd, opts.target, opts.settings]);
  if (lastWalk?.key !== key) lastWalk = { key, setup: historyWalk(mode, opts) };
  const { repo, walk } = await lastWalk.setup;
  // With a sink the stream is the removal pass's own (deleted files too), so that its '-' lines can be kept
  // and that pass need not run; the items are the same, as a deleted file never becomes one.
  const w = removed ? { ...walk, patchArgs: removalPatchArgs(), filter: [] } : walk;
  yield* walkItems(partEvents(w, shas), repo, w, opts, removed);
}

/** Receives each '-' line of the patch with its commit (the lines the removal pass reads). */
export type RemovedLineSink = (commit: CommitHeader, line: string) => void;

/** Per gone secret (by probe), the latest commit in scan order whose '-' lines hold it; undefined: not known, run the pass. */
export type RemovalLookup = (probes: string[]) => Promise<(CommitHeader | undefined)[] | undefined>;

// A function, not a constant: git-source.ts and this module import each other (DIFF_FLAGS may not be set yet at load).
const removalPatchArgs = (): string[] => ['-p', FORMAT, ...DIFF_FLAGS];

let lastWalk: { key: string; setup: Promise<{ repo: RepoContext; walk: LogWalk }> } | undefined;

/** The walk's commits in scan order (oldest first), as historyItems visits them. */
export async function historyCommits(mode: HistoryMode, opts: GitSourceOptions): Promise<string[]> {
  const repo = await repoContext(opts, '--history');
  return [...(await commitOrder(opts.cwd, logSelection(mode, repo))).keys()];
}

/** A shallow clone dates what came before its boundary from the boundary: said once per scan. */
export async function shallowWarning(cwd: string, warnings: string[]): Promise<void> {
  if ((await runGit(cwd, ['rev-parse', '--is-shallow-repository'])).stdout.toString('utf8').trim() === 'true') {
    warnings.push('--history: this is a shallow clone; each boundary commit shows its whole tree as added, so what came before it is dated from it (git fetch --unshallow for the full history)');
  }
}

async function historyWalk(mode: HistoryMode, opts: GitSourceOptions): Promise<{ repo: RepoContext; walk: LogWalk }> {
  const repo = await repoContext(opts, '--history');
  const max = opts.settings.maxFileSize;
  const selection = logSelection(mode, repo);
  const walk: LogWalk = {
    cwd: opts.cwd,
    patchArgs: ['-p', FORMAT, '--diff-filter=d', ...DIFF_FLAGS],
    filter: ['--diff-filter=d'],
    selection,
    pathspec: selection.slice(selection.indexOf('--') + 1),
    // Lines are cut just past the cap, and a file's added text stops being kept once over it: a huge
    // committed file costs the cap in memory and one linear pass, not the file.
    maxLine: max + 1,
    what: '--history',
  };
  return { repo, walk };
}

/** Patch events -> items: one per changed file of each commit (see historyItems). */
async function* walkItems(events: AsyncIterable<LogEvent>, repo: RepoContext, walk: LogWalk, opts: GitSourceOptions, removed?: RemovedLineSink): AsyncGenerator<SourceItem | Skip> {
  const max = opts.settings.maxFileSize;
  const newParser = () => createDiffParser({ collectText: true, maxAddedBytes: max });
  let parser = newParser();
  let commit: CommitHeader | undefined;
  // Paths of `commit` already handled: after a reset git shows the commit again.
  let done = new Set<string>();
  const binarySeen = new Set<string>();

  const fileItem = (c: CommitHeader, file: FileDiff): SourceItem | Skip | undefined => {
    if (done.has(file.path)) return undefined;
    done.add(file.path);
    if (file.status === 'deleted' || file.newMode === SUBMODULE_MODE) return undefined;
    const shown = repo.shown(file.path);
    if (repo.filtered(file.path, shown)) return undefined;
    if (file.binary) return binarySkip(shown, c);
    if (file.tooLarge) return { path: shown, reason: 'too-large', detail: `added lines over the limit of ${formatSize(max)} in commit ${c.sha.slice(0, 12)}` };
    if (file.addedLines.length === 0) return undefined;
    // The synthetic text keeps each added line's lone CRs, so our line numbers count them as the file does.
    const text = synthesize(file.addedLines, file.addedText ?? []);
    return { path: shown, content: Buffer.from(text, 'utf8'), addedLines: editorLinesForGitLines(text, file.addedLines), commit: commitInfo(c) };
  };
  // Reported once per path, not once per commit that touched it.
  const binarySkip = (shown: string, c: CommitHeader): Skip | undefined => {
    if (binarySeen.has(shown)) return undefined;
    binarySeen.add(shown);
    return { path: shown, reason: 'binary', detail: `first in commit ${c.sha.slice(0, 12)}` };
  };

  for await (const ev of events) {
    if (ev.kind === 'lines') {
      for (const line of ev.lines) {
        if (line.startsWith(MARK)) {
          const last = parser.end();
          const item = last && commit ? fileItem(commit, last) : undefined;
          if (item) yield item;
          const next = parseHeader(line);
          if (next.sha !== commit?.sha) done = new Set();
          commit = next;
          continue;
        }
        if (removed && commit && line.charCodeAt(0) === 0x2d /* - */) removed(commit, line);
        const f = parser.push(line);
        const item = f && commit ? fileItem(commit, f) : undefined;
        if (item) yield item;
      }
    } else if (ev.kind === 'reset') {
      parser = newParser();
    } else if (commit) {
      const pending = parser.end();
      const item = pending ? fileItem(commit, pending) : undefined;
      if (item) yield item;
      const c = commit;
      const changes = (ev.kind === 'missing' ? [ev.change] : ev.changes).filter((ch) => !done.has(ch.path) && !repo.filtered(ch.path, repo.shown(ch.path)));
      for (const ch of changes) done.add(ch.path);
      if (ev.kind === 'missing') {
        for (const ch of changes) yield { path: repo.shown(ch.path), reason: 'missing-object', detail: ev.detail };
        continue;
      }
      let i = 0;
      for await (const blob of catFileBatch(opts.cwd, changes.map((ch) => ch.newOid), max)) {
        const ch = changes[i++]!;
        const shown = repo.shown(ch.path);
        if (blob.missing) yield { path: shown, reason: 'missing-object', detail: missingDetail(ch.newOid, ch.path, `commit ${c.sha.slice(0, 12)}`) };
        else if (!blob.bytes) yield { path: shown, reason: 'too-large', detail: `${tooLargeDetail(blob.size, max)} in commit ${c.sha.slice(0, 12)}` };
        else if (blob.bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
          const skip = binarySkip(shown, c);
          if (skip) yield skip;
        } else yield { path: shown, content: blob.bytes, commit: commitInfo(c) };
      }
    }
  }
  const last = parser.end();
  const item = last && commit ? fileItem(commit, last) : undefined;
  if (item) yield item;
}

function commitInfo(c: CommitHeader): { sha: string; date: string; author: string } {
  return { sha: c.sha, date: c.date, author: c.author };
}

/** Added lines at their own line numbers; the lines in between are empty. */
export function synthesize(lines: number[], text: string[]): string {
  const parts: string[] = [];
  let at = 1;
  for (let i = 0; i < lines.length; i++) {
    const n = lines[i]!;
    if (n > at) parts.push('\n'.repeat(n - at));
    parts.push(text[i] ?? '', '\n');
    at = n + 1;
  }
  return parts.join('');
}

export interface ConsolidateOptions {
  cwd: string;
  target?: string;
  mode: HistoryMode;
  /** Milliseconds since the epoch; the age is measured up to this instant (default now). */
  now?: number;
  /** The walk's commits in scan order when the caller has them (historyCommits); else listed again. */
  commits?: string[];
  /** How many `git log` processes the removal pass may run at once (the cores the scan may use); default 1. */
  streams?: number;
  /** The '-' lines the scan kept, if it kept them (scan/history-parts.ts): the removal pass then runs no git. */
  removals?: RemovalLookup;
}

/** The removal pass answered from the '-' lines the scan kept (history-parts), when it kept them all. */
async function keptRemovals(probes: Map<string, string>, lookup: RemovalLookup | undefined): Promise<Map<string, CommitHeader> | undefined> {
  if (!lookup) return undefined;
  const wanted = [...probes].filter(([, v]) => v.length > 0);
  const answer = await lookup(wanted.map(([, v]) => v));
  if (!answer) return undefined;
  const found = new Map<string, CommitHeader>();
  wanted.forEach(([fp], i) => {
    if (answer[i]) found.set(fp, answer[i]);
  });
  return found;
}

/** A removal pass stream gets at least this many commits: below it one more git process is not worth its start. */
const MIN_STREAM_COMMITS = 200;

/**
 * Reports each distinct secret once. Identity is the fingerprint alone (pattern + value), as everywhere in
 * keyshift: a secret is one credential to rotate however many files or commits held it. The finding keeps
 * the location of the first commit that added it; details carry the rest:
 *   firstSeen (date), lastCommit (HEAD if still present, else the parent of the commit that removed it),
 *   removedIn, presentAtHead, headPath, ageDays, occurrences, paths.
 * Age > LONG_LIVED_DAYS adds the note 'long-lived-in-history' and raises the severity one level for
 * long-lived, static and private-key kinds (not for short-lived tokens or publishable identifiers).
 */
export async function consolidateHistory(result: ScanResult, opts: ConsolidateOptions): Promise<void> {
  if (result.findings.length === 0) return;
  const repo = await repoContext({ cwd: opts.cwd, target: opts.target ?? opts.cwd, settings: { include: [], exclude: [], ignoreFileNames: [], maxFileSize: 0 } }, '--history');
  const selection = logSelection(opts.mode, repo);
  const order = opts.commits ? new Map(opts.commits.map((sha, i) => [sha, i])) : await commitOrder(opts.cwd, selection);
  const rank = (f: Finding): number => order.get(f.commit?.sha ?? '') ?? Number.MAX_SAFE_INTEGER;

  const groups = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const g = groups.get(f.fingerprint);
    if (g) g.push(f);
    else groups.set(f.fingerprint, [f]);
  }
  const probes = new Map<string, string>();
  for (const [fp, g] of groups) probes.set(fp, probeOf(g[0]!.secret.reveal()));
  const atHead = await presentAtHead(repo.top, probes);
  const head = atHead.size > 0 ? (await runGit(opts.cwd, ['rev-parse', '--verify', '-q', 'HEAD'])).stdout.toString('utf8').trim() : '';
  const gone = new Map([...probes].filter(([fp]) => !atHead.has(fp)));
  const removals = gone.size > 0 ? ((await keptRemovals(gone, opts.removals)) ?? (await findRemovals(opts.cwd, selection, gone, order, opts.streams ?? 1))) : new Map<string, CommitHeader>();

  const now = opts.now ?? Date.now();
  const out: Finding[] = [];
  for (const [fp, g] of groups) {
    g.sort((a, b) => rank(a) - rank(b) || (a.commit?.date ?? '').localeCompare(b.commit?.date ?? '') || a.path.localeCompare(b.path) || a.line - b.line);
    const unsuppressed = g.filter((f) => f.suppressions.length === 0);
    const first = g[0]!;
    const f: Finding = { ...first, notes: [...first.notes], details: { ...(first.details ?? {}) } };
    // Suppressed only if every occurrence is: one allowed copy must not hide another.
    f.suppressions = unsuppressed.length === 0 ? first.suppressions : [];
    const firstDate = first.commit?.date ?? '';
    const ageDays = firstDate ? Math.max(0, Math.floor((now - Date.parse(firstDate)) / DAY_MS)) : 0;
    const headPath = atHead.get(fp);
    const removed = removals.get(fp);
    const details = f.details!;
    details.firstSeen = firstDate;
    details.presentAtHead = headPath !== undefined;
    if (headPath !== undefined) {
      details.headPath = repo.shown(headPath);
      if (head) details.lastCommit = head;
    } else if (removed) {
      details.removedIn = removed.sha;
      details.removedDate = removed.date;
      if (removed.parents[0]) details.lastCommit = removed.parents[0];
    } else {
      const last = g[g.length - 1]!;
      if (last.commit) details.lastCommit = last.commit.sha;
    }
    details.ageDays = ageDays;
    details.occurrences = g.length;
    details.paths = new Set(g.map((x) => x.path)).size;
    if (ageDays > LONG_LIVED_DAYS) {
      f.notes.push('long-lived-in-history');
      if (STATIC_KINDS.has(f.kind) && !f.notes.includes('publishable')) {
        f.severity = SEVERITIES[Math.min(SEVERITIES.length - 1, severityRank(f.severity) + 1)]!;
      }
    }
    out.push(f);
  }
  out.sort((a, b) => cmp(a.path, b.path) || a.line - b.line || a.column - b.column || cmp(a.ruleId, b.ruleId) || cmp(a.commit?.sha ?? '', b.commit?.sha ?? ''));
  result.findings = out;
  const suppressed = out.filter((f) => f.suppressions.length > 0).length;
  result.counts = { ...result.counts, findings: out.length - suppressed, suppressed };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Commit sha -> position in the scan's own order (oldest first), to tell which occurrence came first. */
async function commitOrder(cwd: string, selection: string[]): Promise<Map<string, number>> {
  const r = await runGit(cwd, [...GIT_BASE, 'log', '--reverse', '--format=%H', ...selection]);
  if (r.code !== 0) throw new UsageError(`--history: git log failed: ${firstLine(r.stderr)}`);
  const order = new Map<string, number>();
  for (const sha of r.stdout.toString('utf8').split('\n')) if (sha) order.set(sha, order.size);
  return order;
}

/** git grep is line-based: a multi-line value (a PEM key) is looked up by its longest line. */
function probeOf(value: string): string {
  const lines = value.split(/\r?\n/);
  return lines.reduce((a, b) => (b.length > a.length ? b : a), '');
}

/** fingerprint -> repository-relative path at HEAD where the value still occurs. One `git grep`, values fed on stdin. */
async function presentAtHead(top: string, probes: Map<string, string>): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const hasHead = await runGit(top, ['rev-parse', '--verify', '-q', 'HEAD']);
  if (hasHead.code !== 0) return found;
  const values = [...new Set([...probes.values()].filter((v) => v.length > 0))];
  if (values.length === 0) return found;
  const grep = (specs: string[]) => runGit(top, [...GIT_BASE, 'grep', '--full-name', '--no-color', '-F', '-I', '-z', '-o', '-f', '-', 'HEAD', '--', ...specs], `${values.join('\n')}\n`);
  let r = await grep([]);
  // A blob of HEAD that is not in the repository: grep the rest (that file's presence is unknown).
  if (r.code > 1 && isMissingObjectMessage(r.stderr.toString('utf8'))) r = await grep((await missingAtHead(top)).map(excludeSpec));
  if (r.code > 1) throw new UsageError(`--history: git grep at HEAD failed: ${firstLine(r.stderr)}`);
  const hits = new Map<string, string>();
  for (const line of r.stdout.toString('utf8').split('\n')) {
    const z = line.indexOf('\0');
    if (z < 0) continue;
    const p = line.slice(0, z).replace(/^HEAD:/, '');
    const v = line.slice(z + 1);
    if (!hits.has(v)) hits.set(v, p);
  }
  for (const [fp, v] of probes) {
    const p = hits.get(v);
    if (p !== undefined) found.set(fp, p);
  }
  return found;
}

/** Repository-relative paths of HEAD's files whose blobs are missing (rev-list never fetches; ls-tree reads trees only). */
async function missingAtHead(top: string): Promise<string[]> {
  const missing = await missingObjects(top, ['HEAD'], '--history');
  if (missing.size === 0) return [];
  const r = await runGit(top, [...GIT_BASE, 'ls-tree', '-r', '-z', '--full-tree', 'HEAD']);
  const paths: string[] = [];
  for (const entry of r.stdout.toString('utf8').split('\0')) {
    const tab = entry.indexOf('\t');
    const oid = entry.slice(0, tab).split(' ')[2];
    if (tab > 0 && oid && missing.has(oid)) paths.push(entry.slice(tab + 1));
  }
  return paths;
}

/**
 * For secrets gone from HEAD: the last commit (in scan order) whose removed lines held the value. A second
 * pass over the same log, reading only '-' lines; it runs only when some secret is no longer at HEAD.
 */
async function findRemovals(cwd: string, selection: string[], probes: Map<string, string>, order: Map<string, number>, streams: number): Promise<Map<string, CommitHeader>> {
  const wanted = [...probes].filter(([, v]) => v.length > 0);
  // One pass per '-' line for every value at once: a value-by-value includes() made this pass grow with
  // secrets x removed lines (10 s of a 20,000-commit history with 368 secrets).
  const needles = substringSet(wanted.map(([, v]) => v));
  const found = new Map<string, CommitHeader>();
  const walk = {
    cwd,
    patchArgs: removalPatchArgs(),
    filter: [],
    selection,
    pathspec: selection.slice(selection.indexOf('--') + 1),
    maxLine: Infinity,
    what: '--history',
  };
  // The latest commit in scan order wins, whichever stream shows it first.
  const read = async (events: AsyncIterable<LogEvent>): Promise<void> => {
    let commit: CommitHeader | undefined;
    // A commit shown again after a missing object repeats lines already read: the answer is the same.
    for await (const ev of events) {
      if (ev.kind !== 'lines') continue;
      for (const line of ev.lines) {
        if (line.startsWith(MARK)) {
          commit = parseHeader(line);
          continue;
        }
        if (line.charCodeAt(0) !== 0x2d /* - */ || !commit) continue;
        for (const i of needles.find(line)) {
          const fp = wanted[i]![0];
          const prev = found.get(fp);
          if (!prev || (order.get(commit.sha) ?? 0) >= (order.get(prev.sha) ?? 0)) found.set(fp, commit);
        }
      }
    }
  };
  const shas = [...order.keys()];
  const n = Math.max(1, Math.min(streams, Math.floor(shas.length / MIN_STREAM_COMMITS)));
  if (n === 1) {
    await read(logEvents(walk));
    return found;
  }
  // git's diffs are most of this pass: several `git log` processes over consecutive runs of the commits
  // keep every core busy while this thread reads them all.
  const runs = Array.from({ length: n }, (_, i) => shas.slice(Math.floor((i * shas.length) / n), Math.floor(((i + 1) * shas.length) / n)));
  await Promise.all(runs.map((run) => read(partEvents(walk, run))));
  return found;
}

// The GitHub API as a source: a repository at a ref (git trees and blobs) or a pull request's added lines
// (PR file patches, blobs only where needed). Yields SourceItems with content; never detects or reports.
import { closeSync, constants as fsc, fstatSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { join, relative, isAbsolute, sep } from 'node:path';
import type { Skip, SourceItem } from '../model/types.js';
import { editorLinesForGitLinesIn, parseDiff } from '../sources/git-diff.js';
import { globFilter } from '../sources/globs.js';
import type { GitHubClient } from './client.js';
import { tooLargeDetail } from '../model/size.js';

export const DEFAULT_CONCURRENCY = 8;

export interface RemoteFilter {
  include: string[];
  exclude: string[];
  maxFileSize: number;
}

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface RemoteProgress {
  /** Blobs requested so far, and the number known to be needed. */
  fetched: number;
  total: number;
}

export interface TreeScanOptions extends RepoRef, RemoteFilter {
  /** Branch, tag or commit SHA; default: the repository's default branch. */
  ref?: string;
  concurrency?: number;
  onProgress?: (p: RemoteProgress) => void;
  warn?: (message: string) => void;
  /** The commit and its tree, when the caller already has them (scan-org reads both from the branch): no lookups. */
  resolved?: { sha: string; treeSha: string };
  /** More blobs to fetch than this: TooManyFilesError before any blob is requested (scan-org --max-repo-files). */
  maxFiles?: number;
}

/** A tree with more blobs to fetch than TreeScanOptions.maxFiles. */
export class TooManyFilesError extends Error {
  constructor(
    readonly files: number,
    readonly limit: number,
  ) {
    super(`${files} files to fetch, more than the limit of ${limit}`);
  }
}

/** A path filter with the walker's semantics: a glob without '/' matches the basename at any depth. */
export function pathFilter(include: string[], exclude: string[]): (p: string) => boolean {
  return globFilter(include, exclude);
}

interface TreeEntry {
  path?: string;
  mode?: string;
  type?: string;
  sha?: string;
  size?: number;
}

/** Resolves a ref (or the default branch) to a commit SHA. */
export async function resolveCommit(client: GitHubClient, r: RepoRef, ref?: string): Promise<{ sha: string; ref: string }> {
  let name = ref;
  if (!name) {
    const { data } = await client.rest.repos.get({ owner: r.owner, repo: r.repo });
    name = data.default_branch;
  }
  const { data } = await client.rest.repos.getCommit({ owner: r.owner, repo: r.repo, ref: name, per_page: 1 });
  return { sha: data.sha, ref: name };
}

/** Every blob of the tree: one recursive call, or a walk of sub-trees when GitHub truncates the listing. */
async function listTree(client: GitHubClient, r: RepoRef, treeSha: string): Promise<TreeEntry[]> {
  const { data } = await client.rest.git.getTree({ owner: r.owner, repo: r.repo, tree_sha: treeSha, recursive: '1' });
  if (!data.truncated) return data.tree;
  const out: TreeEntry[] = [];
  const walk = async (sha: string, prefix: string): Promise<void> => {
    const { data: t } = await client.rest.git.getTree({ owner: r.owner, repo: r.repo, tree_sha: sha });
    for (const e of t.tree) {
      const p = prefix ? `${prefix}/${e.path}` : (e.path ?? '');
      if (e.type === 'tree' && e.sha) await walk(e.sha, p);
      else out.push({ ...e, path: p });
    }
  };
  await walk(treeSha, '');
  return out;
}

/** The files of a repository at a ref, fetched as blobs with bounded concurrency. */
export async function* treeItems(client: GitHubClient, opts: TreeScanOptions): AsyncGenerator<SourceItem | Skip> {
  let treeSha = opts.resolved?.treeSha;
  if (treeSha === undefined) {
    const { sha } = await resolveCommit(client, opts, opts.ref);
    const { data: commit } = await client.rest.git.getCommit({ owner: opts.owner, repo: opts.repo, commit_sha: sha });
    treeSha = commit.tree.sha;
  }
  const entries = await listTree(client, opts, treeSha);
  const keep = pathFilter(opts.include, opts.exclude);
  const wanted: { path: string; sha: string }[] = [];
  const skips: Skip[] = [];
  for (const e of entries.sort((a, b) => ((a.path ?? '') < (b.path ?? '') ? -1 : 1))) {
    if (e.type !== 'blob' || !e.path || !e.sha) continue; // trees and submodules (type 'commit')
    if (e.mode === '120000') continue; // a symlink's blob is its target path, not content
    if (!keep(e.path)) continue;
    if (typeof e.size === 'number' && e.size > opts.maxFileSize) {
      skips.push({ path: e.path, reason: 'too-large', detail: tooLargeDetail(e.size, opts.maxFileSize) });
      continue;
    }
    wanted.push({ path: e.path, sha: e.sha });
  }
  if (opts.maxFiles !== undefined && wanted.length > opts.maxFiles) throw new TooManyFilesError(wanted.length, opts.maxFiles);
  yield* skips;
  let fetched = 0;
  yield* windowed(wanted, opts.concurrency ?? DEFAULT_CONCURRENCY, async (w): Promise<SourceItem | Skip> => {
    const item = await fetchBlob(client, opts, w.path, w.sha, opts.maxFileSize);
    opts.onProgress?.({ fetched: ++fetched, total: wanted.length });
    return item;
  });
}

async function fetchBlob(client: GitHubClient, r: RepoRef, path: string, sha: string, maxFileSize = Infinity): Promise<SourceItem | Skip> {
  try {
    const { data } = await client.rest.git.getBlob({ owner: r.owner, repo: r.repo, file_sha: sha });
    if (typeof data.size === 'number' && data.size > maxFileSize) return { path, reason: 'too-large', detail: tooLargeDetail(data.size, maxFileSize) };
    return { path, content: new Uint8Array(Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8')) };
  } catch (err) {
    const status = (err as { status?: number }).status;
    // A blob GitHub will not serve is one unreadable file, not a failed scan; auth errors stop the scan.
    if (status === 401 || status === 403) throw err;
    return { path, reason: 'unreadable', detail: `GitHub API: ${status ?? ''} ${(err as Error).message.split('\n')[0]}`.trim() };
  }
}

/** Runs fn over items with at most `limit` in flight and yields results in input order. */
async function* windowed<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): AsyncGenerator<R> {
  const inFlight: Promise<R>[] = [];
  let next = 0;
  while (next < items.length && inFlight.length < limit) inFlight.push(fn(items[next++]!));
  while (inFlight.length > 0) {
    const r = await inFlight.shift()!;
    if (next < items.length) inFlight.push(fn(items[next++]!));
    yield r;
  }
}

/** One changed file of a pull request (or a compare), as the API lists it. */
export interface DiffEntry {
  filename: string;
  status: string;
  sha?: string | null;
  patch?: string;
}

export interface ChangeScanOptions extends RepoRef, RemoteFilter {
  /** Local checkout: a file whose lines at the added line numbers equal the patch's is read from here. */
  localRoot?: string;
  /** Only these repository-relative paths or folders (empty: all). */
  paths?: string[];
  concurrency?: number;
  onProgress?: (p: RemoteProgress) => void;
}

export interface ChangeItems {
  items: SourceItem[];
  skips: Skip[];
  /** Paths scanned whole because GitHub sent no patch (binary or too large a diff): no inline comments. */
  wholeFile: Set<string>;
  /** Blob requests made. */
  blobRequests: number;
}

/** Every changed file of a pull request (pulls.listFiles, 100 per page; GitHub lists at most 3,000). */
export async function listPullFiles(client: GitHubClient, r: RepoRef, pull: number): Promise<DiffEntry[]> {
  return (await client.paginate(client.rest.pulls.listFiles, { owner: r.owner, repo: r.repo, pull_number: pull, per_page: 100 })) as DiffEntry[];
}

/**
 * Changed files -> items with only their added lines. The content comes from the local checkout when its
 * lines match the patch (no request), else from the blob API; a file without a patch is scanned whole.
 */
export async function changeItems(client: GitHubClient, entries: DiffEntry[], opts: ChangeScanOptions): Promise<ChangeItems> {
  const keep = pathFilter(opts.include, opts.exclude);
  const under = (p: string): boolean =>
    !opts.paths || opts.paths.length === 0 || opts.paths.some((d) => d === '' || d === '.' || p === d || p.startsWith(`${d.replace(/\/+$/, '')}/`));
  const out: ChangeItems = { items: [], skips: [], wholeFile: new Set(), blobRequests: 0 };
  const work: { entry: DiffEntry; added?: number[]; text?: string[] }[] = [];
  for (const e of entries) {
    if (e.status === 'removed' || !under(e.filename) || !keep(e.filename)) continue;
    if (e.patch === undefined || e.patch === null) {
      out.wholeFile.add(e.filename);
      work.push({ entry: e });
      continue;
    }
    const diff = parseDiff(e.patch, { collectText: true })[0];
    if (!diff || diff.addedLines.length === 0) continue; // deletions or a pure rename: nothing added
    work.push({ entry: e, added: diff.addedLines, text: diff.addedText });
  }
  let fetched = 0;
  const results = [] as (SourceItem | Skip)[];
  for await (const r of windowed(work, opts.concurrency ?? DEFAULT_CONCURRENCY, async (w): Promise<SourceItem | Skip> => {
    const local = w.added && opts.localRoot ? localContent(opts.localRoot, w.entry.filename, w.added, w.text ?? [], opts.maxFileSize) : undefined;
    let item: SourceItem | Skip;
    if (local) item = { path: w.entry.filename, content: local };
    else if (!w.entry.sha) item = { path: w.entry.filename, reason: 'unreadable', detail: 'GitHub listed no blob id for this file' };
    else {
      out.blobRequests++;
      item = await fetchBlob(client, opts, w.entry.filename, w.entry.sha, opts.maxFileSize);
    }
    opts.onProgress?.({ fetched: ++fetched, total: work.length });
    if ('reason' in item) return item;
    return w.added ? { ...item, addedLines: editorLinesForGitLinesIn(item.content ?? new Uint8Array(0), w.added) } : item;
  })) {
    results.push(r);
  }
  for (const r of results) {
    if ('reason' in r) out.skips.push(r);
    else out.items.push(r);
  }
  return out;
}

/**
 * The local file's bytes when every added line of the patch is at the same line number locally; undefined
 * (the caller falls back to the API blob) unless the path is a regular file (not a symbolic link, FIFO or
 * device) whose real path stays under the root and whose size is at most maxFileSize. A pull request
 * controls the checkout, so `evil.txt -> /dev/zero` must never be read.
 */
export function localContent(root: string, path: string, added: number[], text: string[], maxFileSize: number): Uint8Array | undefined {
  const bytes = readLocalFile(root, path, maxFileSize);
  if (!bytes) return undefined;
  const lines = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8').split('\n');
  for (let i = 0; i < added.length; i++) {
    const local = lines[added[i]! - 1];
    if (local === undefined || local.replace(/\r$/, '') !== (text[i] ?? '').replace(/\r$/, '')) return undefined;
  }
  return bytes;
}

/** A regular file under root, at most maxBytes long, read without following a final symbolic link. */
function readLocalFile(root: string, path: string, maxBytes: number): Uint8Array | undefined {
  let fd: number | undefined;
  try {
    const abs = join(root, path);
    if (!lstatSync(abs).isFile()) return undefined; // a symbolic link, FIFO, device or folder
    const realRoot = realpathSync(root);
    const real = realpathSync(abs); // a folder link on the way must not lead out of the root
    const rel = relative(realRoot, real);
    if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
    // O_NOFOLLOW: a link swapped in after realpath fails here; O_NONBLOCK: opening a FIFO does not wait.
    fd = openSync(real, fsc.O_RDONLY | (fsc.O_NOFOLLOW ?? 0) | (fsc.O_NONBLOCK ?? 0));
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > maxBytes) return undefined;
    const buf = Buffer.alloc(st.size);
    let got = 0;
    while (got < buf.length) {
      const n = readSync(fd, buf, got, buf.length - got, got);
      if (n === 0) break;
      got += n;
    }
    return new Uint8Array(buf.buffer, buf.byteOffset, got);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** An async iterable over a fixed list (for ScanRequest.items). */
export async function* fromList<T>(...lists: T[][]): AsyncGenerator<T> {
  for (const l of lists) yield* l;
}

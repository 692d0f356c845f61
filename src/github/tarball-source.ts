// A repository at one commit through a single API request: the tarball (GET /repos/{o}/{r}/tarball/{ref},
// which GitHub answers with a redirect to codeload that does not count against the REST rate limit). At
// organisation scale this is the difference between one request per repository and one per file: a
// 1,000-repository organisation with 200 files each is 200,000 blob requests, forty hours of a token's 5,000
// an hour, or 1,000 tarball requests. Entries go through the archive reader's tar parser (node-tar, in memory,
// names checked, symlinks and special files never read) under a byte and entry budget; yields SourceItems.
import type { Skip, SourceItem } from '../model/types.js';
import { tooLargeDetail } from '../model/size.js';
import { tarEntries } from '../read/containers/tar.js';
import { isEntrySkip, newBudget } from '../read/containers/limits.js';
import type { GitHubClient } from './client.js';
import { pathFilter, TooManyFilesError, type RemoteFilter, type RepoRef } from './remote-source.js';

/** Default cap on a repository's expanded tarball; past it the rest is one `archive-limit` skip. */
export const DEFAULT_TARBALL_MAX_BYTES = 1024 * 1024 * 1024;
export const DEFAULT_TARBALL_MAX_ENTRIES = 200_000;

export interface TarballOptions extends RepoRef, RemoteFilter {
  /** A commit SHA (or any ref GitHub resolves). */
  ref: string;
  maxBytes?: number;
  maxEntries?: number;
  /** More files to read than this: TooManyFilesError (scan-org --max-repo-files), as for the blob source. */
  maxFiles?: number;
}

/** The archive's bytes, or the API error (with its status) thrown as octokit throws it. */
export async function fetchTarball(client: GitHubClient, r: RepoRef, ref: string): Promise<Uint8Array> {
  const res = await client.request('GET /repos/{owner}/{repo}/tarball/{ref}', { owner: r.owner, repo: r.repo, ref });
  const data = res.data as unknown;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (data instanceof Uint8Array) return data;
  if (typeof data === 'string') return new Uint8Array(Buffer.from(data, 'latin1'));
  throw new Error('GitHub API: the tarball response had no body');
}

/**
 * The files of an archive GitHub made of the repository: every name has one leading folder
 * (`owner-repo-shortsha/`) that is not part of the repository's paths, so it is dropped. Sorted by path.
 */
export function* tarballEntries(bytes: Uint8Array, opts: TarballOptions): Generator<SourceItem | Skip> {
  const budget = newBudget({ depth: 1, maxBytes: opts.maxBytes ?? DEFAULT_TARBALL_MAX_BYTES, maxEntries: opts.maxEntries ?? DEFAULT_TARBALL_MAX_ENTRIES });
  const keep = pathFilter(opts.include, opts.exclude);
  const strip = (name: string): string => {
    const slash = name.indexOf('/');
    return slash < 0 ? '' : name.slice(slash + 1);
  };
  const items: SourceItem[] = [];
  const skips: Skip[] = [];
  const tooLarge = new Map<string, number>();
  const keepEntry = (name: string, size: number): boolean => {
    const path = strip(name);
    if (!path || !keep(path)) return false;
    if (size > opts.maxFileSize) {
      tooLarge.set(path, size);
      return false;
    }
    return true;
  };
  for (const e of tarEntries(bytes, budget, `${opts.repo}.tar.gz`, { keep: keepEntry })) {
    if (isEntrySkip(e)) {
      skips.push({ path: e.name ? strip(e.name) || e.name : `${opts.owner}/${opts.repo}@${opts.ref}`, reason: e.reason, detail: e.detail });
      continue;
    }
    items.push({ path: strip(e.name), content: e.data });
  }
  if (opts.maxFiles !== undefined && items.length > opts.maxFiles) throw new TooManyFilesError(items.length, opts.maxFiles);
  for (const [path, size] of tooLarge) skips.push({ path, reason: 'too-large', detail: tooLargeDetail(size, opts.maxFileSize) });
  skips.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  items.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  yield* skips;
  yield* items;
}

/** One request for the whole tree at `ref`. */
export async function tarballItems(client: GitHubClient, opts: TarballOptions): Promise<(SourceItem | Skip)[]> {
  const bytes = await fetchTarball(client, opts, opts.ref);
  return [...tarballEntries(bytes, opts)];
}

/** tarballItems as the stream a scan takes; the request is made when the scan starts reading. */
export async function* tarballStream(client: GitHubClient, opts: TarballOptions): AsyncGenerator<SourceItem | Skip> {
  yield* await tarballItems(client, opts);
}

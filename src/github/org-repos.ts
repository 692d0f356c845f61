// The repositories of an organisation as scan-org sees them: the API listing (paginated, each page a
// conditional request against its cached ETag), an explicit --repos list, the stable --shard partition and
// the archived / fork / topic / name filters. Lists and selects; never scans.
import { createHash } from 'node:crypto';
import micromatch from 'micromatch';
import { UsageError } from '../model/errors.js';
import type { GitHubClient } from './client.js';

export interface OrgRepo {
  /** owner/name as GitHub spells it. */
  fullName: string;
  owner: string;
  name: string;
  defaultBranch: string;
  archived: boolean;
  fork: boolean;
  topics: string[];
  /** The API's clone_url (https for github.com; file:// or http://127.0.0.1 in tests). */
  cloneUrl?: string;
  /** The API's size in KiB (0 for an empty repository). */
  sizeKb?: number;
}

/** A GitHub organisation or user login: letters, digits and single hyphens, at most 39 characters. */
export function isOrgName(s: string): boolean {
  return /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/.test(s);
}

/** `K/N` with 1 <= K <= N <= 1000, or a usage error. */
export function parseShard(value: string): { index: number; count: number } {
  const m = /^(\d{1,4})\/(\d{1,4})$/.exec(value.trim());
  const k = m ? Number(m[1]) : NaN;
  const n = m ? Number(m[2]) : NaN;
  if (!m || n < 1 || n > 1000 || k < 1 || k > n) throw new UsageError(`--shard: expected K/N with 1 <= K <= N <= 1000 (e.g. 2/4), got "${value}"`);
  return { index: k, count: n };
}

/**
 * The shard (1..count) a repository belongs to: the first 32 bits of SHA-256 of its lowercased full name,
 * modulo count. Stable across runs, machines and listing order, and needs no coordination between jobs;
 * lowercased because GitHub names are case-insensitive (a rename that only changes case keeps its shard).
 */
export function shardOf(fullName: string, count: number): number {
  const h = createHash('sha256').update(fullName.toLowerCase()).digest();
  return (h.readUInt32BE(0) % count) + 1;
}

type ListedRepo = {
  full_name: string;
  name: string;
  owner?: { login?: string } | null;
  default_branch?: string;
  archived?: boolean;
  fork?: boolean;
  topics?: string[];
  clone_url?: string;
  size?: number;
};

export function toOrgRepo(r: ListedRepo): OrgRepo {
  const [owner, name] = r.full_name.split('/') as [string, string];
  return {
    fullName: r.full_name,
    owner: r.owner?.login ?? owner,
    name: r.name ?? name,
    defaultBranch: r.default_branch ?? 'main',
    archived: r.archived === true,
    fork: r.fork === true,
    topics: Array.isArray(r.topics) ? r.topics.filter((t) => typeof t === 'string') : [],
    ...(typeof r.clone_url === 'string' ? { cloneUrl: r.clone_url } : {}),
    ...(typeof r.size === 'number' ? { sizeKb: r.size } : {}),
  };
}

/** One page of the listing as the cache keeps it: its ETag, its repositories and whether a next page exists. */
export interface ListingPage {
  etag?: string;
  repos: OrgRepo[];
  next: boolean;
}

export interface ListingCache {
  get(page: number): ListingPage | undefined;
  set(page: number, value: ListingPage): void;
}

export interface ListingResult {
  repos: OrgRepo[];
  /** Pages requested, and how many of them answered 304 (taken from the cache). */
  pages: number;
  notModified: number;
}

/** GET /orgs/{org}/repos, 100 a page, following rel="next"; a page whose ETag still matches answers 304. */
export async function listOrgRepos(client: GitHubClient, org: string, cache?: ListingCache): Promise<ListingResult> {
  const repos: OrgRepo[] = [];
  let notModified = 0;
  let page = 1;
  for (;;) {
    const cached = cache?.get(page);
    let entry: ListingPage;
    try {
      const res = await client.request('GET /orgs/{org}/repos', {
        org,
        type: 'all',
        per_page: 100,
        page,
        headers: cached?.etag ? { 'if-none-match': cached.etag } : {},
      });
      const link = String(res.headers.link ?? '');
      entry = { etag: typeof res.headers.etag === 'string' ? res.headers.etag : undefined, repos: (res.data as ListedRepo[]).map(toOrgRepo), next: /rel="next"/.test(link) };
      cache?.set(page, entry);
    } catch (err) {
      if ((err as { status?: number }).status !== 304 || !cached) throw err;
      notModified++;
      entry = cached;
    }
    repos.push(...entry.repos);
    if (!entry.next || page >= 10_000) break;
    page++;
  }
  return { repos, pages: page, notModified };
}

/**
 * An explicit list: one owner/name a line; blank lines and lines starting with # are ignored. A line of
 * another shape is a usage error naming its line number.
 */
export function parseRepoList(text: string, file: string): { owner: string; name: string; fullName: string }[] {
  const out: { owner: string; name: string; fullName: string }[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(line);
    if (!m) throw new UsageError(`--repos: ${file}:${i + 1}: expected owner/name, got "${line.length > 80 ? `${line.slice(0, 77)}...` : line}"`);
    const key = line.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ owner: m[1]!, name: m[2]!, fullName: line });
  });
  return out;
}

export interface RepoSelection {
  includeArchived: boolean;
  includeForks: boolean;
  /** A repository is kept when it has any of these topics (empty: no topic filter). */
  topics: string[];
  /** Globs on the repository name (a glob with '/' matches owner/name); case-insensitive. */
  include: string[];
  exclude: string[];
  shard?: { index: number; count: number };
}

export type ExclusionReason = 'other-shard' | 'name' | 'archived' | 'fork' | 'topic';

/** Why a repository is not scanned, or undefined when it is: the name and shard rules need only the name. */
export function nameExclusion(fullName: string, sel: RepoSelection): ExclusionReason | undefined {
  if (sel.shard && shardOf(fullName, sel.shard.count) !== sel.shard.index) return 'other-shard';
  const name = fullName.slice(fullName.indexOf('/') + 1);
  const subject = (glob: string): string => (glob.includes('/') ? fullName : name);
  const matches = (globs: string[]): boolean => globs.some((g) => micromatch.isMatch(subject(g), g, { nocase: true, dot: true }));
  if (sel.include.length > 0 && !matches(sel.include)) return 'name';
  if (matches(sel.exclude)) return 'name';
  return undefined;
}

/** nameExclusion, then the rules that need the repository's metadata. */
export function exclusion(repo: OrgRepo, sel: RepoSelection): ExclusionReason | undefined {
  const byName = nameExclusion(repo.fullName, sel);
  if (byName) return byName;
  if (repo.archived && !sel.includeArchived) return 'archived';
  if (repo.fork && !sel.includeForks) return 'fork';
  if (sel.topics.length > 0) {
    const have = new Set(repo.topics.map((t) => t.toLowerCase()));
    if (!sel.topics.some((t) => have.has(t.toLowerCase()))) return 'topic';
  }
  return undefined;
}

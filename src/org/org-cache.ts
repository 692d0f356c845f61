// The scan-org cache (--cache DIR): per repository, the default-branch head that was scanned, the ETag of the
// branch request and the result document; per organisation, the ETag and content of each listing page.
// Every file is written atomically as soon as its repository completes, so a killed run resumes from here.
// Layout: DIR/repos/<owner>__<name>.json, DIR/meta/<owner>__<name>.json (--repos), DIR/listing/<org>.json
// (all version 1; an unreadable file is a miss).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../model/atomic-write.js';
import type { ListingCache, ListingPage, OrgRepo } from '../github/org-repos.js';

export const ORG_CACHE_VERSION = 1;

export interface RepoCacheEntry {
  version: typeof ORG_CACHE_VERSION;
  fullName: string;
  branch: string;
  /** The default-branch head commit the cached result scanned. */
  head: string;
  /** The branch response's ETag, sent as If-None-Match next time. */
  etag?: string;
  /** A digest of everything that changes a result (options, config, tool version): another key is a miss. */
  key: string;
  /** The per-repository result document (docs/org.md), as written to --out-dir. */
  result: Record<string, unknown>;
}

/** `owner/name` -> `owner__name.json`: the file name of a repository's result (and cache entry). */
export function resultFileName(fullName: string): string {
  const [owner, name] = fullName.split('/');
  return `${owner}__${name}.json`;
}

/** --repos: a repository's metadata (GET /repos/{owner}/{name}) and the ETag it came with. */
export interface RepoMetaEntry {
  fullName: string;
  etag?: string;
  repo: OrgRepo;
}

export interface OrgCache {
  getRepo(fullName: string): RepoCacheEntry | undefined;
  putRepo(entry: RepoCacheEntry): void;
  getMeta(fullName: string): RepoMetaEntry | undefined;
  putMeta(entry: RepoMetaEntry): void;
  /** The listing pages of one organisation; save() writes the pages set since it was opened. */
  listing(org: string): ListingCache & { save(): void };
}

export function openOrgCache(dir: string): OrgCache {
  const repos = join(dir, 'repos');
  const listings = join(dir, 'listing');
  const metas = join(dir, 'meta');
  for (const d of [repos, listings, metas]) mkdirSync(d, { recursive: true });
  return {
    getMeta(fullName) {
      const e = readJson(join(metas, resultFileName(fullName))) as (RepoMetaEntry & { version?: number }) | undefined;
      if (!e || e.version !== ORG_CACHE_VERSION || !e.repo || typeof e.repo.fullName !== 'string' || typeof e.repo.defaultBranch !== 'string') return undefined;
      return e.fullName.toLowerCase() === fullName.toLowerCase() ? e : undefined;
    },
    putMeta(entry) {
      writeFileAtomic(join(metas, resultFileName(entry.fullName)), `${JSON.stringify({ version: ORG_CACHE_VERSION, ...entry })}\n`);
    },
    getRepo(fullName) {
      const e = readJson(join(repos, resultFileName(fullName))) as RepoCacheEntry | undefined;
      if (!e || e.version !== ORG_CACHE_VERSION || typeof e.head !== 'string' || typeof e.key !== 'string' || !e.result || typeof e.result !== 'object') return undefined;
      // A rename that changes only case is the same repository; any other name is another entry.
      return e.fullName.toLowerCase() === fullName.toLowerCase() ? e : undefined;
    },
    putRepo(entry) {
      writeFileAtomic(join(repos, resultFileName(entry.fullName)), `${JSON.stringify(entry)}\n`);
    },
    listing(org) {
      const file = join(listings, `${org.toLowerCase()}.json`);
      const stored = readJson(file) as { version?: number; pages?: Record<string, ListingPage> } | undefined;
      const old = stored?.version === ORG_CACHE_VERSION && stored.pages && typeof stored.pages === 'object' ? stored.pages : {};
      const pages: Record<string, ListingPage> = {};
      return {
        get: (page) => old[String(page)],
        set: (page, value) => {
          pages[String(page)] = value;
        },
        save: () => {
          // Pages answered 304 keep their stored entry.
          const merged: Record<string, ListingPage> = {};
          for (const [k, v] of Object.entries({ ...old, ...pages })) merged[k] = v;
          writeFileAtomic(file, `${JSON.stringify({ version: ORG_CACHE_VERSION, pages: merged })}\n`);
        },
      };
    },
  };
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

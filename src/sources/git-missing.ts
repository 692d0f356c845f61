// Missing git objects (a partial clone's blobs, a damaged repository): recognising git's failure, finding
// which objects some commits lack without fetching them, and the raw change lists and pathspecs the git
// sources use to scan around them. Never fetches (gitEnv() switches lazy fetches off), never detects.
import { unquote } from './git-diff.js';
import { gitLineBatches } from './git-source.js';

/**
 * git's words for an object it could not read, from git 2.39 on: a loose object gone (`unable to read`),
 * a name that resolves to nothing (`bad object`), a partial clone whose lazy fetch was refused or failed.
 */
const MISSING_MESSAGES: readonly RegExp[] = [
  /unable to read (?:tree |blob )?\(?[0-9a-f]{40,64}/,
  /bad object [0-9a-f]{40,64}/,
  /could not fetch [0-9a-f]{40,64} from promisor remote/,
  /missing (?:blob|tree) object/,
  /did not receive expected object/,
];

export function isMissingObjectMessage(stderr: string): boolean {
  return MISSING_MESSAGES.some((re) => re.test(stderr));
}

/** One entry of `git diff --raw --no-renames --no-abbrev` (or `git log --raw`). */
export interface RawChange {
  /** A (added), M (modified), D (deleted), T (type change). */
  status: string;
  oldMode: string;
  newMode: string;
  oldOid: string;
  newOid: string;
  /** Repository-relative POSIX path. */
  path: string;
}

const GITLINK = '160000';

/** `:100644 100644 <old> <new> M<TAB>path` -> RawChange; undefined for any other line. */
export function parseRawLine(line: string): RawChange | undefined {
  if (line.charCodeAt(0) !== 0x3a /* : */) return undefined;
  const tab = line.indexOf('\t');
  if (tab < 0) return undefined;
  const [oldMode = '', newMode = '', oldOid = '', newOid = '', status = ''] = line.slice(1, tab).split(' ');
  return { status: status.slice(0, 1), oldMode, newMode, oldOid, newOid, path: unquote(line.slice(tab + 1)) };
}

/** What a missing object means for one change: its new blob is gone, only its old one, or neither. */
export function missingSide(c: RawChange, missing: ReadonlySet<string>): 'new' | 'old' | undefined {
  if (c.newMode === GITLINK || c.oldMode === GITLINK) return undefined; // a submodule's commit lives elsewhere
  if (c.status !== 'D' && missing.has(c.newOid)) return 'new';
  if (missing.has(c.oldOid)) return 'old';
  return undefined;
}

/**
 * The objects these commits' trees name that the repository does not hold: one `git rev-list --objects
 * --missing=print --no-walk`, which lists missing objects instead of fetching them (cat-file would fetch,
 * and dies when the fetch is refused). Each object is visited once however many commits share it.
 */
export async function missingObjects(cwd: string, commits: string[], what: string): Promise<Set<string>> {
  const missing = new Set<string>();
  if (commits.length === 0) return missing;
  const args = ['rev-list', '--objects', '--missing=print', '--no-walk', '--stdin'];
  for await (const lines of gitLineBatches(cwd, args, 1024, `${what}: git rev-list --missing=print`, `${commits.join('\n')}\n`)) {
    for (const line of lines) if (line.charCodeAt(0) === 0x3f /* ? */) missing.add(line.slice(1).trim());
  }
  return missing;
}

/** A pathspec that leaves out exactly this repository-relative path. */
export function excludeSpec(path: string): string {
  return `:(exclude,top,literal)${path}`;
}

/** The skip detail for a file whose blob is not in the repository; `where` is a commit or a range. */
export function missingDetail(oid: string, path: string, where?: string): string {
  return `blob ${oid} of ${path}${where ? ` in ${where}` : ''} is not in the repository (partial clone or damaged repository)`;
}

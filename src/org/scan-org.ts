// `keyshift github scan-org`: scans the selected repositories of an organisation, several at once, each
// through the API as `github scan` does (or, with --history, from a clone without the blobs the scan would
// skip), and writes one result document per repository (docs/org.md) as each completes. A repository that
// fails is a skipped result with its reason; the run goes on. With a cache, an unchanged default branch
// costs one conditional request and its cached result is reused.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding, Skip, SourceItem } from '../model/types.js';
import { InterruptedError } from '../model/errors.js';
import { writeFileAtomic } from '../model/atomic-write.js';
import { failingFindings, type FailOn } from '../model/fail-on.js';
import { VERSION } from '../model/version.js';
import { runConfiguredScan, type ScanRequest } from '../scan/scan-request.js';
import { buildJson } from '../report/json.js';
import { oneLine, scrub, type GitHubClient } from '../github/client.js';
import { TooManyFilesError, treeItems, type RemoteFilter } from '../github/remote-source.js';
import { tarballStream } from '../github/tarball-source.js';
import type { OrgRepo } from '../github/org-repos.js';
import { ORG_CACHE_VERSION, resultFileName, type OrgCache } from './org-cache.js';

/** Why a repository was not scanned (docs/org.md; the `reason` of a skipped result). */
export type RepoSkipReason = 'not-found' | 'unavailable' | 'empty' | 'too-large' | 'timeout' | 'error';

/** Where a repository's files come from: the API tree at a commit, or a clone for --history. */
export type RepoSource = { kind: 'api'; items: AsyncIterable<SourceItem | Skip> } | { kind: 'clone'; dir: string };

export interface OrgScanConfig {
  client: GitHubClient;
  /** The organisation (or the owner of an explicit list), for each result's `org`. */
  org: string;
  /** K/N when sharded, for each result's `org.shard`. */
  shard?: string;
  outDir: string;
  cache?: OrgCache;
  /** Repositories scanned at once. */
  concurrency: number;
  /** Blob requests in flight per repository (fetch 'blobs'). */
  blobConcurrency: number;
  /**
   * How a default branch's files are read (--fetch): 'tarball', one API request for the whole tree (GitHub
   * redirects it to codeload, which does not count against the rate limit), or 'blobs', the recursive tree
   * and one request per file, as `github scan` does.
   */
  fetch: 'tarball' | 'blobs';
  history: boolean;
  /** Paths and size cap for the API tree (the same as the scan's). */
  filter: RemoteFilter;
  /** A tree with more files to fetch than this is skipped as too-large (--max-repo-files). */
  maxRepoFiles: number;
  /** A repository still being scanned after this long is skipped as timeout (--repo-timeout; 0 = none). */
  repoTimeoutMs: number;
  /** A digest of every option that changes a result; cache entries with another key are not reused. */
  optionsKey: string;
  failOn: FailOn;
  token?: string;
  signal?: AbortSignal;
  /**
   * The ONE place a repository's ScanRequest is built (an organisation-wide fingerprint salt belongs here, so
   * that every repository's scan gets the same one and reuse across repositories is still seen).
   */
  buildRequest: (repo: OrgRepo, source: RepoSource, signal: AbortSignal) => ScanRequest;
  /** One line per notable event (a skipped repository), without a newline. */
  log: (line: string) => void;
  /** Called as each repository completes (progress). */
  onDone?: (outcome: RepoOutcome, done: number) => void;
  /**
   * Set once a request failed on a rate limit after the wait budget was spent: the repositories after it are
   * skipped without a request, rather than each sending one more request to a limited API.
   */
  limits?: { spent?: string };
}

export interface RepoOutcome {
  fullName: string;
  status: 'scanned' | 'cached' | 'skipped';
  reason?: RepoSkipReason;
  detail?: string;
  findings: number;
  /** Unsuppressed findings at or above --fail-on. */
  failing: number;
}

/** A skipped repository: a typed reason and a one-line detail without any secret. */
class RepoSkip extends Error {
  constructor(
    readonly reason: RepoSkipReason,
    readonly detail: string,
    /** The request failed on a rate limit that was not waited out (the budget was spent). */
    readonly rateLimited = false,
  ) {
    super(detail);
  }
}

/** Scans every repository (at most cfg.concurrency at once) and returns the outcomes in input order. */
export async function scanRepos(repos: readonly OrgRepo[], cfg: OrgScanConfig): Promise<RepoOutcome[]> {
  mkdirSync(cfg.outDir, { recursive: true });
  cfg.limits ??= {};
  const out: RepoOutcome[] = new Array<RepoOutcome>(repos.length);
  let next = 0;
  let done = 0;
  let interrupted: unknown;
  const lane = async (): Promise<void> => {
    while (next < repos.length && interrupted === undefined) {
      const i = next++;
      try {
        out[i] = await scanOneRepo(repos[i]!, cfg);
        cfg.onDone?.(out[i]!, ++done);
      } catch (err) {
        interrupted ??= err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(cfg.concurrency, repos.length)) }, lane));
  if (interrupted !== undefined) throw interrupted;
  return out;
}

async function scanOneRepo(repo: OrgRepo, cfg: OrgScanConfig): Promise<RepoOutcome> {
  cfg.signal?.throwIfAborted();
  if (cfg.limits?.spent) return skipped(repo, new RepoSkip('error', `not attempted: ${cfg.limits.spent}`), cfg);
  const cached = cfg.cache?.getRepo(repo.fullName);
  const usable = cached && cached.branch === repo.defaultBranch && cached.key === cfg.optionsKey ? cached : undefined;
  let head: string;
  let treeSha: string;
  let etag: string | undefined;
  try {
    const res = await cfg.client.rest.repos.getBranch({
      owner: repo.owner,
      repo: repo.name,
      branch: repo.defaultBranch,
      headers: usable?.etag ? { 'if-none-match': usable.etag } : {},
    });
    head = res.data.commit.sha;
    treeSha = res.data.commit.commit.tree.sha;
    etag = typeof res.headers.etag === 'string' ? res.headers.etag : undefined;
  } catch (err) {
    if (usable && (err as { status?: number }).status === 304) return reuse(repo, usable.result, cfg);
    if (err instanceof InterruptedError) throw err;
    return skipped(repo, classify(err, repo, cfg.token), cfg);
  }
  // A new ETag for the same head (branch protection changed, say) still needs no scan.
  if (usable && usable.head === head) {
    cfg.cache?.putRepo({ ...usable, etag });
    return reuse(repo, usable.result, cfg);
  }

  const timeout = new AbortController();
  const signal = cfg.signal ? AbortSignal.any([cfg.signal, timeout.signal]) : timeout.signal;
  const timer = cfg.repoTimeoutMs > 0 ? setTimeout(() => timeout.abort(new RepoSkip('timeout', `not finished after ${Math.round(cfg.repoTimeoutMs / 1000)}s (--repo-timeout)`)), cfg.repoTimeoutMs) : undefined;
  let cloneRoot: string | undefined;
  try {
    let source: RepoSource;
    if (cfg.history) {
      if (!repo.cloneUrl) throw new RepoSkip('error', 'the API gave no clone_url for this repository');
      cloneRoot = mkdtempSync(join(tmpdir(), 'keyshift-org-'));
      const dir = join(cloneRoot, 'repo');
      await cloneForHistory(repo.cloneUrl, dir, cfg.filter.maxFileSize, cfg.token, signal);
      source = { kind: 'clone', dir };
    } else {
      source = {
        kind: 'api',
        items:
          cfg.fetch === 'tarball'
            ? tarballStream(cfg.client, { owner: repo.owner, repo: repo.name, ...cfg.filter, ref: head, maxFiles: cfg.maxRepoFiles })
            : treeItems(cfg.client, { owner: repo.owner, repo: repo.name, ...cfg.filter, resolved: { sha: head, treeSha }, maxFiles: cfg.maxRepoFiles, concurrency: cfg.blobConcurrency }),
      };
    }
    const scan = await runConfiguredScan(cfg.buildRequest(repo, source, signal));
    const doc = {
      ...buildJson(scan.report, { showSecrets: false, color: false, verbose: false, showSuppressed: false }),
      root: repo.fullName,
      repository: { fullName: repo.fullName, defaultBranch: repo.defaultBranch, head, status: 'scanned', history: cfg.history },
      org: orgField(cfg),
    };
    writeResult(cfg, repo, doc);
    cfg.cache?.putRepo({ version: ORG_CACHE_VERSION, fullName: repo.fullName, branch: repo.defaultBranch, head, etag, key: cfg.optionsKey, result: doc });
    const findings = scan.report.result.findings;
    return { fullName: repo.fullName, status: 'scanned', findings: findings.length, failing: failingFindings(findings, cfg.failOn).length };
  } catch (err) {
    // The run's own interruption stops everything; a repository's timeout is that repository's skip.
    if (cfg.signal?.aborted) throw cfg.signal.reason;
    const reason = timeout.signal.aborted ? timeout.signal.reason : err;
    return skipped(repo, classify(reason, repo, cfg.token), cfg, head);
  } finally {
    if (timer) clearTimeout(timer);
    if (cloneRoot) rmSync(cloneRoot, { recursive: true, force: true, maxRetries: 3 });
  }
}

function orgField(cfg: OrgScanConfig): { name: string; shard?: string } {
  return cfg.shard ? { name: cfg.org, shard: cfg.shard } : { name: cfg.org };
}

function writeResult(cfg: OrgScanConfig, repo: OrgRepo, doc: Record<string, unknown>): void {
  writeFileAtomic(join(cfg.outDir, resultFileName(repo.fullName)), `${JSON.stringify(doc, null, 2)}\n`);
}

/** The cached result, with this run's org field, written to --out-dir. */
function reuse(repo: OrgRepo, result: Record<string, unknown>, cfg: OrgScanConfig): RepoOutcome {
  const doc = { ...result, org: orgField(cfg) };
  writeResult(cfg, repo, doc);
  const findings = Array.isArray(result.findings) ? (result.findings as Finding[]) : [];
  return { fullName: repo.fullName, status: 'cached', findings: findings.length, failing: failingFindings(findings, cfg.failOn).length };
}

/**
 * An explicit --repos list: each repository's metadata (default branch, archived, fork, topics, clone URL)
 * from GET /repos/{owner}/{name}, a conditional request against the ETag the cache kept. A repository the
 * API does not serve is a skipped result here, written at once.
 */
export async function describeListedRepos(list: readonly { owner: string; name: string; fullName: string }[], cfg: OrgScanConfig): Promise<{ repos: OrgRepo[]; skipped: RepoOutcome[] }> {
  const { toOrgRepo } = await import('../github/org-repos.js');
  mkdirSync(cfg.outDir, { recursive: true });
  const repos: (OrgRepo | undefined)[] = new Array<OrgRepo | undefined>(list.length);
  const skippedOut: RepoOutcome[] = [];
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < list.length) {
      const i = next++;
      const r = list[i]!;
      cfg.signal?.throwIfAborted();
      const meta = cfg.cache?.getMeta(r.fullName);
      try {
        const res = await cfg.client.rest.repos.get({ owner: r.owner, repo: r.name, headers: meta?.etag ? { 'if-none-match': meta.etag } : {} });
        const repo = toOrgRepo(res.data as Parameters<typeof toOrgRepo>[0]);
        repos[i] = repo;
        cfg.cache?.putMeta({ fullName: r.fullName, etag: typeof res.headers.etag === 'string' ? res.headers.etag : undefined, repo });
      } catch (err) {
        if (meta && (err as { status?: number }).status === 304) {
          repos[i] = meta.repo;
          continue;
        }
        if (err instanceof InterruptedError) throw err;
        const placeholder: OrgRepo = { fullName: r.fullName, owner: r.owner, name: r.name, defaultBranch: '', archived: false, fork: false, topics: [] };
        skippedOut.push(skipped(placeholder, classify(err, placeholder, cfg.token), cfg));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(cfg.concurrency, list.length)) }, lane));
  return { repos: repos.filter((r): r is OrgRepo => r !== undefined), skipped: skippedOut };
}

function skipped(repo: OrgRepo, skip: RepoSkip, cfg: OrgScanConfig, head?: string): RepoOutcome {
  if (skip.rateLimited && cfg.limits && !cfg.limits.spent) cfg.limits.spent = 'the rate-limit wait budget (--max-rate-limit-wait) is spent';
  const doc = {
    version: 1,
    tool: { name: 'keyshift', version: VERSION },
    root: repo.fullName,
    counts: { filesScanned: 0, bytesScanned: 0, filesSkipped: 0, ignored: 0, excluded: 0, findings: 0, suppressed: 0 },
    findings: [],
    skipped: [],
    warnings: [],
    repository: { fullName: repo.fullName, defaultBranch: repo.defaultBranch, ...(head ? { head } : {}), status: 'skipped', reason: skip.reason, detail: skip.detail, history: cfg.history },
    org: orgField(cfg),
  };
  writeResult(cfg, repo, doc);
  cfg.log(`${repo.fullName}: skipped (${skip.reason}): ${skip.detail}`);
  return { fullName: repo.fullName, status: 'skipped', reason: skip.reason, detail: skip.detail, findings: 0, failing: 0 };
}

/** An error while reading or scanning a repository -> its skip reason and a one-line detail (token scrubbed). */
function classify(err: unknown, repo: OrgRepo, token?: string): RepoSkip {
  if (err instanceof RepoSkip) return err;
  if (err instanceof TooManyFilesError) return new RepoSkip('too-large', `${err.message} (--max-repo-files); scan it with --history, or raise the limit`);
  const e = err as { status?: number; message?: string; response?: { data?: { message?: string } } };
  const message = oneLine(scrub(e.response?.data?.message ?? e.message ?? String(err), token));
  const status = typeof e.status === 'number' ? e.status : undefined;
  if (status === undefined) return new RepoSkip('error', message);
  const detail = `HTTP ${status} ${message}`;
  if (status === 409) return new RepoSkip('empty', detail);
  if (status === 404) return new RepoSkip(repo.sizeKb === 0 ? 'empty' : 'not-found', detail);
  if (status === 451) return new RepoSkip('unavailable', detail);
  const rateLimited = (status === 403 || status === 429) && /rate limit/i.test(message);
  if (status === 403 && !rateLimited) return new RepoSkip('unavailable', detail);
  return new RepoSkip('error', detail, rateLimited);
}

/**
 * `git clone --no-checkout --filter=blob:limit=<max file size>`: history without the blobs the scan would skip
 * as too large anyway (a --history scan never fetches lazily, so blob:none would leave it nothing to read).
 * A token goes to git as an http.<origin>.extraheader in the environment (GIT_CONFIG_KEY_n), never in the URL,
 * the arguments, the clone's config or a message.
 */
export async function cloneForHistory(url: string, dir: string, maxFileSize: number, token: string | undefined, signal: AbortSignal): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: '', SSH_ASKPASS: '', LC_ALL: 'C' };
  let n = Number(env.GIT_CONFIG_COUNT ?? '0');
  if (!Number.isInteger(n) || n < 0) n = 0;
  const add = (key: string, value: string): void => {
    env[`GIT_CONFIG_KEY_${n}`] = key;
    env[`GIT_CONFIG_VALUE_${n}`] = value;
    n++;
  };
  add('credential.helper', '');
  if (token && /^https?:/i.test(url)) {
    const origin = new URL(url).origin;
    add(`http.${origin}/.extraheader`, `Authorization: Basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`);
  }
  env.GIT_CONFIG_COUNT = String(n);
  const filter = Number.isFinite(maxFileSize) && maxFileSize > 0 ? [`--filter=blob:limit=${Math.floor(maxFileSize)}`] : [];
  const args = ['clone', '--quiet', '--no-checkout', ...filter, '--', url, dir];
  await new Promise<void>((resolve, reject) => {
    const child = spawn('git', args, { stdio: ['ignore', 'ignore', 'pipe'], env });
    const err: Buffer[] = [];
    child.stderr.on('data', (c: Buffer) => err.push(c));
    const onAbort = (): void => void child.kill('SIGKILL');
    signal.addEventListener('abort', onAbort, { once: true });
    child.on('error', (e) => {
      signal.removeEventListener('abort', onAbort);
      reject(new RepoSkip('error', `cannot run git (${e.message})`));
    });
    child.on('close', (code) => {
      signal.removeEventListener('abort', onAbort);
      if (signal.aborted) return reject(signal.reason);
      if (code === 0) return resolve();
      const text = Buffer.concat(err).toString('utf8');
      const first = text.split('\n').find((l) => l.trim() !== '' && !/^warning:/i.test(l)) ?? `exit ${code}`;
      reject(new RepoSkip(/not found|does not exist|repository .* not found/i.test(text) ? 'not-found' : 'error', `git clone failed: ${oneLine(scrub(first, token))}`));
    });
  });
}

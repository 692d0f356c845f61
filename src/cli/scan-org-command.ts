// `keyshift github scan-org ORG`: the options of the organisation scan turned into a selection of repositories
// and one scan request per repository, the progress and summary lines on stderr, and the exit code (loaded
// lazily by github-command.ts, which registers the options). The engine is src/org/scan-org.ts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { UsageError, EXIT_CLEAN, EXIT_FINDINGS } from '../model/errors.js';
import { VERSION } from '../model/version.js';
import { findConfigFile } from '../config/config.js';
import type { CliIO } from './main.js';
import { requestFromOptions, type ScanCliOptions } from './scan-command.js';
import { resolveSettings } from '../scan/settings.js';
import type { ScanRequest } from '../scan/scan-request.js';
import { createClient, explainApiError } from '../github/client.js';
import { DEFAULT_CONCURRENCY } from '../github/remote-source.js';
import { exclusion, isOrgName, listOrgRepos, nameExclusion, parseRepoList, parseShard, type ExclusionReason, type OrgRepo, type RepoSelection } from '../github/org-repos.js';
import { openOrgCache } from '../org/org-cache.js';
import { describeListedRepos, scanRepos, type OrgScanConfig, type RepoOutcome, type RepoSource } from '../org/scan-org.js';

export interface ScanOrgCliOptions {
  repos?: string;
  outDir?: string;
  cache?: string;
  shard?: string;
  includeArchived?: boolean;
  includeForks?: boolean;
  topic?: string[];
  include?: string[];
  exclude?: string[];
  includePath?: string[];
  excludePath?: string[];
  concurrency?: string;
  maxRepoFiles?: string;
  fetch?: string;
  repoTimeout?: string;
  maxRateLimitWait?: string;
  tokenEnv?: string;
  apiUrl?: string;
  failOn?: string;
  verbose?: boolean;
  config?: string;
  baseline?: string;
  maxFileSize?: string;
  archiveDepth?: string;
  archiveMaxBytes?: string;
  archiveMaxEntries?: string;
  decodeDepth?: string;
  fileTimeout?: string;
  verify?: boolean;
  workers?: string;
  history?: boolean;
  since?: string;
  maxCommits?: string;
  historyRef?: string[];
  debug?: boolean;
}

/** Repositories scanned at once by default: enough to hide API latency; octokit's throttling keeps at most 10 requests in flight whatever this is, so the secondary limits are not approached. */
export const DEFAULT_ORG_CONCURRENCY = 8;
export const DEFAULT_MAX_REPO_FILES = 20_000;
export const DEFAULT_REPO_TIMEOUT_S = 1800;
/** One primary rate-limit window (an hour) by default. */
export const DEFAULT_MAX_RATE_LIMIT_WAIT_S = 3600;
/**
 * scan-org is an inventory (like `keyshift report`): findings do not fail it unless --fail-on is given, so
 * a scheduled job that is meant to collect them is not marked failed for doing its job.
 */
export const SCAN_ORG_DEFAULT_FAIL_ON = 'none';

function whole(flag: string, v: string | undefined, def: number, min: number, max: number): number {
  if (v === undefined) return def;
  const n = Number(v);
  if (!/^\d+$/.test(v.trim()) || !Number.isInteger(n) || n < min || n > max) throw new UsageError(`${flag}: expected a whole number from ${min} to ${max}, got "${v}"`);
  return n;
}

export async function scanOrgAction(orgArg: string | undefined, opts: ScanOrgCliOptions, io: CliIO): Promise<number> {
  // Everything that can be a usage error is checked before the first request.
  const org = (orgArg ?? '').trim();
  if (!opts.repos && !isOrgName(org)) throw new UsageError(`github scan-org: "${orgArg ?? ''}" is not an organisation name (letters, digits and single hyphens, at most 39 characters)`);
  if (opts.repos && org !== '' && !isOrgName(org)) throw new UsageError(`github scan-org: "${orgArg}" is not an organisation name`);
  if (!opts.outDir) throw new UsageError('github scan-org: --out-dir DIR is required (one result file per repository is written there)');
  const shard = opts.shard === undefined ? undefined : parseShard(opts.shard);
  const concurrency = whole('--concurrency', opts.concurrency, DEFAULT_ORG_CONCURRENCY, 1, 32);
  const fetch = opts.fetch ?? 'tarball';
  if (fetch !== 'tarball' && fetch !== 'blobs') throw new UsageError(`--fetch: expected tarball or blobs, got "${opts.fetch}"`);
  const maxRepoFiles = whole('--max-repo-files', opts.maxRepoFiles, DEFAULT_MAX_REPO_FILES, 1, 10_000_000);
  const repoTimeoutS = whole('--repo-timeout', opts.repoTimeout, DEFAULT_REPO_TIMEOUT_S, 0, 86_400);
  const maxWaitS = whole('--max-rate-limit-wait', opts.maxRateLimitWait, DEFAULT_MAX_RATE_LIMIT_WAIT_S, 0, 86_400);
  let list: ReturnType<typeof parseRepoList> | undefined;
  if (opts.repos) {
    let text: string;
    try {
      text = readFileSync(resolve(io.cwd, opts.repos), 'utf8');
    } catch (err) {
      throw new UsageError(`--repos: cannot read ${opts.repos}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
    }
    list = parseRepoList(text, opts.repos);
    if (list.length === 0) throw new UsageError(`--repos: ${opts.repos} names no repository (one owner/name a line)`);
  }
  const tokenVar = opts.tokenEnv ?? 'GITHUB_TOKEN';
  const token = io.env[tokenVar] ?? '';
  if (opts.tokenEnv && !token) throw new UsageError(`--token-env: the environment variable ${tokenVar} is empty or unset; export the token in it`);
  if (!token) io.stderr('keyshift: warning: no GITHUB_TOKEN: unauthenticated requests are limited to 60 an hour and see public repositories only\n');

  // The scan options are those of `keyshift scan`, checked by the same code; paths are --include-path/--exclude-path.
  const scanOpts: ScanCliOptions = {
    format: 'json',
    failOn: opts.failOn ?? SCAN_ORG_DEFAULT_FAIL_ON,
    include: opts.includePath,
    exclude: opts.excludePath,
    maxFileSize: opts.maxFileSize,
    archiveDepth: opts.archiveDepth,
    archiveMaxBytes: opts.archiveMaxBytes,
    archiveMaxEntries: opts.archiveMaxEntries,
    decodeDepth: opts.decodeDepth,
    fileTimeout: opts.fileTimeout,
    verify: opts.verify,
    config: opts.config ? resolve(io.cwd, opts.config) : undefined,
    baseline: opts.baseline ? resolve(io.cwd, opts.baseline) : undefined,
    workers: opts.workers,
    history: opts.history,
    since: opts.since,
    maxCommits: opts.maxCommits,
    historyRef: opts.historyRef,
    progress: false,
  };
  const base = requestFromOptions([], scanOpts, { ...io, isTTY: false });
  // One config for every repository: --config, else the .keyshift.yaml found upward from here (a --history
  // scan runs in a clone, where the upward search would find nothing).
  const configFile = base.configFile ?? findConfigFile(io.cwd);
  const settings = resolveSettings({ ...base, configFile }, io.cwd);
  const failOn = settings.failOn;
  const workers = base.workers ?? Math.max(1, Math.floor(availableParallelism() / concurrency));
  const optionsKey = digestOptions(base, configFile, maxRepoFiles);

  /** The one place each repository's ScanRequest is built (see OrgScanConfig.buildRequest). */
  const buildRequest = (_repo: OrgRepo, source: RepoSource, signal: AbortSignal): ScanRequest =>
    source.kind === 'api'
      ? { ...base, configFile, workers, items: source.items, mode: { kind: 'files' }, onProgress: undefined, signal }
      : { ...base, configFile, workers, cwd: source.dir, targets: [source.dir], onProgress: undefined, signal };

  let requests = 0;
  const client = createClient({
    token,
    baseUrl: opts.apiUrl ?? io.env.GITHUB_API_URL,
    log: (l) => io.stderr(`keyshift: ${l}\n`),
    debug: opts.debug,
    rateLimitRetries: 20,
    maxRateLimitWaitSeconds: maxWaitS,
    doNotRetry: [409],
    onRequest: () => void requests++,
  });
  const outDir = resolve(io.cwd, opts.outDir);
  const cache = opts.cache ? openOrgCache(resolve(io.cwd, opts.cache)) : undefined;
  const sel: RepoSelection = {
    includeArchived: Boolean(opts.includeArchived),
    includeForks: Boolean(opts.includeForks),
    topics: opts.topic ?? [],
    include: opts.include ?? [],
    exclude: opts.exclude ?? [],
    shard,
  };
  const shardLabel = shard ? `${shard.index}/${shard.count}` : undefined;
  const verbose = Boolean(opts.verbose);
  const cfg: OrgScanConfig = {
    client,
    org: org || (list?.[0]?.owner ?? ''),
    shard: shardLabel,
    outDir,
    cache,
    concurrency,
    blobConcurrency: DEFAULT_CONCURRENCY,
    fetch,
    history: Boolean(opts.history),
    filter: { include: settings.include, exclude: settings.exclude, maxFileSize: settings.maxFileSize },
    maxRepoFiles,
    repoTimeoutMs: repoTimeoutS * 1000,
    optionsKey,
    failOn,
    token,
    signal: io.signal,
    buildRequest,
    log: (line) => io.stderr(`keyshift: ${line}\n`),
    onDone: (o, done) => {
      if (verbose && o.status !== 'skipped') io.stderr(`keyshift: ${o.fullName}: ${o.status === 'cached' ? 'unchanged (cache)' : 'scanned'}, ${o.findings} finding(s)\n`);
      else if (io.isTTY && !verbose) io.stderr(`\r\x1b[Kscan-org: ${done} repositories done`);
    },
  };

  const excluded = new Map<ExclusionReason, number>();
  const count = (r: ExclusionReason): void => void excluded.set(r, (excluded.get(r) ?? 0) + 1);
  let listed: number;
  let listingNote = '';
  let selected: OrgRepo[];
  const early: RepoOutcome[] = [];
  try {
    if (list) {
      listed = list.length;
      const byName = list.filter((r) => {
        const why = nameExclusion(r.fullName, sel);
        if (why) count(why);
        return !why;
      });
      const described = await describeListedRepos(byName, cfg);
      early.push(...described.skipped);
      selected = keep(described.repos, sel, count);
    } else {
      const listing = cache?.listing(org);
      const res = await listOrgRepos(client, org, listing);
      listing?.save();
      listed = res.repos.length;
      listingNote = ` (${res.pages} page(s)${res.notModified ? `, ${res.notModified} unchanged` : ''})`;
      selected = keep(res.repos, sel, count);
    }
  } catch (err) {
    if (io.signal?.aborted) throw io.signal.reason;
    if ((err as { status?: number }).status !== undefined) {
      throw new UsageError(explainApiError(err, { action: list ? 'read the repositories of --repos from GitHub' : `list the repositories of ${org}`, permission: 'metadata: read', token }));
    }
    throw err;
  }
  const why = [...excluded.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([r, n]) => `${n} ${r}`).join(', ');
  io.stderr(`keyshift: scan-org ${cfg.org}${shardLabel ? ` shard ${shardLabel}` : ''}: ${listed} repositories listed${listingNote}, ${selected.length} to scan${why ? ` (not scanned: ${why})` : ''}\n`);

  let outcomes: RepoOutcome[];
  try {
    outcomes = [...early, ...(await scanRepos(selected, cfg))];
  } finally {
    if (io.isTTY && !verbose) io.stderr('\r\x1b[K');
  }
  io.stderr(`${summary(outcomes, requests, opts.outDir)}\n`);
  return outcomes.some((o) => o.failing > 0) ? EXIT_FINDINGS : EXIT_CLEAN;
}

function keep(repos: OrgRepo[], sel: RepoSelection, count: (r: ExclusionReason) => void): OrgRepo[] {
  const seen = new Set<string>();
  return repos.filter((r) => {
    const key = r.fullName.toLowerCase();
    if (seen.has(key)) return false; // a listing that moved under us can repeat a repository across pages
    seen.add(key);
    const why = exclusion(r, sel);
    if (why) count(why);
    return !why;
  });
}

export function summary(outcomes: RepoOutcome[], requests: number, outDir: string): string {
  const by = (s: RepoOutcome['status']): RepoOutcome[] => outcomes.filter((o) => o.status === s);
  const reasons = new Map<string, number>();
  for (const o of by('skipped')) reasons.set(o.reason ?? 'error', (reasons.get(o.reason ?? 'error') ?? 0) + 1);
  const skippedText = [...reasons.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([r, n]) => `${n} ${r}`).join(', ');
  const findings = outcomes.reduce((n, o) => n + o.findings, 0);
  const withFindings = outcomes.filter((o) => o.findings > 0).length;
  return (
    `keyshift: ${outcomes.length} repositories: ${by('scanned').length} scanned, ${by('cached').length} unchanged (cache), ` +
    `${by('skipped').length} skipped${skippedText ? ` (${skippedText})` : ''}; ${findings} finding(s) in ${withFindings} repositories; ` +
    `${requests} API requests; results in ${outDir}`
  );
}

/** Everything that changes a repository's result, as one digest: a cached result under another is not reused. */
function digestOptions(req: ScanRequest, configFile: string | undefined, maxRepoFiles: number): string {
  const read = (p: string | undefined): string | undefined => {
    if (!p) return undefined;
    try {
      return createHash('sha256').update(readFileSync(p)).digest('hex');
    } catch {
      return 'unreadable';
    }
  };
  const parts = {
    tool: VERSION,
    include: req.include,
    exclude: req.exclude,
    maxFileSize: req.maxFileSize,
    archives: req.archives,
    decodeDepth: req.decodeDepth,
    fileTimeoutMs: req.fileTimeoutMs,
    verify: req.verify,
    mode: req.mode,
    config: read(configFile),
    baseline: read(req.baseline),
    // A result made under another fingerprint salt has other fingerprints: not reusable (the digest hides the salt).
    fingerprintSalt: req.fingerprintSalt ?? req.envFingerprintSalt,
    maxRepoFiles,
  };
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

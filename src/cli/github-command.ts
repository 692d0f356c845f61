// `keyshift github scan <owner>/<repo> [--ref REF | --pr N]`: scans a repository or a pull request's added
// lines through the GitHub API, without cloning, with the same options and outputs as `keyshift scan`.
import { Command, Option } from 'commander';
import { UsageError } from '../model/errors.js';
import type { Skip, SourceItem } from '../model/types.js';
import type { CliIO } from './main.js';
import { addScanOptions, requestFromOptions, writeScanOutput, type ScanCliOptions } from './scan-command.js';
import { runConfiguredScan } from '../scan/scan-request.js';
import { resolveSettings } from '../scan/settings.js';
import { DEFAULT_CONCURRENCY, type RemoteProgress } from '../github/remote-source.js';

interface GithubScanOptions extends ScanCliOptions {
  ref?: string;
  pr?: string;
  tokenEnv?: string;
  apiUrl?: string;
  concurrency?: string;
  /** The global --debug: octokit's own log lines reach stderr (redacted) only then. */
  debug?: boolean;
}

export function registerGithubCommands(program: Command, io: CliIO, setExit: (code: number) => void): void {
  const github = program.command('github').description('scan GitHub repositories and pull requests through the API, without cloning');
  addScanOptions(
    github
      .command('scan')
      .description('scan a repository at a ref, or the lines a pull request adds, through the GitHub API')
      .argument('<owner/repo>', 'the repository, e.g. octo-org/service')
      .addOption(new Option('--ref <ref>', 'branch, tag or commit to scan (default: the default branch)').conflicts('pr'))
      .addOption(new Option('--pr <number>', "scan only the lines this pull request adds").conflicts('ref'))
      .option('--token-env <name>', 'environment variable that holds the token (default: GITHUB_TOKEN)')
      .option('--api-url <url>', 'API base URL (default: $GITHUB_API_URL or https://api.github.com; GHES: https://HOST/api/v3)')
      .option('--concurrency <n>', `blob requests in flight (default ${DEFAULT_CONCURRENCY})`),
    'text',
  ).action(async (full: string, opts: GithubScanOptions, cmd: Command) => {
    setExit(await githubScan(full, { ...opts, debug: cmd.optsWithGlobals().debug === true }, io));
  });
  registerScanOrg(github, io, setExit);
}

const collect = (v: string, prev: string[] = []): string[] => [...prev, v];

/** Exit codes of scan-org, an inventory: findings do not fail it unless --fail-on is given. */
const SCAN_ORG_HELP = `
Writes one JSON result per repository into --out-dir (<owner>__<name>.json; docs/org.md). Repositories
that cannot be scanned (not found, 451, empty, too large, timeout) are results with status "skipped" and
their reason; the run goes on.

Exit codes:
  0  every selected repository has its result file (findings do not change this unless --fail-on is given)
  1  --fail-on was given and a finding is at or above it
  2  usage or configuration error, or the repositories could not be listed
  130, 143  interrupted; the results written so far stay (with --cache, the next run resumes)
`;

function registerScanOrg(github: Command, io: CliIO, setExit: (code: number) => void): void {
  github
    .command('scan-org')
    .description("scan every repository of an organisation (default branch through the API, or history from clones); one JSON result per repository")
    .argument('[org]', 'the organisation, e.g. octo-org (optional with --repos)')
    .option('--repos <file>', 'scan the repositories listed in this file (one owner/name a line, # comments) instead of listing the organisation')
    .option('--out-dir <dir>', 'write one result file per repository here (required)')
    .option('--cache <dir>', 'remember each default-branch head and ETag here; an unchanged repository costs one conditional request and reuses its result')
    .option('--shard <K/N>', 'scan only shard K of N (a stable hash of the repository name): N jobs cover the organisation once')
    .option('--include-archived', 'also scan archived repositories')
    .option('--include-forks', 'also scan forks')
    .option('--topic <topic>', 'only repositories with this topic (repeatable: any of them)', collect)
    .option('--include <glob>', 'only repositories whose name matches this glob (repeatable; a glob with / matches owner/name)', collect)
    .option('--exclude <glob>', 'skip repositories whose name matches this glob (repeatable)', collect)
    .option('--include-path <glob>', 'only scan paths matching this glob, in every repository (repeatable)', collect)
    .option('--exclude-path <glob>', 'skip paths matching this glob, in every repository (repeatable)', collect)
    .option('--history', "scan each repository's history from a clone (git clone --no-checkout --filter=blob:limit=<max file size>)")
    .option('--since <date>', 'with --history: only commits more recent than this date')
    .option('--max-commits <n>', 'with --history: at most this many commits per repository')
    .option('--history-ref <ref>', 'with --history: a branch, tag or range to walk (repeatable; default: all branches)', collect)
    .option('--concurrency <n>', 'repositories scanned at once (default 8, at most 32; requests in flight stay at most 10 whatever this is)')
    .option('--fetch <how>', 'how a default branch is read: tarball (one API request per repository; default) or blobs (the tree and one request per file)')
    .option('--max-repo-files <n>', 'a default branch with more files to fetch is skipped as too-large (default 20000; --history has no such limit)')
    .option('--repo-timeout <seconds>', 'a repository still being scanned after this long is skipped as timeout (default 1800; 0 = none)')
    .option('--max-rate-limit-wait <seconds>', 'wait for rate limits (primary reset, secondary retry-after) at most this long in all (default 3600)')
    .option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity (default none: an inventory)')
    .option('-v, --verbose', 'one line per repository')
    .option('--token-env <name>', 'environment variable that holds the token (default: GITHUB_TOKEN)')
    .option('--api-url <url>', 'API base URL (default: $GITHUB_API_URL or https://api.github.com; GHES: https://HOST/api/v3)')
    .option('-c, --config <file>', 'configuration file for every repository (default: .keyshift.yaml found upward from here)')
    .option('--baseline <file>', 'report only findings that are not in this baseline')
    .option('--max-file-size <size>', 'skip files larger than this (bytes, or 10MiB, 500KB)')
    .option('--archive-depth <n>', 'open archives this many levels deep (0 = as plain files)')
    .option('--archive-max-bytes <size>', 'stop expanding an archive past this many bytes')
    .option('--archive-max-entries <n>', 'stop reading an archive past this many entries')
    .option('--decode-depth <n>', 'decode encoded values this many encodings deep (0 = off)')
    .option('--file-timeout <ms>', 'time budget per file in milliseconds (0 = none)')
    .option('--verify', 'check each finding against its provider with one read-only request')
    .option('--workers <n>', 'worker threads per repository scan (default: cores / concurrency, at least 1)')
    .addHelpText('after', SCAN_ORG_HELP)
    .action(async (org: string | undefined, opts: Record<string, unknown>, cmd: Command) => {
      const { scanOrgAction } = await import('./scan-org-command.js');
      setExit(await scanOrgAction(org, { ...opts, debug: cmd.optsWithGlobals().debug === true }, io));
    });
}

async function githubScan(full: string, opts: GithubScanOptions, io: CliIO): Promise<number> {
  // Octokit and its plugins cost about 40 ms to load; only this command needs them.
  const { createClient, explainApiError, parseRepo } = await import('../github/client.js');
  const { changeItems, fromList, listPullFiles, treeItems } = await import('../github/remote-source.js');
  const repoRef = parseRepo(full);
  if (!repoRef) throw new UsageError(`github scan: "${full}" is not a repository; write it as owner/repo`);
  if (opts.staged || opts.diff !== undefined || opts.history) throw new UsageError('github scan: --staged, --diff and --history are for local repositories; use --ref or --pr');
  const pull = opts.pr === undefined ? undefined : Number(opts.pr);
  if (pull !== undefined && (!Number.isInteger(pull) || pull <= 0)) throw new UsageError(`--pr: expected a pull request number, got "${opts.pr}"`);
  const concurrency = opts.concurrency === undefined ? DEFAULT_CONCURRENCY : Number(opts.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) throw new UsageError(`--concurrency: expected 1 to 32, got "${opts.concurrency}"`);
  const tokenVar = opts.tokenEnv ?? 'GITHUB_TOKEN';
  const token = io.env[tokenVar] ?? '';
  if (opts.tokenEnv && !token) throw new UsageError(`--token-env: the environment variable ${tokenVar} is empty or unset; export the token in it`);
  if (!token) io.stderr('keyshift: warning: no GITHUB_TOKEN: unauthenticated requests are limited to 60 an hour and see public repositories only\n');

  const request = requestFromOptions([], opts, io);
  const settings = resolveSettings(request, io.cwd);
  const client = createClient({ token, baseUrl: opts.apiUrl ?? io.env.GITHUB_API_URL, log: (l) => io.stderr(`keyshift: ${l}\n`), debug: opts.debug });
  const showProgress = io.isTTY && opts.progress !== false;
  const progress = showProgress
    ? (p: RemoteProgress): void => {
        if (p.fetched === p.total || p.fetched % 10 === 0) io.stderr(`\r\x1b[Kfetching from GitHub: ${p.fetched}/${p.total} files`);
      }
    : undefined;
  const filter = { include: settings.include, exclude: settings.exclude, maxFileSize: settings.maxFileSize };

  let items: AsyncIterable<SourceItem | Skip>;
  try {
    if (pull !== undefined) {
      const entries = await listPullFiles(client, repoRef, pull);
      const ch = await changeItems(client, entries, { ...repoRef, ...filter, concurrency, onProgress: progress });
      items = fromList<SourceItem | Skip>(ch.skips, ch.items);
    } else {
      // Pull the first item now so that a bad repository, ref or token fails here with an explanation.
      const gen = treeItems(client, { ...repoRef, ...filter, ref: opts.ref, concurrency, onProgress: progress });
      const first = await gen.next();
      items = (async function* () {
        if (!first.done) yield first.value;
        yield* gen;
      })();
    }
  } catch (err) {
    throw new UsageError(explainApiError(err, { action: `read ${full}${pull !== undefined ? ` pull request #${pull}` : opts.ref ? ` at ${opts.ref}` : ''} from GitHub`, permission: pull !== undefined ? 'pull-requests: read' : 'contents: read', token }));
  }

  let result;
  try {
    result = await runConfiguredScan({ ...request, onProgress: undefined, items });
  } catch (err) {
    if ((err as { status?: number }).status !== undefined) {
      throw new UsageError(explainApiError(err, { action: `read ${full} from GitHub`, permission: 'contents: read', token }));
    }
    throw err;
  }
  if (showProgress) io.stderr('\r\x1b[K');
  return writeScanOutput(result, opts, io);
}

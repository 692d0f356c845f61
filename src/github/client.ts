// The GitHub API client (octokit with throttling and retry) and the one-line explanations of the API errors
// users hit. Owns the token: it never appears in a log line or an error message this module produces.
import { Octokit } from '@octokit/rest';
import { throttling } from '@octokit/plugin-throttling';
import { retry } from '@octokit/plugin-retry';
import { visibleControls } from '../model/untrusted.js';

const KeyshiftOctokit = Octokit.plugin(throttling, retry);
export type GitHubClient = InstanceType<typeof KeyshiftOctokit>;

export interface ClientOptions {
  token?: string;
  /** GITHUB_API_URL; GitHub Enterprise Server is https://HOST/api/v3. */
  baseUrl?: string;
  /** Where rate-limit notices go (one line each). */
  log?: (line: string) => void;
  /** How many times a rate-limited request is retried (default 3). */
  rateLimitRetries?: number;
  /** --debug: let octokit's own log lines through (redacted); otherwise they are dropped. */
  debug?: boolean;
  /**
   * A budget for rate-limit waits over the client's life, in seconds (scan-org: --max-rate-limit-wait).
   * While set, a rate-limited request is retried (up to rateLimitRetries times) as long as the waits, counted
   * once where they overlap, stay within it; past it the request fails with its 403 or 429.
   */
  maxRateLimitWaitSeconds?: number;
  /** Statuses the retry plugin must not retry (added to the defaults): scan-org adds 409, an empty repository. */
  doNotRetry?: number[];
  /** Called once per HTTP request sent (every attempt, 304 answers included): request counting. */
  onRequest?: (method: string, url: string) => void;
}

export const DEFAULT_API_URL = 'https://api.github.com';

export function createClient(opts: ClientOptions): GitHubClient {
  const log = opts.log ?? (() => undefined);
  const retries = opts.rateLimitRetries ?? 3;
  const budget = opts.maxRateLimitWaitSeconds;
  // Waits already granted: requests waiting for the same reset overlap, so only the part past waitedUntil counts.
  let waited = 0;
  let waitedUntil = 0;
  const onLimit =
    (what: string) =>
    (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      if (retryCount >= retries) {
        log(`GitHub ${what} rate limit on ${options.method} ${options.url}: giving up after ${retryCount} retries`);
        return false;
      }
      if (budget !== undefined) {
        const now = Date.now();
        const end = now + retryAfter * 1000;
        const added = Math.max(0, end - Math.max(now, waitedUntil)) / 1000;
        if (waited + added > budget) {
          log(`GitHub ${what} rate limit on ${options.method} ${options.url}: waiting ${retryAfter}s more would pass the rate-limit wait budget (${budget}s); giving up`);
          return false;
        }
        waited += added;
        waitedUntil = Math.max(waitedUntil, end);
      }
      log(`GitHub ${what} rate limit on ${options.method} ${options.url}: retrying in ${retryAfter}s`);
      return true;
    };
  const client = new KeyshiftOctokit({
    auth: opts.token || undefined,
    baseUrl: (opts.baseUrl || DEFAULT_API_URL).replace(/\/+$/, ''),
    userAgent: 'keyshift',
    log: libraryLogger(log, opts.token, opts.debug === true),
    throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
    retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451, ...(opts.doNotRetry ?? [])] },
  });
  const onRequest = opts.onRequest;
  if (onRequest) {
    client.hook.before('request', (o) => {
      onRequest(String(o.method), String(o.url));
    });
  }
  return client;
}

type LibraryLogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LibraryLogger = Record<LibraryLogLevel, (message: unknown, ...extra: unknown[]) => void>;

/**
 * The logger handed to octokit. Its lines ("GET /repos/o/r/pulls/9 - 404 with id UNKNOWN in 68ms", deprecation
 * notices) are not keyshift's messages: every failure they describe is thrown and explained by explainApiError,
 * so without --debug all four levels are dropped. Under --debug each call becomes one redacted line; the extra
 * arguments (octokit passes the whole request options, headers and all) are reduced to method and URL.
 */
export function libraryLogger(log: (line: string) => void, token: string | undefined, debug: boolean): LibraryLogger {
  const emit =
    (level: LibraryLogLevel) =>
    (message: unknown, ...extra: unknown[]): void => {
      if (!debug) return;
      const parts = [typeof message === 'string' ? message : describeLogArg(message), ...extra.map(describeLogArg)].filter((p) => p !== '');
      log(`debug: octokit ${level}: ${oneLine(scrub(parts.join(' '), token))}`);
    };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/** An extra log argument as text without its headers or body: "GET https://..." for request options, the message for an error. */
function describeLogArg(arg: unknown): string {
  if (typeof arg === 'string' || typeof arg === 'number') return String(arg);
  if (arg instanceof Error) return arg.message;
  if (arg && typeof arg === 'object') {
    const o = arg as { method?: unknown; url?: unknown };
    if (typeof o.method === 'string' && typeof o.url === 'string') return `${o.method} ${o.url}`;
  }
  return '';
}

/** Removes a token (and anything that looks like an Authorization header value) from a message. */
export function scrub(message: string, token?: string): string {
  let m = message;
  if (token && token.length >= 4) m = m.split(token).join('***');
  m = m.replace(/([?&](?:access_token|token|client_secret|code)=)[^&#\s]+/gi, '$1***');
  return m.replace(/(authorization["']?\s*[:=]\s*["']?)(token|bearer)\s+[^\s"',]+/gi, '$1$2 ***');
}

export interface ApiErrorContext {
  /** What we were doing, e.g. "upload SARIF", "post the review". */
  action: string;
  /** The permission or setting the step needs, e.g. "security-events: write". */
  permission: string;
  /** The pull request comes from a fork (its GITHUB_TOKEN is read-only). */
  fork?: boolean;
  /** Code scanning upload: 403/404 may mean the feature is off. */
  codeScanning?: boolean;
  token?: string;
}

/** One line: what failed, why, and which permission or setting to change. Never includes the token. */
export function explainApiError(err: unknown, ctx: ApiErrorContext): string {
  const e = err as { status?: number; message?: string; response?: { data?: { message?: string } } };
  const status = typeof e.status === 'number' ? e.status : undefined;
  const apiMessage = oneLine(scrub(e.response?.data?.message ?? e.message ?? String(err), ctx.token));
  const prefix = `could not ${ctx.action}`;
  if (status === undefined) return `${prefix}: ${apiMessage}`;
  if (status === 401) return `${prefix} (401 ${apiMessage}): the token is missing, expired or revoked; pass a valid token in the token input or GITHUB_TOKEN`;
  if (ctx.codeScanning && (status === 403 || status === 404) && /code scanning|advanced security|code security|not enabled/i.test(apiMessage)) {
    return `${prefix} (${status} ${apiMessage}): code scanning is not enabled for this repository; enable it under Settings > Code security (private repositories need GitHub Code Security), or set upload-sarif: false`;
  }
  if (ctx.fork && (status === 403 || status === 404)) {
    return `${prefix} (${status} ${apiMessage}): this pull request comes from a fork, and GitHub gives fork pull requests a read-only token; the findings are in the job summary and annotations instead`;
  }
  if (status === 403) {
    return `${prefix} (${status} ${apiMessage}): the token lacks "${ctx.permission}"; add it to the workflow's permissions: block (or the token's scopes)`;
  }
  if (status === 404) {
    // GitHub answers 404, not 403, for a private resource the token cannot see.
    return `${prefix} (${status} ${apiMessage}): it does not exist, or the token cannot see it; check the name and that the token has "${ctx.permission}"`;
  }
  if (status === 422) return `${prefix} (422 ${apiMessage}): GitHub rejected the request's content`;
  return `${prefix} (${status} ${apiMessage})`;
}

/**
 * An API (or git) message as one bounded line: whitespace runs as one space, other controls made visible (a
 * hostile server's message cannot move the terminal's cursor), at most 200 characters. Shared by every caller
 * that reports an API failure (explainApiError, scan-org's skipped repositories).
 */
export function oneLine(s: string): string {
  const t = visibleControls(s.replace(/\s+/g, ' ').trim());
  return t.length > 200 ? `${t.slice(0, 197)}...` : t;
}

/** "owner/repo" -> parts, or undefined when it is not of that shape. */
export function parseRepo(full: string): { owner: string; repo: string } | undefined {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(full.trim());
  return m ? { owner: m[1]!, repo: m[2]! } : undefined;
}


// The only way a verifier reaches the network: one base URL per provider (its documented host, or the one
// the user configured), HTTPS except to loopback, no redirects followed, a timeout per request, and error
// messages that never carry a header, a body or a URL query. Pure of secrets: the caller's headers are
// sent and forgotten.
import type { Fetcher, HttpAnswer } from './types.js';

export const DEFAULT_TIMEOUT_MS = 10_000;
const MAX_BODY = 64 * 1024;

/** Whether a base URL may be used: https anywhere, http only to loopback; no credentials or query in it. */
export function checkBaseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error('not a URL');
  }
  if (url.username || url.password) throw new Error('a base URL may not hold a user name or password');
  if (url.search || url.hash) throw new Error('a base URL may not hold a query or fragment');
  const loopback = url.hostname === '127.0.0.1' || url.hostname === '[::1]' || url.hostname === 'localhost';
  if (url.protocol === 'http:' && !loopback) throw new Error('http is allowed only to loopback (127.0.0.1, ::1, localhost); use https');
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`protocol ${url.protocol} is not allowed`);
  return url;
}

/** Joins a base URL (which may have a path, as GitHub Enterprise's /api/v3) and an absolute API path. */
export function joinUrl(base: URL, path: string): URL {
  const prefix = base.pathname.replace(/\/+$/, '');
  const u = new URL(base.href);
  u.pathname = `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
  const q = path.indexOf('?');
  if (q !== -1) {
    u.pathname = `${prefix}${path.slice(0, q)}`;
    u.search = path.slice(q);
  }
  return u;
}

/** A Fetcher bound to one base URL: requests go there and nowhere else. */
export function fetcherFor(base: URL, timeoutMs = DEFAULT_TIMEOUT_MS): Fetcher {
  return async ({ method, path, headers, body }) => {
    const url = joinUrl(base, path);
    if (url.origin !== base.origin) throw new Error('request outside the configured base URL');
    let res: Response;
    try {
      res = await fetch(url, { method, headers: { 'user-agent': 'keyshift-verify', ...headers }, body, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    } catch (err) {
      const e = err as Error & { cause?: { code?: string } };
      if (e.name === 'TimeoutError' || e.name === 'AbortError') throw new Error(`no answer from ${base.host} within ${timeoutMs} ms`);
      throw new Error(`could not reach ${base.host}${e.cause?.code ? ` (${e.cause.code})` : ''}`);
    }
    const text = await res.text().catch(() => '');
    const answer: HttpAnswer = { status: res.status, headers: res.headers, body: text.slice(0, MAX_BODY) };
    return answer;
  };
}

/** Retries of one request answered 429 (or 503 with Retry-After), and the longest wait keyshift accepts. */
export const BACKOFF_RETRIES = 2;
export const MAX_BACKOFF_MS = 5_000;

/**
 * Backoff on a rate limit: a 429 (or a 503 with Retry-After) is retried up to BACKOFF_RETRIES times, after the
 * Retry-After the provider asks for (seconds, capped at MAX_BACKOFF_MS) or 500 ms, then 1 s; what the last try
 * answers is the answer (a verifier reads a lasting 429 as unknown).
 */
export function withBackoff(fetch: Fetcher, sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms))): Fetcher {
  return async (req) => {
    let answer = await fetch(req);
    for (let attempt = 0; attempt < BACKOFF_RETRIES; attempt++) {
      const retryAfter = answer.headers.get('retry-after');
      if (!(answer.status === 429 || (answer.status === 503 && retryAfter !== null))) break;
      const asked = retryAfter !== null && /^\d{1,6}$/.test(retryAfter.trim()) ? Number(retryAfter.trim()) * 1000 : 500 * 2 ** attempt;
      await sleep(Math.min(MAX_BACKOFF_MS, asked));
      answer = await fetch(req);
    }
    return answer;
  };
}

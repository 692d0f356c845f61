// What the verifiers share: how an unexpected or rate-limited answer is described (status only, never a body).
import type { HttpAnswer, VerifierAnswer } from '../types.js';

export function rateLimited(r: HttpAnswer): boolean {
  return r.status === 429 || (r.status === 403 && (r.headers.get('x-ratelimit-remaining') === '0' || r.headers.has('retry-after')));
}

export function unexpected(provider: string, r: HttpAnswer): VerifierAnswer {
  return { status: 'error', reason: `${provider} answered HTTP ${r.status}` };
}

/** A JSON body, or undefined when it is not JSON. */
export function jsonBody(r: HttpAnswer): Record<string, unknown> | undefined {
  try {
    const v = JSON.parse(r.body) as unknown;
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The common shape of an identity check: one request; 200 is active (with what `identity` reads from the body),
 * the `dead` statuses are inactive, a rate limit is unknown, anything else an error. Each provider's file
 * gives its request and its reading; this is only the dispatch.
 */
export function classify(
  provider: string,
  r: HttpAnswer,
  dead: readonly number[],
  identity: (body: Record<string, unknown> | undefined) => Pick<VerifierAnswer, 'identity' | 'scopes' | 'expiresAt'> = () => ({}),
): VerifierAnswer {
  if (dead.includes(r.status)) return { status: 'inactive', reason: `${provider} answered HTTP ${r.status}` };
  if (rateLimited(r)) return { status: 'unknown', reason: `${provider} answered ${r.status}: rate limited` };
  if (r.status !== 200) return unexpected(provider, r);
  return { status: 'active', ...identity(jsonBody(r)) };
}

/** A string field of a JSON body, when it is a short one-line string (never a whole document). */
export function field(body: Record<string, unknown> | undefined, key: string): string | undefined {
  const v = body?.[key];
  return typeof v === 'string' && v.length > 0 && v.length <= 200 && !/[\r\n]/.test(v) ? v : undefined;
}

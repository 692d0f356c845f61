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

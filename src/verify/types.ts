// Verification (issue 16): what a verifier is and what it answers. A verifier is data (provider, the pattern
// ids it checks, its documented host and documentation link) plus one small function that makes one
// read-only request; everything about safety (hosts, timeouts, redirects, concurrency) is in http.ts.

import type { Verification } from '../model/verification.js';
export type { Verification, VerificationStatus } from '../model/verification.js';

/** What one request answered, before checkedAt is stamped. */
export type VerifierAnswer = Omit<Verification, 'checkedAt'>;

export interface HttpAnswer {
  status: number;
  headers: Headers;
  /** The body as text, cut at MAX_BODY characters. */
  body: string;
}

/** The one request a verifier may make: GET or POST to a path under its base URL, with these headers. */
export type Fetcher = (req: { method: 'GET' | 'POST'; path: string; headers: Record<string, string>; body?: string }) => Promise<HttpAnswer>;

export interface Verifier {
  /** Provider key, as in `verify.endpoints.<provider>`. */
  provider: string;
  /** Pattern ids whose secrets this verifier checks. */
  patterns: readonly string[];
  /** The provider's documented API base URL (https). */
  defaultBase: string;
  /** The provider's documentation of the endpoint used. */
  docs: string;
  /** What the request is, for the README and the closing note. */
  endpoint: string;
  /** `partner`: the pair rule's partner value (an AWS secret's key id), when the finding has one. */
  check(secret: string, fetch: Fetcher, partner?: string): Promise<VerifierAnswer>;
}

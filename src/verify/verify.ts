// `scan --verify`: one read-only request per distinct secret whose pattern has a verifier, a few at a time,
// each to its provider's documented host or the configured endpoint; the result on every finding of that
// secret, and the severity moved by it (active up one level, inactive down one, with a note).
import type { Finding, Severity } from '../model/types.js';
import { SEVERITIES } from '../model/types.js';
import type { Verification, Verifier } from './types.js';
import { checkBaseUrl, DEFAULT_TIMEOUT_MS, fetcherFor, withBackoff } from './http.js';
import { VERIFIERS } from './registry.js';

export interface VerifyOptions {
  /** Base URL per provider (`verify.endpoints.<provider>`); a provider not named uses its documented host. */
  endpoints: Record<string, string>;
  timeoutMs?: number;
  /** Requests in flight at once, over all providers. */
  concurrency?: number;
  /** Clock for checkedAt (tests). */
  now?: () => Date;
  /** How backoff waits (tests). */
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_CONCURRENCY = 4;
/** Requests in flight to one provider at once. */
export const PER_PROVIDER = 2;
export const INACTIVE_NOTE = 'revoked or expired: remove it from history anyway';

/** The verifier for a pattern id, if any. */
export function verifierFor(ruleId: string, verifiers: readonly Verifier[] = VERIFIERS): Verifier | undefined {
  return verifiers.find((v) => v.patterns.includes(ruleId));
}

function shift(s: Severity, by: number): Severity {
  const i = Math.min(SEVERITIES.length - 1, Math.max(0, SEVERITIES.indexOf(s) + by));
  return SEVERITIES[i]!;
}

/**
 * Identity is who a credential acts as (a login, an account, an ARN); an e-mail address in it is personal data
 * beyond a login name, so its local part is masked whatever the verifier read (`j…@example.com`).
 */
export function withoutEmail(identity: string): string {
  return identity.replace(/([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g, '$1…@$2');
}

/** One verifier's one request for finding `f`; whatever goes wrong is an `error` with a one-line reason. */
async function ask(v: Verifier, f: Finding, base: URL, opts: VerifyOptions): Promise<Verification> {
  const fetch = withBackoff(fetcherFor(base, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS), opts.sleep);
  const checkedAt = (opts.now ?? (() => new Date()))().toISOString();
  try {
    const answer = await v.check(f.secret.reveal(), fetch, f.partner?.reveal());
    if (answer.identity !== undefined) answer.identity = withoutEmail(answer.identity);
    return { ...answer, checkedAt };
  } catch (err) {
    // The message comes from http.ts or the verifier: a host, a status, a code; never the secret.
    return { status: 'error', checkedAt, reason: err instanceof Error ? err.message : 'verification failed' };
  }
}

/** Verifies `findings` in place. Posture findings (a workflow, not a secret) are never sent anywhere. */
export async function verifyFindings(findings: Finding[], opts: VerifyOptions, verifiers: readonly Verifier[] = VERIFIERS): Promise<void> {
  const now = opts.now ?? (() => new Date());
  const bases = new Map<string, URL>();
  for (const v of verifiers) bases.set(v.provider, checkBaseUrl(opts.endpoints[v.provider] ?? v.defaultBase));
  const byFingerprint = new Map<string, Promise<Verification>>();
  interface Job {
    provider: string;
    run: () => Promise<void>;
  }
  const queue: Job[] = [];
  const results = new Map<Finding, Promise<Verification>>();
  for (const f of findings) {
    if (f.ruleId.startsWith('posture.')) continue;
    const v = verifierFor(f.ruleId, verifiers);
    if (!v) {
      results.set(f, Promise.resolve({ status: 'unsupported', checkedAt: now().toISOString(), reason: `no verifier for ${f.ruleId}` }));
      continue;
    }
    let p = byFingerprint.get(f.fingerprint);
    if (!p) {
      const base = bases.get(v.provider)!;
      p = new Promise<Verification>((resolve) => queue.push({ provider: v.provider, run: async () => resolve(await ask(v, f, base, opts)) }));
      byFingerprint.set(f.fingerprint, p);
    }
    results.set(f, p);
  }
  // At most PER_PROVIDER requests to one provider at once, whatever the global limit: a scan full of one
  // provider's tokens does not hammer its API.
  const inFlight = new Map<string, number>();
  const take = (): Job | undefined => {
    const i = queue.findIndex((j) => (inFlight.get(j.provider) ?? 0) < PER_PROVIDER);
    return i === -1 ? undefined : queue.splice(i, 1)[0];
  };
  let wake: (() => void)[] = [];
  const workers = Array.from({ length: Math.max(1, opts.concurrency ?? DEFAULT_CONCURRENCY) }, async () => {
    while (queue.length > 0) {
      const job = take();
      if (!job) {
        await new Promise<void>((r) => wake.push(r));
        continue;
      }
      inFlight.set(job.provider, (inFlight.get(job.provider) ?? 0) + 1);
      try {
        await job.run();
      } finally {
        inFlight.set(job.provider, inFlight.get(job.provider)! - 1);
        const waiting = wake;
        wake = [];
        for (const w of waiting) w();
      }
    }
  });
  await Promise.all(workers);
  for (const [f, p] of results) {
    const v = await p;
    f.verification = v;
    if (v.status === 'active') f.severity = shift(f.severity, 1);
    if (v.status === 'inactive') {
      f.severity = shift(f.severity, -1);
      if (!f.notes.includes(INACTIVE_NOTE)) f.notes = [...f.notes, INACTIVE_NOTE];
    }
    // A token the provider says expires within a day is short-lived, whatever its pattern says.
    if (v.expiresAt !== undefined && Date.parse(v.expiresAt) - now().getTime() < 24 * 3600 * 1000) f.kind = 'short-lived-token';
  }
}

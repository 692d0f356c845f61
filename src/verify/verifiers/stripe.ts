// Stripe: GET /v1/account with the key as a Bearer header: 200 is active, with the account id; 401 inactive. A
// restricted key without the account permission answers 403 permission_error: it is live, so active.
import type { Verifier, VerifierAnswer } from '../types.js';
import { classify, field, jsonBody } from './common.js';

export const stripe: Verifier = {
  provider: 'stripe',
  patterns: ['stripe.secret-key', 'stripe.secret-key.test', 'stripe.restricted-key', 'stripe.restricted-key.test'],
  defaultBase: 'https://api.stripe.com',
  docs: 'https://docs.stripe.com/api/accounts/retrieve',
  endpoint: 'GET /v1/account',
  async check(secret, fetch): Promise<VerifierAnswer> {
    const r = await fetch({ method: 'GET', path: '/v1/account', headers: { authorization: `Bearer ${secret}` } });
    const live = secret.includes('_live_') ? 'live mode' : 'test mode';
    if (r.status === 403 && (jsonBody(r)?.error as { type?: unknown } | undefined)?.type === 'permission_error') {
      return { status: 'active', identity: live, reason: 'a restricted key without the account permission' };
    }
    const out = classify('Stripe', r, [401], (b) => ({ identity: field(b, 'id') }));
    if (out.status === 'active') out.identity = `${out.identity ?? 'account'} (${live})`;
    return out;
  },
};

// Twilio: an account auth token is checked with its account SID (the pair rule's partner, AC + 32 hex):
// GET /2010-04-01/Accounts/{AccountSid}.json with HTTP Basic (SID as user, token as password), a read of the
// account itself that changes nothing. 200 is active unless the account says it is suspended or closed;
// 401 is inactive. The SID goes in the path (it is an identifier, not the secret); the token only in the
// Authorization header. A token found without its SID nearby cannot be checked and is `unsupported`.
// API key secrets (SK...) are not checked: standard API keys cannot read the Accounts resource.
import type { Verifier, VerifierAnswer } from '../types.js';
import { field, jsonBody, rateLimited, unexpected } from './common.js';

const SID = /^AC[0-9a-f]{32}$/;

export const twilio: Verifier = {
  provider: 'twilio',
  patterns: ['twilio.auth-token'],
  defaultBase: 'https://api.twilio.com',
  docs: 'https://www.twilio.com/docs/iam/api/account#fetch-an-account-resource',
  endpoint: 'GET /2010-04-01/Accounts/{AccountSid}.json (Basic: account SID, auth token)',
  async check(secret, fetch, partner): Promise<VerifierAnswer> {
    if (partner === undefined || !SID.test(partner)) return { status: 'unsupported', reason: 'no account SID (AC...) next to the auth token to check it with' };
    const r = await fetch({ method: 'GET', path: `/2010-04-01/Accounts/${partner}.json`, headers: { authorization: `Basic ${Buffer.from(`${partner}:${secret}`).toString('base64')}` } });
    if (r.status === 401) return { status: 'inactive', reason: 'Twilio answered HTTP 401' };
    if (rateLimited(r)) return { status: 'unknown', reason: `Twilio answered ${r.status}: rate limited` };
    if (r.status !== 200) return unexpected('Twilio', r);
    const body = jsonBody(r);
    const state = field(body, 'status');
    const identity = `account ${partner}`;
    if (state === 'suspended' || state === 'closed') return { status: 'inactive', identity, reason: `Twilio: account ${state}` };
    return { status: 'active', identity };
  },
};

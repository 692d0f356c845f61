// SendGrid: GET /v3/scopes with the key as a Bearer header: 200 {"scopes": [...]} is active with those scopes;
// 401 and 403 are inactive.
import type { Verifier } from '../types.js';
import { classify } from './common.js';

export const sendgrid: Verifier = {
  provider: 'sendgrid',
  patterns: ['sendgrid.api-key'],
  defaultBase: 'https://api.sendgrid.com',
  docs: 'https://www.twilio.com/docs/sendgrid/api-reference/api-key-permissions/retrieve-a-list-of-scopes-for-which-this-user-has-access',
  endpoint: 'GET /v3/scopes',
  async check(secret, fetch) {
    const r = await fetch({ method: 'GET', path: '/v3/scopes', headers: { authorization: `Bearer ${secret}` } });
    return classify('SendGrid', r, [401, 403], (b) => {
      const scopes = Array.isArray(b?.scopes) ? (b.scopes as unknown[]).filter((s): s is string => typeof s === 'string' && s.length <= 100) : undefined;
      return scopes ? { scopes } : {};
    });
  },
};

// Mailgun: GET /v3/domains with HTTP Basic (user "api", the key as password): 200 is active, 401 inactive. EU accounts:
// verify.endpoints.mailgun = https://api.eu.mailgun.net.
import type { Verifier } from '../types.js';
import { classify } from './common.js';

export const mailgun: Verifier = {
  provider: 'mailgun',
  patterns: ['mailgun.api-key', 'mailgun.private-key'],
  defaultBase: 'https://api.mailgun.net',
  docs: 'https://documentation.mailgun.com/docs/mailgun/api-reference/openapi-final/tag/Domains/',
  endpoint: 'GET /v3/domains?limit=1',
  async check(secret, fetch) {
    const r = await fetch({ method: 'GET', path: '/v3/domains?limit=1', headers: { authorization: `Basic ${Buffer.from(`api:${secret}`).toString('base64')}` } });
    return classify('Mailgun', r, [401, 403]);
  },
};

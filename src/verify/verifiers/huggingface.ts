// Hugging Face: GET /api/whoami-v2 with the token as a Bearer header: 200 is active, with the account name and
// the token's role (read, write, fineGrained) as its scope; 401 is inactive.
import type { Verifier } from '../types.js';
import { classify, field } from './common.js';

export const huggingface: Verifier = {
  provider: 'huggingface',
  patterns: ['huggingface.token', 'huggingface.org-token'],
  defaultBase: 'https://huggingface.co',
  docs: 'https://huggingface.co/docs/hub/api#get-apiwhoami-v2',
  endpoint: 'GET /api/whoami-v2',
  async check(secret, fetch) {
    const r = await fetch({ method: 'GET', path: '/api/whoami-v2', headers: { authorization: `Bearer ${secret}` } });
    return classify('Hugging Face', r, [401], (b) => {
      const auth = b?.auth as { accessToken?: { role?: unknown } } | undefined;
      const role = auth?.accessToken?.role;
      return { identity: field(b, 'name'), ...(typeof role === 'string' && role.length <= 40 ? { scopes: [role] } : {}) };
    });
  },
};

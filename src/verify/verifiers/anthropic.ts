// Anthropic: GET /v1/models with the key in x-api-key (lists models, changes nothing): 200 is active, 401 inactive.
import type { Verifier } from '../types.js';
import { classify } from './common.js';

export const anthropic: Verifier = {
  provider: 'anthropic',
  patterns: ['anthropic.api-key'],
  defaultBase: 'https://api.anthropic.com',
  docs: 'https://docs.anthropic.com/en/api/models-list',
  endpoint: 'GET /v1/models',
  async check(secret, fetch) {
    const r = await fetch({ method: 'GET', path: '/v1/models', headers: { 'x-api-key': secret, 'anthropic-version': '2023-06-01' } });
    return classify('Anthropic', r, [401]);
  },
};

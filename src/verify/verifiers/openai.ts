// OpenAI: GET /v1/models with the key as a Bearer header (lists models, changes nothing): 200 is active, 401 inactive.
import type { Verifier } from '../types.js';
import { classify } from './common.js';

export const openai: Verifier = {
  provider: 'openai',
  patterns: ['openai.api-key.sk-none', 'openai.project-key', 'openai.service-account-key', 'openai.admin-key', 'openai.api-key.legacy'],
  defaultBase: 'https://api.openai.com',
  docs: 'https://platform.openai.com/docs/api-reference/models/list',
  endpoint: 'GET /v1/models',
  async check(secret, fetch) {
    return classify('OpenAI', await fetch({ method: 'GET', path: '/v1/models', headers: { authorization: `Bearer ${secret}` } }), [401]);
  },
};

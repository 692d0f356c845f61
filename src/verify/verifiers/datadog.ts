// Datadog: GET /api/v1/validate with the API key in DD-API-KEY: 200 {"valid": true} is active, 403 inactive.
// Other Datadog sites (datadoghq.eu, us3, us5, ap1, ddog-gov): verify.endpoints.datadog = https://api.datadoghq.eu.
import type { Verifier } from '../types.js';
import { classify } from './common.js';

export const datadog: Verifier = {
  provider: 'datadog',
  patterns: ['datadog.api-key'],
  defaultBase: 'https://api.datadoghq.com',
  docs: 'https://docs.datadoghq.com/api/latest/authentication/#validate-api-key',
  endpoint: 'GET /api/v1/validate',
  async check(secret, fetch) {
    const r = await fetch({ method: 'GET', path: '/api/v1/validate', headers: { 'dd-api-key': secret } });
    const out = classify('Datadog', r, [401, 403]);
    if (out.status === 'active' && !r.body.includes('"valid":true') && !r.body.includes('"valid": true')) return { status: 'error', reason: 'Datadog answered 200 without "valid": true' };
    return out;
  },
};

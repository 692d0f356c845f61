// GitHub: GET /user with the token. 200 is active, with the login, the classic token's scopes (X-OAuth-Scopes)
// and a fine-grained or expiring token's expiry (GitHub-Authentication-Token-Expiration); 401 is inactive.
// A GitHub Enterprise Server base URL is https://HOST/api/v3 (verify.endpoints.github).
import type { Verifier, VerifierAnswer } from '../types.js';
import { rateLimited, unexpected } from './common.js';

export const github: Verifier = {
  provider: 'github',
  patterns: ['github.pat-classic', 'github.pat-fine-grained', 'github.oauth-token', 'github.app-user-token', 'github.app-installation-token'],
  defaultBase: 'https://api.github.com',
  docs: 'https://docs.github.com/en/rest/users/users#get-the-authenticated-user',
  endpoint: 'GET /user',
  async check(secret, fetch): Promise<VerifierAnswer> {
    const r = await fetch({ method: 'GET', path: '/user', headers: { authorization: `Bearer ${secret}`, accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' } });
    if (r.status === 401) return { status: 'inactive', reason: 'GitHub answered 401 Bad credentials' };
    if (rateLimited(r)) return { status: 'unknown', reason: `GitHub answered ${r.status}: rate limited` };
    if (r.status !== 200) return unexpected('GitHub', r);
    let login: unknown;
    try {
      login = (JSON.parse(r.body) as { login?: unknown }).login;
    } catch {
      return { status: 'error', reason: 'GitHub answered 200 with a body that is not JSON' };
    }
    const out: VerifierAnswer = { status: 'active' };
    if (typeof login === 'string') out.identity = login;
    const scopes = r.headers.get('x-oauth-scopes');
    if (scopes !== null) out.scopes = scopes.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
    const exp = r.headers.get('github-authentication-token-expiration');
    if (exp) {
      // "2026-12-31 00:00:00 UTC" or an ISO time.
      const t = Date.parse(exp.replace(/^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) UTC$/, '$1T$2Z'));
      if (!Number.isNaN(t)) out.expiresAt = new Date(t).toISOString();
    }
    return out;
  },
};

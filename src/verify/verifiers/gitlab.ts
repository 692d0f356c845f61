// GitLab: GET /api/v4/personal_access_tokens/self with the token in PRIVATE-TOKEN. 200 is active (or
// inactive when the token says revoked or not active), with the token's scopes and expires_at; 401 is
// inactive. Self-managed GitLab: verify.endpoints.gitlab = https://gitlab.example.com.
import type { Verifier, VerifierAnswer } from '../types.js';
import { jsonBody, rateLimited, unexpected } from './common.js';

export const gitlab: Verifier = {
  provider: 'gitlab',
  patterns: ['gitlab.pat', 'gitlab.pat.routable'],
  defaultBase: 'https://gitlab.com',
  docs: 'https://docs.gitlab.com/api/personal_access_tokens/#get-single-personal-access-token',
  endpoint: 'GET /api/v4/personal_access_tokens/self',
  async check(secret, fetch): Promise<VerifierAnswer> {
    const r = await fetch({ method: 'GET', path: '/api/v4/personal_access_tokens/self', headers: { 'private-token': secret } });
    if (r.status === 401) return { status: 'inactive', reason: 'GitLab answered 401 Unauthorized' };
    if (rateLimited(r)) return { status: 'unknown', reason: `GitLab answered ${r.status}: rate limited` };
    if (r.status !== 200) return unexpected('GitLab', r);
    const j = jsonBody(r);
    if (!j) return { status: 'error', reason: 'GitLab answered 200 with a body that is not a JSON object' };
    const out: VerifierAnswer = { status: j.revoked === true || j.active === false ? 'inactive' : 'active' };
    if (out.status === 'inactive') out.reason = j.revoked === true ? 'GitLab reports the token revoked' : 'GitLab reports the token not active (expired)';
    if (typeof j.user_id === 'number') out.identity = `user ${j.user_id}`;
    if (typeof j.name === 'string' && j.name.length <= 255) out.identity = `${out.identity ?? 'token'} (${j.name})`;
    if (Array.isArray(j.scopes)) out.scopes = j.scopes.filter((s): s is string => typeof s === 'string');
    if (typeof j.expires_at === 'string' && !Number.isNaN(Date.parse(j.expires_at))) out.expiresAt = new Date(Date.parse(j.expires_at)).toISOString();
    return out;
  },
};

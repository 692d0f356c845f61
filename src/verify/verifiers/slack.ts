// Slack: POST /api/auth.test with the token as a Bearer header. {"ok": true} is active, with team and user;
// {"ok": false, "error": "invalid_auth" | "token_revoked" | "token_expired" | "account_inactive"} is inactive.
import type { Verifier, VerifierAnswer } from '../types.js';
import { jsonBody, rateLimited, unexpected } from './common.js';

const DEAD = new Set(['invalid_auth', 'token_revoked', 'token_expired', 'account_inactive', 'not_authed']);

export const slack: Verifier = {
  provider: 'slack',
  patterns: ['slack.bot-token', 'slack.user-token', 'slack.app-token', 'slack.legacy-workspace-token', 'slack.legacy-token'],
  defaultBase: 'https://slack.com',
  docs: 'https://api.slack.com/methods/auth.test',
  endpoint: 'POST /api/auth.test',
  async check(secret, fetch): Promise<VerifierAnswer> {
    const r = await fetch({ method: 'POST', path: '/api/auth.test', headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
    if (rateLimited(r)) return { status: 'unknown', reason: `Slack answered ${r.status}: rate limited` };
    if (r.status !== 200) return unexpected('Slack', r);
    const j = jsonBody(r);
    if (!j) return { status: 'error', reason: 'Slack answered 200 with a body that is not a JSON object' };
    if (j.ok === true) {
      const out: VerifierAnswer = { status: 'active' };
      const team = typeof j.team === 'string' ? j.team : undefined;
      const user = typeof j.user === 'string' ? j.user : undefined;
      if (team || user) out.identity = [user, team].filter(Boolean).join(' @ ');
      const scopes = r.headers.get('x-oauth-scopes');
      if (scopes) out.scopes = scopes.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
      return out;
    }
    const error = typeof j.error === 'string' && /^[a-z_]{1,64}$/.test(j.error) ? j.error : 'unknown_error';
    return DEAD.has(error) ? { status: 'inactive', reason: `Slack: ${error}` } : { status: 'error', reason: `Slack: ${error}` };
  },
};

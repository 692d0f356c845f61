// npm: GET /-/whoami on the registry with the token as a Bearer header: 200 {"username"} is active, 401 inactive.
import type { Verifier } from '../types.js';
import { classify, field } from './common.js';

export const npm: Verifier = {
  provider: 'npm',
  patterns: ['npm.access-token', 'npm.legacy-token', 'npm.npmrc-auth-token'],
  defaultBase: 'https://registry.npmjs.org',
  docs: 'https://docs.npmjs.com/cli/commands/npm-whoami',
  endpoint: 'GET /-/whoami',
  async check(secret, fetch) {
    const r = await fetch({ method: 'GET', path: '/-/whoami', headers: { authorization: `Bearer ${secret}` } });
    return classify('npm', r, [401, 403], (b) => ({ identity: field(b, 'username') }));
  },
};

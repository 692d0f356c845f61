// `keyshift fix` for .npmrc: a committed `_authToken=<literal>` becomes `${NPM_TOKEN}`, which npm expands from
// the environment at run time (set it from a CI secret, or use trusted publishing and drop it). Pure.
import type { Finding } from '../model/types.js';
import type { AppliedFix } from './github.js';

const AUTH = /^(\s*(?:\/\/[^\s=]*:)?_authToken\s*=\s*)(["']?)([^\s"'$][^\s"']*)\2\s*$/;

export function fixNpmrc(text: string, findings: readonly Finding[]): { text: string; applied: AppliedFix[] } {
  const lines = text.split('\n');
  const applied: AppliedFix[] = [];
  for (const f of findings) {
    if (f.ruleId.startsWith('posture.')) continue;
    const i = f.line - 1;
    const m = AUTH.exec(lines[i]?.replace(/\r$/, '') ?? '');
    if (!m) continue;
    lines[i] = `${m[1]}\${NPM_TOKEN}${lines[i]!.endsWith('\r') ? '\r' : ''}`;
    applied.push({ ruleId: f.ruleId, job: '*', provider: f.provider, notes: ['the literal _authToken becomes ${NPM_TOKEN}, read from the environment: set NPM_TOKEN from a CI secret (or publish with trusted publishing and drop it), then revoke the old token: it stays in history (keyshift scan --history shows where)'] });
  }
  return { text: applied.length > 0 ? lines.join('\n') : text, applied };
}

// AWS access keys: STS GetCallerIdentity, a POST signed with SigV4 (aws4: small, no dependencies, the signer
// the npm ecosystem has used for a decade), which needs no permission and changes nothing. 200 is active,
// with the account and the ARN; InvalidClientTokenId (no such key id) and SignatureDoesNotMatch (a wrong or
// rotated secret) are inactive. The key id comes from the pair rule (`aws.secret-access-key` with its
// `aws.access-key-id` partner); a secret found without its key id cannot be checked and is `unsupported`.
import aws4 from 'aws4';
import type { Verifier, VerifierAnswer } from '../types.js';
import { rateLimited, unexpected } from './common.js';

const BODY = 'Action=GetCallerIdentity&Version=2011-06-15';
const DEAD_CODES = new Set(['InvalidClientTokenId', 'SignatureDoesNotMatch', 'AccessDenied', 'ExpiredToken', 'InvalidAccessKeyId']);

const tag = (xml: string, name: string): string | undefined => new RegExp(`<${name}>([^<]{1,2048})</${name}>`).exec(xml)?.[1];

export const aws: Verifier = {
  provider: 'aws',
  patterns: ['aws.secret-access-key'],
  defaultBase: 'https://sts.amazonaws.com',
  docs: 'https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html',
  endpoint: 'POST / Action=GetCallerIdentity (SigV4, sts, us-east-1)',
  async check(secret, fetch, partner): Promise<VerifierAnswer> {
    if (partner?.startsWith('ASIA')) return { status: 'unsupported', reason: 'a temporary (ASIA) key needs its session token, which is not checked' };
    if (partner === undefined || !/^AKIA[A-Z2-7]{16}$/.test(partner)) {
      return { status: 'unsupported', reason: 'no access key id next to the secret (a pair rule partner) to sign with' };
    }
    const signed = aws4.sign(
      { host: 'sts.amazonaws.com', path: '/', method: 'POST', service: 'sts', region: 'us-east-1', body: BODY, headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' } },
      { accessKeyId: partner, secretAccessKey: secret },
    );
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(signed.headers ?? {})) if (k.toLowerCase() !== 'host' && k.toLowerCase() !== 'content-length') headers[k.toLowerCase()] = String(v);
    const r = await fetch({ method: 'POST', path: '/', headers, body: BODY });
    if (r.status === 200) {
      const account = tag(r.body, 'Account');
      const arn = tag(r.body, 'Arn');
      if (!arn && !account) return { status: 'error', reason: 'STS answered 200 without an Arn or Account' };
      return { status: 'active', identity: arn ?? `account ${account}` };
    }
    const code = tag(r.body, 'Code');
    if (code && DEAD_CODES.has(code)) return { status: 'inactive', reason: `STS: ${code}` };
    if (rateLimited(r) || code === 'Throttling') return { status: 'unknown', reason: `STS answered ${r.status}: throttled` };
    return code && /^[A-Za-z.]{1,64}$/.test(code) ? { status: 'error', reason: `STS answered HTTP ${r.status} ${code}` } : unexpected('STS', r);
  },
};

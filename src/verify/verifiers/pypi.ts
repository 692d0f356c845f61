// PyPI: an upload token is checked by an upload request that cannot publish anything. POST /legacy/ on
// upload.pypi.org with HTTP Basic (`__token__`, the token) and a multipart form that holds only
// `:action=file_upload` and `protocol_version=1`: no name, no version, no file. Warehouse authenticates the
// request before it validates the form, so an unknown, revoked or expired token is refused with 403
// ("Invalid or non-existent authentication information"), and a live one gets past authentication to a 400
// for the empty form. There is no file in the request, so nothing can be uploaded whatever the token may do.
// PyPI has no identity endpoint for tokens: a live token is reported without identity or scopes.
import type { Verifier, VerifierAnswer } from '../types.js';
import { rateLimited, unexpected } from './common.js';

const BOUNDARY = 'keyshift-verify-no-upload';
const FORM = [':action', 'file_upload', 'protocol_version', '1']
  .reduce<string[]>((parts, v, i, all) => (i % 2 === 0 ? [...parts, `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${v}"\r\n\r\n${all[i + 1]}\r\n`] : parts), [])
  .join('') + `--${BOUNDARY}--\r\n`;

export const pypi: Verifier = {
  provider: 'pypi',
  patterns: ['pypi.api-token'],
  defaultBase: 'https://upload.pypi.org',
  docs: 'https://docs.pypi.org/api/upload/',
  endpoint: 'POST /legacy/ (Basic: __token__, the token; a form with no file, name or version)',
  async check(secret, fetch): Promise<VerifierAnswer> {
    const r = await fetch({
      method: 'POST',
      path: '/legacy/',
      headers: { authorization: `Basic ${Buffer.from(`__token__:${secret}`).toString('base64')}`, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      body: FORM,
    });
    if (r.status === 403 || r.status === 401) return { status: 'inactive', reason: `PyPI answered HTTP ${r.status}` };
    if (r.status === 400) return { status: 'active', reason: 'authenticated; the empty upload form was refused (nothing published)' };
    if (rateLimited(r)) return { status: 'unknown', reason: `PyPI answered ${r.status}: rate limited` };
    return unexpected('PyPI', r);
  },
};

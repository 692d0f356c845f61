// Private keys (OpenSSH and PEM): not checked against anything remote. Proving a key live would mean
// authenticating with it somewhere (GitHub's `ssh -T` is not allowed), so the answer is unsupported, worded
// as unverifiable, with no request made.
import type { Verifier } from '../types.js';

export const privateKeys: Verifier = {
  provider: 'private-key',
  patterns: ['openssh.private-key', 'openssh.private-key.encrypted', 'pem.rsa-private-key', 'pem.rsa-private-key.encrypted', 'pem.ec-private-key', 'pem.dsa-private-key', 'pem.pkcs8-private-key', 'pem.pkcs8-encrypted-private-key', 'ssh2.encrypted-private-key'],
  defaultBase: 'https://localhost.invalid',
  docs: 'https://docs.github.com/en/authentication/connecting-to-github-with-ssh/testing-your-ssh-connection',
  endpoint: 'none (no request)',
  async check() {
    return { status: 'unsupported', reason: 'unverifiable: a private key is not tried against any remote host; rotate it if it was ever used' };
  },
};

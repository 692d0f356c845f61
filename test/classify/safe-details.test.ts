// Details never carry a secret: values overlapping the secret and token-like account names are redacted,
// plain identifiers are kept as they are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { safeDetails } from '../../src/model/secret.js';

test('token-like user names and values overlapping the secret are redacted; plain values are kept', () => {
  const secret = 'Xk29fhQ7pLm3Zq8kP2vR';
  const out = safeDetails(
    {
      username: 'ghp_fqSZaB3dE5fG7hJ9kL1mN3pQ5rS7tXybrN',
      login: 'ci-bot',
      registry: 'ghcr.io',
      echo: `prefix ${secret} suffix`,
      part: secret.slice(0, 10),
      lastCommit: '4b825dc642cb6eb9a060e54bf8d69288fbee4904',
      count: 3,
    },
    secret,
  );
  assert.deepEqual(out, {
    username: 'ghp_…[38]',
    login: 'ci-bot',
    registry: 'ghcr.io',
    echo: 'pref…[34]',
    part: 'Xk…[10]',
    lastCommit: '4b825dc642cb6eb9a060e54bf8d69288fbee4904',
    count: 3,
  });
});

#!/usr/bin/env node
// Prints the FAKE, format-valid secrets planted in fixtures/*/tree, each derived from a fixed seed, so a
// reviewer can regenerate and compare them. Never fetches or produces a real credential; the trees are
// the truth and are written by hand from this output. Run after `npx tsc -p tsconfig.json`:
//   node scripts/make-fixtures.mjs            # all values as JSON
//   node scripts/make-fixtures.mjs ghp_demo   # one value
import { createECDH, createPrivateKey } from 'node:crypto';
import { makeToken, mulberry32, randomString, CHARSETS } from '../build/test/helpers/fake-tokens.js';

const b64u = (v) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');
const bytes = (rng, n) => Buffer.from(Array.from({ length: n }, () => Math.floor(rng() * 256)));

function jwt(seed, header, payload, sigBytes = 256) {
  return `${b64u(header)}.${b64u(payload)}.${bytes(mulberry32(seed), sigBytes).toString('base64url')}`;
}

function pem(label, der) {
  const body = der.toString('base64').match(/.{1,64}/g).join('\n');
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
}

function sshString(buf) {
  const b = Buffer.isBuffer(buf) ? buf : Buffer.from(buf);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(b.length);
  return Buffer.concat([len, b]);
}

/** An unencrypted OpenSSH ed25519 private key derived from a seeded 32-byte seed. */
function opensshEd25519(seed, comment) {
  const rng = mulberry32(seed);
  const sk = bytes(rng, 32);
  const key = createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), sk]), format: 'der', type: 'pkcs8' });
  const pk = Buffer.from(key.export({ format: 'jwk' }).x, 'base64url');
  const pub = Buffer.concat([sshString('ssh-ed25519'), sshString(pk)]);
  const check = bytes(rng, 4);
  let priv = Buffer.concat([check, check, sshString('ssh-ed25519'), sshString(pk), sshString(Buffer.concat([sk, pk])), sshString(comment)]);
  for (let i = 1; priv.length % 8 !== 0; i++) priv = Buffer.concat([priv, Buffer.from([i])]);
  const u32 = Buffer.alloc(4);
  u32.writeUInt32BE(1);
  const blob = Buffer.concat([Buffer.from('openssh-key-v1\0'), sshString('none'), sshString('none'), sshString(''), u32, sshString(pub), sshString(priv)]);
  const body = blob.toString('base64').match(/.{1,70}/g).join('\n');
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${body}\n-----END OPENSSH PRIVATE KEY-----\n`;
}

/** A PKCS#8 P-256 private key whose scalar comes from a seed. */
function pkcs8P256(seed) {
  const d = bytes(mulberry32(seed), 32);
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(d);
  const pub = ecdh.getPublicKey();
  const jwk = { kty: 'EC', crv: 'P-256', d: d.toString('base64url'), x: pub.subarray(1, 33).toString('base64url'), y: pub.subarray(33).toString('base64url') };
  return createPrivateKey({ key: jwk, format: 'jwk' }).export({ format: 'pem', type: 'pkcs8' });
}

/** An RSA-2048-shaped PKCS#8 body (real DER header, seeded filler): the shape a GCP key file carries. */
function pkcs8RsaShape(seed) {
  const head = Buffer.from('308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100', 'hex');
  return pem('PRIVATE KEY', Buffer.concat([head, bytes(mulberry32(seed), 1217 - head.length)]));
}

function awsSecret(seed) {
  return randomString(mulberry32(seed), CHARSETS.b64, 40);
}

const K8S_SA = 'kubernetes.io/serviceaccount';
const values = {
  aws_key_id_demo: makeToken('aws.access-key-id', 4101),
  aws_secret_demo: awsSecret(4102),
  npm_demo: makeToken('npm.access-token', 4103),
  ghp_demo: makeToken('github.pat-classic', 4104),
  gcp_sa_key_id_demo: randomString(mulberry32(4105), CHARSETS.hex, 40),
  gcp_sa_private_key_demo: pkcs8RsaShape(4106),
  k8s_legacy_sa_jwt_demo: jwt(4107, { alg: 'RS256', kid: randomString(mulberry32(41071), CHARSETS.b64u, 43) }, {
    iss: 'kubernetes/serviceaccount',
    [`${K8S_SA}/namespace`]: 'orders',
    [`${K8S_SA}/secret.name`]: 'ci-deployer-token',
    [`${K8S_SA}/service-account.name`]: 'ci-deployer',
    [`${K8S_SA}/service-account.uid`]: '5f0c2d3e-8a41-4b7e-9c55-1d2e3f4a5b6c',
    sub: 'system:serviceaccount:orders:ci-deployer',
  }),
  slack_refresh_demo: `xoxe-1-${randomString(mulberry32(4108), CHARSETS.upperAlnum, 146)}`,
  jwt_no_exp_demo: jwt(4109, { alg: 'RS256', typ: 'JWT' }, { iss: 'https://auth.orders.acme-internal.dev', sub: 'svc-billing', aud: 'orders-api', iat: 1717171717, scope: 'orders:write' }),
  jwt_one_hour_demo: jwt(4110, { alg: 'RS256', typ: 'JWT' }, { iss: 'https://auth.orders.acme-internal.dev', sub: 'svc-reports', aud: 'orders-api', iat: 1717171717, exp: 1717175317 }),
  openssh_demo: opensshEd25519(4111, 'deploy@orders-ci'),
  pkcs8_demo: pkcs8P256(4112),
  vault_demo: `hvs.${randomString(mulberry32(4113), CHARSETS.b64u, 91)}`,
  stripe_live_demo: `sk_live_51${randomString(mulberry32(4114), CHARSETS.b62, 97)}`,
  slack_webhook_demo: `https://hooks.slack.com/services/T0${randomString(mulberry32(4115), CHARSETS.upperAlnum, 8)}/B0${randomString(mulberry32(4116), CHARSETS.upperAlnum, 9)}/${randomString(mulberry32(4117), CHARSETS.b62, 24)}`,
  pg_password_demo: randomString(mulberry32(4118), CHARSETS.b62, 24),
  ghp_allowed_demo: makeToken('github.pat-classic', 4119),

  stripe_live_web: `sk_live_51${randomString(mulberry32(4201), CHARSETS.b62, 97)}`,
  sendgrid_web: `SG.${randomString(mulberry32(4202), CHARSETS.b64u, 22)}.${randomString(mulberry32(4203), CHARSETS.b64u, 43)}`,
  aws_key_id_web_test: makeToken('aws.access-key-id', 4204),
  npm_web_test: makeToken('npm.access-token', 4205),
  firebase_web: `AIza${randomString(mulberry32(4206), CHARSETS.b64u, 35)}`,
  stripe_publishable_web: `pk_live_51${randomString(mulberry32(4207), CHARSETS.b62, 97)}`,
  lock_integrity_web: Array.from({ length: 6 }, (_, i) => `sha512-${bytes(mulberry32(4210 + i), 64).toString('base64')}`),

  azure_client_secret_iac: `${randomString(mulberry32(4301), CHARSETS.b62, 3)}8Q~${randomString(mulberry32(4302), `${CHARSETS.b62}_~.-`, 34)}`,
  aws_key_id_iac: makeToken('aws.access-key-id', 4303),
  aws_secret_iac: awsSecret(4304),
  npm_iac: makeToken('npm.access-token', 4305),
  db_password_iac: randomString(mulberry32(4306), CHARSETS.b62, 28),
  k8s_api_key_iac: randomString(mulberry32(4307), CHARSETS.b62, 40),
  ghp_iac: makeToken('github.pat-classic', 4308),
  stripe_live_iac: `sk_live_51${randomString(mulberry32(4309), CHARSETS.b62, 97)}`,
  slack_bot_iac: `xoxb-${randomString(mulberry32(4310), CHARSETS.digits, 12)}-${randomString(mulberry32(4311), CHARSETS.digits, 13)}-${randomString(mulberry32(4312), CHARSETS.b62, 24)}`,
  tf_lock_hashes_iac: Array.from({ length: 3 }, (_, i) => `h1:${bytes(mulberry32(4320 + i), 32).toString('base64')}`),
  tf_lock_zh_iac: Array.from({ length: 3 }, (_, i) => `zh:${bytes(mulberry32(4330 + i), 32).toString('hex')}`),

  glpat_ci: makeToken('gitlab.pat.routable', 4401),
  aws_secret_ci: awsSecret(4402),
  circleci_ghp_ci: makeToken('github.pat-classic', 4403),
  pypi_ci: makeToken('pypi.api-token', 4404),

  ghp_mono_a: makeToken('github.pat-classic', 4501),
  npm_mono_b: makeToken('npm.access-token', 4502),
  aws_key_id_mono_ignored: makeToken('aws.access-key-id', 4503),
  ghp_mono_ignored: makeToken('github.pat-classic', 4504),
  npm_mono_vendor: makeToken('npm.access-token', 4505),
  ghp_mono_negated: makeToken('github.pat-classic', 4506),
  glpat_mono_ignored: makeToken('gitlab.pat.routable', 4507),
  ghp_mono_b_secrets: makeToken('github.pat-classic', 4508),
  npm_mono_env_local: makeToken('npm.access-token', 4509),
};

const only = process.argv[2];
if (only) process.stdout.write(`${values[only] ?? ''}\n`);
else process.stdout.write(`${JSON.stringify(values, null, 2)}\n`);

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeJwt, decodeJwtParts, isJwtLike } from '../../src/classify/jwt.js';

const NOW = 1_800_000_000;
const SIG = 'ZHVtbXktc2lnbmF0dXJlLW5vdC1yZWFs';
const b64u = (v: unknown): string => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');
const jwt = (header: unknown, payload: unknown, sig = SIG): string => `${b64u(header)}.${b64u(payload)}.${sig}`;
const HS = { alg: 'HS256', typ: 'JWT' };

test('decodeJwt: claims, aud array joined, lifetime and expiry', () => {
  const token = jwt(HS, { iss: 'https://issuer.example', aud: ['api', 'web'], sub: 'svc-1', iat: NOW - 100, exp: NOW + 3500 });
  assert.deepEqual(decodeJwt(token, NOW), {
    alg: 'HS256', iss: 'https://issuer.example', aud: 'api,web', sub: 'svc-1', iat: NOW - 100, exp: NOW + 3500,
    lifetimeSeconds: 3600, expired: false,
  });
});

test('decodeJwt: each claim case', () => {
  const cases: Array<[string, unknown, object]> = [
    ['aud string', { aud: 'api' }, { alg: 'HS256', aud: 'api' }],
    ['no claims', {}, { alg: 'HS256' }],
    ['no exp: no lifetime, no expired', { iat: NOW }, { alg: 'HS256', iat: NOW }],
    ['exp without iat', { exp: NOW + 10 }, { alg: 'HS256', exp: NOW + 10, expired: false }],
    ['expired', { iat: NOW - 7200, exp: NOW - 3600 }, { alg: 'HS256', iat: NOW - 7200, exp: NOW - 3600, lifetimeSeconds: 3600, expired: true }],
    ['exp equal to now is expired', { exp: NOW }, { alg: 'HS256', exp: NOW, expired: true }],
    ['string iat/exp ignored', { iat: '1', exp: '2', sub: 7 }, { alg: 'HS256' }],
    ['non-string aud entries dropped', { aud: ['a', 1, 'b'] }, { alg: 'HS256', aud: 'a,b' }],
  ];
  for (const [name, payload, expected] of cases) {
    assert.deepEqual(decodeJwt(jwt(HS, payload), NOW), expected, name);
  }
});

test('decodeJwt: alg none with an empty signature decodes', () => {
  assert.deepEqual(decodeJwt(jwt({ alg: 'none' }, { sub: 'x' }, ''), NOW), { alg: 'none', sub: 'x' });
});

test('decodeJwt: rejects what is not a JWS with a JSON header naming alg', () => {
  const good = jwt(HS, { sub: 'x' });
  const [h, p] = good.split('.') as [string, string];
  const cases: Array<[string, string]> = [
    ['two segments', `${h}.${p}`],
    ['four segments', `${good}.x`],
    ['header not JSON', `${b64u('not json')}.${p}.${SIG}`],
    ['header an array', `${b64u([1])}.${p}.${SIG}`],
    ['header null', `${b64u('null')}.${p}.${SIG}`],
    ['header without alg', `${b64u({ typ: 'JWT' })}.${p}.${SIG}`],
    ['alg empty', `${b64u({ alg: '' })}.${p}.${SIG}`],
    ['alg not a string', `${b64u({ alg: 256 })}.${p}.${SIG}`],
    ['payload not JSON', `${h}.${b64u('{nope')}.${SIG}`],
    ['payload a JSON string', `${h}.${b64u('"x"')}.${SIG}`],
    ['payload empty', `${h}..${SIG}`],
    ['invalid base64url char', `${h}.${p}!.${SIG}`],
    ['invalid signature char', `${h}.${p}.ab+c`],
    ['empty', ''],
  ];
  for (const [name, token] of cases) {
    assert.equal(decodeJwt(token, NOW), undefined, name);
    assert.equal(decodeJwtParts(token), undefined, name);
  }
});

test('decodeJwt: without nowSeconds uses the clock', () => {
  assert.equal(decodeJwt(jwt(HS, { exp: 1 }))?.expired, true);
  assert.equal(decodeJwt(jwt(HS, { exp: 32_000_000_000 }))?.expired, false);
});

test('isJwtLike: shape only', () => {
  const cases: Array<[string, boolean]> = [
    [jwt(HS, { sub: 'x' }), true],
    [jwt({ alg: 'none' }, { sub: 'x' }, ''), true],
    [`${Buffer.from('{\n  "alg": "RS256"\n}').toString('base64url')}.${b64u({})}.${SIG}`, true],
    [`${b64u('{ "alg": "RS256" }')}.${b64u({})}.${SIG}`, true],
    ['abc.def.ghi', false],
    [`${b64u(HS)}.${b64u({})}`, false],
    [`${b64u(HS)}.${b64u({})}.${SIG}.x`, false],
    [`${b64u(HS)}..${SIG}`, false],
    [`${b64u(HS)}.${b64u({})}.${SIG} `, false],
  ];
  for (const [s, expected] of cases) assert.equal(isJwtLike(s), expected, s.slice(0, 12));
});

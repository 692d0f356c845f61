// Tests for the offline checksum validators: generated fake tokens pass, one-character changes fail,
// documented example values and near misses fail. Fake values only; generated from seeds where possible.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  VALIDATORS,
  awsAccountIdFromKeyId,
  base62,
  crc32,
  hex8LittleEndian,
} from '../../src/detect/validators.js';
import { breakChecksum, makeToken } from '../helpers/fake-tokens.js';

const VALIDATOR_FOR: Record<string, string> = {
  'github.pat-classic': 'github-crc32',
  'github.oauth-token': 'github-crc32',
  'github.app-user-token': 'github-crc32',
  'github.app-installation-token': 'github-crc32',
  'github.app-refresh-token': 'github-crc32',
  'npm.access-token': 'npm-crc32',
  'gitlab.pat.routable': 'gitlab-routable',
  'gitlab.runner-token.routable': 'gitlab-routable',
  'atlassian.api-token': 'atlassian-crc32',
  'bitbucket.access-token': 'atlassian-crc32',
  'bitbucket.app-password': 'atlassian-crc32',
  'grafana.service-account-token': 'grafana',
  'cloudflare.api-token': 'cloudflare',
  'cloudflare.account-api-token': 'cloudflare',
  'cloudflare.global-api-key': 'cloudflare',
  'age.secret-key': 'age-bech32',
};

test('crc32 matches the standard check value', () => {
  assert.equal(crc32('123456789'), 0xcbf43926);
  assert.equal(crc32(''), 0);
});

test('base62 uses digits, upper, lower and pads', () => {
  assert.equal(base62(0, 6), '000000');
  assert.equal(base62(61, 2), '0z');
  assert.equal(base62(62, 2), '10');
  assert.equal(base62(0xffffffff, 6), '4gfFC3');
});

test('hex8LittleEndian reverses the byte order', () => {
  assert.equal(hex8LittleEndian(0x11223344), '44332211');
  assert.equal(hex8LittleEndian(0x0000000a), '0a000000');
});

for (const [patternId, name] of Object.entries(VALIDATOR_FOR)) {
  test(`${name}: generated ${patternId} tokens pass and broken checksums fail`, () => {
    const validate = VALIDATORS[name]!;
    for (let seed = 1; seed <= 25; seed++) {
      const token = makeToken(patternId, seed);
      assert.equal(validate(token), true, `seed ${seed}`);
      assert.equal(validate(breakChecksum(token)), false, `seed ${seed} broken`);
    }
  });
}

test('github-crc32: the GitHub docs example token fails its checksum', () => {
  assert.equal(VALIDATORS['github-crc32']!('ghp_16C7e42F292c6912E7710c838347Ae178B4a'), false);
  assert.equal(VALIDATORS['github-crc32']!('ghp_000000000000000000000000000000000000'), false);
});

test('github-crc32: a token body changed in one char fails, wrong prefix fails', () => {
  const t = makeToken('github.pat-classic', 7);
  const changed = t.slice(0, 6) + (t[6] === 'Q' ? 'R' : 'Q') + t.slice(7);
  assert.equal(VALIDATORS['github-crc32']!(changed), false);
  assert.equal(VALIDATORS['github-crc32']!('ghx_' + t.slice(4)), false);
  assert.equal(VALIDATORS['npm-crc32']!(t), false);
});

test('github-crc32 and npm-crc32 use the same scheme over the 30 random chars', () => {
  const npm = makeToken('npm.access-token', 3);
  assert.equal(VALIDATORS['npm-crc32']!(npm), true);
  assert.equal(VALIDATORS['github-crc32']!('ghp_' + npm.slice(4)), true);
});

test('atlassian-crc32 accepts the escaped = forms', () => {
  const t = makeToken('atlassian.api-token', 5);
  const eq = t.lastIndexOf('=');
  const validate = VALIDATORS['atlassian-crc32']!;
  assert.equal(validate(t.slice(0, eq) + '\\=' + t.slice(eq + 1)), true);
  assert.equal(validate(t.slice(0, eq) + '%3D' + t.slice(eq + 1)), true);
  assert.equal(validate(t.slice(0, eq) + '%3d' + t.slice(eq + 1)), true);
  assert.equal(validate(t.slice(0, -8) + t.slice(-8).toLowerCase()), /[A-F]/.test(t.slice(-8)) ? false : true);
});

test('gitlab-routable: length holder must equal the payload length', () => {
  const t = makeToken('gitlab.pat.routable', 11);
  const m = /^(glpat-)([\w-]+)\.01\.([0-9a-z]{2})([0-9a-z]{7})$/.exec(t);
  assert.ok(m);
  assert.equal(parseInt(m[3]!, 36), m[2]!.length);
  const wrongLen = (parseInt(m[3]!, 36) + 1).toString(36).padStart(2, '0');
  assert.equal(VALIDATORS['gitlab-routable']!(`${m[1]}${m[2]}.01.${wrongLen}${m[4]}`), false);
  assert.equal(VALIDATORS['gitlab-routable']!('glpat-' + 'a'.repeat(20)), false);
});

test('grafana: glsa_ CRC and glc_ base64 JSON', () => {
  const g = VALIDATORS['grafana']!;
  assert.equal(g(makeToken('grafana.cloud-token', 2)), true);
  assert.equal(g('glc_' + Buffer.from('not json at all, just text').toString('base64')), false);
  assert.equal(g('glsa_' + 'A'.repeat(32) + '_00000000'), false);
});

test('pypi-macaroon: pypi.org location passes; other locations and junk fail', () => {
  const p = VALIDATORS['pypi-macaroon']!;
  const t = makeToken('pypi.api-token', 4);
  assert.ok(t.startsWith('pypi-AgEIcHlwaS5vcmc'));
  assert.equal(p(t), true);
  const other = Buffer.concat([Buffer.from([2, 1, 8]), Buffer.from('pypi.net'), Buffer.from([2, 4]), Buffer.from('abcd'), Buffer.alloc(20)]);
  assert.equal(p('pypi-' + other.toString('base64url')), false);
  assert.equal(p('pypi-' + 'A'.repeat(80)), false);
});

test('aws-access-key-id: decodes the account and rejects impossible ones', () => {
  const v = VALIDATORS['aws-access-key-id']!;
  // Documented example (5th char I): no account encoded, format fine (the catalog's allow list drops it).
  assert.equal(awsAccountIdFromKeyId('AKIAIOSFODNN7EXAMPLE'), undefined);
  const t = makeToken('aws.access-key-id', 9);
  assert.equal(v(t), true);
  assert.match(awsAccountIdFromKeyId(t)!, /^\d{12}$/);
  // Top bits set: account > 999999999999, impossible.
  assert.equal(v('AKIA7777777777777777'), false);
  assert.equal(v('AKIA1234567890123456'), false);
  assert.equal(v('AKIAQ7RSTV2WXYZ3ABC'), false);
});

test('age-bech32: generated keys pass, case-insensitive, wrong hrp fails', () => {
  const v = VALIDATORS['age-bech32']!;
  const t = makeToken('age.secret-key', 12);
  assert.equal(t.length, 74);
  assert.equal(v(t.toLowerCase()), true);
  assert.equal(v('AGE-PUBLIC-KEY-1' + t.slice(16)), false);
});

test('sentry-org-token and base64-json', () => {
  const t = makeToken('sentry.org-token', 8);
  assert.equal(VALIDATORS['sentry-org-token']!(t), true);
  assert.equal(VALIDATORS['sentry-org-token']!('sntrys_' + Buffer.from('{"x":1}').toString('base64') + '_' + 'A'.repeat(43)), false);
  assert.equal(VALIDATORS['base64-json']!('ops_' + Buffer.from('{"signInAddress":"my.1password.com"}').toString('base64')), true);
  assert.equal(VALIDATORS['base64-json']!('ops_notbase64!!'), false);
});

test('validators never throw on odd input', () => {
  for (const fn of Object.values(VALIDATORS)) {
    for (const s of ['', '_', 'ghp_', 'pypi-', 'glc_', '\u{1F600}'.repeat(10), 'AT' + '='.repeat(30)]) {
      assert.equal(typeof fn(s), 'boolean');
    }
  }
});

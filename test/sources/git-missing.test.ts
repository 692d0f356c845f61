// The missing-object helpers of the git sources (src/sources/git-missing.ts) and the no-fetch git
// environment (src/sources/git-source.ts gitEnv): pure parts, no repository needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { excludeSpec, isMissingObjectMessage, missingSide, parseRawLine } from '../../src/sources/git-missing.js';
import { gitEnv } from '../../src/sources/git-source.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const Z = '0'.repeat(40);

test('git-missing: git 2.39+ messages for an unreadable object are recognised, other failures are not', () => {
  for (const m of [
    `fatal: unable to read ${A}`,
    `fatal: bad object ${A}`,
    `fatal: could not fetch ${A} from promisor remote`,
    `error: missing blob object '${A}'`,
    `fatal: unable to read tree (${A})`,
  ]) {
    assert.ok(isMissingObjectMessage(m), m);
  }
  for (const m of ["fatal: ambiguous argument 'nope..HEAD': unknown revision or path not in the working tree.", 'fatal: not a git repository', 'fatal: unable to read index file']) {
    assert.ok(!isMissingObjectMessage(m), m);
  }
});

test('git-missing: raw lines parse to modes, ids, status and the unquoted path', () => {
  assert.deepEqual(parseRawLine(`:100644 100644 ${A} ${B} M\tsrc/app.env`), { status: 'M', oldMode: '100644', newMode: '100644', oldOid: A, newOid: B, path: 'src/app.env' });
  assert.deepEqual(parseRawLine(`:000000 100644 ${Z} ${B} A\t"tab\\there.env"`)?.path, 'tab\there.env');
  assert.equal(parseRawLine('diff --git a/x b/x'), undefined);
  assert.equal(parseRawLine(''), undefined);
});

test('git-missing: which side of a change is missing; a submodule commit never counts', () => {
  const missing = new Set([A]);
  assert.equal(missingSide({ status: 'M', oldMode: '100644', newMode: '100644', oldOid: B, newOid: A, path: 'x' }, missing), 'new');
  assert.equal(missingSide({ status: 'M', oldMode: '100644', newMode: '100644', oldOid: A, newOid: B, path: 'x' }, missing), 'old');
  assert.equal(missingSide({ status: 'D', oldMode: '100644', newMode: '000000', oldOid: A, newOid: Z, path: 'x' }, missing), 'old');
  assert.equal(missingSide({ status: 'M', oldMode: '160000', newMode: '160000', oldOid: B, newOid: A, path: 'sub' }, missing), undefined);
  assert.equal(missingSide({ status: 'M', oldMode: '100644', newMode: '100644', oldOid: B, newOid: B, path: 'x' }, missing), undefined);
  assert.equal(excludeSpec('a b/c'), ':(exclude,top,literal)a b/c');
});

test('gitEnv: lazy fetches off and every transport refused, after any config the caller passed', () => {
  const saved = { count: process.env.GIT_CONFIG_COUNT, key: process.env.GIT_CONFIG_KEY_0, value: process.env.GIT_CONFIG_VALUE_0 };
  try {
    delete process.env.GIT_CONFIG_COUNT;
    const env = gitEnv();
    assert.equal(env.GIT_NO_LAZY_FETCH, '1');
    assert.equal(env.GIT_TERMINAL_PROMPT, '0');
    const pairs = Array.from({ length: Number(env.GIT_CONFIG_COUNT) }, (_, i) => `${env[`GIT_CONFIG_KEY_${i}`]}=${env[`GIT_CONFIG_VALUE_${i}`]}`);
    assert.deepEqual(pairs, ['protocol.allow=never', 'protocol.file.allow=never', 'protocol.git.allow=never', 'protocol.ssh.allow=never', 'protocol.http.allow=never', 'protocol.https.allow=never', 'protocol.ext.allow=never']);

    process.env.GIT_CONFIG_COUNT = '1';
    process.env.GIT_CONFIG_KEY_0 = 'core.abbrev';
    process.env.GIT_CONFIG_VALUE_0 = '12';
    const kept = gitEnv();
    assert.equal(kept.GIT_CONFIG_KEY_0, 'core.abbrev', "the caller's own entry stays first");
    assert.equal(kept.GIT_CONFIG_KEY_1, 'protocol.allow');
    assert.equal(kept.GIT_CONFIG_COUNT, '8');
  } finally {
    for (const [k, v] of [['GIT_CONFIG_COUNT', saved.count], ['GIT_CONFIG_KEY_0', saved.key], ['GIT_CONFIG_VALUE_0', saved.value]] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
});

// Issue 13 item 3: one home per shared rule (size, fail-on levels, the user-regex dialect, entropy), with
// exact values, and the callers that must agree with it (config and the --max-file-size flag).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { execFileSync } from 'node:child_process';
import { parseSize } from '../../src/model/size.js';
import { parseSize as parseSizeFlag } from '../../src/cli/parse.js';
import { parseConfig } from '../../src/config/config.js';
import { FAIL_ON_VALUES, parseFailOn } from '../../src/model/fail-on.js';
import { compileUserRegex, userRegexParts } from '../../src/model/user-regex.js';
import { shannonEntropy } from '../../src/model/entropy.js';
import { shannonEntropy as detectEntropy } from '../../src/detect/entropy.js';
import { UsageError } from '../../src/model/errors.js';

const SIZES: [string | number, number | undefined][] = [
  [2048, 2048],
  ['2048', 2048],
  [' 2048 ', 2048],
  ['1b', 1],
  ['500KB', 500_000],
  ['500 kb', 500_000],
  ['10MiB', 10_485_760],
  ['1.5 kib', 1536],
  ['2GiB', 2_147_483_648],
  ['3gb', 3_000_000_000],
  // Rounded down, exactly: 0.1 KiB is 102.4 bytes, 1.9999 KB is 1999.9, 1.15 MB is 1150000 (floating point gives 1149999.99...).
  ['0.1KiB', 102],
  ['1.9999KB', 1999],
  ['1.15MB', 1_150_000],
  ['4.35MB', 4_350_000],
  ['0.001KB', 1],
  // Not sizes: under one byte, a fraction of a bare byte count, unknown units, zero, negatives, non-integers.
  ['0.0001KB', undefined],
  ['1.5', undefined],
  [1.5, undefined],
  ['10 parsecs', undefined],
  ['0', undefined],
  [0, undefined],
  [-5, undefined],
  ['-5', undefined],
  ['', undefined],
  ['10  MiB', undefined],
  ['9'.repeat(40), undefined],
];

test('shared-rules: parseSize exact values (floor, computed without floating point)', () => {
  assert.deepEqual(
    SIZES.map(([v]) => [v, parseSize(v)]),
    SIZES,
  );
});

test('shared-rules: the config key and the --max-file-size flag use the same rule (control: a non-size fails both)', () => {
  for (const [v, want] of SIZES.filter(([v, n]) => typeof v === 'string' && n !== undefined)) {
    assert.equal(parseSizeFlag('--max-file-size', v), want, `flag ${v}`);
    const { config, problems } = parseConfig(`max-file-size: '${v}'\n`, '.keyshift.yaml');
    assert.deepEqual(problems, [], `config ${v}`);
    assert.equal(config.maxFileSize, want, `config ${v}`);
  }
  assert.throws(() => parseSizeFlag('--max-file-size', '0.1'), UsageError);
  assert.equal(parseConfig(`max-file-size: '0.1'\n`, '.keyshift.yaml').problems.length, 1);
});

test('shared-rules: one fail-on list, most severe first; the help text is generated from it', async () => {
  assert.deepEqual(FAIL_ON_VALUES, ['critical', 'high', 'medium', 'low', 'none']);
  assert.equal(parseFailOn('medium'), 'medium');
  assert.equal(parseFailOn('none'), 'none');
  assert.equal(parseFailOn('severe'), undefined);
  assert.equal(parseFailOn('High'), undefined);
  const { parseFailOnValue } = await import('../../src/model/fail-on.js');
  assert.throws(() => parseFailOnValue('severe', '--fail-on'), { message: '--fail-on: expected one of critical, high, medium, low, none; got "severe"' });
  const { problems } = parseConfig('fail-on: severe\n', '.keyshift.yaml');
  assert.deepEqual(problems.map((p) => p.message), ['fail-on: expected one of critical, high, medium, low, none; got "severe"']);
  const help = execFileSync(process.execPath, ['build/src/cli/bin.js', 'scan', '--help'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  assert.match(help, /--fail-on <severity> exit 1 when a finding is at or above this severity \(critical, high, medium, low, none\)/);
});

test('shared-rules: the user-regex dialect (a leading (?i) is the i flag; elsewhere it is JavaScript syntax)', () => {
  assert.deepEqual(userRegexParts('(?i)dummy'), { body: 'dummy', flags: 'i' });
  assert.deepEqual(userRegexParts('^EXAMPLE'), { body: '^EXAMPLE', flags: '' });
  assert.equal(compileUserRegex('(?i)dummy').test('DUMMY-1'), true);
  // Control: without the prefix the same body is case-sensitive.
  assert.equal(compileUserRegex('dummy').test('DUMMY-1'), false);
  // Only a leading (?i): one in the middle is JavaScript, which has no inline flags.
  assert.throws(() => compileUserRegex('a(?i)b'), SyntaxError);
});

test('shared-rules: one entropy function (detect re-exports the model one), exact values', () => {
  assert.equal(detectEntropy, shannonEntropy);
  assert.equal(shannonEntropy(''), 0);
  assert.equal(shannonEntropy('aaaa'), 0);
  assert.equal(shannonEntropy('abcd'), 2);
  assert.equal(shannonEntropy('aabb'), 1);
  assert.equal(shannonEntropy('0123456789abcdef'), 4);
});

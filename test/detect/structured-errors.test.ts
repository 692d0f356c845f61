// Issue 13 item 5: a structured parser that throws is reported, never silent. Malformed JSON/YAML/base64
// and deep nesting stay quiet (expected), but any other error (here a TypeError from the rescan a Secret
// manifest runs on its decoded data) is re-thrown as an internal error naming the parser, and through the
// worker's per-file path the file is reported as not scanned instead of clean.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadPatterns } from '../../src/catalog/load.js';
import { detectMatches } from '../../src/detect/engine.js';
import { compileCatalog } from '../helpers/compile.js';
import { loadStructuredRules } from '../../src/catalog/structured.js';
import { compileStructured, detectStructured } from '../../src/detect/structured.js';
import type { Match } from '../../src/model/types.js';
import { blob } from './helpers.js';

const { patterns } = loadPatterns();
const compiled = compileCatalog(patterns);
const RULES = loadStructuredRules();
const ALL = compileStructured([...patterns, ...RULES.patterns], RULES);
const soundRescan = (t: string): Match[] => detectMatches(blob(t, 'decoded.txt'), compiled);
/** Sound on the file itself, broken on decoded data: what a bug in a nested parser or filter looks like. */
function brokenRescan(outer: string): (t: string) => Match[] {
  return (t) => {
    if (t === outer) return soundRescan(t);
    return (undefined as unknown as { matches: Match[] }).matches;
  };
}

const AWS_ID = 'AKIAQ7RSTV2WXYZ3ABCD';
const b64 = (s: string): string => Buffer.from(s).toString('base64');
const SECRET_YAML = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: aws-creds\ndata:\n  AWS_ACCESS_KEY_ID: ${b64(AWS_ID)}\n`;
const PATH = 'k8s/secret.yaml';

test('structured-errors: a TypeError inside a parser is re-thrown as an internal error (control: the sound rescan finds the key)', () => {
  const b = blob(SECRET_YAML, PATH);
  // Control: the same file with a sound rescan yields the decoded key, so the throw below is the bug's doing.
  assert.deepEqual(detectStructured(b, 'kubernetes', ALL, soundRescan).map((m) => `${m.patternId} ${m.line}`), ['aws.access-key-id 6']);
  assert.throws(
    () => detectStructured(b, 'kubernetes', ALL, brokenRescan(SECRET_YAML)),
    (err: Error) => {
      assert.match(err.message, /^internal error in the structured detector \(detectSecretManifests\): Cannot read properties of undefined/);
      assert.ok(err.cause instanceof TypeError, 'the cause is kept');
      // The message names the parser and the shape, never the file's content.
      assert.doesNotMatch(err.message, new RegExp(`${AWS_ID}|${b64(AWS_ID)}|aws-creds`));
      return true;
    },
  );
});

test('structured-errors: malformed input still yields nothing and does not throw, even with the broken rescan', () => {
  const deepJson = `{"auths": ${'['.repeat(20000)}${']'.repeat(20000)}}`;
  const deepYaml = `kind: Secret\ndata:\n  x: ${'['.repeat(20000)}${']'.repeat(20000)}\n`;
  const cases: [string, string][] = [
    [PATH, `kind: Secret\ndata:\n  token: ${b64(AWS_ID)}\n   bad: [\n`], // YAML syntax
    ['config.json', '{"auths": {"ghcr.io": {"auth": '], // JSON syntax
    [PATH, `kind: Secret\ndata:\n  token: ${b64('\xff\xfe')}AAAA\n`], // base64 that is not UTF-8 text
    [PATH, `kind: Secret\ndata:\n  token: ${Buffer.from([0xff, 0xfe, 0x41, 0x42]).toString('base64')}\n`],
    ['config.json', deepJson],
    [PATH, deepYaml],
  ];
  for (const [path, text] of cases) {
    assert.deepEqual(detectStructured(blob(text, path), 'other', ALL, brokenRescan(text)), [], `${path}: ${JSON.stringify(text.slice(0, 40))}`);
  }
  // A malformed %-escape in a user name is shown as written (URIError caught), not an internal error.
  const creds = 'https://bad%zzuser:Zq8Wv3Nr6Tb1Ym4Kx7Lp2Hs5@example.com\n';
  const found = detectStructured(blob(creds, '.git-credentials'), 'other', ALL, brokenRescan(creds));
  assert.deepEqual(found.map((m) => [m.patternId, m.details]), [['url.basic-credentials', { host: 'example.com', username: 'bad%zzuser' }]]);
});

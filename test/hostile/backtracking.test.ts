// Hostile input to the hand-written parsers (directives, structured files, CI posture): text shaped to make a
// backtracking regex or a per-item rescan blow up. Each case checks the exact result and that CPU time grows
// about linearly from N to 16N (a growth ratio, never an absolute time; method in test/helpers/growth.ts).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compilePosture, detectPosture } from '../../src/detect/posture.js';
import { loadPostureRules } from '../../src/catalog/posture.js';
import { MAX_ALIASES } from '../../src/detect/posture-yaml.js';
import { compileStructured, detectStructured, MAX_DOCUMENT_CHARS } from '../../src/detect/structured.js';
import { loadStructuredRules } from '../../src/catalog/structured.js';
import type { Match } from '../../src/model/types.js';
import { findDirectives } from '../../src/suppress/directives.js';
import { mulberry32, randomString, CHARSETS } from '../helpers/fake-tokens.js';
import { blob } from '../detect/helpers.js';
import { lineIndex } from '../../src/model/text.js';
import { INPUT_GROWTH, MAX_RATIO, measureGrowth } from '../helpers/growth.js';

/** Below this many CPU ms the timer, not the code, speaks. */
const FLOOR_MS = 2;

/**
 * Runs `work` on the inputs built for size n and 16n, asserts `check` on both results, and asserts the CPU
 * time ratio stays under MAX_RATIO (16x is linear, 256x quadratic).
 */
function assertLinear<I, R>(label: string, n: number, build: (n: number) => I, work: (input: I) => R, check: (r: R, n: number) => void): void {
  const large = INPUT_GROWTH * n;
  const smallInput = build(n);
  const largeInput = build(large);
  check(work(smallInput), n);
  check(work(largeInput), large);
  const g = measureGrowth(() => work(smallInput), () => work(largeInput), FLOOR_MS);
  assert.ok(g.ratio < MAX_RATIO, `${label}: ${g.smallMs.toFixed(1)} ms at ${n}, ${g.largeMs.toFixed(1)} ms at ${large} (x${g.ratio.toFixed(1)}): superlinear`);
}

const AWS_KEY = 'AKIAEB6XYXTRFUQT6MCG'; // fake, format-valid AWS access key id

test('the check can fail: a quadratic rescan (a search for Z from every position) is caught', () => {
  const quadratic = (text: string): number => {
    let hits = 0;
    for (let i = 0; i < text.length; i++) for (let j = i; j < text.length; j++) if (text.charCodeAt(j) === 90) hits++;
    return hits;
  };
  assert.throws(
    // 1,500 -> 24,000 characters: the large run is ~290M steps, far over MAX_RATIO times the 2 ms floor even on
    // Node 24's faster loops (at 600 -> 9,600 it once took only ~45 ms there, x22, and the control passed).
    () => assertLinear('quadratic control', 1_500, (n) => 'a'.repeat(n), quadratic, (r) => assert.equal(r, 0)),
    /quadratic control: .* \(x\d+\.\d\): superlinear/,
  );
});

describe('inline directives', () => {
  const directives = (text: string) => findDirectives(text, lineIndex(text));

  test('a reason padded with thousands of blanks (reviewer input: 6,000 spaces) is trimmed in linear time', () => {
    // The tail after the directive is read up to 2,048 characters, so a pad that long is cut inside the blanks.
    const reviewer = `# keyshift:allow -- x${' '.repeat(6_000)}y\naws_access_key_id = ${AWS_KEY}\n`;
    assert.deepEqual(directives(reviewer).get(1), [{ line: 1, appliesTo: 1, form: 'keyshift:allow', reason: 'x', used: false }]);
    assertLinear(
      'reason pad',
      100,
      (n) => `aws_access_key_id = ${AWS_KEY} # keyshift:allow -- x${' '.repeat(n)}y */\n`,
      directives,
      (r, n) => assert.deepEqual(r.get(1), [{ line: 1, appliesTo: 1, form: 'keyshift:allow', reason: `x${' '.repeat(n)}y`, used: false }]),
    );
  });

  test('a directive repeated along one long line is parsed in linear time', () => {
    assertLinear(
      'repeated directive',
      1_250,
      (n) => `k = ${AWS_KEY} ${'keyshift:allow '.repeat(n)}\n`,
      directives,
      (r, n) => {
        assert.equal(r.get(1)?.length, n);
        assert.ok(r.get(1)!.every((d) => d.form === 'keyshift:allow' && d.patternId === undefined && d.reason === undefined));
      },
    );
  });
});

describe('structured files', () => {
  const RULES = loadStructuredRules();
  const ALL = { ...compileStructured([], RULES), ids: new Set(['npm.npmrc-auth', 'npm.npmrc-password', 'npm.npmrc-auth-token', 'terraform.variable-secret', 'kubernetes.secret-data']) };
  /** Structured matches only, with the regex catalog stubbed out (it has its own ReDoS suite). */
  const structured = (path: string) => (text: string): Match[] => detectStructured(blob(text, path), 'other', ALL, () => [], []);
  const at = (m: Match): string => `${m.patternId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`;
  const TOKEN40 = randomString(mulberry32(77), CHARSETS.b62, 40); // fake, opaque

  test('.npmrc: a line of blanks between two words (reviewer input: 200 KB) is no entry, in linear time', () => {
    const tail = `\n//npm.corp.invalid/:_authToken = "${TOKEN40}"  \n`;
    assertLinear(
      '.npmrc blank run',
      50_000,
      (n) => `a${' '.repeat(n)}x${tail}`,
      structured('.npmrc'),
      (r) => assert.deepEqual(r.map(at), ['npm.npmrc-auth-token 2:35-2:75']),
    );
    assertLinear(
      '.npmrc blank run after =',
      50_000,
      (n) => `a =${' '.repeat(n)}x ${' '.repeat(n)}\nb${' '.repeat(n)}=${tail}`,
      structured('.npmrc'),
      (r) => assert.deepEqual(r.map(at), ['npm.npmrc-auth-token 3:35-3:75']),
    );
  });

  test('Terraform: a file of unclosed `variable "a" {` heads (reviewer input: 586 KB) is read in linear time', () => {
    const secret = `variable "signing_key" {\n  default = "${TOKEN40}"\n}\n`;
    assertLinear(
      'unclosed variable blocks',
      2_500,
      (n) => `${secret}${'variable "a" {\n'.repeat(n)}`,
      structured('main.tf'),
      (r) => assert.deepEqual(r.map(at), ['terraform.variable-secret 2:14-2:54']),
    );
  });

  test('a Secret manifest over the document cap gets no YAML parse (the regex catalog still scans it)', () => {
    const head = `apiVersion: v1\nkind: Secret\ndata:\n  api-token: ${Buffer.from(TOKEN40).toString('base64')}\n`;
    const sized = (n: number): string => head + Array.from({ length: Math.ceil(n / 20) }, (_, i) => `  k${i}: ${'QUFB'.repeat(3)}\n`).join('');
    assert.deepEqual(structured('secret.yaml')(sized(1_000)).map(at), ['kubernetes.secret-data 4:3-4:70']);
    assertLinear('large Secret', MAX_DOCUMENT_CHARS + 1, sized, structured('secret.yaml'), (r) => assert.deepEqual(r, []));
  });
});

describe('CI posture', () => {
  const ALL = compilePosture(loadPostureRules().patterns);
  const gh = (text: string): string[] =>
    detectPosture(blob(text, '.github/workflows/ci.yml'), 'github-workflow', ALL).map((m) => `${m.patternId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.secret}`);
  const AZ = '      - run: az login --service-principal -u app -p ${{ secrets.AZ_SP_PASSWORD }} --tenant t';
  const AZ_HIT = (line: number): string => `posture.github-actions.azure-client-secret ${line}:53-${line}:82 \${{ secrets.AZ_SP_PASSWORD }}`;
  const workflow = (run: string): string => ['on: push', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    steps:', `      - run: ${run}`, AZ, ''].join('\n');

  test('a run line of repeated `az login` (reviewer input: 900 KB) is checked in linear time', () => {
    assertLinear('az login', 6_250, (n) => workflow('az login '.repeat(n)), gh, (r) => assert.deepEqual(r, [AZ_HIT(7)]));
  });

  test('unclosed `${{` and unclosed `secrets[` along one run line are read in linear time', () => {
    assertLinear('unclosed ${{', 5_000, (n) => workflow('${{ a '.repeat(n)), gh, (r) => assert.deepEqual(r, [AZ_HIT(7)]));
    assertLinear('secrets[ in one expression', 3_750, (n) => workflow(`echo \${{ ${'secrets[x '.repeat(n)}}}`), gh, (r) => assert.deepEqual(r, [AZ_HIT(7)]));
  });

  test(`a workflow of more than ${MAX_ALIASES} aliases (reviewer input: 40,000 jobs \`jN: *a\`) gets no posture, in linear time`, () => {
    const aliased = (n: number): string =>
      ['on: push', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    steps:', AZ, '  base: &b {runs-on: ubuntu-latest}', ...Array.from({ length: n }, (_, i) => `  j${i}: *b`), ''].join('\n');
    assert.deepEqual(gh(aliased(10)), [AZ_HIT(6)]);
    assert.deepEqual(gh(aliased(MAX_ALIASES)), [AZ_HIT(6)]);
    assertLinear('aliases', 2_500, aliased, gh, (r) => assert.deepEqual(r, []));
  });

  test('GitLab: `auth/` and a long run of `jwt` with no `/login` is checked in linear time', () => {
    const gl = (text: string): string[] =>
      detectPosture(blob(text, '.gitlab-ci.yml'), 'gitlab-ci', ALL).map((m) => `${m.patternId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.secret}`);
    const job = (n: number): string =>
      ['deploy:', '  variables:', '    AWS_SECRET_ACCESS_KEY: $PROD_SECRET', '  script:', `    - echo auth/${'jwt'.repeat(n)}`, ''].join('\n');
    assertLinear('auth/jwt...', 7_500, job, gl, (r) => assert.deepEqual(r, ['posture.gitlab-ci.aws-static-keys 3:5-3:26 $PROD_SECRET']));
  });
});

describe('assignment rules', () => {
  test('a minified line of thousands of secret-named members is read in windows around each hit, in linear time', async () => {
    // A bundle's one long line: before, the assignment shapes ran over the whole line and de-duplicated the
    // values read with a linear search (12 MB aws-sdk bundle: 3.4 s of CPU in this step alone).
    const { loadPatterns } = await import('../../src/catalog/load.js');
    const { detectMatches } = await import('../../src/detect/engine.js');
    const { compileCatalog } = await import('../helpers/compile.js');
    const compiled = compileCatalog(loadPatterns().patterns.filter((p) => p.id === 'generic.api-key'));
    // Values of 13 characters, so that the rule's value probe lets every size through to the shapes (with
    // short values it rejects the small line outright and the ratio measures the probe, not the reading);
    // one repeated letter, so that none of them is a finding.
    const line = (n: number) => `var c={${Array.from({ length: n }, (_, i) => `token${i}:"${'v'.repeat(12)}${i % 10}",`).join('')}};\n`;
    assertLinear(
      'minified members',
      2000,
      line,
      (text) => detectMatches(blob(text, 'dist/bundle.js'), compiled, { minified: false, lockfile: false }),
      (r) => assert.deepEqual(r, []),
    );
  });

  test('sparse secret-named members on one minified line: each window is probed within its own reach, in linear time', async () => {
    // Members 2,000 characters apart, so their windows stay apart; a probe that looked for the next line
    // break to the end of the line read the rest of the line once per window (quadratic in the line).
    const { loadPatterns } = await import('../../src/catalog/load.js');
    const { detectMatches } = await import('../../src/detect/engine.js');
    const { compileCatalog } = await import('../helpers/compile.js');
    const compiled = compileCatalog(loadPatterns().patterns.filter((p) => p.id === 'generic.api-key'));
    const line = (n: number) => `var c={${Array.from({ length: n }, (_, i) => `token${i}:"${'v'.repeat(12)}${i % 10}",pad${i}:"${'x'.repeat(2000)}",`).join('')}};\n`;
    assertLinear(
      'sparse members',
      300,
      line,
      (text) => detectMatches(blob(text, 'dist/bundle.js'), compiled, { minified: false, lockfile: false }),
      (r) => assert.deepEqual(r, []),
    );
  });
});

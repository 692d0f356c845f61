// The workflow fixer on its own (src/fix/github.ts): permissions at job scope in every starting state, the scopes
// a job's steps visibly need kept in a new block, flow mappings and read-all reported rather than rewritten, and a
// file that does not parse left alone. Rules are the real posture rules from patterns/posture/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { loadPostureRules } from '../../src/catalog/posture.js';
import { fixGithubWorkflow } from '../../src/fix/github.js';
import { makeFinding } from '../helpers/sample-findings.js';

const RULES = loadPostureRules().patterns.filter((p) => p.posture?.ci === 'github-actions');
const AWS = 'posture.github-actions.aws-static-keys';

/** A posture finding of the AWS rule on `line` (the fixer reads rule id and line). */
function flagged(line: number) {
  return makeFinding({ spec: RULES.find((r) => r.id === AWS)!, secret: '${{ secrets.S }}', path: '.github/workflows/deploy.yml', line });
}

function job(head: string, steps = '      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          aws-access-key-id: ${{ secrets.K }}\n          aws-secret-access-key: ${{ secrets.S }}\n          aws-region: us-east-1\n'): string {
  return `on: push\n${head}jobs:\n  deploy:\n    runs-on: ubuntu-latest\n${steps.startsWith('    ') && !steps.startsWith('      ') ? steps : `    steps:\n${steps}`}`;
}

function fix(text: string) {
  const line = text.split('\n').findIndex((l) => l.includes('aws-secret-access-key')) + 1;
  const r = fixGithubWorkflow(text, RULES, [flagged(line)], { values: {} });
  assert.deepEqual(parseDocument(r.text).errors, [], 'the result parses');
  return r;
}

test('no permissions anywhere: a job block with contents: read and id-token: write, and a note saying every other scope is none', () => {
  const r = fix(job(''));
  assert.match(r.text, /\n {4}runs-on: ubuntu-latest\n {4}permissions:\n {6}contents: read\n {6}id-token: write\n {4}steps:\n/);
  assert.match(r.applied[0]!.notes.join(' '), /every permission it does not list becomes none/);
});

test('workflow-level permissions are repeated in the new job block (a job block replaces them for the job)', () => {
  const r = fix(job('permissions:\n  contents: read\n  issues: write\n'));
  assert.match(r.text, /\n {4}permissions:\n {6}contents: read\n {6}issues: write\n {6}id-token: write\n/);
});

test('workflow-level id-token: write already covers the job: no job block', () => {
  const r = fix(job('permissions:\n  contents: read\n  id-token: write\n'));
  assert.equal(r.applied.length, 1);
  assert.doesNotMatch(r.text, /\n {4}permissions:/);
});

test('a job block gains id-token: write; id-token: read becomes write; write-all needs nothing', () => {
  const own = fix(job('', '    permissions:\n      contents: write\n    steps:\n      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          aws-secret-access-key: ${{ secrets.S }}\n          aws-region: us-east-1\n'));
  assert.match(own.text, /\n {4}permissions:\n {6}contents: write\n {6}id-token: write\n/);
  const read = fix(job('', '    permissions:\n      id-token: read\n    steps:\n      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          aws-secret-access-key: ${{ secrets.S }}\n          aws-region: us-east-1\n'));
  assert.match(read.text, /\n {6}id-token: write\n/);
  assert.doesNotMatch(read.text, /id-token: read/);
  const all = fix(job('', '    permissions: write-all\n    steps:\n      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          aws-secret-access-key: ${{ secrets.S }}\n          aws-region: us-east-1\n'));
  assert.match(all.text, /permissions: write-all\n/);
  assert.equal(all.applied.length, 1);
});

test('permissions: read-all and a flow with: are reported as having no mechanical fix, and the file is unchanged', () => {
  const ra = job('', '    permissions: read-all\n    steps:\n      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          aws-secret-access-key: ${{ secrets.S }}\n          aws-region: us-east-1\n');
  const r1 = fix(ra);
  assert.equal(r1.text, ra);
  assert.match(r1.unfixable[0]!.reason, /not a block mapping/);
  const flow = job('', '      - uses: aws-actions/configure-aws-credentials@v4\n        with: { aws-secret-access-key: "${{ secrets.S }}", aws-region: us-east-1 }\n');
  const r2 = fix(flow);
  assert.equal(r2.text, flow);
  assert.match(r2.unfixable[0]!.reason, /flow mapping/);
});

test('a new block keeps the scopes the job\'s steps visibly need (a release upload, a PR comment)', () => {
  const r = fix(job('', '      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          aws-secret-access-key: ${{ secrets.S }}\n          aws-region: us-east-1\n      - run: gh release upload v1 dist/app.zip\n      - run: gh pr comment 1 --body done\n'));
  assert.match(r.text, /\n {4}permissions:\n {6}contents: write\n {6}pull-requests: write\n {6}id-token: write\n/);
});

test('a file that does not parse is left alone and reported', () => {
  const bad = 'on: push\njobs:\n  a: [unclosed\n';
  const r = fixGithubWorkflow(bad, RULES, [flagged(3)], { values: {} });
  assert.equal(r.text, bad);
  assert.equal(r.applied.length, 0);
  assert.match(r.unfixable[0]!.reason, /not a YAML mapping that parses/);
});

test('a workflow nested deeper than the scan\'s YAML parsers read is left alone and reported, never composed', () => {
  const deep = `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n      K: ${'['.repeat(300)}${']'.repeat(300)}\n`;
  const r = fixGithubWorkflow(deep, RULES, [flagged(6)], { values: {} });
  assert.equal(r.text, deep);
  assert.match(r.unfixable[0]!.reason, /not a YAML mapping that parses/);
});

// In-process units of the Action: workflow-command escaping, inputs, outputs, the annotation caps and the
// scan plan chosen from the event.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotate, getBooleanInput, getInput, getListInput, setOutput, type RunnerIO } from '../../src/action/runner.js';
import { planScan, parseMode, type RunContext } from '../../src/action/event.js';
import { writeAnnotations, ANNOTATION_CAP } from '../../src/action/run.js';
import { Secret, redact } from '../../src/model/secret.js';
import { DEFAULT_FINGERPRINT_SALT, fingerprintV2Sync } from '../../src/model/fingerprint.js';
import type { Finding, Severity } from '../../src/model/types.js';
import { parseOutputs } from '../helpers/fake-github.js';

function io(env: NodeJS.ProcessEnv = {}): RunnerIO & { lines: string[] } {
  const lines: string[] = [];
  return { env, log: (l) => lines.push(l), lines };
}

function finding(i: number, severity: Severity): Finding {
  const secret = `fake-value-${String(i).padStart(4, '0')}-xxxxxxxxxxxx`;
  return {
    ruleId: 'test.rule',
    ruleName: 'Test rule',
    provider: 'test',
    kind: 'static-key',
    severity,
    confidence: 'high',
    path: `f${String(i).padStart(2, '0')}.txt`,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1 + secret.length,
    fingerprint: fingerprintV2Sync('test.rule', secret, DEFAULT_FINGERPRINT_SALT),
    preview: redact(secret),
    secretLength: secret.length,
    context: 'code',
    pathRole: 'source',
    checksum: 'none',
    entropy: 4,
    notes: [],
    nhi: [],
    cwe: [],
    suppressions: [],
    secret: new Secret(secret),
  };
}

test('inputs: INPUT_<NAME> trimmed, YAML booleans only, lists split on whitespace and commas', () => {
  const r = io({ 'INPUT_FAIL-ON': ' high ', 'INPUT_UPLOAD-SARIF': 'False', INPUT_PATHS: 'src\n docs, lib', INPUT_COMMENT: 'yes' });
  assert.equal(getInput(r, 'fail-on'), 'high');
  assert.equal(getBooleanInput(r, 'upload-sarif', true), false);
  assert.equal(getBooleanInput(r, 'missing', true), true);
  assert.throws(() => getBooleanInput(r, 'comment', true), /input comment: expected true or false, got "yes"/);
  assert.deepEqual(getListInput(r, 'paths'), ['src', 'docs', 'lib']);
});

test('workflow commands escape data and properties', () => {
  const r = io();
  annotate(r, 'error', 'a%b\r\nc', { title: 'x: y, z', file: 'dir,a/b:c.txt', line: 3, endLine: 3, col: 2, endColumn: 9 });
  annotate(r, 'warning', 'multi', { file: 'a', line: 1, endLine: 2, col: 4 });
  assert.deepEqual(r.lines, ['::error title=x%3A y%2C z,file=dir%2Ca/b%3Ac.txt,line=3,endLine=3,col=2,endColumn=9::a%25b%0D%0Ac', '::warning file=a,line=1,endLine=2::multi']);
});

test('outputs go to $GITHUB_OUTPUT in the delimiter form, safe for multi-line values', () => {
  const dir = mkdtempSync(join(tmpdir(), 'keyshift-out-'));
  try {
    const file = join(dir, 'out');
    writeFileSync(file, '');
    const r = io({ GITHUB_OUTPUT: file });
    setOutput(r, 'findings', '3');
    setOutput(r, 'note', 'a\nb');
    assert.deepEqual(parseOutputs(readFileSync(file, 'utf8')), { findings: '3', note: 'a\nb' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('annotations: at most 10 errors and 10 warnings, most severe first, then one notice with the rest', () => {
  const r = io();
  const findings = [...Array.from({ length: 12 }, (_, i) => finding(i, i % 2 ? 'critical' : 'high')), ...Array.from({ length: 11 }, (_, i) => finding(20 + i, 'medium'))];
  writeAnnotations(r, findings);
  const errors = r.lines.filter((l) => l.startsWith('::error '));
  assert.equal(errors.length, ANNOTATION_CAP);
  assert.ok(errors.slice(0, 6).every((l) => l.includes('::critical ')));
  assert.equal(r.lines.filter((l) => l.startsWith('::warning ')).length, ANNOTATION_CAP);
  assert.deepEqual(r.lines.filter((l) => l.startsWith('::notice')), [
    '::notice::keyshift: 3 more finding(s) are not annotated (GitHub shows 10 errors and 10 warnings per step); see the job summary and code scanning',
  ]);
  assert.ok(!r.lines.join('\n').includes('fake-value-'), 'no secret value in an annotation');
});

function ctx(eventName: string, payload: Record<string, unknown>): RunContext {
  return { eventName, owner: 'o', repo: 'r', sha: 's', ref: 'refs/heads/main', workspace: '/w', apiUrl: 'x', serverUrl: 'y', payload };
}

test('scan plan from the event: PR (fork detected), push range, new branch and other events scan in full', () => {
  const pr = { pull_request: { number: 4, base: { sha: 'b1', ref: 'main', repo: { full_name: 'o/r' } }, head: { sha: 'h1', repo: { full_name: 'fork/r' } } } };
  assert.deepEqual(planScan(ctx('pull_request', pr), 'auto'), { kind: 'pr', number: 4, base: 'b1', head: 'h1', baseRef: 'main', fork: true });
  assert.deepEqual(planScan(ctx('pull_request', pr), 'full'), { kind: 'full' });
  assert.deepEqual(planScan(ctx('push', { before: 'a1', after: 'a2' }), 'auto'), { kind: 'push', before: 'a1', after: 'a2' });
  assert.equal(planScan(ctx('push', { before: '0'.repeat(40), after: 'a2' }), 'auto').kind, 'full');
  assert.deepEqual(planScan(ctx('schedule', {}), 'auto'), { kind: 'full' });
  assert.throws(() => planScan(ctx('schedule', {}), 'diff'), /input mode: diff needs a pull_request event or a push to an existing branch; this is "schedule"/);
  assert.throws(() => parseMode('partial'), /input mode: expected auto, full or diff; got "partial"/);
});

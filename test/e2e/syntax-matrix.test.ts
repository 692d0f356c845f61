// Issue 14's measures as tests: the syntax matrix (fixtures/syntaxes: the same credentials written in every
// common syntax and credential file, plus decoys) and the precision fixture (fixtures/precision: realistic
// Helm, Terraform, Kubernetes, compose and docs material where every finding is labelled). Every labelled
// secret is found at its line with its kind; nothing is found in decoys or on an unlabelled line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/fixtures.js';

interface Score { labels: number; found: number; kindOk: number; syntaxes: number; fullSyntaxes: number; decoyFindings: number; extra: number }

function measure(name: string): Score {
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/measure-syntaxes.mjs'), name, '--json', '--cli', join(REPO_ROOT, 'build/src/cli/bin.js')], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as Score;
}

function labelCount(name: string): number {
  return (JSON.parse(readFileSync(join(REPO_ROOT, 'fixtures', name, 'labels.json'), 'utf8')) as { labels: unknown[] }).labels.length;
}

test('issue 14: the syntax matrix is found in every syntax, at the right line and kind, and its decoys stay quiet', () => {
  const s = measure('syntaxes');
  assert.equal(s.labels, labelCount('syntaxes'));
  assert.ok(s.labels >= 90, `only ${s.labels} labelled secrets`);
  assert.deepEqual({ found: s.found, kindOk: s.kindOk, full: s.fullSyntaxes, decoys: s.decoyFindings, extra: s.extra }, { found: s.labels, kindOk: s.labels, full: s.syntaxes, decoys: 0, extra: 0 });
});

test('issue 14: the precision fixture has no finding that is not labelled, and every labelled one is found', () => {
  const s = measure('precision');
  assert.equal(s.labels, labelCount('precision'));
  assert.deepEqual({ found: s.found, kindOk: s.kindOk, extra: s.extra }, { found: s.labels, kindOk: s.labels, extra: 0 });
});

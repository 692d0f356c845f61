// Issue 19 item 7: --history read and scanned in parts inside the workers (src/scan/history-parts.ts) reports
// byte for byte what the one-stream walk reports: first and last sightings, removals, binary files, limits,
// missing objects and a stuck file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { makeToken } from '../helpers/fake-tokens.js';
import { runCli } from '../helpers/fixtures.js';
import { planParts } from '../../src/scan/history-parts.js';
import { tempRepo, type JsonReport } from './repo.js';

const T0 = 1_700_000_000;
const HOUR = 3600;
const COMMITS = 600;

interface Generated {
  dir: string;
  shas: string[];
  /** Commit number -> what it did to a secret, for the assertions. */
  firstBinary: number;
  removedKey: string;
  readdedKey: string;
  movedKey: string;
}

/**
 * COMMITS commits by git fast-import, one a simulated hour apart, over 40 text files and one binary file:
 * every commit rewrites a line of two files; every 25th adds a fake key; key 3 is moved to another path
 * (a rename), key 5 is removed and added again 200 commits later, key 7's file is deleted; the binary
 * file changes every 90 commits from commit 30 on (so several parts touch it).
 */
function generate(): Generated {
  const repo = tempRepo('history-parts');
  let seed = 11;
  const rnd = (n: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
  const files = new Map<string, string[]>();
  for (let i = 0; i < 40; i++) files.set(`src/f${i}.txt`, Array.from({ length: 12 }, (_, j) => `line ${j} of ${i}`));
  const keys = Array.from({ length: COMMITS / 25 }, (_, k) => makeToken('aws.access-key-id', 7000 + k));
  const out: string[] = [];
  const data = (s: string | Buffer): string => `data ${Buffer.byteLength(s)}\n${s}`;
  const modify = (path: string): string => `M 100644 inline ${path}\n${data(files.get(path)!.join('\n') + '\n')}`;
  for (let c = 0; c < COMMITS; c++) {
    const ops: string[] = [];
    for (let k = 0; k < 2; k++) {
      const path = `src/f${rnd(40)}.txt`;
      if (!files.has(path)) continue;
      files.get(path)![1 + rnd(11)] = `changed in ${c}: ${rnd(1e9).toString(36)}`;
      ops.push(modify(path));
    }
    if (c % 25 === 0) {
      const k = c / 25;
      const path = `keys/k${k}.env`;
      files.set(path, ['# service', `aws_access_key_id = ${keys[k]}`]);
      ops.push(modify(path));
    }
    if (c === 3 * 25 + 40) ops.push('R keys/k3.env moved/k3.env');
    if (c === 5 * 25 + 10) {
      files.get('keys/k5.env')![1] = 'aws_access_key_id = (rotated)';
      ops.push(modify('keys/k5.env'));
    }
    if (c === 5 * 25 + 210) {
      files.set('again/k5.env', [`aws_access_key_id = ${keys[5]}`]);
      ops.push(modify('again/k5.env'));
    }
    if (c === 7 * 25 + 5) ops.push('D keys/k7.env');
    if (c >= 30 && c % 90 === 30) ops.push(`M 100644 inline assets/logo.bin\n${data(`\0PNG${c}\0`)}`);
    const msg = `commit ${c}`;
    out.push(`commit refs/heads/main\ncommitter t <t@e> ${T0 + c * HOUR} +0000\n${data(msg)}\n${ops.join('\n')}`);
  }
  const r = spawnSync('git', ['fast-import', '--quiet'], { cwd: repo.dir, input: out.join('\n') + '\n', encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  repo.git(['checkout', '-q', 'main']);
  const shas = repo.git(['log', '--reverse', '--format=%H', 'main']).trim().split('\n');
  return { dir: repo.dir, shas, firstBinary: 30, removedKey: keys[5]!, readdedKey: keys[5]!, movedKey: keys[3]! };
}

let built: Generated | undefined;
const repo = (): Generated => (built ??= generate());

function scan(args: string[], parts: 'on' | 'off', env: NodeJS.ProcessEnv = {}): { status: number; stdout: string; stderr: string } {
  return runCli(['scan', '--history', '--format', 'json', '--fail-on', 'low', '--workers', '2', '--show-secrets', ...args], repo().dir, { KEYSHIFT_HISTORY_PARTS: parts, ...env });
}

interface Report extends JsonReport {
  skipped: { path: string; reason: string; detail?: string }[];
  findings: (JsonReport['findings'][number] & { secret?: string })[];
}

for (const [name, args] of [
  ['the whole history', []],
  ['--max-commits 250', ['--max-commits', '250']],
  ['--since (the last 300 commits)', ['--since', new Date((T0 + 300 * HOUR) * 1000).toISOString()]],
  ['a ref range', ['--history-ref', 'main~450..main']],
] as [string, string[]][]) {
  test(`history in parts: ${name} is byte-identical to the one-stream walk`, () => {
    const one = scan(args, 'off');
    const parts = scan(args, 'on');
    assert.equal(one.status, 1, one.stderr);
    assert.equal(parts.status, one.status, parts.stderr);
    assert.equal(parts.stdout, one.stdout);
    const report = JSON.parse(parts.stdout) as Report;
    assert.ok(report.findings.length >= 6, `${report.findings.length} findings`);
  });
}

test('history in parts: first and last sightings, moves, removals and the binary file, as the walk saw them', () => {
  const g = repo();
  const report = JSON.parse(scan([], 'on').stdout) as Report;
  assert.equal(report.findings.length, COMMITS / 25);
  const of = (key: string) => report.findings.filter((f) => f.secret === key);
  // Key 5: removed at commit 135, added again at 335 elsewhere: one finding from its first commit, at HEAD again.
  const k5 = of(g.removedKey);
  assert.equal(k5.length, 1);
  assert.equal(k5[0]!.commit?.sha, g.shas[125]);
  assert.equal(k5[0]!.path, 'keys/k5.env');
  assert.equal(k5[0]!.details?.occurrences, 2);
  assert.equal(k5[0]!.details?.presentAtHead, true);
  // Key 3 moved by a rename: still its first commit, present at HEAD under the new path.
  const k3 = of(g.movedKey)[0]!;
  assert.equal(k3.commit?.sha, g.shas[75]);
  assert.equal(k3.details?.headPath, 'moved/k3.env');
  // Key 7's file deleted at commit 180: gone, the last commit is the deletion's parent.
  const k7 = report.findings.find((f) => f.path === 'keys/k7.env')!;
  assert.equal(k7.details?.presentAtHead, false);
  assert.equal(k7.details?.removedIn, g.shas[180]);
  assert.equal(k7.details?.lastCommit, g.shas[179]);
  // The binary file, changed in several parts, reported once, from the first commit that made it.
  const binary = report.skipped.filter((s) => s.path === 'assets/logo.bin');
  assert.deepEqual(binary, [{ path: 'assets/logo.bin', reason: 'binary', detail: `first in commit ${g.shas[g.firstBinary]!.slice(0, 12)}` }]);
});

test('history in parts: the plan cuts the commits into consecutive runs that cover them in order', () => {
  const commits = Array.from({ length: 1001 }, (_, i) => `c${i}`);
  const parts = planParts(commits, 2);
  assert.ok(parts.length >= 4, `${parts.length} parts`);
  assert.deepEqual(parts.flat(), commits);
  assert.ok(parts.every((p) => p.length >= 250));
  assert.deepEqual(planParts(['a', 'b'], 2), [['a'], ['b']]);
});

test('history in parts: a loose blob missing in the middle of the history is skipped as in the one-stream walk', () => {
  const g = generate();
  const blob = spawnSync('git', ['rev-parse', `${g.shas[300]}:keys/k12.env`], { cwd: g.dir, encoding: 'utf8' }).stdout.trim();
  // fast-import writes a pack; unpack it so that one blob can be taken away.
  const packs = spawnSync('sh', ['-c', 'mkdir -p ../packs && mv .git/objects/pack/*.pack ../packs/ && rm -f .git/objects/pack/*.idx && for p in ../packs/*.pack; do git unpack-objects -q < "$p"; done'], { cwd: g.dir, encoding: 'utf8' });
  assert.equal(packs.status, 0, packs.stderr);
  rmSync(join(g.dir, '.git/objects', blob.slice(0, 2), blob.slice(2)));
  const run = (parts: 'on' | 'off') => runCli(['scan', '--history', '--format', 'json', '--fail-on', 'low', '--workers', '2'], g.dir, { KEYSHIFT_HISTORY_PARTS: parts });
  const one = run('off');
  const parts = run('on');
  assert.equal(one.status, 1, one.stderr);
  assert.equal(parts.stdout, one.stdout);
  const report = JSON.parse(parts.stdout) as Report;
  // Control: the blob really was missing and the scan got past it.
  assert.deepEqual(report.skipped.filter((s) => s.reason === 'missing-object').map((s) => s.path), ['keys/k12.env']);
  assert.equal(report.findings.length, COMMITS / 25 - 1);
});

test('history in parts: a stuck file is a timeout skip and the rest of its part is still scanned', () => {
  const g = repo();
  const stuck = 'keys/k9.env';
  const r = scan(['--file-timeout', '300'], 'on', { KEYSHIFT_TEST_STALL_ON: stuck });
  assert.equal(r.status, 1, r.stderr);
  const report = JSON.parse(r.stdout) as Report;
  assert.deepEqual(report.skipped.filter((s) => s.reason === 'timeout').map((s) => s.path), [stuck]);
  const found = new Set(report.findings.map((f) => f.path));
  assert.ok(!found.has(stuck));
  // Every other key is found, those after the stuck file in its part included.
  assert.equal(report.findings.length, COMMITS / 25 - 1);
  assert.ok(found.has('keys/k10.env') && found.has('keys/k23.env'));
  assert.ok(g.shas.length === COMMITS);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../helpers/fixtures.js';
import { makeToken } from '../helpers/fake-tokens.js';
import { validateSarif } from '../helpers/sarif-validate.js';
import { tempRepo, type JsonReport, type JsonFinding } from './repo.js';

const GONE = makeToken('aws.access-key-id', 601);
const STAYS = makeToken('cloudflare.api-token', 602);
const SIDE = makeToken('aws.access-key-id', 603);
const RECENT = makeToken('cloudflare.api-token', 604);
const DAY = 86_400_000;

/**
 * main:    c1 adds GONE (a.env:3) -> c2 adds STAYS (b.txt:1) and copies GONE to c.env -> c3 deletes GONE from
 *          a.env and c.env -> c4 (yesterday) adds RECENT
 * side:    s1 (branched from c1) adds SIDE, never merged
 */
function buildRepo() {
  const repo = tempRepo('history');
  repo.write('a.env', `X=1\nY=2\naws_access_key_id = ${GONE}\n`);
  repo.git(['add', '.']);
  const c1 = repo.commit('c1', '2024-01-10T12:00:00Z');
  repo.git(['checkout', '-q', '-b', 'side']);
  repo.write('side.txt', `aws_access_key_id = ${SIDE}\n`);
  repo.git(['add', '.']);
  const s1 = repo.commit('s1', '2024-01-11T12:00:00Z');
  repo.git(['checkout', '-q', 'main']);
  repo.write('b.txt', `cloudflare: ${STAYS}\n`);
  repo.write('c.env', `aws_access_key_id = ${GONE}\n`);
  repo.git(['add', '.']);
  const c2 = repo.commit('c2', '2024-02-01T12:00:00Z');
  repo.write('a.env', 'X=1\nY=2\n');
  repo.remove('c.env');
  repo.git(['add', '-A']);
  const c3 = repo.commit('c3', '2024-03-01T12:00:00Z');
  const yesterday = new Date(Date.now() - DAY).toISOString().replace(/\.\d+Z$/, 'Z');
  repo.write('d.txt', `cloudflare: ${RECENT}\n`);
  repo.git(['add', '.']);
  const c4 = repo.commit('c4', yesterday);
  return { repo, c1, s1, c2, c3, c4 };
}

function byPath(report: JsonReport): Map<string, JsonFinding> {
  return new Map(report.findings.map((f) => [f.path, f]));
}

const ageOf = (iso: string, now: number): number => Math.floor((now - Date.parse(iso)) / DAY);

test('--history: each secret once, with first commit, last commit, presence at HEAD and age', () => {
  const { repo, c1, s1, c2, c3, c4 } = buildRepo();
  const before = Date.now();
  const r = runCli(['scan', '--history', '--format', 'json', '--fail-on', 'low', '--workers', '0'], repo.dir);
  const after = Date.now();
  assert.equal(r.status, 1, r.stderr);
  const report = JSON.parse(r.stdout) as JsonReport;
  assert.deepEqual(report.findings.map((f) => `${f.path}:${f.line}:${f.ruleId}`), ['a.env:3:aws.access-key-id', 'b.txt:1:cloudflare.api-token', 'd.txt:1:cloudflare.api-token', 'side.txt:1:aws.access-key-id']);
  const f = byPath(report);

  const gone = f.get('a.env')!;
  assert.equal(gone.commit?.sha, c1);
  assert.equal(gone.commit?.date, '2024-01-10T12:00:00+00:00');
  assert.equal(gone.details?.presentAtHead, false);
  assert.equal(gone.details?.removedIn, c3);
  assert.equal(gone.details?.lastCommit, c2, 'the parent of the removing commit');
  assert.equal(gone.details?.firstSeen, '2024-01-10T12:00:00+00:00');
  assert.equal(gone.details?.occurrences, 2, 'a.env in c1 and the copy in c.env in c2');
  assert.equal(gone.details?.paths, 2);
  const age = gone.details?.ageDays as number;
  assert.ok(age >= ageOf('2024-01-10T12:00:00Z', before) && age <= ageOf('2024-01-10T12:00:00Z', after));
  assert.ok(gone.notes.includes('long-lived-in-history'));
  assert.equal(gone.severity, 'critical');

  const stays = f.get('b.txt')!;
  assert.equal(stays.commit?.sha, c2);
  assert.equal(stays.details?.presentAtHead, true);
  assert.equal(stays.details?.headPath, 'b.txt');
  assert.equal(stays.details?.lastCommit, c4, 'HEAD');
  assert.ok(stays.notes.includes('long-lived-in-history'));
  assert.equal(stays.severity, 'critical', 'high raised one level: long-lived in history');

  const recent = f.get('d.txt')!;
  assert.equal(recent.commit?.sha, c4);
  assert.equal(recent.details?.ageDays, 1);
  assert.ok(!recent.notes.includes('long-lived-in-history'));
  assert.equal(recent.severity, 'high', 'not raised: one day old');

  const side = f.get('side.txt')!;
  assert.equal(side.commit?.sha, s1, 'found on a branch that was never merged (--all)');
  assert.equal(side.details?.presentAtHead, false);
  assert.equal(side.details?.lastCommit, s1);
});

test('--history --max-commits and --since limit the commits', () => {
  const { repo, c4 } = buildRepo();
  const one = JSON.parse(runCli(['scan', '--history', '--max-commits', '1', '--format', 'json', '--fail-on', 'none', '--workers', '0'], repo.dir).stdout) as JsonReport;
  // --all with --max-count=1: the newest commit over all refs.
  assert.deepEqual(one.findings.map((f) => `${f.path}@${f.commit?.sha}`), [`d.txt@${c4}`]);
  const since = JSON.parse(runCli(['scan', '--history', '--since', '2024-01-20', '--format', 'json', '--fail-on', 'none', '--workers', '0'], repo.dir).stdout) as JsonReport;
  assert.deepEqual(since.findings.map((f) => f.path), ['b.txt', 'c.env', 'd.txt']);
});

test('--history SARIF has zero errors under the multitool and carries the commit', async () => {
  const { repo, c1 } = buildRepo();
  const r = runCli(['scan', '--history', '--format', 'sarif', '--fail-on', 'none', '--workers', '0'], repo.dir);
  assert.equal(r.status, 0, r.stderr);
  const { errors } = await validateSarif(r.stdout);
  assert.deepEqual(errors, []);
  const sarif = JSON.parse(r.stdout) as { runs: { results: { properties?: Record<string, unknown>; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
  const first = sarif.runs[0]!.results.find((x) => x.locations[0]!.physicalLocation.artifactLocation.uri === 'a.env');
  assert.equal(first?.properties?.commitSha, c1);
  for (const v of [GONE, STAYS, SIDE, RECENT]) assert.ok(!r.stdout.includes(v), 'no secret value in the SARIF');
});

test('issue 12 defect 12d: --history text output says whether each secret is still present at HEAD', () => {
  const { repo, c3 } = buildRepo();
  const r = runCli(['scan', '--history', '--fail-on', 'none', '--workers', '0', '--no-color'], repo.dir);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.split('\n');
  const after = (path: string): string => {
    const i = lines.findIndex((l) => l.startsWith(`${path}:`));
    assert.ok(i >= 0, `${path} in\n${r.stdout}`);
    return lines[i + 1]!;
  };
  assert.equal(after('a.env'), `    removed at HEAD (still in history; removed in commit ${c3.slice(0, 12)})`);
  assert.equal(after('b.txt'), '    still present at HEAD');
  assert.equal(after('d.txt'), '    still present at HEAD');
  assert.equal(after('side.txt'), '    not at HEAD (still in history)');
  // Control: a plain scan of the working tree has no history, so it prints no HEAD status at all.
  const plain = runCli(['scan', '--fail-on', 'none', '--workers', '0', '--no-color'], repo.dir);
  assert.equal(plain.status, 0, plain.stderr);
  assert.match(plain.stdout, /^b\.txt:1:/m);
  assert.ok(!/at HEAD/.test(plain.stdout), plain.stdout);
  for (const v of [GONE, STAYS, SIDE, RECENT]) assert.ok(!r.stdout.includes(v));
});

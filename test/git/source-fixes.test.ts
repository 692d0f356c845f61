// Git source regressions: path globs with and without '/', lone CR line numbering, and the per-file cap
// on added text in --history, --staged and --diff (real git in temporary repositories, the CLI as a user runs it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../helpers/fixtures.js';
import { makeToken } from '../helpers/fake-tokens.js';
import { tempRepo, type JsonReport } from './repo.js';
import { compileGlob, globFilter } from '../../src/sources/globs.js';

const KEY1 = makeToken('aws.access-key-id', 601);
const KEY2 = makeToken('aws.access-key-id', 602);
const KEY3 = makeToken('aws.access-key-id', 603);
const line = (k: string): string => `aws_access_key_id = ${k}`;

function scan(dir: string, args: string[]): { status: number; report: JsonReport; stderr: string } {
  const r = runCli(['scan', ...args, '--format', 'json', '--fail-on', 'low', '--workers', '0'], dir);
  assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
  return { status: r.status, report: JSON.parse(r.stdout) as JsonReport, stderr: r.stderr };
}
const where = (rep: JsonReport): string[] => rep.findings.map((f) => `${f.path}:${f.line}:${f.column}`);

test('globs: without "/" the basename at any depth, with "/" the whole path', () => {
  assert.equal(compileGlob('*.env')('a/b/c.env'), true);
  assert.equal(compileGlob('src/**')('src/a/b.env'), true);
  assert.equal(compileGlob('src/**')('lib/src/b.env'), false);
  assert.equal(compileGlob('fixtures/**')('fixtures/x.env'), true);
  assert.equal(compileGlob('.env')('deep/.env'), true);
  const keep = globFilter(['src/**'], ['*.md']);
  assert.deepEqual(['src/a.env', 'src/r.md', 'lib/a.env'].filter(keep), ['src/a.env']);
  assert.deepEqual(['x', 'y/z'].filter(globFilter([], [])), ['x', 'y/z']);
});

test('--staged and --diff: --include and --exclude globs with "/" and a config exclude', () => {
  const repo = tempRepo('globs');
  repo.write('base.txt', 'x\n');
  repo.git(['add', '.']);
  const base = repo.commit('init', '2024-01-01T00:00:00Z');
  repo.write('src/app.env', `${line(KEY1)}\n`);
  repo.write('fixtures/f.env', `${line(KEY2)}\n`);
  repo.write('other/o.env', `${line(KEY3)}\n`);
  repo.git(['add', '.']);
  assert.deepEqual(where(scan(repo.dir, ['--staged', '--include', 'src/**']).report), ['src/app.env:1:21']);
  assert.deepEqual(where(scan(repo.dir, ['--staged', '--exclude', 'fixtures/**']).report), ['other/o.env:1:21', 'src/app.env:1:21']);
  repo.write('.keyshift.yaml', 'exclude:\n  - fixtures/**\n  - other/o.env\n');
  assert.deepEqual(where(scan(repo.dir, ['--staged']).report), ['src/app.env:1:21']);
  repo.commit('add', '2024-01-02T00:00:00Z');
  assert.deepEqual(where(scan(repo.dir, ['--diff', base, '--include', 'src/**', '--include', 'fixtures/**']).report), ['src/app.env:1:21']);
});

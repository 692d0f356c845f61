// Per-repository result files for the merge and HTML tests, made the way github scan-org makes them: a small
// generated tree scanned with `keyshift scan --format json`, plus the contract's `repository` and `org` blocks
// (docs/json-output.md). Secrets are generated fake tokens (makeToken); nothing here reaches a network.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import assert from 'node:assert/strict';
import { makeToken } from './fake-tokens.js';
import { runCli } from './fixtures.js';

export interface RepoSpec {
  fullName: string;
  /** Path -> content; omitted for a skipped repository. */
  files?: Record<string, string>;
  head?: string;
  status?: 'scanned' | 'skipped';
  reason?: string;
  detail?: string;
  shard?: string;
  /** Commit the files with this author and committer date and scan with --history. */
  historyDate?: string;
}

export type ResultDoc = Record<string, unknown> & { findings: Record<string, unknown>[] };

/** The shared secret of the merge tests: one Cloudflare token (high) in three repositories. */
export const SHARED = makeToken('cloudflare.api-token', 18);
export const OWN_API = makeToken('github.pat-classic', 181);
export const OWN_WEB = makeToken('npm.access-token', 182);
export const OWN_WORKER = makeToken('github.oauth-token', 183);
export const OWN_OPS = makeToken('sentry.org-token', 184);
export const OWN_DOCS = makeToken('atlassian.api-token', 185);
export const DOCS_SHORT = makeToken('github.app-installation-token', 186);
export const HOSTILE_NAME = '<img src=x onerror=alert(1)>.env';

/** Five scanned repositories (three share SHARED at one place each, one was scanned with history) and one skipped. */
export function sampleOrg(): RepoSpec[] {
  return [
    {
      fullName: 'octo-org/api',
      head: 'a'.repeat(40),
      shard: '1/2',
      files: { 'src/config.ts': `export const cf = "${SHARED}";\nexport const gh = "${OWN_API}";\n` },
    },
    {
      fullName: 'octo-org/web',
      head: 'b'.repeat(40),
      shard: '2/2',
      files: { '.env': `CLOUDFLARE_API_TOKEN=${SHARED}\n`, '.npmrc': `//registry.npmjs.org/:_authToken=${OWN_WEB}\n` },
    },
    {
      fullName: 'octo-org/worker',
      head: 'c'.repeat(40),
      shard: '1/2',
      files: { 'deploy/run.sh': `export CLOUDFLARE_API_TOKEN="${SHARED}"\nexport GH_OAUTH="${OWN_WORKER}"\n` },
    },
    { fullName: 'octo-org/docs', head: 'd'.repeat(40), shard: '2/2', files: { 'README.md': '# Docs\n\nNothing secret here.\n', [HOSTILE_NAME]: `ATLASSIAN_API_TOKEN=${OWN_DOCS}\n`, 'bin/ci.sh': `GH_TOKEN="${DOCS_SHORT}"\n` } },
    {
      fullName: 'octo-org/ops',
      head: 'e'.repeat(40),
      shard: '2/2',
      historyDate: '2023-03-01T12:00:00Z',
      files: { 'ci/release.sh': `export SENTRY_AUTH_TOKEN="${OWN_OPS}"\n` },
    },
    { fullName: 'octo-org/legacy', shard: '1/2', status: 'skipped', reason: 'empty', detail: 'the repository has no commits' },
  ];
}

function git(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: cwd, ...env } });
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
}

/** One repository's result document, as github scan-org writes it. */
export function buildRepoResult(spec: RepoSpec, work: string): ResultDoc {
  const org = { name: spec.fullName.split('/')[0]!, ...(spec.shard ? { shard: spec.shard } : {}) };
  const repository = {
    fullName: spec.fullName,
    defaultBranch: 'main',
    ...(spec.head ? { head: spec.head } : {}),
    status: spec.status ?? 'scanned',
    ...(spec.reason ? { reason: spec.reason } : {}),
    ...(spec.detail ? { detail: spec.detail } : {}),
    history: spec.historyDate !== undefined,
  };
  if (repository.status === 'skipped') {
    const counts = { filesScanned: 0, bytesScanned: 0, filesSkipped: 0, ignored: 0, excluded: 0, findings: 0, suppressed: 0 };
    return { version: 1, tool: { name: 'keyshift', version: '0.1.0' }, root: '', counts, findings: [], skipped: [], warnings: [], repository, org };
  }
  const dir = join(work, spec.fullName.replace('/', '__'));
  mkdirSync(dir, { recursive: true });
  for (const [p, text] of Object.entries(spec.files ?? {})) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  const args = ['scan', '.', '--format', 'json', '--fail-on', 'none', '--workers', '0'];
  if (spec.historyDate) {
    git(dir, ['init', '-q', '-b', 'main']);
    git(dir, ['add', '-A']);
    const env = { GIT_AUTHOR_DATE: spec.historyDate, GIT_COMMITTER_DATE: spec.historyDate, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid' };
    git(dir, ['commit', '-q', '-m', 'add'], env);
    args.push('--history');
  }
  const r = runCli(args, dir);
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout) as ResultDoc;
  return { ...doc, repository, org };
}

/** Writes each repository's result to `<dir>/<owner>__<name>.json` (the scan-org file name); returns the paths. */
export function writeOrgResults(specs: RepoSpec[], label: string): { dir: string; files: string[]; docs: ResultDoc[] } {
  const root = mkdtempSync(join(tmpdir(), `keyshift-org-${label}-`));
  const work = join(root, 'trees');
  const dir = join(root, 'results');
  mkdirSync(dir, { recursive: true });
  const docs = specs.map((s) => buildRepoResult(s, work));
  const files = docs.map((d, i) => {
    const file = join(dir, `${specs[i]!.fullName.replace('/', '__')}.json`);
    writeFileSync(file, `${JSON.stringify(d, null, 2)}\n`);
    return file;
  });
  return { dir, files, docs };
}

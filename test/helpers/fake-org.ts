// A fake GitHub API for a whole organisation on 127.0.0.1 (random port): /orgs/{org}/repos with Link
// pagination and ETags, /repos/{o}/{r}, branches with ETag / 304, git trees and blobs as remote-source.ts
// asks for them, tarballs (/repos/{o}/{r}/tarball/{ref}, a 302 to a /codeload/ route as GitHub answers), fault injection per repository and per request, optional latency, and request counts per
// repository. Contents are generated from a seed with fake tokens (makeToken). Test and benchmark use only.
import { createHash } from 'node:crypto';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { tarOf } from './archives.js';
import { makeToken, mulberry32 } from './fake-tokens.js';

export interface FakeRepo {
  owner: string;
  name: string;
  defaultBranch: string;
  archived?: boolean;
  fork?: boolean;
  topics?: string[];
  /** path -> content of the default branch head. */
  files: Record<string, string>;
  /** The API's clone_url (a file:// URL of a generated repository for --history tests). */
  cloneUrl?: string;
  /** Every request for this repository (other than the listing) answers this. */
  fault?: { status: number; message: string; headers?: Record<string, string> };
  /** Tree listing answers truncated: true (the client then walks sub-trees). */
  truncated?: boolean;
  /** Milliseconds each of this repository's blob responses is delayed (a timeout test). */
  blobDelayMs?: number;
}

export interface OrgRequest {
  method: string;
  path: string;
  /** owner/name for a /repos/ request, else ''. */
  repo: string;
  kind: 'listing' | 'repo' | 'branch' | 'commit' | 'tree' | 'blob' | 'tarball' | 'codeload' | 'other';
  status: number;
  ifNoneMatch?: string;
  authorization?: string;
}

export interface OneShotFault {
  /** Which requests it hits. */
  kind: OrgRequest['kind'];
  status: number;
  message: string;
  headers?: () => Record<string, string>;
  times: number;
}

export interface FakeOrg {
  url: string;
  org: string;
  repos: Map<string, FakeRepo>;
  requests: OrgRequest[];
  /** Faults that hit the next N requests of a kind (rate limits). */
  oneShot: OneShotFault[];
  /** Milliseconds each blob (and tarball download) response is delayed (so a test can interrupt a run under way). */
  blobDelayMs: number;
  /**
   * Git smart HTTP (git http-backend) under /git/: `owner/name` -> the repository folder. Requests without
   * `Authorization: Basic base64(x-access-token:<gitToken>)` answer 401 when gitToken is set.
   */
  gitRepos: Map<string, string>;
  gitToken?: string;
  /** clone_url of a repository served by git http-backend. */
  gitUrl(fullName: string): string;
  /** Requests per repository (full name -> count), optionally of one kind. */
  countFor(fullName: string, kind?: OrgRequest['kind']): number;
  close(): Promise<void>;
}

export function gitBlobSha(content: string): string {
  const b = Buffer.from(content);
  return createHash('sha1').update(`blob ${b.length}\0`).update(b).digest('hex');
}

function sha1(s: string): string {
  return createHash('sha1').update(s).digest('hex');
}

/** The head commit and tree a repository's files give: deterministic in the content. */
export function repoShas(repo: FakeRepo): { commit: string; tree: string } {
  const entries = Object.keys(repo.files).sort().map((p) => `${p}:${gitBlobSha(repo.files[p]!)}`).join('\n');
  const tree = sha1(`tree\n${entries}`);
  return { tree, commit: sha1(`commit\n${tree}\n${repo.defaultBranch}`) };
}

export async function startFakeOrg(org: string, repos: FakeRepo[]): Promise<FakeOrg> {
  const map = new Map<string, FakeRepo>(repos.map((r) => [`${r.owner}/${r.name}`, r]));
  const requests: OrgRequest[] = [];
  const state: FakeOrg = {
    url: '',
    org,
    repos: map,
    requests,
    oneShot: [],
    blobDelayMs: 0,
    gitRepos: new Map(),
    gitUrl: (fullName) => `${state.url}/git/${fullName}.git`,
    countFor: (fullName, kind) => requests.filter((r) => r.repo === fullName && (kind === undefined || r.kind === kind)).length,
    close: async () => undefined,
  };
  const server = createServer((req, res) => {
    if ((req.url ?? '').startsWith('/git/')) return gitBackend(state, req, res);
    if ((req.url ?? '').startsWith('/codeload/')) return void codeload(state, req, res);
    req.resume();
    req.on('end', () => void handle(state, req, res));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  state.url = `http://127.0.0.1:${port}`;
  state.close = () =>
    new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    });
  return state;
}

async function handle(state: FakeOrg, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const p = url.pathname;
  const rm = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(p);
  const repoName = rm ? `${decodeURIComponent(rm[1]!)}/${decodeURIComponent(rm[2]!)}` : '';
  const rest = rm?.[3] ?? '';
  const kind: OrgRequest['kind'] = /^\/orgs\/[^/]+\/repos$/.test(p)
    ? 'listing'
    : !rm
      ? 'other'
      : rest === ''
        ? 'repo'
        : rest.startsWith('/branches/')
          ? 'branch'
          : rest.startsWith('/git/commits/')
            ? 'commit'
            : rest.startsWith('/git/trees/')
              ? 'tree'
              : rest.startsWith('/git/blobs/')
                ? 'blob'
                : rest.startsWith('/tarball/')
                  ? 'tarball'
                  : 'other';
  const ifNoneMatch = typeof req.headers['if-none-match'] === 'string' ? req.headers['if-none-match'] : undefined;
  const rec: OrgRequest = { method: req.method ?? 'GET', path: p, repo: repoName, kind, status: 0, ifNoneMatch, authorization: typeof req.headers.authorization === 'string' ? req.headers.authorization : undefined };
  state.requests.push(rec);
  const send = (status: number, data: unknown, headers: Record<string, string> = {}): void => {
    rec.status = status;
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-ratelimit-remaining': '4000', ...headers });
    res.end(data === undefined || status === 304 ? '' : JSON.stringify(data));
  };
  /** A 200 with an ETag, or a 304 when the client already has that ETag. */
  const sendTagged = (data: unknown, headers: Record<string, string> = {}): void => {
    const etag = `"${sha1(JSON.stringify(data))}"`;
    if (ifNoneMatch === etag) return send(304, undefined, { etag, ...headers });
    send(200, data, { etag, ...headers });
  };

  const shot = state.oneShot.find((f) => f.kind === kind && f.times > 0);
  if (shot) {
    shot.times--;
    return send(shot.status, { message: shot.message }, shot.headers?.() ?? {});
  }
  if (kind === 'listing') {
    const org = decodeURIComponent(p.split('/')[2]!);
    if (org.toLowerCase() !== state.org.toLowerCase()) return send(404, { message: 'Not Found' });
    const all = [...state.repos.values()].filter((r) => r.owner === state.org).sort((a, b) => (a.name < b.name ? -1 : 1));
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
    const page = Number(url.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link = (n: number, rel: string): string => `<${state.url}${p}?per_page=${perPage}&page=${n}>; rel="${rel}"`;
    const links: string[] = [];
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    return sendTagged(all.slice((page - 1) * perPage, page * perPage).map((r) => repoJson(state, r)), links.length ? { link: links.join(', ') } : {});
  }
  if (!rm) return send(404, { message: 'Not Found' });
  const repo = state.repos.get(repoName);
  if (!repo) return send(404, { message: 'Not Found' });
  if (repo.fault) return send(repo.fault.status, { message: repo.fault.message }, repo.fault.headers);
  const { commit, tree } = repoShas(repo);
  let g: RegExpExecArray | null;
  if (kind === 'repo') return sendTagged(repoJson(state, repo));
  if (kind === 'branch') {
    const branch = decodeURIComponent(rest.slice('/branches/'.length));
    if (branch !== repo.defaultBranch) return send(404, { message: 'Branch not found' });
    return sendTagged({ name: branch, commit: { sha: commit, commit: { tree: { sha: tree } } }, protected: false });
  }
  if (kind === 'commit') return send(200, { sha: commit, tree: { sha: tree } });
  if (kind === 'tree' && (g = /^\/git\/trees\/([0-9a-f]+)$/.exec(rest))) {
    if (g[1] !== tree) return send(404, { message: 'Not Found' });
    const entries = Object.keys(repo.files).sort().map((path) => ({ path, mode: '100644', type: 'blob', sha: gitBlobSha(repo.files[path]!), size: Buffer.byteLength(repo.files[path]!) }));
    return send(200, { sha: tree, tree: entries, truncated: repo.truncated === true && url.searchParams.has('recursive') });
  }
  if (kind === 'blob' && (g = /^\/git\/blobs\/([0-9a-f]+)$/.exec(rest))) {
    const content = Object.values(repo.files).find((c) => gitBlobSha(c) === g![1]);
    if (content === undefined) return send(404, { message: 'Not Found' });
    const delay = repo.blobDelayMs ?? state.blobDelayMs;
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    const b = Buffer.from(content);
    return send(200, { sha: g[1], size: b.length, encoding: 'base64', content: b.toString('base64') });
  }
  if (kind === 'tarball') {
    const ref = decodeURIComponent(rest.slice('/tarball/'.length));
    if (ref !== commit && ref !== repo.defaultBranch) return send(404, { message: 'Not Found' });
    rec.status = 302;
    res.writeHead(302, { location: `${state.url}/codeload/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.name)}/legacy.tar.gz/${commit}`, 'x-ratelimit-remaining': '4000' });
    res.end();
    return;
  }
  send(404, { message: 'Not Found' });
}

/**
 * The archive GitHub's codeload host serves: a gzip tarball with one leading folder `owner-name-shortsha/`.
 * Not an API request (GitHub does not count it against the rate limit): recorded as kind 'codeload'.
 */
async function codeload(state: FakeOrg, req: IncomingMessage, res: ServerResponse): Promise<void> {
  req.resume();
  const m = /^\/codeload\/([^/]+)\/([^/]+)\/legacy\.tar\.gz\/([0-9a-f]+)$/.exec(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
  const fullName = m ? `${decodeURIComponent(m[1]!)}/${decodeURIComponent(m[2]!)}` : '';
  const rec: OrgRequest = { method: req.method ?? 'GET', path: req.url ?? '', repo: fullName, kind: 'codeload', status: 0, authorization: typeof req.headers.authorization === 'string' ? req.headers.authorization : undefined };
  state.requests.push(rec);
  const repo = state.repos.get(fullName);
  if (!m || !repo || repoShas(repo).commit !== m[3]) {
    rec.status = 404;
    res.writeHead(404).end();
    return;
  }
  const delay = repo.blobDelayMs ?? state.blobDelayMs;
  if (delay > 0) await new Promise((r) => setTimeout(r, delay));
  const top = `${repo.owner}-${repo.name}-${m[3]!.slice(0, 7)}/`;
  const body = gzipSync(tarOf(Object.keys(repo.files).sort().map((p) => [top + p, repo.files[p]!] as [string, string])));
  rec.status = 200;
  res.writeHead(200, { 'content-type': 'application/x-gzip', 'content-length': String(body.length) }).end(body);
}

/** /git/{owner}/{name}.git/... through `git http-backend` (CGI), recorded as kind 'other' with repo set. */
function gitBackend(state: FakeOrg, req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const m = /^\/git\/([^/]+)\/([^/]+)\.git(\/.*)$/.exec(url.pathname);
  const auth = typeof req.headers.authorization === 'string' ? req.headers.authorization : undefined;
  const rec: OrgRequest = { method: req.method ?? 'GET', path: url.pathname + url.search, repo: m ? `${m[1]}/${m[2]}` : '', kind: 'other', status: 0, authorization: auth };
  state.requests.push(rec);
  const dir = m ? state.gitRepos.get(`${m[1]}/${m[2]}`) : undefined;
  if (!m || !dir) {
    rec.status = 404;
    res.writeHead(404).end();
    return;
  }
  if (state.gitToken && auth !== `Basic ${Buffer.from(`x-access-token:${state.gitToken}`).toString('base64')}`) {
    rec.status = 401;
    res.writeHead(401, { 'www-authenticate': 'Basic realm="fake"' }).end();
    return;
  }
  const child = spawn('git', ['http-backend'], {
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      GIT_PROJECT_ROOT: dir,
      GIT_HTTP_EXPORT_ALL: '1',
      PATH_INFO: m[3],
      QUERY_STRING: url.search.slice(1),
      REQUEST_METHOD: req.method ?? 'GET',
      CONTENT_TYPE: req.headers['content-type'] ?? '',
      ...(req.headers['content-encoding'] ? { HTTP_CONTENT_ENCODING: String(req.headers['content-encoding']) } : {}),
      ...(req.headers['git-protocol'] ? { GIT_PROTOCOL: String(req.headers['git-protocol']) } : {}),
      REMOTE_ADDR: '127.0.0.1',
    },
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  req.pipe(child.stdin);
  let head = Buffer.alloc(0);
  let started = false;
  child.stdout.on('data', (c: Buffer) => {
    if (started) return void res.write(c);
    head = Buffer.concat([head, c]);
    const end = head.indexOf('\r\n\r\n');
    if (end < 0) return;
    started = true;
    const headers: Record<string, string> = {};
    let status = 200;
    for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
      const i = line.indexOf(':');
      const k = line.slice(0, i).trim();
      const v = line.slice(i + 1).trim();
      if (k.toLowerCase() === 'status') status = Number(v.split(' ')[0]);
      else headers[k] = v;
    }
    rec.status = status;
    res.writeHead(status, headers);
    res.write(head.subarray(end + 4));
  });
  child.on('close', () => res.end());
}

function repoJson(state: FakeOrg, r: FakeRepo): Record<string, unknown> {
  return {
    name: r.name,
    full_name: `${r.owner}/${r.name}`,
    owner: { login: r.owner },
    default_branch: r.defaultBranch,
    archived: r.archived === true,
    fork: r.fork === true,
    topics: r.topics ?? [],
    size: Object.keys(r.files).length === 0 ? 0 : 1,
    clone_url: r.cloneUrl ?? `${state.url}/git/${r.owner}/${r.name}.git`,
  };
}

// ---- Generated organisations.

export interface PlantedSecret {
  repo: string;
  path: string;
  line: number;
  ruleId: string;
  token: string;
}

export interface GeneratedOrg {
  repos: FakeRepo[];
  planted: PlantedSecret[];
  /** Tokens planted in several repositories (token -> repositories). */
  shared: Map<string, string[]>;
}

/**
 * `count` repositories of a few small files each, from a seed: every `secretEvery`-th repository holds one
 * fake token of its own, and one token is shared by `sharedAcross` repositories. Some are archived or forks.
 */
export function generateOrg(org: string, count: number, seed: number, opts: { secretEvery?: number; sharedAcross?: number; filesPerRepo?: number } = {}): GeneratedOrg {
  const rng = mulberry32(seed);
  const secretEvery = opts.secretEvery ?? 25;
  const sharedAcross = opts.sharedAcross ?? 3;
  const filesPerRepo = opts.filesPerRepo ?? 4;
  const repos: FakeRepo[] = [];
  const planted: PlantedSecret[] = [];
  const sharedToken = makeToken('github.pat-classic', seed * 7 + 1);
  const shared = new Map<string, string[]>([[sharedToken, []]]);
  for (let i = 0; i < count; i++) {
    const name = `svc-${String(i).padStart(4, '0')}`;
    const files: Record<string, string> = { 'README.md': `# ${name}\n\nService ${i}.\n` };
    for (let f = 1; f < filesPerRepo; f++) {
      files[`src/mod${f}.js`] = `export const v${f} = ${Math.floor(rng() * 1e6)};\nexport function f${f}(x) { return x + ${f}; }\n`;
    }
    const repo: FakeRepo = { owner: org, name, defaultBranch: i % 11 === 0 ? 'master' : 'main', files, topics: i % 5 === 0 ? ['payments'] : ['internal'] };
    if (i % 97 === 13) repo.archived = true;
    if (i % 89 === 7) repo.fork = true;
    const full = `${org}/${name}`;
    if (!repo.archived && !repo.fork) {
      if (i % secretEvery === 3) {
        const token = makeToken('github.pat-classic', seed * 1000 + i);
        files['deploy/env.sh'] = `#!/bin/sh\nexport API_URL=https://example.test\nexport GH_TOKEN=${token}\n`;
        planted.push({ repo: full, path: 'deploy/env.sh', line: 3, ruleId: 'github.pat-classic', token });
      }
      if (shared.get(sharedToken)!.length < sharedAcross && i % secretEvery === Math.min(10, secretEvery - 1)) {
        files['ci/publish.sh'] = `#!/bin/sh\nexport GITHUB_TOKEN=${sharedToken}\n`;
        planted.push({ repo: full, path: 'ci/publish.sh', line: 2, ruleId: 'github.pat-classic', token: sharedToken });
        shared.get(sharedToken)!.push(full);
      }
    }
    repos.push(repo);
  }
  return { repos, planted, shared };
}

/**
 * A real git repository (non-bare, for file:// clones) whose history holds `oldSecret` only in its first
 * commit: the second commit removes it. Returns its file:// URL.
 */
export function makeHistoryRepo(dir: string, oldSecret: string): string {
  mkdirSync(dir, { recursive: true });
  const git = (...args: string[]): void => {
    execFileSync('git', args, { cwd: dir, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.test', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.test', GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z' } });
  };
  git('init', '-q', '-b', 'main');
  git('config', 'uploadpack.allowFilter', 'true');
  writeFileSync(join(dir, 'config.sh'), `#!/bin/sh\nexport GH_TOKEN=${oldSecret}\n`);
  writeFileSync(join(dir, 'README.md'), '# history\n');
  git('add', '.');
  git('commit', '-q', '-m', 'first');
  writeFileSync(join(dir, 'config.sh'), '#!/bin/sh\nexport GH_TOKEN="$(cat /run/secrets/gh)"\n');
  git('add', '.');
  git('commit', '-q', '-m', 'read the token from a file');
  return `file://${dir}`;
}

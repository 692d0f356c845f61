// A local HTTP server on 127.0.0.1 (random port) that plays the parts of the GitHub REST API keyshift uses,
// records every request, paginates with Link headers and can inject faults. Test-only; no network.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
  status: number;
}

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  path?: string;
  line?: number;
  side?: string;
  commit_id?: string;
}

export interface FakeFile {
  filename: string;
  status: string;
  sha: string;
  patch?: string;
  additions?: number;
}

export interface Fault {
  method: string;
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body: unknown;
  /** How many matching requests fail (default 1). */
  times?: number;
}

export interface FakeState {
  owner: string;
  repo: string;
  defaultBranch: string;
  pulls: Map<number, { head: string; base: string; files: FakeFile[] }>;
  reviewComments: Map<number, FakeComment[]>;
  issueComments: Map<number, FakeComment[]>;
  reviews: { pull: number; body: unknown }[];
  sarifUploads: Record<string, unknown>[];
  /** blob sha -> content */
  blobs: Map<string, Buffer>;
  /** ref or commit sha -> commit sha */
  refs: Map<string, string>;
  /** commit sha -> tree sha; tree sha -> entries */
  commits: Map<string, string>;
  trees: Map<string, { path: string; mode: string; type: string; sha: string; size?: number }[]>;
  compare: Map<string, FakeFile[]>;
  faults: Fault[];
}

export interface FakeGitHub {
  url: string;
  state: FakeState;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

let nextId = 1000;

export async function startFakeGitHub(owner = 'octo', repo = 'demo'): Promise<FakeGitHub> {
  const state: FakeState = {
    owner,
    repo,
    defaultBranch: 'main',
    pulls: new Map(),
    reviewComments: new Map(),
    issueComments: new Map(),
    reviews: [],
    sarifUploads: [],
    blobs: new Map(),
    refs: new Map(),
    commits: new Map(),
    trees: new Map(),
    compare: new Map(),
    faults: [],
  };
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown = undefined;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = raw;
      }
      const rec: RecordedRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body, status: 0 };
      requests.push(rec);
      const send = (status: number, data: unknown, headers: Record<string, string> = {}): void => {
        rec.status = status;
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        res.end(data === undefined ? '' : JSON.stringify(data));
      };
      const fault = state.faults.find((f) => f.method === rec.method && f.path.test(rec.path) && (f.times ?? 1) > 0);
      if (fault) {
        fault.times = (fault.times ?? 1) - 1;
        send(fault.status, fault.body, fault.headers);
        return;
      }
      try {
        route(state, rec, url, send);
      } catch (err) {
        send(500, { message: (err as Error).message });
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    requests,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

type Send = (status: number, data: unknown, headers?: Record<string, string>) => void;

function paginate(items: unknown[], url: URL, send: Send, host: string): void {
  const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
  const page = Number(url.searchParams.get('page') ?? 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (p: number, rel: string): string => {
    const u = new URL(url.toString());
    u.searchParams.set('page', String(p));
    u.searchParams.set('per_page', String(perPage));
    return `<http://${host}${u.pathname}${u.search}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
  send(200, items.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(', ') } : {});
}

function route(state: FakeState, rec: RecordedRequest, url: URL, send: Send): void {
  const host = String(rec.headers.host ?? '127.0.0.1');
  const base = `/repos/${state.owner}/${state.repo}`;
  const p = rec.path;
  const m = (re: RegExp): RegExpExecArray | null => (p.startsWith(base) ? re.exec(p.slice(base.length)) : null);
  let g: RegExpExecArray | null;
  const body = (rec.body ?? {}) as Record<string, unknown>;

  if (rec.method === 'GET' && p === base) return send(200, { full_name: `${state.owner}/${state.repo}`, default_branch: state.defaultBranch });
  if (rec.method === 'GET' && (g = m(/^\/pulls\/(\d+)$/))) {
    const pr = state.pulls.get(Number(g[1]));
    return pr ? send(200, { number: Number(g[1]), head: { sha: pr.head }, base: { sha: pr.base } }) : send(404, { message: 'Not Found' });
  }
  if (rec.method === 'GET' && (g = m(/^\/pulls\/(\d+)\/files$/))) {
    const pr = state.pulls.get(Number(g[1]));
    return pr ? paginate(pr.files, url, send, host) : send(404, { message: 'Not Found' });
  }
  if (rec.method === 'GET' && (g = m(/^\/pulls\/(\d+)\/comments$/))) return paginate(state.reviewComments.get(Number(g[1])) ?? [], url, send, host);
  if (rec.method === 'POST' && (g = m(/^\/pulls\/(\d+)\/reviews$/))) {
    const n = Number(g[1]);
    state.reviews.push({ pull: n, body: rec.body });
    const list = state.reviewComments.get(n) ?? [];
    for (const c of (body.comments as Record<string, unknown>[] | undefined) ?? []) {
      list.push({ id: nextId++, body: String(c.body), path: String(c.path), line: Number(c.line), side: String(c.side), commit_id: String(body.commit_id), user: { login: 'github-actions[bot]', type: 'Bot' } });
    }
    state.reviewComments.set(n, list);
    return send(200, { id: nextId++, state: 'COMMENTED' });
  }
  if (rec.method === 'GET' && (g = m(/^\/issues\/(\d+)\/comments$/))) return paginate(state.issueComments.get(Number(g[1])) ?? [], url, send, host);
  if (rec.method === 'POST' && (g = m(/^\/issues\/(\d+)\/comments$/))) {
    const n = Number(g[1]);
    const c: FakeComment = { id: nextId++, body: String(body.body), user: { login: 'github-actions[bot]', type: 'Bot' } };
    state.issueComments.set(n, [...(state.issueComments.get(n) ?? []), c]);
    return send(201, c);
  }
  if (rec.method === 'PATCH' && (g = m(/^\/issues\/comments\/(\d+)$/))) {
    for (const list of state.issueComments.values()) {
      const c = list.find((x) => x.id === Number(g![1]));
      if (c) {
        c.body = String(body.body);
        return send(200, c);
      }
    }
    return send(404, { message: 'Not Found' });
  }
  if (rec.method === 'POST' && m(/^\/code-scanning\/sarifs$/)) {
    state.sarifUploads.push(body);
    return send(202, { id: `sarif-${state.sarifUploads.length}`, url: `${base}/code-scanning/sarifs/x` });
  }
  if (rec.method === 'GET' && (g = m(/^\/git\/blobs\/([0-9a-f]+)$/))) {
    const b = state.blobs.get(g[1]!);
    return b ? send(200, { sha: g[1], size: b.length, encoding: 'base64', content: b.toString('base64').replace(/(.{60})/g, '$1\n') }) : send(404, { message: 'Not Found' });
  }
  if (rec.method === 'GET' && (g = m(/^\/commits\/(.+)$/))) {
    const sha = state.refs.get(decodeURIComponent(g[1]!));
    return sha ? send(200, { sha }) : send(422, { message: `No commit found for SHA: ${g[1]}` });
  }
  if (rec.method === 'GET' && (g = m(/^\/git\/commits\/([0-9a-f]+)$/))) {
    const tree = state.commits.get(g[1]!);
    return tree ? send(200, { sha: g[1], tree: { sha: tree } }) : send(404, { message: 'Not Found' });
  }
  if (rec.method === 'GET' && (g = m(/^\/git\/trees\/([0-9a-f]+)$/))) {
    const t = state.trees.get(g[1]!);
    return t ? send(200, { sha: g[1], tree: t, truncated: false }) : send(404, { message: 'Not Found' });
  }
  if (rec.method === 'GET' && (g = m(/^\/compare\/(.+)$/))) {
    const files = state.compare.get(decodeURIComponent(g[1]!));
    return files ? send(200, { files }) : send(404, { message: 'Not Found' });
  }
  send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
}

// ---- Driving the bundled Action (dist/action.js) as the runner does: a child process with INPUT_* env.

export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      if ((JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string }).name === 'keyshift') return dir;
    } catch {
      // not here; keep walking up
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('repoRoot: package.json named keyshift not found');
    dir = up;
  }
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Runs `node dist/action.js` with the runner's environment; `env` adds or overrides variables. */
export async function runActionBundle(env: Record<string, string>): Promise<ActionRun> {
  const tmp = mkdtempSync(join(tmpdir(), 'keyshift-runner-'));
  const outputFile = join(tmp, 'output');
  const summaryFile = join(tmp, 'summary.md');
  writeFileSync(outputFile, '');
  const child = spawn(process.execPath, [join(repoRoot(), 'dist', 'action.js')], {
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? tmp,
      GITHUB_ACTIONS: 'true',
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: tmp,
      GITHUB_RUN_ID: '4242',
      GITHUB_SERVER_URL: 'https://github.example',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const code = await new Promise<number | null>((r) => child.on('close', (c) => r(c)));
  let summary = '';
  try {
    summary = readFileSync(summaryFile, 'utf8');
  } catch {
    summary = '';
  }
  const run: ActionRun = { code, stdout, stderr, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary };
  rmSync(tmp, { recursive: true, force: true });
  return run;
}

/** The runner's $GITHUB_OUTPUT file: name<<DELIM\nvalue\nDELIM lines, or name=value. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const h = /^([^=<]+)<<(.+)$/.exec(line);
    if (h) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== h[2]; i++) value.push(lines[i]!);
      out[h[1]!] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

// Reads the workflow run's context (event name, payload file, repository, SHA, ref) and decides what the
// Action scans: a pull request's added lines, a pushed range, or the whole checkout. Runs no git, calls no API.
import { readFileSync } from 'node:fs';
import { UsageError } from '../model/errors.js';

export type ModeInput = 'auto' | 'full' | 'diff';

export interface RunContext {
  eventName: string;
  owner: string;
  repo: string;
  /** GITHUB_SHA: for pull_request events, the test-merge commit. */
  sha: string;
  /** GITHUB_REF: refs/heads/..., refs/pull/N/merge, ... */
  ref: string;
  workspace: string;
  apiUrl: string;
  serverUrl: string;
  payload: Record<string, unknown>;
}

export type Plan =
  | { kind: 'pr'; number: number; base: string; head: string; baseRef: string; fork: boolean }
  | { kind: 'push'; before: string; after: string }
  | { kind: 'full'; note?: string };

export function readContext(env: NodeJS.ProcessEnv): RunContext {
  const full = env.GITHUB_REPOSITORY ?? '';
  const [owner = '', repo = ''] = full.split('/');
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch (err) {
      throw new UsageError(`cannot read the event payload ${env.GITHUB_EVENT_PATH} (${(err as Error).message.split('\n')[0]}); run keyshift inside GitHub Actions`);
    }
  }
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    owner,
    repo,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    payload,
  };
}

const ZERO_SHA = /^0+$/;
const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

export function parseMode(value: string): ModeInput {
  const v = value === '' ? 'auto' : value;
  if (v === 'auto' || v === 'full' || v === 'diff') return v;
  throw new UsageError(`input mode: expected auto, full or diff; got "${value}"`);
}

/** auto: the PR's added lines on pull_request, the pushed range on push, a full scan otherwise. */
export function planScan(ctx: RunContext, mode: ModeInput): Plan {
  if (mode === 'full') return { kind: 'full' };
  const pr = ctx.payload.pull_request as
    | { number?: number; base?: { sha?: string; ref?: string; repo?: { full_name?: string } }; head?: { sha?: string; repo?: { full_name?: string } } }
    | undefined;
  if (PR_EVENTS.has(ctx.eventName) && pr?.base?.sha && pr.head?.sha && typeof pr.number === 'number') {
    const baseRepo = pr.base.repo?.full_name ?? `${ctx.owner}/${ctx.repo}`;
    const headRepo = pr.head.repo?.full_name;
    return {
      kind: 'pr',
      number: pr.number,
      base: pr.base.sha,
      head: pr.head.sha,
      baseRef: pr.base.ref ?? '',
      fork: headRepo !== undefined && headRepo !== baseRepo,
    };
  }
  const before = ctx.payload.before;
  const after = ctx.payload.after;
  if (ctx.eventName === 'push' && typeof before === 'string' && typeof after === 'string' && !ZERO_SHA.test(before) && !ZERO_SHA.test(after)) {
    return { kind: 'push', before, after };
  }
  if (mode === 'diff') {
    throw new UsageError(`input mode: diff needs a pull_request event or a push to an existing branch; this is "${ctx.eventName || 'unknown'}"; use mode: full or auto`);
  }
  return ctx.eventName === 'push' ? { kind: 'full', note: 'a new branch has no previous commit to diff against: scanning the whole checkout' } : { kind: 'full' };
}

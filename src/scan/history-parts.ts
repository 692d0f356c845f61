// --history on every core: the walk's commits cut into parts in scan order, each part read by its own
// `git log` and scanned inside a worker, and the results merged back in part order, so that the scan sees
// what the one-stream walk gives. Owns the part plan, the per-file budget of part workers and the merge.
import type { Worker } from 'node:worker_threads';
import type { FileOutcome, FileWorkerOptions, PartChunk, PartJob } from './scan-worker.js';
import { PROGRESS_BYTES, WORKER_ARG, createItemProcessor, progressView, scanHistoryPart } from './scan-worker.js';
import type { PatternSpec, Skip } from '../model/types.js';
import { UsageError } from '../model/errors.js';
import type { HistoryMode, RemovalLookup } from '../sources/git-history.js';
import type { CommitHeader } from '../sources/git-log.js';
import type { GitSourceOptions } from '../sources/git-source.js';

/**
 * Fewer commits than this stay on the one-stream path (in-process when small, the batch pool otherwise):
 * two part workers cost about 0.3 s of CPU to start (bundle, catalog) plus a git process per part. Measured
 * on the generated bench (3 files a commit, 2 cores, load 2.5): parts lose up to 400 commits (0.66 s
 * against 0.62 s), break even at 800 (0.82 s against 0.83 s) and win from there (docs/performance.md).
 */
export const PARTS_MIN_COMMITS = 1000;
/** Commits per part: enough parts that two workers finish together, few enough that each git start is noise. */
const PART_COMMITS = 2500;
const MIN_PARTS_PER_WORKER = 2;

/** What the request layer hands the scan for --history: the commits in scan order and the source's inputs. */
export interface HistoryPlan {
  commits: string[];
  mode: HistoryMode;
  source: GitSourceOptions;
  /** 'on' uses parts whatever the size (tests, benchmarks); 'off' never. */
  parts?: 'auto' | 'on' | 'off';
}

export function useParts(plan: HistoryPlan, workers: number): boolean {
  if (workers === 0 || plan.parts === 'off' || plan.commits.length === 0) return false;
  return plan.parts === 'on' || plan.commits.length >= PARTS_MIN_COMMITS;
}

/** Consecutive runs of the commit list, in order. */
export function planParts(commits: string[], workers: number): string[][] {
  const count = Math.max(1, Math.min(commits.length, Math.max(workers * MIN_PARTS_PER_WORKER, Math.ceil(commits.length / PART_COMMITS))));
  const parts: string[][] = [];
  for (let i = 0; i < count; i++) parts.push(commits.slice(Math.floor((i * commits.length) / count), Math.floor(((i + 1) * commits.length) / count)));
  return parts.filter((p) => p.length > 0);
}

export interface PartsResult {
  files: number;
  bytes: number;
  skips: Skip[];
  outcomes: FileOutcome[];
  /** The '-' lines the workers kept, for consolidation's removal pass; close() ends the workers that hold them. */
  removals?: { lookup: RemovalLookup; close(): void };
}

interface PartState {
  through: number;
  skipSeqs: number[];
  files: number;
  bytes: number;
  skips: { seq: number; skip: Skip; source: boolean }[];
  outcomes: { seq: number; outcome: FileOutcome }[];
}

export interface PartsControl {
  /** Rejects with the abort's reason when the scan is aborted. */
  aborted(): Promise<never>;
  onProgress?: (p: { files: number; bytes: number }) => void;
  warnings: string[];
  fileTimeoutMs: number;
  /** Budget added per MiB of the file (scan.ts FILE_TIMEOUT_PER_MIB). */
  perMib: number;
}

export async function runHistoryParts(plan: HistoryPlan, count: number, patterns: PatternSpec[], options: FileWorkerOptions, control: PartsControl): Promise<PartsResult> {
  const parts = planParts(plan.commits, count);
  const state: PartState[] = parts.map(() => ({ through: -1, skipSeqs: [], files: 0, bytes: 0, skips: [], outcomes: [] }));
  const queue = parts.map((_, i) => i);
  const leftOver: number[] = [];
  const workerUrl = new URL('./scan-worker.js', import.meta.url);
  const workers = new Set<Worker>();
  let files = 0;
  let bytes = 0;
  const offsets: number[] = [];
  parts.reduce((at, p) => (offsets.push(at), at + p.length), 0);
  const job = (p: number, keepRemoved = true): PartJob => ({ part: p, shas: parts[p]!, mode: plan.mode, source: plan.source, skipThrough: state[p]!.through, skipSeqs: [...state[p]!.skipSeqs], offset: offsets[p]!, keepRemoved });
  // Workers that finished their parts stay (unreferenced) to answer the removal lookup; a worker lost on
  // the way took its parts' '-' lines with it, and the lookup then lets the removal pass run.
  const holders = new Set<Worker>();
  const queries = new Map<Worker, Map<number, (a: ([number, CommitHeader] | null)[] | undefined) => void>>();
  let lost = false;
  const take = (c: PartChunk): void => {
    const st = state[c.part]!;
    st.through = c.through;
    st.files += c.files;
    st.bytes += c.bytes;
    for (const s of c.skips) st.skips.push(s);
    for (const o of c.outcomes) st.outcomes.push(o);
    files += c.files;
    bytes += c.bytes;
    control.onProgress?.({ files, bytes });
  };
  const failure = (c: PartChunk & { usage?: boolean }): Error => (c.usage === false ? new Error(c.error) : new UsageError(c.error!));
  const replacements: Promise<void>[] = [];

  const runWorker = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const progress = new SharedArrayBuffer(PROGRESS_BYTES);
      const view = progressView(progress);
      Atomics.store(view.ints, 0, -1);
      const worker = new (globalThis.process.getBuiltinModule('node:worker_threads').Worker)(workerUrl, { argv: [WORKER_ARG], workerData: { keyshiftWorker: true, patterns, options, progress } });
      workers.add(worker);
      let current: number | undefined;
      let finished = false;
      const finish = (err?: unknown, keep = false): void => {
        if (finished) return;
        finished = true;
        if (watchdog) clearInterval(watchdog);
        if (keep) {
          worker.unref();
          holders.add(worker);
        } else {
          holders.delete(worker);
          lost = true;
          void worker.terminate();
        }
        if (err) reject(err);
        else resolve();
      };
      void control.aborted().catch(finish);
      const sendNext = (): void => {
        current = queue.shift();
        if (current === undefined) finish(undefined, true);
        else worker.postMessage({ job: job(current) });
      };
      const budget = control.fileTimeoutMs;
      const watchdog =
        budget > 0
          ? setInterval(() => {
              if (current === undefined || finished) return;
              const seq = Atomics.load(view.ints, 0);
              if (seq < 0) return;
              const limit = budget + Math.ceil(view.times[1]! / 1048576) * control.perMib;
              if (Date.now() - view.times[0]! <= limit) return;
              const path = Buffer.from(view.path.subarray(0, Atomics.load(view.ints, 1))).toString('utf8');
              if (Atomics.load(view.ints, 0) !== seq) return;
              const st = state[current]!;
              st.skips.push({ seq, skip: { path, reason: 'timeout', detail: `no result after ${limit} ms; its worker was replaced and the scan went on` }, source: false });
              st.skipSeqs.push(seq);
              // The part runs again in a new worker from its last reported item, passing this one over.
              queue.unshift(current);
              current = undefined;
              replacements.push(runWorker());
              finish();
            }, Math.max(20, Math.min(250, Math.floor(budget / 4))))
          : undefined;
      watchdog?.unref();
      worker.on('message', (c: PartChunk | { query: number; answer: ([number, CommitHeader] | null)[] | undefined }) => {
        if ('query' in c) {
          queries.get(worker)?.get(c.query)?.(c.answer);
          return;
        }
        if (finished || c.part !== current) return;
        if (c.error !== undefined) {
          finish(failure(c));
          return;
        }
        take(c);
        if (c.done) sendNext();
      });
      worker.on('error', (err) => {
        // The part goes on in-process from its last reported item; the scan goes on without this worker.
        control.warnings.push(`a scan worker stopped (${err.message}); its part of the history was scanned in the main thread`);
        if (current !== undefined) leftOver.push(current);
        current = undefined;
        finish();
      });
      worker.on('exit', (code) => {
        if (holders.delete(worker)) lost = true;
        for (const answer of queries.get(worker)?.values() ?? []) answer(undefined);
        if (!finished && current !== undefined) {
          control.warnings.push(`a scan worker exited with code ${code}; its part of the history was scanned in the main thread`);
          leftOver.push(current);
          current = undefined;
        }
        finish();
      });
      sendNext();
    });

  try {
    await Promise.all(Array.from({ length: Math.min(count, parts.length) }, runWorker));
    while (replacements.length > 0) await Promise.all(replacements.splice(0));
  } catch (err) {
    await Promise.allSettled([...workers].map((w) => w.terminate()));
    throw err;
  }
  const close = (): void => {
    for (const w of holders) void w.terminate();
    holders.clear();
  };
  // Parts whose worker died (and any never started because every worker did): in-process, in order.
  const rest = [...leftOver, ...queue].sort((a, b) => a - b);
  if (rest.length > 0) {
    const process = createItemProcessor(patterns, options);
    for (const p of rest) {
      let error: PartChunk | undefined;
      lost = true;
      try {
        await Promise.race([scanHistoryPart(job(p, false), process, (c) => (c.error !== undefined ? (error = c) : take(c))), control.aborted()]);
      } catch (err) {
        close();
        throw err;
      }
      if (error) {
        close();
        throw failure(error);
      }
    }
  }
  let seq = 0;
  const lookup: RemovalLookup = async (probes) => {
    if (lost) return undefined;
    const answers = await Promise.all(
      [...holders].map(
        (w) =>
          new Promise<([number, CommitHeader] | null)[] | undefined>((resolve) => {
            const id = seq++;
            let pending = queries.get(w);
            if (!pending) queries.set(w, (pending = new Map()));
            // Referenced while it answers: an idle, unreferenced worker would let the process exit under the await.
            w.ref();
            pending.set(id, (a) => {
              pending.delete(id);
              w.unref();
              resolve(a);
            });
            w.postMessage({ query: id, probes });
          }),
      ),
    );
    if (lost || answers.some((a) => a === undefined)) return undefined;
    return probes.map((_, i) => {
      let best: [number, CommitHeader] | null = null;
      for (const a of answers) {
        const x = a![i];
        if (x && (!best || x[0] >= best[0])) best = x;
      }
      return best?.[1];
    });
  };
  return { ...merge(state), removals: { lookup, close } };
}

/** Part results in part order, each part's in item order; a binary file the history source reported is kept from its first part only. */
function merge(state: PartState[]): PartsResult {
  const out: PartsResult = { files: 0, bytes: 0, skips: [], outcomes: [] };
  const binary = new Set<string>();
  for (const st of state) {
    out.files += st.files;
    out.bytes += st.bytes;
    // A timeout is recorded when it happens, before items of lower number that a rerun reports: put back in place.
    st.skips.sort((a, b) => a.seq - b.seq);
    st.outcomes.sort((a, b) => a.seq - b.seq);
    for (const s of st.skips) {
      if (s.source && s.skip.reason === 'binary') {
        if (binary.has(s.skip.path)) continue;
        binary.add(s.skip.path);
      }
      out.skips.push(s.skip);
    }
    for (const o of st.outcomes) out.outcomes.push(o.outcome);
  }
  return out;
}

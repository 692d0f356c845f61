// The one place where the stages meet: sources -> (workers: read, detect) -> classify -> migrate ->
// suppress. Owns the worker pool, the counts and the deterministic order of results; prints nothing.
// An aborted signal stops the scan: the workers are terminated and runScan rejects with the signal's reason.
import type { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { statSync } from 'node:fs';
import { isLeftOut, type Finding, type PatternSpec, type ScanResult, type Skip, type SourceItem } from '../model/types.js';
import { WORKER_ARG, createItemProcessor, type BatchResult, type FileOutcome, type FileWorkerOptions } from './scan-worker.js';
import type { ContainerLimits } from '../read/containers/index.js';
import { classifyMatch, markReuse } from '../classify/classify.js';
import { suggestMigration } from '../migrate/suggest.js';
import type { MigrationEntry } from '../migrate/load.js';
import { applySuppressions } from '../suppress/apply.js';
import { compareFindings } from '../report/common.js';
import { mergeContainerCopies } from './copies.js';
import type { Directive } from '../suppress/directives.js';
import { DEFAULT_FINGERPRINT_SALT, fingerprintAll, fingerprintV1, fingerprintV2, saltId } from '../model/fingerprint.js';
import { ConfigError } from '../model/errors.js';
import { runHistoryParts, useParts, type HistoryPlan, type PartsResult } from './history-parts.js';

/**
 * A scan of at most this many files and bytes stays in-process. A worker takes about 0.13 s to start
 * (modules, catalog compile, cold JIT) while one thread scans about 90 MB/s, so two workers only pay
 * off above a few tens of MB; measured on 2 cores: 1,024 files / 23 MB in 0.29 s in-process against
 * 0.40 s with workers.
 */
const IN_PROCESS_MAX_FILES = 1024;
const IN_PROCESS_MAX_BYTES = 16 * 1024 * 1024;
const BATCH_FILES = 48;
const BATCHES_IN_FLIGHT_PER_WORKER = 2;
/** In-process scans give the event loop a turn this often, so that a signal handler can abort them. */
const YIELD_EVERY_FILES = 64;

export type SuppressContext = Omit<Parameters<typeof applySuppressions>[1], 'directives'>;

export interface ScanOptions {
  /** Where items come from: the file walker, git, or the GitHub API. */
  items: AsyncIterable<SourceItem | Skip>;
  patterns: PatternSpec[];
  migrations: Map<string, MigrationEntry>;
  suppress: SuppressContext;
  maxFileSize: number;
  /** Absolute root the item paths are relative to. */
  root: string;
  /** Worker threads: 0 = in-process, undefined = automatic. */
  workers?: number;
  onProgress?: (p: { files: number; bytes: number }) => void;
  /** Find inline directives in every file (for --report-unused-directives), not only where matches are. */
  collectDirectives?: boolean;
  /** Caps for archives, image tarballs and notebooks; undefined reads them as plain files. */
  containers?: ContainerLimits;
  /** How many encodings deep values are decoded and rescanned; undefined = DEFAULT_DECODE_DEPTH, 0 = off. */
  decodeDepth?: number;
  /** Aborting it (Ctrl-C, SIGTERM) terminates the workers; runScan then rejects with `signal.reason`. */
  signal?: AbortSignal;
  /**
   * Test-only (KEYSHIFT_TEST_PAUSE_AFTER_FILES, docs/fault-behaviour.md): once this many files are scanned the
   * scan takes no new work and waits for `signal` to abort it, so a test can interrupt a scan under way.
   */
  testPause?: { afterFiles: number; onPause: (files: number) => void };
  /**
   * Per-file time budget in worker scans (--file-timeout), in ms, plus FILE_TIMEOUT_PER_MIB for each MiB of the
   * file: a worker still on one file past it is replaced and the file reported as a `timeout` skip. 0 = none.
   * In-process scans (--workers 0, tiny scans) cannot interrupt a file.
   */
  fileTimeoutMs?: number;
  /** The salt of the v2 fingerprints findings get (settings' resolveFingerprintSalt); undefined = the default salt. */
  fingerprintSalt?: string;
  /**
   * --history: the walk's commits and the source's inputs. From PARTS_MIN_COMMITS commits on, with workers,
   * parts of the walk are read and scanned inside the workers (history-parts.ts) and `items` is not read.
   */
  history?: HistoryPlan;
  /**
   * Build the in-process engine when the source cues it, while its first item is on its way (a staged or
   * diff scan cues once it has asked cat-file for the blobs, which git then reads meanwhile). Costs one
   * engine build in vain when the scan turns out large enough for the worker pool; a source that wants no
   * blob never cues, and nothing is built.
   */
  eagerEngine?: EngineCue;
}

/** A source's signal that the engine is worth building now (see ScanOptions.eagerEngine). */
export class EngineCue {
  #cued = false;
  #build: (() => void) | undefined;

  /** Called by the source; runs the build on the next check phase, after the I/O already waiting. */
  cue(): void {
    if (this.#cued) return;
    this.#cued = true;
    if (this.#build) setImmediate(this.#build);
  }

  /** Called by the scan with what to build; runs it at once when the cue came first. */
  onCue(build: () => void): void {
    this.#build = build;
    if (this.#cued) setImmediate(build);
  }
}

export const DEFAULT_FILE_TIMEOUT_MS = 5000;
/** Budget added per MiB, so a large file that is merely big (5 MB/s is slow for the engine) is not cut off. */
export const FILE_TIMEOUT_PER_MIB = 200;

export interface ScanOutput extends ScanResult {
  /** Inline directives found in files with matches, by path; kept for --report-unused-directives. */
  directives: Map<string, Map<number, Directive[]>>;
  /** --history in parts: the removal lookup over the '-' lines the workers kept; the caller must close() it. */
  historyRemovals?: PartsResult['removals'];
}

/** Milliseconds of a monotonic clock; not `performance.now()`, whose first use loads perf_hooks (1-2 ms of a hook's start). */
function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** How many matches of a scan are hashed as they arrive (see runScan's prehash). */
const PREHASH_MAX = 256;

export async function runScan(opts: ScanOptions): Promise<ScanOutput> {
  const started = nowMs();
  const byId = new Map(opts.patterns.map((p) => [p.id, p]));
  const outcomes: FileOutcome[] = [];
  const skips: Skip[] = [];
  const warnings: string[] = [];
  let files = 0;
  let bytes = 0;
  const collect = (o: FileOutcome): void => {
    if (o.skip) skips.push(o.skip);
    else {
      files++;
      bytes += o.bytes;
    }
    if (o.matches.length > 0 || o.directives.length > 0) outcomes.push(o);
    prehash(o);
    opts.onProgress?.({ files, bytes });
  };
  // The first matches' fingerprints start hashing on the thread pool as they arrive, so that a small scan
  // (a pre-commit hook) does not wait for scrypt at the end; finishScan's own pass finds them in the
  // fingerprint cache. A match that classification turns into another rule or value only costs a hash.
  const salt = opts.fingerprintSalt ?? DEFAULT_FINGERPRINT_SALT;
  let prehashed = 0;
  const prehash = (o: FileOutcome): void => {
    for (const m of o.matches) {
      if (prehashed++ >= PREHASH_MAX) return;
      fingerprintV2(m.patternId, m.secret, salt).catch(() => undefined);
    }
  };
  const collectBatch = (r: BatchResult): void => {
    files += r.files;
    bytes += r.bytes;
    for (const s of r.skips) skips.push(s);
    for (const o of r.outcomes) {
      outcomes.push(o);
      prehash(o);
    }
    opts.onProgress?.({ files, bytes });
  };

  const workerOptions: FileWorkerOptions = { maxFileSize: opts.maxFileSize, collectDirectives: opts.collectDirectives, containers: opts.containers, decodeDepth: opts.decodeDepth };
  const iterator = opts.items[Symbol.asyncIterator]();
  const control = scanControl(opts, () => files);
  let removals: PartsResult['removals'];
  try {
    await scanItems();
  } catch (err) {
    // Let the source end its git processes (their generators kill them in finally) once it reaches a yield.
    if (opts.signal?.aborted) void iterator.return?.().catch(() => undefined);
    throw err;
  } finally {
    control.dispose();
  }
  try {
    opts.signal?.throwIfAborted();
    return { ...(await finishScan(opts, byId, outcomes, skips, warnings, files, bytes, started)), historyRemovals: removals };
  } catch (err) {
    removals?.close();
    throw err;
  }

  async function scanItems(): Promise<void> {
    const workers = opts.workers ?? Math.min(availableParallelism(), 8);
    if (opts.history && !opts.testPause && useParts(opts.history, workers)) {
      const r = await runHistoryParts(opts.history, workers, opts.patterns, workerOptions, {
        aborted: () => control.race(new Promise<never>(() => undefined)),
        onProgress: opts.onProgress,
        warnings,
        fileTimeoutMs: opts.fileTimeoutMs ?? DEFAULT_FILE_TIMEOUT_MS,
        perMib: FILE_TIMEOUT_PER_MIB,
      });
      files += r.files;
      bytes += r.bytes;
      removals = r.removals;
      for (const s of r.skips) skips.push(s);
      for (const o of r.outcomes) outcomes.push(o);
      return;
    }
    let built: ((item: SourceItem) => FileOutcome[]) | undefined;
    const processor = (): ((item: SourceItem) => FileOutcome[]) => (built ??= createItemProcessor(opts.patterns, workerOptions));
    // Built while git reads the blobs; a failure is left for the build below to report.
    opts.eagerEngine?.onCue(() => {
      try {
        processor();
      } catch {
        // thrown again, and reported, where the scan builds it
      }
    });
    // Look ahead: small scans stay in-process.
    const head: SourceItem[] = [];
    let headBytes = 0;
    let exhausted = false;
    while (head.length <= IN_PROCESS_MAX_FILES && headBytes <= IN_PROCESS_MAX_BYTES) {
      const next = await control.race(iterator.next());
      if (next.done) {
        exhausted = true;
        break;
      }
      if ('reason' in next.value) skips.push(next.value);
      else {
        head.push(next.value);
        headBytes += itemSize(next.value, opts.maxFileSize);
      }
    }
    const workerCount = opts.workers ?? Math.min(availableParallelism(), 8);
    if (exhausted || workerCount === 0) {
      const process = processor();
      let done = 0;
      const step = async (item: SourceItem): Promise<void> => {
        if (++done % YIELD_EVERY_FILES === 0) await control.yieldTurn();
        await control.gate();
        for (const o of safeProcess(process, item)) collect(o);
      };
      for (const item of head) await step(item);
      if (!exhausted) {
        for (let n = await control.race(iterator.next()); !n.done; n = await control.race(iterator.next())) {
          if ('reason' in n.value) skips.push(n.value);
          else await step(n.value);
        }
      }
    } else {
      await runPool(workerCount, opts.patterns, workerOptions, head, exhausted ? undefined : iterator, skips, collect, collectBatch, warnings, control, opts.fileTimeoutMs ?? DEFAULT_FILE_TIMEOUT_MS);
    }
  }
}

async function finishScan(
  opts: ScanOptions,
  byId: Map<string, PatternSpec>,
  outcomes: FileOutcome[],
  skips: Skip[],
  warnings: string[],
  files: number,
  bytes: number,
  started: number,
): Promise<ScanOutput> {
  let findings: Finding[] = [];
  const directivesByPath = new Map<string, Map<number, Directive[]>>();
  for (const o of outcomes) {
    if (o.directives.length > 0) directivesByPath.set(o.path, new Map(o.directives));
    for (const m of o.matches) {
      const spec = byId.get(m.patternId);
      if (!spec) continue;
      const f = classifyMatch(m, spec, { path: o.path, context: o.context, pathRole: o.pathRole, commit: o.commit });
      f.migration = suggestMigration(f, opts.migrations, spec.migration);
      findings.push(f);
    }
  }
  // Seconds for thousands of findings: an abort does not wait for the hashes (they finish unobserved).
  const baselineFingerprint = await abortable(fingerprintFindings(findings, opts), opts.signal);
  findings.sort(compareFindings);
  findings = mergeContainerCopies(findings);
  markReuse(findings);
  applySuppressions(findings, { ...opts.suppress, directives: directivesByPath, baselineFingerprint });
  skips.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const suppressed = findings.filter((f) => f.suppressions.length > 0).length;
  return {
    directives: directivesByPath,
    findings,
    skips,
    warnings,
    root: opts.root,
    counts: {
      filesScanned: files,
      bytesScanned: bytes,
      filesSkipped: skips.filter((s) => !isLeftOut(s)).length,
      ignored: skips.filter((s) => s.reason === 'ignored').length,
      excluded: skips.filter((s) => s.reason === 'excluded').length,
      findings: findings.length - suppressed,
      suppressed,
    },
    durationMs: nowMs() - started,
  };
}

/**
 * Gives every finding its v2 fingerprint (classify left a provisional v1 one): only findings, once per distinct
 * value (model/fingerprint.ts caches), in parallel on the thread pool. Returns how to fingerprint a finding for
 * the baseline when the baseline was made otherwise: v1 (cheap, only when a v1 baseline is loaded) or v2 under
 * the baseline's own salt (only when the reported salt is another one).
 */
async function fingerprintFindings(findings: Finding[], opts: ScanOptions): Promise<((f: Finding) => string) | undefined> {
  const salt = opts.fingerprintSalt ?? DEFAULT_FINGERPRINT_SALT;
  const baseline = opts.suppress.baseline;
  const scheme = baseline && baseline.keys.size > 0 ? baseline.scheme : undefined;
  const values = findings.map((f) => ({ patternId: f.ruleId, value: f.secret.reveal() }));
  let byBaseline: ((f: Finding) => string) | undefined;
  if (scheme?.version === 1) {
    const v1 = new Map(findings.map((f, i) => [f, fingerprintV1(values[i]!.patternId, values[i]!.value)]));
    byBaseline = (f) => v1.get(f) ?? f.fingerprint;
  } else if (scheme?.version === 2 && scheme.saltId !== saltId(salt)) {
    if (scheme.salt === undefined) throw new ConfigError(`the baseline's fingerprints use another salt (id ${scheme.saltId}), which this scan does not have`);
    const other = await fingerprintAll(values, scheme.salt);
    const m = new Map(findings.map((f, i) => [f, other[i]!]));
    byBaseline = (f) => m.get(f) ?? f.fingerprint;
  }
  const fps = await fingerprintAll(values, salt);
  findings.forEach((f, i) => {
    f.fingerprint = fps[i]!;
  });
  return byBaseline;
}

/** `p`, or a rejection with the signal's reason as soon as it is aborted. */
function abortable<T>(p: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return p;
  signal.throwIfAborted();
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  return Promise.race([p, aborted]).finally(() => signal.removeEventListener('abort', onAbort!));
}

/** How the scan loops see an abort and the test pause; one per runScan. */
interface ScanControl {
  /** `p`, or the abort's reason if the signal is aborted first (a source blocked on a pipe never holds a scan). */
  race<T>(p: Promise<T>): Promise<T>;
  /** Throws the abort's reason when aborted; waits for the abort while the test pause holds. */
  gate(): Promise<void>;
  /** One event-loop turn (a signal handler runs in it), then the abort check. */
  yieldTurn(): Promise<void>;
  dispose(): void;
}

function scanControl(opts: ScanOptions, filesScanned: () => number): ScanControl {
  const signal = opts.signal;
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    if (!signal) return;
    onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  aborted.catch(() => undefined);
  let paused = false;
  return {
    race: (p) => (signal ? Promise.race([p, aborted]) : p),
    async gate() {
      signal?.throwIfAborted();
      const pause = opts.testPause;
      if (!pause || filesScanned() < pause.afterFiles) return;
      if (!paused) {
        paused = true;
        pause.onPause(filesScanned());
      }
      // A paused in-process scan has no handle open, and Node would exit; this timer keeps it waiting for the signal.
      const keepAlive = setInterval(() => undefined, 60_000);
      try {
        await aborted;
      } finally {
        clearInterval(keepAlive);
      }
    },
    async yieldTurn() {
      if (!signal) return;
      await new Promise((r) => setImmediate(r));
      signal?.throwIfAborted();
    },
    dispose() {
      if (onAbort) signal?.removeEventListener('abort', onAbort);
    },
  };
}


/**
 * Bytes an item will cost to scan: its content or file size; 0 for what the read stage will skip unread
 * (over the size limit, or not stat-able: the read stage reports why).
 */
function itemSize(item: SourceItem, maxFileSize: number): number {
  let size = 0;
  if (item.content) size = item.content.length;
  else if (item.absPath) {
    try {
      size = statSync(item.absPath, { throwIfNoEntry: false })?.size ?? 0;
    } catch {
      size = 0;
    }
  }
  return size > maxFileSize ? 0 : size;
}

function safeProcess(process: (i: SourceItem) => FileOutcome[], item: SourceItem): FileOutcome[] {
  try {
    return process(item);
  } catch (err) {
    return [unreadable(item, err)];
  }
}

function timedOut(item: SourceItem, budgetMs: number): FileOutcome {
  return { ...unreadable(item, undefined), skip: { path: item.path, reason: 'timeout', detail: `no result after ${budgetMs} ms; its worker was replaced and the scan went on` } };
}

function unreadable(item: SourceItem, err: unknown): FileOutcome {
  return {
    path: item.path,
    skip: { path: item.path, reason: 'unreadable', detail: err instanceof Error ? err.message : String(err) },
    bytes: 0,
    matches: [],
    context: 'other',
    pathRole: 'source',
    directives: [],
  };
}

/**
 * Bounded producer/consumer: each worker holds at most BATCHES_IN_FLIGHT_PER_WORKER batches, so memory
 * stays flat however many files the walker yields. A worker that dies has its batch recorded as skips.
 */
async function runPool(
  count: number,
  patterns: PatternSpec[],
  options: FileWorkerOptions,
  head: SourceItem[],
  rest: AsyncIterator<SourceItem | Skip> | undefined,
  skips: Skip[],
  collect: (o: FileOutcome) => void,
  collectBatch: (r: BatchResult) => void,
  warnings: string[],
  control: ScanControl,
  fileTimeoutMs: number,
): Promise<void> {
  const workerUrl = new URL('./scan-worker.js', import.meta.url);
  const workers = new Set<Worker>();
  const pending = [...head];
  let sourceDone = rest === undefined;
  let batchSeq = 0;

  async function nextBatch(): Promise<SourceItem[]> {
    await control.gate();
    const batch: SourceItem[] = [];
    while (batch.length < BATCH_FILES) {
      const queued = pending.shift();
      if (queued) {
        batch.push(queued);
        continue;
      }
      if (sourceDone || !rest) break;
      const n = await control.race(rest.next());
      if (n.done) {
        sourceDone = true;
        break;
      }
      if ('reason' in n.value) skips.push(n.value);
      else batch.push(n.value);
    }
    return batch;
  }

  // A single async feeder so that two workers never pull from the iterator at once.
  let feeding: Promise<unknown> = Promise.resolve();
  const takeBatch = (): Promise<SourceItem[]> => {
    const p = feeding.then(nextBatch);
    feeding = p.catch(() => undefined);
    return p;
  };

  const runWorker = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const worker = new (globalThis.process.getBuiltinModule('node:worker_threads').Worker)(workerUrl, { argv: [WORKER_ARG], workerData: { keyshiftWorker: true, patterns, options } });
      workers.add(worker);
      const inFlight = new Map<number, SourceItem[]>();
      let finished = false;
      const finish = (err?: unknown): void => {
        if (finished) return;
        finished = true;
        if (watchdog) clearInterval(watchdog);
        void worker.terminate();
        if (err) reject(err);
        else resolve();
      };
      // An abort ends every worker at once, mid-batch: its results would never be reported.
      void control.race(new Promise<never>(() => undefined)).catch(finish);
      const send = async (): Promise<void> => {
        try {
          const batch = await takeBatch();
          if (batch.length === 0) {
            if (inFlight.size === 0) finish();
            return;
          }
          const id = batchSeq++;
          inFlight.set(id, batch);
          worker.postMessage({ batch: id, items: batch });
        } catch (err) {
          finish(err);
        }
      };
      // The file the worker is on, and since when: past its budget the worker is replaced (below).
      let current: { item: SourceItem; since: number } | undefined;
      const watchdog =
        fileTimeoutMs > 0
          ? setInterval(() => {
              if (!current || finished) return;
              const budget = fileTimeoutMs + Math.ceil(itemSize(current.item, Infinity) / 1048576) * FILE_TIMEOUT_PER_MIB;
              if (Date.now() - current.since <= budget) return;
              const stuck = current.item;
              current = undefined;
              collect(timedOut(stuck, budget));
              // Every other file the worker held goes back to the queue (results of a batch come whole).
              for (const batch of inFlight.values()) for (const item of batch) if (item !== stuck) pending.unshift(item);
              inFlight.clear();
              clearInterval(watchdog);
              replacements.push(runWorker());
              finish();
            }, Math.max(20, Math.min(250, Math.floor(fileTimeoutMs / 4))))
          : undefined;
      watchdog?.unref();
      worker.on('message', (msg: BatchResult | { started: number; index: number }) => {
        if ('started' in msg) {
          const item = inFlight.get(msg.started)?.[msg.index];
          current = item ? { item, since: Date.now() } : undefined;
          return;
        }
        current = undefined;
        inFlight.delete(msg.batch);
        collectBatch(msg);
        void send();
      });
      worker.on('error', (err) => {
        // The files of a crashed worker's batches are reported as unreadable; the scan goes on without it.
        warnings.push(`a scan worker stopped (${err.message}); ${countItems(inFlight)} file(s) in its queue were not scanned`);
        for (const batch of inFlight.values()) for (const item of batch) collect(unreadable(item, new Error('scan worker stopped')));
        inFlight.clear();
        finish();
      });
      worker.on('exit', (code) => {
        if (!finished && inFlight.size > 0) {
          warnings.push(`a scan worker exited with code ${code}`);
          for (const batch of inFlight.values()) for (const item of batch) collect(unreadable(item, new Error('scan worker exited')));
        }
        finish();
      });
      for (let i = 0; i < BATCHES_IN_FLIGHT_PER_WORKER; i++) void send();
    });

  // A worker replaced after a timeout is awaited too: its replacement goes on with the queue.
  const replacements: Promise<void>[] = [];
  try {
    await Promise.all(Array.from({ length: count }, runWorker));
    while (replacements.length > 0) await Promise.all(replacements.splice(0));
  } catch (err) {
    // Every worker has stopped before runScan rejects, so nothing of the scan outlives it.
    await Promise.allSettled([...workers].map((w) => w.terminate()));
    throw err;
  }
  // If every worker died, finish the remaining files in-process rather than dropping them.
  if (!sourceDone || pending.length > 0) {
    const process = createItemProcessor(patterns, options);
    for (let batch = await takeBatch(); batch.length > 0; batch = await takeBatch()) {
      for (const item of batch) for (const o of safeProcess(process, item)) collect(o);
    }
  }
}

function countItems(m: Map<number, SourceItem[]>): number {
  let n = 0;
  for (const b of m.values()) n += b.length;
  return n;
}

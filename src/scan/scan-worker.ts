// Per-file work that runs inside a worker thread (or in-process for small scans):
// read once, decode, detect, and find inline directives. Pure of output and exit codes.
import { readFileSync } from 'node:fs';
import type { Blob, Match, PatternSpec, SourceItem, Skip, FileContext, PathRole } from '../model/types.js';
import { readItem, type ChunkedFile } from '../read/read-blob.js';
import {
  CONTAINER_MAGIC_NAMES,
  containerEntries,
  containerKind,
  isEntrySkip,
  isNotebookPath,
  newBudget,
  notebookParts,
  type Budget,
  type ContainerLimits,
} from '../read/containers/index.js';
import { lineIndex, lineIndexAt } from '../model/text.js';
import { detectMatches } from '../detect/engine.js';
import { isLockfile, isMinified } from '../detect/filters.js';
import { createEngine, detectAll, detectSignatures, withDecoded, type DetectionEngine } from '../detect/compose.js';
import { detectContext } from '../classify/context.js';
import { findDirectives, type Directive } from '../suppress/directives.js';
import { historyPartItems, type HistoryMode, type RemovedLineSink } from '../sources/git-history.js';
import type { CommitHeader } from '../sources/git-log.js';
import { substringSet } from '../model/substrings.js';
import type { GitSourceOptions } from '../sources/git-source.js';
import { UsageError } from '../model/errors.js';

export interface FileOutcome {
  path: string;
  skip?: Skip;
  bytes: number;
  matches: Match[];
  context: FileContext;
  pathRole: PathRole;
  directives: [number, Directive[]][];
  commit?: SourceItem['commit'];
}

export interface FileWorkerOptions {
  maxFileSize: number;
  /** Look for inline directives in every file, not only in files with matches (--report-unused-directives). */
  collectDirectives?: boolean;
  /** Files larger than this many bytes are scanned in chunks (CHUNK_THRESHOLD); tests lower it. */
  chunkThreshold?: number;
  /** Bytes per chunk (CHUNK_SIZE); tests lower it. */
  chunkSize?: number;
  /** Caps for opening archives, image tarballs and notebooks; undefined or depth 0 reads them as plain files. */
  containers?: ContainerLimits;
  /** How many encodings deep values are decoded and rescanned (--decode-depth); default DEFAULT_DECODE_DEPTH. */
  decodeDepth?: number;
}

/** One item -> its outcome; a container's outcome comes first, then one per inner file (`outer!/inner`). */
export function createItemProcessor(patterns: PatternSpec[], opts: FileWorkerOptions): (item: SourceItem) => FileOutcome[] {
  const engine = createEngine(patterns);
  if (opts.decodeDepth !== undefined) engine.decodeDepth = opts.decodeDepth;
  return (item) => processItem(item, engine, opts, 0, undefined);
}

/** One item -> one outcome: what a caller without containers (a single text) uses. */
export function createFileProcessor(patterns: PatternSpec[], opts: FileWorkerOptions): (item: SourceItem) => FileOutcome {
  const engine = createEngine(patterns);
  if (opts.decodeDepth !== undefined) engine.decodeDepth = opts.decodeDepth;
  return (item) => processItem(item, engine, opts, 0, undefined)[0]!;
}

/**
 * `depth` is how many containers hold the item; `budget` is the top-level container's, shared by every
 * level inside it. An entry is read as a file is, from memory, so its context and rules follow its inner name.
 */
function processItem(item: SourceItem, engine: DetectionEngine, opts: FileWorkerOptions, depth: number, budget: Budget | undefined): FileOutcome[] {
  const limits = opts.containers;
  if (limits && limits.depth > 0 && isNotebookPath(item.path)) {
    const nb = processNotebook(item, engine, opts);
    if (nb) return nb;
  }
  const blobOrSkip = readItem(item, { maxFileSize: opts.maxFileSize, chunkThreshold: opts.chunkThreshold, chunkSize: opts.chunkSize, overlap: engine.overlap });
  if ('chunked' in blobOrSkip) return [processChunked(item, blobOrSkip, engine, opts)];
  if (limits && limits.depth > 0 && 'reason' in blobOrSkip && blobOrSkip.reason === 'binary' && CONTAINER_MAGIC_NAMES.has(blobOrSkip.detail ?? '')) {
    const opened = processContainer(item, engine, opts, limits, depth, budget);
    if (opened) return opened;
  }
  const read = processRead(item, blobOrSkip, engine, opts, depth);
  return read ? [read] : [];
}

/** A read file or entry -> its outcome; undefined for a binary entry inside a container that holds no key store. */
function processRead(item: SourceItem, blobOrSkip: Blob | Skip, engine: DetectionEngine, opts: FileWorkerOptions, depth: number): FileOutcome | undefined {
  if ('reason' in blobOrSkip && blobOrSkip.reason === 'binary' && engine.signatures.length > 0) {
    const found = detectSignatures(item.path, blobOrSkip, engine);
    if (found.length > 0) {
      const { context, pathRole } = detectContext(item.path);
      return { path: item.path, bytes: 0, matches: found, context, pathRole, directives: [], commit: item.commit };
    }
  }
  if ('reason' in blobOrSkip) {
    const { context, pathRole } = detectContext(item.path);
    // A binary entry inside a container (a jar's classes) is passed over, neither counted nor listed: it would flood the skips.
    if (depth > 0 && blobOrSkip.reason === 'binary') return undefined;
    return { path: item.path, skip: blobOrSkip, bytes: 0, matches: [], context, pathRole, directives: [], commit: item.commit };
  }
  const blob = blobOrSkip;
  const { context, pathRole } = detectContext(item.path, blob.text.slice(0, 4096));
  let matches = detectAll(blob, context, engine);
  if (item.addedLines) {
    const added = new Set(item.addedLines);
    matches = matches.filter((m) => added.has(m.line));
  }
  // Directives are looked up only where there is something to suppress.
  const directives = matches.length > 0 || opts.collectDirectives ? [...findDirectives(blob.text, blob.lineStarts).entries()] : [];
  return { path: item.path, bytes: blob.bytes, matches, context, pathRole, directives, commit: item.commit };
}

/**
 * A zip, tarball, gzip or image tarball: its own outcome (a scanned file of 0 bytes; what it holds is
 * counted in its entries), then its entries' outcomes, each entry released before the next is read.
 * Undefined when the bytes are no container after all, or one that cannot be read from its first entry
 * (then the caller reports it as the binary file it is).
 */
function processContainer(item: SourceItem, engine: DetectionEngine, opts: FileWorkerOptions, limits: ContainerLimits, depth: number, budget: Budget | undefined): FileOutcome[] | undefined {
  const bytes = item.content ?? (item.absPath ? readFileSync(item.absPath) : undefined);
  if (!bytes) return undefined;
  const kind = containerKind(bytes);
  if (!kind) return undefined;
  const own = outcome(item, undefined);
  if (depth >= limits.depth) {
    return [outcome(item, { path: item.path, reason: 'archive-limit', detail: `nested ${depth + 1} containers deep (over --archive-depth ${limits.depth}); not opened` })];
  }
  const shared = budget ?? newBudget(limits);
  // A nested container's bytes were counted as an entry of its parent; what it holds is counted instead.
  if (budget) shared.bytesLeft += bytes.length;
  const out: FileOutcome[] = [own];
  for (const e of containerEntries(item.path, bytes, kind, shared)) {
    if (isEntrySkip(e)) {
      // Magic but no readable container (a truncated zip, a gzip header on text): the binary file it looked like.
      if (e.reason === 'archive-unsupported' && e.name === '' && out.length === 1) return undefined;
      const path = e.name === '' ? item.path : `${item.path}!/${e.name}`;
      out.push(outcome(item, { path, reason: e.reason, detail: e.detail }));
      continue;
    }
    const inner: SourceItem = { path: `${item.path}!/${e.name}`, content: e.data, commit: item.commit };
    for (const o of processItem(inner, engine, opts, depth + 1, shared)) {
      // A layer's files read as folders of the image: `image.tar!/layer 2/etc/app/.env`.
      if (e.layer) relabel(o, inner.path);
      out.push(o);
    }
  }
  return out;
}

/**
 * A notebook: its own outcome (the file's bytes), then one outcome per cell source and output, named
 * `nb.ipynb!/cells/N/source` or `.../outputs/M[/mime]` with lines counted within that text. Undefined
 * when the file is no nbformat 4 notebook (then it is read as plain JSON).
 */
function processNotebook(item: SourceItem, engine: DetectionEngine, opts: FileWorkerOptions): FileOutcome[] | undefined {
  const read = readItem(item, { maxFileSize: opts.maxFileSize, chunkThreshold: Infinity, overlap: 0 });
  if (!('text' in read)) return undefined;
  const parts = notebookParts(read.text);
  if (!parts) return undefined;
  const out: FileOutcome[] = [{ ...outcome(item, undefined), bytes: read.bytes }];
  for (const p of parts) {
    const inner: SourceItem = { path: `${item.path}!/${p.name}`, content: Buffer.from(p.text, 'utf8'), commit: item.commit };
    // Cell texts count as part of the notebook's bytes (already counted above), not again.
    for (const o of processItem(inner, engine, { ...opts, containers: undefined }, 1, undefined)) out.push({ ...o, bytes: 0 });
  }
  return out;
}

function relabel(o: FileOutcome, layerPath: string): void {
  const from = `${layerPath}!/`;
  const to = `${layerPath}/`;
  if (o.path.startsWith(from)) o.path = to + o.path.slice(from.length);
  if (o.skip?.path.startsWith(from)) o.skip = { ...o.skip, path: to + o.skip.path.slice(from.length) };
}

function outcome(item: SourceItem, skip: Skip | undefined): FileOutcome {
  const { context, pathRole } = detectContext(item.path);
  const o: FileOutcome = { path: item.path, bytes: 0, matches: [], context, pathRole, directives: [], commit: item.commit };
  if (skip) o.skip = skip;
  return o;
}

/**
 * A big file, chunk by chunk: the keyword-windowed regexes run on each view, and a chunk keeps only the
 * matches and directives that start in the part it owns, moved to whole-file offsets, lines and columns.
 * Posture and structured detectors parse whole documents (and cap what they parse far below the chunk
 * threshold), so they do not run on chunked files. Pair rules see partners within the view.
 */
function processChunked(item: SourceItem, file: ChunkedFile, engine: DetectionEngine, opts: FileWorkerOptions): FileOutcome {
  let context: FileContext = 'other';
  let pathRole: PathRole = 'source';
  let minified = false;
  const lockfile = isLockfile(item.path);
  const matches: Match[] = [];
  const directives = new Map<number, Directive[]>();
  let first = true;
  for (const chunk of file.chunks()) {
    const { blob, offset, lineBase, columnBase, ownStart, ownEnd } = chunk;
    if (first) {
      // What a whole read judges on the head of a file (context, minified sample) is judged on the first chunk.
      ({ context, pathRole } = detectContext(item.path, blob.text.slice(0, 4096)));
      minified = isMinified(item.path, blob.text, blob.lineStarts);
      first = false;
    }
    for (const m of withDecoded(blob, detectMatches(blob, engine.compiled, { lockfile, minified }), engine, context, lockfile, minified)) {
      const start = m.start + offset;
      if (start < ownStart || start >= ownEnd) continue;
      if (m.line === 1) m.column += columnBase;
      if (m.endLine === 1) m.endColumn += columnBase;
      m.start = start;
      m.end += offset;
      m.line += lineBase;
      m.endLine += lineBase;
      if (typeof m.details?.pairedLine === 'number') m.details.pairedLine += lineBase;
      matches.push(m);
    }
    // A directive is parsed forward from its probe (at most DIRECTIVE_REACH), so the text from ownStart on
    // holds the owned ones whole. Those from ownEnd on belong to the next chunk: found again in the text from
    // ownEnd (cut at the same place, so alike) and taken out one for one.
    const from = ownStart - offset;
    const to = ownEnd - offset;
    const stop = Math.min(blob.text.length, to + DIRECTIVE_REACH);
    const later = new Map<string, number>();
    if (to < blob.text.length) {
      for (const d of directivesIn(blob, to, stop, lineBase)) later.set(directiveKey(d), (later.get(directiveKey(d)) ?? 0) + 1);
    }
    for (const d of directivesIn(blob, from, stop, lineBase)) {
      const key = directiveKey(d);
      const n = later.get(key) ?? 0;
      if (n > 0) {
        later.set(key, n - 1);
        continue;
      }
      const at = directives.get(d.appliesTo);
      if (at) at.push(d);
      else directives.set(d.appliesTo, [d]);
    }
  }
  let kept = matches;
  if (item.addedLines) {
    const added = new Set(item.addedLines);
    kept = kept.filter((m) => added.has(m.line));
  }
  const found = kept.length > 0 || opts.collectDirectives ? [...directives.entries()].sort((a, b) => a[0] - b[0]) : [];
  return { path: item.path, bytes: file.bytes, matches: kept, context, pathRole, directives: found, commit: item.commit };
}

/** The longest text a directive is read from: probe, form and a MAX_TAIL (2048) tail, with room to spare. */
const DIRECTIVE_REACH = 4096;

/** Directives whose probe lies in blob.text[from, to), at whole-file lines. */
function directivesIn(blob: Blob, from: number, to: number, lineBase: number): Directive[] {
  const part = blob.text.slice(from, to);
  const shift = lineBase + lineIndexAt(blob.lineStarts, from);
  const out: Directive[] = [];
  for (const list of findDirectives(part, () => lineIndex(part)).values()) {
    for (const d of list) out.push({ ...d, line: d.line + shift, appliesTo: d.appliesTo + shift });
  }
  return out;
}

function directiveKey(d: Directive): string {
  return JSON.stringify([d.line, d.appliesTo, d.form, d.patternId, d.reason]);
}

/** What a worker sends back for one batch: counts and skips for every file, outcomes only where there is something to report. */
export interface BatchResult {
  batch: number;
  files: number;
  bytes: number;
  skips: Skip[];
  /** Outcomes with matches or directives; the rest of the batch is in the counts. */
  outcomes: FileOutcome[];
}

/** One part of a --history walk (src/scan/history-parts.ts): its commits and what builds its source. */
export interface PartJob {
  part: number;
  shas: string[];
  mode: HistoryMode;
  source: GitSourceOptions;
  /** Items (numbered from 0 in the part's order) already reported: passed over when a part is run again. */
  skipThrough: number;
  /** Items that timed out: passed over unread. */
  skipSeqs: number[];
  /** The part's first commit's place in the walk (ranks for the removal lookup). */
  offset: number;
  /** Keep the part's '-' lines in this worker for the removal lookup (removalQuery). */
  keepRemoved: boolean;
}

/**
 * The '-' lines of the parts this worker streamed, kept so that the removal pass of consolidation needs no
 * second `git log`: at most REMOVED_BUDGET characters a worker; past it (or on a line cut at the line cap)
 * nothing is kept and the lookup says so, and the pass runs as before.
 */
const REMOVED_BUDGET = 32 * 1024 * 1024;
interface KeptPart {
  offset: number;
  rank: Map<string, number>;
  commits: CommitHeader[];
  lines: string[];
  at: number[];
}
const kept = { parts: new Map<number, KeptPart>(), chars: 0, overflow: false };

function keepSink(job: PartJob): RemovedLineSink | undefined {
  if (!job.keepRemoved) return undefined;
  const old = kept.parts.get(job.part);
  if (old) for (const l of old.lines) kept.chars -= l.length;
  const part: KeptPart = { offset: job.offset, rank: new Map(job.shas.map((sha, i) => [sha, i])), commits: [], lines: [], at: [] };
  kept.parts.set(job.part, part);
  const cap = job.source.settings.maxFileSize;
  return (c, line) => {
    if (kept.overflow) return;
    kept.chars += line.length;
    if (kept.chars > REMOVED_BUDGET || line.length > cap) {
      kept.overflow = true;
      kept.parts.clear();
      return;
    }
    if (part.commits[part.commits.length - 1] !== c) part.commits.push(c);
    part.lines.push(line);
    part.at.push(part.commits.length - 1);
  };
}

/** Per probe, the kept '-' line's commit latest in the walk: [rank, commit] or null; undefined if nothing was kept. */
export function removalQuery(probes: string[]): ([number, CommitHeader] | null)[] | undefined {
  if (kept.overflow) return undefined;
  const needles = substringSet(probes);
  const best: ([number, CommitHeader] | null)[] = probes.map(() => null);
  for (const part of kept.parts.values()) {
    for (let k = 0; k < part.lines.length; k++) {
      const hits = needles.find(part.lines[k]!);
      if (hits.length === 0) continue;
      const c = part.commits[part.at[k]!]!;
      const rank = part.offset + (part.rank.get(c.sha) ?? 0);
      for (const i of hits) if (!best[i] || rank >= best[i]![0]) best[i] = [rank, c];
    }
  }
  return best;
}

/** Results of a run of items of a part, each tagged with its number in the part, so that reruns merge in place. */
export interface PartChunk {
  part: number;
  /** The last item number these results cover. */
  through: number;
  done: boolean;
  files: number;
  bytes: number;
  /** `source`: the history source's own skip (its binary report is kept for the first part only). */
  skips: { seq: number; skip: Skip; source: boolean }[];
  outcomes: { seq: number; outcome: FileOutcome }[];
  /** The part's source failed (git): the scan fails with this message, as the one-stream walk would. */
  error?: string;
  /** The failure was a UsageError (exit code 2), not a fault of keyshift's. */
  usage?: boolean;
}

/**
 * Where a worker is, for the main thread's per-file budget without a message per file: the item number and
 * since when, its size and its path, written before each item (seq -1 between items).
 */
export const PROGRESS_PATH_BYTES = 4096;
export function progressView(sab: SharedArrayBuffer): { times: Float64Array; ints: Int32Array; path: Uint8Array } {
  return { times: new Float64Array(sab, 0, 2), ints: new Int32Array(sab, 16, 2), path: new Uint8Array(sab, 24, PROGRESS_PATH_BYTES) };
}
export const PROGRESS_BYTES = 24 + PROGRESS_PATH_BYTES;

const PART_FLUSH_ITEMS = 512;
const utf8 = new TextEncoder();

/**
 * A part of a --history walk read and scanned in this thread: the part's own `git log` parsed here, each
 * item scanned here, results sent in chunks (`emit`) in the part's order. `progress` (in a worker) tells
 * the main thread which item is under way.
 */
export async function scanHistoryPart(job: PartJob, process: (i: SourceItem) => FileOutcome[], emit: (c: PartChunk) => void, progress?: SharedArrayBuffer, stallOn?: string): Promise<void> {
  const view = progress ? progressView(progress) : undefined;
  const skipped = new Set(job.skipSeqs);
  let chunk = newChunk(job.part);
  let seq = -1;
  let pending = 0;
  try {
    for await (const item of historyPartItems(job.mode, job.source, job.shas, keepSink(job))) {
      seq++;
      if (seq <= job.skipThrough || skipped.has(seq)) continue;
      if ('reason' in item) {
        chunk.skips.push({ seq, skip: item, source: true });
      } else {
        if (view) {
          Atomics.store(view.ints, 0, -1);
          view.times[0] = Date.now();
          view.times[1] = item.content?.length ?? 0;
          const w = utf8.encodeInto(item.path, view.path);
          Atomics.store(view.ints, 1, w.written);
          Atomics.store(view.ints, 0, seq);
        }
        if (stallOn && item.path.includes(stallOn)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
        let outcomes: FileOutcome[];
        try {
          outcomes = process(item);
        } catch (err) {
          outcomes = [];
          chunk.skips.push({ seq, skip: { path: item.path, reason: 'unreadable', detail: err instanceof Error ? err.message : String(err) }, source: false });
        }
        for (const o of outcomes) {
          if (o.skip) chunk.skips.push({ seq, skip: o.skip, source: false });
          else {
            chunk.files++;
            chunk.bytes += o.bytes;
          }
          if (o.matches.length > 0 || o.directives.length > 0) chunk.outcomes.push({ seq, outcome: o });
        }
        if (view) Atomics.store(view.ints, 0, -1);
      }
      if (++pending >= PART_FLUSH_ITEMS) {
        chunk.through = seq;
        emit(chunk);
        chunk = newChunk(job.part);
        pending = 0;
      }
    }
  } catch (err) {
    chunk.through = seq;
    chunk.done = true;
    chunk.error = err instanceof Error ? err.message : String(err);
    chunk.usage = err instanceof UsageError;
    emit(chunk);
    return;
  }
  chunk.through = seq;
  chunk.done = true;
  emit(chunk);
}

function newChunk(part: number): PartChunk {
  return { part, through: -1, done: false, files: 0, bytes: 0, skips: [], outcomes: [] };
}

/**
 * Passed in a scan worker's argv (Worker's `argv` option), so that this module knows it is a worker's entry
 * without loading worker_threads, which the in-process scans of a pre-commit hook never need (2-3 ms).
 */
export const WORKER_ARG = '--keyshift-scan-worker';

// Worker-thread protocol: init with the patterns, then batches of items in, batch results out.
const { parentPort, workerData } = globalThis.process.argv.includes(WORKER_ARG) ? globalThis.process.getBuiltinModule('node:worker_threads') : { parentPort: null, workerData: undefined };
if (parentPort && workerData?.keyshiftWorker) {
  const port = parentPort;
  const process = createItemProcessor(workerData.patterns as PatternSpec[], workerData.options as FileWorkerOptions);
  // Test-only (docs/fault-behaviour.md): a file whose path holds this text blocks the worker for good, so the
  // per-file time budget can be tested without a slow pattern.
  const stallOn = globalThis.process.env.KEYSHIFT_TEST_STALL_ON;
  const progress = workerData.progress as SharedArrayBuffer | undefined;
  port.on('message', (msg: { batch: number; items: SourceItem[] } | { job: PartJob } | { query: number; probes: string[] }) => {
    if ('job' in msg) {
      void scanHistoryPart(msg.job, process, (c) => port.postMessage(c), progress, stallOn);
      return;
    }
    if ('query' in msg) {
      port.postMessage({ query: msg.query, answer: removalQuery(msg.probes) });
      return;
    }
    const result: BatchResult = { batch: msg.batch, files: 0, bytes: 0, skips: [], outcomes: [] };
    for (const [index, item] of msg.items.entries()) {
      // The main thread times each file from this message (the per-file budget).
      port.postMessage({ started: msg.batch, index });
      if (stallOn && item.path.includes(stallOn)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
      let outcomes: FileOutcome[];
      try {
        outcomes = process(item);
      } catch (err) {
        // One bad file never aborts a scan: record it as unreadable, without the content.
        result.skips.push({ path: item.path, reason: 'unreadable', detail: err instanceof Error ? err.message : String(err) });
        continue;
      }
      for (const o of outcomes) {
        if (o.skip) result.skips.push(o.skip);
        else {
          result.files++;
          result.bytes += o.bytes;
        }
        if (o.matches.length > 0 || o.directives.length > 0) result.outcomes.push(o);
      }
    }
    port.postMessage(result);
  });
}

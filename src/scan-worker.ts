// Per-file work that runs inside a worker thread (or in-process for small scans):
// read once, decode, detect, and find inline directives. Pure of output and exit codes.
import { parentPort, workerData } from 'node:worker_threads';
import type { Match, PatternSpec, SourceItem, Skip, FileContext, PathRole } from './model/types.js';
import { readBlob } from './read/read-blob.js';
import { compileCatalog, detectMatches, type CompiledCatalog } from './detect/engine.js';
import { isLockfile, isMinified } from './detect/filters.js';
import { detectPosture, POSTURE_CONTEXTS } from './detect/posture.js';
import { detectContext } from './classify/context.js';
import { findDirectives, type Directive } from './suppress/directives.js';

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
}

export function createFileProcessor(patterns: PatternSpec[], opts: FileWorkerOptions): (item: SourceItem) => FileOutcome {
  // Posture rules are structural (parsed YAML), not regexes: they bypass the keyword engine.
  const compiled: CompiledCatalog = compileCatalog(patterns.filter((p) => !isPostureId(p.id)));
  const postureIds = new Set(patterns.filter((p) => isPostureId(p.id)).map((p) => p.id));
  return (item) => processItem(item, compiled, postureIds, opts);
}

export function isPostureId(id: string): boolean {
  return id.startsWith('posture.');
}

function processItem(item: SourceItem, compiled: CompiledCatalog, postureIds: Set<string>, opts: FileWorkerOptions): FileOutcome {
  const blobOrSkip = readBlob(item, { maxFileSize: opts.maxFileSize });
  if ('reason' in blobOrSkip) {
    const { context, pathRole } = detectContext(item.path);
    return { path: item.path, skip: blobOrSkip, bytes: 0, matches: [], context, pathRole, directives: [], commit: item.commit };
  }
  const blob = blobOrSkip;
  const { context, pathRole } = detectContext(item.path, blob.text.slice(0, 4096));
  let matches = detectMatches(blob, compiled, {
    lockfile: isLockfile(item.path),
    minified: isMinified(item.path, blob.text),
  });
  // CI posture: workflows that feed long-lived secrets to steps that could use federation.
  if (postureIds.size > 0 && POSTURE_CONTEXTS.has(context)) {
    matches = [...matches, ...detectPosture(blob, context, postureIds)].sort((a, b) => a.start - b.start || (a.patternId < b.patternId ? -1 : 1));
  }
  if (item.addedLines) {
    const added = new Set(item.addedLines);
    matches = matches.filter((m) => added.has(m.line));
  }
  // Directives are looked up only where there is something to suppress.
  const directives = matches.length > 0 ? [...findDirectives(blob.text, blob.lineStarts).entries()] : [];
  return { path: item.path, bytes: blob.bytes, matches, context, pathRole, directives, commit: item.commit };
}

// Worker-thread protocol: init with the patterns, then batches of items in, outcomes out.
if (parentPort && workerData?.keyshiftWorker) {
  const port = parentPort;
  const process = createFileProcessor(workerData.patterns as PatternSpec[], workerData.options as FileWorkerOptions);
  port.on('message', (msg: { batch: number; items: SourceItem[] }) => {
    const out: FileOutcome[] = [];
    for (const item of msg.items) {
      try {
        out.push(process(item));
      } catch (err) {
        // One bad file never aborts a scan: record it as unreadable, without the content.
        const { context, pathRole } = detectContext(item.path);
        out.push({
          path: item.path,
          skip: { path: item.path, reason: 'unreadable', detail: err instanceof Error ? err.message : String(err) },
          bytes: 0,
          matches: [],
          context,
          pathRole,
          directives: [],
        });
      }
    }
    port.postMessage({ batch: msg.batch, outcomes: out });
  });
}

// How keyshift replaces a file it writes (reports from --output, the Action's SARIF, baselines, the starter
// config, fixes): the whole text goes to a temporary file in the same folder, which is then renamed over the
// target, so a reader never sees a half-written file and a failed write leaves the old one as it was.
import { chmodSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export interface AtomicWriteOptions {
  /** Writes the temporary file; tests pass one that fails part-way. Default: writeFileSync with flag wx. */
  writeTemp?: (tmp: string, data: string | Uint8Array) => void;
}

/** The prefix of every temporary file this module makes, so tests (and people) can tell one left by a crash. */
export const TEMP_PREFIX = '.keyshift-tmp-';

/**
 * Writes `data` to `path` atomically: a temporary file beside it (same folder, so the rename never crosses a
 * file system), its mode copied from the file it replaces, then one rename. On any error the temporary file
 * is removed and the error re-thrown; the target is then untouched. A symbolic link at `path` is kept and its
 * target replaced, as writeFileSync would write through it. The write is synchronous on purpose: a signal
 * handler runs only between JavaScript tasks, so it never finds the temporary file on disk.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, opts: AtomicWriteOptions = {}): void {
  writeFilesAtomic([{ path, data }], opts);
}

function resolveLink(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function existingMode(path: string): number | undefined {
  const st = statSync(path, { throwIfNoEntry: false });
  return st?.isFile() ? st.mode & 0o7777 : undefined;
}

/**
 * Several files all or nothing: each is written to its temporary file first, and only when every one is
 * complete are they renamed into place; a failure before that removes every temporary file and leaves every
 * target as it was (`keyshift fix --write`, whose edits are one change). A rename that fails after others
 * succeeded cannot undo them; it removes the temporary files left.
 */
export function writeFilesAtomic(files: readonly { path: string; data: string | Uint8Array }[], opts: AtomicWriteOptions = {}): void {
  const staged: { tmp: string; target: string }[] = [];
  try {
    for (const f of files) {
      const target = resolveLink(f.path);
      const tmp = join(dirname(target), `${TEMP_PREFIX}${basename(target)}-${process.pid}-${randomBytes(4).toString('hex')}`);
      staged.push({ tmp, target });
      (opts.writeTemp ?? ((t, d) => writeFileSync(t, d, { flag: 'wx' })))(tmp, f.data);
      const mode = existingMode(target);
      if (mode !== undefined) chmodSync(tmp, mode);
    }
  } catch (err) {
    for (const s of staged) rmSync(s.tmp, { force: true });
    // Which target could not be written, for the caller's message (fs errors name the temporary file).
    if (err instanceof Error && staged.length > 0) Object.assign(err, { target: staged[staged.length - 1]!.target });
    throw err;
  }
  // Renames rarely fail (a folder where the file should be); one that does leaves no temporary file behind.
  let i = 0;
  try {
    for (; i < staged.length; i++) renameSync(staged[i]!.tmp, staged[i]!.target);
  } catch (err) {
    for (const s of staged.slice(i)) rmSync(s.tmp, { force: true });
    if (err instanceof Error) Object.assign(err, { target: staged[i]!.target });
    throw err;
  }
}

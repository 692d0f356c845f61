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
  const target = resolveLink(path);
  const tmp = join(dirname(target), `${TEMP_PREFIX}${basename(target)}-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    (opts.writeTemp ?? ((t, d) => writeFileSync(t, d, { flag: 'wx' })))(tmp, data);
    const mode = existingMode(target);
    if (mode !== undefined) chmodSync(tmp, mode);
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
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

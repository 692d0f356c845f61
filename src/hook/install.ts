// Installs and removes keyshift's plain git pre-commit hook where git looks for hooks (core.hooksPath and
// worktrees included, via `git rev-parse --git-path hooks`). Never overwrites a foreign hook unless forced.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../model/errors.js';
import { BACKUP_SUFFIX, HOOK_MARKER, preCommitScript } from './script.js';

export interface InstallResult {
  path: string;
  /** 'installed' (new), 'updated' (ours, rewritten), 'replaced' (foreign, moved to the backup that the hook runs first). */
  action: 'installed' | 'updated' | 'replaced';
  backup?: string;
}

export function hooksDir(cwd: string): string {
  let out: string;
  try {
    out = execFileSync('git', ['rev-parse', '--git-path', 'hooks'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch {
    throw new UsageError(`hook: ${cwd} is not inside a git repository; run keyshift hook install inside one`);
  }
  return resolve(cwd, out.trim());
}

export function installHook(opts: { cwd: string; force: boolean; node: string; cli: string }): InstallResult {
  const dir = hooksDir(opts.cwd);
  const file = join(dir, 'pre-commit');
  let action: InstallResult['action'] = 'installed';
  let backup: string | undefined;
  if (existsSync(file)) {
    const current = readFileSync(file, 'utf8');
    if (current.includes(HOOK_MARKER)) {
      action = 'updated';
    } else if (!opts.force) {
      throw new UsageError(
        `hook: ${file} already exists and is not keyshift's; add the line \`keyshift hook run\` to it yourself, or rerun with --force (the old hook is kept as pre-commit${BACKUP_SUFFIX} and still runs, before keyshift)`,
      );
    } else {
      backup = `${file}${BACKUP_SUFFIX}`;
      // A second foreign hook must not silently overwrite the first one's backup.
      if (existsSync(backup)) throw new UsageError(`hook: ${backup} already exists; move it or the hook at ${file} away, then rerun keyshift hook install --force`);
      renameSync(file, backup);
      action = 'replaced';
    }
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, preCommitScript({ node: opts.node, cli: opts.cli }));
  chmodSync(file, 0o755);
  return { path: file, action, ...(backup ? { backup } : {}) };
}

/** Removes the hook only if it is keyshift's; restores a backup left by --force. */
export function uninstallHook(cwd: string): { path: string; removed: boolean; restored: boolean } {
  const file = join(hooksDir(cwd), 'pre-commit');
  if (!existsSync(file) || !readFileSync(file, 'utf8').includes(HOOK_MARKER)) return { path: file, removed: false, restored: false };
  rmSync(file);
  const backup = `${file}${BACKUP_SUFFIX}`;
  if (existsSync(backup)) {
    renameSync(backup, file);
    return { path: file, removed: true, restored: true };
  }
  return { path: file, removed: true, restored: false };
}

// Test helpers for the sources stage: temporary trees, real git repositories, draining the walker.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { walkFiles, createWalkStats, type WalkOptions, type WalkStats } from '../../src/sources/walk.js';
import type { Skip, SourceItem } from '../../src/model/types.js';

// The machine's own git configuration must not change what the tests see.
process.env.GIT_CONFIG_GLOBAL = '/dev/null';
process.env.GIT_CONFIG_NOSYSTEM = '1';

export function tmpdir(): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'keyshift-walk-')));
}

/** Writes files (path -> content) under root, creating folders. */
export function writeTree(root: string, files: Record<string, string>): void {
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
}

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
    cwd: dir,
    encoding: 'utf8',
  });
}

export function gitInit(dir: string): void {
  git(dir, 'init', '-q', '-b', 'main');
}

export function options(cwd: string, over: Partial<WalkOptions> = {}): WalkOptions {
  return {
    cwd,
    include: [],
    exclude: [],
    ignoreFileNames: ['.keyshiftignore'],
    respectGitignore: true,
    maxFileSize: 10 * 1024 * 1024,
    ...over,
  };
}

export async function collect(
  targets: string[],
  opts: WalkOptions,
): Promise<{ items: SourceItem[]; skips: Skip[]; paths: string[]; stats: WalkStats }> {
  const stats = opts.stats ?? createWalkStats();
  const items: SourceItem[] = [];
  const skips: Skip[] = [];
  for await (const e of walkFiles(targets, { ...opts, stats })) {
    if ('reason' in e) skips.push(e);
    else items.push(e);
  }
  return { items, skips, paths: items.map((i) => i.path), stats };
}

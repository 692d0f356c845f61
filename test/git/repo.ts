// Temporary git repositories for the git-source and hook tests: real git, fixed identities and dates.
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';

export interface TempRepo {
  dir: string;
  git(args: string[], env?: NodeJS.ProcessEnv): string;
  write(rel: string, text: string | Uint8Array): void;
  remove(rel: string): void;
  /** Commits what is staged with author and committer date `date` (ISO 8601); returns the sha. */
  commit(message: string, date: string): string;
}

export function tempRepo(name = 'git'): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), `keyshift-${name}-`));
  const git = (args: string[], env: NodeJS.ProcessEnv = {}): string => {
    const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
    return r.stdout;
  };
  git(['init', '-q']);
  return {
    dir,
    git,
    write(rel, text) {
      mkdirSync(dirname(join(dir, rel)), { recursive: true });
      writeFileSync(join(dir, rel), text);
    },
    remove(rel) {
      rmSync(join(dir, rel));
    },
    commit(message, date) {
      git(['commit', '-q', '--allow-empty', '-m', message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
      return git(['rev-parse', 'HEAD']).trim();
    },
  };
}

export interface JsonFinding {
  ruleId: string;
  path: string;
  line: number;
  column: number;
  severity: string;
  fingerprint: string;
  notes: string[];
  details?: Record<string, string | number | boolean>;
  commit?: { sha: string; date: string; author?: string };
  suppressions: unknown[];
}

export interface JsonReport {
  counts: { filesScanned: number; findings: number; suppressed: number };
  findings: JsonFinding[];
  skipped: { path: string; reason: string }[];
}

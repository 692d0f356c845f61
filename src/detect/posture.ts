// CI posture findings: workflows (GitHub Actions, GitLab CI) that feed long-lived secrets to steps that
// could use federation. Parses the YAML and points at the exact key; never greps, never throws.
import type { Blob, FileContext, Match, PatternSpec } from '../model/types.js';
import { parseCiYaml } from './posture-yaml.js';
import { detectGithubPosture } from './posture-github.js';
import { detectGitlabPosture } from './posture-gitlab.js';
import { POSTURE_SPECS_LIST } from './posture-specs.js';

export const POSTURE_CONTEXTS: ReadonlySet<FileContext> = new Set<FileContext>(['github-workflow', 'gitlab-ci']);

export const POSTURE_SPECS: PatternSpec[] = POSTURE_SPECS_LIST;

/**
 * CI files above this size are not parsed for posture (the YAML parser needs about 1.5 s per 250 kB on
 * a cold start); real workflows are a few kB. The secret patterns still scan such files.
 */
export const POSTURE_MAX_CHARS = 1024 * 1024;

/**
 * Posture matches for one CI file. The Match's secret is the reference text (`${{ secrets.X }}`,
 * `$VAR`), not a value, so the fingerprint identifies the reference. Malformed YAML yields [].
 */
export function detectPosture(blob: Blob, context: FileContext, ids: ReadonlySet<string>): Match[] {
  if (!POSTURE_CONTEXTS.has(context) || ids.size === 0 || blob.text.length > POSTURE_MAX_CHARS) return [];
  const doc = parseCiYaml(blob.text);
  if (!doc) return [];
  try {
    return context === 'github-workflow' ? detectGithubPosture(blob, doc, ids) : detectGitlabPosture(blob, doc, ids);
  } catch {
    // The walkers only read the parsed tree (no I/O), so an error here means a shape they did not
    // expect; the contract is one odd CI file never aborts a scan.
    return [];
  }
}

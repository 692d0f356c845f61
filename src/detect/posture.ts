// CI posture findings: workflows (GitHub Actions, GitLab CI) that feed long-lived secrets to steps that
// could use federation. Parses the YAML and points at the exact key; the rules are data
// (patterns/posture/*.yaml, compiled by compilePosture), the walkers read them. Never greps.
import type { Blob, FileContext, Match } from '../model/types.js';
import { parseCiYaml } from './posture-yaml.js';
import { detectGithubPosture } from './posture-github.js';
import { detectGitlabPosture } from './posture-gitlab.js';
import type { CompiledPosture } from './posture-rules.js';

export { compilePosture, type CompiledPosture } from './posture-rules.js';

export const POSTURE_CONTEXTS: ReadonlySet<FileContext> = new Set<FileContext>(['github-workflow', 'gitlab-ci']);

/**
 * CI files above this size are not parsed for posture (the YAML parser needs about 1.5 s per 250 kB on
 * a cold start); real workflows are a few kB. The secret patterns still scan such files.
 */
export const POSTURE_MAX_CHARS = 1024 * 1024;

/**
 * Posture matches for one CI file. The Match's secret is the reference text (`${{ secrets.X }}`,
 * `$VAR`), not a value, so the fingerprint identifies the reference. Malformed YAML and files over the
 * caps (size, aliases) yield []. Anything else a walker throws is a bug: it is re-thrown, wrapped with the
 * CI system it happened in, and the scan reports the file as not scanned (see scan.ts safeProcess).
 */
export function detectPosture(blob: Blob, context: FileContext, posture: CompiledPosture): Match[] {
  if (!POSTURE_CONTEXTS.has(context) || blob.text.length > POSTURE_MAX_CHARS) return [];
  const rules = context === 'github-workflow' ? posture.github : posture.gitlab;
  if (rules.length === 0) return [];
  const doc = parseCiYaml(blob.text);
  if (!doc) return [];
  try {
    return context === 'github-workflow' ? detectGithubPosture(blob, doc, rules) : detectGitlabPosture(blob, doc, rules);
  } catch (err) {
    // The message names no value from the file (walker errors are about shapes, not content).
    throw new Error(`internal error in the ${context} posture detector: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}

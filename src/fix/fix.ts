// `keyshift fix`: which fixer a file gets (GitHub workflows, GitLab CI, .npmrc) and the per-file result. Pure: texts and
// findings in, edited texts, notes and the findings left without a mechanical fix out.
import type { Finding, PatternSpec } from '../model/types.js';
import { fixGithubWorkflow, type AppliedFix, type FixOptions, type Unfixable } from './github.js';
import { fixNpmrc } from './npmrc.js';
import { fixGitlabCi } from './gitlab.js';
import { isGitlabCiPath, isNpmrc, isWorkflowPath } from './paths.js';

export type { AppliedFix, FixOptions, Unfixable } from './github.js';

export interface FileFix {
  /** Repository-relative POSIX path. */
  path: string;
  before: string;
  after: string;
  applied: AppliedFix[];
  unfixable: Unfixable[];
}

export { fixable, isGitlabCiPath, isWorkflowPath } from './paths.js';

/**
 * Fixes one file. `rules` are the posture rules (their replacement data drives the workflow edits), `only`
 * limits which rule ids are fixed (empty: all).
 */
export function fixFile(path: string, text: string, findings: readonly Finding[], rules: readonly PatternSpec[], only: readonly string[], opts: FixOptions): FileFix {
  const wanted = findings.filter((f) => only.length === 0 || only.includes(f.ruleId));
  if (isWorkflowPath(path)) {
    // Rules are limited by --only; every finding still counts (a literal key on a rule's input is fixed by it).
    const r = fixGithubWorkflow(text, rules.filter((x) => only.length === 0 || only.includes(x.id)), findings, { ...opts, only });
    return { path, before: text, after: r.text, applied: r.applied, unfixable: r.unfixable };
  }
  if (isGitlabCiPath(path)) {
    const r = fixGitlabCi(text, rules.filter((x) => only.length === 0 || only.includes(x.id)), findings, { ...opts, only });
    return { path, before: text, after: r.text, applied: r.applied, unfixable: r.unfixable };
  }
  if (isNpmrc(path)) {
    const r = fixNpmrc(text, wanted);
    return { path, before: text, after: r.text, applied: r.applied, unfixable: [] };
  }
  return { path, before: text, after: text, applied: [], unfixable: [] };
}

// Which files a fixer handles, by path alone: kept apart from the fixers so that a scan can tell which files
// to keep for fixes without evaluating them (they load only when a finding in such a file needs one).

export const isWorkflowPath = (p: string): boolean => /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(p);
export const isGitlabCiPath = (p: string): boolean => /(?:^|\/)\.gitlab-ci\.ya?ml$/.test(p);
export const isNpmrc = (p: string): boolean => /(?:^|\/)\.npmrc$/.test(p);

/** True for a path some fixer handles. */
export function fixable(path: string): boolean {
  return isWorkflowPath(path) || isGitlabCiPath(path) || isNpmrc(path);
}

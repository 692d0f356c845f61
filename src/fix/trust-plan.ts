// `keyshift fix --trust-config`: from the fixes made, which jobs federate with which cloud, the OIDC subjects
// each job's token will carry (read from the workflow before the edit: triggers, environment), and one
// Terraform file per cloud (src/fix/trust.ts) that trusts exactly those subjects. Pure.
import type { FileFix } from './fix.js';
import { isGitlabCiPath, isWorkflowPath } from './fix.js';
import { githubSubjects, gitlabSubjects } from './subjects.js';
import { parseYaml } from './yaml-edit.js';
import { trustTerraform, type TrustFile, type TrustInput, type TrustProvider } from './trust.js';

export interface TrustOptions {
  /** OWNER/NAME (GitHub) or GROUP/PROJECT (GitLab). */
  repo: string;
  defaultBranch: string;
  /** Trust pull_request runs too (they run the pull request's code). */
  pullRequest: boolean;
  gitlabHost?: string;
}

const CLOUDS = new Set<string>(['aws', 'gcp', 'azure']);

export function trustFiles(fixes: readonly FileFix[], opts: TrustOptions): { files: TrustFile[]; notes: string[] } {
  const byProvider = new Map<TrustProvider, TrustInput[]>();
  const notes: string[] = [];
  for (const fix of fixes) {
    const github = isWorkflowPath(fix.path);
    if (!github && !isGitlabCiPath(fix.path)) continue;
    const doc = parseYaml(fix.before)?.toJS() as unknown;
    // Jobs of one workflow that share their subjects share one role / binding.
    const groups = new Map<string, { provider: TrustProvider; subjects: string[]; jobs: string[] }>();
    for (const a of fix.applied) {
      if (!CLOUDS.has(a.provider) || a.job === '*' || !a.ruleId.startsWith('posture.')) continue;
      const r = github ? githubSubjects(opts.repo, doc, a.job, { defaultBranch: opts.defaultBranch, pullRequest: opts.pullRequest }) : gitlabSubjects(opts.repo, doc, a.job, { defaultBranch: opts.defaultBranch });
      for (const n of r.notes) notes.push(`${fix.path} job ${a.job}: ${n}`);
      const key = `${a.provider}\0${r.subjects.join('\0')}`;
      const g = groups.get(key) ?? { provider: a.provider as TrustProvider, subjects: r.subjects, jobs: [] };
      if (!g.jobs.includes(a.job)) g.jobs.push(a.job);
      groups.set(key, g);
    }
    for (const g of groups.values()) {
      const input: TrustInput = { platform: github ? 'github' : 'gitlab', repo: opts.repo, subjects: g.subjects, workflowPath: fix.path, jobIds: g.jobs, ...(opts.gitlabHost ? { gitlabHost: opts.gitlabHost } : {}) };
      byProvider.set(g.provider, [...(byProvider.get(g.provider) ?? []), input]);
    }
  }
  const order: TrustProvider[] = ['aws', 'gcp', 'azure'];
  return { files: order.filter((p) => byProvider.has(p)).map((p) => trustTerraform(p, byProvider.get(p)!)), notes };
}

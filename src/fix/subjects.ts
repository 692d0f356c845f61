// The OIDC subject claims (`sub`) a CI job's token will carry, derived from its parsed workflow, so the cloud
// side can trust exactly those and nothing wider. Pure: parsed YAML in, subjects and notes out; it never reads
// files and never widens a subject to cover what it cannot pin (it notes it and keeps to the safe side).
import { UsageError } from '../model/errors.js';

export interface SubjectResult {
  /** Exact subjects, or glob patterns exactly as the workflow writes them; deduplicated, in workflow order. */
  subjects: string[];
  /** What could not be pinned and what was left out on purpose, one sentence each. */
  notes: string[];
}

type Dict = Record<string, unknown>;

const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);
const EXPRESSION = /\$\{\{/;
// GitHub owner and repository names: letters, digits, '-', '_' and '.'; nothing that could act as a wildcard.
const GITHUB_REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
// GitLab paths: a group, any subgroups, the project.
const GITLAB_PROJECT = /^[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)+$/;

/** Throws unless `repo` is OWNER/NAME with no wildcard or separator that could widen a subject. */
export function checkGithubRepo(repo: string): void {
  if (!GITHUB_REPO.test(repo)) throw new UsageError(`GitHub repository '${repo}' is not OWNER/NAME (letters, digits, '-', '_', '.')`);
}

/** Throws unless `project` is GROUP/[SUBGROUP/...]PROJECT. */
export function checkGitlabProject(project: string): void {
  if (!GITLAB_PROJECT.test(project)) throw new UsageError(`GitLab project '${project}' is not GROUP/PROJECT (letters, digits, '-', '_', '.')`);
}

function stringList(v: unknown): string[] | undefined {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return undefined;
}

/** The triggers of `on:` as name -> its filter object (null when it has none), in document order. */
function triggers(workflow: Dict): [string, unknown][] {
  // A YAML 1.1 reader turns the bare key `on` into true; the yaml library's default (1.2) keeps the string.
  const on = 'on' in workflow ? workflow['on'] : workflow['true'];
  if (typeof on === 'string') return [[on, null]];
  if (Array.isArray(on)) return on.filter((x): x is string => typeof x === 'string').map((x) => [x, null]);
  if (isDict(on)) return Object.entries(on);
  return [];
}

/**
 * A GitHub filter pattern keyshift will not pin: a negation, `**`, nothing but wildcards (every ref), or `?` and
 * `[...]`, glob syntax that no cloud's subject match reads (git forbids both in ref names, so they are patterns).
 */
const unpinnable = (p: string): boolean => p.startsWith('!') || p.includes('**') || /^\*+$/.test(p) || /[?[]/.test(p);

/** The environment name a job declares: a string, `{ name }`, or undefined when it has none. */
function environmentName(job: Dict): string | undefined {
  const env = job['environment'];
  if (typeof env === 'string') return env.trim() || undefined;
  if (isDict(env) && typeof env['name'] === 'string') return env['name'].trim() || undefined;
  return undefined;
}

/**
 * The `sub` claims GitHub Actions gives `jobId`'s token in `repo` (OWNER/NAME): the environment form when the
 * job has one, else one per ref its triggers can run on. Pull-request runs are trusted only with
 * `opts.pullRequest` (they run the pull request's code).
 */
export function githubSubjects(
  repo: string,
  workflow: unknown,
  jobId: string,
  opts: { defaultBranch?: string; pullRequest?: boolean } = {},
): SubjectResult {
  checkGithubRepo(repo);
  const defaultBranch = opts.defaultBranch ?? 'main';
  const out = new Set<string>();
  const notes: string[] = [];
  const branch = (b: string): string => `repo:${repo}:ref:refs/heads/${b}`;
  const tag = (t: string): string => `repo:${repo}:ref:refs/tags/${t}`;

  const doc = isDict(workflow) ? workflow : {};
  const jobs = isDict(doc['jobs']) ? doc['jobs'] : {};
  const job = jobs[jobId];
  if (!isDict(job)) {
    notes.push(`job '${jobId}' is not in the workflow's jobs: no subject derived`);
    return { subjects: [], notes };
  }
  const on = triggers(doc);

  const env = environmentName(job);
  if (env !== undefined && !EXPRESSION.test(env)) {
    if (on.some(([name]) => name === 'pull_request' || name === 'pull_request_target')) {
      notes.push(
        `job '${jobId}' runs on pull requests too, and GitHub gives those runs the same environment subject: ` +
          `limit environment '${env}' to its deployment branches in the repository settings`,
      );
    }
    return { subjects: [`repo:${repo}:environment:${env}`], notes };
  }
  if (env !== undefined) {
    notes.push(`job '${jobId}' picks its environment with an expression (${env}), which cannot be pinned: trusted its branches instead`);
  }

  for (const [name, filter] of on) {
    const f = isDict(filter) ? filter : {};
    switch (name) {
      case 'push': {
        const branches = stringList(f['branches']);
        const tags = stringList(f['tags']);
        if (branches) {
          if (branches.some(unpinnable)) {
            notes.push(`push branches ${JSON.stringify(branches)} use negations, match every branch or use ? or [...]: trusted only the default branch '${defaultBranch}'`);
            out.add(branch(defaultBranch));
          } else branches.forEach((b) => out.add(branch(b)));
        }
        if (tags) {
          if (tags.some(unpinnable)) notes.push(`push tags ${JSON.stringify(tags)} use negations, match every tag or use ? or [...]: tag runs were not trusted`);
          else tags.forEach((t) => out.add(tag(t)));
        }
        if (!branches && !tags) {
          if (f['tags-ignore'] !== undefined && f['branches-ignore'] === undefined) {
            notes.push('push runs on tags chosen by tags-ignore, which cannot be pinned: tag runs were not trusted');
          } else {
            if (f['branches-ignore'] !== undefined) notes.push(`push uses branches-ignore, which cannot be pinned: trusted only the default branch '${defaultBranch}'`);
            out.add(branch(defaultBranch));
          }
        }
        break;
      }
      case 'pull_request':
      case 'pull_request_target':
        if (opts.pullRequest) out.add(`repo:${repo}:pull_request`);
        else notes.push(`${name} runs were not trusted: they run code from the pull request (pass the pull-request option to trust them)`);
        break;
      case 'workflow_dispatch':
        notes.push(`workflow_dispatch: trusted the default branch '${defaultBranch}'; a dispatch on another branch will be refused`);
        out.add(branch(defaultBranch));
        break;
      case 'release':
        notes.push(
          `release: trusted the default branch '${defaultBranch}'; a release run's token names the release tag ` +
            `(ref:refs/tags/TAG), so add that tag or give the job an environment if release runs must be trusted`,
        );
        out.add(branch(defaultBranch));
        break;
      case 'workflow_call':
        notes.push(`workflow_call: a called workflow's token carries its caller's subject; trusted the default branch '${defaultBranch}'`);
        out.add(branch(defaultBranch));
        break;
      default:
        // schedule, workflow_run, repository_dispatch and the rest run on the default branch.
        out.add(branch(defaultBranch));
    }
  }
  if (on.length === 0) notes.push('the workflow has no triggers under on: no subject derived');
  return { subjects: [...out], notes };
}

/** What a GitLab `rules: if:` expression says of branches: the literal names it compares to, and what it cannot pin. */
interface RuleRefs {
  branches: string[];
  unpinned: string[];
}

const REF_VAR = String.raw`\$(?:CI_COMMIT_BRANCH|CI_COMMIT_REF_NAME|\{CI_COMMIT_BRANCH\}|\{CI_COMMIT_REF_NAME\})`;
const QUOTED = String.raw`(?:"([^"]*)"|'([^']*)')`;
const DEFAULT_VAR = String.raw`\$\{?CI_DEFAULT_BRANCH\}?`;

function ruleRefs(expr: string, defaultBranch: string): RuleRefs {
  const branches: string[] = [];
  const unpinned: string[] = [];
  const eqQuoted = new RegExp(`${REF_VAR}\\s*==\\s*${QUOTED}|${QUOTED}\\s*==\\s*${REF_VAR}`, 'g');
  for (const m of expr.matchAll(eqQuoted)) {
    const value = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    if (value.includes('$') || value === '') unpinned.push(`'${value}' is not a literal branch name`);
    else branches.push(value);
  }
  const eqDefault = new RegExp(`${REF_VAR}\\s*==\\s*${DEFAULT_VAR}|${DEFAULT_VAR}\\s*==\\s*${REF_VAR}`, 'g');
  if (eqDefault.test(expr)) branches.push(defaultBranch);
  if (new RegExp(`${REF_VAR}\\s*(?:!=|=~|!~)`).test(expr)) unpinned.push(`'${expr}' matches branches by pattern or negation`);
  return { branches, unpinned };
}

/** `only:` entries that are GitLab keywords, not branch names. */
const ONLY_KEYWORDS = new Set(['api', 'branches', 'chat', 'external', 'external_pull_requests', 'merge_requests', 'pipelines', 'pushes', 'schedules', 'tags', 'triggers', 'web']);

/**
 * The `sub` claims GitLab CI gives `jobId`'s ID token in `project` (GROUP/PROJECT): one per branch its
 * `rules:` or `only:` name, else the default branch. Tags are noted and left out (an exact subject cannot
 * hold a wildcard). GitLab puts `environment:` in a claim of its own, so it does not change `sub`.
 */
export function gitlabSubjects(project: string, ci: unknown, jobId: string, opts: { defaultBranch?: string } = {}): SubjectResult {
  checkGitlabProject(project);
  const defaultBranch = opts.defaultBranch ?? 'main';
  const out = new Set<string>();
  const notes: string[] = [];
  const branch = (b: string): string => `project_path:${project}:ref_type:branch:ref:${b}`;

  const doc = isDict(ci) ? ci : {};
  const job = doc[jobId];
  if (!isDict(job)) {
    notes.push(`job '${jobId}' is not in the CI file: no subject derived`);
    return { subjects: [], notes };
  }

  const rules = Array.isArray(job['rules']) ? job['rules'] : undefined;
  const only = job['only'];
  if (rules) {
    let fallback = false;
    for (const rule of rules) {
      if (!isDict(rule) || rule['when'] === 'never') continue;
      const cond = rule['if'];
      if (typeof cond !== 'string') {
        fallback = true;
        continue;
      }
      if (/CI_MERGE_REQUEST|merge_request_event/.test(cond)) {
        notes.push(`rule '${cond}' runs merge request pipelines: they were not trusted (they run the merge request's code)`);
        continue;
      }
      const tagged = /CI_COMMIT_TAG/.test(cond);
      if (tagged) notes.push(`rule '${cond}' runs on tags: tag runs were not trusted (a tag subject would need a wildcard)`);
      const refs = ruleRefs(cond, defaultBranch);
      refs.branches.forEach((b) => out.add(branch(b)));
      if (refs.unpinned.length > 0) {
        notes.push(`rule ${refs.unpinned.join('; ')}: trusted only the default branch '${defaultBranch}' for it`);
        fallback = true;
      } else if (refs.branches.length === 0 && !tagged) {
        notes.push(`rule '${cond}' names no branch: trusted only the default branch '${defaultBranch}' for it`);
        fallback = true;
      }
    }
    if (fallback) out.add(branch(defaultBranch));
  } else if (only !== undefined) {
    const refs = stringList(isDict(only) ? only['refs'] : only) ?? [];
    let fallback = refs.length === 0;
    for (const ref of refs) {
      if (ref === 'tags') notes.push('only: tags: tag runs were not trusted (a tag subject would need a wildcard)');
      else if (ref === 'merge_requests') notes.push("only: merge_requests: merge request pipelines were not trusted (they run the merge request's code)");
      else if (ONLY_KEYWORDS.has(ref)) {
        if (ref === 'branches') notes.push(`only: branches matches every branch: trusted only the default branch '${defaultBranch}'`);
        fallback = true;
      }
      else if (ref.startsWith('/') || /[*$]/.test(ref)) {
        notes.push(`only: '${ref}' is a pattern, not a branch name: trusted only the default branch '${defaultBranch}' for it`);
        fallback = true;
      } else out.add(branch(ref));
    }
    if (fallback) out.add(branch(defaultBranch));
  } else {
    out.add(branch(defaultBranch));
  }
  return { subjects: [...out], notes };
}

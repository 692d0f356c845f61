// The OIDC subjects a CI job's token carries (issue 17, src/fix/subjects.ts): one case per rule, GitHub
// (environment, push branches and tags, pull requests, dispatch, negations) and GitLab (rules, only, default).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { githubSubjects, gitlabSubjects } from '../../src/fix/subjects.js';
import { yamlDoc } from './helpers.js';

const REPO = 'acme/web-app';
const gh = (text: string, job = 'deploy', opts: { defaultBranch?: string; pullRequest?: boolean } = {}) => githubSubjects(REPO, yamlDoc(text), job, opts);
const JOB = 'jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps: [{ run: make }]\n';

test('github: push with branches gives one ref subject per branch, patterns kept as written', () => {
  const r = gh(`on:\n  push:\n    branches: [main, 'release/*']\n${JOB}`);
  assert.deepEqual(r.subjects, ['repo:acme/web-app:ref:refs/heads/main', 'repo:acme/web-app:ref:refs/heads/release/*']);
  assert.deepEqual(r.notes, []);
});

test('github: push with only tags gives tag subjects; push with neither gives the default branch', () => {
  assert.deepEqual(gh(`on:\n  push:\n    tags: ['v*']\n${JOB}`).subjects, ['repo:acme/web-app:ref:refs/tags/v*']);
  assert.deepEqual(gh(`on: push\n${JOB}`).subjects, ['repo:acme/web-app:ref:refs/heads/main']);
  assert.deepEqual(gh(`on: push\n${JOB}`, 'deploy', { defaultBranch: 'trunk' }).subjects, ['repo:acme/web-app:ref:refs/heads/trunk']);
  assert.deepEqual(gh(`on:\n  push:\n    branches: [main]\n    tags: ['v1.*']\n${JOB}`).subjects, [
    'repo:acme/web-app:ref:refs/heads/main',
    'repo:acme/web-app:ref:refs/tags/v1.*',
  ]);
});

test('github: an environment (string or { name }) is the only subject, whatever the triggers', () => {
  const asString = gh(`on:\n  push:\n    branches: [main, dev]\n  workflow_dispatch:\njobs:\n  deploy:\n    environment: production\n    runs-on: ubuntu-latest\n`);
  assert.deepEqual(asString.subjects, ['repo:acme/web-app:environment:production']);
  assert.deepEqual(asString.notes, []);
  const asObject = gh(`on: [push, release]\njobs:\n  deploy:\n    environment:\n      name: staging\n      url: https://staging.example.com\n    runs-on: ubuntu-latest\n`);
  assert.deepEqual(asObject.subjects, ['repo:acme/web-app:environment:staging']);
});

test('github: an environment with pull_request triggers warns that pull requests get the same subject', () => {
  const r = gh(`on: [push, pull_request]\njobs:\n  deploy:\n    environment: production\n    runs-on: ubuntu-latest\n`);
  assert.deepEqual(r.subjects, ['repo:acme/web-app:environment:production']);
  assert.equal(r.notes.length, 1);
  assert.match(r.notes[0]!, /deployment branches/);
});

test('github: an environment chosen by an expression is noted and the branches are trusted instead', () => {
  const r = gh(`on:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    environment: \${{ inputs.target }}\n    runs-on: ubuntu-latest\n`);
  assert.deepEqual(r.subjects, ['repo:acme/web-app:ref:refs/heads/main']);
  assert.equal(r.notes.length, 1);
  assert.match(r.notes[0]!, /expression .*cannot be pinned/);
  const obj = gh(`on: push\njobs:\n  deploy:\n    environment:\n      name: \${{ github.ref_name }}\n    runs-on: ubuntu-latest\n`);
  assert.deepEqual(obj.subjects, ['repo:acme/web-app:ref:refs/heads/main']);
  assert.match(obj.notes[0]!, /expression/);
});

test('github: pull_request is trusted only with the option, else noted', () => {
  const text = `on:\n  push:\n    branches: [main]\n  pull_request:\n    branches: [main]\n${JOB}`;
  const without = gh(text);
  assert.deepEqual(without.subjects, ['repo:acme/web-app:ref:refs/heads/main']);
  assert.equal(without.notes.length, 1);
  assert.match(without.notes[0]!, /^pull_request runs were not trusted: they run code from the pull request/);
  const withOpt = gh(text, 'deploy', { pullRequest: true });
  assert.deepEqual(withOpt.subjects, ['repo:acme/web-app:ref:refs/heads/main', 'repo:acme/web-app:pull_request']);
  assert.deepEqual(withOpt.notes, []);
  // pull_request_target runs with the base repository's secrets: the same rule.
  assert.deepEqual(gh(`on: pull_request_target\n${JOB}`).subjects, []);
  assert.deepEqual(gh(`on: pull_request_target\n${JOB}`, 'deploy', { pullRequest: true }).subjects, ['repo:acme/web-app:pull_request']);
});

test('github: workflow_dispatch trusts the default branch, with a note that other branches are refused', () => {
  const r = gh(`on:\n  workflow_dispatch:\n    inputs:\n      level: { type: string }\n${JOB}`, 'deploy', { defaultBranch: 'master' });
  assert.deepEqual(r.subjects, ['repo:acme/web-app:ref:refs/heads/master']);
  assert.equal(r.notes.length, 1);
  assert.match(r.notes[0]!, /another branch will be refused/);
});

test('github: schedule, workflow_run and release give the default branch, deduplicated with push', () => {
  const r = gh(`on:\n  schedule:\n    - cron: '0 3 * * *'\n  workflow_run:\n    workflows: [build]\n    types: [completed]\n  push:\n    branches: [main]\n${JOB}`);
  assert.deepEqual(r.subjects, ['repo:acme/web-app:ref:refs/heads/main']);
  assert.deepEqual(r.notes, []);
  const release = gh(`on:\n  release:\n    types: [published]\n${JOB}`);
  assert.deepEqual(release.subjects, ['repo:acme/web-app:ref:refs/heads/main']);
  assert.match(release.notes[0]!, /release tag/);
});

test('github: a branches list with negations or ** falls back to the default branch, with a note', () => {
  const neg = gh(`on:\n  push:\n    branches: ['release/**', '!release/**-alpha']\n${JOB}`);
  assert.deepEqual(neg.subjects, ['repo:acme/web-app:ref:refs/heads/main']);
  assert.equal(neg.notes.length, 1);
  assert.match(neg.notes[0]!, /negations/);
  const bang = gh(`on:\n  push:\n    branches: [dev, '!dev-old']\n${JOB}`);
  assert.deepEqual(bang.subjects, ['repo:acme/web-app:ref:refs/heads/main']);
  assert.match(bang.notes[0]!, /negations/);
  const star = gh(`on:\n  push:\n    branches: ['**']\n${JOB}`);
  assert.deepEqual(star.subjects, ['repo:acme/web-app:ref:refs/heads/main']);
  // '*' alone is every branch without a slash: not pinned either.
  assert.deepEqual(gh(`on:\n  push:\n    branches: ['*']\n${JOB}`).subjects, ['repo:acme/web-app:ref:refs/heads/main']);
  // Control: a plain pattern is kept.
  assert.deepEqual(gh(`on:\n  push:\n    branches: ['feature/*']\n${JOB}`).subjects, ['repo:acme/web-app:ref:refs/heads/feature/*']);
});

test('github: on as a list, and a job the workflow does not have', () => {
  assert.deepEqual(gh(`on: [push, pull_request, workflow_dispatch]\n${JOB}`).subjects, ['repo:acme/web-app:ref:refs/heads/main']);
  const missing = gh(`on: push\n${JOB}`, 'publish');
  assert.deepEqual(missing.subjects, []);
  assert.match(missing.notes[0]!, /'publish' is not in the workflow/);
});

test('github: a repository that is not OWNER/NAME is refused, so no subject can widen', () => {
  assert.throws(() => githubSubjects('acme/*', yamlDoc(`on: push\n${JOB}`), 'deploy', {}), /not OWNER\/NAME/);
  assert.throws(() => githubSubjects('acme', yamlDoc(`on: push\n${JOB}`), 'deploy', {}), /not OWNER\/NAME/);
  assert.throws(() => githubSubjects('acme/web:app', yamlDoc(`on: push\n${JOB}`), 'deploy', {}), /not OWNER\/NAME/);
});

const PROJECT = 'platform/infra/deployer';
const gl = (text: string, job = 'deploy', opts: { defaultBranch?: string } = {}) => gitlabSubjects(PROJECT, yamlDoc(text), job, opts);
const glBranch = (b: string): string => `project_path:platform/infra/deployer:ref_type:branch:ref:${b}`;

test('gitlab: rules with $CI_COMMIT_BRANCH and $CI_COMMIT_REF_NAME comparisons name the branches', () => {
  const r = gl(`deploy:\n  script: [make]\n  rules:\n    - if: $CI_COMMIT_BRANCH == "main"\n    - if: "$CI_COMMIT_REF_NAME == 'stable'"\n`);
  assert.deepEqual(r.subjects, [glBranch('main'), glBranch('stable')]);
  assert.deepEqual(r.notes, []);
});

test('gitlab: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH is the default branch', () => {
  const r = gl(`deploy:\n  script: [make]\n  rules:\n    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n`, 'deploy', { defaultBranch: 'trunk' });
  assert.deepEqual(r.subjects, [glBranch('trunk')]);
  assert.deepEqual(r.notes, []);
});

test('gitlab: tag rules are noted and give no subject (no wildcard in an exact subject)', () => {
  const r = gl(`deploy:\n  script: [make]\n  rules:\n    - if: $CI_COMMIT_TAG\n`);
  assert.deepEqual(r.subjects, []);
  assert.equal(r.notes.length, 1);
  assert.match(r.notes[0]!, /tag runs were not trusted/);
  const both = gl(`deploy:\n  script: [make]\n  rules:\n    - if: $CI_COMMIT_TAG\n    - if: $CI_COMMIT_BRANCH == "main"\n`);
  assert.deepEqual(both.subjects, [glBranch('main')]);
});

test('gitlab: a regex rule or one that names no branch falls back to the default branch', () => {
  const re = gl(`deploy:\n  script: [make]\n  rules:\n    - if: $CI_COMMIT_BRANCH =~ /^release-/\n`);
  assert.deepEqual(re.subjects, [glBranch('main')]);
  assert.match(re.notes[0]!, /pattern or negation/);
  const never = gl(`deploy:\n  script: [make]\n  rules:\n    - if: $CI_COMMIT_BRANCH == "wip"\n      when: never\n    - if: $CI_COMMIT_BRANCH == "main"\n`);
  assert.deepEqual(never.subjects, [glBranch('main')]);
});

test('gitlab: only as a list and as { refs }, keywords and regexes not taken for branch names', () => {
  assert.deepEqual(gl(`deploy:\n  script: [make]\n  only: [main, master]\n`).subjects, [glBranch('main'), glBranch('master')]);
  assert.deepEqual(gl(`deploy:\n  script: [make]\n  only:\n    refs: [production]\n`).subjects, [glBranch('production')]);
  const tags = gl(`deploy:\n  script: [make]\n  only: [tags]\n`);
  assert.deepEqual(tags.subjects, []);
  assert.match(tags.notes[0]!, /tag runs were not trusted/);
  const regex = gl(`deploy:\n  script: [make]\n  only: ['/^release-.*$/']\n`);
  assert.deepEqual(regex.subjects, [glBranch('main')]);
  assert.match(regex.notes[0]!, /pattern, not a branch name/);
});

test('gitlab: no rules or only gives the default branch; environment does not change the subject', () => {
  assert.deepEqual(gl(`deploy:\n  script: [make]\n`).subjects, [glBranch('main')]);
  const env = gl(`deploy:\n  script: [make]\n  environment: production\n`, 'deploy', { defaultBranch: 'develop' });
  assert.deepEqual(env, { subjects: [glBranch('develop')], notes: [] });
});

test('gitlab: merge request pipelines are not trusted; a missing job and a bad project path', () => {
  const mr = gl(`deploy:\n  script: [make]\n  rules:\n    - if: $CI_PIPELINE_SOURCE == "merge_request_event"\n`);
  assert.deepEqual(mr.subjects, []);
  assert.match(mr.notes[0]!, /merge request pipelines/);
  assert.deepEqual(gl(`build:\n  script: [make]\n`).subjects, []);
  assert.throws(() => gitlabSubjects('platform', {}, 'deploy', {}), /not GROUP\/PROJECT/);
  assert.throws(() => gitlabSubjects('platform/*', {}, 'deploy', {}), /not GROUP\/PROJECT/);
});

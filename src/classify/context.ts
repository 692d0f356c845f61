// Decides a file's context (workflow, Dockerfile, manifest, .npmrc, code...) and path role from its
// path and, where the path is ambiguous, the first few KB of its text. Pure: never touches the disk.
import type { FileContext, PathRole } from '../model/types.js';

/**
 * Decisions worth knowing (first matching rule wins, in the order of RULES below):
 * - `action.yml` / `action.yaml` (composite or JS actions) and YAML under `.github/actions/` are
 *   `other-ci`, not `github-workflow`: an action cannot set `permissions: id-token: write`, so the
 *   workflow-specific migration (OIDC in the job) does not apply to the file itself.
 * - `.gitea/workflows` and `.forgejo/workflows` look like GitHub workflows but run elsewhere: `other-ci`.
 * - A workflow under a nested `.github/workflows/` (monorepo package) is still `github-workflow`.
 * - Helm values cannot be told by siblings (no disk access): `values*.yaml` counts as `helm-values` under
 *   a `charts/`, `chart/`, `helm/` or `*-chart/` folder, or when its head has `replicaCount:` or a
 *   top-level `image:` with an indented `repository:`.
 * - Kubernetes: `kustomization.yaml`, kubeconfig files (also a file named `config` whose head has top-level
 *   `kind: Config` and `apiVersion: v1`), YAML under `k8s/`, `kubernetes/`, `kube/`,
 *   `manifests/`, `kustomize/` or a chart's `templates/`, and any YAML whose head has top-level
 *   `apiVersion:` and `kind:` keys.
 * - `.env.<x>` is dotenv unless `<x>` is a code, config or docs extension (`.env.js`, `.env.json`).
 * - `settings.xml` is taken as Maven's; `gradle.properties` and `.bundle/config` are package-config
 *   too, since they commonly carry registry credentials.
 */

/** How much of a file's start the ambiguous rules look at. Callers may pass more; the rest is ignored. */
export const HEAD_BYTES = 4096;

const CODE_EXTS = new Set([
  'js', 'mjs', 'cjs', 'jsx', 'ts', 'mts', 'cts', 'tsx', 'vue', 'svelte', 'astro',
  'py', 'pyw', 'ipynb', 'rb', 'go', 'java', 'kt', 'kts', 'scala', 'groovy', 'gradle', 'clj', 'cljs',
  'cs', 'fs', 'vb', 'php', 'rs', 'swift', 'm', 'mm', 'dart', 'lua', 'pl', 'pm', 'r', 'ex', 'exs', 'erl', 'hs',
  'c', 'cc', 'cpp', 'cxx', 'h', 'hh', 'hpp', 'sql',
  'sh', 'bash', 'zsh', 'fish', 'ksh', 'ps1', 'psm1', 'bat', 'cmd',
]);
const CONFIG_EXTS = new Set([
  'yaml', 'yml', 'json', 'jsonc', 'json5', 'toml', 'ini', 'cfg', 'conf', 'properties', 'xml', 'plist', 'config', 'props',
]);
const DOC_EXTS = new Set(['md', 'markdown', 'mdx', 'rst', 'adoc', 'asciidoc']);
const DOC_DIRS = new Set(['docs', 'doc', 'documentation']);

const CI_BASENAMES = new Set([
  'jenkinsfile', 'azure-pipelines.yml', 'azure-pipelines.yaml', 'bitbucket-pipelines.yml', '.travis.yml',
  '.drone.yml', '.drone.yaml', 'cloudbuild.yaml', 'cloudbuild.yml', 'cloudbuild.json', '.woodpecker.yml',
  '.woodpecker.yaml', 'buildspec.yml', 'buildspec.yaml', 'appveyor.yml', '.appveyor.yml', 'buildkite.yml',
  'buildkite.yaml', 'action.yml', 'action.yaml', 'codemagic.yaml', 'bitrise.yml',
]);
/** Folders (as a run of path segments) whose YAML files are CI configuration. */
const CI_DIRS: string[][] = [
  ['.github', 'actions'], ['.gitea', 'workflows'], ['.forgejo', 'workflows'], ['.circleci'], ['.buildkite'],
  ['.azure-pipelines'], ['.woodpecker'],
];

/** Basenames (lower case) of package-manager and tool credential files. */
const PACKAGE_CONFIG_BASENAMES = new Set([
  '.npmrc', '.yarnrc', '.yarnrc.yml', '.yarnrc.yaml', '.pypirc', '.netrc', '_netrc', '.git-credentials',
  'pip.conf', 'pip.ini', 'settings.xml', 'nuget.config', '.terraformrc', 'terraform.rc', 'gradle.properties',
]);
/** Parent folder + basename pairs for credential files whose basename alone is too common. */
const PACKAGE_CONFIG_IN_DIR: Array<[string, string]> = [
  ['.docker', 'config.json'], ['.gem', 'credentials'], ['.cargo', 'credentials'], ['.cargo', 'credentials.toml'],
  ['.composer', 'auth.json'], ['.bundle', 'config'], ['.pip', 'pip.conf'],
];

const K8S_DIRS = new Set(['k8s', 'kubernetes', 'kube', 'manifests', 'kustomize']);
const HELM_DIRS = new Set(['charts', 'chart', 'helm', 'helm-charts']);

const TEST_DIRS = new Set([
  'test', 'tests', '__tests__', 'spec', 'specs', 'fixtures', '__fixtures__', 'testdata', 'test-data', 'test_data',
  '__mocks__',
]);
const EXAMPLE_DIRS = new Set(['examples', 'example']);
/** Files that say they are examples: `ec2.examples.json` (AWS SDK API docs), `config.sample.yaml`. */
const EXAMPLE_FILE_RE = /(?:^|[._-])(?:examples?|samples?)\.[a-z0-9]+$/i;
const VENDOR_DIRS = new Set(['node_modules', 'vendor', 'third_party', 'third-party', 'bower_components']);

/** Test file names: foo.test.ts, foo.spec.js, foo_test.go, test_foo.py, foo_test.py, foo_spec.rb, FooTest.java. */
const TEST_FILE_RES = [
  /\.(?:test|spec)\.[^.]+$/,
  /_test\.(?:go|py|rb|exs?)$/,
  /^test_[^/]+\.py$/,
  /_spec\.rb$/,
  /[a-z0-9]Tests?\.(?:java|kt|cs|scala|groovy)$/,
];

interface PathParts {
  /** Folder segments, lower case. */
  dirs: string[];
  /** Basename as written. */
  base: string;
  /** Basename, lower case. */
  lower: string;
  /** Last extension without the dot, lower case ('' when none). */
  ext: string;
}

function splitPath(path: string): PathParts {
  const segs = path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '').split('/').filter((s) => s !== '' && s !== '.');
  const base = segs.pop() ?? '';
  const lower = base.toLowerCase();
  const dot = lower.lastIndexOf('.');
  const ext = dot > 0 ? lower.slice(dot + 1) : '';
  return { dirs: segs.map((s) => s.toLowerCase()), base, lower, ext };
}

/** True when `run` occurs as consecutive folder segments anywhere in `dirs`. */
function hasDirRun(dirs: string[], run: string[]): boolean {
  for (let i = 0; i + run.length <= dirs.length; i++) {
    if (run.every((seg, j) => dirs[i + j] === seg)) return true;
  }
  return false;
}

const isYaml = (p: PathParts): boolean => p.ext === 'yml' || p.ext === 'yaml';

function isDockerfile(p: PathParts): boolean {
  return (
    p.lower === 'dockerfile' || p.lower.startsWith('dockerfile.') || p.ext === 'dockerfile' ||
    p.lower === 'containerfile' || p.lower.startsWith('containerfile.')
  );
}

function isDotenv(p: PathParts): boolean {
  if (p.lower === '.env' || p.lower === '.envrc') return true;
  if (p.lower.startsWith('.env.')) {
    return !CODE_EXTS.has(p.ext) && !CONFIG_EXTS.has(p.ext) && !DOC_EXTS.has(p.ext);
  }
  return p.ext === 'env' && p.lower.length > 4;
}

function isPackageConfig(p: PathParts, head: string): boolean {
  if (PACKAGE_CONFIG_BASENAMES.has(p.lower)) return true;
  const parent = p.dirs[p.dirs.length - 1];
  if (PACKAGE_CONFIG_IN_DIR.some(([dir, base]) => parent === dir && p.lower === base)) return true;
  // A docker client config outside ~/.docker (CI caches, DOCKER_CONFIG folders) and a root composer auth.json.
  if (p.lower === 'config.json' && /"(?:auths|credHelpers|credsStore)"\s*:/.test(head)) return true;
  if (p.lower === 'auth.json' && /"(?:http-basic|github-oauth|gitlab-token|bearer)"\s*:/.test(head)) return true;
  return false;
}

function isHelmValues(p: PathParts, head: string): boolean {
  if (!isYaml(p) || !/^values(?:[-_.][\w.-]*)?\.ya?ml$|[-_.]values\.ya?ml$/.test(p.lower)) return false;
  if (p.dirs.some((d) => HELM_DIRS.has(d) || d.endsWith('-chart'))) return true;
  return /^replicaCount:/m.test(head) || /^image:[ \t]*\r?\n[ \t]+repository:/m.test(head);
}

function isKubernetes(p: PathParts, head: string): boolean {
  if (p.lower === 'kubeconfig' || p.lower.startsWith('kubeconfig.') || (p.dirs.at(-1) === '.kube' && p.lower === 'config')) {
    return true;
  }
  // A kubeconfig copied out of ~/.kube keeps the name `config`: its head decides (kind Config, apiVersion v1).
  if (p.lower === 'config' && /^kind:[ \t]*["']?Config["']?[ \t]*\r?$/m.test(head) && /^apiVersion:[ \t]*["']?v1["']?[ \t]*\r?$/m.test(head)) {
    return true;
  }
  if (!isYaml(p)) return false;
  if (p.lower === 'kustomization.yaml' || p.lower === 'kustomization.yml') return true;
  if (p.dirs.some((d) => K8S_DIRS.has(d))) return true;
  const tIdx = p.dirs.lastIndexOf('templates');
  if (tIdx > 0 && p.dirs.slice(0, tIdx).some((d) => HELM_DIRS.has(d) || d.endsWith('-chart'))) return true;
  return /^apiVersion:[ \t]*\S/m.test(head) && /^kind:[ \t]*\S/m.test(head);
}

type Rule = [FileContext, (p: PathParts, head: string) => boolean];

/** Ordered: the first rule that holds decides the context. */
const RULES: Rule[] = [
  ['github-workflow', (p) => isYaml(p) && hasDirRun(p.dirs, ['.github', 'workflows'])],
  [
    'gitlab-ci',
    (p) =>
      /(?:^|\.)gitlab-ci\.ya?ml$/.test(p.lower) || (isYaml(p) && hasDirRun(p.dirs, ['.gitlab', 'ci'])),
  ],
  [
    'other-ci',
    (p) =>
      CI_BASENAMES.has(p.lower) || p.lower.startsWith('jenkinsfile.') || p.ext === 'jenkinsfile' ||
      /^azure-pipelines[-.][\w.-]*\.ya?ml$/.test(p.lower) ||
      (isYaml(p) && CI_DIRS.some((run) => hasDirRun(p.dirs, run))),
  ],
  ['dockerfile', isDockerfile],
  ['compose', (p) => isYaml(p) && /^(?:docker-)?compose(?:[-_.][\w.-]*)?\.ya?ml$/.test(p.lower)],
  ['package-config', isPackageConfig],
  ['dotenv', isDotenv],
  ['terraform', (p) => ['tf', 'tfvars', 'hcl'].includes(p.ext) || /\.(?:tf|tfvars)\.json$/.test(p.lower)],
  ['helm-values', isHelmValues],
  ['kubernetes', isKubernetes],
  ['code', (p) => CODE_EXTS.has(p.ext)],
  ['docs', (p) => DOC_EXTS.has(p.ext) || (p.ext === 'txt' && p.dirs.some((d) => DOC_DIRS.has(d)))],
  ['config', (p) => CONFIG_EXTS.has(p.ext)],
];

function detectPathRole(p: PathParts): PathRole {
  if (p.dirs.some((d) => VENDOR_DIRS.has(d))) return 'vendor';
  if (p.dirs.some((d) => TEST_DIRS.has(d)) || TEST_FILE_RES.some((re) => re.test(p.base))) return 'test';
  if (p.dirs.some((d) => DOC_DIRS.has(d) || EXAMPLE_DIRS.has(d)) || DOC_EXTS.has(p.ext) || EXAMPLE_FILE_RE.test(p.base)) return 'docs';
  return 'source';
}

/**
 * Classifies a repository-relative path into a FileContext and a PathRole.
 * `head` is the start of the file's text; only the first HEAD_BYTES characters are read.
 */
export function detectContext(path: string, head?: string): { context: FileContext; pathRole: PathRole } {
  const known = pathMemo.get(path);
  const { parts, pathRole } = known ?? rememberPath(path);
  const text = head === undefined ? '' : head.slice(0, HEAD_BYTES);
  const rule = RULES.find(([, test]) => test(parts, text));
  return { context: rule ? rule[0] : 'other', pathRole };
}

/**
 * A path's parts and role, kept for the paths seen last: a history scan asks about the same few paths once
 * per commit that touches them (tens of thousands of times), and the parts are only read. Emptied when full.
 */
const pathMemo = new Map<string, { parts: PathParts; pathRole: PathRole }>();
const PATH_MEMO_MAX = 4096;

function rememberPath(path: string): { parts: PathParts; pathRole: PathRole } {
  const parts = splitPath(path);
  const entry = { parts, pathRole: detectPathRole(parts) };
  if (pathMemo.size >= PATH_MEMO_MAX) pathMemo.clear();
  pathMemo.set(path, entry);
  return entry;
}

// GitHub Actions posture: walks jobs.*.steps[*] (uses/with/run) and env at workflow, job and step level
// for long-lived secrets fed to steps that could federate. Reports references, never secret values.
import type { YAMLMap } from 'yaml';
import type { Blob, Match } from '../model/types.js';
import {
  asMap, asSeqItems, entries, getNode, getPair, getText, keyName, nodeRange, postureMatch, type Doc,
} from './posture-yaml.js';
import {
  commandHits, ENV_NAMES, federatedRegistry, githubSecretRefs, indexIsPypi, POSTURE_RULES,
  publishesNpm, publishesPypi, registryIsNpmjs, type PostureRule,
} from './posture-rules.js';

export const GITHUB_PREFIX = 'posture.github-actions.';

interface Gates {
  npm: boolean;
  pypi: boolean;
}

interface Scope {
  job: string;
  step: string;
}

type Emit = (rule: PostureRule, start: number, end: number, secret: string, details: Record<string, string>) => void;

export function detectGithubPosture(blob: Blob, doc: Doc, ids: ReadonlySet<string>): Match[] {
  const root = asMap(doc, doc.contents);
  if (!root) return [];
  const out: Match[] = [];
  const seen = new Set<string>();
  const emit: Emit = (rule, start, end, secret, details) => {
    const id = GITHUB_PREFIX + rule;
    const key = `${id}:${start}`;
    if (!ids.has(id) || seen.has(key)) return;
    seen.add(key);
    out.push(postureMatch(blob, id, start, end, secret, details));
  };

  const workflowEnv = asMap(doc, getNode(doc, root, 'env'));
  const anyJob: Gates = { npm: false, pypi: false };
  for (const pair of entries(doc, asMap(doc, getNode(doc, root, 'jobs')))) {
    const job = asMap(doc, pair.value);
    const jobId = keyName(pair);
    if (!job || jobId === undefined) continue;
    const gates = walkJob(blob, doc, job, jobId, workflowEnv, emit);
    anyJob.npm ||= gates.npm;
    anyJob.pypi ||= gates.pypi;
  }
  envBlock(doc, workflowEnv, anyJob, { job: '*', step: 'workflow env' }, emit);
  return out.sort((a, b) => a.start - b.start);
}

function walkJob(blob: Blob, doc: Doc, job: YAMLMap, jobId: string, workflowEnv: YAMLMap | undefined, emit: Emit): Gates {
  const jobEnv = asMap(doc, getNode(doc, job, 'env'));
  const steps = asSeqItems(doc, getNode(doc, job, 'steps'))
    .map((s) => asMap(doc, s))
    .filter((s): s is YAMLMap => s !== undefined);
  // A job whose setup-node points at another registry (GitHub Packages, Artifactory) cannot use npm's
  // trusted publishing; the same goes for a Python index other than PyPI / TestPyPI.
  const npmjs = steps.every((s) => actionOf(doc, s) !== 'actions/setup-node' || registryIsNpmjs(getText(doc, withOf(doc, s), 'registry-url')));
  const pypiIndex = [workflowEnv, jobEnv].every((e) => indexIsPypi(getText(doc, e, 'TWINE_REPOSITORY_URL')));
  const stepGates = steps.map((s): Gates => ({
    npm: npmjs && publishesNpmStep(doc, s),
    pypi: pypiIndex && publishesPypiStep(doc, s),
  }));
  const jobGates: Gates = { npm: stepGates.some((g) => g.npm), pypi: stepGates.some((g) => g.pypi) };
  envBlock(doc, jobEnv, jobGates, { job: jobId, step: 'job env' }, emit);

  steps.forEach((step, i) => {
    const action = actionOf(doc, step);
    // Never the run text itself: details are printed unredacted and a command line may hold a literal secret.
    const label = action ?? getText(doc, step, 'name') ?? `steps[${i}]`;
    const scope = { job: jobId, step: label };
    const stepEnv = asMap(doc, getNode(doc, step, 'env'));
    envBlock(doc, stepEnv, stepGates[i]!, scope, emit);
    if (action) actionInputs(doc, action, withOf(doc, step), stepGates[i]!, scope, emit);
    const runNode = getNode(doc, step, 'run');
    const range = nodeRange(runNode);
    if (range) {
      const envs = [stepEnv, jobEnv, workflowEnv];
      for (const hit of commandHits(blob.text.slice(range[0], range[1]), range[0])) {
        if (hit.rule === 'npm-token-publish' && !jobGates.npm) continue;
        const secret = resolveArg(doc, hit.arg, hit.rule, envs) ?? (hit.literalOk ? hit.arg : undefined);
        if (secret) emit(hit.rule, hit.start, hit.end, secret, { ...scope, input: 'run' });
      }
    }
  });
  return jobGates;
}

/** The action name before `@`, lowercased (owner/repo[/path]); undefined for run steps and docker:// images. */
function actionOf(doc: Doc, step: YAMLMap): string | undefined {
  const uses = getText(doc, step, 'uses');
  if (!uses || uses.startsWith('docker://') || uses.startsWith('./')) return undefined;
  return uses.split('@')[0]!.trim().toLowerCase();
}

function withOf(doc: Doc, step: YAMLMap): YAMLMap | undefined {
  return asMap(doc, getNode(doc, step, 'with'));
}

function publishesNpmStep(doc: Doc, step: YAMLMap): boolean {
  const action = actionOf(doc, step);
  const inputs = withOf(doc, step);
  if (action === 'js-devtools/npm-publish') return registryIsNpmjs(getText(doc, inputs, 'registry'));
  if (action === 'changesets/action' && getText(doc, inputs, 'publish')) return true;
  const run = getText(doc, step, 'run');
  return run !== undefined && publishesNpm(run);
}

function publishesPypiStep(doc: Doc, step: YAMLMap): boolean {
  if (actionOf(doc, step) === 'pypa/gh-action-pypi-publish') return pypiActionTargetsPypi(doc, withOf(doc, step));
  const run = getText(doc, step, 'run');
  return run !== undefined && publishesPypi(run);
}

function pypiActionTargetsPypi(doc: Doc, inputs: YAMLMap | undefined): boolean {
  return indexIsPypi(getText(doc, inputs, 'repository-url') ?? getText(doc, inputs, 'repository_url'));
}

/** One finding per rule per env block, at the most telling variable name present. */
function envBlock(doc: Doc, env: YAMLMap | undefined, gates: Gates, scope: Scope, emit: Emit): void {
  if (!env) return;
  const pairs = entries(doc, env);
  for (const rule of POSTURE_RULES) {
    if (rule === 'npm-token-publish' && !gates.npm) continue;
    if (rule === 'pypi-password-publish' && !gates.pypi) continue;
    for (const name of ENV_NAMES[rule]) {
      const pair = pairs.find((p) => keyName(p)?.toUpperCase() === name);
      const ref = pair ? githubSecretRefs(getText(doc, env, keyName(pair)!) ?? '')[0] : undefined;
      const range = nodeRange(pair?.key);
      if (ref && range) {
        emit(rule, range[0], range[1], ref.text, { ...scope, input: keyName(pair!)! });
        break;
      }
    }
  }
}

/** Inputs of well-known actions that take a long-lived credential where a federated login exists. */
function actionInputs(doc: Doc, action: string, inputs: YAMLMap | undefined, gates: Gates, scope: Scope, emit: Emit): void {
  if (!inputs) return;
  const flag = (rule: PostureRule, pick: (key: string) => boolean, choose?: (value: string) => string | undefined): boolean => {
    const pair = entries(doc, inputs).find((p) => pick(keyName(p) ?? ''));
    const value = pair ? getText(doc, inputs, keyName(pair)!) : undefined;
    const range = nodeRange(pair?.key);
    if (!value || !range) return false;
    const secret = choose ? choose(value) : githubSecretRefs(value)[0]?.text;
    if (!secret) return false;
    emit(rule, range[0], range[1], secret, { ...scope, input: keyName(pair!)! });
    return true;
  };

  // Any action that takes AWS keys as inputs (configure-aws-credentials and third-party S3/ECR actions).
  flag('aws-static-keys', (k) => /^aws[-_]secret[-_]access[-_]key$/i.test(k)) ||
    flag('aws-static-keys', (k) => /^aws[-_]access[-_]key[-_]id$/i.test(k));

  if (action === 'google-github-actions/auth') flag('gcp-credentials-json', (k) => k === 'credentials_json');
  if (action === 'google-github-actions/setup-gcloud') flag('gcp-credentials-json', (k) => k === 'service_account_key');

  if (action === 'azure/login') flag('azure-client-secret', (k) => k === 'creds', clientSecretRef);
  if (action.startsWith('azure/')) flag('azure-client-secret', (k) => /^client[-_]secret$/i.test(k));

  if (action === 'js-devtools/npm-publish' && gates.npm) flag('npm-token-publish', (k) => k === 'token');

  if (action === 'pypa/gh-action-pypi-publish' && gates.pypi) flag('pypi-password-publish', (k) => k === 'password');

  if (action === 'hashicorp/vault-action') {
    const method = (getText(doc, inputs, 'method') ?? 'token').trim().toLowerCase();
    if (method === 'token') flag('vault-token', (k) => k === 'token');
  }

  if (action === 'docker/login-action' && federatedRegistry(getText(doc, inputs, 'registry'))) {
    flag('docker-password-login', (k) => k === 'password');
  }
}

/** In azure/login `creds`, the secret that holds the client secret: the one after clientSecret, else the first. */
function clientSecretRef(value: string): string | undefined {
  const refs = githubSecretRefs(value);
  const at = value.search(/clientSecret/i);
  return (at >= 0 ? refs.find((r) => r.index > at) : undefined)?.text ?? refs[0]?.text;
}

/**
 * The secret a command argument carries: a `${{ secrets.X }}` expression, or `$VAR` whose env entry
 * holds one. A variable already reported by name at its env entry is not reported again here.
 */
function resolveArg(doc: Doc, arg: string, rule: PostureRule, envs: (YAMLMap | undefined)[]): string | undefined {
  const direct = githubSecretRefs(arg)[0];
  if (direct) return direct.text;
  const v = /^\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))$|^\$env:([A-Za-z_]\w*)$/.exec(arg);
  const name = v ? (v[1] ?? v[2] ?? v[3])! : undefined;
  if (!name || ENV_NAMES[rule].includes(name.toUpperCase())) return undefined;
  for (const env of envs) {
    const pair = getPair(doc, env, name);
    if (pair) return githubSecretRefs(getText(doc, env, name) ?? '')[0]?.text;
  }
  return undefined;
}

// GitHub Actions posture: walks jobs.*.steps[*] (uses/with/run) and env at workflow, job and step level
// for long-lived secrets fed to steps that could federate. Reports references, never secret values.
import type { YAMLMap } from 'yaml';
import type { Blob, Match } from '../model/types.js';
import {
  asMap, asSeqItems, entries, getNode, getPair, getText, keyName, nodeRange, postureMatch, type Doc,
} from './posture-yaml.js';
import {
  commandHits, githubSecretRefs, indexIsPypi, publishesNpm, publishesPypi, registryHost, registryIsNpmjs,
  type CompiledAction, type CompiledRule, type Gates,
} from './posture-rules.js';

interface Scope {
  job: string;
  step: string;
}

type Emit = (rule: CompiledRule, start: number, end: number, secret: string, details: Record<string, string>) => void;

/** Findings of the given (active, GitHub Actions) rules in one parsed workflow. */
export function detectGithubPosture(blob: Blob, doc: Doc, rules: readonly CompiledRule[]): Match[] {
  const root = asMap(doc, doc.contents);
  if (!root || rules.length === 0) return [];
  const out: Match[] = [];
  const seen = new Set<string>();
  const emit: Emit = (rule, start, end, secret, details) => {
    const key = `${rule.id}:${start}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(postureMatch(blob, rule.id, start, end, secret, details));
  };

  const workflowEnv = asMap(doc, getNode(doc, root, 'env'));
  const anyJob: Gates = { 'npm-publish': false, 'pypi-publish': false };
  for (const pair of entries(doc, asMap(doc, getNode(doc, root, 'jobs')))) {
    const job = asMap(doc, pair.value);
    const jobId = keyName(pair);
    if (!job || jobId === undefined) continue;
    const gates = walkJob(blob, doc, job, jobId, workflowEnv, rules, emit);
    anyJob['npm-publish'] ||= gates['npm-publish'];
    anyJob['pypi-publish'] ||= gates['pypi-publish'];
  }
  envBlock(doc, workflowEnv, anyJob, { job: '*', step: 'workflow env' }, rules, emit);
  return out.sort((a, b) => a.start - b.start);
}

function walkJob(
  blob: Blob,
  doc: Doc,
  job: YAMLMap,
  jobId: string,
  workflowEnv: YAMLMap | undefined,
  rules: readonly CompiledRule[],
  emit: Emit,
): Gates {
  const jobEnv = asMap(doc, getNode(doc, job, 'env'));
  const steps = asSeqItems(doc, getNode(doc, job, 'steps'))
    .map((s) => asMap(doc, s))
    .filter((s): s is YAMLMap => s !== undefined);
  // A job whose setup-node points at another registry (GitHub Packages, Artifactory) cannot use npm's
  // trusted publishing; the same goes for a Python index other than PyPI / TestPyPI.
  const npmjs = steps.every((s) => actionOf(doc, s) !== 'actions/setup-node' || registryIsNpmjs(getText(doc, withOf(doc, s), 'registry-url')));
  const pypiIndex = [workflowEnv, jobEnv].every((e) => indexIsPypi(getText(doc, e, 'TWINE_REPOSITORY_URL')));
  const stepGates = steps.map((s): Gates => ({
    'npm-publish': npmjs && publishesNpmStep(doc, s),
    'pypi-publish': pypiIndex && publishesPypiStep(doc, s),
  }));
  const jobGates: Gates = { 'npm-publish': stepGates.some((g) => g['npm-publish']), 'pypi-publish': stepGates.some((g) => g['pypi-publish']) };
  envBlock(doc, jobEnv, jobGates, { job: jobId, step: 'job env' }, rules, emit);

  steps.forEach((step, i) => {
    const action = actionOf(doc, step);
    // Never the run text itself: details are printed unredacted and a command line may hold a literal secret.
    const label = action ?? getText(doc, step, 'name') ?? `steps[${i}]`;
    const scope = { job: jobId, step: label };
    const stepEnv = asMap(doc, getNode(doc, step, 'env'));
    envBlock(doc, stepEnv, stepGates[i]!, scope, rules, emit);
    if (action) actionInputs(doc, action, withOf(doc, step), stepGates[i]!, scope, rules, emit);
    const runNode = getNode(doc, step, 'run');
    const range = nodeRange(runNode);
    if (range) {
      const envs = [stepEnv, jobEnv, workflowEnv];
      for (const hit of commandHits(blob.text.slice(range[0], range[1]), range[0], rules)) {
        // A command gate is a fact of the job (a token set up in one step is used by the publish in another).
        if (hit.command.requires && !jobGates[hit.command.requires]) continue;
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
function envBlock(doc: Doc, env: YAMLMap | undefined, gates: Gates, scope: Scope, rules: readonly CompiledRule[], emit: Emit): void {
  if (!env) return;
  const pairs = entries(doc, env);
  for (const rule of rules) {
    if (rule.requires && !gates[rule.requires]) continue;
    for (const name of rule.env) {
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

/** Inputs of the rules' actions that take a long-lived credential where a federated login exists. */
function actionInputs(
  doc: Doc,
  action: string,
  inputs: YAMLMap | undefined,
  gates: Gates,
  scope: Scope,
  rules: readonly CompiledRule[],
  emit: Emit,
): void {
  if (!inputs) return;
  const pairs = entries(doc, inputs);
  for (const rule of rules) {
    if (rule.requires && !gates[rule.requires]) continue;
    for (const a of rule.actions) {
      if (!usesMatches(a.uses, action) || !conditionHolds(doc, inputs, a)) continue;
      // The first input present that holds a secret reference, most telling first.
      for (const input of a.inputs) {
        const pair = pairs.find((p) => inputMatches(a, input, keyName(p) ?? ''));
        const value = pair ? getText(doc, inputs, keyName(pair)!) : undefined;
        const range = nodeRange(pair?.key);
        if (!value || !range) continue;
        const secret = a.secretAfter !== undefined ? referenceAfter(value, a.secretAfter) : githubSecretRefs(value)[0]?.text;
        if (!secret) continue;
        emit(rule, range[0], range[1], secret, { ...scope, input: keyName(pair!)! });
        break;
      }
    }
  }
}

/** `*` is any action, `owner/*` any action of that owner, else the name itself (the version was cut off). */
function usesMatches(uses: string, action: string): boolean {
  if (uses === '*') return true;
  if (uses.endsWith('/*')) return action.startsWith(uses.slice(0, -1));
  return action === uses;
}

/** ASCII-only lowercasing, so that `-`/`_` and case are the only liberties `loose` takes. */
function looseName(s: string): string {
  return s.replace(/[A-Z]/g, (c) => c.toLowerCase()).replace(/_/g, '-');
}

function inputMatches(a: CompiledAction, input: string, key: string): boolean {
  return a.match === 'loose' ? looseName(key) === looseName(input) : key === input;
}

function conditionHolds(doc: Doc, inputs: YAMLMap, a: CompiledAction): boolean {
  const w = a.when;
  if (!w) return true;
  const value = getText(doc, inputs, w.input) ?? w.default;
  if (w.in && !w.in.includes((value ?? '').trim().toLowerCase())) return false;
  if (w.host) {
    const host = registryHost(value);
    if (host === undefined || !w.host.some((re) => re.test(host))) return false;
  }
  return true;
}

/** In a value holding several references (azure/login `creds` JSON), the one after `key`, else the first. */
function referenceAfter(value: string, key: string): string | undefined {
  const refs = githubSecretRefs(value);
  const at = value.replace(/[A-Z]/g, (c) => c.toLowerCase()).indexOf(key.toLowerCase());
  return (at >= 0 ? refs.find((r) => r.index > at) : undefined)?.text ?? refs[0]?.text;
}

/**
 * The secret a command argument carries: a `${{ secrets.X }}` expression, or `$VAR` whose env entry
 * holds one. A variable already reported by name at its env entry is not reported again here.
 */
function resolveArg(doc: Doc, arg: string, rule: CompiledRule, envs: (YAMLMap | undefined)[]): string | undefined {
  const direct = githubSecretRefs(arg)[0];
  if (direct) return direct.text;
  const v = /^\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))$|^\$env:([A-Za-z_]\w*)$/.exec(arg);
  const name = v ? (v[1] ?? v[2] ?? v[3])! : undefined;
  if (!name || rule.env.includes(name.toUpperCase())) return undefined;
  for (const env of envs) {
    const pair = getPair(doc, env, name);
    if (pair) return githubSecretRefs(getText(doc, env, name) ?? '')[0]?.text;
  }
  return undefined;
}

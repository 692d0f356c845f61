// `keyshift fix` for GitHub Actions workflows: each posture rule's data (patterns/posture/github-actions.yaml:
// the env names and action inputs that carry the secret, and `replacement`: the federated login action, its
// inputs, the permissions it needs, what goes away) becomes line edits of the workflow. The detector reads the
// same data, so what is flagged is what is fixed. Pure: text in, text and notes out.
import type { Pair, YAMLMap } from 'yaml';
import { isMap, isScalar, isSeq } from '../model/yaml-lib.js';
import type { Finding, PatternSpec, PostureAction } from '../model/types.js';
import {
  appendPairs,
  applyEdits,
  columnOf,
  isBlock,
  keyColumn,
  lineEnd,
  lineStart,
  mapAt,
  pairLines,
  pairOf,
  pairSpan,
  parseYaml,
  removePair,
  textAt,
  yamlScalar,
  type TextEdit,
} from './yaml-edit.js';

export interface FixOptions {
  /** Values for the replacement's placeholders, by input name (role-to-assume, workload_identity_provider, ...). */
  values: Record<string, string>;
  /** Rule ids to fix (--only); empty or absent: all. Literal env secrets are fixed only when theirs is named. */
  only?: readonly string[];
}

export interface AppliedFix {
  ruleId: string;
  job: string;
  provider: string;
  /** What the reviewer should know about this change (added steps, new permissions, what to set up). */
  notes: string[];
}

export interface Unfixable {
  ruleId: string;
  job: string;
  reason: string;
}

export interface WorkflowFix {
  text: string;
  applied: AppliedFix[];
  unfixable: Unfixable[];
}

/** The action a step uses, `owner/repo[/path]` lowercased, without `@ref`. */
function actionOf(step: YAMLMap): string | undefined {
  const uses = textAt(step, 'uses');
  if (uses === undefined || uses.startsWith('docker://') || uses.startsWith('./')) return undefined;
  return uses.split('@')[0]!.toLowerCase();
}

function usesMatches(uses: string, action: string): boolean {
  if (uses === '*') return true;
  if (uses.endsWith('/*')) return action.startsWith(uses.slice(0, -1));
  return action === uses;
}

const loose = (s: string): string => s.toLowerCase().replace(/_/g, '-');

function inputPair(withMap: YAMLMap | undefined, a: PostureAction, name: string): Pair | undefined {
  return withMap?.items.find((p) => isScalar(p.key) && (a.match === 'loose' ? loose(String(p.key.value)) === loose(name) : String(p.key.value) === name));
}

function conditionHolds(withMap: YAMLMap | undefined, a: PostureAction): boolean {
  if (!a.when) return true;
  const v = (textAt(withMap, a.when.input) ?? a.when.default ?? '').trim().toLowerCase();
  if (a.when.in && !a.when.in.includes(v)) return false;
  return a.when.host === undefined; // registry-host rules (docker login) have no mechanical fix
}

interface JobPlan {
  id: string;
  job: YAMLMap;
  steps: YAMLMap[];
  /** Pairs to delete (env entries, action inputs). */
  remove: Set<Pair>;
  /** Pairs to add to a block map, per map. */
  add: Map<YAMLMap, [string, string][]>;
  /** Scalar values to rewrite. */
  set: { pair: Pair; value: string }[];
  /** New steps, by the index of the step they go before. */
  insert: { before: number; lines: string[] }[];
  permissions: Record<string, string>;
  applied: AppliedFix[];
}

/**
 * Fixes one workflow. `rules` are the github-actions posture rules; `findings` are this file's findings: a
 * rule is applied to a job when it has a posture finding there, or when a secret finding sits on an input or
 * env entry the rule names (a literal key in `with:` is fixed by the same federation).
 */
export function fixGithubWorkflow(text: string, rules: readonly PatternSpec[], findings: readonly Finding[], opts: FixOptions): WorkflowFix {
  const doc = parseYaml(text);
  const unfixable: Unfixable[] = [];
  if (!doc || !isMap(doc.contents)) return { text, applied: [], unfixable: [{ ruleId: '*', job: '*', reason: 'the workflow is not a YAML mapping that parses' }] };
  const root = doc.contents;
  indexPairs(root);
  const lineSpan = pairLines(text);
  const jobsMap = mapAt(root, 'jobs');
  const workflowEnv = mapAt(root, 'env');
  // Which job a posture finding is in, by its line (details.job is redacted when a job's name looks secret).
  const jobSpans = (jobsMap?.items ?? []).flatMap((jp) => {
    const span = isScalar(jp.key) ? lineSpan(jp) : undefined;
    return span ? [{ id: String((jp.key as { value: unknown }).value), span }] : [];
  });
  const postureJobs = new Map<string, Set<string>>();
  for (const f of findings) {
    if (!f.ruleId.startsWith('posture.github-actions.')) continue;
    const job = jobSpans.find((j) => f.line >= j.span[0] && f.line <= j.span[1])?.id ?? '*';
    postureJobs.set(f.ruleId, (postureJobs.get(f.ruleId) ?? new Set()).add(job));
  }
  const secretLines = findings.filter((f) => !f.ruleId.startsWith('posture.')).map((f) => f.line);
  const touches = (p: Pair): boolean => {
    const span = lineSpan(p);
    return span !== undefined && secretLines.some((l) => l >= span[0] && l <= span[1]);
  };

  const plans: JobPlan[] = [];
  const workflowRemove = new Set<Pair>();
  for (const jp of jobsMap?.items ?? []) {
    if (!isScalar(jp.key) || !isMap(jp.value)) continue;
    const id = String(jp.key.value);
    const job = jp.value;
    const stepsNode = pairOf(job, 'steps')?.value;
    const steps = isSeq(stepsNode) ? stepsNode.items.filter((s): s is YAMLMap => isMap(s)) : [];
    const plan: JobPlan = { id, job, steps, remove: new Set(), add: new Map(), set: [], insert: [], permissions: {}, applied: [] };
    for (const rule of rules) {
      const p = rule.posture;
      if (!p || p.ci !== 'github-actions') continue;
      const r = p.replacement;
      const flagged = postureJobs.get(rule.id);
      const envMaps = [mapAt(job, 'env'), ...steps.map((s) => mapAt(s, 'env'))];
      const envHits = envMaps.flatMap((m) => (m?.items ?? []).filter((e) => isScalar(e.key) && p.env.includes(String(e.key.value))));
      const wfEnvHits = (workflowEnv?.items ?? []).filter((e) => isScalar(e.key) && p.env.includes(String(e.key.value)));
      const stepHits: { index: number; step: YAMLMap; action: PostureAction; inputs: Pair[] }[] = [];
      steps.forEach((step, index) => {
        const action = actionOf(step);
        if (!action) return;
        const withMap = mapAt(step, 'with');
        for (const a of p.actions) {
          if (!usesMatches(a.uses, action)) continue;
          const inputs = a.inputs.map((n) => inputPair(withMap, a, n)).filter((x): x is Pair => x !== undefined);
          if (inputs.length > 0) stepHits.push({ index, step, action: a, inputs });
          break;
        }
      });
      const wanted =
        (flagged !== undefined && (flagged.has(id) || flagged.has('*'))) ||
        envHits.some(touches) ||
        wfEnvHits.some(touches) ||
        stepHits.some((h) => h.inputs.some(touches));
      if (!wanted || (envHits.length === 0 && stepHits.length === 0 && wfEnvHits.length === 0)) continue;
      const notes: string[] = [];
      const why = fixJobRule(text, plan, rule, stepHits, envHits, opts, notes);
      if (why !== undefined) {
        unfixable.push({ ruleId: rule.id, job: id, reason: why });
        continue;
      }
      for (const e of wfEnvHits) if (r.remove.includes(String((e.key as { value: unknown }).value))) workflowRemove.add(e);
      plan.applied.push({ ruleId: rule.id, job: id, provider: rule.provider, notes });
    }
    plans.push(plan);
  }

  const edits: TextEdit[] = [];
  for (const plan of plans) {
    if (plan.applied.length === 0) continue;
    const permNote = permissionEdits(text, root, plan, edits);
    if (permNote === null) {
      for (const a of plan.applied) unfixable.push({ ruleId: a.ruleId, job: plan.id, reason: 'the job\'s permissions are not a block mapping (read-all or a flow map): give it id-token: write by hand' });
      plan.applied = [];
      continue;
    }
    if (permNote) plan.applied[0]!.notes.push(permNote);
    mapEdits(text, plan.remove, plan.add, edits);
    for (const s of plan.set) {
      const v = s.pair.value as { range?: [number, number, number] };
      if (v.range) edits.push({ start: v.range[0], end: v.range[1], text: yamlScalar(s.value) });
    }
    for (const ins of plan.insert) edits.push(stepInsertion(text, plan, ins));
  }
  mapEdits(text, workflowRemove, new Map(), edits);
  const applied = plans.flatMap((p) => p.applied);
  // A literal secret under an env: that no federation removed becomes a reference to a repository secret.
  const removed = new Set<Pair>([...workflowRemove, ...plans.flatMap((p) => (p.applied.length > 0 ? [...p.remove] : []))]);
  const envMaps = [workflowEnv, ...plans.flatMap((p) => [mapAt(p.job, 'env'), ...p.steps.map((st) => mapAt(st, 'env'))])];
  for (const map of envMaps) {
    for (const pair of map?.items ?? []) {
      if (removed.has(pair) || !isScalar(pair.key) || !isScalar(pair.value) || !touches(pair)) continue;
      const value = String(pair.value.value);
      if (/\$\{\{/.test(value)) continue;
      const span = lineSpan(pair);
      const f = span && findings.find((x) => !x.ruleId.startsWith('posture.') && x.line >= span[0] && x.line <= span[1]);
      const name = secretName(String(pair.key.value));
      const r = (pair.value as { range?: [number, number, number] }).range;
      if (!r || !f || (opts.only !== undefined && opts.only.length > 0 && !opts.only.includes(f.ruleId))) continue;
      edits.push({ start: r[0], end: r[1], text: `\${{ secrets.${name} }}` });
      applied.push({ ruleId: f.ruleId, job: '*', provider: f.provider, notes: [`the literal under env: becomes \${{ secrets.${name} }}: store the value as the repository secret ${name} (or better, federate), then revoke it: it stays in history (keyshift scan --history shows where)`] });
    }
  }
  return { text: applied.length === 0 ? text : applyEdits(text, dedupe(edits)), applied, unfixable };
}

/** A repository secret name for an env key: upper case, [A-Z0-9_], not starting with GITHUB_ or a digit. */
export function secretName(key: string): string {
  const n = key.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
  return /^(?:GITHUB_|[0-9])/.test(n) ? `KS_${n}` : n;
}

function dedupe(edits: TextEdit[]): TextEdit[] {
  const seen = new Set<string>();
  return edits.filter((e) => {
    const k = `${e.start}:${e.end}:${e.text}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

/** The plan for one rule in one job; a string is why it has no mechanical fix. */
function fixJobRule(
  text: string,
  plan: JobPlan,
  rule: PatternSpec,
  stepHits: { index: number; step: YAMLMap; action: PostureAction; inputs: Pair[] }[],
  envHits: Pair[],
  opts: FixOptions,
  notes: string[],
): string | undefined {
  const r = rule.posture!.replacement;
  const target = r.uses?.split('@')[0]!.toLowerCase();
  const values = (w: Record<string, string>): [string, string][] => Object.entries(w).map(([k, v]) => [k, opts.values[k] ?? v]);
  if (rule.id.endsWith('docker-password-login')) return dockerLogin(plan, stepHits, opts, notes);
  for (const h of stepHits) {
    const action = actionOf(h.step)!;
    if (target === undefined || action !== target) {
      return `${action} takes the secret as an input and has no federated mode keyshift knows; replace the step with ${r.uses ?? 'trusted publishing'}`;
    }
    if (!conditionHolds(mapAt(h.step, 'with'), h.action)) return 'the step\'s inputs do not match the rule';
    const withMap = mapAt(h.step, 'with')!;
    if (!isBlock(withMap)) return 'the step\'s with: is a flow mapping; edit it by hand';
    for (const item of withMap.items) {
      const key = isScalar(item.key) ? String(item.key.value) : '';
      const value = textAt(withMap, key);
      // pypi's `user: __token__` belongs to the password it came with.
      if (r.remove.some((n) => loose(n) === loose(key)) || (key === 'user' && value === '__token__')) plan.remove.add(item);
    }
    const adds: [string, string][] = [];
    for (const [k, v] of values(r.with)) {
      const existing = pairOf(withMap, k);
      if (!existing) adds.push([k, v]);
      else if (h.action.when?.input === k && !plan.remove.has(existing)) plan.set.push({ pair: existing, value: v });
    }
    if (adds.length > 0) plan.add.set(withMap, [...(plan.add.get(withMap) ?? []), ...adds]);
  }
  const removedEnv = envHits.filter((e) => r.remove.includes(String((e.key as { value: unknown }).value)));
  for (const e of removedEnv) plan.remove.add(e);
  if (removedEnv.length > 0 && Object.keys(r.env).length > 0) {
    // Settings the federated login needs beside the env it replaces (ARM_USE_OIDC for Terraform's azurerm).
    const owner = [mapAt(plan.job, 'env'), ...plan.steps.map((s) => mapAt(s, 'env'))].find((m) => m?.items.includes(removedEnv[0]!));
    if (owner) plan.add.set(owner, [...(plan.add.get(owner) ?? []), ...Object.entries(r.env).filter(([k]) => !pairOf(owner, k))]);
  }
  if (target !== undefined && !plan.steps.some((s) => actionOf(s) === target)) {
    const at = plan.steps.findIndex((s) => actionOf(s) !== 'actions/checkout');
    plan.insert.push({ before: at === -1 ? plan.steps.length : at, lines: stepLines(r.uses!, values(regionFrom(plan, r.with))) });
    notes.push(`adds a step using ${r.uses} that logs in with the job's OIDC token`);
  }
  if (rule.id.endsWith('npm-token-publish')) {
    if (!plan.steps.some((s) => /npm\s+(?:install|i)\s+(?:-g|--global)\s+npm@/.test(textAt(s, 'run') ?? ''))) {
      const publish = plan.steps.findIndex((s) => /\bnpm\s+publish\b/.test(textAt(s, 'run') ?? ''));
      plan.insert.push({ before: publish === -1 ? plan.steps.length : publish, lines: ['run: npm install -g npm@^11.5.1'] });
      notes.push('trusted publishing needs npm 11.5.1 or later: adds a step that installs it; configure the trusted publisher for this workflow on npmjs.com');
    }
  }
  if (rule.id.endsWith('pypi-password-publish')) {
    if (stepHits.length === 0) return 'the upload runs a command (twine, poetry, uv) with a token: replace it with pypa/gh-action-pypi-publish, which uses trusted publishing';
    notes.push('configure this workflow as a trusted publisher of the project on pypi.org');
  }
  if (rule.id.endsWith('vault-token')) notes.push('create a Vault JWT role bound to this repository (bound_claims sub) and put its name in role');
  for (const [k, v] of Object.entries(r.permissions)) plan.permissions[k] = v;
  return undefined;
}

const ECR = /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com$/;
const GOOGLE_REGISTRY = /(?:^|\.)gcr\.io$|-docker\.pkg\.dev$/;

/**
 * docker/login-action with a password, by registry: Amazon ECR becomes aws-actions/amazon-ecr-login after a
 * configure-aws-credentials step (role-to-assume, the registry's region); Google Artifact Registry and GCR
 * keep docker/login-action with a short-lived access token from a google-github-actions/auth step. Azure
 * Container Registry has no login action that takes an OIDC token (it is `az acr login` after azure/login).
 */
function dockerLogin(plan: JobPlan, hits: { index: number; step: YAMLMap; action: PostureAction; inputs: Pair[] }[], opts: FixOptions, notes: string[]): string | undefined {
  for (const h of hits) {
    const withMap = mapAt(h.step, 'with');
    if (!withMap || !isBlock(withMap)) return 'the step\'s with: is not a block mapping; edit it by hand';
    const host = (textAt(withMap, 'registry') ?? '').trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/\/.*$/, '');
    const ecr = ECR.exec(host);
    if (ecr || host === 'public.ecr.aws') {
      const usesPair = pairOf(h.step, 'uses')!;
      plan.set.push({ pair: usesPair, value: 'aws-actions/amazon-ecr-login@v2' });
      for (const item of withMap.items) if (isScalar(item.key) && ['username', 'password', 'registry'].includes(String(item.key.value))) plan.remove.add(item);
      if (!ecr) plan.add.set(withMap, [['registry-type', 'public']]);
      if (!plan.steps.some((st) => actionOf(st) === 'aws-actions/configure-aws-credentials')) {
        const region = ecr ? ecr[2]! : 'us-east-1';
        plan.insert.push({ before: h.index, lines: stepLines('aws-actions/configure-aws-credentials@v4', [['role-to-assume', opts.values['role-to-assume'] ?? 'arn:aws:iam::<account-id>:role/<role-name>'], ['aws-region', region]]) });
      }
      notes.push('logs in to Amazon ECR with aws-actions/amazon-ecr-login after assuming a role with the job\'s OIDC token; the role needs ecr:GetAuthorizationToken and push rights on the repository');
    } else if (GOOGLE_REGISTRY.test(host)) {
      const user = pairOf(withMap, 'username');
      const pass = pairOf(withMap, 'password')!;
      if (user) plan.set.push({ pair: user, value: 'oauth2accesstoken' });
      else plan.add.set(withMap, [['username', 'oauth2accesstoken']]);
      plan.set.push({ pair: pass, value: '${{ steps.auth.outputs.access_token }}' });
      if (!plan.steps.some((st) => actionOf(st) === 'google-github-actions/auth')) {
        plan.insert.push({
          before: h.index,
          lines: ['id: auth', 'uses: google-github-actions/auth@v2', 'with:', ...([
            ['workload_identity_provider', opts.values.workload_identity_provider ?? 'projects/<project-number>/locations/global/workloadIdentityPools/<pool>/providers/<provider>'],
            ['service_account', opts.values.service_account ?? '<name>@<project>.iam.gserviceaccount.com'],
            ['token_format', 'access_token'],
          ] as [string, string][]).map(([k, v]) => `  ${k}: ${yamlScalar(v)}`)],
        });
      } else {
        return 'the job already has a google-github-actions/auth step: give it id: auth and token_format: access_token, and use its access_token as the password';
      }
      notes.push('logs in to the Google registry with a one-hour access token from google-github-actions/auth (workload identity federation) instead of a key');
    } else {
      return 'a login to a registry with no OIDC login action (Azure Container Registry: az acr login after azure/login; others: their own token exchange)';
    }
  }
  plan.permissions['id-token'] = 'write';
  return undefined;
}

/**
 * Scopes a job's steps visibly need from GITHUB_TOKEN, kept when the job gets its own permissions block (which
 * sets every scope it does not list to none): releases, pull requests, packages, Pages, code scanning uploads.
 */
const STEP_SCOPES: { action?: RegExp; run?: RegExp; scope: [string, string] }[] = [
  { action: /^(?:softprops\/action-gh-release|actions\/create-release|ncipollo\/release-action|googleapis\/release-please-action)$/, run: /\bgh\s+release\s+(?:create|upload|edit)\b|\bgit\s+push\b/, scope: ['contents', 'write'] },
  { action: /^peter-evans\/create-pull-request$/, run: /\bgh\s+pr\s+(?:create|comment|edit|merge|review)\b/, scope: ['pull-requests', 'write'] },
  { run: /\bdocker\s+push\s+ghcr\.io\/|\bnpm\s+publish\b[^\n]*npm\.pkg\.github\.com/, scope: ['packages', 'write'] },
  { action: /^actions\/deploy-pages$/, scope: ['pages', 'write'] },
  { action: /^github\/codeql-action\/upload-sarif$/, scope: ['security-events', 'write'] },
];

function stepScopes(steps: readonly YAMLMap[]): [string, string][] {
  const out = new Map<string, string>();
  for (const st of steps) {
    const action = actionOf(st);
    const run = textAt(st, 'run') ?? '';
    for (const r of STEP_SCOPES) if ((r.action && action !== undefined && r.action.test(action)) || (r.run && r.run.test(run))) out.set(r.scope[0], r.scope[1]);
  }
  // contents: write replaces the read the block starts with.
  return [...out].filter(([k, v]) => !(k === 'contents' && v === 'read'));
}

/** AWS: the region the job already names in its env, rather than a placeholder. */
function regionFrom(plan: JobPlan, w: Record<string, string>): Record<string, string> {
  if (!('aws-region' in w)) return w;
  const env = mapAt(plan.job, 'env');
  const region = textAt(env, 'AWS_REGION') ?? textAt(env, 'AWS_DEFAULT_REGION');
  return region !== undefined && /^[a-z]{2}(?:-[a-z]+)+-\d$/.test(region) ? { ...w, 'aws-region': region } : w;
}

function stepLines(uses: string, w: [string, string][]): string[] {
  return [`uses: ${uses}`, ...(w.length > 0 ? ['with:', ...w.map(([k, v]) => `  ${k}: ${yamlScalar(v)}`)] : [])];
}

/** Edit for a new step: the lines at the step list's own indentation, before step `before` (or after the last). */
function stepInsertion(text: string, plan: JobPlan, ins: { before: number; lines: string[] }): TextEdit {
  const ref = plan.steps[Math.min(ins.before, plan.steps.length - 1)]!;
  const keyAt = (ref.range as [number, number, number])[0];
  const dash = text.lastIndexOf('-', keyAt - 1);
  const dashCol = columnOf(text, dash);
  const keyCol = columnOf(text, keyAt);
  const body = ins.lines.map((l, i) => (i === 0 ? `${' '.repeat(dashCol)}-${' '.repeat(Math.max(1, keyCol - dashCol - 1))}${l}` : `${' '.repeat(keyCol)}${l}`)).join('\n') + '\n';
  if (ins.before < plan.steps.length) return { start: lineStart(text, dash), end: lineStart(text, dash), text: body };
  const end = (ref.range as [number, number, number])[1];
  const at = lineEnd(text, end > 0 && text[end - 1] === '\n' ? end - 1 : end);
  return { start: at, end: at, text: (text[at - 1] === '\n' ? '' : '\n') + body };
}

/** Removals and additions per map; a map whose every pair goes is removed with its key. */
function mapEdits(text: string, remove: Set<Pair>, add: Map<YAMLMap, [string, string][]>, edits: TextEdit[]): void {
  const parents = new Map<YAMLMap, Pair[]>();
  for (const pair of remove) {
    const map = ownerOf.get(pair);
    if (map) parents.set(map, [...(parents.get(map) ?? []), pair]);
  }
  for (const [map, gone] of parents) {
    const adds = add.get(map) ?? [];
    if (gone.length === map.items.length && adds.length === 0 && keyOfMap.get(map)) {
      const e = removePair(text, keyOfMap.get(map)!);
      if (e) edits.push(e);
      continue;
    }
    for (const p of gone) {
      const e = removePair(text, p);
      if (e) edits.push(e);
    }
  }
  for (const [map, adds] of add) {
    if (adds.length === 0) continue;
    const e = appendPairs(text, map, adds);
    if (e) edits.push(e);
  }
}

/** The pair whose value a map is (set by collectOwners from the document). */
const keyOfMap = new WeakMap<YAMLMap, Pair>();

/** Pair -> the map holding it, filled by indexPairs for every parsed document. */
const ownerOf = new WeakMap<Pair, YAMLMap>();

/** Records which map holds each pair and which pair holds each map (edits need both directions). */
export function indexPairs(node: unknown, parentPair?: Pair): void {
  if (isMap(node)) {
    if (parentPair) keyOfMap.set(node, parentPair);
    for (const p of node.items) {
      ownerOf.set(p, node);
      indexPairs(p.value, p);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) indexPairs(item);
  }
}

/**
 * The job's permissions: the rules' (`id-token: write`) added to its own block, or a new job-level block.
 * A job-level block replaces the workflow's for that job, so a new one repeats the workflow's map, or, with
 * no workflow permissions, grants `contents: read` (every scope not listed becomes none). Returns a note for
 * a new block, '' when nothing needed saying, null when the permissions cannot be edited mechanically.
 */
function permissionEdits(text: string, root: YAMLMap, plan: JobPlan, edits: TextEdit[]): string | null | '' {
  const need = Object.entries(plan.permissions);
  if (need.length === 0) return '';
  const own = pairOf(plan.job, 'permissions');
  if (own) {
    if (isScalar(own.value)) return String(own.value.value) === 'write-all' ? '' : null;
    if (!isMap(own.value) || !isBlock(own.value)) return null;
    const map = own.value;
    const adds: [string, string][] = [];
    for (const [k, v] of need) {
      const p = pairOf(map, k);
      if (!p) adds.push([k, v]);
      else if (textAt(map, k) !== v) plan.set.push({ pair: p, value: v });
    }
    if (adds.length > 0) plan.add.set(map, [...(plan.add.get(map) ?? []), ...adds]);
    return '';
  }
  const wf = pairOf(root, 'permissions');
  let grant: [string, string][];
  let note: string;
  if (wf && isScalar(wf.value)) {
    const v = String(wf.value.value);
    if (v === 'write-all') return '';
    grant = [['contents', 'read']];
    note = `the job gets its own permissions block (${need.map(([k, v]) => `${k}: ${v}`).join(', ')}); it replaces the workflow's ${v} for this job, so only contents: read is kept: add any other scope the job's steps need`;
  } else if (wf && isMap(wf.value)) {
    const wfMap = wf.value;
    if (need.every(([k, v]) => textAt(wfMap, k) === v)) return '';
    grant = wfMap.items.flatMap((p) => (isScalar(p.key) && isScalar(p.value) ? [[String(p.key.value), String(p.value.value)] as [string, string]] : []));
    note = `the job gets its own permissions block with ${need.map(([k, v]) => `${k}: ${v}`).join(', ')}; a job's block replaces the workflow's, so the workflow's permissions are repeated in it`;
  } else {
    grant = [['contents', 'read'], ...stepScopes(plan.steps)];
    const extra = grant.slice(1).map(([k, v]) => `${k}: ${v}`);
    note = `the job gets a permissions block (${need.map(([k, v]) => `${k}: ${v}`).join(', ')}); every permission it does not list becomes none, so contents: read is added for checkout${extra.length > 0 ? ` and ${extra.join(', ')} for what its steps do` : ''}: add any other scope the job's steps need`;
  }
  // A step that needs contents: write gets it instead of the read.
  const write = grant.findIndex(([k, v], i) => i > 0 && k === 'contents' && v === 'write');
  if (write > 0 && grant[0]![0] === 'contents') grant = [grant[write]!, ...grant.slice(1).filter((_, i) => i + 1 !== write)];
  for (const [k, v] of need) {
    const i = grant.findIndex(([g]) => g === k);
    if (i === -1) grant.push([k, v]);
    else grant[i] = [k, v];
  }
  const col = keyColumn(text, plan.job);
  const anchor = pairOf(plan.job, 'runs-on') ?? plan.job.items[0];
  const span = anchor ? pairSpan(text, anchor) : undefined;
  if (col === undefined || !span) return null;
  const pad = ' '.repeat(col);
  edits.push({ start: span.end, end: span.end, text: `${text[span.end - 1] === '\n' ? '' : '\n'}${pad}permissions:\n${grant.map(([k, v]) => `${pad}  ${k}: ${v}\n`).join('')}` });
  return note;
}

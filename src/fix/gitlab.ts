// `keyshift fix` for GitLab CI (.gitlab-ci.yml). A VAULT_TOKEN becomes a JWT login (below); AWS keys in CI/CD variables become an `id_tokens:` OIDC
// token with the rule's audience, the rule's variables (AWS_ROLE_ARN, AWS_WEB_IDENTITY_TOKEN_FILE, which the
// AWS CLI and SDKs read to assume the role with the token) and the snippet's script line that writes the
// token file, in every job that uses AWS; a literal secret in `variables:` is removed, to be defined as a
// masked, protected CI/CD variable of the same name in the project's settings. Other rules (the login is a
// script the user wrote) are reported as having no mechanical fix. Same line-exact edits as workflows.
import type { Pair, YAMLMap } from 'yaml';
import { isMap, isScalar, isSeq, parseDocument } from '../model/yaml-lib.js';
import type { Finding, PatternSpec } from '../model/types.js';
import type { AppliedFix, FixOptions, Unfixable, WorkflowFix } from './github.js';
import { applyEdits, keyColumn, lineEnd, lineStart, mapAt, pairLines, pairOf, pairSpan, parseYaml, removePair, yamlScalar, type TextEdit } from './yaml-edit.js';

/** Top-level keys of .gitlab-ci.yml that are not jobs. */
const RESERVED = new Set(['stages', 'variables', 'default', 'include', 'workflow', 'image', 'services', 'before_script', 'after_script', 'cache']);

/** A job that runs the AWS CLI or an SDK image, for AWS variables set globally. */
const USES_AWS = /\baws\s|amazon\/aws-cli|\bterraform\b|\bcdk\s|\bsam\s/;
/** A job that runs the Vault CLI or image, for a VAULT_TOKEN set globally. */
const USES_VAULT = /\bvault\s|hashicorp\/vault/;

/**
 * The GitLab rules with a mechanical fix, and what each adds besides the rule's id_tokens: AWS reads the token
 * from a file (the snippet's line writes it); Vault logs in with the token through its JWT auth method and
 * exports VAULT_TOKEN, so the job's own vault commands keep working with a short-lived token.
 */
const GITLAB_FIXES: Record<string, { uses: RegExp; script: (r: PatternSpec, audience: string) => string[]; note: string }> = {
  'posture.gitlab-ci.aws-static-keys': {
    uses: USES_AWS,
    script: (r) => snippetScript(r.posture!.replacement.snippet),
    note: 'requests an OIDC token for sts.amazonaws.com and assumes AWS_ROLE_ARN with it (the AWS CLI reads AWS_WEB_IDENTITY_TOKEN_FILE); create the role with a trust policy on this project\'s sub claim',
  },
  'posture.gitlab-ci.vault-token': {
    uses: USES_VAULT,
    script: () => ['export VAULT_TOKEN="$(vault write -field=token auth/jwt/login role=<vault-role> jwt="$VAULT_ID_TOKEN")"'],
    note: 'requests an OIDC token for Vault and exchanges it at auth/jwt/login for a short-lived VAULT_TOKEN; create a JWT role bound to this project (bound_claims project_path, ref) and put its name in role=',
  },
};

function snippetScript(snippet: string): string[] {
  try {
    const v = parseDocument(snippet).toJS() as { script?: unknown };
    return Array.isArray(v.script) ? v.script.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export function fixGitlabCi(text: string, rules: readonly PatternSpec[], findings: readonly Finding[], opts: FixOptions): WorkflowFix {
  const doc = parseYaml(text);
  if (!doc || !isMap(doc.contents)) return { text, applied: [], unfixable: [{ ruleId: '*', job: '*', reason: 'the file is not a YAML mapping that parses' }] };
  const root = doc.contents;
  const lines = pairLines(text);
  const secretLines = findings.filter((f) => !f.ruleId.startsWith('posture.')).map((f) => f.line);
  const flagged = new Set(findings.filter((f) => f.ruleId.startsWith('posture.gitlab-ci.')).map((f) => f.ruleId));
  const touches = (p: Pair) => {
    const s = lines(p);
    return s !== undefined && secretLines.some((l) => l >= s[0] && l <= s[1]);
  };
  const jobs = (root.items as Pair[]).flatMap((p) =>
    isScalar(p.key) && !RESERVED.has(String(p.key.value)) && !String(p.key.value).startsWith('.') && isMap(p.value) ? [{ key: String(p.key.value), pair: p, value: p.value as YAMLMap }] : [],
  );
  const globalVars = mapAt(root, 'variables');
  const edits: TextEdit[] = [];
  const applied: AppliedFix[] = [];
  const unfixable: Unfixable[] = [];
  const removed = new Set<Pair>();
  const removeVar = (p: Pair) => void removed.add(p);
  const deferred: (() => void)[] = [];
  const named = (m: YAMLMap | undefined, names: readonly string[]) => (m?.items ?? []).filter((p) => isScalar(p.key) && names.includes(String(p.key.value)));

  for (const rule of rules) {
    const p = rule.posture;
    if (!p || p.ci !== 'gitlab-ci') continue;
    const globalHits = named(globalVars, p.env);
    const jobHits = jobs.map((j) => ({ job: j, hits: named(mapAt(j.value, 'variables'), p.env) }));
    const any = globalHits.length + jobHits.reduce((n, j) => n + j.hits.length, 0) > 0;
    const wanted = flagged.has(rule.id) || globalHits.some(touches) || jobHits.some((j) => j.hits.some(touches));
    if (!any || !wanted) continue;
    const how = GITLAB_FIXES[rule.id];
    if (!how) {
      unfixable.push({ ruleId: rule.id, job: '*', reason: 'the federated login is a script change (see the migration\'s snippet): edit the job by hand' });
      continue;
    }
    const r = p.replacement;
    const targets = jobs.filter((j) => jobHits.find((h) => h.job === j)!.hits.length > 0 || (globalHits.length > 0 && how.uses.test(text.slice(...spanOf(text, j.pair)))));
    if (targets.length === 0) {
      unfixable.push({ ruleId: rule.id, job: '*', reason: 'no job runs the tool that uses it, so there is no job to give the OIDC token to' });
      continue;
    }
    for (const h of globalHits) if (r.remove.includes(String((h.key as { value: unknown }).value))) removeVar(h);
    for (const j of jobHits) for (const h of j.hits) if (r.remove.includes(String((h.key as { value: unknown }).value))) removeVar(h);
    // Vault's audience is its own address, when the file names it.
    const vaultAddr = [globalVars, ...jobs.map((j) => mapAt(j.value, 'variables'))].map((m) => m?.items.find((x) => isScalar(x.key) && String(x.key.value) === 'VAULT_ADDR')).find((x) => x && isScalar(x.value));
    const audience = vaultAddr ? String((vaultAddr.value as { value: unknown }).value) : '';
    const script = how.script(rule, audience);
    deferred.push(() => {
    for (const j of targets) {
      const job = j.value;
      const col = keyColumn(text, job);
      const last = job.items[job.items.length - 1];
      const end = last ? pairSpan(text, last)?.end : undefined;
      if (col === undefined || end === undefined) {
        unfixable.push({ ruleId: rule.id, job: j.key, reason: 'the job is not a block mapping' });
        continue;
      }
      const pad = ' '.repeat(col);
      const out: string[] = [];
      if (!pairOf(job, 'id_tokens')) {
        out.push(`${pad}id_tokens:`);
        for (const [name, aud] of Object.entries(r.idTokens)) out.push(`${pad}  ${name}:`, `${pad}    aud: ${yamlScalar(opts.values[`${name}.aud`] ?? (aud === '<vault-url>' && /^https?:\/\//.test(audience) ? audience : aud))}`);
      }
      const vars = mapAt(job, 'variables');
      const newVars = Object.entries(r.env).filter(([k]) => !pairOf(vars, k)).map(([k, v]) => [k, k === 'AWS_ROLE_ARN' ? opts.values['role-to-assume'] ?? v : v] as [string, string]);
      if (vars && newVars.length > 0 && !vars.items.every((x) => removed.has(x))) {
        const vcol = keyColumn(text, vars)!;
        const vlast = pairSpan(text, vars.items[vars.items.length - 1]!)!;
        edits.push({ start: vlast.end, end: vlast.end, text: newVars.map(([k, v]) => `${' '.repeat(vcol)}${k}: ${yamlScalar(v)}\n`).join('') });
      } else if (newVars.length > 0) {
        out.push(`${pad}variables:`, ...newVars.map(([k, v]) => `${pad}  ${k}: ${yamlScalar(v)}`));
      }
      const before = pairOf(job, 'before_script');
      if (script.length > 0) {
        if (before && isSeq(before.value) && !before.value.flow && before.value.items.length > 0) {
          const first = before.value.items[0] as { range?: [number, number, number] };
          const at = lineStart(text, first.range![0]);
          const dash = text.slice(at, first.range![0]).replace(/\S.*$/, '');
          edits.push({ start: at, end: at, text: script.map((s) => `${dash}- ${yamlScalar(s)}\n`).join('') });
        } else if (!before) {
          out.push(`${pad}before_script:`, ...script.map((s) => `${pad}  - ${yamlScalar(s)}`));
        }
      }
      if (out.length > 0) edits.push({ start: end, end, text: (text[end - 1] === '\n' ? '' : '\n') + out.join('\n') + '\n' });
      applied.push({
        ruleId: rule.id,
        job: j.key,
        provider: rule.provider,
        notes: [how.note],
      });
    }
    });
  }

  // A literal secret left in variables: (not removed by a federation) is removed, to live in the project's settings.
  for (const map of [globalVars, ...jobs.map((j) => mapAt(j.value, 'variables'))]) {
    for (const pair of map?.items ?? []) {
      if (removed.has(pair) || !isScalar(pair.key) || !touches(pair)) continue;
      const span = lines(pair);
      const f = span && findings.find((x) => !x.ruleId.startsWith('posture.') && x.line >= span[0] && x.line <= span[1]);
      if (!f || (opts.only !== undefined && opts.only.length > 0 && !opts.only.includes(f.ruleId))) continue;
      const name = String(pair.key.value);
      removeVar(pair);
      applied.push({ ruleId: f.ruleId, job: '*', provider: f.provider, notes: [`the literal ${name} is removed from the file: define ${name} as a masked, protected CI/CD variable in the project's settings (Settings > CI/CD > Variables), then revoke the old value: it stays in history (keyshift scan --history shows where)`] });
    }
  }
  for (const d of deferred) d();
  // Removals last, when every decision is made: a variables: block left empty goes with its key.
  for (const map of [globalVars, ...jobs.map((j) => mapAt(j.value, 'variables'))]) {
    if (!map) continue;
    const gone = map.items.filter((x) => removed.has(x));
    if (gone.length === 0) continue;
    const holder = gone.length === map.items.length ? [root as YAMLMap, ...jobs.map((j) => j.value)].flatMap((m) => m.items as Pair[]).find((x) => x.value === map) : undefined;
    for (const x of holder ? [holder] : gone) {
      const e = removePair(text, x);
      if (e) edits.push(e);
    }
  }

  return { text: edits.length === 0 ? text : applyEdits(text, edits), applied, unfixable };
}

function spanOf(text: string, p: Pair): [number, number] {
  const s = pairSpan(text, p)!;
  return [s.start, lineEnd(text, s.end - 1)];
}

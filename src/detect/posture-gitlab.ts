// GitLab CI posture: walks jobs (variables, before_script/script/after_script, id_tokens) for long-lived
// CI/CD variables fed to jobs that could request an `id_tokens` OIDC token instead. Never reports values.
import { isScalar, isSeq } from '../model/yaml-lib.js';
import type { YAMLMap } from 'yaml';
import type { Blob, Match } from '../model/types.js';
import { asMap, deref, entries, getNode, keyName, nodeRange, postureMatch, scalarText, type Doc } from './posture-yaml.js';
import { commandHits, gitlabVarRefs, publishesNpm, publishesPypi, type CompiledRule, type Gates } from './posture-rules.js';

/** Top-level keys that are global keywords, not jobs. */
const GLOBAL_KEYWORDS = new Set([
  'default', 'include', 'stages', 'variables', 'workflow', 'image', 'services', 'cache', 'before_script', 'after_script', 'spec',
]);
const SCRIPT_KEYS = ['before_script', 'script', 'after_script'] as const;
// `auth/<path with jwt or oidc>/login` is checked in two steps: `[\w-]*(?:jwt|oidc)[\w-]*` in one regex
// backtracks quadratically over a long run of word characters.
const FEDERATED_LOGIN_RE = /-method[= ]\s*(?:jwt|oidc)\b|assume-role-with-web-identity|--federated-token\b/;
const FEDERATED_LOGIN = {
  test(script: string): boolean {
    // Each `auth/` starts a run of [\w-] that ends before the next `/`, so the runs never overlap.
    for (let i = script.indexOf('auth/'); i !== -1; i = script.indexOf('auth/', i + 1)) {
      let e = i + 5;
      while (e < script.length && /[\w-]/.test(script[e]!)) e++;
      if (script.startsWith('/login', e) && /jwt|oidc/.test(script.slice(i + 5, e))) return true;
    }
    return FEDERATED_LOGIN_RE.test(script);
  },
};

interface Script {
  text: string;
  start: number;
  end: number;
}

type Emit = (rule: CompiledRule, start: number, end: number, secret: string, details: Record<string, string>) => void;

/** Findings of the given (active, GitLab CI) rules in one parsed `.gitlab-ci.yml`. */
export function detectGitlabPosture(blob: Blob, doc: Doc, rules: readonly CompiledRule[]): Match[] {
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

  const globalVars = asMap(doc, getNode(doc, root, 'variables'));
  const dflt = asMap(doc, getNode(doc, root, 'default'));
  const defaultTokens = idTokenNames(doc, dflt);
  for (const pair of entries(doc, root)) {
    const name = keyName(pair);
    const job = asMap(doc, pair.value);
    if (!job || name === undefined || GLOBAL_KEYWORDS.has(name)) continue;
    const idTokens = new Set([...defaultTokens, ...idTokenNames(doc, job)]);
    // A job without its own before/after_script inherits the default ones.
    const scripts = SCRIPT_KEYS.flatMap((k) => scriptsOf(blob, doc, getNode(doc, job, k) ?? getNode(doc, dflt, k) ?? getNode(doc, root, k)));
    const all = scripts.map((s) => s.text).join('\n');
    const gates: Gates = { 'npm-publish': publishesNpm(all) && !otherNpmRegistry(all), 'pypi-publish': publishesPypi(all) };
    const federated = idTokens.size > 0 || FEDERATED_LOGIN.test(all);
    const jobVars = asMap(doc, getNode(doc, job, 'variables'));

    for (const rule of rules) {
      if (rule.requires && !gates[rule.requires]) continue;
      const byVar =
        variableHit(doc, jobVars, rule, idTokens, { job: name, step: 'variables' }, emit) ||
        variableHit(doc, globalVars, rule, idTokens, { job: '*', step: 'variables' }, emit);
      // A script that uses the variable the CI/CD settings define: report its first use in this job,
      // unless the job obtains that value from its own OIDC login (vault write auth/jwt/login, assume-role-with-web-identity).
      if (!byVar && !(rule.oidcDerivable && federated)) scriptHit(scripts, rule, idTokens, name, emit);
    }
    for (const s of scripts) {
      for (const hit of commandHits(s.text, s.start, rules)) {
        if (hit.command.requires && !gates[hit.command.requires]) continue;
        if (hit.literalOk) {
          emit(hit.rule, hit.start, hit.end, hit.arg, { job: name, step: 'script', input: hit.arg });
          continue;
        }
        const ref = gitlabVarRefs(hit.arg, idTokens)[0];
        // A variable named like the credential is reported by variableHit / scriptHit already; in a job
        // that requests an OIDC token, another variable is most likely what that login returned.
        if (!ref || hit.rule.env.includes(ref.name) || federated) continue;
        emit(hit.rule, hit.start, hit.end, ref.text, { job: name, step: 'script', input: ref.name });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function idTokenNames(doc: Doc, map: YAMLMap | undefined): string[] {
  return entries(doc, asMap(doc, getNode(doc, map, 'id_tokens')))
    .map(keyName)
    .filter((k): k is string => k !== undefined);
}

/** Script lines as source slices (nested lists flattened), so offsets point into the blob. */
function scriptsOf(blob: Blob, doc: Doc, node: unknown, depth = 0): Script[] {
  const n = deref(doc, node);
  if (depth > 4 || n === undefined) return [];
  if (isSeq(n)) return n.items.flatMap((i) => scriptsOf(blob, doc, i, depth + 1));
  const range = nodeRange(n);
  if (!isScalar(n) || !range) return [];
  return [{ text: blob.text.slice(range[0], range[1]), start: range[0], end: range[1] }];
}

/** `//host/...:_authToken` or `--registry` for a host other than npmjs.com (GitLab's own package registry). */
function otherNpmRegistry(script: string): boolean {
  const hosts = [...script.matchAll(/(?:--registry[= ]\s*["']?https?:|_authToken)/g)].length;
  return hosts > 0 && !script.includes('registry.npmjs.org');
}

function variableHit(
  doc: Doc,
  vars: YAMLMap | undefined,
  rule: CompiledRule,
  idTokens: ReadonlySet<string>,
  scope: { job: string; step: string },
  emit: Emit,
): boolean {
  if (!vars) return false;
  const pairs = entries(doc, vars);
  for (const name of rule.env) {
    const pair = pairs.find((p) => keyName(p) === name);
    if (!pair) continue;
    const valueNode = deref(doc, pair.value);
    // `NAME: { value: ..., description: ... }` is the long form of a variable.
    const value = scalarText(doc, valueNode) ?? scalarText(doc, getNode(doc, asMap(doc, valueNode), 'value'));
    const ref = value !== undefined ? gitlabVarRefs(value, idTokens)[0] : undefined;
    const range = nodeRange(pair.key);
    if (ref && range) {
      emit(rule, range[0], range[1], ref.text, { ...scope, input: name });
      return true;
    }
  }
  return false;
}

/** The first use of the most telling variable name (the AWS secret key before the key id). */
function scriptHit(scripts: Script[], rule: CompiledRule, idTokens: ReadonlySet<string>, job: string, emit: Emit): void {
  for (const name of rule.env) {
    for (const s of scripts) {
      const ref = gitlabVarRefs(s.text, idTokens).find((r) => r.name === name);
      if (ref) {
        emit(rule, s.start + ref.index, s.start + ref.index + ref.text.length, ref.text, { job, step: 'script', input: ref.name });
        return;
      }
    }
  }
}

// The posture part of the pattern linter: checks a rule's `posture` data (patterns/posture/*.yaml) for
// what the YAML walkers and a fixer rely on. Reports through lint.ts's report; never loads files or throws.
import { POSTURE_ARG_PLACEHOLDER as ARG_PLACEHOLDER, POSTURE_GATES, POSTURE_UNLESS, type PatternSpec, type PostureRule } from '../model/types.js';
import { checkRegexSafety, countCaptureGroups } from './regex-safety.js';

type Report = (field: string, message: string) => void;

/** The capture `{arg}` stands for (see detect/posture-rules.ts): one group, linear. */
const ARG_STAND_IN = '([^\\s]+)';
/** `*`, `owner/*`, or `owner/repo[/path]`, lowercase, without `@ref` (any version matches). */
const USES_FORMAT = /^(?:\*|[a-z0-9][a-z0-9_.-]*\/(?:\*|[a-z0-9_.-]+(?:\/[a-z0-9_.-]+)*))$/;
const ENV_FORMAT = /^[A-Z_][A-Z0-9_]*$/;
const OIDC_REFERENCE: Record<PostureRule['ci'], string> = {
  'github-actions': 'https://docs.github.com/en/actions/concepts/security/openid-connect',
  'gitlab-ci': 'https://docs.gitlab.com/ci/secrets/id_token_authentication/',
};

function regexProblem(source: string, flags = ''): string | undefined {
  try {
    new RegExp(source, flags);
  } catch (err) {
    return `does not compile: ${(err as Error).message.replace(/^Invalid regular expression: /, '')}`;
  }
  const unsafe = checkRegexSafety(source, flags);
  return unsafe ? `unsafe regex: ${unsafe} (it runs on scripts an attacker may write)` : undefined;
}

function oneOf(values: readonly string[]): string {
  return values.join(' | ');
}

export function lintPosture(spec: PatternSpec, p: PostureRule, report: Report): void {
  const [head, ci] = spec.id.split('.');
  if (head !== 'posture' || ci !== p.ci) report('id', `'${spec.id}' must start with 'posture.${p.ci}.' (the CI system this file's rules inspect)`);
  if (!spec.references.includes(OIDC_REFERENCE[p.ci])) report('references', `add ${OIDC_REFERENCE[p.ci]} (the ${p.ci} OIDC documentation the fix relies on)`);
  const envField = p.ci === 'github-actions' ? 'env' : 'variables';
  const seen = new Set<string>();
  p.env.forEach((name, i) => {
    if (!ENV_FORMAT.test(name)) report(`${envField}[${i}]`, `'${name}' is not an upper-case variable name (A-Z, 0-9, _)`);
    else if (seen.has(name)) report(`${envField}[${i}]`, `'${name}' is listed twice`);
    seen.add(name);
  });
  if (p.requires !== undefined && !(POSTURE_GATES as readonly string[]).includes(p.requires)) {
    report('requires', `'${p.requires}' is not a known gate (${oneOf(POSTURE_GATES)})`);
  }
  if (p.env.length === 0 && p.actions.length === 0 && p.commands.length === 0) {
    report(envField, `the rule looks for nothing: give ${envField}, ${p.ci === 'github-actions' ? 'actions or ' : ''}commands`);
  }

  p.actions.forEach((a, i) => {
    const at = `actions[${i}]`;
    if (!USES_FORMAT.test(a.uses)) {
      report(`${at}.uses`, a.uses.includes('@')
        ? `'${a.uses}' names a version; drop '@...' (any version of the action matches)`
        : `'${a.uses}' is not an action name: use owner/repo[/path] in lowercase, owner/* or *`);
    }
    if (a.inputs.length === 0) report(`${at}.inputs`, 'is empty; name the inputs that take the long-lived credential');
    a.inputs.forEach((input, j) => {
      if (!/^[A-Za-z0-9_-]+$/.test(input)) report(`${at}.inputs[${j}]`, `'${input}' is not an input name (letters, digits, - and _)`);
    });
    if (a.match !== 'exact' && a.match !== 'loose') report(`${at}.match`, `'${String(a.match)}' is not one of exact | loose`);
    if (a.when) {
      if (!a.when.in && !a.when.host) report(`${at}.when`, "needs 'in' or 'host'");
      a.when.in?.forEach((v, j) => {
        if (v !== v.trim().toLowerCase()) report(`${at}.when.in[${j}]`, `'${v}' must be trimmed and lowercase (values are compared that way)`);
      });
      a.when.host?.forEach((h, j) => {
        const problem = regexProblem(h);
        if (problem) report(`${at}.when.host[${j}]`, problem);
      });
    }
  });

  p.commands.forEach((c, i) => {
    const at = `commands[${i}]`;
    if (c.line.length === 0) report(`${at}.line`, 'is empty; give the regex that recognises the command');
    c.line.forEach((l, j) => {
      const problem = regexProblem(l);
      if (problem) report(`${at}.line[${j}]`, problem);
    });
    const parts = c.arg.split(ARG_PLACEHOLDER).length - 1;
    if (parts !== 1) {
      report(`${at}.arg`, `must hold '${ARG_PLACEHOLDER}' exactly once (where the argument is captured), found ${parts}`);
    } else {
      const source = c.arg.replace(ARG_PLACEHOLDER, () => ARG_STAND_IN);
      const problem = regexProblem(source, 'd');
      if (problem) report(`${at}.arg`, problem);
      else {
        let groups: number;
        try {
          groups = countCaptureGroups(source);
        } catch {
          groups = new RegExp(`${source}|`).exec('')!.length - 1;
        }
        if (groups !== 1) report(`${at}.arg`, `has ${groups - 1} capturing group(s) besides ${ARG_PLACEHOLDER}; use (?:...)`);
      }
    }
    if (c.skip !== undefined) {
      const problem = regexProblem(c.skip);
      if (problem) report(`${at}.skip`, problem);
    }
    if (c.requires !== undefined && !(POSTURE_GATES as readonly string[]).includes(c.requires)) {
      report(`${at}.requires`, `'${c.requires}' is not a known gate (${oneOf(POSTURE_GATES)})`);
    }
    if (c.unless !== undefined && !(POSTURE_UNLESS as readonly string[]).includes(c.unless)) {
      report(`${at}.unless`, `'${c.unless}' is not a known check (${oneOf(POSTURE_UNLESS)})`);
    }
  });

  // What a fixer writes: it must be complete enough to apply without guessing.
  const r = p.replacement;
  if (r.snippet.trim() === '') report('replacement.snippet', 'is empty; show the federated configuration');
  if (r.remove.length === 0) report('replacement.remove', 'is empty; name the inputs or variables that carry the long-lived secret');
  if (p.ci === 'github-actions' && r.permissions['id-token'] !== 'write') {
    report('replacement.permissions', "must grant 'id-token: write' (a GitHub job needs it to request an OIDC token)");
  }
  if (p.ci === 'gitlab-ci' && Object.keys(r.idTokens).length === 0) {
    report('replacement.id_tokens', 'is empty; name the id_tokens entry (and its aud) the job requests');
  }
  const shown = [...(r.uses ? [r.uses] : []), ...Object.keys(r.with), ...Object.keys(r.idTokens), ...Object.keys(r.permissions)];
  for (const word of shown) {
    if (!r.snippet.includes(word)) report('replacement.snippet', `does not show '${word}', which the replacement names`);
  }
  if (r.uses !== undefined && !/^[a-z0-9][a-z0-9_.-]*\/[a-z0-9_.-]+(?:\/[a-z0-9_.-]+)*@[\w.\/-]+$/.test(r.uses)) {
    report('replacement.uses', `'${r.uses}' is not owner/repo[/path]@version`);
  }
}

// The CI posture rules compiled from their data (patterns/posture/*.yaml), plus what both walkers share:
// publish detection (the gates), shell command hits, secret references. Pure string logic over already-parsed
// YAML values; must not parse YAML or build Matches, and holds no rule: rules are data.
import { POSTURE_ARG_PLACEHOLDER, type PatternSpec, type PostureGate, type PostureRule, type PostureUnless } from '../model/types.js';

/** One rule ready for a walker: its id, its data, and its regexes compiled once per engine. */
export interface CompiledRule {
  id: string;
  env: readonly string[];
  requires?: PostureGate;
  oidcDerivable: boolean;
  actions: CompiledAction[];
  commands: CompiledCommand[];
}

export interface CompiledAction {
  uses: string;
  inputs: readonly string[];
  match: 'exact' | 'loose';
  secretAfter?: string;
  when?: { input: string; default?: string; in?: readonly string[]; host?: RegExp[] };
}

export interface CompiledCommand {
  line: RegExp[];
  arg: RegExp;
  skip?: RegExp;
  literalOk: boolean;
  requires?: PostureGate;
  unless?: PostureUnless;
}

/** The active posture rules of each CI system, in catalog order. */
export interface CompiledPosture {
  github: CompiledRule[];
  gitlab: CompiledRule[];
}

/** Job facts the rules' `requires` name. */
export type Gates = Record<PostureGate, boolean>;

/** Where a command's argument is captured: a GitHub expression (it contains spaces), a quoted word, or a bare word. */
const ARG = String.raw`(\$\{\{[^}\n]*\}\}|"[^"\n]*"|'[^'\n]*'|[^\s;&|)]+)`;

/** The argument regex of a command, as the engine runs it (`{arg}` replaced by the capture). */
export function commandArgSource(arg: string): string {
  return arg.replace(POSTURE_ARG_PLACEHOLDER, () => ARG);
}

function compileRule(spec: PatternSpec, p: PostureRule): CompiledRule {
  return {
    id: spec.id,
    env: p.env,
    ...(p.requires && { requires: p.requires }),
    oidcDerivable: p.oidcDerivable,
    actions: p.actions.map((a) => ({
      uses: a.uses,
      inputs: a.inputs,
      match: a.match,
      ...(a.secretAfter !== undefined && { secretAfter: a.secretAfter }),
      ...(a.when && {
        when: {
          input: a.when.input,
          ...(a.when.default !== undefined && { default: a.when.default }),
          ...(a.when.in && { in: a.when.in }),
          ...(a.when.host && { host: a.when.host.map((h) => new RegExp(h)) }),
        },
      }),
    })),
    commands: p.commands.map((c) => ({
      // Sticky search from the end of the previous regex's match, so `g`.
      line: c.line.map((l) => new RegExp(l, 'g')),
      arg: new RegExp(commandArgSource(c.arg), 'd'),
      ...(c.skip !== undefined && { skip: new RegExp(c.skip) }),
      literalOk: c.literalOk,
      ...(c.requires && { requires: c.requires }),
      ...(c.unless && { unless: c.unless }),
    })),
  };
}

/** Compiles the posture rules among `specs` (those with `posture` data), once per engine or worker. */
export function compilePosture(specs: readonly PatternSpec[]): CompiledPosture {
  const out: CompiledPosture = { github: [], gitlab: [] };
  for (const spec of specs) {
    if (!spec.posture) continue;
    (spec.posture.ci === 'github-actions' ? out.github : out.gitlab).push(compileRule(spec, spec.posture));
  }
  return out;
}


const NPM_PUBLISH = /\b(?:npm|pnpm)\s+publish\b|\byarn\s+(?:npm\s+)?publish\b|\bchangeset\s+publish\b|\blerna\s+publish\b|\bsemantic-release\b/;
const PYPI_PUBLISH = /\btwine\s+upload\b|\b(?:poetry|uv|flit|hatch)\s+publish\b/;

/** A shell line joined with its `\` continuations, with the offset of its first character in the script. */
export interface ScriptLine {
  text: string;
  offset: number;
}

export function logicalLines(script: string, base = 0): ScriptLine[] {
  const out: ScriptLine[] = [];
  let start = 0;
  let pos = 0;
  while (pos <= script.length) {
    const nl = script.indexOf('\n', pos);
    const end = nl === -1 ? script.length : nl;
    const continued = nl !== -1 && script.slice(pos, end).trimEnd().endsWith('\\');
    if (!continued) {
      out.push({ text: script.slice(start, end), offset: base + start });
      start = end + 1;
    }
    if (nl === -1) break;
    pos = nl + 1;
  }
  return out;
}

/** Trusted publishing exists for npmjs.com only; a line that names another registry is not ours. */
function otherNpmRegistry(line: string): boolean {
  const flag = /--registry[= ]\s*["']?(\S+)/.exec(line);
  return flag !== null && !flag[1]!.includes('registry.npmjs.org');
}

/** PyPI and TestPyPI have trusted publishers; private indexes (Artifactory, GitLab) do not. */
function otherPythonIndex(line: string): boolean {
  const url = /(?:--repository-url|--publish-url)[= ]\s*["']?(\S+)/.exec(line);
  if (url && !url[1]!.includes('pypi.org')) return true;
  const named = /(?:\s-r|--repository)[= ]\s*["']?([\w.-]+)/.exec(line);
  return named !== null && named[1] !== 'pypi' && named[1] !== 'testpypi';
}

/** Whether a script publishes to npmjs.com (dry runs and other registries do not count). */
export function publishesNpm(script: string): boolean {
  return logicalLines(script).some((l) => NPM_PUBLISH.test(l.text) && !/--dry-run\b/.test(l.text) && !otherNpmRegistry(l.text));
}

/** Whether a script uploads to PyPI or TestPyPI. */
export function publishesPypi(script: string): boolean {
  return logicalLines(script).some((l) => PYPI_PUBLISH.test(l.text) && !/--dry-run\b/.test(l.text) && !otherPythonIndex(l.text));
}

/** A registry URL or host that is not npmjs.com / pypi.org means the package goes elsewhere. */
export function registryIsNpmjs(url: string | undefined): boolean {
  return url === undefined || url.trim() === '' || url.includes('registry.npmjs.org');
}

export function indexIsPypi(url: string | undefined): boolean {
  return url === undefined || url.trim() === '' || url.includes('pypi.org');
}

/** A registry value's host (scheme and path removed, lowercased); undefined for nothing or an expression. */
export function registryHost(registry: string | undefined): string | undefined {
  if (!registry || registry.includes('${{')) return undefined;
  return registry.trim().replace(/^[a-z]+:\/\//i, '').split('/')[0]!.toLowerCase();
}

/** A credential argument found in a shell command: rule, [start, end) offsets in the script, argument text. */
export interface CommandHit {
  rule: CompiledRule;
  command: CompiledCommand;
  start: number;
  end: number;
  arg: string;
  /** The command itself proves a long-lived credential (a key file), whatever the argument is. */
  literalOk: boolean;
}

// Every command regex (patterns/posture/*.yaml) runs on script text an attacker may write: the linter
// checks them for overlapping quantifiers, and a `.*` between two literals is written as two `line` regexes.
/** Each regex matches after the previous one's first match (`az login ... --service-principal` without `.*`). */
function lineMatches(res: RegExp[], text: string): boolean {
  let from = 0;
  for (const re of res) {
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) return false;
    from = m.index + m[0].length;
  }
  return true;
}

const UNLESS: Record<PostureUnless, (line: string) => boolean> = {
  'npmrc-other-host': (line) => npmrcForOtherHost(line),
  'other-python-index': (line) => otherPythonIndex(line),
};

/** Credential arguments in a script for the given rules' commands; offsets are relative to `base` + the script text. */
export function commandHits(script: string, base: number, rules: readonly CompiledRule[]): CommandHit[] {
  const hits: CommandHit[] = [];
  if (!rules.some((r) => r.commands.length > 0)) return hits;
  for (const line of logicalLines(script, base)) {
    for (const rule of rules) {
      for (const c of rule.commands) {
        if (!lineMatches(c.line, line.text) || (c.skip && c.skip.test(line.text))) continue;
        if (c.unless && UNLESS[c.unless](line.text)) continue;
        const m = c.arg.exec(line.text);
        const idx = m?.indices?.[1];
        if (!m || !idx) continue;
        const raw = m[1]!;
        const unquoted = /^(["']).*\1$/.test(raw) ? raw.slice(1, -1) : raw;
        const shift = unquoted === raw ? 0 : 1;
        hits.push({
          rule,
          command: c,
          start: line.offset + idx[0] + shift,
          end: line.offset + idx[1] - shift,
          arg: unquoted,
          literalOk: c.literalOk,
        });
      }
    }
  }
  return hits;
}

/**
 * `//npm.pkg.github.com/:_authToken=...` configures another registry, not npmjs.com. By hand, per run of
 * non-blank, unquoted characters: the regex `\/\/([^/:\s"']+)[^\s"']*:_authToken` was quadratic.
 */
function npmrcForOtherHost(line: string): boolean {
  for (const run of line.split(/[\s"']+/)) {
    const last = run.lastIndexOf(':_authToken');
    for (let i = run.indexOf('//'); i !== -1 && i < last; i = run.indexOf('//', i + 1)) {
      let e = i + 2;
      while (e < run.length && run[e] !== '/' && run[e] !== ':') e++;
      if (e > i + 2 && e <= last) return run.slice(i + 2, e) !== 'registry.npmjs.org';
    }
  }
  return false;
}

/** GitHub expressions `${{ ... }}` in a string that read a repository or organisation secret. */
export function githubSecretRefs(s: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  // By hand: an expression runs from `${{` to the first `}}`. The regex this replaces rescanned to the end
  // of the text for every unclosed `${{` (quadratic); when no `}}` follows, no later `${{` can close either.
  for (let i = s.indexOf('${{'); i !== -1; i = s.indexOf('${{', i)) {
    const close = s.indexOf('}}', i + 3);
    if (close === -1) break;
    const text = s.slice(i, close + 2);
    // secrets.NAME, secrets['NAME'], or secrets[matrix.x] (a computed name: some repository secret). Bounded
    // quantifiers: an expression can be a whole hostile script long.
    const names = [...text.matchAll(/\bsecrets\s*(?:\.\s*([A-Za-z_][\w-]*)|\[\s*['"]([^'"]{1,256})['"]\s*\]|\[[^\]]{1,256}\])/g)].map(
      (n) => n[1] ?? n[2] ?? '[computed]',
    );
    // GITHUB_TOKEN is minted per job and expires with it: not a long-lived secret.
    if (names.some((n) => n.toUpperCase() !== 'GITHUB_TOKEN')) out.push({ text, index: i });
    i = close + 2;
  }
  return out;
}

/** GitLab variables that are short-lived or minted per job, never worth a posture finding. */
const GITLAB_EPHEMERAL = /^(?:CI_JOB_TOKEN|CI_JOB_JWT(?:_V\d)?|CI_REGISTRY_PASSWORD|CI_DEPENDENCY_PROXY_PASSWORD)$/;

/** `$NAME` / `${NAME}` references in a GitLab value, minus per-job tokens and the job's `id_tokens`. */
export function gitlabVarRefs(s: string, idTokens: ReadonlySet<string>): { text: string; name: string; index: number }[] {
  const out: { text: string; name: string; index: number }[] = [];
  for (const m of s.matchAll(/(?<!\$)\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))/g)) {
    const name = (m[1] ?? m[2])!;
    if (GITLAB_EPHEMERAL.test(name) || idTokens.has(name)) continue;
    out.push({ text: m[0], name, index: m.index });
  }
  return out;
}

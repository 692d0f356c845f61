// What the CI posture detectors look for, shared by GitHub Actions and GitLab CI: variable names that
// carry long-lived credentials, publish commands, and shell commands that take a credential argument.
// Pure string logic over already-parsed YAML values; must not parse YAML or build Matches.

export const POSTURE_RULES = [
  'aws-static-keys',
  'gcp-credentials-json',
  'azure-client-secret',
  'npm-token-publish',
  'pypi-password-publish',
  'vault-token',
  'docker-password-login',
] as const;
export type PostureRule = (typeof POSTURE_RULES)[number];

/**
 * Environment / CI variable names that carry a long-lived credential, most telling first: in one env
 * block a rule is reported once, at the first name present (the AWS secret key before the key id).
 */
export const ENV_NAMES: Record<PostureRule, readonly string[]> = {
  'aws-static-keys': ['AWS_SECRET_ACCESS_KEY', 'AWS_ACCESS_KEY_ID'],
  // These hold the key JSON itself (GOOGLE_APPLICATION_CREDENTIALS is a path, so it is not listed).
  'gcp-credentials-json': ['GOOGLE_CREDENTIALS', 'GOOGLE_CLOUD_KEYFILE_JSON', 'GCLOUD_KEYFILE_JSON', 'GOOGLE_APPLICATION_CREDENTIALS_JSON'],
  'azure-client-secret': ['AZURE_CLIENT_SECRET', 'ARM_CLIENT_SECRET', 'AZURE_CREDENTIALS'],
  'npm-token-publish': ['NODE_AUTH_TOKEN', 'NPM_TOKEN', 'NPM_AUTH_TOKEN', 'YARN_NPM_AUTH_TOKEN'],
  'pypi-password-publish': ['TWINE_PASSWORD', 'POETRY_PYPI_TOKEN_PYPI', 'UV_PUBLISH_TOKEN', 'UV_PUBLISH_PASSWORD', 'FLIT_PASSWORD', 'HATCH_INDEX_AUTH'],
  'vault-token': ['VAULT_TOKEN'],
  'docker-password-login': [],
};

/** Rules that only apply where the same job publishes a package (a token elsewhere may install only). */
export const PUBLISH_GATED: ReadonlySet<PostureRule> = new Set<PostureRule>(['npm-token-publish', 'pypi-password-publish']);

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

/** Registries whose cloud offers CI federation (ECR, GCR / Artifact Registry, ACR). */
export function federatedRegistry(registry: string | undefined): string | undefined {
  if (!registry || registry.includes('${{')) return undefined;
  const host = registry.trim().replace(/^[a-z]+:\/\//i, '').split('/')[0]!.toLowerCase();
  if (/\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?$/.test(host) || host === 'public.ecr.aws') return 'ecr';
  if (/(?:^|\.)gcr\.io$/.test(host) || /-docker\.pkg\.dev$/.test(host)) return 'gcp';
  if (/\.azurecr\.(?:io|cn|us)$/.test(host)) return 'acr';
  return undefined;
}

/** A credential argument found in a shell command: rule, [start, end) offsets in the script, argument text. */
export interface CommandHit {
  rule: PostureRule;
  start: number;
  end: number;
  arg: string;
  /** The command itself proves a long-lived credential (a key file), whatever the argument is. */
  literalOk: boolean;
}

// A GitHub expression (it contains spaces), a quoted word, or a bare word.
const ARG = String.raw`(\$\{\{[^}\n]*\}\}|"[^"\n]*"|'[^'\n]*'|[^\s;&|)]+)`;
/** `az login ... --service-principal` by search from the first `az login` (`az\s+login\b.*--service-principal` was quadratic). */
const azServicePrincipal = {
  test(line: string): boolean {
    const login = /\baz\s+login\b/g.exec(line);
    if (!login) return false;
    const sp = /--service-principal\b/g;
    sp.lastIndex = login.index + login[0].length;
    return sp.test(line);
  },
};

// Every regex here runs on script text an attacker may write: no two adjacent quantifiers may share a
// character (`\s*[= ]\s*` is written `(?:\s*=|[^\S ]* )\s*`), and no `.*` between two literals.
const COMMANDS: { rule: PostureRule; line: { test(s: string): boolean }; arg: RegExp; skip?: RegExp; literalOk?: boolean }[] = [
  {
    rule: 'gcp-credentials-json',
    line: /\bgcloud\s+auth\s+activate-service-account\b/,
    arg: new RegExp(String.raw`--key-file[= ]\s*${ARG}`, 'd'),
    literalOk: true,
  },
  {
    rule: 'azure-client-secret',
    line: azServicePrincipal,
    arg: new RegExp(String.raw`(?:\s-p|--password|--secret)[= ]\s*${ARG}`, 'd'),
    // A federated token or a certificate file is not a client secret.
    skip: /--federated-token\b|\.pem\b|\.crt\b|\.pfx\b/,
  },
  {
    rule: 'aws-static-keys',
    line: /\baws\s+configure\s+set\s+(?:[\w.-]+\.)?aws_secret_access_key\b/,
    arg: new RegExp(String.raw`aws_secret_access_key\s+${ARG}`, 'd'),
  },
  {
    rule: 'vault-token',
    line: /\bvault\s+login\b/,
    arg: new RegExp(String.raw`\bvault\s+login\s+(?:-no-print\s+)?(?!-)${ARG}`, 'd'),
    skip: /-method[= ]\s*(?!token\b)/,
  },
  {
    rule: 'npm-token-publish',
    line: /_authToken/,
    arg: new RegExp(String.raw`_authToken["']?(?:\s*=|[^\S ]* )\s*${ARG}`, 'd'),
  },
  {
    rule: 'pypi-password-publish',
    line: PYPI_PUBLISH,
    arg: new RegExp(String.raw`(?:\s-p|--password|--token)[= ]\s*${ARG}`, 'd'),
  },
];

/** Credential arguments in a script; offsets are relative to `base` + the script text. */
export function commandHits(script: string, base: number): CommandHit[] {
  const hits: CommandHit[] = [];
  for (const line of logicalLines(script, base)) {
    for (const c of COMMANDS) {
      if (!c.line.test(line.text) || (c.skip && c.skip.test(line.text))) continue;
      if (c.rule === 'npm-token-publish' && npmrcForOtherHost(line.text)) continue;
      if (c.rule === 'pypi-password-publish' && otherPythonIndex(line.text)) continue;
      const m = c.arg.exec(line.text);
      const idx = m?.indices?.[1];
      if (!m || !idx) continue;
      const raw = m[1]!;
      const unquoted = /^(["']).*\1$/.test(raw) ? raw.slice(1, -1) : raw;
      const shift = unquoted === raw ? 0 : 1;
      hits.push({
        rule: c.rule,
        start: line.offset + idx[0] + shift,
        end: line.offset + idx[1] - shift,
        arg: unquoted,
        literalOk: c.literalOk === true,
      });
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

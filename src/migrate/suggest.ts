// Turns migration data into advice: one suggestion per finding (variant chosen by file context),
// general rule help for SARIF, and the full text behind `keyshift explain`. Pure: no I/O, no secrets.
import type { CredentialKind, FileContext, Finding, MigrationSuggestion, PatternSpec } from '../model/types.js';
import { FILE_CONTEXTS } from '../model/types.js';
import type { MigrationEntry, MigrationVariant } from './load.js';

/** What users read for each file context. */
export const CONTEXT_LABELS: Record<FileContext, string> = {
  'github-workflow': 'GitHub Actions workflow',
  'gitlab-ci': 'GitLab CI',
  'other-ci': 'other CI systems',
  dockerfile: 'Dockerfile',
  compose: 'Compose file',
  kubernetes: 'Kubernetes manifest',
  'helm-values': 'Helm values',
  terraform: 'Terraform',
  dotenv: '.env file',
  'package-config': 'package-manager config (.npmrc, .pypirc, .netrc, docker config.json)',
  code: 'application code',
  config: 'config file',
  docs: 'documentation',
  other: 'other files',
};

const FIX_LEAK_PATH = 'short-lived-fix-leak-path';
const NO_FEDERATION_FALLBACK = 'saas-secrets-manager';

/** Used only when a finding names no usable key: by credential kind first, then by provider. */
const KIND_FALLBACK: Partial<Record<CredentialKind, string>> = {
  'short-lived-token': FIX_LEAK_PATH,
  'private-key': 'private-key-short-lived-certs',
  'refresh-token': 'refresh-token-exchange',
  'password-hash': 'password-hash-removal',
};
const PROVIDER_FALLBACK: Record<string, string> = {
  aws: 'aws-oidc',
  gcp: 'gcp-workload-identity',
  google: 'gcp-workload-identity',
  azure: 'azure-federated-identity',
  github: 'github-app',
  gitlab: 'gitlab-ci-job-token',
  bitbucket: 'bitbucket-oidc',
  npm: 'npm-trusted-publishing',
  pypi: 'pypi-trusted-publishing',
  rubygems: 'rubygems-trusted-publishing',
  nuget: 'nuget-trusted-publishing',
  crates: 'crates-trusted-publishing',
  docker: 'docker-registry-oidc',
  dockerhub: 'docker-registry-oidc',
  vault: 'vault-jwt-auth',
  hashicorp: 'vault-jwt-auth',
  terraform: 'terraform-dynamic-credentials',
  kubernetes: 'kubernetes-projected-token',
  slack: 'slack-app-rotation',
  jwt: 'jwt-short-lived',
};

interface KeyInput {
  kind: CredentialKind;
  provider: string;
  /** The pattern's `migration` key, when the caller knows it. */
  key?: string;
}

/**
 * Picks the migration entry for a credential. A short-lived token never needs a migration, so it
 * always gets the leak-path advice; otherwise the pattern's key wins, then kind and provider defaults.
 */
export function resolveMigration(input: KeyInput, entries: Map<string, MigrationEntry>): MigrationEntry | undefined {
  const named = input.key !== undefined ? entries.get(input.key) : undefined;
  if (input.kind === 'short-lived-token' && named?.replacement !== 'fix-leak-path') {
    const leak = entries.get(FIX_LEAK_PATH);
    if (leak) return leak;
  }
  if (named) return named;
  const byKind = KIND_FALLBACK[input.kind];
  if (byKind && entries.has(byKind)) return entries.get(byKind);
  const byProvider = PROVIDER_FALLBACK[input.provider.toLowerCase()];
  if (byProvider && entries.has(byProvider)) return entries.get(byProvider);
  return entries.get(NO_FEDERATION_FALLBACK);
}

/**
 * The context-specific suggestion for one finding (posture findings included). `key` is the
 * pattern's `migration` field; without it, finding.details.migration, then kind/provider defaults.
 */
export function suggestMigration(
  finding: Finding,
  entries: Map<string, MigrationEntry>,
  key?: string,
): MigrationSuggestion {
  const detailKey = finding.details?.['migration'];
  const entry = resolveMigration(
    { kind: finding.kind, provider: finding.provider, key: key ?? (typeof detailKey === 'string' ? detailKey : undefined) },
    entries,
  );
  if (!entry) return genericSuggestion(finding);
  const vars = { path: finding.path, provider: finding.provider, ruleId: finding.ruleId };
  const variantName = entry.contexts[finding.context] ? finding.context : 'default';
  const merged = mergeVariant(entry, entry.contexts[finding.context]);
  const steps = [...jwtNotes(finding, entry), ...merged.steps].map((s) => fill(s, vars));
  const suggestion: MigrationSuggestion = {
    key: entry.key,
    variant: variantName,
    summary: fill(merged.summary, vars),
    steps,
    references: merged.references,
  };
  if (merged.snippet !== undefined) suggestion.snippet = fill(merged.snippet, vars);
  return suggestion;
}

/** General guidance for a rule (SARIF rule help): default variant plus the list of context variants. */
export function ruleHelp(spec: PatternSpec, entries: Map<string, MigrationEntry>): { text: string; markdown: string } {
  const entry = resolveMigration({ kind: spec.kind, provider: spec.provider, key: spec.migration }, entries);
  const prose = { path: 'the file', provider: spec.provider, ruleId: spec.id };
  const code = { path: '<file>', provider: spec.provider, ruleId: spec.id };
  const head = `${spec.name} (${spec.id}): ${spec.kind}, default severity ${spec.severity}.`;
  const refs = unique([...(entry?.references ?? []), ...spec.references]);
  if (!entry) {
    const text = `${head}\nNo migration guidance is available for key '${spec.migration}'. Rotate the credential and keep it in a secrets manager.`;
    return { text, markdown: `${escapeMd(head)}\n\n${escapeMd(text.split('\n')[1] ?? '')}` };
  }
  const summary = fill(entry.summary, prose);
  const steps = entry.steps.map((s) => fill(s, prose));
  const snippet = entry.snippet !== undefined ? fill(entry.snippet, code) : undefined;
  const variants = variantList(entry);

  const text: string[] = [head, '', `Replace with: ${entry.title}`, summary, '', 'Steps:'];
  steps.forEach((s, i) => text.push(`  ${i + 1}. ${s}`));
  if (snippet !== undefined) text.push('', 'Example:', indent(snippet, '    '));
  if (variants.length > 0) {
    text.push('', `Each result carries the variant for its file context: ${variants.map((c) => CONTEXT_LABELS[c]).join(', ')}.`);
  }
  if (refs.length > 0) text.push('', 'References:', ...refs.map((r) => `  - ${r}`));

  const md: string[] = [
    `**${escapeMd(spec.name)}** (\`${spec.id}\`): ${spec.kind}, default severity ${spec.severity}.`,
    '',
    `### Replace with: ${escapeMd(entry.title)}`,
    '',
    escapeMd(summary),
    '',
    ...steps.map((s, i) => `${i + 1}. ${escapeMd(s)}`),
  ];
  if (snippet !== undefined) md.push('', fence(snippet, entry.snippetLang));
  if (variants.length > 0) {
    md.push(
      '',
      `Each result carries the variant for its file context. Variants: ${variants.map((c) => `${CONTEXT_LABELS[c]} (\`${c}\`)`).join(', ')}.`,
    );
  }
  if (refs.length > 0) md.push('', '**References**', '', ...refs.map((r) => `- <${r}>`));
  return { text: text.join('\n'), markdown: md.join('\n') };
}

/** Which variants `keyshift explain` prints: the default one (and the list of the others), one, or all. */
export type ExplainScope = { kind: 'default' } | { kind: 'context'; context: FileContext | 'default' } | { kind: 'all' };

/**
 * Guidance for `keyshift explain <pattern-id>`. By default: the summary, the default guidance and the names
 * of the context variants (an entry can have a dozen, over 200 lines); `context` prints the one variant a
 * finding in that context gets (the default guidance when the entry has no variant for it); `all` prints
 * the default and every variant.
 */
export function explainPattern(spec: PatternSpec, entries: Map<string, MigrationEntry>, scope: ExplainScope = { kind: 'default' }): string {
  const entry = resolveMigration({ kind: spec.kind, provider: spec.provider, key: spec.migration }, entries);
  const out: string[] = [
    `${spec.id}: ${spec.name}`,
    `  provider ${spec.provider} | kind ${spec.kind} | severity ${spec.severity} | confidence ${spec.confidence}`,
  ];
  if (spec.publishable) out.push('  publishable by design: reported at low severity');
  if (!entry) {
    out.push('', `No migration guidance found for key '${spec.migration}'. Rotate the credential and keep it in a secrets manager.`);
    if (spec.references.length > 0) out.push('', 'References:', ...spec.references.map((r) => `  - ${r}`));
    return out.join('\n');
  }
  const prose = { path: 'the file', provider: spec.provider, ruleId: spec.id };
  const code = { path: '<file>', provider: spec.provider, ruleId: spec.id };
  out.push(
    '',
    `Migration: ${entry.key}: ${entry.title}`,
    `  replacement ${entry.replacement} | federation path: ${entry.federation ? 'yes' : 'no'}`,
  );
  if (entry.key !== spec.migration) {
    out.push(`  (the pattern names '${spec.migration}'; ${spec.kind === 'short-lived-token' ? 'short-lived tokens get leak-path advice' : 'that key is missing, so a default applies'})`);
  }
  const section = (title: string, v: { summary: string; steps: string[]; snippet?: string }, inherited: Set<string>): void => {
    out.push('', title, `  ${fill(v.summary, prose)}`);
    if (inherited.has('steps')) out.push('  Steps: as in the default guidance.');
    else {
      out.push('  Steps:');
      v.steps.forEach((s, i) => out.push(`    ${i + 1}. ${fill(s, prose)}`));
    }
    if (v.snippet !== undefined) {
      if (inherited.has('snippet')) out.push('  Example: as in the default guidance.');
      else out.push('  Example:', indent(fill(v.snippet, code), '      '));
    }
  };
  const variants = variantList(entry);
  let shown: FileContext[] = [];
  if (scope.kind === 'context' && scope.context !== 'default') {
    const ctx = scope.context;
    if (entry.contexts[ctx]) {
      // Printed alone, a variant shows the steps and example it inherits instead of pointing elsewhere.
      section(`Variant for ${CONTEXT_LABELS[ctx]} (${ctx}):`, mergeVariant(entry, entry.contexts[ctx]), new Set());
      shown = [ctx];
    } else {
      section(`Default guidance (no variant for ${ctx}, so findings there get this):`, entry, new Set());
    }
  } else {
    section('Default guidance (any file without its own variant):', entry, new Set());
    if (scope.kind === 'all') {
      shown = variants;
      for (const ctx of variants) {
        const variant = entry.contexts[ctx] ?? {};
        const inherited = new Set<string>();
        if (variant.steps === undefined) inherited.add('steps');
        if (variant.snippet === undefined) inherited.add('snippet');
        section(`Variant for ${CONTEXT_LABELS[ctx]} (${ctx}):`, mergeVariant(entry, variant), inherited);
      }
    } else if (scope.kind === 'default' && variants.length > 0) {
      out.push(
        '',
        `Context variants (${variants.length}): ${variants.join(', ')}`,
        `  keyshift explain ${spec.id} --context <name> prints one; --all-contexts prints them all.`,
      );
    }
  }
  const refs = unique([...entry.references, ...spec.references, ...shown.flatMap((c) => entry.contexts[c]?.references ?? [])]);
  out.push('', 'References:', ...refs.map((r) => `  - ${r}`));
  return out.join('\n');
}

function mergeVariant(
  entry: MigrationEntry,
  variant: MigrationVariant | undefined,
): { summary: string; steps: string[]; snippet?: string; references: string[] } {
  const merged: { summary: string; steps: string[]; snippet?: string; references: string[] } = {
    summary: variant?.summary ?? entry.summary,
    steps: variant?.steps ?? entry.steps,
    references: unique([...entry.references, ...(variant?.references ?? [])]),
  };
  const snippet = variant?.snippet ?? entry.snippet;
  if (snippet !== undefined) merged.snippet = snippet;
  return merged;
}

/** Extra facts from a decoded JWT that make the advice specific (issue 4, item 5). */
function jwtNotes(finding: Finding, entry: MigrationEntry): string[] {
  const jwt = finding.jwt;
  if (!jwt || entry.replacement === 'fix-leak-path') return [];
  const notes: string[] = [];
  if (jwt.exp === undefined) {
    notes.push('This token has no `exp` claim, so it never expires on its own; only rotating its signing key or revoking its subject ends it.');
  } else if (jwt.lifetimeSeconds !== undefined && jwt.lifetimeSeconds > 86_400) {
    notes.push(`This token is valid for about ${Math.round(jwt.lifetimeSeconds / 86_400)} days; issue tokens that live minutes instead.`);
  }
  if (jwt.alg && /^HS\d+$/i.test(jwt.alg)) {
    notes.push(`It is signed with a shared HMAC secret (${jwt.alg}): anyone holding that secret can mint tokens, so move signing to an asymmetric key published as a JWKS.`);
  }
  return notes;
}

function genericSuggestion(finding: Finding): MigrationSuggestion {
  return {
    key: 'none',
    variant: 'default',
    summary: 'Rotate this credential and move it to a secrets manager read with the workload\'s identity.',
    steps: [
      `Rotate the credential found in ${finding.path}.`,
      'Store the new value in a secrets manager and read it at runtime with the workload\'s identity; rotate it on a schedule.',
    ],
    references: ['https://owasp.org/www-project-non-human-identities-top-10/2025/top-10-2025/'],
  };
}

/** Context variants in the order of FILE_CONTEXTS, so output is stable. */
function variantList(entry: MigrationEntry): FileContext[] {
  return FILE_CONTEXTS.filter((c) => entry.contexts[c] !== undefined);
}

function fill(s: string, vars: { path: string; provider: string; ruleId: string }): string {
  return s.replace(/\{(path_sh|path|provider|ruleId)\}/g, (_m, name: 'path_sh' | 'path' | 'provider' | 'ruleId') => (name === 'path_sh' ? shellQuote(vars.path) : vars[name]));
}

/** A POSIX shell word for `s`: bare when it holds only safe characters, else single-quoted ('\'' for a quote). */
export function shellQuote(s: string): string {
  return /^[A-Za-z0-9_./@%+=:,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

function indent(s: string, pad: string): string {
  return s
    .split('\n')
    .map((l) => (l.length > 0 ? pad + l : l))
    .join('\n');
}

/** A fence longer than any backtick run inside the snippet, so the block cannot end early. */
function fence(snippet: string, lang: string | undefined): string {
  const longest = Math.max(0, ...[...snippet.matchAll(/`+/g)].map((m) => m[0].length));
  const f = '`'.repeat(Math.max(3, longest + 1));
  return `${f}${lang ?? ''}\n${snippet}\n${f}`;
}

/** Keeps prose from turning into markup by accident; inline code spans are left alone. */
function escapeMd(s: string): string {
  return s
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/([\\*_[\]<|])/g, '\\$1')))
    .join('');
}

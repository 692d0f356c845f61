// Helpers shared by the formatters: deterministic ordering, counting, id normalisation and escaping.
// Nothing here reveals a secret; callers decide that from FormatOptions.showSecrets.
import { SEVERITIES, severityRank } from '../model/types.js';
import { isLeftOut } from '../model/types.js';
import type { CredentialKind, Finding, ScanResult, Severity } from '../model/types.js';
import { visibleControls } from '../model/untrusted.js';

/**
 * The documented sort order of every output: path, line, column, rule id, then fingerprint as tie-break (in a
 * merged report the repository comes first).
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.repository ?? '', b.repository ?? '') ||
    cmp(a.path, b.path) ||
    a.line - b.line ||
    a.column - b.column ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.fingerprint, b.fingerprint) ||
    cmp(a.commit?.sha ?? '', b.commit?.sha ?? '')
  );
}

/** Most severe first, then the documented location order. */
export function compareBySeverity(a: Finding, b: Finding): number {
  return severityRank(b.severity) - severityRank(a.severity) || compareFindings(a, b);
}

/** Credential kinds in the order they are fixed: what lives longest and is hardest to contain first. */
const FIX_KIND_ORDER: readonly CredentialKind[] = ['long-lived-credential', 'static-key', 'private-key', 'refresh-token', 'password-hash', 'short-lived-token'];

/**
 * The fix-first order (HTML report, docs/org.md): severity, then kind (long-lived first), then reuse (a secret
 * shared by more repositories first), then a provider-confirmed active secret first, then the location order.
 */
export function compareFixFirst(a: Finding, b: Finding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    FIX_KIND_ORDER.indexOf(a.kind) - FIX_KIND_ORDER.indexOf(b.kind) ||
    (b.reuse?.repositories ?? 1) - (a.reuse?.repositories ?? 1) ||
    Number(b.verification?.status === 'active') - Number(a.verification?.status === 'active') ||
    compareFindings(a, b)
  );
}

/** Where a finding is, as one string: `path:line`, or `owner/name:path:line` in a merged report. */
export function placeOf(f: Finding): string {
  return `${f.repository !== undefined ? `${f.repository}:` : ''}${f.path}:${f.line}`;
}

export function sortedFindings(findings: readonly Finding[], compare = compareFindings): Finding[] {
  return [...findings].sort(compare);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The skip tallies every summary shows: files skipped for a problem, and what was left out on purpose,
 * what git ignores split into files and pruned directories (paths ending in '/'). Results built by hand
 * (tests, older callers) may carry counts without the list; the larger figure wins.
 */
export function skipTally(result: ScanResult): { skipped: number; ignoredFiles: number; ignoredDirs: number; excluded: number } {
  const listed = result.skips.filter((s) => !isLeftOut(s)).length;
  const ignored = result.skips.filter((s) => s.reason === 'ignored');
  const ignoredDirs = ignored.filter((s) => s.path.endsWith('/')).length;
  const excluded = result.skips.filter((s) => s.reason === 'excluded').length;
  return {
    skipped: Math.max(result.counts.filesSkipped, listed),
    ignoredFiles: ignored.length - ignoredDirs,
    ignoredDirs,
    excluded: Math.max(result.counts.excluded ?? 0, excluded),
  };
}

export function isSuppressed(f: Finding): boolean {
  return f.suppressions.length > 0;
}

/** Severities, most severe first, for headers and tables. */
export const SEVERITIES_DESC: readonly Severity[] = [...SEVERITIES].reverse();

export function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

/** Entries with the largest count first, ties by name, so tables and charts are stable. */
export function rankedEntries(counts: Map<string, number>): [string, number][] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]));
}

export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { low: 0, medium: 0, high: 0, critical: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

/** 'aws.access-key-id' -> 'AwsAccessKeyId' (the SARIF rule name). */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/** 'NHI2', 'nhi2:2025', 'NHI2:2025' -> 'NHI2'. */
export function normalizeNhi(id: string): string {
  const m = /^nhi\s*(\d+)/i.exec(id.trim());
  return m ? `NHI${m[1]}` : id.trim();
}

/** '798', 'cwe-798', 'CWE-798' -> 'CWE-798'. */
export function normalizeCwe(id: string): string {
  const m = /^(?:cwe-?)?(\d+)$/i.exec(id.trim());
  return m ? `CWE-${m[1]}` : id.trim();
}

/** Titles from the OWASP Non-Human Identities Top 10 (2025). */
export const NHI_TITLES: Record<string, string> = {
  NHI1: 'Improper Offboarding',
  NHI2: 'Secret Leakage',
  NHI3: 'Vulnerable Third-Party NHI',
  NHI4: 'Insecure Authentication',
  NHI5: 'Overprivileged NHI',
  NHI6: 'Insecure Cloud Deployment Configurations',
  NHI7: 'Long-Lived Secrets',
  NHI8: 'Environment Isolation',
  NHI9: 'NHI Reuse',
  NHI10: 'Human Use of NHI',
};

/** MITRE titles of the CWEs the catalog attaches. */
export const CWE_TITLES: Record<string, string> = {
  'CWE-798': 'Use of Hard-coded Credentials',
  'CWE-259': 'Use of Hard-coded Password',
  'CWE-321': 'Use of Hard-coded Cryptographic Key',
  'CWE-522': 'Insufficiently Protected Credentials',
  'CWE-312': 'Cleartext Storage of Sensitive Information',
  'CWE-313': 'Cleartext Storage in a File or on Disk',
  'CWE-256': 'Plaintext Storage of a Password',
  'CWE-260': 'Password in Configuration File',
  'CWE-526': 'Cleartext Storage of Sensitive Information in an Environment Variable',
  'CWE-532': 'Insertion of Sensitive Information into Log File',
  'CWE-540': 'Inclusion of Sensitive Information in Source Code',
  'CWE-615': 'Inclusion of Sensitive Information in Source Code Comments',
  'CWE-262': 'Not Using Password Aging',
  'CWE-263': 'Password Aging with Long Expiration',
  'CWE-250': 'Execution with Unnecessary Privileges',
  'CWE-269': 'Improper Privilege Management',
};

export const KIND_LABELS: Record<CredentialKind, string> = {
  'long-lived-credential': 'long-lived credential',
  'refresh-token': 'refresh token',
  'static-key': 'static key',
  'short-lived-token': 'short-lived token',
  'private-key': 'private key',
  'password-hash': 'password hash',
};

/**
 * Makes an untrusted string (a file name, a warning) safe to print on one line: control characters,
 * including ESC (terminal injection), newlines (forged output lines) and bidi controls, become visible escapes.
 */
export const oneLine = visibleControls;

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${num(n)} ${n === 1 ? one : many}`;
}

/**
 * n as `toLocaleString('en-US')` writes it (12,345). Safe integers are grouped here: the first
 * toLocaleString of a process starts ICU's number formatting, 15-20 ms of a pre-commit hook's run.
 */
export function num(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let out = digits.length > 3 ? digits.slice(0, digits.length % 3 || 3) : digits;
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}


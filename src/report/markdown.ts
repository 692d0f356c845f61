// The NHI inventory report in GitHub-flavoured markdown (Mermaid charts, counts, fix-first list, migration
// plan per provider, OWASP NHI / CWE mapping) and the compact summary table for PR comments. Never reveals secrets.
import type { CredentialKind, FileContext, Finding, MigrationSuggestion } from '../model/types.js';
import {
  CWE_TITLES,
  NHI_TITLES,
  SEVERITIES_DESC,
  compareBySeverity,
  countBy,
  isSuppressed,
  normalizeCwe,
  normalizeNhi,
  num,
  placeOf,
  plural,
  rankedEntries,
  severityCounts,
  skipTally,
} from './common.js';
import type { FormatOptions, OrgView, Report } from './types.js';
import { fillTemplate, mdCodeBlock, mdCode as codeSpan, mdEscape, mdText, mdTrusted, mdUrl } from '../model/untrusted.js';

const CI_CONTEXTS = new Set<FileContext>(['github-workflow', 'gitlab-ci', 'other-ci']);
const DEFAULT_FIX_FIRST = 25;
const DEFAULT_PLACES = 50;
/** Skipped repositories listed in a merged report (a job summary has a size limit); the rest are counted. */
const MAX_SKIPPED_REPOSITORIES = 100;

/** Why a finding is on the fix-first list, most urgent first; undefined when it is not. */
function urgency(f: Finding): { rank: number; why: string } | undefined {
  const longLived = f.kind === 'long-lived-credential' || f.kind === 'static-key';
  if (longLived && CI_CONTEXTS.has(f.context) && (f.severity === 'critical' || f.severity === 'high')) {
    return { rank: 0, why: `${f.kind} in CI (${f.context})` };
  }
  if (f.kind === 'refresh-token') return { rank: 1, why: 'refresh token' };
  if (f.kind === 'private-key') return { rank: 2, why: 'private key' };
  if (f.severity === 'critical') return { rank: 3, why: `critical ${f.kind}` };
  return undefined;
}

export function formatMarkdown(report: Report, opts: FormatOptions): string {
  const { result, tool } = report;
  const active = result.findings.filter((f) => !isSuppressed(f)).sort(compareBySeverity);
  const suppressed = result.findings.length - active.length;
  const out: string[] = [];

  out.push(`# Non-human identity inventory`, '');
  out.push(
    `${tool.name} ${mdText(tool.version)} found ${plural(active.length, 'secret')} in ${plural(result.counts.filesScanned, 'file')} scanned` +
      ` (${num(suppressed)} suppressed, ${plural(skipTally(result).skipped, 'file')} skipped).`,
  );

  if (report.org) out.push('', ...orgRepositories(report.org, active));

  if (!active.length) {
    out.push('', 'No findings: nothing to migrate.');
    return `${out.join('\n')}\n`;
  }

  // What `keyshift fix` can change for you comes first: a reviewed diff away from gone.
  const fixable = active.filter((f) => f.fix !== undefined);
  if (fixable.length) {
    out.push('', '## Fixable now', '', `${plural(fixable.length, 'finding')} ${fixable.length === 1 ? 'has' : 'have'} a mechanical fix: \`keyshift fix\` prints it as a diff, \`keyshift fix --write\` applies it. Revoke each replaced secret afterwards.`, '');
    out.push(row(['Severity', 'Rule', 'Location', 'The change']), row(['---', '---', '---', '---']));
    for (const f of fixable.slice(0, opts.maxFindings ?? DEFAULT_FIX_FIRST)) out.push(row([f.severity, mdCode(f.ruleId), mdCode(place(f)), mdText(f.fix!.description)]));
    if (fixable.length > (opts.maxFindings ?? DEFAULT_FIX_FIRST)) out.push('', `… and ${plural(fixable.length - (opts.maxFindings ?? DEFAULT_FIX_FIRST), 'more fixable finding')}.`);
  }

  const byKind = rankedEntries(countBy(active, (f) => f.kind));
  const byProvider = rankedEntries(countBy(active, (f) => f.provider));
  out.push('', pie('Findings by kind', byKind), '', pie('Findings by provider', byProvider));

  out.push('', '## Counts', '', '### By kind', '');
  out.push(row(['Kind', 'Findings', ...SEVERITIES_DESC.map(cap)]), row(['---', '--:', ...SEVERITIES_DESC.map(() => '--:')]));
  for (const [kind] of byKind) {
    const list = active.filter((f) => f.kind === kind);
    const sev = severityCounts(list);
    out.push(row([mdText(kind), num(list.length), ...SEVERITIES_DESC.map((s) => num(sev[s]))]));
  }
  out.push('', '### By provider', '', row(['Provider', 'Findings', 'Kinds']), row(['---', '--:', '---']));
  for (const [provider, n] of byProvider) {
    const kinds = rankedEntries(countBy(active.filter((f) => f.provider === provider), (f) => f.kind)).map(([k]) => k);
    out.push(row([mdText(provider), num(n), mdText(kinds.join(', '))]));
  }
  out.push('', '### By context', '', row(['Context', 'Findings']), row(['---', '--:']));
  for (const [context, n] of rankedEntries(countBy(active, (f) => f.context))) out.push(row([mdText(context), num(n)]));
  if (report.org) {
    out.push('', '### By repository', '', row(['Repository', 'Findings', ...SEVERITIES_DESC.map(cap)]), row(['---', '--:', ...SEVERITIES_DESC.map(() => '--:')]));
    for (const [repo, n] of rankedEntries(countBy(active, (f) => f.repository ?? ''))) {
      const sev = severityCounts(active.filter((f) => f.repository === repo));
      out.push(row([mdCode(repo), num(n), ...SEVERITIES_DESC.map((s) => num(sev[s]))]));
    }
  }
  // Only when the scan verified (--verify): how many of each answer.
  if (active.some((f) => f.verification !== undefined)) {
    out.push('', '### By verification', '', row(['Status', 'Findings']), row(['---', '--:']));
    for (const [status, n] of rankedEntries(countBy(active, (f) => f.verification?.status ?? 'not checked'))) out.push(row([mdText(status), num(n)]));
  }

  if (report.org) out.push('', ...reuseSection(report.org));

  const urgent = active
    .map((f) => ({ f, u: urgency(f) }))
    .filter((x): x is { f: Finding; u: { rank: number; why: string } } => x.u !== undefined)
    .sort((a, b) => a.u.rank - b.u.rank || compareBySeverity(a.f, b.f));
  const fixLimit = opts.maxFindings ?? DEFAULT_FIX_FIRST;
  out.push('', '## Fix these first', '');
  if (urgent.length) {
    out.push('Long-lived credentials in CI, refresh tokens and private keys, then anything else critical.', '');
    out.push(row(['#', 'Severity', 'Why', 'Rule', 'Location', 'Preview']), row(['--:', '---', '---', '---', '---', '---']));
    urgent.slice(0, fixLimit).forEach(({ f, u }, i) => {
      out.push(row([String(i + 1), f.severity, mdText(u.why), mdCode(f.ruleId), mdCode(place(f)), mdCode(f.preview)]));
    });
    if (urgent.length > fixLimit) out.push('', `… and ${plural(urgent.length - fixLimit, 'more finding')} of this kind.`);
  } else {
    out.push('Nothing critical: no long-lived credential in CI, no refresh token, no private key.');
  }

  out.push('', '## Migration plan', '');
  const placeLimit = opts.maxFindings ?? DEFAULT_PLACES;
  for (const [provider, n] of byProvider) {
    out.push(`### ${mdText(provider)} (${plural(n, 'finding')})`, '');
    // `from`: the finding whose migration text the group shows (it was filled with that finding's path).
    const groups = new Map<string, { m: MigrationSuggestion | undefined; list: Finding[]; from: Finding }>();
    for (const f of active.filter((x) => x.provider === provider)) {
      const key = f.migration ? `${f.migration.key}\0${f.migration.variant}` : '';
      const g = groups.get(key) ?? { m: f.migration, list: [], from: f };
      g.list.push(f);
      groups.set(key, g);
    }
    const ordered = [...groups.entries()].sort((a, b) => b[1].list.length - a[1].list.length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const [, { m, list, from }] of ordered) {
      if (m) {
        const filled = [from.path, from.provider, from.ruleId];
        out.push(`#### ${fillTemplate(m.summary, filled, mdTrusted)}`, '', `Migration ${mdCode(m.key)}, variant ${mdCode(m.variant)}.`, '');
        if (m.steps.length) out.push(...m.steps.map((s, i) => `${i + 1}. ${fillTemplate(s, filled, mdEscape)}`), '');
        if (m.snippet) out.push(mdCodeBlock(m.snippet), '');
        if (m.references.length) out.push(`References: ${m.references.map(mdUrl).join(', ')}`, '');
      } else {
        out.push('#### No migration guidance attached', '', 'Rotate the secret, remove it from the repository, and load it at runtime from a secrets manager.', '');
      }
      out.push(`Applies to ${plural(list.length, 'place')}:`, '');
      const places = [...list].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
      for (const f of places.slice(0, placeLimit)) out.push(`- ${mdCode(place(f))} (${mdCode(f.ruleId)}, ${f.severity})`);
      if (places.length > placeLimit) out.push(`- … and ${num(places.length - placeLimit)} more`);
      out.push('');
    }
  }

  out.push('## OWASP NHI Top 10 and CWE mapping', '');
  out.push(row(['Id', 'Title', 'Findings', 'Rules']), row(['---', '---', '--:', '---']));
  const nhi = mapping(active, (f) => f.nhi.map(normalizeNhi));
  const nhiIds = [...nhi.keys()].sort((a, b) => Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, '')) || (a < b ? -1 : 1));
  for (const id of nhiIds) {
    const m = nhi.get(id)!;
    out.push(row([`${mdText(id)}:2025`, mdText(NHI_TITLES[id] ?? ''), num(m.count), mdText([...m.rules].sort().join(', '))]));
  }
  const cwe = mapping(active, (f) => f.cwe.map(normalizeCwe));
  const cweIds = [...cwe.keys()].sort((a, b) => Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, '')) || (a < b ? -1 : 1));
  for (const id of cweIds) {
    const m = cwe.get(id)!;
    out.push(row([mdText(id), mdText(CWE_TITLES[id] ?? ''), num(m.count), mdText([...m.rules].sort().join(', '))]));
  }
  return `${out.join('\n')}\n`;
}

/** A compact table (kind by severity) for a PR comment or a job summary. */
export function formatSummaryTable(report: Report): string {
  const { result, tool } = report;
  const active = result.findings.filter((f) => !isSuppressed(f));
  const suppressed = result.findings.length - active.length;
  const head =
    `**${mdText(tool.name)}**: ${plural(active.length, 'finding')} in ${plural(result.counts.filesScanned, 'file')} scanned` +
    ` (${num(suppressed)} suppressed, ${plural(skipTally(result).skipped, 'file')} skipped)`;
  if (!active.length) return `${head}\n`;
  const lines = [head, '', row(['Kind', ...SEVERITIES_DESC.map(cap), 'Total']), row(['---', ...SEVERITIES_DESC.map(() => '--:'), '--:'])];
  for (const [kind, n] of rankedEntries(countBy(active, (f) => f.kind))) {
    const sev = severityCounts(active.filter((f) => f.kind === (kind as CredentialKind)));
    lines.push(row([mdText(kind), ...SEVERITIES_DESC.map((s) => num(sev[s])), num(n)]));
  }
  const total = severityCounts(active);
  lines.push(row(['**Total**', ...SEVERITIES_DESC.map((s) => `**${num(total[s])}**`), `**${num(active.length)}**`]));
  return `${lines.join('\n')}\n`;
}

function mapping(findings: Finding[], ids: (f: Finding) => string[]): Map<string, { count: number; rules: Set<string> }> {
  const out = new Map<string, { count: number; rules: Set<string> }>();
  for (const f of findings) {
    for (const id of new Set(ids(f))) {
      const m = out.get(id) ?? { count: 0, rules: new Set<string>() };
      m.count++;
      m.rules.add(f.ruleId);
      out.set(id, m);
    }
  }
  return out;
}

function pie(title: string, entries: [string, number][]): string {
  const body = entries.map(([label, n]) => `    "${label.replace(/[^\w .\-/()+]/g, ' ')}" : ${n}`);
  return ['```mermaid', `pie showData title ${title}`, ...body, '```'].join('\n');
}

function place(f: Finding): string {
  return placeOf(f);
}

/** A merged report's repositories: how many, and a table of the skipped ones with their reasons. */
function orgRepositories(org: OrgView, active: Finding[]): string[] {
  const skipped = org.repositories.filter((r) => r.repository.status === 'skipped');
  const out = [
    '## Repositories',
    '',
    `Merged from ${plural(org.repositories.length, 'repository', 'repositories')}: ${num(org.repositories.length - skipped.length)} scanned, ${num(skipped.length)} skipped; ` +
      `${plural(new Set(active.map((f) => f.repository)).size, 'repository', 'repositories')} with findings, ${plural(org.reuse.length, 'secret')} reused across repositories.`,
  ];
  if (skipped.length) {
    out.push('', row(['Skipped repository', 'Reason', 'Detail']), row(['---', '---', '---']));
    for (const r of skipped.slice(0, MAX_SKIPPED_REPOSITORIES)) out.push(row([mdCode(r.repository.fullName), mdText(r.repository.reason ?? ''), mdText(r.repository.detail ?? '')]));
    if (skipped.length > MAX_SKIPPED_REPOSITORIES) out.push('', `… and ${plural(skipped.length - MAX_SKIPPED_REPOSITORIES, 'more skipped repository', 'more skipped repositories')}; --format json lists them all.`);
  }
  return out;
}

/** The reuse section (OWASP NHI9): one row per shared secret, with every place. */
function reuseSection(org: OrgView): string[] {
  const out = ['## Reused across repositories', ''];
  if (!org.reuse.length) return [...out, 'No secret is reported in more than one repository.'];
  out.push(
    'The same secret (same fingerprint) in several repositories is one credential to rotate, with every place to change (OWASP NHI9, reuse of NHI). Each of its findings is raised one severity step (high becomes critical; critical stays critical).',
    '',
    row(['Severity', 'Fingerprint', 'Rule', 'Provider', 'Kind', 'Repositories', 'Places']),
    row(['---', '---', '---', '---', '---', '--:', '---']),
  );
  for (const e of org.reuse) {
    const places = e.places.map((p) => mdCode(`${p.repository}:${p.path}:${p.line}`)).join('<br>');
    out.push(row([`${e.severity} (was ${e.severityBefore})`, mdCode(e.fingerprint), mdCode(e.ruleId), mdText(e.provider), mdText(e.kind), num(e.repositories), places]));
  }
  return out;
}

function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Every code span of this report may sit in a table cell, so `|` is always escaped (untrusted.ts). */
function mdCode(s: string): string {
  return codeSpan(s, { table: true });
}


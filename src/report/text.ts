// Human-readable output: a summary first, then one line per finding with its migration hint.
// ANSI colour only when opts.color; untrusted strings are escaped to one line; secrets only with showSecrets.
import type { Finding, Severity } from '../model/types.js';
import {
  SEVERITIES_DESC,
  compareBySeverity,
  isSuppressed,
  num,
  oneLine,
  plural,
  rankedEntries,
  countBy,
  severityCounts,
  skipTally,
  sortedFindings,
} from './common.js';
import type { FormatOptions, OrgView, Report } from './types.js';
import { formatSize } from '../model/size.js';

const ESC = '\u001b[';
const SEVERITY_STYLE: Record<Severity, string> = { critical: '1;35', high: '1;31', medium: '33', low: '36' };
/** Warnings printed without --verbose; the rest are counted. */
const QUIET_WARNINGS = 20;

export function formatText(report: Report, opts: FormatOptions): string {
  const paint = (code: string, s: string): string => (opts.color ? `${ESC}${code}m${s}${ESC}0m` : s);
  const { result, tool } = report;
  const active = result.findings.filter((f) => !isSuppressed(f)).sort(compareBySeverity);
  const suppressed = sortedFindings(result.findings.filter(isSuppressed), compareBySeverity);
  const out: string[] = [];

  const tally = skipTally(result);
  out.push(
    paint('1', `${tool.name} ${tool.version}`) +
      `: ${plural(result.counts.filesScanned, 'file')} scanned (${formatSize(result.counts.bytesScanned)}), ${num(tally.skipped)} skipped` +
      (tally.excluded ? `, ${num(tally.excluded)} excluded` : ''),
  );
  if (tally.ignoredFiles + tally.ignoredDirs > 0) {
    const what = [tally.ignoredFiles ? plural(tally.ignoredFiles, 'file') : '', tally.ignoredDirs ? plural(tally.ignoredDirs, 'directory', 'directories') : '']
      .filter(Boolean)
      .join(' and ');
    out.push(`${what} ignored by .gitignore; --no-ignore to scan ${tally.ignoredFiles + tally.ignoredDirs === 1 ? 'it' : 'them'}`);
  }
  const sev = severityCounts(active);
  const bySeverity = SEVERITIES_DESC.filter((s) => sev[s] > 0).map((s) => paint(SEVERITY_STYLE[s], `${s} ${num(sev[s])}`));
  out.push(
    `${plural(active.length, 'finding')}` +
      (bySeverity.length ? ` (${bySeverity.join(', ')})` : '') +
      `, ${num(suppressed.length)} suppressed` +
      (suppressed.length && !opts.showSuppressed ? ' (--show-suppressed to list)' : ''),
  );
  if (result.warnings.length) out.push(paint('33', `${plural(result.warnings.length, 'warning')}`));
  if (report.org) out.push(...orgSummary(report.org, paint));

  const limit = opts.maxFindings !== undefined ? Math.max(0, opts.maxFindings) : Infinity;
  if (active.length) {
    out.push('');
    for (const f of active.slice(0, limit)) out.push(...findingLines(f, opts, paint));
    if (active.length > limit) {
      out.push(`… ${num(active.length - limit)} more ${active.length - limit === 1 ? 'finding' : 'findings'} not shown (raise --max-findings, or use --format json for all)`);
    }
  } else {
    out.push('', 'No findings.');
  }

  if (report.org?.reuse.length) out.push('', ...reuseLines(report.org, paint));

  if (opts.showSuppressed && suppressed.length) {
    out.push('', paint('1', `Suppressed (${num(suppressed.length)}):`));
    for (const f of suppressed.slice(0, limit)) {
      const [first, ...rest] = findingLines(f, opts, paint);
      const why = f.suppressions.map((s) => `${s.kind} ${s.source}${s.justification ? `: ${s.justification}` : ''}`).join('; ');
      out.push(`${first}  ${paint('2', `[suppressed: ${oneLine(why)}]`)}`, ...rest);
    }
    if (suppressed.length > limit) out.push(`… ${num(suppressed.length - limit)} more suppressed not shown`);
  }

  if (opts.verbose && result.skips.length) {
    const reasons = rankedEntries(countBy(result.skips, (s) => s.reason)).map(([r, n]) => `${r} ${num(n)}`).join(', ');
    out.push('', paint('1', `Skipped files (${num(result.skips.length)}: ${reasons}):`));
    const skips = [...result.skips].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const s of skips) out.push(`  ${oneLine(s.path)}  ${s.reason}${s.detail ? ` (${oneLine(s.detail)})` : ''}`);
  }

  if (result.warnings.length) {
    const shown = opts.verbose ? result.warnings : result.warnings.slice(0, QUIET_WARNINGS);
    out.push('', paint('1', 'Warnings:'));
    for (const w of shown) out.push(`  ${oneLine(w)}`);
    if (shown.length < result.warnings.length) out.push(`  … ${num(result.warnings.length - shown.length)} more (--verbose to list all)`);
  }
  return `${out.join('\n')}\n`;
}

/** A merged report's repository line, and one line per skipped repository with its reason. */
function orgSummary(org: OrgView, paint: (code: string, s: string) => string): string[] {
  const skipped = org.repositories.filter((r) => r.repository.status === 'skipped');
  const out = [`${plural(org.repositories.length, 'repository', 'repositories')} merged (${num(org.repositories.length - skipped.length)} scanned, ${num(skipped.length)} skipped), ${plural(org.reuse.length, 'secret')} reused across repositories`];
  for (const r of skipped) {
    const why = [r.repository.reason, r.repository.detail].filter(Boolean).join(': ');
    out.push(paint('2', `  skipped ${oneLine(r.repository.fullName)}${why ? ` (${oneLine(why)})` : ''}`));
  }
  return out;
}

/** The reuse section: one block per shared secret, every place listed (OWASP NHI9). */
function reuseLines(org: OrgView, paint: (code: string, s: string) => string): string[] {
  const out = [paint('1', `Reused across repositories (${num(org.reuse.length)}; OWASP NHI9, each raised one severity step):`)];
  for (const e of org.reuse) {
    out.push(
      `  ${paint(SEVERITY_STYLE[e.severity], e.severity.toUpperCase())} (was ${e.severityBefore})  ${oneLine(e.ruleId)}  ${oneLine(e.provider)}  ${e.kind}  fingerprint ${oneLine(e.fingerprint)}  in ${plural(e.repositories, 'repository', 'repositories')}`,
    );
    for (const p of e.places) out.push(`    ${oneLine(p.repository)}:${oneLine(p.path)}:${p.line}`);
  }
  return out;
}

/** `active as octocat, scopes repo, workflow; expires 2026-12-31` / `inactive (GitHub answered 401 ...)`. */
function verificationLine(v: NonNullable<Finding['verification']>): string {
  const parts: string[] = [v.status];
  if (v.identity) parts.push(`as ${oneLine(v.identity)}`);
  if (v.scopes) parts.push(`scopes ${v.scopes.length ? v.scopes.map(oneLine).join(', ') : 'none'}`);
  if (v.expiresAt) parts.push(`expires ${v.expiresAt.slice(0, 10)}`);
  if (v.reason) parts.push(`(${oneLine(v.reason)})`);
  return parts.join(' ');
}

function findingLines(f: Finding, opts: FormatOptions, paint: (code: string, s: string) => string): string[] {
  const shown = opts.showSecrets ? oneLine(f.secret.reveal()) : oneLine(f.preview);
  const commit = f.commit ? `  commit ${f.commit.sha.slice(0, 12)}` : '';
  const lines = [
    `${paint('1', `${f.repository !== undefined ? `${oneLine(f.repository)}:` : ''}${oneLine(f.path)}:${f.line}:${f.column}`)}  ${paint(SEVERITY_STYLE[f.severity], f.severity.toUpperCase())}  ${f.kind}  ${oneLine(f.ruleId)}  ${shown}${commit}`,
  ];
  if (f.reuse) lines.push(`    ${paint('35', `reused in ${plural(f.reuse.repositories, 'repository', 'repositories')} (severity raised from ${f.reuse.severityBefore})`)}`);
  if (f.alsoAt) lines.push(`    ${paint('2', `also at ${f.alsoAt.map(oneLine).join(', ')}`)}`);
  if (f.verification) lines.push(`    ${paint(f.verification.status === 'active' ? '31' : '2', `verified: ${verificationLine(f.verification)}`)}`);
  const head = headStatus(f);
  if (head) lines.push(`    ${head.present ? paint('33', head.text) : paint('2', head.text)}`);
  if (f.migration?.summary) lines.push(`    ${paint('2', `→ ${oneLine(f.migration.summary)}`)}`);
  return lines;
}

/**
 * For --history findings (details.presentAtHead set by consolidateHistory): is the secret still in the
 * checked-out tree, or only in history? Either way it must be rotated; only the first needs a code change.
 */
function headStatus(f: Finding): { present: boolean; text: string } | undefined {
  const d = f.details;
  if (typeof d?.presentAtHead !== 'boolean') return undefined;
  if (d.presentAtHead) {
    const where = typeof d.headPath === 'string' && d.headPath !== f.path ? ` (in ${oneLine(d.headPath)})` : '';
    return { present: true, text: `still present at HEAD${where}` };
  }
  if (typeof d.removedIn === 'string') return { present: false, text: `removed at HEAD (still in history; removed in commit ${d.removedIn.slice(0, 12)})` };
  // Never reached HEAD's line of history (a branch that was not merged) or left it some other way.
  return { present: false, text: 'not at HEAD (still in history)' };
}


// SARIF 2.1.0 for GitHub code scanning: rules, results, fingerprints, suppressions and upload limits.
// Never writes a secret value unless opts.showSecrets (then only in result.properties.secret).
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type * as sarif from 'sarif';
import { isLeftOut, severityRank } from '../model/types.js';
import type { Finding, PatternSpec, Severity } from '../model/types.js';
import {
  compareBySeverity,
  compareFindings,
  countBy,
  isSuppressed,
  normalizeCwe,
  normalizeNhi,
  num,
  pascalCase,
  plural,
  rankedEntries,
  sortedFindings,
} from './common.js';
import type { FormatOptions, OrgView, Report, RuleInfo } from './types.js';
import { fillTemplate, mdCodeBlock, mdCode, mdEscape, mdText, mdTrusted, mdUrl } from '../model/untrusted.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** GitHub rejects more results per run; it keeps the top 5,000 by severity for display. */
export const GITHUB_MAX_RESULTS = 25_000;
/** GitHub rejects a gzip-compressed SARIF file above 10 MB; 10^7 bytes keeps us under either reading of MB. */
export const GITHUB_MAX_GZIP_BYTES = 10_000_000;
/**
 * Our content fingerprint's key in partialFingerprints; bump the version if its definition changes. v2: the salted
 * scrypt fingerprint (`ks2_…`, model/fingerprint.ts); v1 was the unsalted SHA-256 (docs/fingerprints.md).
 */
export const SECRET_FINGERPRINT_KEY = 'keyshift/secret/v2';

export interface SarifOptions extends FormatOptions {
  /** Code scanning category (runAutomationDetails.id); a trailing '/' is added when missing. */
  category?: string;
  /** Limits, overridable for tests; default to GitHub's. */
  maxResults?: number;
  maxGzipBytes?: number;
}

const LEVEL: Record<Severity, sarif.ReportingConfiguration.level> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};

/** GitHub: >= 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '2.0',
};

const MAX_TAGS = 20;

export function formatSarif(report: Report, opts: SarifOptions): string {
  return serialize(buildSarif(report, opts));
}

function serialize(log: sarif.Log): string {
  return `${JSON.stringify(log, null, 2)}\n`;
}

export function buildSarif(report: Report, opts: SarifOptions): sarif.Log {
  if (report.org) return buildOrgSarif(report, report.org, opts);
  const maxResults = opts.maxResults ?? GITHUB_MAX_RESULTS;
  const maxGzip = opts.maxGzipBytes ?? GITHUB_MAX_GZIP_BYTES;
  const all = report.result.findings;
  // Truncation keeps unsuppressed before suppressed, then the most severe, then the stable location order.
  const ranked = [...all].sort((a, b) => Number(isSuppressed(a)) - Number(isSuppressed(b)) || compareBySeverity(a, b));

  let keep = Math.min(ranked.length, maxResults);
  for (;;) {
    const log = buildLog(report, opts, ranked.slice(0, keep), all.length);
    if (keep === 0) return log;
    // zlib is loaded here, not at import: only an upload-size check needs it (not a pre-commit hook's start).
    const size = process.getBuiltinModule('node:zlib').gzipSync(serialize(log)).length;
    if (size <= maxGzip) return log;
    // Shrink in proportion to the overshoot, with a margin, and always by at least one result.
    keep = Math.min(keep - 1, Math.floor((keep * maxGzip * 0.9) / size));
    keep = Math.max(keep, 0);
  }
}

function buildLog(report: Report, opts: SarifOptions, kept: Finding[], total: number): sarif.Log {
  const findings = sortedFindings(kept, compareFindings);
  const infoById = new Map(report.rules.map((r) => [r.spec.id, r]));
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  const ruleIds = [...byRule.keys()].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const rules = ruleIds.map((id) => buildRule(infoById.get(id) ?? synthesizeRule(byRule.get(id)![0]!), byRule.get(id)!));

  const lineHashSeen = new Map<string, number>();
  const results = findings.map((f) => buildResult(f, ruleIndex.get(f.ruleId)!, opts, lineHashSeen));

  const driver: sarif.ToolComponent = {
    name: report.tool.name,
    semanticVersion: report.tool.version,
    ...(report.tool.informationUri ? { informationUri: report.tool.informationUri } : {}),
    rules,
  };
  const run: sarif.Run = {
    tool: { driver },
    originalUriBaseIds: { '%SRCROOT%': { uri: rootUri(report.result.root) } },
    invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications(report, kept.length, total, opts) }],
    results,
    columnKind: 'utf16CodeUnits',
  };
  if (opts.category) run.automationDetails = { id: opts.category.endsWith('/') ? opts.category : `${opts.category}/` };
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
}

/**
 * A merged report as one run per repository (docs/json-output.md): each run is that repository's own scan
 * (its root as %SRCROOT%, paths relative to it), named in run.properties.repository; a skipped repository is a
 * run without results and with a notification. A result whose secret other repositories share carries
 * properties.reuse with every place, and the tag owasp-nhi/NHI9.
 */
function buildOrgSarif(report: Report, org: OrgView, opts: SarifOptions): sarif.Log {
  const reuse = new Map(org.reuse.map((e) => [e.fingerprint, e]));
  const runs = org.repositories.map((r) => {
    const counts = { ...r.counts, findings: r.findings.filter((f) => !isSuppressed(f)).length, suppressed: r.findings.filter(isSuppressed).length };
    const sub: Report = { result: { findings: r.findings, skips: r.skips, warnings: r.warnings, counts, root: r.root, durationMs: 0 }, rules: report.rules, tool: report.tool };
    const run = buildSarif(sub, opts).runs[0]!;
    const { repository } = r;
    run.properties = {
      repository: repository.fullName,
      status: repository.status,
      ...(repository.defaultBranch !== undefined ? { defaultBranch: repository.defaultBranch } : {}),
      ...(repository.head !== undefined ? { head: repository.head } : {}),
      history: repository.history,
      ...(r.org ? { org: r.org.name } : {}),
    };
    if (repository.status === 'skipped') {
      const why = [repository.reason, repository.detail].filter(Boolean).join(': ');
      run.invocations![0]!.toolExecutionNotifications!.unshift({
        level: 'warning',
        descriptor: { id: 'keyshift/repository-skipped' },
        message: { text: sentence(`Repository ${repository.fullName} was not scanned${why ? ` (${why})` : ''}`) },
      });
    }
    for (const res of run.results ?? []) {
      const e = reuse.get(String(res.properties?.fingerprint ?? ''));
      if (!e || res.suppressions) continue;
      res.properties = {
        ...res.properties,
        tags: ['owasp-nhi/NHI9'],
        reuse: { repositories: e.repositories, severityBefore: e.severityBefore, places: e.places.map((p) => `${p.repository}:${p.path}:${p.line}`) },
      };
    }
    return run;
  });
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs };
}

/** A rule for a finding whose pattern the caller did not pass (user or posture patterns): still valid for GitHub. */
function synthesizeRule(f: Finding): RuleInfo {
  const spec: PatternSpec = {
    id: f.ruleId,
    name: f.ruleName || f.ruleId,
    provider: f.provider,
    family: f.provider,
    kind: f.kind,
    severity: f.severity,
    confidence: f.confidence,
    keywords: [],
    regex: '',
    flags: '',
    migration: f.migration?.key ?? '',
    references: f.migration?.references ?? [],
    tags: [],
    cwe: f.cwe,
    generic: false,
    publishable: false,
    allow: [],
    examples: [],
    negativeExamples: [],
  };
  const advice = f.migration?.summary ?? 'Remove the secret from the repository, rotate it, and load it at runtime from a secrets manager.';
  return { spec, help: { text: `${spec.name}. ${advice}`, markdown: `**${mdText(spec.name)}**\n\n${fillTemplate(advice, filledWith(f), mdTrusted)}` } };
}

function buildRule(info: RuleInfo, findings: Finding[]): sarif.ReportingDescriptor {
  const { spec } = info;
  const cwe = unique([...spec.cwe, ...findings.flatMap((f) => f.cwe)].map(normalizeCwe));
  const nhi = unique(findings.flatMap((f) => f.nhi).map(normalizeNhi)).sort(byNhiNumber);
  const tags = unique([
    'security',
    'secret',
    spec.kind,
    spec.provider,
    'CWE-798',
    ...cwe,
    ...nhi.map((id) => `owasp-nhi/${id}`),
    ...cwe.map((c) => `external/cwe/${c.toLowerCase()}`),
    ...spec.tags,
  ].filter(Boolean)).slice(0, MAX_TAGS);
  return {
    id: spec.id,
    name: pascalCase(spec.id).slice(0, 255),
    shortDescription: { text: clip(spec.name || spec.id, 1024) },
    fullDescription: {
      text: clip(`${spec.name || spec.id}: a ${spec.kind} from provider ${spec.provider}, reported at ${spec.severity} severity.`, 1024),
    },
    help: { text: info.help.text || `${spec.name}.`, markdown: info.help.markdown || info.help.text || `${spec.name}.` },
    defaultConfiguration: { level: LEVEL[spec.severity] },
    properties: {
      tags,
      precision: spec.confidence,
      // GitHub reads security-severity only from the rule: take the most severe of the spec and its results.
      'security-severity': SECURITY_SEVERITY[maxSeverity([spec.severity, ...findings.map((f) => f.severity)])],
      kind: spec.kind,
      provider: spec.provider,
    },
  };
}

function buildResult(f: Finding, ruleIndex: number, opts: SarifOptions, seen: Map<string, number>): sarif.Result {
  const hash = createHash('sha256').update(f.ruleId).update(f.fingerprint).digest('hex').slice(0, 16);
  // Same rule and secret twice in one file: number the occurrences like codeql-action does.
  const seenKey = `${f.path}\0${hash}`;
  const n = (seen.get(seenKey) ?? 0) + 1;
  seen.set(seenKey, n);

  const summary = f.migration?.summary;
  const reused = f.reuse ? ` The same secret is in ${f.reuse.repositories} repositories (OWASP NHI9): severity raised from ${f.reuse.severityBefore}.` : '';
  const text = sentence(`${f.ruleName} (${f.kind}) found${summary ? `; ${lowerFirst(stripFinalStop(summary))}` : ''}`) + reused;
  const properties: sarif.PropertyBag = {
    kind: f.kind,
    severity: f.severity,
    'security-severity': SECURITY_SEVERITY[f.severity],
    confidence: f.confidence,
    fingerprint: f.fingerprint,
    provider: f.provider,
    context: f.context,
    pathRole: f.pathRole,
    ...(summary ? { migration: summary } : {}),
    ...(f.migration ? { migrationKey: f.migration.key, migrationVariant: f.migration.variant } : {}),
    nhi: f.nhi,
    cwe: f.cwe,
    checksum: f.checksum,
    preview: f.preview,
    secretLength: f.secretLength,
    ...(f.notes.length ? { notes: f.notes } : {}),
    ...(f.alsoAt ? { alsoAt: f.alsoAt } : {}),
    ...(f.verification ? { verification: { ...f.verification } } : {}),
    ...(f.commit ? { commitSha: f.commit.sha, commitDate: f.commit.date } : {}),
    ...(f.repository !== undefined ? { repository: f.repository } : {}),
    ...(f.details && Object.keys(f.details).length ? { details: { ...f.details } } : {}),
    ...(f.jwt ? { jwt: { ...f.jwt } } : {}),
    ...(opts.showSecrets ? { secret: f.secret.reveal() } : {}),
  };
  const endLine = Math.max(f.endLine, f.line);
  const endColumn = endLine === f.line ? Math.max(f.endColumn, f.column + 1) : Math.max(f.endColumn, 1);
  const result: sarif.Result = {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text, markdown: resultMarkdown(f) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: relativeUri(f.path), uriBaseId: '%SRCROOT%' },
          region: { startLine: f.line, startColumn: f.column, endLine, endColumn },
        },
      },
    ],
    partialFingerprints: { primaryLocationLineHash: `${hash}:${n}`, [SECRET_FINGERPRINT_KEY]: f.fingerprint },
    properties,
  };
  if (f.fix) result.fixes = [sarifFix(f, f.fix)];
  if (f.suppressions.length) {
    result.suppressions = f.suppressions.map((s) => ({
      kind: s.kind,
      status: 'accepted',
      justification: s.justification ?? `Suppressed by ${s.source}.`,
      properties: { source: s.source },
    }));
  }
  return result;
}

/**
 * `keyshift fix`'s change as a SARIF fix: whole-line replacements (a deleted region from column 1 of its first
 * line to column 1 of the line after it; an insertion is the empty region at column 1 of the line it precedes).
 */
function sarifFix(f: Finding, fix: NonNullable<Finding['fix']>): sarif.Fix {
  return {
    description: { text: fix.description },
    artifactChanges: [
      {
        artifactLocation: { uri: relativeUri(f.path), uriBaseId: '%SRCROOT%' },
        replacements: fix.hunks.map((h) => ({
          deletedRegion: { startLine: h.startLine, startColumn: 1, endLine: h.startLine + h.deleteLines, endColumn: 1 },
          ...(h.insert.length > 0 ? { insertedContent: { text: h.insert.join('') } } : {}),
        })),
      },
    ],
  };
}

/** The values a finding's migration text was filled with ({path}, {provider}, {ruleId}): not ours to trust. */
function filledWith(f: Finding): string[] {
  return [f.path, f.provider, f.ruleId];
}

/** GitHub renders message.markdown: rule details are untrusted (custom patterns), migration text is ours plus the path. */
function resultMarkdown(f: Finding): string {
  const lines = [
    `**${mdText(f.ruleName)}** (${mdCode(f.ruleId)}): a ${f.kind} at ${f.severity} severity, found in a ${f.context} file. Preview: ${mdCode(f.preview)}.`,
  ];
  if (f.reuse) lines.push('', `**Reused:** the same secret is in ${f.reuse.repositories} repositories (OWASP NHI9); severity raised from ${f.reuse.severityBefore}.`);
  if (f.commit) lines.push('', `Introduced in commit \`${f.commit.sha.slice(0, 12)}\` (${mdText(f.commit.date)}).`);
  if (f.jwt) {
    const parts = [f.jwt.alg && `alg ${f.jwt.alg}`, f.jwt.iss && `issuer ${f.jwt.iss}`, f.jwt.lifetimeSeconds !== undefined && `lifetime ${f.jwt.lifetimeSeconds} s`, f.jwt.expired && 'expired'];
    lines.push('', `JWT: ${mdText(parts.filter(Boolean).join(', ') || 'no claims decoded')}.`);
  }
  const m = f.migration;
  if (m) {
    lines.push('', `**What should replace it:** ${fillTemplate(m.summary, filledWith(f), mdEscape)}`);
    if (m.steps.length) lines.push('', ...m.steps.map((s, i) => `${i + 1}. ${fillTemplate(s, filledWith(f), mdEscape)}`));
    if (m.snippet) lines.push('', mdCodeBlock(m.snippet));
    if (m.references.length) lines.push('', ...m.references.map((r) => `- ${mdUrl(r)}`));
  }
  return lines.join('\n');
}

/** Notifications listed one per ignored path; the rest are counted in one more. */
const MAX_IGNORED_NOTIFICATIONS = 100;

function notifications(report: Report, kept: number, total: number, opts: SarifOptions): sarif.Notification[] {
  const out: sarif.Notification[] = [];
  const { warnings } = report.result;
  const skips = report.result.skips.filter((s) => !isLeftOut(s));
  const ignored = report.result.skips.filter((s) => s.reason === 'ignored');
  const excluded = report.result.skips.filter((s) => s.reason === 'excluded');
  if (skips.length) {
    const reasons = rankedEntries(countBy(skips, (s) => s.reason)).map(([r, n]) => `${r} ${num(n)}`).join(', ');
    out.push({
      level: 'note',
      descriptor: { id: 'keyshift/skipped-files' },
      message: { text: `${num(skips.length)} files were skipped (${reasons}); run with --verbose to list them.` },
    });
  }
  // What .gitignore hides is where leaks hide on developer machines: each path is listed, with its location.
  for (const s of ignored.slice(0, MAX_IGNORED_NOTIFICATIONS)) {
    const dir = s.path.endsWith('/');
    out.push({
      level: 'note',
      descriptor: { id: 'keyshift/ignored-file' },
      message: { text: `${dir ? 'Directory' : 'File'} ${s.path} is ignored by .gitignore and was not scanned; run with --no-ignore to scan it.` },
      locations: [{ physicalLocation: { artifactLocation: { uri: relativeUri(dir ? s.path.slice(0, -1) : s.path), uriBaseId: '%SRCROOT%' } } }],
    });
  }
  if (ignored.length > MAX_IGNORED_NOTIFICATIONS) {
    out.push({
      level: 'note',
      descriptor: { id: 'keyshift/ignored-file' },
      message: { text: `${plural(ignored.length - MAX_IGNORED_NOTIFICATIONS, 'more path', 'more paths')} ignored by .gitignore were not listed; --format json lists them all.` },
    });
  }
  if (excluded.length) {
    out.push({
      level: 'note',
      descriptor: { id: 'keyshift/excluded-files' },
      message: { text: `${plural(excluded.length, 'path')} ${excluded.length === 1 ? 'was' : 'were'} excluded by .keyshiftignore or exclude globs; run with --verbose to list them.` },
    });
  }
  for (const w of warnings.slice(0, 100)) {
    out.push({ level: 'warning', descriptor: { id: 'keyshift/warning' }, message: { text: sentence(w) } });
  }
  if (warnings.length > 100) {
    out.push({ level: 'warning', descriptor: { id: 'keyshift/warning' }, message: { text: `${num(warnings.length - 100)} more warnings were not included.` } });
  }
  if (kept < total) {
    const maxResults = opts.maxResults ?? GITHUB_MAX_RESULTS;
    const maxGzip = opts.maxGzipBytes ?? GITHUB_MAX_GZIP_BYTES;
    out.push({
      level: 'warning',
      descriptor: { id: 'keyshift/truncated' },
      message: {
        text:
          `${num(total - kept)} of ${num(total)} results were dropped to stay within the upload limits ` +
          `(${num(maxResults)} results per run, ${num(maxGzip)} bytes gzip-compressed); the most severe were kept. ` +
          'Use --format json for the full list.',
      },
      properties: { dropped: total - kept, kept, total },
    });
  }
  return out;
}

/**
 * A repository-relative POSIX path as a relative URI reference (RFC 3986): each segment's UTF-8 bytes outside
 * the unreserved set are percent-encoded (space, `#`, `?`, `%`, `:`, non-ASCII), `/` separates segments. Paths
 * are POSIX by the time they get here (the walker converts Windows separators), so a backslash is part of a
 * name and is encoded (`%5C`), never read as a separator: `a\b.ts` is one file, not `a/b.ts`.
 */
export function relativeUri(path: string): string {
  const posix = path.replace(/^(\.\/)+/, '').replace(/^\/+/, '');
  return posix
    .split('/')
    .map((seg) => {
      let out = '';
      for (const byte of Buffer.from(seg, 'utf8')) {
        const c = String.fromCharCode(byte);
        out += /[A-Za-z0-9\-._~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
      }
      return out;
    })
    .join('/');
}

/** The scan root as an absolute file URI ending in '/', as originalUriBaseIds requires. */
export function rootUri(root: string): string {
  const href = pathToFileURL(root || '/').href;
  return href.endsWith('/') ? href : `${href}/`;
}

function maxSeverity(list: Severity[]): Severity {
  return list.reduce((a, b) => (severityRank(b) > severityRank(a) ? b : a));
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function byNhiNumber(a: string, b: string): number {
  return (Number(a.replace(/\D/g, '')) || 0) - (Number(b.replace(/\D/g, '')) || 0) || (a < b ? -1 : a > b ? 1 : 0);
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

/** 'Replace the keys' -> 'replace the keys', but 'AWS keys' stays. */
function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

function stripFinalStop(s: string): string {
  return s.trim().replace(/[.\s]+$/, '');
}

function sentence(s: string): string {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}


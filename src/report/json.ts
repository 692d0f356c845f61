// The machine-readable JSON report: a documented, versioned, deterministic shape (docs/json-output.md).
// Never contains a secret value unless opts.showSecrets; never a volatile field (no timings).
import type { Finding, Skip } from '../model/types.js';
import { sortedFindings } from './common.js';
import type { FormatOptions, OrgView, Report } from './types.js';

export const JSON_OUTPUT_VERSION = 1;

export function formatJson(report: Report, opts: FormatOptions): string {
  return `${JSON.stringify(buildJson(report, opts), null, 2)}\n`;
}

export function buildJson(report: Report, opts: FormatOptions): Record<string, unknown> {
  if (report.org) return buildMergedJson(report, report.org);
  const { result, tool } = report;
  return {
    version: JSON_OUTPUT_VERSION,
    tool: { name: tool.name, version: tool.version },
    root: result.root,
    counts: {
      filesScanned: result.counts.filesScanned,
      bytesScanned: result.counts.bytesScanned,
      filesSkipped: result.counts.filesSkipped,
      ignored: result.counts.ignored,
      excluded: result.counts.excluded,
      findings: result.counts.findings,
      suppressed: result.counts.suppressed,
    },
    findings: sortedFindings(result.findings).map((f) => jsonFinding(f, opts.showSecrets)),
    skipped: jsonSkips(result.skips),
    warnings: [...result.warnings],
  };
}

/** The kind of a merged document (`keyshift merge --format json`; docs/json-output.md). */
export const MERGED_JSON_KIND = 'merged';

function jsonSkips(skips: readonly Skip[]): Record<string, unknown>[] {
  return [...skips]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0))
    .map((s) => ({ path: s.path, reason: s.reason, ...(s.detail !== undefined ? { detail: s.detail } : {}) }));
}

/**
 * The merged organisation document: every repository with what its own scan recorded (so a merged file can
 * be merged again to the same bytes), every finding with its repository, and the reuse section. Never a secret.
 */
function buildMergedJson(report: Report, org: OrgView): Record<string, unknown> {
  const { result, tool } = report;
  const orgs = [...new Set(org.repositories.flatMap((r) => (r.org ? [r.org.name] : [])))].sort();
  return {
    version: JSON_OUTPUT_VERSION,
    kind: MERGED_JSON_KIND,
    tool: { name: tool.name, version: tool.version },
    orgs,
    counts: {
      repositories: org.repositories.length,
      scanned: org.repositories.filter((r) => r.repository.status === 'scanned').length,
      skipped: org.repositories.filter((r) => r.repository.status === 'skipped').length,
      filesScanned: result.counts.filesScanned,
      bytesScanned: result.counts.bytesScanned,
      filesSkipped: result.counts.filesSkipped,
      ignored: result.counts.ignored,
      excluded: result.counts.excluded,
      findings: result.counts.findings,
      suppressed: result.counts.suppressed,
      reused: org.reuse.length,
    },
    repositories: org.repositories.map((r) => ({
      ...r.repository,
      ...(r.org ? { org: { ...r.org } } : {}),
      ...(r.tool ? { tool: { ...r.tool } } : {}),
      root: r.root,
      counts: { ...r.counts },
      skipped: jsonSkips(r.skips),
      warnings: [...r.warnings],
    })),
    findings: sortedFindings(result.findings).map((f) => jsonFinding(f, false)),
    reuse: org.reuse.map((e) => ({
      fingerprint: e.fingerprint,
      ruleId: e.ruleId,
      provider: e.provider,
      kind: e.kind,
      severity: e.severity,
      severityBefore: e.severityBefore,
      repositories: e.repositories,
      places: e.places.map((p) => ({ ...p })),
    })),
  };
}

/** Every Finding field in a fixed key order; `secret` only on the --show-secrets path. */
function jsonFinding(f: Finding, showSecrets: boolean): Record<string, unknown> {
  return {
    repository: f.repository,
    ruleId: f.ruleId,
    ruleName: f.ruleName,
    provider: f.provider,
    kind: f.kind,
    severity: f.severity,
    confidence: f.confidence,
    path: f.path,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    fingerprint: f.fingerprint,
    preview: f.preview,
    secretLength: f.secretLength,
    context: f.context,
    pathRole: f.pathRole,
    checksum: f.checksum,
    entropy: Math.round(f.entropy * 1000) / 1000,
    notes: [...f.notes],
    jwt: f.jwt ? { ...f.jwt } : undefined,
    details: f.details ? { ...f.details } : undefined,
    commit: f.commit ? { ...f.commit } : undefined,
    alsoAt: f.alsoAt ? [...f.alsoAt] : undefined,
    verification: f.verification ? { ...f.verification, ...(f.verification.scopes ? { scopes: [...f.verification.scopes] } : {}) } : undefined,
    nhi: [...f.nhi],
    cwe: [...f.cwe],
    migration: f.migration
      ? {
          key: f.migration.key,
          variant: f.migration.variant,
          summary: f.migration.summary,
          steps: [...f.migration.steps],
          snippet: f.migration.snippet,
          references: [...f.migration.references],
        }
      : undefined,
    suppressions: f.suppressions.map((s) => ({ kind: s.kind, source: s.source, justification: s.justification })),
    reuse: f.reuse ? { ...f.reuse } : undefined,
    secret: showSecrets ? f.secret.reveal() : undefined,
  };
}

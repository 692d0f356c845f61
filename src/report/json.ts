// The machine-readable JSON report: a documented, versioned, deterministic shape (docs/json-output.md).
// Never contains a secret value unless opts.showSecrets; never a volatile field (no timings).
import type { Finding } from '../model/types.js';
import { sortedFindings } from './common.js';
import type { FormatOptions, Report } from './types.js';

export const JSON_OUTPUT_VERSION = 1;

export function formatJson(report: Report, opts: FormatOptions): string {
  return `${JSON.stringify(buildJson(report, opts), null, 2)}\n`;
}

export function buildJson(report: Report, opts: FormatOptions): Record<string, unknown> {
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
    skipped: [...result.skips]
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0))
      .map((s) => ({ path: s.path, reason: s.reason, ...(s.detail !== undefined ? { detail: s.detail } : {}) })),
    warnings: [...result.warnings],
  };
}

/** Every Finding field in a fixed key order; `secret` only on the --show-secrets path. */
function jsonFinding(f: Finding, showSecrets: boolean): Record<string, unknown> {
  return {
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
    secret: showSecrets ? f.secret.reveal() : undefined,
  };
}

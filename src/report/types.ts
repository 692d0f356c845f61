// The input every formatter takes (a finished scan plus rule metadata) and the options they share.
// Pure data: no formatting logic and no I/O here.
import type { CredentialKind, Finding, PatternSpec, ScanCounts, ScanResult, Severity, Skip } from '../model/types.js';

/** One rule as the report shows it: the pattern plus its general guidance (from migrate's ruleHelp). */
export interface RuleInfo {
  spec: PatternSpec;
  help: { text: string; markdown: string };
}

export interface Report {
  result: ScanResult;
  rules: RuleInfo[];
  tool: { name: string; version: string; informationUri?: string };
  /** A merged organisation report (`keyshift merge`): its repositories and the secrets they share. */
  org?: OrgView;
}

/** The `repository` block of a per-repository result (docs/json-output.md, merged results). */
export interface RepositoryInfo {
  fullName: string;
  defaultBranch?: string;
  head?: string;
  status: 'scanned' | 'skipped';
  reason?: string;
  detail?: string;
  history: boolean;
}

/** One repository of a merged report: its block and what its own scan recorded. */
export interface OrgRepository {
  repository: RepositoryInfo;
  org?: { name: string; shard?: string };
  tool?: { name: string; version: string };
  root: string;
  counts: ScanCounts;
  skips: Skip[];
  warnings: string[];
  /** Its findings, each with `repository` set (and `reuse`, raised, when shared with another repository). */
  findings: Finding[];
}

export interface ReusePlace {
  repository: string;
  path: string;
  line: number;
}

/** One secret (fingerprint) reported in two or more repositories: one credential, several places. */
export interface ReuseEntry {
  fingerprint: string;
  ruleId: string;
  provider: string;
  kind: CredentialKind;
  /** Raised one step above `severityBefore` (critical stays critical). */
  severity: Severity;
  severityBefore: Severity;
  repositories: number;
  places: ReusePlace[];
}

export interface OrgView {
  repositories: OrgRepository[];
  reuse: ReuseEntry[];
}

export interface FormatOptions {
  /** Only when true does any formatter call finding.secret.reveal(). */
  showSecrets: boolean;
  /** ANSI colours (text format only); the CLI sets it from the TTY check. */
  color: boolean;
  /** Text: list skipped files with their reasons and every warning. */
  verbose: boolean;
  /** Text: list suppressed findings too (they are always counted). */
  showSuppressed: boolean;
  /** Text and markdown: cap on listed findings; the rest are counted in one line. */
  maxFindings?: number;
}

// Shared types for every stage: what a pattern, a blob, a match and a finding are.
// Imports nothing from other stages; every other folder imports from here.
import type { Secret } from './secret.js';

export const CREDENTIAL_KINDS = [
  'long-lived-credential',
  'refresh-token',
  'static-key',
  'short-lived-token',
  'private-key',
] as const;
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];

/** Lowest first, so that an index comparison orders severities. */
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

export const CONFIDENCES = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** Where a file sits in a project; decides which migration variant applies. */
export const FILE_CONTEXTS = [
  'github-workflow',
  'gitlab-ci',
  'other-ci',
  'dockerfile',
  'compose',
  'kubernetes',
  'helm-values',
  'terraform',
  'dotenv',
  'package-config',
  'code',
  'config',
  'docs',
  'other',
] as const;
export type FileContext = (typeof FILE_CONTEXTS)[number];

/** A path role orthogonal to context: test and docs paths lower confidence, vendored code too. */
export type PathRole = 'source' | 'test' | 'docs' | 'vendor';

/** Names of offline checksum validators implemented in src/detect/validators.ts. */
export type ValidatorName = string;

/**
 * One pattern as written in patterns/*.yaml (after defaults are applied).
 * The YAML keys use snake_case where they are multi-word (negative_examples, min_entropy).
 */
export interface PatternSpec {
  id: string;
  name: string;
  provider: string;
  /** The patterns/ file (family) the pattern came from, or 'config' for user patterns. */
  family: string;
  kind: CredentialKind;
  severity: Severity;
  confidence: Confidence;
  /** Literals (matched case-insensitively) of which at least one must occur in or near every match. */
  keywords: string[];
  /** JavaScript regex source with exactly one capture group, the secret. */
  regex: string;
  /** Extra regex flags; only 'i', 'm' and 's' are accepted. 'g' and 'd' are added by the engine. */
  flags: string;
  /** Minimum Shannon entropy of the secret, in bits per character, scaled by length in the engine. */
  minEntropy?: number;
  /** Offline checksum validator name. */
  validator?: ValidatorName;
  /** Key into patterns/migrations.yaml. */
  migration: string;
  references: string[];
  tags: string[];
  cwe: string[];
  /** Characters before the keyword hit to include in the regex window (default: to line start). */
  windowBefore?: number;
  /** Characters after the keyword hit to include in the regex window (default: to line end). */
  windowAfter?: number;
  /** Generic (keyword + entropy) rules: skipped on lockfiles and minified files, lower confidence. */
  generic: boolean;
  /** Publishable-by-design identifiers (Stripe pk_, Firebase web keys): reported as low, never as leaks. */
  publishable: boolean;
  /** Value regexes that, when they match the secret, drop the match (documented examples, placeholders). */
  allow: string[];
  /** Post-processing of the secret (jwt decodes claims; base64 decodes and rescans). */
  decoder?: 'jwt' | 'basic-auth' | 'url-credentials';
  examples: string[];
  negativeExamples: string[];
}

/** A file or blob to scan, as the sources stage yields it. Paths are repo-relative POSIX. */
export interface SourceItem {
  /** Repository-relative POSIX path as shown to users and in SARIF. */
  path: string;
  /** Absolute path on disk, when the content is read from the file system. */
  absPath?: string;
  /** Content already in memory (git blobs, API blobs, stdin). */
  content?: Uint8Array;
  /** Only report matches on these 1-based lines (diff and staged scans). */
  addedLines?: number[];
  /** Git provenance for history scans. */
  commit?: CommitInfo;
}

export interface CommitInfo {
  sha: string;
  date: string;
  author?: string;
}

export type SkipReason =
  | 'binary'
  | 'too-large'
  | 'unreadable'
  | 'invalid-encoding'
  | 'symlink-loop'
  | 'symlink-outside-root'
  | 'not-a-regular-file'
  | 'ignored'
  | 'excluded'
  | 'vanished';

/**
 * Reasons that are the scan's own choice, not a problem with the file: 'ignored' (.gitignore and git's
 * other ignore sources; --no-ignore scans them) and 'excluded' (.keyshiftignore, exclude globs). They are
 * listed with the other skips but counted apart, so "N skipped" still means files keyshift could not scan.
 */
export function isLeftOut(s: Skip): boolean {
  return s.reason === 'ignored' || s.reason === 'excluded';
}

export interface Skip {
  path: string;
  reason: SkipReason;
  detail?: string;
}

/** Decoded text of one file plus an index of line starts; what the detector sees. */
export interface Blob {
  path: string;
  text: string;
  /** Offsets of the first character of each line (line 1 at index 0). */
  lineStarts: number[];
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'latin1';
  bytes: number;
}

export type ChecksumState = 'valid' | 'invalid' | 'none';

/** A raw regex hit from the detector. Holds the raw secret; never leaves the engine untouched. */
export interface Match {
  patternId: string;
  /** Offsets in Blob.text of the secret (the capture group). */
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  secret: string;
  entropy: number;
  checksum: ChecksumState;
  /** Free-form details a decoder adds (JWT claims, URL host, decoded username). Never secret. */
  details?: Record<string, string | number | boolean>;
  /** Set when the engine derives the kind/severity from the value (JWT lifetime, etc.). */
  kindOverride?: CredentialKind;
  severityOverride?: Severity;
  /** Notes the engine attaches: 'placeholder-like', 'test-path', 'checksum-failed', ... */
  notes?: string[];
}

export interface JwtInfo {
  alg?: string;
  iss?: string;
  aud?: string;
  sub?: string;
  iat?: number;
  exp?: number;
  /** exp - iat in seconds, when both exist. */
  lifetimeSeconds?: number;
  expired?: boolean;
}

export type SuppressionKind = 'inSource' | 'external';

export interface Suppression {
  kind: SuppressionKind;
  /** 'directive', 'baseline', 'config-allowlist', 'path-allowlist', ... */
  source: string;
  justification?: string;
}

export interface MigrationSuggestion {
  key: string;
  /** The context variant that was chosen ('github-workflow', 'default', ...). */
  variant: string;
  summary: string;
  steps: string[];
  snippet?: string;
  references: string[];
}

/** A classified, fingerprinted finding; the raw secret only inside the Secret wrapper. */
export interface Finding {
  ruleId: string;
  ruleName: string;
  provider: string;
  kind: CredentialKind;
  severity: Severity;
  confidence: Confidence;
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fingerprint: string;
  /** Redacted preview: never the full value. */
  preview: string;
  secretLength: number;
  context: FileContext;
  pathRole: PathRole;
  checksum: ChecksumState;
  entropy: number;
  notes: string[];
  jwt?: JwtInfo;
  details?: Record<string, string | number | boolean>;
  commit?: CommitInfo;
  /** OWASP NHI Top 10 ids and CWE ids this finding evidences. */
  nhi: string[];
  cwe: string[];
  migration?: MigrationSuggestion;
  suppressions: Suppression[];
  /** The raw value, wrapped: prints redacted; reveal() only on the --show-secrets path. */
  secret: Secret;
}

export interface ScanCounts {
  filesScanned: number;
  bytesScanned: number;
  /** Skips for a problem with the file (binary, too large, ...); not what was ignored or excluded. */
  filesSkipped: number;
  /** Skip entries for what git ignores, and for what keyshift's own ignore files and exclude globs leave out (a pruned directory is one). */
  ignored: number;
  excluded: number;
  findings: number;
  suppressed: number;
}

export interface ScanResult {
  findings: Finding[];
  skips: Skip[];
  warnings: string[];
  counts: ScanCounts;
  /** Root the paths are relative to (absolute, for SARIF originalUriBaseIds). */
  root: string;
  durationMs: number;
}

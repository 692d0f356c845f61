// Shared types for every stage: what a pattern, a blob, a match and a finding are.
// Imports nothing from other stages; every other folder imports from here.
import type { Verification } from './verification.js';
import type { Secret } from './secret.js';

export const CREDENTIAL_KINDS = [
  'long-lived-credential',
  'refresh-token',
  'static-key',
  'short-lived-token',
  'private-key',
  // A password hash (htpasswd, /etc/shadow, a users table dump): crackable offline, but not the credential.
  'password-hash',
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

/**
 * How specific a pattern is when its match overlaps another one on the same value (src/detect/engine.ts
 * resolveOverlaps): the higher tier wins. provider: the issuer is known (github.pat-classic); format: an
 * encoding, not an issuer (jwt.token, pem.*, http.*); narrow-generic: a generic rule with a narrow key
 * (generic.password); catch-all: the broadest generic rules (generic.api-key).
 */
export const OVERLAP_TIERS = ['catch-all', 'narrow-generic', 'format', 'provider'] as const;
export type OverlapTier = (typeof OVERLAP_TIERS)[number];

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
  /**
   * Signature detector: a regex over the first 64 bytes (latin1) of a file skipped as binary (PKCS#12,
   * Java key stores). The file is reported as a container, never decoded; examples are hex bytes.
   */
  signature?: string;
  /** The pattern runs only on files whose repository path matches this regex (.pgpass, config/master.key). */
  path?: string;
  /** The path `keyshift patterns check` scans this pattern's examples as (required with `path`). */
  examplePath?: string;
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
  /** Overlap rank (OVERLAP_TIERS); default 'narrow-generic' for generic rules, else 'provider'. */
  tier?: OverlapTier;
  /**
   * Ids of patterns of the same tier that this one refines on the same value (google.gemini-api-key over
   * google.api-key): an overlapping match of one of them is dropped in favour of this one.
   */
  supersedes?: string[];
  /** Publishable-by-design identifiers (Stripe pk_, Firebase web keys): reported as low, never as leaks. */
  publishable: boolean;
  /** Value regexes that, when they match the secret, drop the match (documented examples, placeholders). */
  allow: string[];
  /**
   * Value regexes of weak and default passwords (admin123, changeme): a match is kept, reported at low
   * severity with the note 'weak-default-password', instead of being dropped as a placeholder.
   */
  weakValues?: string[];
  /** Post-processing of the secret (jwt decodes claims; base64 decodes and rescans). */
  decoder?: 'jwt' | 'jwt-if-shaped' | 'basic-auth' | 'url-credentials';
  /**
   * Assignment rule: the regex judges the value of a `key = value` that an assignment shape read
   * (patterns/syntax/assignments.yaml), when the key holds one of `key` and the key path or the text
   * before holds one of `context`. Each entry is a run of words ('api key' matches apiKey, API_KEY).
   */
  assignment?: AssignmentRule;
  /**
   * Pair rule: the secret is recognised next to its identifier (an AWS key id beside its secret). The
   * partner (a match of one of `with` within `withinLines` lines) is folded into this finding's details
   * and raises its confidence; with `required`, a match without a partner is dropped.
   */
  pair?: PairRule;
  /**
   * An identifier that is no secret on its own (a Twilio account SID): matched only to be some pair rule's
   * partner, and dropped when no pair rule takes it. Its examples pass when a finding names it as partner.
   */
  partnerOnly?: boolean;
  examples: string[];
  negativeExamples: string[];
  /** CI posture rules only (patterns/posture/*.yaml): what the YAML walkers look for and the federated fix. */
  posture?: PostureRule;
  /** Structured-file rules only (patterns/structured/*.yaml): the parser that reports this id; no regex runs. */
  structured?: { parser: StructuredParser };
}

/**
 * The structured-file parsers (src/detect/structured-*.ts), in the order they run on a file: of two hits
 * on one value the first parser's is kept. The whole-document ones (JSON, YAML) come last.
 */
export const STRUCTURED_PARSERS = [
  'netrc', 'git-credentials', 'pypirc', 'npmrc', 'dotenv', 'terraform', 'docker-config', 'gcp-key-file', 'kubeconfig', 'kubernetes-secret',
] as const;
export type StructuredParser = (typeof STRUCTURED_PARSERS)[number];

/**
 * Which files a structured parser reads (one `files` entry of patterns/structured/*.yaml): the lowercased
 * base name matches one of `name`, or the lowercased path one of `path`, or the context is one of
 * `contexts`; no `not_name` matches; and every `content` regex (flag m) matches the text.
 */
export interface StructuredFileMatch {
  name: string[];
  notName: string[];
  path: string[];
  contexts: FileContext[];
  content: string[];
}

/** One file kind: a parser and the files it reads (patterns/structured/<kind>.yaml). */
export interface StructuredKind {
  parser: StructuredParser;
  files: StructuredFileMatch[];
}

/** Where a posture command's `arg` regex captures the argument. */
export const POSTURE_ARG_PLACEHOLDER = '{arg}';
export const POSTURE_CIS = ['github-actions', 'gitlab-ci'] as const;
export type PostureCi = (typeof POSTURE_CIS)[number];
/** Named job facts a walker computes: the job publishes to npmjs.com / to PyPI or TestPyPI. */
export const POSTURE_GATES = ['npm-publish', 'pypi-publish'] as const;
export type PostureGate = (typeof POSTURE_GATES)[number];
/** Named checks on a shell line that make a command hit not ours (another registry or index). */
export const POSTURE_UNLESS = ['npmrc-other-host', 'other-python-index'] as const;
export type PostureUnless = (typeof POSTURE_UNLESS)[number];

/** A CI posture rule as data: where a long-lived secret is fed in, and what replaces it. */
export interface PostureRule {
  ci: PostureCi;
  /** Env (GitHub `env:`) or CI/CD variable (GitLab `variables:`) names that carry the credential, most telling first. */
  env: string[];
  /** Reported only in a job with this gate (env, action inputs; commands carry their own). */
  requires?: PostureGate;
  /** GitLab: a job that logs in with OIDC most likely derived this variable from that login. */
  oidcDerivable: boolean;
  actions: PostureAction[];
  commands: PostureCommand[];
  replacement: PostureReplacement;
}

export interface PostureAction {
  /** `owner/repo[/path]` without `@ref` (any version matches), `owner/*`, or `*` (any action). */
  uses: string;
  /** Inputs (`with:`) that take the credential, most telling first; one finding per step at the first present. */
  inputs: string[];
  /** exact: the input name as written; loose: ASCII case-insensitive, `-` and `_` alike. */
  match: 'exact' | 'loose';
  /** The input holds several references (JSON): report the one after this text, else the first. */
  secretAfter?: string;
  when?: PostureCondition;
}

export interface PostureCondition {
  input: string;
  /** Value assumed when the input is absent. */
  default?: string;
  /** The trimmed, lowercased value is one of these. */
  in?: string[];
  /** The value's registry host (scheme and path removed, lowercased) matches one of these regexes. */
  host?: string[];
}

export interface PostureCommand {
  /** Regexes that must all match the logical shell line, each after the previous one's first match. */
  line: string[];
  /** Regex with `{arg}` where the argument (a `${{ }}` expression, quoted word or bare word) is captured. */
  arg: string;
  /** A line that matches this regex is not reported. */
  skip?: string;
  /** The command itself proves a long-lived credential (a key file), whatever the argument is. */
  literalOk: boolean;
  requires?: PostureGate;
  unless?: PostureUnless;
}

/** What a fixer writes instead: the federated login, its inputs and permissions, and what to remove. */
export interface PostureReplacement {
  /** The action (with a version) that performs the federated login, when one does. */
  uses?: string;
  with: Record<string, string>;
  /** GitHub job or workflow permissions the federated login needs (`id-token: write`). */
  permissions: Record<string, string>;
  /** GitLab `id_tokens` to request: name -> audience. */
  idTokens: Record<string, string>;
  /** Env (GitHub) or variables (GitLab) to set. */
  env: Record<string, string>;
  /** Inputs, env or variable names that carry the long-lived secret and go away. */
  remove: string[];
  snippet: string;
}

export interface PairRule {
  with: string[];
  withinLines: number;
  required: boolean;
}

export interface AssignmentRule {
  /** Word runs of which one must occur in the key's last segment. */
  key: string[][];
  /** Word runs of which one must occur in the key path (parents and key) or in the context window. */
  context?: string[][];
  /** Characters before the key also searched for a context run (prose, a provider name on an earlier line). */
  contextWindow?: number;
}

/** One assignment shape of patterns/syntax/assignments.yaml. */
export interface AssignmentShapeSpec {
  id: string;
  /** Named groups: `key` (unless `key` below), `value`, and `q` when the value may be quoted. */
  regex: string;
  flags?: string;
  /** The line must also match this regex. */
  requires?: string;
  /**
   * Cheap prefilter run before the regex: each entry lists literal alternatives (separated by spaces),
   * one of which the line must contain. Only what the regex itself cannot match without.
   */
  needs?: string[];
  /** The key the syntax implies, for shapes without a key group. */
  key?: string;
  /** With `key`: prefilter keywords that find the shape (the line need not hold the key word). */
  keywords?: string[];
  examples: { line: string; key: string; value: string }[];
  negativeExamples: string[];
}

/** patterns/syntax/assignments.yaml as loaded. */
export interface AssignmentSyntax {
  shapes: AssignmentShapeSpec[];
  /** Compound words split for matching: apikey -> [api, key]. */
  compounds: Record<string, string[]>;
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
  | 'vanished'
  // Git sources: a blob the commit or range needs is not in the repository (partial clone, damaged
  // repository); the commit and object id are in the detail.
  | 'missing-object'
  // A file whose scan took longer than the per-file time budget (--file-timeout): its worker was replaced.
  | 'timeout'
  // Containers (src/read/containers/): an entry or the rest of an archive not read, with the cap or the name in the detail.
  | 'archive-bomb'
  | 'archive-unsafe-path'
  | 'archive-limit'
  | 'archive-unsupported';

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
  /** A pair rule's partner value, raw (an AWS secret's key id): for a verifier only, never reported. */
  pairedSecret?: string;
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
  /**
   * Other places of the same secret inside containers (`app.zip!/.env:3`), folded into this finding so a
   * file and its archived copies are one finding (src/scan/copies.ts).
   */
  alsoAt?: string[];
  /** OWASP NHI Top 10 ids and CWE ids this finding evidences. */
  nhi: string[];
  cwe: string[];
  migration?: MigrationSuggestion;
  suppressions: Suppression[];
  /** The raw value, wrapped: prints redacted; reveal() only on the --show-secrets path and to a verifier. */
  secret: Secret;
  /** The pair rule's partner value (an AWS secret's key id), wrapped like secret; for a verifier only. */
  partner?: Secret;
  /** What the provider said of the secret (`scan --verify`); absent when verification was not asked for. */
  verification?: Verification;
  /** Merged reports only (`keyshift merge`): the repository (`owner/name`) the finding is in. */
  repository?: string;
  /**
   * Merged reports only: the same fingerprint is reported in this many repositories (OWASP NHI9, reuse), and
   * `severity` was raised one step from `severityBefore`.
   */
  reuse?: { repositories: number; severityBefore: Severity };
  /** `keyshift fix`'s change for this finding, when it has a mechanical one (src/fix/). */
  fix?: FindingFix;
}

/** One contiguous change, in the old file's lines: delete `deleteLines` lines from `startLine`, insert `insert`. */
export interface FixHunk {
  /** The first line deleted, or the line the insertion goes before (1-based). */
  startLine: number;
  deleteLines: number;
  /** Whole lines, each with its newline. */
  insert: string[];
}

export interface FindingFix {
  /** What the change does and what is left to do (one paragraph). */
  description: string;
  hunks: FixHunk[];
  /** The change as a unified diff (secrets on removed lines redacted), for a collapsible block. */
  patch: string;
  /**
   * A GitHub suggestion: old lines startLine..endLine become `text`, when the finding's part of the fix is
   * one contiguous range of lines that the change being reviewed added (so a review comment may hold it).
   */
  suggestion?: { startLine: number; endLine: number; text: string };
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

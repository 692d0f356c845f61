// Turns one detector Match into a Finding: kind, severity, confidence, fingerprint, redacted preview,
// OWASP NHI and CWE ids. Pure; the raw value leaves only inside the Secret wrapper, never in notes or details.
import { redact, safeDetails, Secret } from '../model/secret.js';
import { fingerprintV1 } from '../model/fingerprint.js';
import {
  SEVERITIES,
  type CommitInfo,
  type Confidence,
  type CredentialKind,
  type FileContext,
  type Finding,
  type JwtInfo,
  type Match,
  type PathRole,
  type PatternSpec,
  type Severity,
} from '../model/types.js';
import { decodeJwt, decodeJwtParts } from './jwt.js';

/*
 * Rules, applied in this order (credentials.md sections 0, 10 and 12; github-and-ci.md section 6):
 *
 * | step | when                                              | effect                                                     |
 * |------|---------------------------------------------------|------------------------------------------------------------|
 * | 1    | always                                            | kind/severity/confidence from the spec, then the match's kindOverride/severityOverride |
 * | 2    | spec.decoder 'jwt', token does not decode         | confidence low, note 'jwt-undecodable'                      |
 * | 2b   | spec.decoder 'jwt-if-shaped' and the value decodes as a JWT | steps 3-8 apply, except that the kind stays the spec's (a kubeconfig token: the remedy, an exec plugin, is the same whatever its lifetime); an opaque value skips 2-8 |
 * | 3    | JWT without exp (kind not refresh-token/private-key) | kind long-lived-credential, note 'no-expiry'             |
 * | 4    | JWT with exp - iat <= 24 h (k8s: warnafter - iat) | kind short-lived-token, severity medium, note 'short-lived' |
 * | 5    | JWT with exp - iat >= 365 days                    | kind long-lived-credential                                  |
 * | 6    | JWT alg none                                      | severity ALG_NONE_SEVERITY (low), note 'alg-none'          |
 * | 7    | JWT exp in the past                               | severity -1, note 'expired'                                |
 * | 8    | jwt.io sample (sub 1234567890 + name John Doe, or its signature) | confidence low, note 'documentation-sample' |
 * | 9    | spec.publishable                                  | severity low, note 'publishable'                           |
 * | 10   | test/docs path, and checksum 'invalid', or checksum not 'valid' with low entropy or a placeholder note | severity -1, confidence low, note 'likely-sample' (never dropped) |
 * | 11   | context in PIPELINE_CONTEXTS                      | note 'in-pipeline'; +1 severity (capped at critical) for long-lived-credential and static-key unless step 7, 8, 9 or 10 applied |
 *
 * alg none is 'low' (credentials.md section 10): an unsigned token holds no secret and a correct verifier
 * rejects it. The +1 in pipelines goes only to credentials that stay valid until someone rotates them;
 * a short-lived token or a refresh token in CI is not made more urgent by where it sits.
 *
 * OWASP NHI Top 10 (2025) ids (titles as in github-and-ci.md section 6):
 * | id     | when                                                                                          |
 * |--------|-----------------------------------------------------------------------------------------------|
 * | NHI2   | always (Secret Leakage: the value is committed), except posture rules (NHI6: CI configuration)   |
 * | NHI6   | pipeline context and a static cloud credential: provider aws/gcp/google/azure, kind long-lived-credential, static-key or private-key (Insecure Cloud Deployment Configurations, which covers CI/CD static creds) |
 * | NHI7   | kind long-lived-credential, refresh-token or private-key (Long-Lived Secrets)                 |
 * | NHI9   | added by markReuse (NHI Reuse)                                                                |
 * | NHI10  | personal access tokens: id segment 'pat' or spec tag 'personal' (Human Use of NHI)            |
 *
 * CWE ids:
 * | CWE      | when                                                                                        |
 * |----------|---------------------------------------------------------------------------------------------|
 * | CWE-798  | always (Use of Hard-coded Credentials), plus every id in spec.cwe                           |
 * | CWE-321  | kind private-key, or a crypto key: tag crypto-key/signing-key/encryption-key or an id like jwt-secret, hmac-key, signing-key |
 * | CWE-522  | credentials in URLs (decoder url-credentials or basic-auth) or in a config file (any context but code, docs, other) |
 * | CWE-256, CWE-260 | a password (id or tag 'password', or a URL/basic-auth decoder) in a config file     |
 * | CWE-259  | a password in code                                                                          |
 */

/** Severity for an unsigned (alg none) JWT. */
export const ALG_NONE_SEVERITY: Severity = 'low';
/** exp - iat at or below this is a short-lived token (credentials.md section 0, rule 1). */
export const SHORT_LIVED_MAX_SECONDS = 24 * 60 * 60;
/** exp - iat at or above this is long-lived whatever the family default. */
export const LONG_LIVED_MIN_SECONDS = 365 * 24 * 60 * 60;

/** CI config, Dockerfiles and infrastructure as code: where a secret is an "NHI in the pipeline". */
export const PIPELINE_CONTEXTS: ReadonlySet<FileContext> = new Set<FileContext>([
  'github-workflow', 'gitlab-ci', 'other-ci', 'dockerfile', 'compose', 'terraform', 'kubernetes', 'helm-values',
]);
/** Contexts that count as a config file for CWE-522 / CWE-256 / CWE-260. */
const CONFIG_FILE_CONTEXTS: ReadonlySet<FileContext> = new Set<FileContext>([
  ...PIPELINE_CONTEXTS, 'dotenv', 'package-config', 'config',
]);
const CLOUD_PROVIDERS = new Set(['aws', 'gcp', 'google', 'azure']);
const STATIC_KINDS = new Set<CredentialKind>(['long-lived-credential', 'static-key', 'private-key']);
const LONG_LIVED_NHI7 = new Set<CredentialKind>(['long-lived-credential', 'refresh-token', 'private-key']);
const BUMPED_IN_PIPELINE = new Set<CredentialKind>(['long-lived-credential', 'static-key']);
const CRYPTO_KEY_TAGS = ['crypto-key', 'signing-key', 'encryption-key'];
const CRYPTO_KEY_ID = /(?:signing|encryption|hmac|jwt)[-_.]?(?:secret|key)/;
const PAT_ID = /(?:^|[.\-_])pat(?:$|[.\-_])/;
/** Signature of the HS256 sample token shown on jwt.io. */
const JWT_IO_SIGNATURE = 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

/** Moves a severity by `delta` steps along SEVERITIES, clamped to low..critical. */
export function bumpSeverity(sev: Severity, delta: number): Severity {
  const i = Math.min(SEVERITIES.length - 1, Math.max(0, SEVERITIES.indexOf(sev) + delta));
  return SEVERITIES[i] as Severity;
}

/** Shannon entropy well below what random text of this length reaches (75% of log2(min(length, 64))). */
function looksLowEntropy(entropy: number, length: number): boolean {
  if (length < 2) return true;
  return entropy < 0.75 * Math.log2(Math.min(length, 64));
}

function cweNumber(id: string): number {
  const n = Number(/(\d+)/.exec(id)?.[1]);
  return Number.isFinite(n) ? n : Number.MAX_SAFE_INTEGER;
}

function sortIds(ids: Iterable<string>, key: (s: string) => number): string[] {
  return [...new Set(ids)].sort((a, b) => key(a) - key(b) || a.localeCompare(b));
}

const nhiNumber = (id: string): number => Number(/^NHI(\d+)/.exec(id)?.[1] ?? Number.MAX_SAFE_INTEGER);

interface JwtOutcome {
  kind: CredentialKind;
  severity: Severity;
  confidence: Confidence;
  jwt?: JwtInfo;
  expired: boolean;
  sample: boolean;
}

function applyJwtRules(
  secret: string,
  kind: CredentialKind,
  severity: Severity,
  confidence: Confidence,
  notes: string[],
  nowSeconds: number | undefined,
): JwtOutcome {
  const jwt = decodeJwt(secret, nowSeconds);
  const parts = decodeJwtParts(secret);
  if (!jwt || !parts) {
    notes.push('jwt-undecodable');
    return { kind, severity, confidence: 'low', expired: false, sample: false };
  }
  if (kind !== 'refresh-token' && kind !== 'private-key') {
    // Kubernetes may stretch a projected token's exp for legacy clients; warnafter keeps the intended lifetime.
    const k8s = parts.payload['kubernetes.io'];
    const warnafter =
      k8s && typeof k8s === 'object' && typeof (k8s as Record<string, unknown>).warnafter === 'number'
        ? ((k8s as Record<string, unknown>).warnafter as number)
        : undefined;
    const lifetime =
      warnafter !== undefined && jwt.iat !== undefined ? warnafter - jwt.iat : jwt.lifetimeSeconds;
    if (jwt.exp === undefined) {
      kind = 'long-lived-credential';
      notes.push('no-expiry');
    } else if (lifetime !== undefined && lifetime <= SHORT_LIVED_MAX_SECONDS) {
      kind = 'short-lived-token';
      severity = 'medium';
      notes.push('short-lived');
    } else if (lifetime !== undefined && lifetime >= LONG_LIVED_MIN_SECONDS) {
      kind = 'long-lived-credential';
    }
  }
  if (jwt.alg?.toLowerCase() === 'none') {
    severity = ALG_NONE_SEVERITY;
    notes.push('alg-none');
  }
  const expired = jwt.expired === true;
  if (expired) {
    severity = bumpSeverity(severity, -1);
    notes.push('expired');
  }
  const p = parts.payload;
  const sample =
    (p.sub === '1234567890' && p.name === 'John Doe') || secret.trim().split('.')[2] === JWT_IO_SIGNATURE;
  if (sample) {
    confidence = 'low';
    notes.push('documentation-sample');
  }
  return { kind, severity, confidence, jwt, expired, sample };
}

/**
 * Classifies one match found in `file`. `migration` is left undefined and `suppressions` empty for
 * the later stages. `opts.nowSeconds` fixes the clock for JWT expiry (tests, reproducible reports).
 */
export function classifyMatch(
  match: Match,
  spec: PatternSpec,
  file: { path: string; context: FileContext; pathRole: PathRole; commit?: CommitInfo },
  opts: { nowSeconds?: number } = {},
): Finding {
  const notes: string[] = [...(match.notes ?? [])];
  let kind: CredentialKind = match.kindOverride ?? spec.kind;
  let severity: Severity = match.severityOverride ?? spec.severity;
  let confidence: Confidence = spec.confidence;
  let jwt: JwtInfo | undefined;
  let demoted = false;

  // 'jwt-if-shaped' (a kubeconfig token): an opaque value is judged by the spec alone; a JWT's claims set
  // severity, confidence and notes, but the kind stays the spec's (see step 2b above).
  const jwtIfShaped = spec.decoder === 'jwt-if-shaped' && decodeJwtParts(match.secret) !== undefined;
  if (spec.decoder === 'jwt' || jwtIfShaped) {
    const out = applyJwtRules(match.secret, kind, severity, confidence, notes, opts.nowSeconds);
    ({ severity, confidence, jwt } = out);
    if (!jwtIfShaped) kind = out.kind;
    demoted ||= out.expired || out.sample;
  }

  // A pair rule found the secret next to its identifier (an AWS key id beside its secret): more certain.
  if (notes.includes('paired') && confidence !== 'high') confidence = confidence === 'low' ? 'medium' : 'high';

  if (spec.publishable) {
    severity = 'low';
    notes.push('publishable');
    demoted = true;
  }

  // Posture findings carry a reference to a stored secret, not a value: no entropy or checksum to judge,
  // already about a pipeline (no pipeline raise), and evidence of long-lived secrets, not of a leak.
  const posture = spec.family === 'posture';
  if ((file.pathRole === 'test' || file.pathRole === 'docs') && !posture) {
    const placeholder = notes.some((n) => n.includes('placeholder'));
    const fakeLooking =
      match.checksum === 'invalid' ||
      (match.checksum !== 'valid' && (placeholder || looksLowEntropy(match.entropy, match.secret.length)));
    if (fakeLooking) {
      severity = bumpSeverity(severity, -1);
      confidence = 'low';
      notes.push('likely-sample');
      demoted = true;
    } else if (confidence === 'high') {
      // A real-looking value in a test or docs path keeps its severity (real keys do leak in tests), but it
      // is less likely to be live than the same value in source: one step less confidence.
      confidence = 'medium';
      notes.push(`${file.pathRole}-path`);
    }
  }

  const inPipeline = PIPELINE_CONTEXTS.has(file.context);
  if (inPipeline) {
    notes.push('in-pipeline');
    // A weak default password stays low: it is reported so that it is replaced, not as a leaked secret.
    if (!demoted && !posture && BUMPED_IN_PIPELINE.has(kind) && !notes.includes('weak-default-password')) severity = bumpSeverity(severity, 1);
  }

  const idAndTags = [spec.id.toLowerCase(), ...spec.tags.map((t) => t.toLowerCase())];
  const nhi = posture ? ['NHI6'] : ['NHI2'];
  if (!posture && inPipeline && STATIC_KINDS.has(kind) && CLOUD_PROVIDERS.has(spec.provider.toLowerCase())) nhi.push('NHI6');
  if (LONG_LIVED_NHI7.has(kind)) nhi.push('NHI7');
  if (PAT_ID.test(spec.id.toLowerCase()) || spec.tags.some((t) => t.toLowerCase() === 'personal')) nhi.push('NHI10');

  // Posture: the credential is stored, not hard-coded; CWE-522 (insufficiently protected credentials) fits.
  const cwe = posture ? ['CWE-522', ...spec.cwe] : ['CWE-798', ...spec.cwe];
  const configFile = CONFIG_FILE_CONTEXTS.has(file.context);
  const inUrl = spec.decoder === 'url-credentials' || spec.decoder === 'basic-auth';
  const password = inUrl || idAndTags.some((s) => s.includes('password'));
  if (kind === 'private-key' || spec.tags.some((t) => CRYPTO_KEY_TAGS.includes(t.toLowerCase())) || CRYPTO_KEY_ID.test(spec.id.toLowerCase())) {
    cwe.push('CWE-321');
  }
  if ((inUrl || configFile) && !posture) cwe.push('CWE-522');
  if (password && configFile) cwe.push('CWE-256', 'CWE-260');
  if (password && file.context === 'code') cwe.push('CWE-259');

  const finding: Finding = {
    ruleId: spec.id,
    ruleName: spec.name,
    provider: spec.provider,
    kind,
    severity,
    confidence,
    path: file.path,
    line: match.line,
    column: match.column,
    endLine: match.endLine,
    endColumn: match.endColumn,
    // Provisional (v1, fast): runScan replaces it with the salted v2 fingerprint once findings are final.
    fingerprint: fingerprintV1(spec.id, match.secret),
    preview: redact(match.secret),
    secretLength: match.secret.length,
    context: file.context,
    pathRole: file.pathRole,
    checksum: match.checksum,
    entropy: match.entropy,
    notes: [...new Set(notes)],
    nhi: sortIds(nhi, nhiNumber),
    cwe: sortIds(cwe, cweNumber),
    suppressions: [],
    secret: new Secret(match.secret),
    ...(match.pairedSecret !== undefined && { partner: new Secret(match.pairedSecret) }),
  };
  if (jwt) finding.jwt = jwt;
  if (match.details) finding.details = safeDetails(match.details, match.secret);
  if (file.commit) finding.commit = { ...file.commit };
  return finding;
}

/**
 * Marks findings whose fingerprint occurs at more than one location (path + context): adds NHI9 and a
 * note 'reused:N-locations' to each of them. Mutates in place; running it twice gives the same result.
 */
export function markReuse(findings: Finding[]): void {
  const locations = new Map<string, Set<string>>();
  for (const f of findings) {
    let set = locations.get(f.fingerprint);
    if (!set) locations.set(f.fingerprint, (set = new Set()));
    set.add(`${f.path}\0${f.context}`);
  }
  for (const f of findings) {
    const n = locations.get(f.fingerprint)?.size ?? 0;
    f.notes = f.notes.filter((note) => !note.startsWith('reused:'));
    if (n > 1) {
      f.notes.push(`reused:${n}-locations`);
      if (!f.nhi.includes('NHI9')) f.nhi = sortIds([...f.nhi, 'NHI9'], nhiNumber);
    }
  }
}


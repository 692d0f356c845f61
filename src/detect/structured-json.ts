// JSON-shaped credential files: docker config.json (auths.*.auth decoded to user:password,
// identitytoken) and GCP service-account key files (project and account added to the private_key hit).
import type { YAMLMap } from 'yaml';
import { isMap, isScalar } from '../model/yaml-lib.js';
import { cleanDocuments } from './structured-yaml.js';
import { acceptValue, baseName, decodeUserPassword, isParseFailure, passwordSpec, report, scalarSpan, type StructuredRun } from './structured-util.js';

/** The object a JSON file parses to, with positions; undefined when the text is not valid JSON. */
export function jsonRoot(text: string): YAMLMap | undefined {
  try {
    JSON.parse(text);
  } catch (err) {
    if (isParseFailure(err)) return undefined;
    throw err;
  }
  const root = cleanDocuments(text)[0]?.contents;
  return isMap(root) ? root : undefined;
}

// A decoded docker password is held to password rules, not token rules.
const DOCKER_PASSWORD = passwordSpec('docker.config-auth');

/**
 * `auths` (or, in the legacy .dockercfg, the top level) maps registry -> {auth, identitytoken}. The auth
 * value is reported with the registry and the decoded user name; the password never leaves the match.
 */
export function detectDockerConfig(run: StructuredRun): void {
  const root = jsonRoot(run.blob.text);
  if (!root) return;
  let auths: unknown = root.get('auths', true);
  if (!isMap(auths) && baseName(run.blob.path) === '.dockercfg') auths = root;
  if (!isMap(auths)) return;
  for (const pair of auths.items) {
    if (!isScalar(pair.key) || !isMap(pair.value)) continue;
    const registry = String(pair.key.value);
    const entry = pair.value;
    const authNode = entry.get('auth', true);
    const authSpan = scalarSpan(authNode, run.blob.text);
    if (authSpan && isScalar(authNode)) {
      const value = String(authNode.value);
      const decoded = decodeUserPassword(value);
      if (decoded) {
        const details: Record<string, string> = { registry, username: decoded.username };
        const inside = run.rescan(decoded.password).map((m) => m.patternId);
        if (inside.length > 0) details.passwordFormat = [...new Set(inside)].join(',');
        report(run, {
          id: 'docker.config-auth',
          span: authSpan,
          secret: value,
          details,
          notes: ['decoded-from-base64'],
          accept: () => inside.length > 0 || acceptValue(DOCKER_PASSWORD, decoded.password),
        });
      }
    }
    const tokenNode = entry.get('identitytoken', true);
    const tokenSpan = scalarSpan(tokenNode, run.blob.text);
    if (tokenSpan && isScalar(tokenNode)) {
      const value = String(tokenNode.value);
      report(run, {
        id: 'docker.config-identity-token',
        span: tokenSpan,
        secret: value,
        details: { registry },
        accept: () => acceptValue({ ...DOCKER_PASSWORD, id: 'docker.config-identity-token', minEntropy: 3.5 }, value),
      });
    }
  }
}

/** GCP key file: the regex catalog finds the private_key; this adds which project and account it opens. */
export function detectServiceAccountKey(run: StructuredRun): void {
  const root = jsonRoot(run.blob.text);
  if (!root) return;
  const str = (k: string): string | undefined => {
    const v = root.get(k, true);
    return isScalar(v) && typeof v.value === 'string' ? v.value : undefined;
  };
  if (str('type') !== 'service_account') return;
  const keyNode = root.get('private_key', true);
  const span = scalarSpan(keyNode, run.blob.text);
  if (!span) return;
  const details: Record<string, string> = {};
  for (const [k, d] of [['project_id', 'projectId'], ['client_email', 'clientEmail'], ['private_key_id', 'keyId']] as const) {
    const v = str(k);
    if (v !== undefined) details[d] = v;
  }
  // Enrichment only: the value itself is the regex catalog's to judge (gcp.service-account-key).
  report(run, { id: 'gcp.service-account-key', span, secret: '', details, accept: () => false });
}

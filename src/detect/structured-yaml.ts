// YAML-shaped credential files: kubeconfig users (token, password, client-key-data, auth-provider and exec secrets)
// and Kubernetes Secret manifests (data: values decoded and scanned again). Malformed input yields nothing;
// a bug throws.
import type { Document, YAMLMap } from 'yaml';
import { isMap, isScalar, isSeq } from '../model/yaml-lib.js';
import { composeYaml } from '../model/yaml-depth.js';
import type { Match } from '../model/types.js';
import {
  acceptValue,
  decodeBase64Text,
  isParseFailure,
  makeMatch,
  nodeStart,
  report,
  scalarSpan,
  secretName,
  type Span,
  type StructuredRun,
} from './structured-util.js';

/** Documents that parsed cleanly; a malformed document is skipped, never half-read. */
export function cleanDocuments(text: string): Document.Parsed[] {
  try {
    // A text nested deeper than MAX_YAML_DEPTH (model/yaml-depth.ts) is never composed: no documents.
    return (composeYaml(text, { uniqueKeys: false, prettyErrors: false }) ?? []).filter((d) => d.errors.length === 0);
  } catch (err) {
    if (isParseFailure(err)) return [];
    throw err;
  }
}

function scalarString(map: YAMLMap, key: string): string | undefined {
  const v = map.get(key, true);
  return isScalar(v) && typeof v.value === 'string' ? v.value : undefined;
}

function valueOf(run: StructuredRun, map: YAMLMap, key: string): { value: string; span: Span } | undefined {
  const node = map.get(key, true);
  const span = scalarSpan(node, run.blob.text);
  if (!span || !isScalar(node) || typeof node.value !== 'string') return undefined;
  return { value: node.value, span };
}

function isKubeconfigRoot(root: unknown): root is YAMLMap {
  return (
    isMap(root) &&
    scalarString(root, 'kind') === 'Config' &&
    scalarString(root, 'apiVersion') === 'v1' &&
    isSeq(root.get('users', true)) &&
    (root.has('clusters') || root.has('contexts'))
  );
}

const PEM_KEY = /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY-----\r?\n(?:[A-Za-z-]+:[^\n]*\r?\n)*(?:\r?\n)?([A-Za-z0-9+/=\r\n]{64,})-----END /;

/** auth-provider `config` keys (oidc, gcp, azure plugins) that hold a credential, and the id each is reported as. */
const AUTH_PROVIDER_KEYS: ReadonlyArray<[key: string, id: string]> = [
  ['id-token', 'kubernetes.kubeconfig-token'],
  ['access-token', 'kubernetes.kubeconfig-token'],
  ['refresh-token', 'kubernetes.kubeconfig-refresh-token'],
  ['client-secret', 'kubernetes.kubeconfig-plugin-secret'],
];

/**
 * Every credential under `users[].user` of a kubeconfig is this detector's, whatever a regex made of the
 * value (jwt.token, kubernetes.service-account-token.legacy, generic.*): `token` (JWT or opaque) and the
 * auth-provider `id-token` / `access-token` as kubernetes.kubeconfig-token, `password`, `client-key-data`,
 * the auth-provider `refresh-token` and `client-secret`, and literal secrets in `exec.env` (a variable with
 * a secret-like name). `client-certificate-data` is a public certificate and is not reported.
 */
export function detectKubeconfig(run: StructuredRun): void {
  const text = run.blob.text;
  const own = (id: string, found: { value: string; span: Span }, details: Record<string, string>, notes?: string[], accept?: () => boolean): void => {
    const spec = run.rules.get(id);
    const check = accept ?? (() => spec !== undefined && acceptValue(spec, found.value, { text, ...found.span }));
    report(run, { id, span: found.span, secret: found.value, details, notes, accept: check, owns: true });
  };
  for (const doc of cleanDocuments(text)) {
    const root = doc.contents;
    if (!isKubeconfigRoot(root)) continue;
    const users = root.get('users', true);
    if (!isSeq(users)) continue;
    for (const entry of users.items) {
      if (!isMap(entry)) continue;
      const user = entry.get('user', true);
      if (!isMap(user)) continue;
      const details: Record<string, string> = {};
      const name = scalarString(entry, 'name');
      if (name !== undefined) details.user = name;
      const token = valueOf(run, user, 'token');
      if (token) own('kubernetes.kubeconfig-token', token, { ...details, field: 'token' });
      const password = valueOf(run, user, 'password');
      if (password) {
        const username = scalarString(user, 'username');
        own('kubernetes.kubeconfig-password', password, username === undefined ? details : { ...details, username });
      }
      const keyData = valueOf(run, user, 'client-key-data');
      if (keyData) {
        const pem = decodeBase64Text(keyData.value);
        const m = pem === undefined ? null : PEM_KEY.exec(pem);
        if (m) {
          const notes = ['decoded-from-base64'];
          if (/ENCRYPTED/.test(m[1]!) || /Proc-Type:\s*4,ENCRYPTED/.test(pem!)) notes.push('encrypted');
          const keyType = (m[1] ?? '').trim() || 'PKCS8';
          own('kubernetes.kubeconfig-client-key', keyData, { ...details, keyType }, notes, () => true);
        }
      }
      const provider = user.get('auth-provider', true);
      const config = isMap(provider) ? provider.get('config', true) : undefined;
      if (isMap(config)) {
        for (const [key, id] of AUTH_PROVIDER_KEYS) {
          const found = valueOf(run, config, key);
          if (found) own(id, found, { ...details, field: `auth-provider.config.${key}` });
        }
      }
      const exec = user.get('exec', true);
      const env = isMap(exec) ? exec.get('env', true) : undefined;
      if (isSeq(env)) {
        for (const item of env.items) {
          if (!isMap(item)) continue;
          const varName = scalarString(item, 'name');
          const found = valueOf(run, item, 'value');
          if (varName === undefined || !found || secretName(varName) === undefined) continue;
          own('kubernetes.kubeconfig-plugin-secret', found, { ...details, field: 'exec.env', variable: varName });
        }
      }
    }
  }
}

/**
 * Each `data:` value of a Secret is base64: decode it and scan the decoded text with the regex catalog and,
 * when the data key is a known file name (`.dockerconfigjson`, `.npmrc`), with that file's parser. A hit is
 * reported at the data key's line and column, spanning to the end of the encoded value. A secret-named key
 * whose decoded value no rule recognises is reported as kubernetes.secret-data.
 */
export function detectSecretManifests(run: StructuredRun, scanDecoded: (text: string, name: string) => Match[]): void {
  const text = run.blob.text;
  for (const doc of cleanDocuments(text)) {
    const root = doc.contents;
    if (!isMap(root) || scalarString(root, 'kind') !== 'Secret') continue;
    const metadata: unknown = root.get('metadata', true);
    const manifestName = isMap(metadata) ? scalarString(metadata, 'name') : undefined;
    // data: values are base64; stringData: values are the plain text (the API server encodes them).
    for (const [field, encoded] of [['data', true], ['stringData', false]] as const) {
      const data = root.get(field, true);
      if (!isMap(data)) continue;
      for (const pair of data.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        const keyStart = nodeStart(pair.key);
        const valueSpan = scalarSpan(pair.value, text);
        if (key === undefined || keyStart === undefined || !valueSpan || !isScalar(pair.value)) continue;
        const raw = String(pair.value.value);
        const decoded = encoded ? decodeBase64Text(raw) : raw;
        if (decoded === undefined) continue;
        const span = encoded ? { start: keyStart, end: valueSpan.end } : valueSpan;
        const details: Record<string, string> = { dataKey: key };
        if (manifestName !== undefined) details.secretName = manifestName;
        const note = encoded ? ['decoded-from-base64'] : [];
        const found = scanDecoded(decoded, key);
        for (const m of found) {
          if (!run.ids.has(m.patternId)) continue;
          const moved = makeMatch(run.blob, m.patternId, span, m.secret, { ...m.details, ...details }, [...new Set([...(m.notes ?? []), ...note])]);
          if (m.kindOverride) moved.kindOverride = m.kindOverride;
          if (m.severityOverride) moved.severityOverride = m.severityOverride;
          moved.checksum = m.checksum;
          run.out.push(moved);
        }
        if (found.length > 0 || /[\r\n]/.test(decoded.trim())) continue;
        const spec = run.rules.get('kubernetes.secret-data');
        const value = decoded.trim();
        if (!spec || !run.ids.has(spec.id)) continue;
        // A Secret is a credential by declaration: whatever its key is called, a high-entropy value is
        // reported; a secret-named key lowers the bar (passwords), an id-like key (ca.crt, username,
        // host) is left to the rules above.
        const named = secretName(key);
        if (named === undefined && (NOT_SECRET_DATA_KEY.test(key) || value.length < 12)) continue;
        const judged = named === 'password' ? { ...spec, minEntropy: 2.5 } : named === undefined ? { ...spec, minEntropy: 3.5 } : spec;
        if (!acceptValue(judged, value)) continue;
        run.out.push(makeMatch(run.blob, spec.id, span, value, details, note));
      }
    }
  }
}

// Data keys that name what is beside a credential, not a credential: certificates (public), users, hosts.
const NOT_SECRET_DATA_KEY = /(?:^|[._-])(?:ca|crt|cert|certificate|pem|pub|public|namespace|user|username|login|email|host|hostname|port|url|uri|endpoint|database|db|dbname|name|region|id|account|bucket|config|conf|json|yaml|yml|properties)$/i;

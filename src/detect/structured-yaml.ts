// YAML-shaped credential files: kubeconfig users (token, password, client-key-data, OIDC refresh token)
// and Kubernetes Secret manifests (data: values decoded and scanned again). Never throws on bad input.
import { isMap, isScalar, isSeq, parseAllDocuments, type Document, type YAMLMap } from 'yaml';
import type { Match } from '../model/types.js';
import { STRUCTURED_SPECS } from './structured-specs.js';
import {
  acceptValue,
  decodeBase64Text,
  makeMatch,
  nodeStart,
  report,
  scalarSpan,
  secretName,
  type Span,
  type StructuredRun,
} from './structured-util.js';

const SPEC = new Map(STRUCTURED_SPECS.map((s) => [s.id, s]));

/** Documents that parsed cleanly; a malformed document is skipped, never half-read. */
export function cleanDocuments(text: string): Document.Parsed[] {
  try {
    return parseAllDocuments(text, { uniqueKeys: false, prettyErrors: false }).filter(
      (d): d is Document.Parsed => 'errors' in d && d.errors.length === 0,
    );
  } catch {
    return [];
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

/** Whether the text holds a kubeconfig (top-level `kind: Config` with a `users` list). */
export function looksLikeKubeconfig(text: string): boolean {
  return /^kind:\s*["']?Config["']?\s*$/m.test(text) && /^users:/m.test(text);
}

const PEM_KEY = /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY-----\r?\n(?:[A-Za-z-]+:[^\n]*\r?\n)*(?:\r?\n)?([A-Za-z0-9+/=\r\n]{64,})-----END /;

export function detectKubeconfig(run: StructuredRun): void {
  const text = run.blob.text;
  for (const doc of cleanDocuments(text)) {
    const root = doc.contents;
    if (!isMap(root) || scalarString(root, 'kind') !== 'Config') continue;
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
      if (token) {
        const spec = SPEC.get('kubernetes.kubeconfig-token')!;
        report(run, { id: spec.id, span: token.span, secret: token.value, details, accept: () => acceptValue(spec, token.value, { text, ...token.span }) });
      }
      const password = valueOf(run, user, 'password');
      if (password) {
        const spec = SPEC.get('kubernetes.kubeconfig-password')!;
        const username = scalarString(user, 'username');
        const d = username === undefined ? details : { ...details, username };
        report(run, { id: spec.id, span: password.span, secret: password.value, details: d, accept: () => acceptValue(spec, password.value, { text, ...password.span }) });
      }
      const keyData = valueOf(run, user, 'client-key-data');
      if (keyData) {
        const pem = decodeBase64Text(keyData.value);
        const m = pem === undefined ? null : PEM_KEY.exec(pem);
        if (m) {
          const notes = ['decoded-from-base64'];
          if (/ENCRYPTED/.test(m[1]!) || /Proc-Type:\s*4,ENCRYPTED/.test(pem!)) notes.push('encrypted');
          const keyType = (m[1] ?? '').trim() || 'PKCS8';
          report(run, { id: 'kubernetes.kubeconfig-client-key', span: keyData.span, secret: keyData.value, details: { ...details, keyType }, notes, accept: () => true });
        }
      }
      const provider = user.get('auth-provider', true);
      const config = isMap(provider) ? provider.get('config', true) : undefined;
      if (isMap(config)) {
        const refresh = valueOf(run, config, 'refresh-token');
        if (refresh) {
          const spec = SPEC.get('kubernetes.kubeconfig-refresh-token')!;
          report(run, { id: spec.id, span: refresh.span, secret: refresh.value, details, accept: () => acceptValue(spec, refresh.value, { text, ...refresh.span }) });
        }
      }
    }
  }
}

/** Whether the text holds at least one Kubernetes Secret manifest. */
export function looksLikeSecretManifest(text: string): boolean {
  return /^kind:\s*["']?Secret["']?\s*$/m.test(text);
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
        const spec = SPEC.get('kubernetes.secret-data')!;
        const value = decoded.trim();
        if (!run.ids.has(spec.id)) continue;
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

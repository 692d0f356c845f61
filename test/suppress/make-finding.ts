// A small local Finding builder for the suppress tests (fake values only).
import { Secret, redact } from '../../src/model/secret.js';
import { DEFAULT_FINGERPRINT_SALT, fingerprintV2Sync } from '../../src/model/fingerprint.js';
import type { Finding } from '../../src/model/types.js';

export function makeFinding(o: { ruleId: string; path: string; line: number; secret: string; endLine?: number; column?: number }): Finding {
  return {
    ruleId: o.ruleId,
    ruleName: o.ruleId,
    provider: o.ruleId.split('.')[0]!,
    kind: 'long-lived-credential',
    severity: 'high',
    confidence: 'high',
    path: o.path,
    line: o.line,
    column: o.column ?? 1,
    endLine: o.endLine ?? o.line,
    endColumn: (o.column ?? 1) + o.secret.length,
    fingerprint: fingerprintV2Sync(o.ruleId, o.secret, DEFAULT_FINGERPRINT_SALT),
    preview: redact(o.secret),
    secretLength: o.secret.length,
    context: 'code',
    pathRole: 'source',
    checksum: 'none',
    entropy: 4,
    notes: [],
    nhi: [],
    cwe: ['CWE-798'],
    suppressions: [],
    secret: new Secret(o.secret),
  };
}

/** Offsets of line starts, as Blob.lineStarts. */
export function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) out.push(i + 1);
  return out;
}

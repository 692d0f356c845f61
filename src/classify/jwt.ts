// Decodes the header and claims of a compact JWS (RFC 7515 / RFC 7519) to judge its lifetime.
// Never verifies a signature and never returns the token or its signature.
import type { JwtInfo } from '../model/types.js';

const B64URL = /^[A-Za-z0-9_-]+={0,2}$/;
const B64URL_OR_EMPTY = /^[A-Za-z0-9_-]*={0,2}$/;

/** Cheap shape check: three dot-separated base64url segments, the first one a JSON object ('{"', '{ ', '{\n'). */
export function isJwtLike(s: string): boolean {
  const parts = s.split('.');
  if (parts.length !== 3) return false;
  const [h, p, sig] = parts as [string, string, string];
  return /^e[wy]/.test(h) && B64URL.test(h) && B64URL.test(p) && B64URL_OR_EMPTY.test(sig);
}

function decodeObject(segment: string): Record<string, unknown> | undefined {
  if (!B64URL.test(segment)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(segment.replace(/=+$/, ''), 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return value as Record<string, unknown>;
}

/**
 * The decoded header and payload objects, or undefined when the token is not a compact JWS whose
 * first two segments are JSON objects and whose header names an `alg`.
 */
export function decodeJwtParts(
  token: string,
): { header: Record<string, unknown>; payload: Record<string, unknown> } | undefined {
  const parts = token.trim().split('.');
  if (parts.length !== 3) return undefined;
  const [h, p, sig] = parts as [string, string, string];
  if (!B64URL_OR_EMPTY.test(sig)) return undefined;
  const header = decodeObject(h);
  if (!header || typeof header.alg !== 'string' || header.alg === '') return undefined;
  const payload = decodeObject(p);
  if (!payload) return undefined;
  return { header, payload };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** Header alg and the claims that decide lifetime. `nowSeconds` defaults to the clock (seconds since epoch). */
export function decodeJwt(token: string, nowSeconds?: number): JwtInfo | undefined {
  const parts = decodeJwtParts(token);
  if (!parts) return undefined;
  const { header, payload } = parts;
  const info: JwtInfo = { alg: header.alg as string };
  const iss = str(payload.iss);
  if (iss !== undefined) info.iss = iss;
  const aud = Array.isArray(payload.aud)
    ? payload.aud.filter((a): a is string => typeof a === 'string').join(',')
    : str(payload.aud);
  if (aud !== undefined) info.aud = aud;
  const sub = str(payload.sub);
  if (sub !== undefined) info.sub = sub;
  const iat = num(payload.iat);
  if (iat !== undefined) info.iat = iat;
  const exp = num(payload.exp);
  if (exp !== undefined) {
    info.exp = exp;
    if (iat !== undefined) info.lifetimeSeconds = exp - iat;
    const now = nowSeconds ?? Math.floor(Date.now() / 1000);
    info.expired = exp <= now;
  }
  return info;
}

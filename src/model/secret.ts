// The Secret wrapper and everything that turns a secret into something safe to print:
// redaction (fingerprints live in fingerprint.ts) and the scrub of finding details (safeDetails). A raw value leaves this module only through reveal().
import { inspect } from 'node:util';
import { shannonEntropy } from './entropy.js';

const REDACTED_MIN = 8;

/** A short preview that identifies nothing: at most 4 leading chars and the length. */
export function redact(value: string): string {
  const shown = value.length >= 24 ? 4 : value.length >= REDACTED_MIN ? 2 : 0;
  const head = value.slice(0, shown).replace(/[^\x20-\x7e]/g, '?');
  return `${head}…[${value.length}]`;
}

/** `text` with every occurrence of each value redacted; `count` is how many values were found in it. */
export function redactValues(text: string, values: readonly string[]): { text: string; count: number } {
  let count = 0;
  for (const v of values) {
    if (v.length === 0 || !text.includes(v)) continue;
    count++;
    text = text.split(v).join(redact(v));
  }
  return { text, count };
}

export class Secret {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  get length(): number {
    return this.#value.length;
  }
  /** The one way to get the raw value; callers must be on an explicit --show-secrets path. */
  reveal(): string {
    return this.#value;
  }
  toString(): string {
    return redact(this.#value);
  }
  toJSON(): string {
    return redact(this.#value);
  }
  [inspect.custom](): string {
    return `Secret(${redact(this.#value)})`;
  }
}

/**
 * The one rule for echoing text a user wrote (a config value, a map key, a list entry, an id in a directive)
 * in an error or warning: a short word (printable ASCII, at most 12 characters), or a lowercase name or path
 * made of short pieces (`aws.access-key-id`, `.keyshift-baseline`, `ci/secrets.txt`: lowercase letters and
 * digits in runs of at most 16, joined by '.', '-', '_' or '/') is shown as written. Anything else could be a
 * secret pasted into the wrong place (tokens are long runs, mixed case) and is redacted (`ghp_…[40]`).
 */
export function userText(text: string): string {
  return isShowable(text) ? text : redact(text);
}

/** userText in double quotes when shown as written, bare when redacted: `"severe"`, `ghp_…[40]`. */
export function quoteUserText(text: string): string {
  return isShowable(text) ? JSON.stringify(text) : redact(text);
}

const SHORT_WORD = /^[\x20-\x7e]{1,12}$/;
const LOWERCASE_NAME = /^[a-z0-9._/-]{1,64}$/;
const LONG_RUN = /[a-z0-9]{17}/;

function isShowable(text: string): boolean {
  return SHORT_WORD.test(text) || (LOWERCASE_NAME.test(text) && /[._/-]/.test(text) && !LONG_RUN.test(text));
}

/** Detail keys that name an account: a user name or login can itself be a token (`https://ghp_…@github.com`). */
const IDENTITY_KEY = /user|login|account|owner|name$/i;

/**
 * Details are for people and reports, so they must never carry a secret, whatever a detector put there:
 * a value that contains the secret (or is contained in it), and an account value that looks like a token
 * (long, no spaces, high entropy), is replaced by its redacted form. Defence in depth for every detector.
 */
export function safeDetails(details: Record<string, string | number | boolean>, secret: string): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(details)) {
    if (typeof v !== 'string') {
      out[k] = v;
      continue;
    }
    const overlapsSecret = secret.length >= 6 && (v.includes(secret) || (v.length >= 6 && secret.includes(v)));
    const tokenLike = IDENTITY_KEY.test(k) && v.length >= 16 && !/\s/.test(v) && shannonEntropy(v) >= 3.5;
    out[k] = overlapsSecret || tokenLike ? redact(v) : v;
  }
  return out;
}

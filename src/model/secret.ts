// The Secret wrapper and everything that turns a secret into something safe to print:
// redaction and fingerprints. A raw value leaves this module only through reveal().
import { createHash } from 'node:crypto';
import { inspect } from 'node:util';

const REDACTED_MIN = 8;

/** A short preview that identifies nothing: at most 4 leading chars and the length. */
export function redact(value: string): string {
  const shown = value.length >= 24 ? 4 : value.length >= REDACTED_MIN ? 2 : 0;
  const head = value.slice(0, shown).replace(/[^\x20-\x7e]/g, '?');
  return `${head}…[${value.length}]`;
}

/** Stable content identity: the same secret under the same pattern is the same finding anywhere. */
export function fingerprint(patternId: string, value: string): string {
  return createHash('sha256').update(patternId).update('\0').update(value).digest('hex').slice(0, 32);
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

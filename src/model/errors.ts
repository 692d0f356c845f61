// Typed errors that users see. Usage and configuration errors map to exit code 2 in the CLI;
// messages are one line: what happened, where, how to fix it. They never carry a secret value.

export class KeyshiftError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Bad command-line usage. Exit code 2. */
export class UsageError extends KeyshiftError {}

/**
 * git could not read an object it needed (a partial or shallow clone, or a damaged repository). The git
 * sources catch it and scan around the missing objects; one that escapes is a usage error as before.
 */
export class MissingObjectError extends UsageError {}

/** A config or pattern file that is missing, malformed or invalid. Exit code 2. */
export class ConfigError extends KeyshiftError {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
    options?: { cause?: unknown },
  ) {
    super(file ? `${file}${line ? `:${line}` : ''}: ${message}` : message, options);
  }
}

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

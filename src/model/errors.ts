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

/**
 * The run was stopped by SIGINT (Ctrl-C) or SIGTERM before it finished: nothing partial was written. Not a
 * KeyshiftError, so no handler of usage errors can turn it into exit code 2; the CLI maps it to 130 or 143.
 */
export class InterruptedError extends Error {
  constructor(readonly signal: InterruptSignal) {
    super('interrupted');
    this.name = 'InterruptedError';
  }
}

export type InterruptSignal = 'SIGINT' | 'SIGTERM';

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
/** 128 + the signal's number, as shells report a process a signal ended (SIGINT is 2, SIGTERM 15 on every POSIX system). */
export const EXIT_SIGINT = 130;
export const EXIT_SIGTERM = 143;

export function exitCodeForSignal(signal: InterruptSignal): number {
  return signal === 'SIGINT' ? EXIT_SIGINT : EXIT_SIGTERM;
}

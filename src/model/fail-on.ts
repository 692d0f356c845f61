// The fail-on levels (the one list behind the config key, the --fail-on flag, the Action input and the help) and the
// rule behind exit code 1, which only the entry points (CLI, hook, Action) apply.
import { SEVERITIES, severityRank, type Finding, type Severity } from './types.js';
import { UsageError } from './errors.js';

export type FailOn = Severity | 'none';

/** Every accepted value, most severe first; 'none' never fails the run. */
export const FAIL_ON_VALUES: readonly FailOn[] = [...[...SEVERITIES].reverse(), 'none'];

/** The value as a FailOn, or undefined when it is not one of FAIL_ON_VALUES (callers word the error). */
export function parseFailOn(value: string): FailOn | undefined {
  return (FAIL_ON_VALUES as readonly string[]).includes(value) ? (value as FailOn) : undefined;
}

/** Parses a fail-on value from any entry point (flag, Action input); `what` names it in the error. */
export function parseFailOnValue(value: string | undefined, what: string): Severity | 'none' | undefined {
  if (value === undefined || value === '') return undefined;
  const failOn = parseFailOn(value);
  if (failOn !== undefined) return failOn;
  // Short words are echoed; anything longer may be a pasted secret.
  const shown = /^[\x20-\x7e]{1,12}$/.test(value) ? `"${value}"` : 'another value';
  throw new UsageError(`${what}: expected one of ${FAIL_ON_VALUES.join(', ')}; got ${shown}`);
}

/** The unsuppressed findings at or above the failing severity: the one rule behind exit code 1. */
export function failingFindings(findings: Finding[], failOn: Severity | 'none'): Finding[] {
  if (failOn === 'none') return [];
  const threshold = severityRank(failOn);
  return findings.filter((f) => f.suppressions.length === 0 && severityRank(f.severity) >= threshold);
}

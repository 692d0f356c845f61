// The fail-on levels: the one list behind the config key, the --fail-on flag, the Action input and the help.
import { SEVERITIES, type Severity } from './types.js';

export type FailOn = Severity | 'none';

/** Every accepted value, most severe first; 'none' never fails the run. */
export const FAIL_ON_VALUES: readonly FailOn[] = [...[...SEVERITIES].reverse(), 'none'];

/** The value as a FailOn, or undefined when it is not one of FAIL_ON_VALUES (callers word the error). */
export function parseFailOn(value: string): FailOn | undefined {
  return (FAIL_ON_VALUES as readonly string[]).includes(value) ? (value as FailOn) : undefined;
}

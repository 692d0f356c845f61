// The input every formatter takes (a finished scan plus rule metadata) and the options they share.
// Pure data: no formatting logic and no I/O here.
import type { PatternSpec, ScanResult } from '../model/types.js';

/** One rule as the report shows it: the pattern plus its general guidance (from migrate's ruleHelp). */
export interface RuleInfo {
  spec: PatternSpec;
  help: { text: string; markdown: string };
}

export interface Report {
  result: ScanResult;
  rules: RuleInfo[];
  tool: { name: string; version: string; informationUri?: string };
}

export interface FormatOptions {
  /** Only when true does any formatter call finding.secret.reveal(). */
  showSecrets: boolean;
  /** ANSI colours (text format only); the CLI sets it from the TTY check. */
  color: boolean;
  /** Text: list skipped files with their reasons and every warning. */
  verbose: boolean;
  /** Text: list suppressed findings too (they are always counted). */
  showSuppressed: boolean;
  /** Text and markdown: cap on listed findings; the rest are counted in one line. */
  maxFindings?: number;
}

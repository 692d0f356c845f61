// Options that gitleaks and trufflehog users type out of habit: each is accepted by the parser only to
// fail with one line naming keyshift's equivalent (exit 2), instead of commander's bare "unknown option".
import { Option, type Command } from 'commander';
import { UsageError } from '../model/errors.js';

interface ForeignOption {
  /** Commander flags; values are optional so that the hint, not a missing-argument error, is what users see. */
  flags: string;
  from: 'gitleaks' | 'trufflehog';
  hint: string;
}

export const FOREIGN_OPTIONS: readonly ForeignOption[] = [
  { flags: '--redact [percent]', from: 'gitleaks', hint: 'keyshift redacts every secret by default; --show-secrets reveals them' },
  { flags: '-r, --report-path [file]', from: 'gitleaks', hint: 'use --output FILE (-o)' },
  { flags: '--report-format [format]', from: 'gitleaks', hint: 'use --format text|json|sarif|markdown (-f)' },
  { flags: '--exit-code [code]', from: 'gitleaks', hint: 'keyshift exits 1 on a finding at or above --fail-on (default low); --fail-on none always exits 0' },
  { flags: '--no-git', from: 'gitleaks', hint: 'keyshift scan PATH already scans the files on disk; add --no-ignore to include gitignored files, --history for git history' },
  { flags: '-s, --source [path]', from: 'gitleaks', hint: 'name the path as an argument: keyshift scan PATH' },
  { flags: '--log-opts [opts]', from: 'gitleaks', hint: 'use --history with --since, --max-commits and --history-ref' },
  { flags: '--baseline-path [file]', from: 'gitleaks', hint: 'use --baseline FILE' },
  { flags: '--max-target-megabytes [n]', from: 'gitleaks', hint: 'use --max-file-size SIZE (e.g. 10MiB)' },
  { flags: '--json', from: 'trufflehog', hint: 'use --format json' },
  { flags: '--fail', from: 'trufflehog', hint: 'keyshift exits 1 on findings by default (see --fail-on)' },
];

export function addForeignOptions(cmd: Command): Command {
  for (const f of FOREIGN_OPTIONS) cmd.addOption(new Option(f.flags).hideHelp());
  return cmd;
}

/** Throws the one-line hint for the first foreign option that was given. */
export function rejectForeignOptions(opts: Record<string, unknown>): void {
  for (const f of FOREIGN_OPTIONS) {
    const option = new Option(f.flags);
    const value = opts[option.attributeName()];
    const given = option.negate ? value === false : value !== undefined;
    if (given) throw new UsageError(`${option.long} is a ${f.from} option, not a keyshift one: ${f.hint}`);
  }
}

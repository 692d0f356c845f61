// `keyshift merge RESULTS...`: combines per-repository results (github scan-org), plain scan JSON and merged
// files into one organisation report in any output format, with the secrets repositories share (OWASP NHI9).
// Only argv, output files and the exit code are handled here; the merging is in src/org/ (loaded lazily).
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { UsageError, EXIT_CLEAN, EXIT_FINDINGS } from '../model/errors.js';
import { FAIL_ON_VALUES, failingFindings, parseFailOnValue } from '../model/fail-on.js';
import { writeFileAtomic } from '../model/atomic-write.js';
import { REPORT_FORMATS, formatReportLazy, type ReportFormat } from '../report/formats.js';
import { VERSION } from '../model/version.js';
import type { CliIO } from './main.js';

interface MergeCliOptions {
  format: ReportFormat;
  output?: string;
  failOn?: string;
  verbose?: boolean;
  showSuppressed?: boolean;
  maxFindings?: string;
  color?: boolean;
  category?: string;
}

const MERGE_HELP = `
Inputs: per-repository results of keyshift github scan-org (owner__name.json), keyshift scan --format json
documents (named after their file), and merged files; directories are searched recursively for *.json.
The same secret in two or more repositories is listed under "Reused across repositories" and raised one severity step.

Exit codes:
  0  the report was written (findings do not change this unless --fail-on is given)
  1  --fail-on was given and a finding is at or above it
  2  usage error, or an input that is not a keyshift result (the message names the file)
`;

export function registerMergeCommands(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('merge')
    .description('merge per-repository, scan and merged results into one organisation report')
    .argument('<results...>', 'result files, or directories of them')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...REPORT_FORMATS]).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--fail-on <severity>', `exit 1 when a finding is at or above this severity (${FAIL_ON_VALUES.join(', ')}; default none)`)
    .option('-v, --verbose', 'text: list skipped files and every warning')
    .option('--show-suppressed', 'text: also list suppressed findings')
    .option('--max-findings <n>', 'list at most this many findings in text and markdown output')
    .option('--category <id>', 'SARIF: the code scanning category of every run')
    .option('--no-color', 'no ANSI colours even on a terminal')
    .addHelpText('after', MERGE_HELP)
    .action(async (results: string[], opts: MergeCliOptions) => {
      setExit(await mergeAction(results, opts, io));
    });
}

async function mergeAction(results: string[], opts: MergeCliOptions, io: CliIO): Promise<number> {
  const failOn = parseFailOnValue(opts.failOn, '--fail-on') ?? 'none';
  let maxFindings: number | undefined;
  if (opts.maxFindings !== undefined) {
    maxFindings = Number(opts.maxFindings);
    if (!Number.isInteger(maxFindings) || maxFindings < 0) throw new UsageError(`--max-findings: expected a whole number, got "${opts.maxFindings}"`);
    if (opts.format === 'json' || opts.format === 'sarif') throw new UsageError(`--max-findings caps text and markdown output; --format ${opts.format} always lists every finding, so drop it`);
  }
  const { collectResultFiles, mergeResultFiles } = await import('../org/merge.js');
  const files = collectResultFiles(results, io.cwd);
  const { report, notes } = mergeResultFiles(files, io.cwd, { name: 'keyshift', version: VERSION, informationUri: 'https://github.com/keyshift/keyshift' });
  for (const n of notes) io.stderr(`keyshift: note: ${n}\n`);
  io.signal?.throwIfAborted();
  const out = await formatReportLazy(opts.format, report, {
    showSecrets: false,
    color: io.isTTY && opts.color !== false && !io.env.NO_COLOR && !opts.output,
    verbose: Boolean(opts.verbose),
    showSuppressed: Boolean(opts.showSuppressed),
    maxFindings,
    ...(opts.category !== undefined ? { category: opts.category } : {}),
  });
  if (opts.output) {
    try {
      writeFileAtomic(resolve(io.cwd, opts.output), out);
    } catch (err) {
      throw new UsageError(`--output: cannot write ${opts.output}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
    }
    const org = report.org!;
    io.stderr(`keyshift: ${org.repositories.length} repositories merged, ${report.result.counts.findings} finding(s), ${org.reuse.length} reused across repositories; report written to ${opts.output}\n`);
  } else {
    io.stdout(out);
  }
  return failingFindings(report.result.findings, failOn).length > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
}

// The keyshift command line: parses argv with commander, runs commands, and maps every outcome to an
// exit code in one place (0 clean, 1 findings at or above --fail-on, 2 usage or configuration error,
// 130 and 143 interrupted by SIGINT or SIGTERM).
import { isatty } from 'node:tty';
import { Command, CommanderError, Option } from 'commander';
import { KeyshiftError, InterruptedError, EXIT_USAGE, exitCodeForSignal } from '../model/errors.js';
import { VERSION } from '../model/version.js';

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Standard input, opened only when `keyshift scan -` asks for it. */
  stdin?: () => AsyncIterable<Uint8Array | string>;
  stdinIsTTY?: boolean;
  /** Aborted (with an InterruptedError as its reason) when SIGINT or SIGTERM arrives: scans stop and write nothing. */
  signal?: AbortSignal;
}

type Register = (program: Command, io: CliIO, setExit: (code: number) => void) => void;

/**
 * Each command module and the top-level commands it registers, in the order of `keyshift --help`. A run
 * whose first argument names one of them loads that module alone (the bundle then evaluates neither the
 * GitHub client nor fix, merge or the config importers for a pre-commit scan: docs/performance.md); help,
 * options first and unknown names load them all, so listings and did-you-mean suggestions stay whole.
 */
const COMMAND_MODULES: [names: readonly string[], load: () => Promise<Register>][] = [
  [['scan', 'report'], async () => (await import('./scan-command.js')).registerScanCommands],
  [['patterns', 'explain'], async () => (await import('./patterns-command.js')).registerPatternCommands],
  [['init', 'baseline', 'config'], async () => (await import('./config-commands.js')).registerConfigCommands],
  [['hook'], async () => (await import('./hook-command.js')).registerHookCommands],
  [['github'], async () => (await import('./github-command.js')).registerGithubCommands],
  [['fix'], async () => (await import('./fix-command.js')).registerFixCommands],
  [['merge'], async () => (await import('./merge-command.js')).registerMergeCommands],
];

/** The command modules a run with these arguments needs: the one its first argument names, else all. */
export function commandModulesFor(argv: readonly string[]): (() => Promise<Register>)[] {
  const first = argv[0];
  const one = COMMAND_MODULES.find(([names]) => first !== undefined && names.includes(first));
  return one ? [one[1]] : COMMAND_MODULES.map(([, load]) => load);
}

export async function buildProgram(io: CliIO, setExit: (code: number) => void, argv?: readonly string[]): Promise<Command> {
  const program = new Command();
  program
    .name('keyshift')
    .description('Find long-lived secrets in code and CI, and say what federated identity should replace them.')
    .version(VERSION, '-V, --version')
    .addOption(new Option('--debug', 'show stack traces for internal errors'))
    .showHelpAfterError('(run keyshift --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  const registers = await Promise.all(commandModulesFor(argv ?? []).map((load) => load()));
  for (const register of registers) register(program, io, setExit);
  return program;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  let exitCode = 0;
  const debug = argv.includes('--debug');
  try {
    const program = await buildProgram(io, (c) => {
      exitCode = c;
    }, argv);
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here with exit code 0; usage errors were already printed by commander.
      return err.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    if (err instanceof InterruptedError) {
      io.stderr('keyshift: interrupted\n');
      return exitCodeForSignal(err.signal);
    }
    if (err instanceof KeyshiftError) {
      io.stderr(`keyshift: ${err.message}\n`);
      if (debug && err.stack) io.stderr(`${err.stack}\n`);
      return EXIT_USAGE;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr(`keyshift: internal error: ${message}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug && err instanceof Error && err.stack) io.stderr(`${err.stack}\n`);
    return EXIT_USAGE;
  }
}

export function processIO(): CliIO {
  return {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd: process.cwd(),
    stdin: () => process.stdin,
    stdinIsTTY: isatty(0),
  };
}

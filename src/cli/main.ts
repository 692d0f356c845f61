// The keyshift command line: parses argv with commander, runs commands, and maps every outcome to an
// exit code in one place (0 clean, 1 findings at or above --fail-on, 2 usage or configuration error,
// 130 and 143 interrupted by SIGINT or SIGTERM).
import { isatty } from 'node:tty';
import { Command, CommanderError, Option } from 'commander';
import { KeyshiftError, InterruptedError, EXIT_USAGE, exitCodeForSignal } from '../model/errors.js';
import { registerScanCommands } from './scan-command.js';
import { registerPatternCommands } from './patterns-command.js';
import { registerConfigCommands } from './config-commands.js';
import { registerHookCommands } from './hook-command.js';
import { registerGithubCommands } from './github-command.js';
import { registerFixCommands } from './fix-command.js';
import { registerMergeCommands } from './merge-command.js';
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

export function buildProgram(io: CliIO, setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('keyshift')
    .description('Find long-lived secrets in code and CI, and say what federated identity should replace them.')
    .version(VERSION, '-V, --version')
    .addOption(new Option('--debug', 'show stack traces for internal errors'))
    .showHelpAfterError('(run keyshift --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  registerScanCommands(program, io, setExit);
  registerPatternCommands(program, io, setExit);
  registerConfigCommands(program, io, setExit);
  registerHookCommands(program, io, setExit);
  registerGithubCommands(program, io, setExit);
  registerFixCommands(program, io, setExit);
  registerMergeCommands(program, io, setExit);
  return program;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  let exitCode = 0;
  const program = buildProgram(io, (c) => {
    exitCode = c;
  });
  const debug = argv.includes('--debug');
  try {
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

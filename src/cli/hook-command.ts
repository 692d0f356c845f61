// `keyshift hook install|uninstall|run|snippets`: the pre-commit integration seen from the command line.
// `hook run` is what the installed hook and the pre-commit framework call: scans the index, blocks on findings.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { EXIT_CLEAN, EXIT_FINDINGS } from '../model/errors.js';
import type { CliIO } from './main.js';
import { runConfiguredScan } from '../scan/scan-request.js';
import { FINGERPRINT_SALT_ENV } from '../scan/settings.js';
import { failingFindings } from '../model/fail-on.js';
import { parseFailOn } from './scan-command.js';
import { hookSnippets, SKIP_ENV } from '../hook/script.js';

/**
 * bin/keyshift.js of the package this code runs from, found by walking up to the package.json named keyshift
 * (the module sits in build/src/cli when compiled and in dist/ when bundled).
 */
function cliPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'keyshift') return join(dir, 'bin', 'keyshift.js');
      } catch {
        // not ours; keep walking up
      }
    }
    const up = dirname(dir);
    if (up === dir) return process.argv[1] ?? 'keyshift';
    dir = up;
  }
}

export function registerHookCommands(program: Command, io: CliIO, setExit: (code: number) => void): void {
  const hook = program.command('hook').description('git pre-commit hook: install it, or run the check it runs');
  hook
    .command('install')
    .description('write .git/hooks/pre-commit (where git looks for hooks) and print husky/lefthook snippets')
    .option('--force', 'replace an existing pre-commit hook that is not keyshift\'s (it is kept as a backup and still runs first)')
    .action(async (opts: { force?: boolean }) => {
      const { installHook } = await import('../hook/install.js');
      const r = installHook({ cwd: io.cwd, force: Boolean(opts.force), node: process.execPath, cli: cliPath() });
      const what = r.action === 'replaced' ? `replaced (the old hook is kept in ${r.backup} and runs before keyshift)` : r.action;
      io.stdout(`keyshift: pre-commit hook ${what}: ${r.path}\n\nUsing a hook manager instead?\n\n${hookSnippets()}`);
      setExit(EXIT_CLEAN);
    });
  hook
    .command('uninstall')
    .description('remove keyshift\'s pre-commit hook (a foreign hook is left alone)')
    .action(async () => {
      const { uninstallHook } = await import('../hook/install.js');
      const r = uninstallHook(io.cwd);
      io.stdout(r.removed ? `keyshift: removed ${r.path}${r.restored ? ' (restored the previous hook)' : ''}\n` : `keyshift: no keyshift hook at ${r.path}\n`);
      setExit(EXIT_CLEAN);
    });
  hook
    .command('snippets')
    .description('print the husky, lefthook and pre-commit framework configuration')
    .action(() => {
      io.stdout(hookSnippets());
      setExit(EXIT_CLEAN);
    });
  hook
    .command('run')
    .description('scan the staged changes and exit 1 if they add a secret (what the hook runs)')
    .option('--fail-on <severity>', 'block at or above this severity (default: the config\'s fail-on, else low)')
    .option('-c, --config <file>', 'configuration file')
    .action(async (opts: { failOn?: string; config?: string }) => {
      if (io.env[SKIP_ENV] === '1') {
        io.stderr(`keyshift: skipped (${SKIP_ENV}=1)\n`);
        setExit(EXIT_CLEAN);
        return;
      }
      const { report, failOn } = await runConfiguredScan({
        cwd: io.cwd,
        targets: [io.cwd],
        configFile: opts.config,
        failOn: parseFailOn(opts.failOn),
        include: [],
        exclude: [],
        respectGitignore: true,
        mode: { kind: 'staged' },
        signal: io.signal,
        envFingerprintSalt: io.env[FINGERPRINT_SALT_ENV],
      });
      for (const w of report.result.warnings) io.stderr(`keyshift: warning: ${w}\n`);
      const blocking = failingFindings(report.result.findings, failOn);
      if (blocking.length > 0) io.stderr((await import('../hook/message.js')).blockMessage(blocking));
      setExit(blocking.length > 0 ? EXIT_FINDINGS : EXIT_CLEAN);
    });
}

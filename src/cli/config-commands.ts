// `keyshift init` and `keyshift baseline create|update|import`: write config and baseline files from the
// library functions in src/config and src/suppress. Owns only argv handling and file writes (each through a
// temporary file renamed into place, so an old baseline survives a failed or interrupted write).
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../model/atomic-write.js';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { ConfigError, UsageError, EXIT_CLEAN } from '../model/errors.js';
import type { CliIO } from './main.js';
import { STARTER_CONFIG } from '../config/config.js';
import { createBaseline, updateBaseline, parseBaseline, compareBaselines, importGitleaks, importDetectSecrets, importGitleaksIgnore, relocateImported, formatBaseline } from '../suppress/baseline.js';
import { loadGitleaksRuleMap, registerConfigImport } from './import-command.js';
import { runConfiguredScan } from '../scan/scan-request.js';
import { requestFromOptions, addScanOptions, type ScanCliOptions } from './scan-command.js';

const DEFAULT_BASELINE = '.keyshift-baseline';

export function registerConfigCommands(program: Command, io: CliIO, setExit: (code: number) => void): void {
  registerConfigImport(program, io, setExit);
  program
    .command('init')
    .description('write a commented starter .keyshift.yaml in the current directory')
    .option('--force', 'overwrite an existing .keyshift.yaml')
    .action((opts: { force?: boolean }) => {
      const file = resolve(io.cwd, '.keyshift.yaml');
      if (existsSync(file) && !opts.force) throw new UsageError('.keyshift.yaml already exists; use --force to overwrite it');
      writeFileAtomic(file, STARTER_CONFIG);
      io.stdout('wrote .keyshift.yaml (every option is explained in its comments)\n');
      setExit(EXIT_CLEAN);
    });

  const baseline = program.command('baseline').description('accept current findings so that only new ones are reported');
  const scanFor = async (paths: string[], opts: ScanCliOptions) => {
    // A baseline is built from every finding, whatever an existing baseline says.
    const req = requestFromOptions(paths, { ...opts, baseline: undefined }, io);
    req.onProgress = undefined;
    return (await runConfiguredScan(req)).report.result.findings.filter((f) => !f.suppressions.some((s) => s.source !== 'baseline'));
  };
  addScanOptions(
    baseline
      .command('create')
      .description('scan and write a baseline of the current findings')
      .argument('[paths...]', 'files or directories to scan', ['.'])
      .addOption(new Option('--file <file>', 'baseline file to write').default(DEFAULT_BASELINE))
      .option('--force', 'overwrite an existing baseline file (keyshift baseline update adds to one instead)'),
    'text',
  ).action(async (paths: string[], opts: ScanCliOptions & { file: string; force?: boolean }) => {
    const file = resolve(io.cwd, opts.file);
    // Like init: an existing file holds accepted findings someone reviewed; replacing it takes --force.
    if (existsSync(file) && !opts.force) throw new UsageError(`${opts.file} already exists; use --force to overwrite it, or keyshift baseline update to add to it`);
    const findings = await scanFor(paths, opts);
    writeFileAtomic(file, createBaseline(findings));
    io.stdout(`wrote ${opts.file} with ${parseBaseline(readFileSync(file, 'utf8'), file).length} entries\n`);
    setExit(EXIT_CLEAN);
  });
  addScanOptions(
    baseline
      .command('update')
      .description('add current findings to a baseline (and, with --prune, drop entries no longer found)')
      .argument('[paths...]', 'files or directories to scan', ['.'])
      .addOption(new Option('--file <file>', 'baseline file to update').default(DEFAULT_BASELINE))
      .option('--prune', 'remove entries whose finding is gone'),
    'text',
  ).action(async (paths: string[], opts: ScanCliOptions & { file: string; prune?: boolean }) => {
    const file = resolve(io.cwd, opts.file);
    const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const findings = await scanFor(paths, opts);
    const after = updateBaseline(before, findings, { prune: Boolean(opts.prune) }, file);
    writeFileAtomic(file, after);
    const d = compareBaselines(parseBaseline(before, file), parseBaseline(after, file));
    io.stdout(`${opts.file}: ${d.added} added, ${d.removed} removed, ${d.kept} kept\n`);
    setExit(EXIT_CLEAN);
  });
  addScanOptions(
    baseline
      .command('import')
      .description("import a peer's report or baseline, re-located onto keyshift findings by scanning")
      .argument('<report>', 'gitleaks JSON report, .gitleaksignore, or detect-secrets .secrets.baseline')
      .argument('[paths...]', 'files or directories to scan', ['.'])
      .addOption(new Option('--from <tool>', 'the peer that wrote the report').choices(['gitleaks', 'gitleaksignore', 'detect-secrets']).makeOptionMandatory())
      .addOption(new Option('--file <file>', 'baseline file to write (merged with an existing one)').default(DEFAULT_BASELINE)),
    'text',
  ).action(async (report: string, paths: string[], opts: ScanCliOptions & { from: 'gitleaks' | 'gitleaksignore' | 'detect-secrets'; file: string }) => {
    const reportPath = resolve(io.cwd, report);
    if (!existsSync(reportPath)) throw new ConfigError(`${report} does not exist`);
    const text = readFileSync(reportPath, 'utf8');
    const imported =
      opts.from === 'gitleaks'
        ? importGitleaks(text, { root: io.cwd }, report)
        : opts.from === 'gitleaksignore'
          ? importGitleaksIgnore(text, gitleaksRuleMapper(), { root: io.cwd }, report)
          : importDetectSecrets(text, { root: io.cwd }, report);
    const findings = await scanFor(paths, opts);
    const { entries, unmatched } = relocateImported(imported, findings);
    const file = resolve(io.cwd, opts.file);
    const existing = existsSync(file) ? parseBaseline(readFileSync(file, 'utf8'), file) : [];
    writeFileAtomic(file, formatBaseline([...existing, ...entries]));
    io.stdout(`imported ${entries.length} of ${imported.length} ${opts.from} entries into ${opts.file}\n`);
    for (const u of unmatched) {
      const hint = u.commit ? `; it was recorded at commit ${u.commit.slice(0, 12)}: add --history to match findings in history` : '';
      io.stderr(`keyshift: not matched: ${u.path}:${u.line} (${u.peerRule}); no current finding at that place${hint}\n`);
    }
    setExit(EXIT_CLEAN);
  });
}

/** gitleaks default rule id -> keyshift ids; undefined for other rules (then any finding on that line matches). */
function gitleaksRuleMapper(): (rule: string) => string[] | undefined {
  const map = loadGitleaksRuleMap();
  return (rule) => map.get(rule);
}

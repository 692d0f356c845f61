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
import { createBaseline, updateBaseline, parseBaseline, readBaseline, compareBaselines, importGitleaks, importDetectSecrets, importGitleaksIgnore, relocateImported, formatBaseline, schemeFor, type BaselineScheme, type BaselineUpdate } from '../suppress/baseline.js';
import { newSalt, type FingerprintSalt } from '../model/fingerprint.js';
import type { Finding } from '../model/types.js';
import { loadGitleaksRuleMap, registerConfigImport } from './import-command.js';
import { runConfiguredScan, type ScanRequest } from '../scan/scan-request.js';
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
  /**
   * Scans for a baseline written to `file`. A baseline is built from every finding, whatever an existing baseline
   * says; the existing file (when there is one) is read so that its salt is kept and its entries (v1 ones too) are
   * matched. With no salt set anywhere the new baseline gets a random one (docs/fingerprints.md).
   */
  const scanFor = async (paths: string[], opts: ScanCliOptions, existing?: string): Promise<{ findings: Finding[]; scheme: BaselineScheme }> => {
    const req: ScanRequest = { ...requestFromOptions(paths, { ...opts, baseline: existing }, io), fallbackFingerprintSalt: newSalt() };
    req.onProgress = undefined;
    const scan = await runConfiguredScan(req);
    const findings = scan.report.result.findings.filter((f) => !f.suppressions.some((s) => s.source !== 'baseline'));
    return { findings, scheme: schemeFor(scan.settings.fingerprintSalt.value, storesSalt(scan.settings.fingerprintSalt)) };
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
    const { findings, scheme } = await scanFor(paths, opts);
    writeFileAtomic(file, createBaseline(findings, scheme));
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
    const old = readBaseline(before, file);
    const { findings, scheme } = await scanFor(paths, opts, old.scheme ? file : undefined);
    const after = updateBaseline(old, findings, { prune: Boolean(opts.prune) }, scheme);
    writeFileAtomic(file, after.text);
    if (after.migrated) io.stdout(migrationMessage(opts.file, after.migrated, parseBaseline(after.text, file).length));
    else {
      const d = compareBaselines(old.entries, parseBaseline(after.text, file));
      io.stdout(`${opts.file}: ${d.added} added, ${d.removed} removed, ${d.kept} kept\n`);
    }
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
    const file = resolve(io.cwd, opts.file);
    const old = readBaseline(existsSync(file) ? readFileSync(file, 'utf8') : '', file);
    const { findings, scheme } = await scanFor(paths, opts, old.scheme ? file : undefined);
    const { entries, unmatched } = relocateImported(imported, findings);
    // The existing entries, migrated to v2 when the file is v1 (only those a current finding still matches).
    const kept: BaselineUpdate = updateBaseline(old, findings.filter((f) => f.suppressions.some((s) => s.source === 'baseline')), { prune: false }, scheme);
    writeFileAtomic(file, formatBaseline([...parseBaseline(kept.text, file), ...entries], scheme));
    if (kept.migrated) io.stdout(migrationMessage(opts.file, kept.migrated, undefined));
    io.stdout(`imported ${entries.length} of ${imported.length} ${opts.from} entries into ${opts.file}\n`);
    for (const u of unmatched) {
      const hint = u.commit ? `; it was recorded at commit ${u.commit.slice(0, 12)}: add --history to match findings in history` : '';
      io.stderr(`keyshift: not matched: ${u.path}:${u.line} (${u.peerRule}); no current finding at that place${hint}\n`);
    }
    setExit(EXIT_CLEAN);
  });
}

/**
 * A baseline holds its salt only when the salt is not kept elsewhere: a random one it was given, or its own. A
 * salt from the request, KEYSHIFT_FINGERPRINT_SALT or the config is named by its id only (a CI secret stays one).
 */
function storesSalt(salt: FingerprintSalt): boolean {
  return salt.source === 'generated' || salt.source === 'baseline' || salt.source === 'default';
}

function migrationMessage(name: string, m: NonNullable<BaselineUpdate['migrated']>, total: number | undefined): string {
  const what = m.from === 1 ? 'a v1 baseline (unsalted fingerprints)' : 'a baseline made with another salt';
  const dropped = m.dropped > 0 ? `; ${m.dropped} dropped: their secrets were not found by this scan, and an entry cannot be re-hashed without its secret` : '';
  return `${name}: rewrote ${what} as v2${total === undefined ? '' : ` with ${total} entries`}: ${m.matched} of ${m.entries} old entries still match a finding${dropped}\n`;
}

/** gitleaks default rule id -> keyshift ids; undefined for other rules (then any finding on that line matches). */
function gitleaksRuleMapper(): (rule: string) => string[] | undefined {
  const map = loadGitleaksRuleMap();
  return (rule) => map.get(rule);
}

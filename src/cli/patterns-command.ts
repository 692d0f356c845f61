// `keyshift patterns list|check` and `keyshift explain <id>`: the catalog seen from the command line.
import { Command, Option } from 'commander';
import { UsageError, EXIT_CLEAN, EXIT_USAGE } from '../model/errors.js';
import { CREDENTIAL_KINDS, FILE_CONTEXTS, type FileContext } from '../model/types.js';
import type { CliIO } from './main.js';
import { loadEngineCatalog } from '../scan/catalog-setup.js';
import { describePatternCount } from '../catalog/compile.js';
import { explainPattern, type ExplainScope } from '../migrate/suggest.js';
import { catalogSelection, loadCommandConfig } from '../scan/settings.js';
import { unknownName } from '../model/suggest.js';

const CONFIG_HELP = "configuration file whose custom patterns to include (default: .keyshift.yaml found upward from the current directory)";

/** The catalog with the repository's custom patterns (and its selection warnings, which are not this command's concern). */
function catalogFor(io: CliIO, configFile: string | undefined): ReturnType<typeof loadEngineCatalog> {
  return loadEngineCatalog(catalogSelection(loadCommandConfig(io.cwd, configFile)));
}

export function registerPatternCommands(program: Command, io: CliIO, setExit: (code: number) => void): void {
  const patterns = program.command('patterns').description('list or check the pattern catalog');
  patterns
    .command('list')
    .description('list the patterns keyshift runs')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-c, --config <file>', CONFIG_HELP)
    .action((opts: { format: 'text' | 'json'; config?: string }) => {
      const { all } = catalogFor(io, opts.config);
      if (opts.format === 'json') {
        const rows = all.map((p) => ({ id: p.id, name: p.name, provider: p.provider, family: p.family, kind: p.kind, severity: p.severity, confidence: p.confidence, migration: p.migration, validator: p.validator ?? null }));
        io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
      } else {
        const width = Math.max(...all.map((p) => p.id.length));
        for (const p of all) io.stdout(`${p.id.padEnd(width)}  ${p.kind.padEnd(21)}  ${p.severity.padEnd(8)}  ${p.name}\n`);
        const byKind = CREDENTIAL_KINDS.map((k) => `${k} ${all.filter((p) => p.kind === k).length}`).join(', ');
        io.stdout(`\n${describePatternCount(all)}; by kind: ${byKind}\n`);
      }
      setExit(EXIT_CLEAN);
    });
  patterns
    .command('check')
    .description('lint the catalog and run every example through the full engine')
    .option('--dir <folder>', 'a patterns folder to check instead of the built-in one (custom patterns are then left out)')
    .option('-c, --config <file>', CONFIG_HELP)
    .action(async (opts: { dir?: string; config?: string }) => {
      // The example check compiles the whole engine; only this command needs it.
      const { checkCatalog } = await import('../catalog/check.js');
      const config = opts.dir ? undefined : loadCommandConfig(io.cwd, opts.config);
      const report = checkCatalog(opts.dir, config && config.patterns.custom.length > 0 ? { custom: config.patterns.custom, file: config.file ?? '.keyshift.yaml' } : undefined);
      for (const line of report.problems) io.stderr(`${line}\n`);
      io.stdout(`${report.patterns} patterns, ${report.examples} examples, ${report.negativeExamples} negative examples: ${report.problems.length === 0 ? 'ok' : `${report.problems.length} problem(s)`}\n`);
      setExit(report.problems.length === 0 ? EXIT_CLEAN : EXIT_USAGE);
    });
  program
    .command('explain')
    .description('print the migration guidance for one pattern: the default and the names of its context variants')
    .argument('<pattern-id>', 'a pattern id, as in SARIF ruleId (see keyshift patterns list)')
    .option('-c, --config <file>', CONFIG_HELP)
    .addOption(new Option('--context <name>', `print only the guidance for files of this context (${['default', ...FILE_CONTEXTS].join(', ')})`).conflicts('allContexts'))
    .option('--all-contexts', 'print the default guidance and every context variant')
    .action((id: string, opts: { config?: string; context?: string; allContexts?: boolean }) => {
      const context = opts.context;
      if (context !== undefined && context !== 'default' && !(FILE_CONTEXTS as readonly string[]).includes(context)) {
        throw new UsageError(`--context: unknown context "${context}"; expected one of ${['default', ...FILE_CONTEXTS].join(', ')}`);
      }
      const { all, migrations } = catalogFor(io, opts.config);
      const spec = all.find((p) => p.id === id);
      if (!spec) {
        const { shown, near } = unknownName(id, all.map((p) => p.id));
        throw new UsageError(`no pattern ${shown}${near ? `; did you mean "${near}"?` : ''} (see keyshift patterns list)`);
      }
      const scope: ExplainScope = context !== undefined ? { kind: 'context', context: context as FileContext | 'default' } : opts.allContexts ? { kind: 'all' } : { kind: 'default' };
      io.stdout(`${explainPattern(spec, migrations, scope)}\n`);
      setExit(EXIT_CLEAN);
    });
}

// `keyshift config import --from gitleaks|detect-secrets <file>`: prints an equivalent .keyshift.yaml on
// stdout and one stderr line per field that has no keyshift equivalent. Owns argv, file reads and the
// wiring of catalog checks into the pure importers in src/config.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { ConfigError, EXIT_CLEAN } from '../model/errors.js';
import type { CliIO } from './main.js';
import { importGitleaksConfig, parseGitleaksRuleMap, type ImportNote } from '../config/import-gitleaks.js';
import { importDetectSecretsConfig } from '../config/import-detect-secrets.js';
import { defaultPatternsDir, parsePatternFile, yamlLib } from '../catalog/load.js';
import { deriveExamples } from '../catalog/regex-examples.js';
import { loadEngineCatalog } from '../scan/catalog-setup.js';
import { lintAll } from '../catalog/lint.js';

/** The gitleaks-to-keyshift rule id table shipped in patterns/imports/. */
export function loadGitleaksRuleMap(): Map<string, string[]> {
  const file = join(defaultPatternsDir(), 'imports', 'gitleaks-rules.yaml');
  return parseGitleaksRuleMap(readFileSync(file, 'utf8'), file);
}

function readInput(io: CliIO, path: string): string {
  const abs = resolve(io.cwd, path);
  let text: string;
  try {
    if (statSync(abs).isDirectory()) throw new ConfigError('is a directory; pass the config file itself', path);
    text = readFileSync(abs, 'utf8');
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(`cannot read (${code === 'ENOENT' ? 'no such file' : (code ?? 'unreadable')})`, path, undefined, { cause: err });
  }
  return text;
}

function printNotes(io: CliIO, file: string, notes: ImportNote[]): void {
  for (const n of notes) io.stderr(`keyshift: ${file}: ${n.field}: ${n.message}\n`);
}

export function registerConfigImport(program: Command, io: CliIO, setExit: (code: number) => void): void {
  const config = program.commands.find((c) => c.name() === 'config') ?? program.command('config').description('work with keyshift configuration files');
  config
    .command('import')
    .description("print a .keyshift.yaml equivalent to a peer tool's config; fields with no equivalent are listed on stderr")
    .argument('<file>', '.gitleaks.toml, or a detect-secrets .secrets.baseline')
    .addOption(new Option('--from <tool>', 'the tool that wrote the file').choices(['gitleaks', 'detect-secrets']).makeOptionMandatory())
    .action((file: string, opts: { from: 'gitleaks' | 'detect-secrets' }) => {
      const text = readInput(io, file);
      if (opts.from === 'gitleaks') {
        const { all, migrations } = loadEngineCatalog();
        const ignorePath = join(dirname(resolve(io.cwd, file)), '.gitleaksignore');
        const gitleaksIgnore = existsSync(ignorePath) ? relative(io.cwd, ignorePath) || '.gitleaksignore' : undefined;
        const result = importGitleaksConfig(text, file, {
          ruleMap: loadGitleaksRuleMap(),
          knownIds: new Set(all.map((p) => p.id)),
          deriveExamples,
          checkPattern: (raw) => {
            const parsed = parsePatternFile(yamlLib().stringify({ family: 'custom', patterns: [raw] }), file);
            return [...parsed.problems, ...lintAll(parsed.patterns, migrations)].map((p) => [p.field, p.message].filter(Boolean).join(': '));
          },
          ...(gitleaksIgnore ? { gitleaksIgnore } : {}),
        });
        io.stdout(result.yaml);
        printNotes(io, file, result.notes);
        if (gitleaksIgnore) io.stderr(`keyshift: found ${gitleaksIgnore}; import it with: keyshift baseline import --from gitleaksignore ${gitleaksIgnore}\n`);
      } else {
        const result = importDetectSecretsConfig(text, file);
        io.stdout(result.yaml);
        printNotes(io, file, result.notes);
      }
      setExit(EXIT_CLEAN);
    });
}

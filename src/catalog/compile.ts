// The build step behind scripts/compile-catalog.mjs: every YAML source of patterns/ parsed, linted and written
// as one JSON file that loaders read at start-up while the sources are unchanged; and the one sentence that counts
// patterns for the build and `patterns list`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { PatternSpec } from '../model/types.js';
import { COMPILED_FORMAT, defaultPatternsDir, loadPatterns, sha256, type CompiledCatalogJson } from './load.js';
import { positionOf } from './positions.js';
import { parseSyntaxFile, syntaxFile, SYNTAX_FILE } from './syntax.js';
import { formatProblems } from './lint.js';
import { loadMigrations, type MigrationEntry } from '../migrate/load.js';
import { loadPostureRules, postureSourceKey, POSTURE_DIR } from './posture.js';
import { loadStructuredRules, structuredSourceKey, STRUCTURED_DIR } from './structured.js';
import { lintAll } from './lint.js';
import { compileCatalog, engineIndexOf } from '../detect/engine.js';
import { isStructural } from '../detect/compose.js';
import { serializeAutomaton } from '../detect/aho-corasick.js';

/**
 * The compiled catalog (build/catalog.json): built-in patterns and migrations parsed from YAML, with the
 * sha256 of every *.yaml in the folder so that loaders use it only while the sources are unchanged. A part
 * whose YAML has problems is left out (loaders then parse it and report the problems as usual).
 */
export function compileCatalogJson(
  dir: string = defaultPatternsDir(),
  migrationsFile: string = join(dir, 'migrations.yaml'),
): { json: CompiledCatalogJson; problems: string[] } {
  const sources: Record<string, string> = {};
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) sources[name] = sha256(readFileSync(join(dir, name)));
  sources[basename(migrationsFile)] = sha256(readFileSync(migrationsFile));
  const postureDir = join(dir, POSTURE_DIR);
  const postureNames = existsSync(postureDir) ? readdirSync(postureDir).filter((n) => n.endsWith('.yaml')).sort() : [];
  for (const name of postureNames) sources[postureSourceKey(name)] = sha256(readFileSync(join(postureDir, name)));
  const structuredDir = join(dir, STRUCTURED_DIR);
  const structuredNames = existsSync(structuredDir) ? readdirSync(structuredDir).filter((n) => n.endsWith('.yaml')).sort() : [];
  for (const name of structuredNames) sources[structuredSourceKey(name)] = sha256(readFileSync(join(structuredDir, name)));
  const json: CompiledCatalogJson = { format: COMPILED_FORMAT, sources };
  const problems: string[] = [];
  let migrations: Map<string, MigrationEntry> | undefined;
  try {
    migrations = loadMigrations(migrationsFile, { compiled: false });
    json.migrations = [...migrations].map(([key, { file: _file, ...entry }]) => [key, entry]);
  } catch (err) {
    problems.push(`migrations left out: ${(err as Error).message}`);
  }
  const shapesFile = syntaxFile(dir);
  const shapesBytes = readFileSync(shapesFile);
  sources[SYNTAX_FILE] = sha256(shapesBytes);
  const parsedSyntax = parseSyntaxFile(shapesBytes.toString('utf8'), shapesFile);
  if (parsedSyntax.problems.length > 0) problems.push(`assignment shapes left out: ${parsedSyntax.problems.length} problem(s):\n${formatProblems(parsedSyntax.problems)}`);
  else json.syntax = parsedSyntax.syntax;
  const loaded = loadPatterns(dir, { compiled: false });
  if (loaded.problems.length > 0) {
    problems.push(`patterns left out: ${loaded.problems.length} problem(s):\n${formatProblems(loaded.problems)}`);
  } else {
    const files = loaded.files.map((f) => basename(f));
    json.files = files;
    json.patterns = loaded.patterns;
    json.positions = loaded.patterns.map((p) => {
      const pos = positionOf(p);
      return [pos ? files.indexOf(basename(pos.file)) : -1, pos?.line ?? 1, pos ? [...pos.fields] : []];
    });
    // Lint findings do not block the build (tests and `keyshift patterns check` do); they are reported.
    if (migrations) {
      const lint = lintAll(loaded.patterns, migrations);
      if (lint.length > 0) problems.push(`lint: ${lint.length} problem(s) (run keyshift patterns check):\n${formatProblems(lint)}`);
    }
  }
  if (json.patterns && json.syntax) {
    // The automaton a scan with the default patterns builds (createEngine's regex patterns, in the same
    // order), so that start-up decodes it; any other selection has other keywords and builds its own.
    const regexPatterns = json.patterns.filter((p) => !isStructural(p) && p.signature === undefined);
    try {
      const compiled = compileCatalog(regexPatterns, json.syntax);
      json.automaton = serializeAutomaton(compiled.automaton);
      json.engineIndex = engineIndexOf(regexPatterns, compiled);
    } catch (err) {
      problems.push(`keyword automaton left out: ${(err as Error).message}`);
    }
  }
  if (postureNames.length > 0) {
    const rules = loadPostureRules(postureDir, { compiled: false });
    if (rules.problems.length > 0) {
      problems.push(`posture rules left out: ${rules.problems.length} problem(s):\n${formatProblems(rules.problems)}`);
    } else {
      const files = rules.files.map((f) => basename(f));
      json.posture = {
        files,
        patterns: rules.patterns,
        positions: rules.patterns.map((p) => {
          const pos = positionOf(p);
          return [pos ? files.indexOf(basename(pos.file)) : -1, pos?.line ?? 1, pos ? [...pos.fields] : []];
        }),
      };
      if (migrations) {
        const lint = lintAll(rules.patterns, migrations);
        if (lint.length > 0) problems.push(`lint: ${lint.length} posture problem(s) (run keyshift patterns check):\n${formatProblems(lint)}`);
      }
    }
  }
  if (structuredNames.length > 0) {
    const rules = loadStructuredRules(structuredDir, { compiled: false });
    if (rules.problems.length > 0) {
      problems.push(`structured rules left out: ${rules.problems.length} problem(s):\n${formatProblems(rules.problems)}`);
    } else {
      const files = rules.files.map((f) => basename(f));
      json.structured = {
        files,
        kinds: rules.kinds,
        patterns: rules.patterns,
        positions: rules.patterns.map((p) => {
          const pos = positionOf(p);
          return [pos ? files.indexOf(basename(pos.file)) : -1, pos?.line ?? 1, pos ? [...pos.fields] : []];
        }),
      };
      if (migrations) {
        const lint = lintAll(rules.patterns, migrations);
        if (lint.length > 0) problems.push(`lint: ${lint.length} structured problem(s) (run keyshift patterns check):\n${formatProblems(lint)}`);
      }
    }
  }
  return { json, problems };
}

/**
 * One sentence for every place that counts patterns (the build, `patterns list`), so they agree and say what
 * they count: "293 patterns (271 patterns from patterns/*.yaml, 13 CI posture rules from patterns/posture/, 9
 * structured-file rules from patterns/structured/)". Grouped by the family field; custom ones come from config.
 */
export function describePatternCount(all: readonly PatternSpec[]): string {
  const count = (family: string): number => all.filter((p) => p.family === family).length;
  const posture = count('posture');
  const structured = count('structured');
  const custom = count('custom');
  const parts = [`${all.length - posture - structured - custom} patterns from patterns/*.yaml`, `${posture} CI posture rules from patterns/posture/`, `${structured} structured-file rules from patterns/structured/`];
  if (custom > 0) parts.push(`${custom} custom from the config`);
  return `${all.length} patterns (${parts.join(', ')})`;
}

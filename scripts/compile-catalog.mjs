// Build step: parse patterns/*.yaml, patterns/posture/*.yaml, patterns/structured/*.yaml and patterns/migrations.yaml once and write build/catalog.json, so that
// a scan starts from JSON (a few ms) instead of parsing YAML (0.3-0.9 s on a 2-core runner). The file holds
// the sha256 of every source; loaders use it only while every hash matches, else they parse the YAML.
// Usage: node scripts/compile-catalog.mjs [--out FILE] [--check]   (after tsc; --check proves the round trip)
import { deepStrictEqual } from 'node:assert';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outArg = args.indexOf('--out');
const out = outArg >= 0 ? resolve(args[outArg + 1] ?? '') : join(repo, 'build', 'catalog.json');
const { compileCatalogJson, describePatternCount } = await import(join(repo, 'build', 'src', 'catalog', 'compile.js'));
const { defaultPatternsDir, loadPatterns, writeCompiledCatalog } = await import(join(repo, 'build', 'src', 'catalog', 'load.js'));
const { loadMigrations } = await import(join(repo, 'build', 'src', 'migrate', 'load.js'));
const { loadPostureRules } = await import(join(repo, 'build', 'src', 'catalog', 'posture.js'));
const { loadStructuredRules } = await import(join(repo, 'build', 'src', 'catalog', 'structured.js'));

const t0 = performance.now();
const { json, problems } = compileCatalogJson();
const compileMs = performance.now() - t0;
mkdirSync(dirname(out), { recursive: true });
// The file and its two sidecars (positions, automaton tables: see writeCompiledCatalog in src/catalog/load.ts).
const text = writeCompiledCatalog(out, json);
for (const p of problems) console.error(`compile-catalog: warning: ${p}`);

if (args.includes('--check')) {
  // What a loader gets from the file must equal what the YAML gives, field for field.
  const dir = defaultPatternsDir();
  const fromJson = loadPatterns(dir, { compiled: [out] });
  const fromYaml = loadPatterns(dir, { compiled: false });
  if (json.patterns) {
    deepStrictEqual(fromJson.from, 'compiled');
    deepStrictEqual(fromJson.patterns, fromYaml.patterns);
    // Positions come from the sidecar, on first use.
    const { positionOf } = await import(join(repo, 'build', 'src', 'catalog', 'positions.js'));
    deepStrictEqual(fromJson.patterns.map((p) => positionOf(p)), fromYaml.patterns.map((p) => positionOf(p)));
  }
  if (json.posture) {
    const postureJson = loadPostureRules(undefined, { compiled: [out] });
    deepStrictEqual(postureJson.from, 'compiled');
    deepStrictEqual(postureJson.patterns, loadPostureRules(undefined, { compiled: false }).patterns);
  }
  if (json.structured) {
    const structuredJson = loadStructuredRules(undefined, { compiled: [out] });
    const structuredYaml = loadStructuredRules(undefined, { compiled: false });
    deepStrictEqual(structuredJson.from, 'compiled');
    deepStrictEqual(structuredJson.patterns, structuredYaml.patterns);
    deepStrictEqual(structuredJson.kinds, structuredYaml.kinds);
  }
  if (json.migrations) deepStrictEqual(loadMigrations(undefined, { compiled: [out] }), loadMigrations(undefined, { compiled: false }));
  console.log('compile-catalog: --check: compiled catalog equals the YAML');
}
const t1 = performance.now();
JSON.parse(text);
console.log(
  // The same count as `keyshift patterns list`: every part compiled here.
  `catalog: ${json.patterns ? describePatternCount([...json.patterns, ...(json.posture?.patterns ?? []), ...(json.structured?.patterns ?? [])]) : 'no patterns'}, ${json.migrations?.length ?? 'no'} migrations -> ${out} ` +
    `(${(text.length / 1024).toFixed(0)} KiB; YAML parse ${compileMs.toFixed(0)} ms, JSON.parse ${(performance.now() - t1).toFixed(1)} ms)`,
);

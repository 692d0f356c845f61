// Build step: parse patterns/*.yaml and patterns/migrations.yaml once and write build/catalog.json, so
// that a scan can start from JSON instead of parsing YAML (about 0.3-1 s on a 2-core runner). The file
// carries a hash of the YAML sources; a loader must fall back to the YAML when the hash does not match.
// Usage: node scripts/compile-catalog.mjs [--check]   (run after tsc; --check verifies the JSON round trip)
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { deepStrictEqual } from 'node:assert';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const { defaultPatternsDir, loadPatterns } = await import(join(repo, 'build', 'src', 'catalog', 'load.js'));
const { loadMigrations } = await import(join(repo, 'build', 'src', 'migrate', 'load.js'));

/** sha256 over every *.yaml in the folder, by sorted name: name, NUL, bytes, NUL. */
export function catalogSourceHash(dir) {
  const h = createHash('sha256');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
    h.update(name).update('\0').update(readFileSync(join(dir, name))).update('\0');
  }
  return h.digest('hex');
}

const dir = defaultPatternsDir();
const t0 = performance.now();
const loaded = loadPatterns(dir);
const migrations = loadMigrations();
const parseMs = performance.now() - t0;
const out = {
  format: 1,
  sourceHash: catalogSourceHash(dir),
  patterns: loaded.patterns,
  problems: loaded.problems,
  files: loaded.files.map((f) => f.slice(dir.length + 1)),
  migrations: [...migrations],
};
const json = JSON.stringify(out);
const t1 = performance.now();
const back = JSON.parse(json);
const jsonMs = performance.now() - t1;
if (process.argv.includes('--check')) {
  // Every field a scan uses must survive JSON: no RegExp, Map, undefined-vs-missing surprises.
  deepStrictEqual(back.patterns, JSON.parse(JSON.stringify(loaded.patterns)));
  deepStrictEqual(back.patterns.length, loaded.patterns.length);
  for (let i = 0; i < loaded.patterns.length; i++) {
    for (const [k, v] of Object.entries(loaded.patterns[i])) {
      if (v !== undefined) deepStrictEqual(back.patterns[i][k], v, `pattern ${loaded.patterns[i].id} field ${k}`);
    }
  }
  deepStrictEqual(new Map(back.migrations), migrations);
}
writeFileSync(join(repo, 'build', 'catalog.json'), json);
console.log(`catalog: ${loaded.patterns.length} patterns, ${migrations.size} migrations -> build/catalog.json ` +
  `(${(json.length / 1024).toFixed(0)} KiB; YAML ${parseMs.toFixed(0)} ms, JSON.parse ${jsonMs.toFixed(1)} ms)`);

// Two builds of keyshift over the same bench corpus files, in one process, on one thread, interleaved run by
// run: the per-file pipeline (read, decode, line index, detection, filters) without worker threads, so the
// machine's noise falls on both alike. For a cost question that `npm run bench` answers too noisily.
// Usage: node bench/compare-builds.mjs OTHER_TREE [--runs N]
//   OTHER_TREE: another checkout, built (`npm run build`), for example one made by
//   `git archive <commit> | tar -x -C /tmp/ks-before && ln -s "$PWD/node_modules" /tmp/ks-before/ && (cd /tmp/ks-before && npm run build)`.
// Both builds read every file of the corpus with a 100 MiB size cap, so they do the same work.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fg from 'fast-glob';
import { benchDir, ensureCorpus } from './corpus.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const other = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--runs');
const runsAt = args.indexOf('--runs');
const runs = runsAt === -1 ? 4 : Math.max(1, Number(args[runsAt + 1]) || 4);
if (!other) {
  console.error('usage: node bench/compare-builds.mjs OTHER_TREE [--runs N]');
  process.exit(2);
}

/** The file processor of the build in `tree` (the worker module moved to src/scan/ in a later layout). */
async function processorOf(tree) {
  const build = join(resolve(tree), 'build', 'src');
  const worker = [join(build, 'scan', 'scan-worker.js'), join(build, 'scan-worker.js')].find(existsSync);
  if (!worker) throw new Error(`compare-builds: ${tree} has no build/src/**/scan-worker.js; run npm run build there`);
  const load = await import(pathToFileURL(join(build, 'catalog', 'load.js')).href);
  const w = await import(pathToFileURL(worker).href);
  const { patterns } = load.loadPatterns(join(resolve(tree), 'patterns'));
  return w.createFileProcessor(patterns, { maxFileSize: 100 * 1024 * 1024 });
}

ensureCorpus({ quiet: true });
const root = join(benchDir(), 'corpus');
const items = fg.sync('**', { cwd: root, dot: true, onlyFiles: true }).sort().map((p) => ({ path: p, absPath: join(root, p) }));
const builds = [
  ['this', await processorOf(repo)],
  ['other', await processorOf(other)],
];
const times = { this: [], other: [] };
for (let r = 0; r < runs; r++) {
  for (const [name, proc] of r % 2 === 0 ? builds : [...builds].reverse()) {
    const t0 = performance.now();
    let findings = 0;
    for (const item of items) findings += proc(item).matches?.length ?? 0;
    const ms = performance.now() - t0;
    times[name].push(ms);
    console.log(`run ${r + 1} ${name.padEnd(5)} ${ms.toFixed(0).padStart(6)} ms  ${findings} findings`);
  }
}
// The first run of each warms the JIT and the page cache; the median of the others is the figure.
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const warm = (xs) => (xs.length > 1 ? xs.slice(1) : xs);
const a = median(warm(times.this));
const b = median(warm(times.other));
console.log(`${items.length} files; median this ${a.toFixed(0)} ms, other ${b.toFixed(0)} ms: this is ${(((a - b) / b) * 100).toFixed(1)}% ${a >= b ? 'slower' : 'faster'}`);

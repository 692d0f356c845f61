#!/usr/bin/env node
// Start-up and latency figures for the paths people wait on: bare Node, `keyshift --version`, a scan of one
// small file (compiled catalog and YAML fallback), and, with --repo, `scan --staged` and `scan --diff`.
// Each run is a fresh process; a preload records Node's own boot time and the process's CPU time at exit.
// Usage: node scripts/bench-startup.mjs [--runs N] [--repo DIR --diff RANGE] [--only a,b]   (after npm run build)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(arg('--runs', '10'));
const repo = arg('--repo');
const range = arg('--diff');
const only = arg('--only')?.split(',');
const cli = join(root, 'bin', 'keyshift.js');
if (!existsSync(join(root, 'build', 'src', 'cli', 'main.js'))) {
  console.error('bench-startup: build/ is missing; run npm run build first');
  process.exit(2);
}

// Written at exit by every measured process: Node's boot (ms from process start to the end of its own
// bootstrap), the time of exit on the same clock, and user+system CPU of all threads.
const marks = join(mkdtempSync(join(tmpdir(), 'ks-bench-startup-')), 'marks.jsonl');
const preload =
  'data:text/javascript,' +
  encodeURIComponent(
    `import { appendFileSync } from 'node:fs';
process.on('exit', () => {
  const u = process.cpuUsage();
  appendFileSync(${JSON.stringify(marks)}, JSON.stringify({ boot: performance.nodeTiming.bootstrapComplete, end: performance.now(), cpu: (u.user + u.system) / 1000 }) + '\\n');
});`,
  );

// A scratch folder with one small file, and a copy of the package without build/catalog.json (YAML fallback).
const scratch = mkdtempSync(join(tmpdir(), 'ks-bench-one-'));
writeFileSync(join(scratch, 'app.ts'), 'export const greeting = "hello";\nexport const port = 8080;\n');
const yamlCopy = join(scratch, 'pkg');
mkdirSync(yamlCopy);
for (const p of ['bin', 'patterns', 'package.json']) cpSync(join(root, p), join(yamlCopy, p), { recursive: true });
cpSync(join(root, 'build', 'src'), join(yamlCopy, 'build', 'src'), { recursive: true });
// bin/keyshift.js runs the bundle: copy dist/ without its catalog.json, so the bundle parses the YAML.
cpSync(join(root, 'dist'), join(yamlCopy, 'dist'), { recursive: true, filter: (src) => !src.endsWith('catalog.json') });
symlinkSync(join(root, 'node_modules'), join(yamlCopy, 'node_modules'));
const catalogFresh = spawnSync(process.execPath, ['--input-type=module', '-e', `
  const { loadPatterns } = await import(${JSON.stringify(join(root, 'build/src/catalog/load.js'))});
  process.stdout.write(loadPatterns().from);`], { encoding: 'utf8' }).stdout;

if (catalogFresh !== 'compiled') console.error('bench-startup: warning: build/catalog.json is missing or stale (pattern files changed since); run npm run build for the compiled figures');
const cases = [
  { id: 'node', name: 'node -e 0 (bare Node start-up)', cwd: scratch, argv: ['-e', '0'] },
  { id: 'version', name: 'keyshift --version (CLI modules only)', cwd: scratch, argv: [cli, '--version'] },
  { id: 'one', name: `keyshift scan app.ts (one small file; catalog: ${catalogFresh})`, cwd: scratch, argv: [cli, 'scan', 'app.ts', '--fail-on', 'none'] },
  { id: 'one-yaml', name: 'keyshift scan app.ts (YAML parsed: no build/catalog.json)', cwd: scratch, argv: [join(yamlCopy, 'bin', 'keyshift.js'), 'scan', 'app.ts', '--fail-on', 'none'] },
];
if (repo) {
  cases.push({ id: 'staged', name: 'keyshift scan --staged', cwd: repo, argv: [cli, 'scan', '--staged', '--fail-on', 'none'] });
  if (range) cases.push({ id: 'diff', name: `keyshift scan --diff ${range}`, cwd: repo, argv: [cli, 'scan', '--diff', range, '--fail-on', 'none'] });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n) => n.toFixed(0).padStart(5);
console.log(`node ${process.version}, ${runs} runs each, load average at start ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log('| case | wall min | wall median | CPU median | Node boot | keyshift (exit - boot) | load avg (1 min) |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const c of cases) {
  if (only && !only.includes(c.id)) continue;
  const walls = [];
  const samples = [];
  const loads = [];
  // Warm the page cache and keyshift's code cache, which the first three runs of a command write (bin/keyshift.js).
  for (let w = 0; w < 3; w++) spawnSync(process.execPath, c.argv, { cwd: c.cwd, stdio: 'ignore' });
  for (let i = 0; i < runs; i++) {
    rmSync(marks, { force: true });
    loads.push(loadavg()[0]);
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['--import', preload, ...c.argv], { cwd: c.cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    walls.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (r.status !== 0) {
      console.error(`bench-startup: ${c.name} exited with ${r.status}: ${r.stderr.toString().split('\n')[0]}`);
      process.exit(1);
    }
    samples.push(JSON.parse(readFileSync(marks, 'utf8').trim().split('\n').pop()));
  }
  const boot = median(samples.map((s) => s.boot));
  const own = median(samples.map((s) => s.end - s.boot));
  console.log(
    `| ${c.name} | ${fmt(Math.min(...walls))} ms | ${fmt(median(walls))} ms | ${fmt(median(samples.map((s) => s.cpu)))} ms | ${fmt(boot)} ms | ${fmt(own)} ms | ${median(loads).toFixed(2)} |`,
  );
}
rmSync(scratch, { recursive: true, force: true });
rmSync(dirname(marks), { recursive: true, force: true });

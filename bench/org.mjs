#!/usr/bin/env node
// Benchmark (not a test) for `keyshift github scan-org` (issue 18): a synthetic organisation served by the
// fake GitHub API on 127.0.0.1 (test/helpers/fake-org.ts, built to build/test), scanned by the bundled CLI
// (bin/keyshift.js -> dist/cli.js) as one process, as 4 shard processes in parallel, and again with the cache.
// Prints wall and CPU time, API requests per repository and peak RSS (a preload, as bench/rss-wrapper.mjs
// does) for each, and checks
// that the union of the shard results equals the single run and that every planted secret is found.
//
//   npm run build && node bench/org.mjs [--repos 1000] [--files 5] [--concurrency 4] [--fetch tarball|blobs]
//
// It also merges: `keyshift merge` of the single run and of the four shards' results, which must be the same bytes.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const REPOS = arg('repos', 1000);
const FILES = arg('files', 5);
const CONCURRENCY = arg('concurrency', 8);
const FETCH = process.argv.includes('--fetch') ? process.argv[process.argv.indexOf('--fetch') + 1] : 'tarball';
const ORG = 'bench-org';

const { generateOrg, startFakeOrg } = await import(join(root, 'build/test/helpers/fake-org.js'));
const gen = generateOrg(ORG, REPOS, 18, { secretEvery: 50, sharedAcross: 3, filesPerRepo: FILES });
const server = await startFakeOrg(ORG, gen.repos);
const work = mkdtempSync(join(tmpdir(), 'keyshift-bench-org-'));
const scannable = gen.repos.filter((r) => !r.archived && !r.fork).length;

// A preload that reports, at exit, the process's peak RSS (KiB, all threads) and CPU time (user + system, all
// threads): on a shared machine CPU time is the figure to compare, wall time depends on the load.
const probe = join(work, 'probe.mjs');
writeFileSync(probe, "import { writeSync } from 'node:fs';\nprocess.on('exit', () => { const c = process.cpuUsage(); writeSync(2, `KEYSHIFT_BENCH_MAXRSS ${process.resourceUsage().maxRSS} CPU ${(c.user + c.system) / 1e6}\\n`); });\n");

/** Runs the bundled CLI under the probe; resolves with exit code, stderr, peak RSS in MiB and CPU seconds. */
function run(args) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, ['--import', pathToFileURL(probe).href, join(root, 'bin/keyshift.js'), 'github', 'scan-org', ...args, '--api-url', server.url, '--concurrency', String(CONCURRENCY), '--fetch', FETCH], {
      cwd: work,
      env: { ...process.env, GITHUB_TOKEN: 'ghs_' + 'B'.repeat(36), NO_COLOR: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code) => {
      const m = /KEYSHIFT_BENCH_MAXRSS (\d+) CPU ([\d.]+)/.exec(stderr);
      resolveRun({ code, stderr, rssMiB: m ? Number(m[1]) / 1024 : NaN, cpu: m ? Number(m[2]) : NaN });
    });
  });
}

async function measure(label, jobs) {
  const before = server.requests.length;
  const t0 = performance.now();
  const results = await Promise.all(jobs.map((args) => run(args)));
  const wall = (performance.now() - t0) / 1000;
  for (const r of results) if (r.code !== 0) throw new Error(`${label}: exit ${r.code}\n${r.stderr}`);
  // Tarball downloads from the codeload route are not API requests (GitHub does not count them): apart.
  const all = server.requests.slice(before);
  const reqs = all.filter((q) => q.kind !== 'codeload');
  const downloads = all.length - reqs.length;
  const perRepo = reqs.filter((q) => q.repo !== '').length / scannable;
  const listing = reqs.filter((q) => q.kind === 'listing').length;
  const notModified = reqs.filter((q) => q.status === 304).length;
  const cpu = results.reduce((n, r) => n + r.cpu, 0);
  const row = { label, wall: wall.toFixed(1), cpu: cpu.toFixed(1), requests: reqs.length, listing, perRepo: perRepo.toFixed(2), notModified, rss: Math.max(...results.map((r) => r.rssMiB)).toFixed(0) };
  console.log(`${label.padEnd(34)} wall ${row.wall.padStart(6)} s   CPU ${row.cpu.padStart(6)} s   requests ${String(row.requests).padStart(6)} (${listing} listing, ${notModified} answered 304; ${downloads} codeload downloads)   per repository ${row.perRepo}   peak RSS ${row.rss} MiB${jobs.length > 1 ? ' (largest process)' : ''}   load ${loadavg()[0].toFixed(1)}`);
  return row;
}

function readDir(dir) {
  const out = new Map();
  for (const f of readdirSync(dir).sort()) {
    const doc = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    delete doc.org;
    out.set(f, JSON.stringify(doc));
  }
  return out;
}

console.log(`scan-org benchmark: ${REPOS} repositories (${scannable} not archived or forks), ${FILES} files each, ${gen.planted.length} planted secrets (one shared by ${[...gen.shared.values()][0].length}), --concurrency ${CONCURRENCY}, ${availableParallelism()} cores, Node ${process.versions.node}`);
try {
  const single = join(work, 'single');
  const cache = join(work, 'cache');
  await measure('1 process', [[ORG, '--out-dir', single, '--cache', cache]]);
  const shardDirs = [1, 2, 3, 4].map((k) => join(work, `shard-${k}`));
  await measure('4 shard processes in parallel', shardDirs.map((d, i) => [ORG, '--shard', `${i + 1}/4`, '--out-dir', d]));
  await measure('1 process, second run with --cache', [[ORG, '--out-dir', join(work, 'cached'), '--cache', cache]]);

  const one = readDir(single);
  const union = new Map();
  let twice = 0;
  for (const d of shardDirs) for (const [k, v] of readDir(d)) (union.has(k) ? twice++ : union.set(k, v));
  const same = one.size === union.size && [...one].every(([k, v]) => union.get(k) === v);
  const cached = readDir(join(work, 'cached'));
  const sameCached = cached.size === one.size && [...one].every(([k, v]) => cached.get(k) === v);
  // keyshift merge of the single run and of the four shards: one inventory, the same bytes.
  const merge = (dirs) =>
    new Promise((res, rej) => {
      const t0 = performance.now();
      const c = spawn(process.execPath, [join(root, 'bin/keyshift.js'), 'merge', ...dirs, '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      c.stdout.setEncoding('utf8').on('data', (d) => (out += d));
      c.stderr.setEncoding('utf8').on('data', (d) => (err += d));
      c.on('error', rej);
      c.on('close', (code) => (code === 0 ? res({ out, ms: performance.now() - t0 }) : rej(new Error(`merge: exit ${code}: ${err}`))));
    });
  const strip = (text) => {
    const doc = JSON.parse(text);
    for (const r of doc.repositories ?? []) delete r.org;
    delete doc.org;
    return JSON.stringify(doc);
  };
  const m1 = await merge([single]);
  const m4 = await merge(shardDirs);
  const merged = JSON.parse(m1.out);
  console.log(`merge: single run ${(m1.ms / 1000).toFixed(1)} s, four shards ${(m4.ms / 1000).toFixed(1)} s; equal apart from the shard labels: ${strip(m1.out) === strip(m4.out)}; ${merged.findings.length} findings, ${merged.reuse.length} reused across repositories (${merged.reuse.map((r) => r.places.length).join(', ')} places)`);
  const found = new Set();
  for (const [, v] of one) {
    const doc = JSON.parse(v);
    for (const f of doc.findings) found.add(`${doc.repository.fullName}:${f.path}:${f.line}:${f.ruleId}`);
  }
  const missed = gen.planted.filter((p) => !found.has(`${p.repo}:${p.path}:${p.line}:${p.ruleId}`)).length;
  console.log(`shard union equals the single run: ${same} (${union.size} files, ${twice} in two shards); cached run equals it: ${sameCached}; planted secrets found ${gen.planted.length - missed}/${gen.planted.length}, findings ${found.size}`);
} finally {
  await server.close();
  rmSync(work, { recursive: true, force: true });
}

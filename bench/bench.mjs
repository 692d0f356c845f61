// `npm run bench`: times keyshift over the pinned npm corpus (bench/corpus.mjs) as a user runs it, whole
// process, warm cache; --compare adds the Node read floor, ripgrep and secretlint on the same files.
// Writes only under the bench cache folder (KEYSHIFT_BENCH_DIR); never inside the repo. See bench/README.md.
import { spawnSync, execFileSync } from 'node:child_process';
import { cpSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import { benchDir, ensureCorpus } from './corpus.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(repo, 'bin', 'keyshift.js');
const TIME = '/usr/bin/time';
const SECRETLINT = { version: '11.7.1', preset: '@secretlint/secretlint-rule-preset-recommend@11.7.1' };
const SLICE_BYTES = 15_000_000;

function usage() {
  return `usage: npm run bench -- [--runs N] [--compare] [--no-check] [--workers N] [--slice-mb N]
  --runs N      timed keyshift runs, the median is reported (default 3)
  --compare     also time the Node read floor, ripgrep (keywords as fixed strings) and secretlint
  --no-check    skip the --workers 1 run that checks findings are identical on one core and on all
  --workers N   pass --workers N to the timed keyshift runs (default: keyshift's own default)
  --slice-mb N  corpus slice for secretlint, in MB (default 15; 0 = the whole corpus)`;
}

function parseArgs(argv) {
  const o = { runs: 3, compare: false, check: true, workers: undefined, sliceBytes: SLICE_BYTES };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = () => {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v) || v < 0) throw new Error(`bench: ${a} needs a number; ${usage()}`);
      return v;
    };
    if (a === '--runs') o.runs = Math.max(1, Math.round(num()));
    else if (a === '--compare') o.compare = true;
    else if (a === '--no-check') o.check = false;
    else if (a === '--workers') o.workers = String(Math.round(num()));
    else if (a === '--slice-mb') o.sliceBytes = num() * 1e6;
    else if (a === '--help' || a === '-h') {
      console.log(usage());
      process.exit(0);
    } else throw new Error(`bench: unknown option ${a}\n${usage()}`);
  }
  return o;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (bytes) => bytes / 1e6;
const fmt = (x, d = 1) => x.toFixed(d);

/**
 * Runs a command, timing the whole process from spawn to exit. Peak RSS comes from GNU time -v
 * ("Maximum resident set size") when /usr/bin/time exists, else from the rss wrapper (Node commands only).
 */
function timed(cmd, args, { cwd = repo, stdoutFile } = {}) {
  const useTime = existsSync(TIME);
  let file = cmd;
  let argv = args;
  if (useTime) {
    file = TIME;
    argv = ['-v', cmd, ...args];
  } else if (cmd === process.execPath) {
    argv = [join(repo, 'bench', 'rss-wrapper.mjs'), ...args];
  }
  const t0 = performance.now();
  const r = spawnSync(file, argv, { cwd, maxBuffer: 1 << 30, encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.error) throw new Error(`bench: could not run ${cmd}: ${r.error.message}`);
  const rssMatch = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr) ?? /KEYSHIFT_BENCH_MAXRSS (\d+)/.exec(r.stderr);
  if (stdoutFile) writeFileSync(stdoutFile, r.stdout);
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr);
  const sys = /System time \(seconds\): ([\d.]+)/.exec(r.stderr);
  const cpuMs = user && sys ? (Number(user[1]) + Number(sys[1])) * 1000 : undefined;
  return { ms, cpuMs, rssKiB: rssMatch ? Number(rssMatch[1]) : undefined, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function keyshiftArgs(target, workers) {
  const a = [bin, 'scan', target, '--format', 'json', '--fail-on', 'none', '--no-gitignore', '--no-progress'];
  if (workers !== undefined) a.push('--workers', workers);
  return a;
}

function runKeyshift(target, workers) {
  const r = timed(process.execPath, keyshiftArgs(target, workers));
  if (r.status !== 0) throw new Error(`bench: keyshift exited with ${r.status}: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return { ...r, report: JSON.parse(r.stdout) };
}

/** Findings reduced to the fields that must not depend on the worker count. */
function findingKeys(report) {
  return report.findings.map((f) => `${f.path}:${f.line}:${f.column}:${f.ruleId}:${f.fingerprint}`);
}

function warmCache(root) {
  // Read every byte once so that every timed run sees a warm page cache.
  for (const f of fg.sync('**', { cwd: root, absolute: true, dot: true, onlyFiles: true })) readFileSync(f);
}

/** Keywords of the active non-posture patterns, as keyshift's engine sees them. */
async function keyshiftKeywords() {
  const { loadEngineCatalog } = await import(join(repo, 'build', 'src', 'scan', 'catalog-setup.js'));
  const set = new Set();
  for (const p of loadEngineCatalog().active) for (const k of p.keywords ?? []) if (k) set.add(k.toLowerCase());
  return [...set].sort();
}

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** Deterministic slice: every k-th file of the sorted list until `bytes`, hard-linked (or copied) into a folder. */
function makeSlice(root, files, bytes, totalBytes) {
  const dir = join(benchDir(), 'slice');
  const stamp = join(benchDir(), 'slice.stamp');
  const want = `${bytes}:${files.length}`;
  const step = Math.max(1, Math.floor(totalBytes / bytes));
  const chosen = files.filter((_, i) => i % step === 0);
  if (!(existsSync(stamp) && readFileSync(stamp, 'utf8') === want && existsSync(dir))) {
    rmSync(dir, { recursive: true, force: true });
    let got = 0;
    for (const f of chosen) {
      if (got >= bytes) break;
      const dest = join(dir, relative(root, f.path));
      mkdirSync(dirname(dest), { recursive: true });
      try {
        linkSync(f.path, dest);
      } catch {
        cpSync(f.path, dest);
      }
      got += f.stats.size;
    }
    writeFileSync(stamp, want);
  }
  const inSlice = fg.sync('**', { cwd: dir, dot: true, onlyFiles: true, stats: true });
  return { dir, files: inSlice.length, bytes: inSlice.reduce((s, f) => s + f.stats.size, 0) };
}

function ensureSecretlint() {
  const dir = join(benchDir(), 'secretlint');
  const cli = join(dir, 'node_modules', 'secretlint', 'bin', 'secretlint.js');
  if (existsSync(cli)) return { dir, cli };
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{"name":"keyshift-bench-secretlint","private":true}\n');
  process.stderr.write(`bench: installing secretlint@${SECRETLINT.version} into ${dir}\n`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', `secretlint@${SECRETLINT.version}`, SECRETLINT.preset], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { dir, cli };
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const root = ensureCorpus();
  const entries = fg.sync('**', { cwd: root, absolute: true, dot: true, onlyFiles: true, stats: true });
  entries.sort((a, b) => (a.path < b.path ? -1 : 1));
  const corpusBytes = entries.reduce((s, e) => s + e.stats.size, 0);
  warmCache(root);

  console.log(`keyshift bench: ${cpus()[0]?.model ?? 'cpu'} x${availableParallelism()}, node ${process.version}`);
  console.log(`load average at start: ${loadavg().map((x) => x.toFixed(2)).join(' ')} (other work on the machine skews timings)`);
  console.log(`corpus: ${root}  ${entries.length} files, ${fmt(mb(corpusBytes))} MB`);
  console.log(`peak RSS from: ${existsSync(TIME) ? `${TIME} -v (whole process tree of keyshift)` : 'process.resourceUsage().maxRSS via bench/rss-wrapper.mjs'}`);

  // Keyshift: one untimed warm-up, then the timed runs.
  runKeyshift(root, o.workers);
  const runs = [];
  for (let i = 0; i < o.runs; i++) runs.push(runKeyshift(root, o.workers));
  const ms = median(runs.map((r) => r.ms));
  const rss = Math.max(...runs.map((r) => r.rssKiB ?? 0));
  const { report } = runs[0];
  const scannedMB = mb(report.counts.bytesScanned);
  const ksRate = scannedMB / (ms / 1000);
  console.log('');
  console.log(`keyshift (${o.workers === undefined ? 'default workers' : `--workers ${o.workers}`}), median of ${o.runs}: ${fmt(ms / 1000, 2)} s` +
    `  [${runs.map((r) => fmt(r.ms / 1000, 2)).join(', ')}]`);
  console.log(`  files scanned ${report.counts.filesScanned}, skipped ${report.counts.filesSkipped}, ${fmt(scannedMB)} MB scanned`);
  const cpu = runs.every((r) => r.cpuMs !== undefined) ? median(runs.map((r) => r.cpuMs)) : undefined;
  const best = Math.min(...runs.map((r) => r.ms));
  console.log(`  ${fmt(ksRate)} MB/s (best run ${fmt(scannedMB / (best / 1000))} MB/s)   peak RSS ${rss ? `${fmt(rss / 1024, 0)} MiB` : 'n/a'}` +
    (cpu ? `   CPU ${fmt(cpu / 1000, 2)} s user+sys (${fmt(scannedMB / (cpu / 1000))} MB per CPU-second)` : ''));

  const byRule = new Map();
  for (const f of report.findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
  const per100 = (n) => (n * 100) / scannedMB;
  console.log(`  findings ${report.findings.length} = ${fmt(per100(report.findings.length))} per 100 MB; top patterns (per 100 MB):`);
  for (const [id, n] of [...byRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 15)) {
    console.log(`    ${fmt(per100(n)).padStart(8)}  ${String(n).padStart(6)}  ${id}`);
  }

  if (o.check) {
    const one = runKeyshift(root, '1');
    const a = findingKeys(report);
    const b = findingKeys(one.report);
    const same = a.length === b.length && a.every((k, i) => k === b[i]) && one.report.counts.filesScanned === report.counts.filesScanned;
    console.log(`check: --workers 1 (${fmt(one.ms / 1000, 2)} s, ${fmt(scannedMB / (one.ms / 1000))} MB/s) vs default: ` +
      `${same ? 'findings identical' : 'FINDINGS DIFFER'} (${b.length} vs ${a.length})`);
    if (!same) process.exitCode = 1;
  }

  if (!o.compare) return;
  console.log('');
  console.log('compare (same corpus, same run, warm cache):');
  const rows = [['keyshift', ksRate, `${fmt(ms / 1000, 2)} s, ${fmt(scannedMB)} MB`]];

  const floor = timed(process.execPath, [join(repo, 'bench', 'read-floor.mjs'), root]);
  const floorInfo = JSON.parse(floor.stdout);
  rows.push(['node read floor (1 thread: fast-glob, readFileSync, TextDecoder)', mb(floorInfo.bytes) / (floor.ms / 1000), `${fmt(floor.ms / 1000, 2)} s`]);

  const rg = which('rg');
  if (rg) {
    const kw = await keyshiftKeywords();
    const kwFile = join(benchDir(), 'keywords.txt');
    writeFileSync(kwFile, kw.join('\n') + '\n');
    const args = ['-F', '-i', '-c', '--no-ignore', '--hidden', '--no-messages', '-f', kwFile, root];
    timed(rg, args);
    const rgRuns = Array.from({ length: o.runs }, () => timed(rg, args));
    const rgMs = median(rgRuns.map((r) => r.ms));
    rows.push([`ripgrep, ${kw.length} keyshift keywords as fixed strings (-F -i)`, mb(corpusBytes) / (rgMs / 1000), `${fmt(rgMs / 1000, 2)} s, whole corpus`]);
  } else {
    console.log('  ripgrep: not installed (apt-get install -y ripgrep); skipped');
  }

  try {
    const sl = ensureSecretlint();
    const slice = o.sliceBytes > 0 ? makeSlice(root, entries, o.sliceBytes, corpusBytes) : { dir: root, files: entries.length, bytes: corpusBytes };
    const rc = join(benchDir(), 'secretlintrc.json');
    writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
    const r = timed(process.execPath, [sl.cli, '**/*', '--secretlintrc', rc, '--format', 'json'], { cwd: slice.dir });
    if (r.status !== 0 && r.status !== 1) throw new Error(`exit ${r.status}: ${r.stderr.trim().split('\n')[0]}`);
    const ksSlice = runKeyshift(slice.dir, o.workers);
    rows.push([`secretlint ${SECRETLINT.version} + preset-recommend, on a ${fmt(mb(slice.bytes))} MB slice (${slice.files} files)`, mb(slice.bytes) / (r.ms / 1000), `${fmt(r.ms / 1000, 1)} s for the slice`]);
    rows.push([`keyshift on the same slice (start-up dominates)`, mb(slice.bytes) / (ksSlice.ms / 1000), `${fmt(ksSlice.ms / 1000, 2)} s for the slice`]);
  } catch (err) {
    console.log(`  secretlint: unavailable (${err.message}); skipped`);
  }

  for (const [name, rate, note] of rows) {
    const ratio = rate / ksRate;
    console.log(`  ${fmt(rate).padStart(9)} MB/s  ${(ratio >= 1 ? `${fmt(ratio, 2)}x` : `1/${fmt(1 / ratio, ratio < 0.01 ? 0 : 2)}`).padStart(8)} of keyshift  ${name} (${note})`);
  }
}

main().catch((err) => {
  console.error(err.message);
  process.exit(2);
});

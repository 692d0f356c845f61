#!/usr/bin/env node
// Measures the peak memory (RSS) of `keyshift scan` on a synthetic tree of many small files (built in the
// OS temp dir, never in the repo) or on any folder given, and checks the JSON report is byte-identical across
// worker counts. Prints figures only; it asserts nothing about speed. Run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(repo, 'bin', 'keyshift.js');
const TIME = '/usr/bin/time';

function usage() {
  return `usage: node scripts/measure-rss.mjs [--files N] [--dir PATH] [--workers 0,1,2] [--clean]
  --files N       synthetic tree size (default 200000 small files; built once in ${join(tmpdir(), 'keyshift-rss-<N>')})
  --dir PATH      measure this folder instead of a synthetic tree (e.g. the bench corpus)
  --workers LIST  worker counts to run, comma-separated (default 0,1,2; "auto" = keyshift's default)
  --clean         remove the synthetic tree at the end (default: kept for the next run)`;
}

function parseArgs(argv) {
  const o = { files: 200_000, dir: undefined, workers: ['0', '1', '2'], clean: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--files') o.files = Number(argv[++i]);
    else if (a === '--dir') o.dir = argv[++i];
    else if (a === '--workers') o.workers = String(argv[++i]).split(',');
    else if (a === '--clean') o.clean = true;
    else if (a === '--help' || a === '-h') {
      console.log(usage());
      process.exit(0);
    } else {
      console.error(`measure-rss: unknown argument ${a}\n${usage()}`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(o.files) || o.files < 1) {
    console.error('measure-rss: --files expects a positive whole number');
    process.exit(2);
  }
  return o;
}

/** 200 files per directory, 200 directories per level; one fake AWS key id in every 1000th file. */
function buildTree(root, count) {
  const stamp = join(root, '.complete');
  if (existsSync(stamp)) return;
  rmSync(root, { recursive: true, force: true });
  for (let i = 0; i < count; i++) {
    const d = Math.floor(i / 200);
    const dir = join(root, `a${Math.floor(d / 200)}`, `b${d % 200}`);
    if (i % 200 === 0) mkdirSync(dir, { recursive: true });
    let body = `// file ${i}\nexport const value${i} = ${i};\n`;
    if (i % 1000 === 0) body += `aws_access_key_id = AKIA${fakeBody(i)}\n`;
    writeFileSync(join(dir, `f${i}.js`), body);
  }
  writeFileSync(stamp, '');
}

/** 16 chars of [A-Z2-7], starting with A-H (the decoded account id stays in range), deterministic per i. */
function fakeBody(i) {
  const b32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let x = (i * 2654435761) >>> 0;
  let out = 'ABCDEFGH'[i % 8];
  for (let k = 0; k < 15; k++) {
    x = (Math.imul(x ^ (x >>> 13), 1597334677) + k) >>> 0;
    out += b32[x % 32];
  }
  return out;
}

/**
 * Runs one scan and returns { rssKiB, seconds, json }. With /usr/bin/time -v the peak is the kernel's
 * ru_maxrss of the node process (all its threads, so workers included). Without it, a wrapper imports the CLI
 * in-process and prints process.resourceUsage().maxRSS at exit: the same kernel figure, read from inside.
 */
function scanOnce(dir, workers) {
  const args = ['scan', '.', '--format', 'json', '--fail-on', 'none', ...(workers === 'auto' ? [] : ['--workers', workers])];
  const t0 = performance.now();
  let r;
  let rssKiB;
  if (existsSync(TIME)) {
    r = spawnSync(TIME, ['-v', process.execPath, bin, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
    rssKiB = m ? Number(m[1]) : NaN;
  } else {
    const wrapper = `process.on('exit', () => process.stderr.write('MAXRSS ' + process.resourceUsage().maxRSS + '\\n')); process.argv.splice(1, 1, ${JSON.stringify(bin)}); await import(${JSON.stringify(`file://${bin}`)});`;
    r = spawnSync(process.execPath, ['--input-type=module', '-e', wrapper, bin, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
    const m = /MAXRSS (\d+)/.exec(r.stderr);
    rssKiB = m ? Number(m[1]) : NaN;
  }
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) {
    console.error(`measure-rss: scan exited ${r.status} in ${dir}:\n${r.stderr.slice(0, 2000)}`);
    process.exit(1);
  }
  return { rssKiB, seconds, json: r.stdout };
}

const opts = parseArgs(process.argv.slice(2));
if (!existsSync(join(repo, 'build', 'src', 'cli', 'main.js'))) {
  console.error('measure-rss: build/ is missing; run npm run build first');
  process.exit(2);
}
let dir = opts.dir;
let synthetic;
if (!dir) {
  synthetic = join(tmpdir(), `keyshift-rss-${opts.files}`);
  const t0 = performance.now();
  buildTree(synthetic, opts.files);
  console.log(`tree: ${opts.files} files in ${synthetic} (ready in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  dir = synthetic;
}
console.log(`peak RSS via ${existsSync(TIME) ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS (no /usr/bin/time)'}; node ${process.version}`);
console.log('workers  files scanned  findings  peak RSS (MiB)  wall (s)  json sha256');
const hashes = new Set();
for (const w of opts.workers) {
  const { rssKiB, seconds, json } = scanOnce(dir, w);
  const report = JSON.parse(json);
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 16);
  hashes.add(hash);
  console.log(
    `${w.padEnd(7)}  ${String(report.counts.filesScanned).padStart(13)}  ${String(report.counts.findings).padStart(8)}  ${(rssKiB / 1024).toFixed(1).padStart(14)}  ${seconds.toFixed(1).padStart(8)}  ${hash}`,
  );
}
console.log(hashes.size === 1 ? 'deterministic: the JSON report is byte-identical for every worker count' : `NOT deterministic: ${hashes.size} different JSON reports`);
if (synthetic && opts.clean) rmSync(synthetic, { recursive: true, force: true });
process.exitCode = hashes.size === 1 ? 0 : 1;

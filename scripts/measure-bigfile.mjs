#!/usr/bin/env node
// Measures `keyshift scan` on big one-line files with the default options: a 20 MB JS bundle with a fake,
// format-valid GitHub token near its end, and a 100 MiB one-line file (the default --max-file-size). Prints
// wall time, peak RSS and whether the key was found; asserts nothing about speed. Files are built in the OS
// temp dir, never in the repo. Run `npm run build` first (the fake token comes from build/test/helpers).
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(repo, 'bin', 'keyshift.js');
const TIME = '/usr/bin/time';
const MiB = 1024 * 1024;
const { makeToken } = await import(pathToFileURL(join(repo, 'build/test/helpers/fake-tokens.js')).href);

/** A one-line minified-looking bundle of `size` bytes; `key` (if any) sits 4 KiB before the end. */
function writeOneLine(file, size, key) {
  const unit = 'var a=function(t){return t&&t.__esModule?t:{default:t}};function b(e,n){for(var r=0;r<n.length;r++)e.push(n[r]);return e}';
  const tail = key === undefined ? '' : `;const GITHUB_TOKEN="${key}";`;
  const block = Buffer.from(unit.repeat(Math.ceil(MiB / unit.length)).slice(0, MiB));
  const fd = openSync(file, 'w');
  let written = 0;
  const before = size - tail.length - 4096;
  while (written + block.length <= before) written += writeSync(fd, block);
  written += writeSync(fd, block.subarray(0, before - written));
  const keyColumn = written + tail.indexOf('"') + 2;
  written += writeSync(fd, tail);
  writeSync(fd, block.subarray(0, size - written));
  closeSync(fd);
  return keyColumn;
}

function run(file) {
  const args = [bin, 'scan', file, '--format', 'json'];
  const started = process.hrtime.bigint();
  let r;
  let rssKiB;
  if (existsSync(TIME)) {
    r = spawnSync(TIME, ['-v', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 64 * MiB });
    rssKiB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]);
  } else {
    r = spawnSync(process.execPath, [join(repo, 'bench/rss-wrapper.mjs'), ...args], { encoding: 'utf8', maxBuffer: 64 * MiB });
    rssKiB = Number(/KEYSHIFT_BENCH_MAXRSS (\d+)/.exec(r.stderr)?.[1]);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  let findings = [];
  try {
    findings = JSON.parse(r.stdout).findings ?? [];
  } catch {
    console.error(`measure-bigfile: no JSON report (exit ${r.status}): ${r.stderr.split('\n').slice(-5).join(' ')}`);
  }
  return { status: r.status, seconds, rssMiB: rssKiB / 1024, findings };
}

const dir = mkdtempSync(join(tmpdir(), 'keyshift-bigfile-'));
try {
  const key = makeToken('github.pat-classic', 14);
  const cases = [
    { name: '20 MB one-line bundle, key near the end', file: join(dir, 'bundle.js'), size: 20_000_000, key },
    { name: '100 MiB one-line file, no key', file: join(dir, 'huge.js'), size: 100 * MiB },
  ];
  console.log(`node ${process.version}, peak RSS from ${existsSync(TIME) ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS'}`);
  for (const c of cases) {
    const column = writeOneLine(c.file, c.size, c.key);
    const r = run(c.file);
    const hit = r.findings.find((f) => f.ruleId === 'github.pat-classic');
    const found = c.key === undefined ? `${r.findings.length} finding(s)` : hit ? `key found at ${hit.line}:${hit.column} (expected 1:${column})` : 'key NOT found';
    console.log(`${c.name}: exit ${r.status}, ${r.seconds.toFixed(2)} s wall, peak RSS ${r.rssMiB.toFixed(0)} MiB, ${found}`);
    rmSync(c.file);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

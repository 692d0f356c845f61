// What v2 fingerprints cost (docs/fingerprints.md): one scrypt on one core, then batches of distinct findings the
// way a scan computes them (async scrypt on libuv's thread pool, cached per distinct value), against v1, and an
// end-to-end scan of a file with N distinct tokens. Not a test; prints figures. Run `npx tsc -p tsconfig.json` first.
// Usage: node scripts/bench-fingerprint.mjs [--counts 1000,10000] [--scan 1000]   (UV_THREADPOOL_SIZE is honoured)
import { availableParallelism, tmpdir } from 'node:os';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FINGERPRINT_KDF, fingerprintAll, fingerprintV1, fingerprintV2Sync, fingerprintsComputed } from '../build/src/model/fingerprint.js';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i === -1 ? dflt : args[i + 1];
};
const counts = opt('--counts', '1000,10000').split(',').map(Number);
const scanCount = Number(opt('--scan', '1000'));

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
let seed = 0x5eed;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const token = () => `ghp_${Array.from({ length: 36 }, () => ALNUM[Math.floor(rand() * ALNUM.length)]).join('')}`;
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const { N, r, p, keyLength } = FINGERPRINT_KDF;
console.log(`v2 KDF: scrypt N=${N} r=${r} p=${p} len=${keyLength} (${(128 * N * r) / 1048576} MiB per hash); ${availableParallelism()} cores, UV_THREADPOOL_SIZE=${process.env.UV_THREADPOOL_SIZE ?? '4 (default)'}; node ${process.version}`);

// One hash, one core: the attacker's cost per guess on this machine, and the scan's floor per distinct finding.
const one = [];
for (let i = 0; i < 200; i++) {
  const t0 = process.hrtime.bigint();
  fingerprintV2Sync('github.pat-classic', `value-${i}`, 'bench-salt-000000000000');
  one.push(ms(t0));
}
const v1Times = [];
for (let i = 0; i < 5; i++) {
  const t0 = process.hrtime.bigint();
  for (let j = 0; j < 10000; j++) fingerprintV1('github.pat-classic', `value-${j}`);
  v1Times.push(ms(t0) / 10000);
}
console.log(`one v2 hash (scryptSync, one core): median ${median(one).toFixed(2)} ms; one v1 hash: ${(median(v1Times) * 1000).toFixed(2)} µs (${Math.round(median(one) / median(v1Times))}x)`);

// Batches as the scan computes them: distinct values, a fresh salt each round so nothing is cached.
for (const n of counts) {
  const items = Array.from({ length: n }, () => ({ patternId: 'github.pat-classic', value: token() }));
  const salt = `bench-salt-${n}-${Date.now()}`;
  const before = fingerprintsComputed();
  let t0 = process.hrtime.bigint();
  await fingerprintAll(items, salt);
  const cold = ms(t0);
  const hashed = fingerprintsComputed() - before;
  t0 = process.hrtime.bigint();
  await fingerprintAll(items, salt);
  const warm = ms(t0);
  console.log(
    `${n.toLocaleString('en')} distinct findings: ${(cold / 1000).toFixed(2)} s total, ${(cold / n).toFixed(2)} ms per finding (async, thread pool); ` +
      `${hashed} hashes; the same again from the cache: ${warm.toFixed(1)} ms`,
  );
}

// End to end: a scan of one file holding scanCount distinct tokens (every one a reported finding).
if (scanCount > 0) {
  const { runConfiguredScan } = await import('../build/src/scan/scan-request.js');
  const dir = mkdtempSync(join(tmpdir(), 'keyshift-bench-fp-'));
  try {
    writeFileSync(join(dir, 'tokens.env'), Array.from({ length: scanCount }, (_, i) => `TOKEN_${i}=${token()}`).join('\n') + '\n');
    const req = { cwd: dir, targets: [dir], include: [], exclude: [], respectGitignore: true, mode: { kind: 'files' }, failOn: 'none' };
    const runs = [];
    let findings = 0;
    for (let i = 0; i < 3; i++) {
      const t0 = process.hrtime.bigint();
      const out = await runConfiguredScan({ ...req, fingerprintSalt: `bench-scan-salt-${i}-0000000` });
      runs.push(ms(t0));
      findings = out.report.result.findings.length;
    }
    console.log(`scan of one file with ${scanCount.toLocaleString('en')} distinct tokens: ${findings} findings, median ${(median(runs) / 1000).toFixed(2)} s (fresh salt each run, so every fingerprint is computed)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

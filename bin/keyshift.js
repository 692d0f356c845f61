#!/usr/bin/env node
// Entry point for the keyshift CLI. It runs the bundle (dist/cli.cjs: one file to load, so start-up stays
// small for pre-commit hooks); `npm run build` rebuilds it from src/ and CI checks it is fresh.
//
// V8's compiled code of the bundle is kept between runs, so a run does not parse and compile 1.8 MB of
// JavaScript again (measured in docs/performance.md). The bundle is compiled through vm.Script with V8's
// cachedData, which is why it is CommonJS: Node 20 has no code cache for ES modules without a flag. Node
// 22.1+ has module.enableCompileCache(), but it keeps only what V8 compiled before the module ran (the top
// level), while this cache is written after the run and so holds the functions a scan needed: measured on
// Node 24, 245 against 276 ms CPU for `scan --staged`. NODE_DISABLE_COMPILE_CACHE=1 (Node's own switch) turns
// it off.
//
// This file is CommonJS too (bin/package.json says so for bin/): an ES module entry makes Node start its ESM
// loader first (about 5 ms of a hook's start, measured in docs/performance.md).
'use strict';
const { closeSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } = require('node:fs');
const { isAscii } = require('node:buffer');
const module_ = require('node:module');
const { tmpdir } = require('node:os');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

/** How many runs write a command's cache (the last one writes the file that is kept). */
const CACHE_WRITES = 3;

/** Commands whose first argument names a subcommand (an unknown one only makes its own cache file). */
const SUBCOMMANDS = new Set(['hook', 'baseline', 'patterns', 'github', 'config']);

const bundle = join(__dirname, '..', 'dist', 'cli.cjs');
if (process.env.NODE_DISABLE_COMPILE_CACHE === '1') require(bundle);
else runWithCodeCache(bundle);

/**
 * Compiles and runs the CommonJS bundle as Node's loader would (the same wrapper and arguments), with V8's
 * code cache from a per-user folder. The cache is written at exit, after the run, so it holds the functions
 * the run compiled too, not only the top level; one file per command and mode (`scan-staged`, `hook-run`,
 * ...), since a `--version` run compiles far less than a scan and a path scan other code than a staged one.
 * Any problem with the cache only costs the saving.
 *
 * A cache holds what the runs that wrote it compiled, so the first run alone would decide it (a scan without
 * findings leaves out the code that reports them). So it is written by the first CACHE_WRITES runs of a
 * bundle, command and mode, each from the cache of the one before plus what that run compiled, and then left
 * as it is: `<name>.1.v8cache`, `<name>.2.v8cache`, then `<name>.v8cache` for good.
 */
function runWithCodeCache(file) {
  // The bundle is ASCII (scripts/bundle.mjs): read as one-byte text, without a UTF-8 decode (2 ms, not 7).
  const bytes = readFileSync(file);
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const base = codeCacheBase(file);
  let cachedData;
  let generation = 0;
  if (base) {
    // The final file first: after the first CACHE_WRITES runs it is the only one, and read at the first try.
    for (let g = CACHE_WRITES; g >= 1; g--) {
      try {
        cachedData = readFileSync(cacheName(base, g));
        generation = g;
        break;
      } catch {
        cachedData = undefined;
      }
    }
  }
  const script = new vm.Script(module_.wrap(source), {
    filename: file,
    cachedData,
    importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const rejected = cachedData !== undefined && script.cachedDataRejected;
  if (base && (cachedData === undefined || rejected || generation < CACHE_WRITES)) {
    // A rejected cache (another V8 flag set) starts again at 1; the file it replaces is removed.
    const next = cachedData === undefined || rejected ? 1 : generation + 1;
    const replaces = cachedData !== undefined && generation !== next ? cacheName(base, generation) : undefined;
    process.once('exit', () => writeCodeCache(cacheName(base, next), script, replaces));
  }
  const mod = { exports: {}, filename: file, id: file, loaded: false, children: [], paths: [] };
  script.runInThisContext().call(mod.exports, mod.exports, module_.createRequire(file), mod, file, dirname(file));
}

function cacheName(base, generation) {
  return generation >= CACHE_WRITES ? `${base}.v8cache` : `${base}.${generation}.v8cache`;
}

/**
 * What a run's cache is named for: the command, and the mode or subcommand that decides which code runs
 * (`scan-staged`, `scan-diff`, `scan-history`, `scan-stdin`, `scan` for paths; `hook-run`, `baseline-update`).
 */
function cacheCommand(argv) {
  const word = (s) => (typeof s === 'string' && /^[a-z][a-z-]{0,19}$/.test(s) ? s : undefined);
  const command = word(argv[0]);
  if (command === undefined) return 'other';
  if (command === 'scan') {
    const mode = ['--staged', '--diff', '--history', '--stdin'].find((f) => argv.some((a) => a === f || a.startsWith(`${f}=`)));
    return mode ? `scan-${mode.slice(2)}` : 'scan';
  }
  const sub = word(argv[1]);
  return sub && SUBCOMMANDS.has(command) ? `${command}-${sub}` : command;
}

/**
 * The cache files' name for this bundle, this Node and this command (without the generation and extension),
 * or undefined when there is no safe folder.
 * The name is keyed by the bundle's inode, size, mtime and ctime (a rebuilt or replaced bundle gets a new
 * name; V8 also rejects data made for another source length, V8 version or flags), so no hash of the 1.8 MB
 * file is needed. The folder must be a real directory owned by this user and writable by no one else: V8
 * runs the cached code it accepts, so another user's file must never be read. (On Windows the check fails:
 * no uid, and directories are reported writable by all; there the bundle is compiled each run.)
 */
function codeCacheBase(file) {
  try {
    const dir = join(tmpdir(), `keyshift-compile-cache-${process.getuid?.() ?? 'user'}`);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const d = lstatSync(dir);
    if (!d.isDirectory() || (process.getuid && d.uid !== process.getuid()) || (d.mode & 0o022) !== 0) return undefined;
    const s = statSync(file);
    const key = [process.version, process.arch, s.ino, s.size, Math.round(s.mtimeMs * 1000), Math.round(s.ctimeMs * 1000)].join('-');
    return join(dir, `cli-${key}-${cacheCommand(process.argv.slice(2))}`);
  } catch {
    return undefined;
  }
}

/** Cache files not written for this long are removed when a new one is written (each is 0.7-0.9 MB). */
const CACHE_MAX_AGE_MS = 30 * 24 * 3600 * 1000;

/**
 * Written to a temporary file and renamed, so a concurrent run reads a whole file or none; the file of the
 * generation before is then removed. A write happens only in the first runs (a new bundle, Node, command or
 * mode), and then removes files of the folder older than CACHE_MAX_AGE_MS (other bundles' and Node
 * versions'), so the folder does not grow with every rebuild.
 */
function writeCodeCache(cacheFile, script, replaces) {
  const dir = dirname(cacheFile);
  try {
    const now = Date.now();
    for (const name of readdirSync(dir)) {
      if (!name.startsWith('cli-')) continue;
      const file = join(dir, name);
      if (now - lstatSync(file).mtimeMs > CACHE_MAX_AGE_MS) unlinkSync(file);
    }
  } catch {
    // an old file that cannot be removed is only space
  }
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  try {
    const data = script.createCachedData();
    const fd = openSync(tmp, 'wx', 0o600);
    try {
      writeSync(fd, data);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, cacheFile);
    if (replaces !== undefined) unlinkSync(replaces);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
  }
}

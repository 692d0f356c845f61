// Builds the benchmark corpus: the pinned npm tarballs in bench/packages.json, fetched with `npm pack`
// and unpacked under the bench cache (never inside the repo). Deterministic: exact versions, checked integrity.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, renameSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export function benchDir() {
  return process.env.KEYSHIFT_BENCH_DIR || join(homedir(), '.cache', 'keyshift-bench');
}

export function readPackageList() {
  const list = JSON.parse(readFileSync(join(here, 'packages.json'), 'utf8'));
  for (const spec of list.packages) {
    if (!/^(@[a-z0-9._-]+\/)?[a-z0-9._-]+@\d+\.\d+\.\d+$/.test(spec)) {
      throw new Error(`bench/packages.json: "${spec}" is not name@exact.version; pin an exact version`);
    }
  }
  return list.packages;
}

/** Folder name for one package: @scope/name@1.2.3 -> scope__name@1.2.3. */
function folderOf(spec) {
  return spec.replace(/^@/, '').replace('/', '__');
}

/** npm pack's file name for a spec: @scope/name@1.2.3 -> scope-name-1.2.3.tgz. */
function tarballOf(spec) {
  const at = spec.lastIndexOf('@');
  return `${spec.slice(0, at).replace(/^@/, '').replace('/', '-')}-${spec.slice(at + 1)}.tgz`;
}

function log(msg) {
  process.stderr.write(`${msg}\n`);
}

/**
 * Ensures the corpus exists and matches the package list; returns its root. A stamp file holds the
 * hash of the list, so editing packages.json rebuilds it and an interrupted build is redone.
 */
export function ensureCorpus({ quiet = false } = {}) {
  const specs = readPackageList();
  const root = benchDir();
  const corpus = join(root, 'corpus');
  const tarballs = join(root, 'tarballs');
  const stampFile = join(root, 'corpus.stamp');
  const stamp = createHash('sha256').update(JSON.stringify(specs)).digest('hex');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp && existsSync(corpus)) return corpus;
  mkdirSync(tarballs, { recursive: true });
  const missing = specs.filter((s) => !existsSync(join(tarballs, tarballOf(s))));
  // npm pack takes many specs at once; a few at a time keeps a failure's message readable.
  for (let i = 0; i < missing.length; i += 8) {
    const chunk = missing.slice(i, i + 8);
    if (!quiet) log(`bench: fetching ${chunk.join(' ')}`);
    execFileSync('npm', ['pack', ...chunk, '--pack-destination', tarballs, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const tmp = `${corpus}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  for (const s of specs) {
    const dest = join(tmp, folderOf(s));
    mkdirSync(dest);
    execFileSync('tar', ['-xzf', join(tarballs, tarballOf(s)), '-C', dest, '--no-same-owner', '--no-same-permissions']);
  }
  rmSync(corpus, { recursive: true, force: true });
  renameSync(tmp, corpus);
  writeFileSync(stampFile, stamp);
  if (!quiet) {
    const { files, bytes } = corpusSize(corpus);
    log(`bench: corpus ready at ${corpus}: ${files} files, ${(bytes / 1e6).toFixed(1)} MB`);
  }
  return corpus;
}

/** Regular files and their total bytes under dir (symlinks not followed). */
export function corpusSize(dir) {
  let files = 0;
  let bytes = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        files++;
        bytes += statSync(p).size;
      }
    }
  };
  walk(dir);
  return { files, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = ensureCorpus();
  const sizes = readdirSync(root).map((d) => [d, corpusSize(join(root, d))]);
  sizes.sort((a, b) => b[1].bytes - a[1].bytes);
  for (const [d, s] of sizes) console.log(`${(s.bytes / 1e6).toFixed(1).padStart(7)} MB ${String(s.files).padStart(6)} files  ${d}`);
  const t = corpusSize(root);
  console.log(`${(t.bytes / 1e6).toFixed(1).padStart(7)} MB ${String(t.files).padStart(6)} files  total`);
}

#!/usr/bin/env node
// Builds the committed bundles: dist/action.js (the GitHub Action, src/action/main.ts), dist/cli.js (the
// CLI that bin/keyshift.js runs, src/cli/bin.ts) and dist/scan-worker.js
// (the worker src/scan/scan.ts starts from next to itself), ESM for Node, with every dependency inlined, and
// dist/catalog.json, the compiled catalog the bundle loads instead of parsing YAML (it is hash-checked
// against patterns/ at run time, so a stale one is ignored, never trusted). Run after `npm run build`.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { action: 'src/action/main.ts', cli: 'src/cli/bin.ts', 'scan-worker': 'src/scan/scan-worker.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Bundled CommonJS dependencies call require(); give them one in ESM output.
  banner: { js: "import { createRequire as __keyshiftCreateRequire } from 'node:module';\nconst require = __keyshiftCreateRequire(import.meta.url);" },
  legalComments: 'eof',
  // Module paths as seen from the package (node_modules/...), not where a symlinked node_modules points, so
  // a git worktree that links its node_modules builds the same bundle.
  preserveSymlinks: true,
  logLevel: 'warning',
});

execFileSync(process.execPath, ['scripts/compile-catalog.mjs', '--out', 'dist/catalog.json'], { stdio: ['ignore', 'ignore', 'inherit'] });

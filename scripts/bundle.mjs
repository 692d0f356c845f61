#!/usr/bin/env node
// Builds the committed bundles: dist/action.js (the GitHub Action, src/action/main.ts), dist/cli.cjs (the
// CLI that bin/keyshift.js runs, src/cli/bin.ts; CommonJS) and dist/scan-worker.js
// (the worker src/scan/scan.ts starts from next to itself; action and worker ESM), with every dependency inlined, and
// dist/catalog.json, the compiled catalog the bundle loads instead of parsing YAML (it is hash-checked
// against patterns/ at run time, so a stale one is ignored, never trusted). Run after `npm run build`.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  legalComments: 'eof',
  // Module paths as seen from the package (node_modules/...), not where a symlinked node_modules points, so
  // a git worktree that links its node_modules builds the same bundle.
  preserveSymlinks: true,
  logLevel: 'warning',
};
await build({
  ...common,
  entryPoints: { action: 'src/action/main.ts', 'scan-worker': 'src/scan/scan-worker.ts' },
  outdir: 'dist',
  format: 'esm',
  // Bundled CommonJS dependencies call require(); give them one in ESM output.
  banner: { js: "import { createRequire as __keyshiftCreateRequire } from 'node:module';\nconst require = __keyshiftCreateRequire(import.meta.url);" },
});
// The CLI is CommonJS: Node 20 can keep V8's code cache of a script (vm.Script cachedData, bin/keyshift.js)
// but not of an ES module. The sources' import.meta.url becomes the bundle's own file URL.
await build({
  ...common,
  entryPoints: { cli: 'src/cli/bin.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // Whitespace and syntax minified (names kept, so stack traces still read): 1.46 instead of 2.1 MB to read
  // at each start, 2-3 ms of a pre-commit hook (docs/performance.md).
  minifyWhitespace: true,
  minifySyntax: true,
  define: { 'import.meta.url': '__keyshiftModuleUrl' },
  banner: { js: "const __keyshiftModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
// Pure ASCII, so bin/keyshift.js reads it as one-byte text (2 ms) instead of decoding UTF-8 (7 ms). esbuild
// escapes strings but keeps a few characters in regex literals and comments; each becomes its \uXXXX escape
// (UTF-16 units), which means the same character in a string, a regex, an identifier or a comment.
const cliFile = 'dist/cli.cjs';
const cliText = readFileSync(cliFile, 'utf8');
writeFileSync(cliFile, cliText.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));

execFileSync(process.execPath, ['scripts/compile-catalog.mjs', '--out', 'dist/catalog.json'], { stdio: ['ignore', 'ignore', 'inherit'] });

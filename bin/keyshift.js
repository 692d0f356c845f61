#!/usr/bin/env node
// Entry point for the keyshift CLI. It runs the bundle (dist/cli.js: one file to load, so start-up stays
// small for pre-commit hooks); `npm run build` rebuilds it from src/ and CI checks it is fresh.
import module from 'node:module';

// Node 22.1+ can keep V8's compiled code of the bundle between runs (in the OS temp folder, Node's default
// for this call, never in the repository); Node 20 has no such call. Enabled before the bundle is imported.
module.enableCompileCache?.();
await import('../dist/cli.js');

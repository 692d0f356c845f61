#!/usr/bin/env node
// Entry point for the keyshift CLI. It runs the bundle (dist/cli.js: one file to load, so start-up stays
// small for pre-commit hooks); `npm run build` rebuilds it from src/ and CI checks it is fresh.
import '../dist/cli.js';

#!/usr/bin/env node
// Entry point for the keyshift CLI: runs the compiled CLI and exits with its code.
import { main, processIO } from '../build/src/cli/main.js';

const code = await main(process.argv.slice(2), processIO());
process.exitCode = code;

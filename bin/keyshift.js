#!/usr/bin/env node
// Entry point for the keyshift CLI: runs the compiled CLI and exits with its code.
import { main, processIO } from '../build/src/cli/main.js';

// A reader that goes away early (`keyshift patterns list | head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

const code = await main(process.argv.slice(2), processIO());
process.exitCode = code;

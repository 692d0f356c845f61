// The process entry of the CLI (bundled to dist/cli.js, which bin/keyshift.js loads): wires process I/O to
// main() and sets the exit code. A reader that goes away early (`keyshift patterns list | head`) is not an
// error worth a stack trace.
import { main, processIO } from './main.js';

for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

process.exitCode = await main(process.argv.slice(2), processIO());

// The process entry of the CLI (bundled to dist/cli.cjs, which bin/keyshift.js loads): wires process I/O to
// main() and sets the exit code. A reader that goes away early (`keyshift patterns list | head`) is not an
// error worth a stack trace. SIGINT and SIGTERM abort the running command (main() maps that to 130 or 143).
import { main, processIO } from './main.js';
import { InterruptedError, exitCodeForSignal, type InterruptSignal } from '../model/errors.js';

for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

const interrupt = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => onSignal(signal));

/**
 * The first signal aborts the command, which stops its scan and writes nothing; a second one exits at once.
 * Files are written synchronously through a temporary file (model/atomic-write.ts), so neither handler can
 * run while one is half-written.
 */
function onSignal(signal: InterruptSignal): void {
  if (!interrupt.signal.aborted) {
    interrupt.abort(new InterruptedError(signal));
    return;
  }
  process.stderr.write('keyshift: interrupted\n');
  process.exit(exitCodeForSignal(signal));
}

// No top-level await: the bundle of this file is CommonJS (dist/cli.cjs, so Node 20 can cache its code).
void main(process.argv.slice(2), { ...processIO(), signal: interrupt.signal }).then((code) => {
  // Interrupted: exit now rather than wait for what the abort could not stop (a git child still writing, a pipe).
  if (interrupt.signal.aborted) process.exit(code);
  process.exitCode = code;
});

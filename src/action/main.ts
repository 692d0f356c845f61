// Entry point of the GitHub Action (bundled to dist/action.js): runs the Action with the runner's
// environment and stdout, and sets the exit code. All logic lives in run.ts.
import { runAction } from './run.js';

process.exitCode = await runAction({ env: process.env, log: (line) => void process.stdout.write(`${line}\n`) });

// Fallback peak-RSS probe for bench.mjs when /usr/bin/time is missing: runs a Node script in this
// process and prints process.resourceUsage().maxRSS (KiB, all threads) on stderr at exit.
import { writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const script = resolve(process.argv[2]);
process.argv.splice(1, 2, script);
process.on('exit', () => writeSync(2, `KEYSHIFT_BENCH_MAXRSS ${process.resourceUsage().maxRSS}\n`));
await import(pathToFileURL(script).href);

// The read floor for bench.mjs: walk with fast-glob, read every file with readFileSync and decode it
// with TextDecoder, on one thread; prints {"files","bytes","chars"} as JSON. Does nothing else.
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';

const root = process.argv[2];
const decoder = new TextDecoder('utf-8');
let files = 0;
let bytes = 0;
let chars = 0;
for (const f of fg.sync('**', { cwd: root, absolute: true, dot: true, onlyFiles: true })) {
  const b = readFileSync(f);
  files++;
  bytes += b.length;
  chars += decoder.decode(b).length;
}
console.log(JSON.stringify({ files, bytes, chars }));

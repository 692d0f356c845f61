// node-tar and fflate, loaded on first use: a scan without a container in it (a pre-commit hook's) does not
// evaluate them (node-tar alone pulls in assert, fs/promises, stream, zlib and string_decoder, and fflate
// builds its Huffman tables at import). A bundle defines `require`, and esbuild inlines the literal
// require() calls below; plain Node ESM has none, so one is made for this module.
import { createRequire } from 'node:module';
import type * as Tar from 'tar';
import type * as Fflate from 'fflate';

const esmRequire = typeof require === 'function' ? undefined : createRequire(import.meta.url);
let tar: typeof Tar | undefined;
let fflate: typeof Fflate | undefined;

export function tarLib(): typeof Tar {
  return (tar ??= (esmRequire ? esmRequire('tar') : require('tar')) as typeof Tar);
}

export function fflateLib(): typeof Fflate {
  return (fflate ??= (esmRequire ? esmRequire('fflate') : require('fflate')) as typeof Fflate);
}

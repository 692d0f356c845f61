// The one include/exclude glob rule shared by every source: a glob without '/' matches the basename at
// any depth (as in .gitignore), a glob with '/' matches the whole POSIX path. Pure; reads no files.
import { createRequire } from 'node:module';
import type Micromatch from 'micromatch';

let micromatchLib: typeof Micromatch | undefined;

/** micromatch, loaded when a first glob is compiled (a scan without include/exclude globs never loads it). */
function micromatch(): typeof Micromatch {
  return (micromatchLib ??= typeof require === 'function' ? (require('micromatch') as typeof Micromatch) : (createRequire(import.meta.url)('micromatch') as typeof Micromatch));
}

/**
 * Compiles one glob. micromatch's basename option also rewrites globs that contain '/' (so `src/**`
 * would match nothing), which is why it is set only for globs without one.
 */
export function compileGlob(glob: string): (p: string) => boolean {
  return micromatch().matcher(glob, glob.includes('/') ? { dot: true } : { dot: true, basename: true });
}

/** True when any of the globs matches the path; always false for an empty list. */
export function anyGlob(globs: readonly string[]): (p: string) => boolean {
  const ms = globs.map(compileGlob);
  if (ms.length === 0) return () => false;
  return (p) => ms.some((m) => m(p));
}

/** Include/exclude as one test: kept when some include matches (or there are none) and no exclude does. */
export function globFilter(include: readonly string[], exclude: readonly string[]): (p: string) => boolean {
  const inc = anyGlob(include);
  const exc = anyGlob(exclude);
  const all = include.length === 0;
  return (p) => (all || inc(p)) && !exc(p);
}

// Ignore-file cascades with git's semantics (.gitignore, .keyshiftignore): each file applies to its own
// directory and below, paths relative to it, the deepest file with a verdict wins. Reads no directories itself.
import * as fs from 'node:fs';
import ignore from 'ignore';

/** Ignore files larger than this are not parsed (a hostile tree could hold a huge one). */
const MAX_IGNORE_FILE_BYTES = 1024 * 1024;

/** ignore's public test() caches every tested path; in the fallback the matcher is rebuilt this often to bound memory. */
const TESTS_BEFORE_REBUILD = 8192;

export interface IgnoreLayer {
  /** Directory of the ignore file, relative to the walk's anchor, POSIX, '' for the anchor itself. */
  base: string;
  /** The ignore file's own path (for messages). */
  file: string;
  rules: string;
  matcher: ignore.Ignore;
  tests: number;
}

function makeMatcher(rules: string): ignore.Ignore {
  // Case-sensitive like git on Linux; allowRelativePaths stops the package throwing on odd names.
  return ignore({ ignorecase: false, allowRelativePaths: true }).add(rules);
}

export function makeLayer(base: string, file: string, rules: string): IgnoreLayer {
  return { base, file, rules, matcher: makeMatcher(rules), tests: 0 };
}

/**
 * Reads an ignore file into a layer; undefined when it is missing, not a regular file, too big or
 * unreadable (such a file is then scanned and reported by the read stage like any other).
 */
export function loadLayer(absFile: string, base: string): IgnoreLayer | undefined {
  try {
    const st = fs.lstatSync(absFile);
    if (!st.isFile() || st.size > MAX_IGNORE_FILE_BYTES) return undefined;
    const rules = fs.readFileSync(absFile, 'utf8');
    return makeLayer(base, absFile, rules);
  } catch {
    return undefined;
  }
}

interface RuleTest {
  ignored: boolean;
  unignored: boolean;
}
/** The rule list inside ignore 7.x: tests one path against the rules only, without parent directories or cache. */
interface RuleManager {
  test(path: string, checkUnignored: boolean, mode: 'regex'): RuleTest;
}

/**
 * One layer's verdict on a path relative to the layer's directory: true ignored, false re-included,
 * undefined no rule matched. The path alone is tested, not its parent directories: the walker prunes
 * ignored directories itself, and the public test() would wrongly re-apply a shallower layer's rule to a
 * directory that a deeper layer re-included. Falls back to test() if the package's internals change.
 */
function verdict(layer: IgnoreLayer, sub: string, isDir: boolean): boolean | undefined {
  const path = isDir ? `${sub}/` : sub;
  const rules = (layer.matcher as unknown as { _rules?: Partial<RuleManager> })._rules;
  let r: RuleTest;
  if (rules && typeof rules.test === 'function') {
    r = rules.test(path, true, 'regex');
  } else {
    if (++layer.tests > TESTS_BEFORE_REBUILD) {
      layer.matcher = makeMatcher(layer.rules);
      layer.tests = 1;
    }
    r = layer.matcher.test(path);
  }
  if (r.ignored) return true;
  if (r.unignored) return false;
  return undefined;
}

/**
 * Whether `rel` (relative to the anchor, POSIX) is ignored by the layers, which must all be ancestors of
 * it, ordered from the anchor down. Later (deeper) layers override earlier ones, as in git. Parent
 * directories are not checked here: the caller never descends into an ignored directory.
 */
export function isIgnored(layers: readonly IgnoreLayer[], rel: string, isDir: boolean): boolean {
  return ignoredBy(layers, rel, isDir) !== undefined;
}

/** Like isIgnored, but names the layer whose rule ignores the path (for the skip's detail); undefined when not ignored. */
export function ignoredBy(layers: readonly IgnoreLayer[], rel: string, isDir: boolean): IgnoreLayer | undefined {
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i] as IgnoreLayer;
    const sub = layer.base === '' ? rel : rel.slice(layer.base.length + 1);
    if (sub === '') continue;
    const v = verdict(layer, sub, isDir);
    if (v !== undefined) return v ? layer : undefined;
  }
  return undefined;
}

/** The ignore file's path as users see it: relative to the walk's anchor ('sub/.gitignore'). */
export function layerName(layer: IgnoreLayer): string {
  const name = layer.file.slice(Math.max(layer.file.lastIndexOf('/'), layer.file.lastIndexOf('\\')) + 1);
  return layer.base === '' ? name : `${layer.base}/${name}`;
}

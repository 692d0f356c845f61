// The one reading of a structured file kind's `files` entries (patterns/structured/*.yaml): which paths,
// contexts and contents a parser reads. Shared by the detector and the loader's example_path check; pure.
import type { FileContext, StructuredFileMatch } from './types.js';

export interface CompiledFileMatch {
  name: RegExp[];
  notName: RegExp[];
  path: RegExp[];
  contexts: ReadonlySet<FileContext>;
  content: RegExp[];
}

/** Compiles one entry; throws SyntaxError on a bad regex (the loader reports it before anything runs). */
export function compileFileMatch(m: StructuredFileMatch): CompiledFileMatch {
  const all = (list: string[], flags = ''): RegExp[] => list.map((s) => new RegExp(s, flags));
  return { name: all(m.name), notName: all(m.notName), path: all(m.path), contexts: new Set(m.contexts), content: all(m.content, 'm') };
}

/** Whether the entry names this file: base name, path or context (lowercased path), and no not_name. */
export function fileMatchNames(m: CompiledFileMatch, path: string, context?: FileContext): boolean {
  const lower = path.toLowerCase();
  const slash = lower.lastIndexOf('/');
  const name = slash === -1 ? lower : lower.slice(slash + 1);
  const named = m.name.some((re) => re.test(name)) || m.path.some((re) => re.test(lower)) || (context !== undefined && m.contexts.has(context));
  return named && !m.notName.some((re) => re.test(name));
}

/** Whether the entry reads this file: named by it (fileMatchNames) and every content regex matches. */
export function fileMatchReads(m: CompiledFileMatch, path: string, text: string, context?: FileContext): boolean {
  return fileMatchNames(m, path, context) && m.content.every((re) => re.test(text));
}

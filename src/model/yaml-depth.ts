// YAML from untrusted files, composed only when it nests no deeper than MAX_YAML_DEPTH: the one home of that
// bound for the config loader, the CI posture parser and the structured YAML parsers. Reads no file.
// yaml's composer recurses once per level; near the end of the stack V8 can abort the whole process (a regex
// compiled there fails with a fatal out-of-memory that no catch sees), so catching the RangeError is not enough.
import type { CST, Document, DocumentOptions, ParseOptions, SchemaOptions, Composer, Parser } from 'yaml';
import { yamlLib } from './yaml-lib.js';

/**
 * Collections nested deeper than this and the text is not composed. Real configs, workflows and manifests
 * nest a few dozen levels at most; the composer overflows a default stack near 1,000.
 */
export const MAX_YAML_DEPTH = 200;

/**
 * The documents of `text` as yaml's parseAllDocuments composes them (each with its own errors), or undefined
 * when collections nest deeper than MAX_YAML_DEPTH. The CST parser keeps its own stack, so it reads any
 * depth; the depth is measured on its tokens, without recursion, before the composer sees them.
 */
export function composeYaml(
  text: string,
  options: DocumentOptions & ParseOptions & SchemaOptions,
  opts: { forceDoc?: boolean; addNewLine?: (offset: number) => void } = {},
): Document.Parsed[] | undefined {
  const tokens = [...new (yamlLib().Parser)(opts.addNewLine).parse(text)];
  if (nestingDepth(tokens) > MAX_YAML_DEPTH) return undefined;
  return [...new (yamlLib().Composer)(options).compose(tokens, opts.forceDoc === true, text.length)];
}

/** How deep collections nest in CST tokens (a document's top-level collection is depth 1). */
export function nestingDepth(tokens: readonly CST.Token[]): number {
  let max = 0;
  const stack: [unknown, number][] = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [t, d] = stack.pop()!;
    if (t === null || typeof t !== 'object') continue;
    const tok = t as { type?: string; value?: unknown; items?: { key?: unknown; value?: unknown }[] };
    if (tok.type === 'document') {
      stack.push([tok.value, d]);
      continue;
    }
    if (!Array.isArray(tok.items)) continue;
    const depth = d + 1;
    if (depth > max) max = depth;
    if (max > MAX_YAML_DEPTH) return max;
    for (const it of tok.items) stack.push([it.key, depth], [it.value, depth]);
  }
  return max;
}

// YAML helpers for the CI posture detectors: parse once with source ranges, follow aliases and merge
// keys, and turn offsets into Match positions. Must not decide what is a finding; throws only on a bug.
import type { YAMLError } from 'yaml';
import { isAlias, isMap, isScalar, isSeq, visit, isYamlError } from '../model/yaml-lib.js';
import type { Alias, Document, Node, Pair, YAMLMap } from 'yaml';
import type { Blob, Match } from '../model/types.js';
import { lineIndexAt } from '../model/text.js';
import { composeYaml } from '../model/yaml-depth.js';

export type Doc = Document.Parsed;

/**
 * More aliases than this and the file gets no posture findings: real workflows use a handful, and a file
 * of tens of thousands is built to exhaust the walkers. (yaml's own maxAliasCount bounds toJS only,
 * which we never call; parsing has no alias limit.)
 */
export const MAX_ALIASES = 1000;

/**
 * The parsed document, or undefined when the YAML has errors (warnings such as unknown tags are fine), is
 * nested deeper than MAX_YAML_DEPTH (or the stack allows), or is over MAX_ALIASES. Any other error is a bug and is thrown.
 */
export function parseCiYaml(text: string): Doc | undefined {
  try {
    // Node ranges are all we need (offsets into `text`); source tokens would only cost memory. yaml's own
    // duplicate-key check compares each key with every earlier one (40,000 keys: 20 s), so it is off and
    // indexDocument does it with a set: a duplicate key still makes the file malformed.
    // Composed only when it nests no deeper than MAX_YAML_DEPTH (model/yaml-depth.ts); one document, as parseDocument reads.
    const docs = composeYaml(text, { prettyErrors: false, uniqueKeys: false }, { forceDoc: true });
    const doc = docs?.[0];
    if (!docs || !doc || docs.length > 1 || doc.errors.length > 0) return undefined;
    const index = indexDocument(doc);
    return index.duplicateKey || index.aliases.size > MAX_ALIASES ? undefined : doc;
  } catch (err) {
    // The parser's own errors, and a stack overflow on nesting thousands deep (the parser and visit recurse).
    if (isYamlError(err) || (err instanceof RangeError && /call stack/i.test(err.message))) return undefined;
    throw err;
  }
}

interface DocIndex {
  /** Each alias and the node it names. */
  aliases: Map<Alias, unknown>;
  /** Some mapping repeats a scalar key (what yaml's uniqueKeys reports as DUPLICATE_KEY). */
  duplicateKey: boolean;
}

/** Built in one visit per document. */
const indexes = new WeakMap<Doc, DocIndex>();

/**
 * Alias -> anchored node, as Alias.resolve decides (the last node with that anchor before the alias, in
 * document order), but for all aliases in one visit: resolve() walks the whole document per alias.
 */
function indexDocument(doc: Doc): DocIndex {
  let index = indexes.get(doc);
  if (index) return index;
  const idx: DocIndex = { aliases: new Map(), duplicateKey: false };
  const anchors = new Map<string, unknown>();
  visit(doc, {
    Node: (_key, node) => {
      if (isAlias(node)) {
        idx.aliases.set(node, anchors.get(node.source));
        return;
      }
      if (node.anchor) anchors.set(node.anchor, node);
      if (isMap(node) && !idx.duplicateKey) {
        const keys = new Set<unknown>();
        for (const pair of node.items) {
          if (!isScalar(pair.key)) continue;
          if (keys.has(pair.key.value)) idx.duplicateKey = true;
          keys.add(pair.key.value);
        }
      }
    },
  });
  indexes.set(doc, idx);
  return idx;
}

/** Follows aliases (bounded, so an alias cycle cannot loop). */
export function deref(doc: Doc, node: unknown): unknown {
  let n = node;
  for (let i = 0; i < 8 && isAlias(n); i++) n = indexDocument(doc).aliases.get(n);
  return isAlias(n) ? undefined : n;
}

export function asMap(doc: Doc, node: unknown): YAMLMap | undefined {
  const n = deref(doc, node);
  return isMap(n) ? n : undefined;
}

export function asSeqItems(doc: Doc, node: unknown): unknown[] {
  const n = deref(doc, node);
  return isSeq(n) ? n.items.map((i) => deref(doc, i)) : [];
}

export function keyName(pair: Pair): string | undefined {
  const k = pair.key;
  if (isScalar(k) && (typeof k.value === 'string' || typeof k.value === 'number')) return String(k.value);
  return undefined;
}

const MAX_MERGED_MAPS = 64;

/**
 * The pairs of a mapping with `<<` merge keys expanded (explicit keys win over merged ones, as YAML
 * merge specifies). Merged pairs keep their own source ranges, at the anchor's definition.
 */
export function entries(doc: Doc, map: YAMLMap | undefined, depth = 0, budget = { maps: MAX_MERGED_MAPS }): Pair[] {
  // Nested merges fan out exponentially (a "billion laughs" file); a budget of maps visited bounds the work.
  if (!map || depth > 8 || budget.maps-- <= 0) return [];
  const own: Pair[] = [];
  const merged: Pair[] = [];
  for (const pair of map.items as Pair[]) {
    if (keyName(pair) === '<<') {
      const sources = isSeq(deref(doc, pair.value)) ? asSeqItems(doc, pair.value) : [deref(doc, pair.value)];
      for (const s of sources) merged.push(...entries(doc, isMap(s) ? s : undefined, depth + 1, budget));
    } else {
      own.push(pair);
    }
  }
  const seen = new Set(own.map(keyName));
  const out = [...own];
  for (const p of merged) {
    const k = keyName(p);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(p);
    }
  }
  return out;
}

export function getPair(doc: Doc, map: YAMLMap | undefined, key: string): Pair | undefined {
  return entries(doc, map).find((p) => keyName(p) === key);
}

export function getNode(doc: Doc, map: YAMLMap | undefined, key: string): unknown {
  const p = getPair(doc, map, key);
  return p ? deref(doc, p.value) : undefined;
}

/** A scalar's value as a string (numbers and booleans too), else undefined. */
export function scalarText(doc: Doc, node: unknown): string | undefined {
  const n = deref(doc, node);
  if (!isScalar(n) || n.value === null || n.value === undefined) return undefined;
  return typeof n.value === 'object' ? undefined : String(n.value);
}

export function getText(doc: Doc, map: YAMLMap | undefined, key: string): string | undefined {
  return scalarText(doc, getNode(doc, map, key));
}

/** [start, end) of a node's own text in the source (value end, without trailing comments). */
export function nodeRange(node: unknown): [number, number] | undefined {
  const r = (node as Node | null | undefined)?.range;
  return r ? [r[0], r[1]] : undefined;
}


/** A posture Match: the secret is the referenced expression (never a value), entropy 0, checksum none. */
export function postureMatch(
  blob: Blob,
  patternId: string,
  start: number,
  end: number,
  secret: string,
  details: Record<string, string>,
): Match {
  const starts = blob.lineStarts.length > 0 ? blob.lineStarts : [0];
  const li = lineIndexAt(starts, start);
  const le = lineIndexAt(starts, Math.max(start, end));
  return {
    patternId,
    start,
    end,
    line: li + 1,
    column: start - starts[li]! + 1,
    endLine: le + 1,
    endColumn: end - starts[le]! + 1,
    secret,
    entropy: 0,
    checksum: 'none',
    details,
  };
}

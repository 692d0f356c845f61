// Line-exact edits of a YAML file (issue 17): the yaml library's document API finds the nodes (their source
// ranges), and the edits are splices of the original text, so comments, key order, quoting and indentation
// stay as written and only the lines that must change do. Block mappings and sequences only: a flow
// collection (`with: {a: b}`) is reported as not mechanically fixable rather than rewritten.
import type { Document, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import { isMap, isScalar, isSeq } from '../model/yaml-lib.js';
import { lineIndex, lineIndexAt } from '../model/text.js';
import { composeYaml } from '../model/yaml-depth.js';

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping edits (any order); throws when two overlap, which is a fixer bug. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new Error(`overlapping edits at offset ${e.start}`);
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just after the line that holds `offset` (after its newline, or the end of the text). */
export function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

/** The column of `offset` in its line (the indentation of a key or a `- ` that starts there). */
export function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

function range(node: unknown): [number, number, number] | undefined {
  return (node as Node | null | undefined)?.range ?? undefined;
}

/** Where a pair's text starts (its key) and the end of its last line (block values included). */
export function pairSpan(text: string, pair: Pair): { start: number; end: number } | undefined {
  const k = range(pair.key);
  if (!k) return undefined;
  const v = range(pair.value);
  const last = v ? Math.max(k[1], v[1]) : k[1];
  // A block scalar's range ends after its last newline; the pair ends with the line before that.
  const endAt = last > k[1] && text[last - 1] === '\n' ? last - 1 : last;
  return { start: k[0], end: lineEnd(text, endAt) };
}

/** True when the collection is written in block style (a flow `{...}` or `[...]` is not edited). */
export function isBlock(node: unknown): boolean {
  return (isMap(node) || isSeq(node)) && !(node as YAMLMap | YAMLSeq).flow;
}

/** An edit that deletes a pair's whole lines (its key line through the end of its value). */
export function removePair(text: string, pair: Pair): TextEdit | undefined {
  const s = pairSpan(text, pair);
  if (!s) return undefined;
  return { start: lineStart(text, s.start), end: s.end, text: '' };
}

/**
 * YAML text for a scalar: plain when it reads back as the same string (no `: `, ` #`, no leading indicator,
 * not a word YAML would read as a boolean, null or number), else double-quoted.
 */
export function yamlScalar(value: string): string {
  const plainSafe =
    /^[A-Za-z0-9_$<./][^\n]*$/.test(value) &&
    !/:\s|\s#|:$|\s$/.test(value) &&
    !/^(?:true|false|yes|no|on|off|null|~|[-+]?[0-9][0-9_.]*(?:e[-+]?[0-9]+)?)$/i.test(value);
  return plainSafe ? value : JSON.stringify(value);
}

/** The column of a block map's keys (from its first pair), or undefined for an empty or flow map. */
export function keyColumn(text: string, map: YAMLMap): number | undefined {
  const first = map.items[0];
  const k = first ? range(first.key) : undefined;
  return k && isBlock(map) ? columnOf(text, k[0]) : undefined;
}

/** An edit that appends `key: value` lines after the last pair of a block map. */
export function appendPairs(text: string, map: YAMLMap, lines: readonly [string, string][]): TextEdit | undefined {
  const col = keyColumn(text, map);
  const last = map.items[map.items.length - 1];
  const span = last ? pairSpan(text, last) : undefined;
  if (col === undefined || !span) return undefined;
  const pad = ' '.repeat(col);
  const body = lines.map(([k, v]) => `${pad}${k}: ${yamlScalar(v)}\n`).join('');
  // A last line without a newline (end of file) gets one first.
  const nl = text[span.end - 1] === '\n' ? '' : '\n';
  return { start: span.end, end: span.end, text: nl + body };
}

/** The pair of `key` in a map (scalar keys only). */
export function pairOf(map: YAMLMap | undefined, key: string): Pair | undefined {
  return map?.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
}

export function mapAt(map: YAMLMap | undefined, key: string): YAMLMap | undefined {
  const v = pairOf(map, key)?.value;
  return isMap(v) ? v : undefined;
}

export function textAt(map: YAMLMap | undefined, key: string): string | undefined {
  const v = pairOf(map, key)?.value;
  return isScalar(v) && (typeof v.value === 'string' || typeof v.value === 'number' || typeof v.value === 'boolean') ? String(v.value) : undefined;
}

export type Doc = Document.Parsed;

/**
 * A CI file's one YAML document, with node ranges, or undefined when it does not parse, holds several documents
 * or nests deeper than the scan's parsers read (model/yaml-depth.ts: such a file could abort the process).
 */
export function parseYaml(text: string): Doc | undefined {
  const docs = composeYaml(text, { prettyErrors: false, uniqueKeys: false });
  const doc = docs?.length === 1 ? docs[0] : undefined;
  return doc && doc.errors.length === 0 ? doc : undefined;
}

/** A function giving a pair's first and last line (1-based), from one line index of `text`. */
export function pairLines(text: string): (p: Pair) => [number, number] | undefined {
  const starts = lineIndex(text);
  return (p) => {
    const s = pairSpan(text, p);
    return s ? [lineIndexAt(starts, s.start) + 1, lineIndexAt(starts, s.end - 1) + 1] : undefined;
  };
}

// Assignments: where a value is given a name. Finds `key <op> value` in the syntaxes people write
// (YAML, env, INI, properties, TOML, JSON, JS/TS, XML elements and attributes, PHP define and arrays,
// Go, Java/C#/Kotlin, Python keyword arguments, Dockerfile ENV, shell export, command-line flags,
// connection strings, basic-auth tuples) on the lines around a keyword hit, and the key path above a
// value (YAML/JSON/HCL/XML nesting by indentation, INI/TOML sections). Pure; never parses a whole file.
import type { AssignmentRule, AssignmentShapeSpec, AssignmentSyntax } from '../model/types.js';
import { keyWordsOf } from '../model/words.js';

/** One `key = value` found on a line. Offsets are in the blob's text. */
export interface Assignment {
  shape: string;
  /** The key as written (`spring.datasource.password`, `os.environ["X"]`, `DbPassword`). */
  key: string;
  keyStart: number;
  value: string;
  valueStart: number;
  valueEnd: number;
  quoted: boolean;
}

export interface CompiledShape {
  id: string;
  /** Prefilter keywords of a shape that implies its key. */
  keywords: readonly string[];
  /** The regex opens with ^: it reads a whole line, so it never runs on a window of a long line. */
  anchored: boolean;
  re: RegExp;
  requires?: RegExp;
  /** Key to report when the syntax implies one (`-p'...'` after mysql is a password). */
  key?: string;
}

export interface CompiledSyntax {
  shapes: CompiledShape[];
  compounds: ReadonlyMap<string, readonly string[]>;
}

/** Compiles patterns/syntax/assignments.yaml once per catalog. */
export function compileSyntax(syntax: AssignmentSyntax): CompiledSyntax {
  return { shapes: compileShapes(syntax.shapes), compounds: new Map(Object.entries(syntax.compounds)) };
}

export function compileShapes(specs: readonly AssignmentShapeSpec[]): CompiledShape[] {
  return specs.map((s) => ({
    id: s.id,
    re: new RegExp(s.regex, 'gd' + (s.flags ?? '')),
    requires: s.requires !== undefined ? new RegExp(s.requires, s.flags ?? '') : undefined,
    key: s.key,
    keywords: s.keywords ?? [],
    anchored: s.regex.startsWith('^'),
  }));
}

/** Values longer than this are not assignments we judge (encoded blobs, minified data). */
const MAX_VALUE = 400;

/** The assignments on one line (`line` is the line's text, `offset` where it starts in the blob). */
export function lineAssignments(shapes: readonly CompiledShape[], line: string, offset: number): Assignment[] {
  const out: Assignment[] = [];
  const taken = new Set<number>();
  for (const shape of shapes) {
    if (shape.requires !== undefined && !shape.requires.test(line)) continue;
    const re = shape.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(line)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const groups = m.indices?.groups;
      const vSpan = groups?.value;
      const value = m.groups?.value;
      if (vSpan === undefined || value === undefined || value.length === 0 || value.length > MAX_VALUE) continue;
      const kSpan = groups?.key;
      const key = shape.key ?? m.groups?.key ?? '';
      const valueStart = offset + vSpan[0];
      // One reading per value span: the first shape (the most specific, in file order) wins.
      if (taken.has(valueStart)) continue;
      taken.add(valueStart);
      out.push({
        shape: shape.id,
        key,
        keyStart: kSpan !== undefined ? offset + kSpan[0] : valueStart,
        value,
        valueStart,
        valueEnd: offset + vSpan[1],
        quoted: m.groups?.q !== undefined && m.groups.q !== '',
      });
    }
  }
  return out;
}

/** The segments of a written key: `spring.datasource.password` -> spring, datasource, password. */
export function keySegments(key: string): string[] {
  return key.split(/[.\[\]"'`/:$@>]+|->/).filter((s) => s.length > 0);
}

const MAX_PARENT_LINES = 200;
const MAX_PARENT_CHARS = 16384;

// A line that opens a block, and the key it names: `datadog:`, `"db": {`, `db = {`, `provider "aws" {`,
// `resource "aws_db_instance" "orders" {`, `<Server>` / `<datadog site="...">`, `- name:` list items.
const YAML_PARENT = /^[ \t]*(?:-[ \t]+)?["']?([^\s"':#{}\[\],][^"':#{}\[\]]{0,80}?)["']?[ \t]*:[ \t]*(?:[{\[][ \t]*)?(?:#.*)?$/;
const JSON_PARENT = /^[ \t]*["']?([A-Za-z_$][\w$.\- ]{0,80})["']?[ \t]*[:=][ \t]*(?:new\s+\w+\(|\w+\()?[{\[(][ \t]*$/;
const HCL_BLOCK = /^[ \t]*([A-Za-z_][\w-]{0,40})((?:[ \t]+"[^"\n]{1,80}")*)[ \t]*\{[ \t]*$/;
const XML_OPEN = /^[ \t]*<([A-Za-z_][\w:.\-]{0,60})(?:[ \t][^<>]{0,300})?>[ \t]*$/;
const SECTION = /^[ \t]*\[{1,2}([^\]\n]{1,80})\]{1,2}[ \t]*(?:[#;].*)?$/;

function indentOf(line: string): number {
  let n = 0;
  while (n < line.length && (line.charCodeAt(n) === 32 || line.charCodeAt(n) === 9)) n++;
  return n;
}

function isBlankOrComment(line: string, indent: number): boolean {
  if (indent >= line.length) return true;
  const c = line.charCodeAt(indent);
  return c === 35 /* # */ || (c === 47 /* / */ && line.charCodeAt(indent + 1) === 47) || c === 59 /* ; */;
}

/**
 * The keys of the blocks that enclose line `li` (outermost first): found by walking up to lines of
 * smaller indentation that open a block, and to the INI/TOML section header. Bounded by
 * MAX_PARENT_LINES and MAX_PARENT_CHARS, so a value deep in a huge file costs the same as any other.
 */
export function parentKeys(text: string, lineStarts: readonly number[], li: number): string[] {
  const lineText = (i: number): string => {
    const s = lineStarts[i]!;
    const e = i + 1 < lineStarts.length ? lineStarts[i + 1]! : text.length;
    return text.slice(s, e).replace(/\r?\n$|\r$/, '');
  };
  const own = lineText(li);
  let indent = indentOf(own);
  const keys: string[] = [];
  const stopAt = Math.max(0, li - MAX_PARENT_LINES);
  const charFloor = lineStarts[li]! - MAX_PARENT_CHARS;
  for (let i = li - 1; i >= stopAt && lineStarts[i]! >= charFloor; i--) {
    const line = lineText(i);
    const ind = indentOf(line);
    if (isBlankOrComment(line, ind)) continue;
    const section = SECTION.exec(line);
    if (section && ind === 0 && !/[=:]/.test(section[1]!)) {
      keys.push(section[1]!.trim());
      break;
    }
    if (ind >= indent) continue;
    const name = blockName(line);
    if (name !== undefined) keys.push(name);
    indent = ind;
    if (ind === 0) {
      // A top-level block still sits under an INI/TOML section further up: keep looking for one only.
      for (let j = i - 1; j >= stopAt && lineStarts[j]! >= charFloor; j--) {
        const l = lineText(j);
        const s = SECTION.exec(l);
        if (s && indentOf(l) === 0 && !/[=:]/.test(s[1]!)) {
          keys.push(s[1]!.trim());
          break;
        }
      }
      break;
    }
  }
  return keys.reverse();
}

function blockName(line: string): string | undefined {
  let m = HCL_BLOCK.exec(line);
  if (m) return [m[1]!, ...(m[2]!.match(/"[^"]*"/g) ?? []).map((s) => s.slice(1, -1))].join('.');
  m = JSON_PARENT.exec(line);
  if (m) return m[1]!.trim();
  m = YAML_PARENT.exec(line);
  if (m) return m[1]!.trim();
  m = XML_OPEN.exec(line);
  if (m) {
    // An element's identifying attributes name it too: <Server name="prod">, <datadog site=...>.
    return m[1]!;
  }
  return undefined;
}

/** Words of a name with compounds split (apikey -> api key), so one rule entry matches every spelling. */
export function wordsOf(name: string, compounds: ReadonlyMap<string, readonly string[]>): string[] {
  const out: string[] = [];
  for (const w of keyWordsOf(name)) {
    const c = compounds.get(w);
    if (c) out.push(...c);
    else out.push(w);
  }
  return out;
}

/** The words of every key segment from the outermost parent to the key itself. */
export function pathWords(parents: readonly string[], key: string, compounds: ReadonlyMap<string, readonly string[]>): string[] {
  const words: string[] = [];
  for (const p of parents) for (const seg of keySegments(p)) words.push(...wordsOf(seg, compounds));
  for (const seg of keySegments(key)) words.push(...wordsOf(seg, compounds));
  return words;
}

/** Whether `seq` occurs as a contiguous run in `words`. */
export function hasRun(words: readonly string[], seq: readonly string[]): boolean {
  if (seq.length === 0) return false;
  outer: for (let i = 0; i + seq.length <= words.length; i++) {
    for (let j = 0; j < seq.length; j++) if (words[i + j] !== seq[j]) continue outer;
    return true;
  }
  return false;
}

/** How far back on the key's own line a context word is looked for (`<datadog site="..." apiKey=...>`). */
export const SAME_LINE_CONTEXT = 512;

/**
 * Per-blob cache of what assignment rules need: the assignments on each line and the parents of each
 * line, computed once however many rules look at the line.
 */
export class AssignmentCache {
  private readonly byLine = new Map<string, Assignment[]>();
  private readonly parents = new Map<number, string[]>();
  private readonly windowShapes: CompiledShape[];
  /** The words of each key's last segment (the same key is judged by many rules). */
  private readonly lastWords = new Map<string, string[]>();
  /**
   * `longLine`: the engine's long-line bound. A line longer than it (a minified bundle) is read only
   * within the window the engine searched around the keyword hit, never whole, and without the
   * line-anchored shapes (a whole-line assignment cannot be that long).
   */
  constructor(
    private readonly syntax: CompiledSyntax,
    private readonly text: string,
    private readonly lineStarts: readonly number[],
    private readonly longLine: number,
  ) {
    this.windowShapes = syntax.shapes.filter((s) => !s.anchored);
  }

  /** The assignments of line `li` that lie in the window [ws, we) (the whole line when it is short). */
  line(li: number, ws: number, we: number): Assignment[] {
    const s = this.lineStarts[li]!;
    let e = li + 1 < this.lineStarts.length ? this.lineStarts[li + 1]! : this.text.length;
    while (e > s && (this.text.charCodeAt(e - 1) === 10 || this.text.charCodeAt(e - 1) === 13)) e--;
    const long = e - s > this.longLine;
    const from = long ? Math.max(s, ws) : s;
    const to = long ? Math.min(e, we) : e;
    const key = long ? `${from}:${to}` : `${li}`;
    let a = this.byLine.get(key);
    if (a === undefined) {
      a = lineAssignments(long ? this.windowShapes : this.syntax.shapes, this.text.slice(from, to), from);
      this.byLine.set(key, a);
    }
    return a;
  }

  parentsOf(li: number): string[] {
    let p = this.parents.get(li);
    if (p === undefined) {
      p = parentKeys(this.text, this.lineStarts, li);
      this.parents.set(li, p);
    }
    return p;
  }

  /** Whether the assignment satisfies the rule's key and context conditions. */
  accepts(rule: AssignmentRule, a: Assignment, li: number): boolean {
    const { compounds } = this.syntax;
    let lastWords = this.lastWords.get(a.key);
    if (lastWords === undefined) {
      const segs = keySegments(a.key);
      const last = segs[segs.length - 1];
      lastWords = last === undefined ? [] : wordsOf(last, compounds);
      this.lastWords.set(a.key, lastWords);
    }
    if (lastWords.length === 0 || !rule.key.some((run) => hasRun(lastWords, run))) return false;
    if (rule.context === undefined || rule.context.length === 0) return true;
    const words = pathWords(this.parentsOf(li), a.key, compounds);
    // Words on the same line before the key: `datadog: { apiKey: ... }`, `<datadog apiKey="...">`; on a
    // minified line only the SAME_LINE_CONTEXT characters before it (not the whole bundle up to it).
    const lineStart = Math.max(this.lineStarts[li]!, a.keyStart - SAME_LINE_CONTEXT);
    if (a.keyStart > lineStart) words.push(...wordsOf(this.text.slice(lineStart, a.keyStart), compounds));
    if (rule.context.some((run) => hasRun(words, run))) return true;
    if (rule.contextWindow !== undefined && rule.contextWindow > 0) {
      const before = wordsOf(this.text.slice(Math.max(0, lineStart - rule.contextWindow), lineStart), compounds);
      return rule.context.some((run) => hasRun(before, run));
    }
    return false;
  }
}

/** Keywords of the shapes whose implied key satisfies the rule (and that need no context). */
export function impliedKeywords(syntax: CompiledSyntax, rule: AssignmentRule): string[] {
  if (rule.context !== undefined && rule.context.length > 0) return [];
  const out: string[] = [];
  for (const shape of syntax.shapes) {
    if (shape.key === undefined) continue;
    const words = wordsOf(shape.key, syntax.compounds);
    if (rule.key.some((run) => hasRun(words, run))) out.push(...shape.keywords);
  }
  return out;
}

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
  /** The same regex without g and d, for a yes/no test (the engine's prefilter for implied keys). */
  probe: RegExp;
  requires?: RegExp;
  /** AssignmentShapeSpec.needs, split: every group must have one of its literals on the line. */
  needs?: readonly (readonly string[])[];
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
    probe: new RegExp(s.regex, s.flags ?? ''),
    requires: s.requires !== undefined ? new RegExp(s.requires, s.flags ?? '') : undefined,
    ...(s.needs !== undefined && { needs: s.needs.map((n) => n.split(/\s+/).filter((w) => w.length > 0)) }),
    key: s.key,
    keywords: s.keywords ?? [],
    anchored: s.regex.startsWith('^'),
  }));
}

/** Values longer than this are not assignments we judge (encoded blobs, minified data). */
export const MAX_VALUE = 400;

function hasNeeds(needs: readonly (readonly string[])[], line: string): boolean {
  for (const group of needs) {
    let found = false;
    for (const literal of group) {
      if (line.includes(literal)) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

/** The assignments on one line (`line` is the line's text, `offset` where it starts in the blob). */
export function lineAssignments(shapes: readonly CompiledShape[], line: string, offset: number): Assignment[] {
  const out: Assignment[] = [];
  const taken = new Set<number>();
  for (const shape of shapes) {
    if (shape.needs !== undefined && !hasNeeds(shape.needs, line)) continue;
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

/** Pieces a wide window of a long line is read in (AssignmentCache.each), and the margin read either side. */
export const WINDOW_PIECE = 8192;
export const PIECE_MARGIN = 1024;

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
    const [s, e] = this.bounds(li);
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

  /**
   * Calls `fn` for each assignment of line `li` whose value starts in [ws, we). A window wider than
   * WINDOW_PIECE on a long line (the hits of a bundle's one line, merged) is read piece by piece and not
   * cached, so what is alive at once stays bounded: read whole, thousands of members on one line made
   * the garbage collector, not the regexes, the cost (superlinear from about 100 KB of window).
   */
  each(li: number, ws: number, we: number, fn: (a: Assignment) => void): void {
    const [s, e] = this.bounds(li);
    const from = Math.max(s, ws);
    const to = Math.min(e, we);
    if (e - s <= this.longLine || to - from <= WINDOW_PIECE) {
      for (const a of this.line(li, ws, we)) if (a.valueStart >= ws && a.valueStart < we) fn(a);
      return;
    }
    for (let a = from; a < to; a += WINDOW_PIECE) {
      const b = Math.min(to, a + WINDOW_PIECE);
      // Each piece is read with a margin either side, so that a key before it or a value running past it is
      // read whole; it keeps the values that start in it.
      const ps = Math.max(s, a - PIECE_MARGIN);
      const pe = Math.min(e, b + PIECE_MARGIN);
      for (const x of lineAssignments(this.windowShapes, this.text.slice(ps, pe), ps)) if (x.valueStart >= a && x.valueStart < b) fn(x);
    }
  }

  /** Start and end of line `li`, without its line break. */
  private bounds(li: number): [number, number] {
    const s = this.lineStarts[li]!;
    let e = li + 1 < this.lineStarts.length ? this.lineStarts[li + 1]! : this.text.length;
    while (e > s && (this.text.charCodeAt(e - 1) === 10 || this.text.charCodeAt(e - 1) === 13)) e--;
    return [s, e];
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

/** The shapes whose implied key satisfies the rule (`auth=("u", "p")` for a password rule), if it needs no context. */
export function impliedShapes(syntax: CompiledSyntax, rule: AssignmentRule): CompiledShape[] {
  if (rule.context !== undefined && rule.context.length > 0) return [];
  return syntax.shapes.filter((shape) => {
    if (shape.key === undefined) return false;
    const words = wordsOf(shape.key, syntax.compounds);
    return rule.key.some((run) => hasRun(words, run));
  });
}

/** Whether one of `shapes` reads a value from `line` (requires and regex): a hit of a keyword that only
 * such a shape brings (`auth` of `auth=("u", "p")`) is worth parsing its line only then. */
export function shapesRead(shapes: readonly CompiledShape[], line: string): boolean {
  return shapes.some(
    (s) => (s.needs === undefined || hasNeeds(s.needs, line)) && (s.requires === undefined || s.requires.test(line)) && s.probe.test(line),
  );
}

function isKeyWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
}

function isKeyChar(c: number): boolean {
  return isKeyWordChar(c) || c === 36 /* $ */ || c === 64 /* @ */ || c === 46 /* . */;
}

/** How far inKeyPosition looks either side of a hit (a key is at most 120 characters, plus subscripts). */
const KEY_REACH = 300;

const CMD_BEFORE_KEY = /(?:^|[ \t])(?:set|config|--global|--local|ENV|ARG|export|setx|readonly|declare)[ \t]+$/;

/**
 * Whether a keyword hit at [hs, he) on the line [lineStart, lineEnd) can lie in the last segment of a
 * key that some assignment shape reads: the engine's cheap test before it parses a line for a rule
 * whose keyword is one of its key words. It must accept every key position the shapes accept (a
 * superset: `keyshift patterns check` runs it on every shape example), and rejects the rest: the word
 * in a call (`getToken(`), a member access (`token.length`), a type (`Token<T>`), prose (`the token is`).
 * Accepted: an operator after the key (`=`, `:`, `,`, `>`, `[`, `?=`, `|=`, after a closing quote or
 * subscript and blanks), a flag (`--token VALUE`), an attribute value (`key="DbPassword"`), a key that
 * opens its line followed by a blank (`password VALUE`), a key after set/config/ENV/ARG/export.
 */
export function inKeyPosition(text: string, hs: number, he: number, lineStart: number, lineEnd: number): boolean {
  // Every scan is bounded by KEY_REACH: on a minified line it must not walk the line.
  const stop = Math.min(lineEnd, he + KEY_REACH);
  const floor = Math.max(lineStart, hs - KEY_REACH);
  let j = he;
  while (j < stop && isKeyWordChar(text.charCodeAt(j))) j++;
  const wordEnd = j;
  while (j < stop) {
    const c = text.charCodeAt(j);
    if (c !== 34 && c !== 39 && c !== 96 && c !== 93) break; // " ' ` ]
    j++;
  }
  while (j < stop && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  const op = text.charCodeAt(j);
  if (op === 91) return true; // [ : a subscript follows
  if (op === 61 || op === 58 || op === 44 || op === 62 || ((op === 63 || op === 124) && text.charCodeAt(j + 1) === 61)) {
    // = : , > ??= ||= := =>, then a value on this line: not a block (`token: {`, `"scopes": [`) or nothing.
    let v = j + 1;
    while (v < stop) {
      const c = text.charCodeAt(v);
      if (c !== 61 && c !== 62 && c !== 58 && c !== 32 && c !== 9) break;
      v++;
    }
    const first = v < lineEnd ? text.charCodeAt(v) : -1;
    return first !== -1 && first !== 123 && first !== 91 && first !== 13 && first !== 10; // { [ \r \n
  }
  let i = hs;
  while (i > floor && isKeyChar(text.charCodeAt(i - 1))) i--;
  if (text.charCodeAt(i) === 45) return true; // -flag, --flag
  const before = i > lineStart ? text.charCodeAt(i - 1) : -1;
  if (before === 60) return true; // <password>, <Pass encoding="base64">
  if (before === 34 || before === 39) {
    // key="DbPassword", name = 'jdbc.password'
    let e = i - 2;
    while (e > floor && (text.charCodeAt(e) === 32 || text.charCodeAt(e) === 9)) e--;
    if (e >= lineStart && text.charCodeAt(e) === 61) return true;
  }
  const blankAfter = text.charCodeAt(wordEnd) === 32 || text.charCodeAt(wordEnd) === 9;
  if (!blankAfter) return false;
  // The key as one word (`//registry.example.com/:_authToken`), then what opens the line before it.
  while (i > floor && text.charCodeAt(i - 1) !== 32 && text.charCodeAt(i - 1) !== 9) i--;
  if (i === floor && floor > lineStart) return false;
  let k = lineStart;
  while (k < i && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  if (k === i) return true;
  return CMD_BEFORE_KEY.test(text.slice(Math.max(lineStart, i - 40), i));
}

/**
 * Whether keyword `keyword` (folded) names the key itself for `rule`: the rule needs no context and the
 * keyword is part of one of its key word runs (`api_key` for `api key`), so a hit elsewhere than in a
 * key can be passed over (inKeyPosition). Keywords implied by a shape (`auth` of `auth=("u", "p")`) are
 * not: they sit in a call, not in a key.
 */
export function keywordIsKeyWord(keyword: string, rule: AssignmentRule, implied: ReadonlySet<string>): boolean {
  if (rule.context !== undefined && rule.context.length > 0) return false;
  if (implied.has(keyword)) return false;
  const k = keyword.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (k.length === 0) return false;
  return rule.key.some((run) => {
    const r = run.join('').toLowerCase().replace(/[^a-z0-9]/g, '');
    return r.length > 0 && (r.includes(k) || k.includes(r));
  });
}

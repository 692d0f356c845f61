// A small parser for JavaScript regex source (non-unicode mode, Annex B leniency) into a tree of
// character sets, sequences, alternations, groups and quantifiers. It analyses; it never matches text.
// Character sets are approximate over UTF-16 code units: good enough to decide overlap, not to match.

/** Sorted, non-overlapping, non-adjacent inclusive ranges of UTF-16 code units. */
export type CharSet = ReadonlyArray<readonly [number, number]>;

const MAX_UNIT = 0xffff;

export function normalizeSet(ranges: Array<readonly [number, number]>): CharSet {
  const sorted = ranges.filter(([lo, hi]) => lo <= hi).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[number, number]> = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

export function unionSets(...sets: CharSet[]): CharSet {
  return normalizeSet(sets.flatMap((s) => s.map(([lo, hi]) => [lo, hi] as const)));
}

export function complementSet(set: CharSet): CharSet {
  const out: Array<[number, number]> = [];
  let next = 0;
  for (const [lo, hi] of set) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_UNIT) out.push([next, MAX_UNIT]);
  return out;
}

export function setsOverlap(a: CharSet, b: CharSet): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [alo, ahi] = a[i]!;
    const [blo, bhi] = b[j]!;
    if (alo <= bhi && blo <= ahi) return true;
    if (ahi < bhi) i++;
    else j++;
  }
  return false;
}

export function setHas(set: CharSet, unit: number): boolean {
  return set.some(([lo, hi]) => unit >= lo && unit <= hi);
}

/** Adds the other ASCII case of every ASCII letter (the 'i' flag, approximately). */
export function foldCase(set: CharSet): CharSet {
  const extra: Array<[number, number]> = [];
  for (const [lo, hi] of set) {
    for (const [a, z, shift] of [
      [0x41, 0x5a, 0x20],
      [0x61, 0x7a, -0x20],
    ] as const) {
      const from = Math.max(lo, a);
      const to = Math.min(hi, z);
      if (from <= to) extra.push([from + shift, to + shift]);
    }
  }
  return extra.length ? unionSets(set, extra) : set;
}

const single = (c: number): CharSet => [[c, c]];
export const ALL: CharSet = [[0, MAX_UNIT]];
export const EMPTY: CharSet = [];
export const DIGIT: CharSet = [[0x30, 0x39]];
export const WORD: CharSet = normalizeSet([
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
]);
export const SPACE: CharSet = normalizeSet([
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
]);
const LINE_TERMINATORS: CharSet = normalizeSet([
  [0x0a, 0x0a],
  [0x0d, 0x0d],
  [0x2028, 0x2029],
]);

export type GroupKind = 'capture' | 'group' | 'lookahead' | 'negative-lookahead' | 'lookbehind' | 'negative-lookbehind';

export type RegexNode =
  | { type: 'char'; set: CharSet; literal: boolean }
  | { type: 'seq'; items: RegexNode[] }
  | { type: 'alt'; branches: RegexNode[] }
  | { type: 'group'; kind: GroupKind; name?: string; body: RegexNode }
  | { type: 'quant'; min: number; max: number; lazy: boolean; body: RegexNode; text: string }
  | { type: 'assert'; kind: '^' | '$' | 'b' | 'B' }
  | { type: 'backref'; ref: string };

export class RegexParseError extends Error {}

export interface ParsedRegex {
  root: RegexNode;
  captureGroups: number;
}

/** Parses regex source as `new RegExp(source, flags)` would (flags: any of i, m, s). */
export function parseRegex(source: string, flags = ''): ParsedRegex {
  return new Parser(source, flags).parse();
}

class Parser {
  private pos = 0;
  private captures = 0;
  private readonly ignoreCase: boolean;
  private readonly dotAll: boolean;

  constructor(
    private readonly src: string,
    flags: string,
  ) {
    this.ignoreCase = flags.includes('i');
    this.dotAll = flags.includes('s');
  }

  parse(): ParsedRegex {
    const root = this.alternation();
    if (this.pos < this.src.length) throw this.fail(`unmatched ')'`);
    return { root, captureGroups: this.captures };
  }

  private fail(message: string): RegexParseError {
    return new RegexParseError(`${message} at offset ${this.pos}`);
  }

  private peek(offset = 0): string | undefined {
    return this.src[this.pos + offset];
  }

  private alternation(): RegexNode {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.pos++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0]! : { type: 'alt', branches };
  }

  private sequence(): RegexNode {
    const items: RegexNode[] = [];
    while (this.pos < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      const start = this.pos;
      const atom = this.atom();
      items.push(this.quantifier(atom, start));
    }
    return { type: 'seq', items };
  }

  private quantifier(atom: RegexNode, start: number): RegexNode {
    let node = atom;
    for (;;) {
      const c = this.peek();
      let min: number;
      let max: number;
      if (c === '*') [min, max] = [0, Infinity];
      else if (c === '+') [min, max] = [1, Infinity];
      else if (c === '?') [min, max] = [0, 1];
      else if (c === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
        if (!m) return node;
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
        this.pos += m[0].length - 1;
      } else return node;
      this.pos++;
      let lazy = false;
      if (this.peek() === '?') {
        lazy = true;
        this.pos++;
      }
      if (node.type === 'quant') throw this.fail('nothing to repeat');
      node = { type: 'quant', min, max, lazy, body: node, text: this.src.slice(start, this.pos) };
    }
  }

  private charNode(set: CharSet, literal: boolean): RegexNode {
    return { type: 'char', set: this.ignoreCase ? foldCase(set) : set, literal };
  }

  private atom(): RegexNode {
    const c = this.src[this.pos++]!;
    switch (c) {
      case '^':
        return { type: 'assert', kind: '^' };
      case '$':
        return { type: 'assert', kind: '$' };
      case '.':
        return this.charNode(this.dotAll ? ALL : complementSet(LINE_TERMINATORS), false);
      case '[':
        return { type: 'char', set: this.charClass(), literal: false };
      case '(':
        return this.group();
      case '*':
      case '+':
      case '?':
        throw this.fail('nothing to repeat');
      case '\\':
        return this.atomEscape();
      default:
        return this.charNode(single(c.charCodeAt(0)), true);
    }
  }

  private group(): RegexNode {
    let kind: GroupKind = 'capture';
    let name: string | undefined;
    if (this.peek() === '?') {
      const rest = this.src.slice(this.pos + 1);
      const named = /^<([A-Za-z_$][\w$]*)>/.exec(rest);
      const modifiers = /^[ims]*(-[ims]*)?:/.exec(rest);
      if (rest.startsWith(':')) [kind, this.pos] = ['group', this.pos + 2];
      else if (rest.startsWith('=')) [kind, this.pos] = ['lookahead', this.pos + 2];
      else if (rest.startsWith('!')) [kind, this.pos] = ['negative-lookahead', this.pos + 2];
      else if (rest.startsWith('<=')) [kind, this.pos] = ['lookbehind', this.pos + 3];
      else if (rest.startsWith('<!')) [kind, this.pos] = ['negative-lookbehind', this.pos + 3];
      else if (named) {
        name = named[1];
        this.pos += 1 + named[0].length;
      } else if (modifiers) [kind, this.pos] = ['group', this.pos + 1 + modifiers[0].length];
      else throw this.fail('invalid group');
    }
    if (kind === 'capture') this.captures++;
    const body = this.alternation();
    if (this.peek() !== ')') throw this.fail(`unterminated group`);
    this.pos++;
    return name === undefined ? { type: 'group', kind, body } : { type: 'group', kind, name, body };
  }

  private atomEscape(): RegexNode {
    const c = this.src[this.pos];
    if (c === undefined) throw this.fail('\\ at end of pattern');
    if (c === 'b' || c === 'B') {
      this.pos++;
      return { type: 'assert', kind: c };
    }
    if (c >= '1' && c <= '9') {
      const m = /^\d+/.exec(this.src.slice(this.pos))!;
      this.pos += m[0].length;
      return { type: 'backref', ref: m[0] };
    }
    if (c === 'k') {
      const m = /^k<([^>]+)>/.exec(this.src.slice(this.pos));
      if (m) {
        this.pos += m[0].length;
        return { type: 'backref', ref: m[1]! };
      }
    }
    const { set, literal } = this.classEscape(false);
    return this.charNode(set, literal);
  }

  /** Reads an escape after a backslash (pos is on the char after it); used in and out of classes. */
  private classEscape(inClass: boolean): { set: CharSet; literal: boolean } {
    const c = this.src[this.pos++];
    if (c === undefined) throw this.fail('\\ at end of pattern');
    const lit = (code: number) => ({ set: single(code), literal: true });
    switch (c) {
      case 'd':
        return { set: DIGIT, literal: false };
      case 'D':
        return { set: complementSet(DIGIT), literal: false };
      case 'w':
        return { set: WORD, literal: false };
      case 'W':
        return { set: complementSet(WORD), literal: false };
      case 's':
        return { set: SPACE, literal: false };
      case 'S':
        return { set: complementSet(SPACE), literal: false };
      case 'n':
        return lit(0x0a);
      case 'r':
        return lit(0x0d);
      case 't':
        return lit(0x09);
      case 'v':
        return lit(0x0b);
      case 'f':
        return lit(0x0c);
      case 'b':
        return lit(0x08); // only reached inside a class, where \b is backspace
      case '0':
        return lit(0);
      case 'c': {
        const letter = this.peek();
        if (letter && /[A-Za-z]/.test(letter)) {
          this.pos++;
          return lit(letter.charCodeAt(0) % 32);
        }
        return lit(0x5c);
      }
      case 'x': {
        const m = /^[0-9A-Fa-f]{2}/.exec(this.src.slice(this.pos));
        if (m) {
          this.pos += 2;
          return lit(parseInt(m[0], 16));
        }
        return lit(0x78);
      }
      case 'u': {
        const m = /^[0-9A-Fa-f]{4}/.exec(this.src.slice(this.pos));
        if (m) {
          this.pos += 4;
          return lit(parseInt(m[0], 16));
        }
        return lit(0x75);
      }
      default:
        if (inClass && c >= '1' && c <= '7') return lit(c.charCodeAt(0) - 0x30); // octal, approximately
        return lit(c.charCodeAt(0));
    }
  }

  private charClass(): CharSet {
    let negate = false;
    if (this.peek() === '^') {
      negate = true;
      this.pos++;
    }
    const ranges: Array<readonly [number, number]> = [];
    const readItem = (): { set: CharSet; single?: number } => {
      const c = this.src[this.pos++]!;
      if (c === '\\') {
        const { set, literal } = this.classEscape(true);
        return literal ? { set, single: set[0]![0] } : { set };
      }
      const code = c.charCodeAt(0);
      return { set: single(code), single: code };
    };
    for (;;) {
      const c = this.peek();
      if (c === undefined) throw this.fail('unterminated character class');
      if (c === ']') {
        this.pos++;
        break;
      }
      const first = readItem();
      if (this.peek() === '-' && this.peek(1) !== undefined && this.peek(1) !== ']') {
        const save = this.pos;
        this.pos++;
        const second = readItem();
        if (first.single !== undefined && second.single !== undefined) {
          if (first.single > second.single) throw this.fail('range out of order in character class');
          ranges.push([first.single, second.single]);
          continue;
        }
        // Annex B: [\w-z] means \w, '-', 'z'.
        this.pos = save;
      }
      ranges.push(...first.set);
    }
    let set = normalizeSet([...ranges]);
    if (this.ignoreCase) set = foldCase(set);
    return negate ? complementSet(set) : set;
  }
}

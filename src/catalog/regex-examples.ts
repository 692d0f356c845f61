// Derives example lines for a pattern regex from its parsed form (regex-parse.ts): used where a pattern
// arrives without examples (an imported gitleaks rule) and the pattern format asks for some. Pure; every
// derived line is checked against the real regex before it is returned, so a wrong guess is dropped.
import { parseRegex, RegexParseError, type CharSet, type RegexNode } from './regex-parse.js';

/** Printable ASCII, preferred when a set allows it (examples must be readable and YAML-safe). */
const PRINTABLE: ReadonlyArray<readonly [number, number]> = [[0x21, 0x7e]];
const MAX_REPEAT = 32;

/** A small deterministic generator (xorshift32), so the same rule always yields the same example. */
function rng(seed: string): () => number {
  let s = 2166136261;
  for (let i = 0; i < seed.length; i++) s = Math.imul(s ^ seed.charCodeAt(i), 16777619) >>> 0;
  if (s === 0) s = 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 0x100000000;
  };
}

function members(set: CharSet): number[] {
  const out: number[] = [];
  for (const [plo, phi] of PRINTABLE) {
    for (const [a, b] of set) {
      for (let c = Math.max(a, plo); c <= Math.min(b, phi) && out.length < 256; c++) out.push(c);
    }
  }
  // Only whitespace or non-ASCII allowed: a space, else the first member.
  if (out.length === 0) {
    if (set.some(([a, b]) => a <= 0x20 && 0x20 <= b)) out.push(0x20);
    else if (set[0]) out.push(set[0][0]);
  }
  return out;
}

class Generator {
  constructor(
    private readonly next: () => number,
    private readonly variant: number,
  ) {}

  gen(n: RegexNode): string | undefined {
    switch (n.type) {
      case 'char': {
        const m = members(n.set);
        if (m.length === 0) return undefined;
        const pick = n.literal ? m[0]! : m[Math.floor(this.next() * m.length)]!;
        return String.fromCharCode(pick);
      }
      case 'seq': {
        let out = '';
        for (const item of n.items) {
          const s = this.gen(item);
          if (s === undefined) return undefined;
          out += s;
        }
        return out;
      }
      case 'alt': {
        const i = this.variant % 2 === 0 ? 0 : n.branches.length - 1;
        return this.gen(n.branches[i]!);
      }
      case 'group':
        // Lookarounds are left out: the final check against the real regex decides.
        return n.kind === 'capture' || n.kind === 'group' ? this.gen(n.body) : '';
      case 'quant': {
        let count = n.min;
        // Repeated character sets get a realistic length (entropy filters look at it); optional parts stay out.
        if (n.min > 0 && n.body.type === 'char' && !n.body.literal) count = Math.max(n.min, Math.min(n.max, MAX_REPEAT + this.variant * 4));
        let out = '';
        for (let i = 0; i < count; i++) {
          const s = this.gen(n.body);
          if (s === undefined) return undefined;
          out += s;
        }
        return out;
      }
      case 'assert':
        return '';
      case 'backref':
        return undefined;
    }
  }
}

/**
 * Up to `count` distinct strings that the regex matches with a non-empty first capture group, each
 * wrapped as `prefix + value`. Returns fewer (or none) when the regex uses what the generator cannot
 * satisfy (lookarounds, backreferences, boundaries it cannot meet).
 */
export function deriveExamples(source: string, flags: string, seed: string, opts: { count?: number; prefix?: string } = {}): string[] {
  const count = opts.count ?? 2;
  let root: RegexNode;
  try {
    root = parseRegex(source, flags).root;
    new RegExp(source, flags);
  } catch (err) {
    if (err instanceof RegexParseError || err instanceof SyntaxError) return [];
    throw err;
  }
  const re = new RegExp(source, flags);
  const out: string[] = [];
  for (let variant = 0; variant < count * 4 && out.length < count; variant++) {
    const value = new Generator(rng(`${seed}#${variant}`), variant).gen(root);
    if (value === undefined || value.includes('\n')) continue;
    const line = `${opts.prefix ?? ''}${value}`;
    const m = re.exec(line);
    if (!m || !m[1] || out.includes(line)) continue;
    out.push(line);
  }
  return out;
}

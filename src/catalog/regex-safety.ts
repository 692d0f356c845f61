// Static and measured checks that a pattern regex cannot backtrack catastrophically.
// Owns the shape rules (nested, ambiguous and adjacent unbounded quantifiers) and a timing probe;
// it never decides whether a regex finds the right secrets.
import {
  ALL,
  type CharSet,
  EMPTY,
  parseRegex,
  RegexParseError,
  type RegexNode,
  setHas,
  setsOverlap,
  unionSets,
} from './regex-parse.js';

type QuantNode = Extract<RegexNode, { type: 'quant' }>;

function isLookaround(n: RegexNode): boolean {
  return n.type === 'group' && n.kind !== 'capture' && n.kind !== 'group';
}

function nullable(n: RegexNode): boolean {
  switch (n.type) {
    case 'char':
      return false;
    case 'seq':
      return n.items.every(nullable);
    case 'alt':
      return n.branches.some(nullable);
    case 'group':
      return isLookaround(n) || nullable(n.body);
    case 'quant':
      return n.min === 0 || nullable(n.body);
    case 'assert':
    case 'backref':
      return true;
  }
}

/** Every character the node can consume (lookarounds consume nothing). */
function consumed(n: RegexNode): CharSet {
  switch (n.type) {
    case 'char':
      return n.set;
    case 'seq':
      return unionSets(...n.items.map(consumed));
    case 'alt':
      return unionSets(...n.branches.map(consumed));
    case 'group':
      return isLookaround(n) ? EMPTY : consumed(n.body);
    case 'quant':
      return n.max === 0 ? EMPTY : consumed(n.body);
    case 'assert':
      return EMPTY;
    case 'backref':
      return ALL;
  }
}

/** Characters a non-empty match of the node can start with. */
function firstChars(n: RegexNode): CharSet {
  switch (n.type) {
    case 'char':
      return n.set;
    case 'seq': {
      const sets: CharSet[] = [];
      for (const item of n.items) {
        sets.push(firstChars(item));
        if (!nullable(item)) break;
      }
      return unionSets(...sets);
    }
    case 'alt':
      return unionSets(...n.branches.map(firstChars));
    case 'group':
      return isLookaround(n) ? EMPTY : firstChars(n.body);
    case 'quant':
      return n.max === 0 ? EMPTY : firstChars(n.body);
    case 'assert':
      return EMPTY;
    case 'backref':
      return ALL;
  }
}

interface Loose {
  /** Characters the unbounded quantifier can consume. */
  set: CharSet;
  /** Sets its body must each consume one of: a neighbour can swallow a whole iteration only if it covers them all. */
  required: CharSet[];
  text: string;
}

/** Whether a text run at the seam between two unbounded quantifiers can be split in more than one way. */
function looseClash(a: Loose, b: Loose): boolean {
  return (
    setsOverlap(a.set, b.set) &&
    a.required.every((s) => setsOverlap(s, b.set)) &&
    b.required.every((s) => setsOverlap(s, a.set))
  );
}

/**
 * The unbounded quantifiers that can sit at the start (edge 'head') or end ('tail') of a match of the
 * node, with only optional items between them and that edge.
 */
function edgeQuantifiers(n: RegexNode, edge: 'head' | 'tail'): Loose[] {
  switch (n.type) {
    case 'seq': {
      const out: Loose[] = [];
      const items = edge === 'head' ? n.items : [...n.items].reverse();
      for (const item of items) {
        out.push(...edgeQuantifiers(item, edge));
        if (!nullable(item)) break;
      }
      return out;
    }
    case 'alt':
      return n.branches.flatMap((b) => edgeQuantifiers(b, edge));
    case 'group':
      return isLookaround(n) ? [] : edgeQuantifiers(n.body, edge);
    case 'quant': {
      if (n.max === 0) return [];
      const inner = edgeQuantifiers(n.body, edge);
      if (n.max !== Infinity) return inner;
      return [{ set: consumed(n.body), required: mandatorySets(n.body), text: n.text }, ...inner];
    }
    default:
      return [];
  }
}

/** Sets of which every match of the node consumes at least one character each. */
function mandatorySets(n: RegexNode): CharSet[] {
  switch (n.type) {
    case 'char':
      return [n.set];
    case 'seq':
      return n.items.flatMap(mandatorySets);
    case 'alt': {
      const perBranch = n.branches.map((b) => mandatorySets(b)[0]);
      if (perBranch.some((s) => s === undefined)) return [];
      return [unionSets(...(perBranch as CharSet[]))];
    }
    case 'group':
      return isLookaround(n) ? [] : mandatorySets(n.body);
    case 'quant':
      return n.min >= 1 ? mandatorySets(n.body) : [];
    default:
      return [];
  }
}

/** Leading fixed-width run of one-character sets; `complete` when the node is nothing more. */
function prefixShape(n: RegexNode): { sets: CharSet[]; complete: boolean } {
  switch (n.type) {
    case 'char':
      return { sets: [n.set], complete: true };
    case 'assert':
      return { sets: [], complete: true };
    case 'seq': {
      const sets: CharSet[] = [];
      for (const item of n.items) {
        const shape = prefixShape(item);
        sets.push(...shape.sets);
        if (!shape.complete) return { sets, complete: false };
      }
      return { sets, complete: true };
    }
    case 'group':
      return isLookaround(n) ? { sets: [], complete: true } : prefixShape(n.body);
    case 'quant': {
      const inner = prefixShape(n.body);
      if (inner.complete && n.min === n.max && n.min * inner.sets.length <= 64) {
        return { sets: Array.from({ length: n.min }, () => inner.sets).flat(), complete: true };
      }
      return { sets: n.min >= 1 ? inner.sets : [], complete: false };
    }
    default:
      return { sets: [], complete: false };
  }
}

/** True when two alternatives may match the same text (approximate, errs towards true). */
function branchesOverlap(a: RegexNode, b: RegexNode): boolean {
  if (nullable(a) && nullable(b)) return true;
  const sa = prefixShape(a);
  const sb = prefixShape(b);
  const common = Math.min(sa.sets.length, sb.sets.length);
  for (let i = 0; i < common; i++) if (!setsOverlap(sa.sets[i]!, sb.sets[i]!)) return false;
  if (sa.complete && sb.complete) return sa.sets.length === sb.sets.length;
  // A complete branch shorter than the other's mandatory prefix can never match the same text.
  if (sa.complete && sb.sets.length > sa.sets.length) return false;
  if (sb.complete && sa.sets.length > sb.sets.length) return false;
  if (common === 0) return setsOverlap(firstChars(a), firstChars(b));
  return true;
}

function innerUnbounded(n: RegexNode): QuantNode[] {
  const out: QuantNode[] = [];
  const visit = (m: RegexNode): void => {
    if (m.type === 'quant' && m.max === Infinity) out.push(m);
    forChildren(m, visit);
  };
  forChildren(n, visit);
  return out;
}

function alternationsIn(n: RegexNode): Array<Extract<RegexNode, { type: 'alt' }>> {
  const out: Array<Extract<RegexNode, { type: 'alt' }>> = [];
  const visit = (m: RegexNode): void => {
    if (m.type === 'alt') out.push(m);
    forChildren(m, visit);
  };
  visit(n);
  return out;
}

function forChildren(n: RegexNode, fn: (child: RegexNode) => void): void {
  if (n.type === 'seq') n.items.forEach(fn);
  else if (n.type === 'alt') n.branches.forEach(fn);
  else if (n.type === 'group' || n.type === 'quant') fn(n.body);
}

function checkQuantifier(q: QuantNode): string | undefined {
  if (q.max < 2) return undefined;
  const separators = mandatorySets(q.body);
  for (const inner of innerUnbounded(q.body)) {
    const chars = consumed(inner.body);
    if (!separators.some((s) => s.length > 0 && !setsOverlap(s, chars))) {
      return `nested quantifier: '${inner.text}' repeats inside '${q.text}' with no mandatory separator it cannot match`;
    }
  }
  for (const alt of alternationsIn(q.body)) {
    for (let i = 0; i < alt.branches.length; i++) {
      for (let j = i + 1; j < alt.branches.length; j++) {
        if (branchesOverlap(alt.branches[i]!, alt.branches[j]!)) {
          return `overlapping alternatives inside repeated '${q.text}': two branches can match the same text`;
        }
      }
    }
  }
  return undefined;
}

function checkSequence(items: RegexNode[]): string | undefined {
  for (let i = 0; i < items.length; i++) {
    const tails = edgeQuantifiers(items[i]!, 'tail');
    if (tails.length === 0) continue;
    for (let j = i + 1; j < items.length; j++) {
      for (const head of edgeQuantifiers(items[j]!, 'head')) {
        const clash = tails.find((t) => looseClash(t, head));
        if (clash) {
          return `adjacent unbounded quantifiers '${clash.text}' and '${head.text}' can match the same characters with nothing mandatory between them`;
        }
      }
      if (!nullable(items[j]!)) break;
    }
  }
  return undefined;
}

function checkNode(n: RegexNode): string | undefined {
  if (n.type === 'quant') {
    const why = checkQuantifier(n);
    if (why) return why;
  }
  if (n.type === 'seq') {
    const why = checkSequence(n.items);
    if (why) return why;
  }
  let found: string | undefined;
  forChildren(n, (child) => {
    found ??= checkNode(child);
  });
  return found;
}

/**
 * Returns undefined when the regex has none of the catastrophic-backtracking shapes, else why not.
 * The source must already compile as a JavaScript RegExp with the given flags (any of i, m, s).
 */
export function checkRegexSafety(source: string, flags = ''): string | undefined {
  let root: RegexNode;
  try {
    root = parseRegex(source, flags).root;
  } catch (err) {
    if (err instanceof RegexParseError) return `the safety checker cannot parse this regex (${err.message}); simplify it`;
    throw err;
  }
  return checkNode(root);
}

/** Counts capturing groups (numbered and named), ignoring escapes, classes and (?: / lookarounds. */
export function countCaptureGroups(source: string, flags = ''): number {
  return parseRegex(source, flags).captureGroups;
}

const FAIL_CANDIDATES = ['\u0000', '\u0001', '!', '~', '#', '\n', ' ', '\u00ff'];
const PRINTABLE_FIRST: ReadonlyArray<readonly [number, number]> = [
  [0x61, 0x7a],
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x20, 0x7e],
  [0, 0xffff],
];

function representative(set: CharSet): string | undefined {
  for (const [lo, hi] of PRINTABLE_FIRST) {
    for (const [a, b] of set) {
      const from = Math.max(a, lo);
      if (from <= Math.min(b, hi)) return String.fromCharCode(from);
    }
  }
  return undefined;
}

/**
 * One representative character per character set and literal of the regex, at most `limit`:
 * the alphabet the timing probe pumps.
 */
export function regexAlphabet(source: string, flags = '', limit = 12): string {
  const chars = new Set<string>();
  const visit = (n: RegexNode): void => {
    if (n.type === 'char') {
      const c = representative(n.set);
      if (c !== undefined) chars.add(c);
    }
    forChildren(n, visit);
  };
  visit(parseRegex(source, flags).root);
  return [...chars].slice(0, limit).join('');
}

/** Attack inputs for one pumped length: runs of each alphabet char, bare and after the regex's fixed prefix. */
export function attackStrings(source: string, flags: string, alphabet: string, length: number): string[] {
  const { root } = parseRegex(source, flags);
  const prefix = prefixShape(root)
    .sets.map((s) => representative(s) ?? '')
    .join('');
  const all = consumed(root);
  const fail = FAIL_CANDIDATES.find((c) => !setHas(all, c.charCodeAt(0))) ?? '\u0000';
  const out: string[] = [];
  for (const c of new Set(alphabet)) {
    const run = c.repeat(length);
    out.push(run + fail);
    if (prefix) out.push(prefix + run + fail);
  }
  return out;
}

export interface ProbeOptions {
  /** Largest pumped length (default 20000). */
  maxLength?: number;
  /** Stop growing once one length takes this many milliseconds (default 8). */
  stepBudgetMs?: number;
  /** Stop growing once the probe has spent this many milliseconds (default 40). */
  totalBudgetMs?: number;
}

/**
 * Times the regex on attack strings of growing length and returns how much the time grows when the
 * input doubles (about 2 for linear work, 4 for quadratic, far more for exponential). Lengths grow by
 * 2 chars from 8 (then 1.25x past 64), so an exponential regex is caught at small sizes before it can hang the process.
 * Returns 1 when the work stays under a millisecond at the largest length (too little to measure).
 */
export function probeRegex(re: RegExp, alphabet: string, opts: ProbeOptions = {}): number {
  const maxLength = opts.maxLength ?? 20000;
  const stepBudget = opts.stepBudgetMs ?? 8;
  const totalBudget = opts.totalBudgetMs ?? 40;
  const flags = re.flags.replace(/[^ims]/g, '');
  const alpha = alphabet || regexAlphabet(re.source, flags);
  if (!alpha) return 1;
  const probe = new RegExp(re.source, flags + 'g');
  const timeAt = (length: number): number => {
    const inputs = attackStrings(re.source, flags, alpha, length);
    let best = Infinity;
    for (let rep = 0; rep < 2; rep++) {
      const t0 = performance.now();
      for (const input of inputs) {
        probe.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = probe.exec(input)) !== null) if (m[0] === '') probe.lastIndex++;
      }
      best = Math.min(best, performance.now() - t0);
      if (best > stepBudget) break;
    }
    return best;
  };
  const started = performance.now();
  const points: Array<{ length: number; ms: number }> = [];
  // Small steps (2 chars up to 64, then 1.25x) keep one step of an exponential regex within a few budgets.
  for (let length = 8; ; length = Math.min(maxLength, length + (length < 64 ? 2 : Math.floor(length / 4)))) {
    points.push({ length, ms: timeAt(length) });
    const last = points[points.length - 1]!;
    if (length >= maxLength || last.ms > stepBudget || performance.now() - started > totalBudget) break;
  }
  // Compare the last point with the longest one at most about half its length, to damp noise.
  const last = points[points.length - 1]!;
  const base = [...points].reverse().find((p) => p.length <= last.length / 1.8) ?? points[0]!;
  // Under a few milliseconds of work at the largest length, timer noise, GC and a busy machine (not the
  // regex) set the ratio: a backtracking regex blows through the step budget long before 20k characters.
  if (last.length === base.length || last.ms < 4) return 1;
  // Confirm with fresh readings of both points (best of three) before calling it super-linear.
  const again = (length: number): number => Math.min(timeAt(length), timeAt(length), timeAt(length));
  const lastMs = Math.min(last.ms, again(last.length));
  const baseMs = Math.min(base.ms, again(base.length));
  const floor = 0.001; // ms: below this, timer resolution dominates
  const exponent = Math.log(Math.max(lastMs, floor) / Math.max(baseMs, floor)) / Math.log(last.length / base.length);
  return Math.pow(2, Math.max(0, exponent));
}

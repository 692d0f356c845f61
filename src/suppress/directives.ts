// Finds inline allow directives (keyshift's own and the peers' forms teams already have) in one text.
// Pure and fast: cheap indexOf probes first, a regex only on the few lines that hold a probe literal.
// Must not decide what a directive suppresses; apply.ts does that.
import { lineIndexAt } from '../model/text.js';

export interface Directive {
  /** 1-based line the directive is written on. */
  line: number;
  /** 1-based line it suppresses findings on. */
  appliesTo: number;
  /** The directive as recognized, e.g. 'keyshift:allow-next-line', 'gitleaks:allow'. */
  form: string;
  /** Only this pattern is suppressed when set (keyshift forms only). */
  patternId?: string;
  /** The text after ' -- ', kept as the SARIF suppression justification. */
  reason?: string;
  /** Set by applySuppressions when the directive suppressed a finding. */
  used: boolean;
}

/** Literal probes; a text without any of them has no directive. */
const PROBES = ['keyshift:', 'gitleaks:allow', 'pragma:', 'trufflehog:ignore', 'secretlint-disable'] as const;

// keyshift:allow[-next-line] [pattern.id] [-- reason]. A pattern id always has a dot, so free text
// after the directive without ' -- ' is not mistaken for one.
// The tail is read up to MAX_TAIL characters: a directive repeated along one long line would otherwise
// read the rest of the line once per repetition (quadratic). A longer reason is cut, not lost.
const MAX_TAIL = 2048;
const KEYSHIFT = new RegExp(`keyshift:(allow-next-line|allow)(?![\\w-])([^\\r\\n]{0,${MAX_TAIL}})`, 'y');
const PATTERN_ID = /^[A-Za-z0-9][\w-]*(?:\.[A-Za-z0-9][\w-]*)+/;
// detect-secrets accepts 'pragma:allowlist', 'allowlist-secret' and the older 'whitelist' spelling.
const PRAGMA = /pragma: ?(?:allow|white)list[ -](nextline[ -])?secret/y;
const SECRETLINT = /secretlint-disable-(next-line|line)(?![\w-])/y;
const GITLEAKS = /gitleaks:allow(?![\w-])/y;
const TRUFFLEHOG = /trufflehog:ignore(?![\w-])/y;

/** Comment closers trimmed from the end of a reason (a string end, quote plus `;,)`, is handled in code). */
const CLOSERS = ['*/', '-->', '--%>', '%>', '#}', '*)', '-}'] as const;

/**
 * A reason without its trailing comment closer or string end (`*\/`, `-->`, `"; `, ...) and surrounding
 * blanks. By hand, not with a regex: an unanchored `\s*...\s*$` backtracks cubically over a run of blanks.
 */
function trimReason(raw: string): string {
  const t = raw.trimEnd();
  let keep = t.length;
  for (const c of CLOSERS) if (t.endsWith(c)) keep = Math.min(keep, t.length - c.length);
  // A string end: a quote, blanks, then any run of `;` `,` `)`.
  let i = t.length;
  while (i > 0 && (t[i - 1] === ';' || t[i - 1] === ',' || t[i - 1] === ')')) i--;
  const u = t.slice(0, i).trimEnd();
  const q = u[u.length - 1];
  if (q === '"' || q === "'" || q === '`') keep = Math.min(keep, u.length - 1);
  return t.slice(0, keep).trim();
}

/**
 * Directives in `text`, keyed by the 1-based line they apply to. `lineStarts` holds the offset of each
 * line's first character (line 1 at index 0), as Blob.lineStarts does.
 */
export function findDirectives(text: string, lineStarts: number[] | (() => number[])): Map<number, Directive[]> {
  const out = new Map<number, Directive[]>();
  let hits: number[] | undefined;
  for (const probe of PROBES) {
    for (let i = text.indexOf(probe); i !== -1; i = text.indexOf(probe, i + probe.length)) {
      (hits ??= []).push(i);
    }
  }
  if (!hits) return out;
  // A caller may pass the line index lazily: most texts hold no directive, and it costs a pass.
  const starts = typeof lineStarts === 'function' ? lineStarts() : lineStarts;
  hits.sort((a, b) => a - b);
  for (const at of hits) {
    const d = parseAt(text, at);
    if (!d) continue;
    const line = lineAt(starts, at);
    const directive: Directive = { line, appliesTo: d.next ? line + 1 : line, form: d.form, used: false };
    if (d.patternId) directive.patternId = d.patternId;
    if (d.reason) directive.reason = d.reason;
    const list = out.get(directive.appliesTo);
    if (list) list.push(directive);
    else out.set(directive.appliesTo, [directive]);
  }
  return out;
}

interface Parsed {
  form: string;
  next: boolean;
  patternId?: string;
  reason?: string;
}

function parseAt(text: string, at: number): Parsed | undefined {
  const ch = text.charCodeAt(at);
  if (ch === 0x6b /* k */) {
    const m = exec(KEYSHIFT, text, at);
    if (!m) return undefined;
    return { form: `keyshift:${m[1]}`, next: m[1] === 'allow-next-line', ...parseTail(m[2] ?? '') };
  }
  if (ch === 0x70 /* p */) {
    const m = exec(PRAGMA, text, at);
    if (!m) return undefined;
    return m[1] ? { form: 'pragma: allowlist nextline secret', next: true } : { form: 'pragma: allowlist secret', next: false };
  }
  if (ch === 0x73 /* s */) {
    const m = exec(SECRETLINT, text, at);
    if (!m) return undefined;
    return { form: `secretlint-disable-${m[1]}`, next: m[1] === 'next-line' };
  }
  if (ch === 0x67 /* g */) return exec(GITLEAKS, text, at) ? { form: 'gitleaks:allow', next: false } : undefined;
  if (ch === 0x74 /* t */) return exec(TRUFFLEHOG, text, at) ? { form: 'trufflehog:ignore', next: false } : undefined;
  return undefined;
}

/** The optional pattern id and ' -- reason' after a keyshift directive. */
function parseTail(tail: string): { patternId?: string; reason?: string } {
  const out: { patternId?: string; reason?: string } = {};
  let rest = tail;
  const lead = /^[ \t]+/.exec(rest);
  if (lead) {
    rest = rest.slice(lead[0].length);
    const id = rest.startsWith('--') ? null : PATTERN_ID.exec(rest);
    if (id) {
      // The id regex stops at the first character an id cannot hold, so prose after it ('.', ',', '*/') is fine.
      out.patternId = id[0];
      rest = rest.slice(id[0].length);
    }
  }
  const dash = /(?:^|[ \t])--(?:[ \t]|$)/.exec(rest);
  if (dash) {
    const reason = trimReason(rest.slice(dash.index + dash[0].length));
    if (reason && !reason.startsWith('>')) out.reason = reason;
  }
  return out;
}

function exec(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}


/** 1-based line holding `offset`. */
function lineAt(lineStarts: number[], offset: number): number {
  return lineIndexAt(lineStarts, offset) + 1;
}

/**
 * Directives that name a pattern id the catalog does not have: they suppress nothing, which is easy to miss
 * (an id with a typo, or one that was never in the catalog). In path, then line order.
 */
export function unknownDirectiveIds(
  byPath: Map<string, Map<number, Directive[]>>,
  known: ReadonlySet<string>,
): (Directive & { path: string; patternId: string })[] {
  const out: (Directive & { path: string; patternId: string })[] = [];
  for (const [path, lines] of [...byPath].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    for (const list of lines.values()) {
      for (const d of list) if (d.patternId !== undefined && !known.has(d.patternId)) out.push({ ...d, path, patternId: d.patternId });
    }
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
}

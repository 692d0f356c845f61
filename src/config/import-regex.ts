// Peer regex dialects (Go RE2 in gitleaks, Python re in detect-secrets) turned into keyshift's user-regex
// dialect (JavaScript plus a leading (?i), see compileUserRegex), capture-group selection, keyword
// derivation, and path regexes turned into path globs. Pure; messages never quote the regex itself.
import { compileUserRegex, userRegexParts } from '../model/user-regex.js';

export type Dialect = 'go' | 'python';
export type Translated = { ok: true; source: string } | { ok: false; why: string };

const POSIX: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: '\\t ',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

function escapeLiteral(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/**
 * Go RE2 or Python regex -> keyshift user regex. A leading (?i) stays (keyshift reads it); \z, \A, \Q..\E,
 * \x{..}, (?P<name>..) and POSIX classes are rewritten; inline flags elsewhere, \p classes and (for Go)
 * lookarounds are refused with the reason.
 */
export function translateRegex(src: string, dialect: Dialect): Translated {
  const fail = (why: string): Translated => ({ ok: false, why });
  let out = '';
  let i = 0;
  // A leading (?i) means the same in both dialects and in keyshift's (model/user-regex.ts): it stays.
  const lead = userRegexParts(src);
  if (lead.flags === 'i') {
    out = '(?i)';
    i = src.length - lead.body.length;
  }
  let inClass = false;
  let classOpened = false;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '\\') {
      const d = src[i + 1];
      if (d === undefined) return fail('ends with a lone backslash');
      if (!inClass && (d === 'z' || (dialect === 'python' && d === 'Z'))) {
        out += '$';
        i += 2;
        continue;
      }
      if (!inClass && d === 'A') {
        out += '^';
        i += 2;
        continue;
      }
      if (d === 'Q' && dialect === 'go') {
        const end = src.indexOf('\\E', i + 2);
        out += escapeLiteral(end < 0 ? src.slice(i + 2) : src.slice(i + 2, end));
        i = end < 0 ? src.length : end + 2;
        classOpened = false;
        continue;
      }
      if (d === 'x' && src[i + 2] === '{') {
        const m = /^\\x\{([0-9a-fA-F]{1,6})\}/.exec(src.slice(i));
        if (!m) return fail(`malformed \\x{...} escape at character ${i + 1}`);
        const cp = parseInt(m[1]!, 16);
        if (cp > 0xffff) return fail(`code point escape above U+FFFF at character ${i + 1} is not supported`);
        out += `\\u${cp.toString(16).padStart(4, '0')}`;
        i += m[0].length;
        classOpened = false;
        continue;
      }
      if (d === 'p' || d === 'P') return fail(`Unicode class \\${d} at character ${i + 1} is not supported (keyshift regexes have no u flag)`);
      if (d === 'C' || (dialect === 'go' && (d === 'z' || d === 'A'))) return fail(`\\${d} inside a character class at character ${i + 1} is not supported`);
      out += c + d;
      i += 2;
      classOpened = false;
      continue;
    }
    if (inClass) {
      if (c === '[' && src[i + 1] === ':') {
        const m = /^\[:(\^?)([a-z]+):\]/.exec(src.slice(i));
        if (m) {
          if (m[1] || POSIX[m[2]!] === undefined) return fail(`POSIX class [:${m[1]}${m[2]}:] at character ${i + 1} is not supported`);
          out += POSIX[m[2]!];
          i += m[0].length;
          classOpened = false;
          continue;
        }
      }
      if (c === ']' && classOpened) out += '\\]';
      else if (c === '[') out += '\\[';
      else {
        if (c === ']') inClass = false;
        out += c;
      }
      classOpened = false;
      i++;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += '[';
      i++;
      if (src[i] === '^') {
        out += '^';
        i++;
      }
      classOpened = true;
      continue;
    }
    if (c === '(' && src[i + 1] === '?') {
      const rest = src.slice(i + 2);
      const named = /^P?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(rest);
      if (rest.startsWith(':')) {
        out += '(?:';
        i += 3;
      } else if (named) {
        out += `(?<${named[1]}>`;
        i += 2 + named[0].length;
      } else if (/^(?:[=!]|<[=!])/.test(rest)) {
        if (dialect === 'go') return fail(`lookaround at character ${i + 1} is not RE2 syntax`);
        out += '(?';
        i += 2;
      } else if (/^[a-zA-Z-]+[:)]/.test(rest)) {
        return fail(`inline flags at character ${i + 1}: keyshift supports only a leading (?i)`);
      } else {
        return fail(`unsupported group syntax at character ${i + 1}`);
      }
      continue;
    }
    out += c;
    i++;
  }
  if (inClass) return fail('a character class is not closed');
  try {
    compileUserRegex(out);
  } catch (err) {
    const why = (err as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
    return fail(`does not compile as a JavaScript regex: ${why}`);
  }
  return { ok: true, source: out };
}

/** Offsets of the capturing '(' in JavaScript regex source, in group order. */
export function captureGroupOpens(js: string): number[] {
  const out: number[] = [];
  let inClass = false;
  for (let i = 0; i < js.length; i++) {
    const c = js[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      if (js[i + 1] === '^') i++;
      if (js[i + 1] === ']') i++;
      continue;
    }
    if (c !== '(') continue;
    if (js[i + 1] !== '?') out.push(i);
    else if (js[i + 2] === '<' && js[i + 3] !== '=' && js[i + 3] !== '!') out.push(i);
  }
  return out;
}

/**
 * Keeps capture group `keep` (1-based) as the only plain capturing group and turns the others into
 * (?:...); with no group at all, wraps the whole regex (gitleaks then reports the whole match).
 */
export function keepOneCaptureGroup(js: string, keep: number): string {
  const opens = captureGroupOpens(js);
  if (opens.length === 0) return `(${js})`;
  let out = '';
  let last = 0;
  opens.forEach((at, idx) => {
    out += js.slice(last, at);
    const named = /^\(\?<[A-Za-z_][A-Za-z0-9_]*>/.exec(js.slice(at));
    const len = named ? named[0].length : 1;
    out += idx + 1 === keep ? '(' : '(?:';
    last = at + len;
  });
  return out + js.slice(last);
}

/**
 * The longest literal run (3+ characters, lowercased) that every match must contain: top-level text
 * outside groups and classes, with no top-level alternation. Undefined when there is none.
 */
export function requiredLiteral(js: string): string | undefined {
  const runs: string[] = [];
  let run = '';
  const flush = (): void => {
    if (run.length > 0) runs.push(run);
    run = '';
  };
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < js.length; i++) {
    const c = js[i]!;
    if (inClass) {
      if (c === '\\') i++;
      else if (c === ']') inClass = false;
      continue;
    }
    if (c === '\\') {
      const d = js[i + 1] ?? '';
      i++;
      if (depth > 0) continue;
      if (/[A-Za-z0-9]/.test(d)) flush();
      else run += d;
      continue;
    }
    if (c === '[') {
      inClass = true;
      if (js[i + 1] === '^') i++;
      if (js[i + 1] === ']') i++;
      if (depth === 0) flush();
      continue;
    }
    if (c === '(') {
      if (depth === 0) flush();
      depth++;
      continue;
    }
    if (c === ')') {
      depth--;
      continue;
    }
    if (depth > 0) continue;
    if (c === '|') return undefined;
    if (c === '?' || c === '*' || c === '{') {
      // The previous character is optional or repeated: it is not required as written.
      run = run.slice(0, -1);
      flush();
      if (c === '{') {
        const close = js.indexOf('}', i);
        if (close > 0) i = close;
      }
      continue;
    }
    if ('.^$+'.includes(c)) {
      flush();
      continue;
    }
    run += c;
  }
  flush();
  const best = runs.map((r) => r.trim()).sort((a, b) => b.length - a.length)[0];
  return best && best.length >= 3 ? best.toLowerCase() : undefined;
}

type Tok =
  | { t: 'lit'; s: string }
  | { t: 'glob'; s: string }
  | { t: 'any' }
  | { t: 'start' }
  | { t: 'end' }
  | { t: 'alt'; alts: Tok[][] }
  | { t: 'opt'; tok: Tok };

const MAX_GLOBS = 64;

class PathParser {
  pos = 0;
  constructor(private readonly s: string) {}

  alternatives(): Tok[][] {
    const alts: Tok[][] = [this.sequence()];
    while (this.s[this.pos] === '|') {
      this.pos++;
      alts.push(this.sequence());
    }
    return alts;
  }

  sequence(): Tok[] {
    const out: Tok[] = [];
    while (this.pos < this.s.length && this.s[this.pos] !== '|' && this.s[this.pos] !== ')') {
      let tok = this.atom();
      const q = this.s[this.pos];
      if (q === '?') {
        this.pos++;
        tok = { t: 'opt', tok };
      } else if (q === '*' || q === '+' || q === '{') {
        throw new Error(`a repeated ${tok.t === 'lit' ? `"${tok.s}"` : 'part'} has no glob form`);
      }
      out.push(tok);
    }
    return out;
  }

  atom(): Tok {
    const s = this.s;
    const c = s[this.pos]!;
    if (c === '^') {
      this.pos++;
      return { t: 'start' };
    }
    if (c === '$') {
      this.pos++;
      return { t: 'end' };
    }
    if (c === '.') {
      this.pos++;
      if (s[this.pos] === '*' || s[this.pos] === '+') {
        this.pos++;
        if (s[this.pos] === '?') this.pos++;
        return { t: 'any' };
      }
      return { t: 'glob', s: '?' };
    }
    if (s.startsWith('[^/]*', this.pos) || s.startsWith('[^/]+', this.pos)) {
      this.pos += 5;
      return { t: 'glob', s: '*' };
    }
    if (c === '[') return { t: 'glob', s: this.charClass() };
    if (c === '(') {
      const m = /^\((?:\?:|\?<[A-Za-z_][A-Za-z0-9_]*>)?/.exec(s.slice(this.pos))!;
      if (s[this.pos + 1] === '?' && m[0] === '(') throw new Error('lookarounds have no glob form');
      this.pos += m[0].length;
      const alts = this.alternatives();
      if (s[this.pos] !== ')') throw new Error('unbalanced parentheses');
      this.pos++;
      return { t: 'alt', alts };
    }
    if (c === '\\') {
      const d = s[this.pos + 1] ?? '';
      this.pos += 2;
      if (d === 'd') return { t: 'glob', s: '[0-9]' };
      if (d === 'w') return { t: 'glob', s: '[a-zA-Z0-9_]' };
      if (/[A-Za-z0-9]/.test(d)) throw new Error(`\\${d} has no glob form`);
      return { t: 'lit', s: d };
    }
    this.pos++;
    return { t: 'lit', s: c };
  }

  charClass(): string {
    const s = this.s;
    let i = this.pos + 1;
    let out = '[';
    if (s[i] === '^') {
      out += '!';
      i++;
    }
    for (; i < s.length && s[i] !== ']'; i++) {
      if (s[i] === '\\') {
        const d = s[++i] ?? '';
        if (d === 'd') out += '0-9';
        else if (d === 'w') out += 'a-zA-Z0-9_';
        else if (/[A-Za-z0-9]/.test(d)) throw new Error(`\\${d} in a character class has no glob form`);
        else out += d === ']' || d === '\\' ? `\\${d}` : d;
      } else out += s[i];
    }
    if (s[i] !== ']') throw new Error('a character class is not closed');
    this.pos = i + 1;
    return `${out}]`;
  }
}

function expand(seq: Tok[]): Tok[][] {
  let acc: Tok[][] = [[]];
  for (const tok of seq) {
    let options: Tok[][];
    if (tok.t === 'alt') options = tok.alts.flatMap(expand);
    else if (tok.t === 'opt') options = [[], ...expand([tok.tok])];
    else options = [[tok]];
    const next: Tok[][] = [];
    for (const a of acc) for (const o of options) next.push([...a, ...o]);
    if (next.length > MAX_GLOBS) throw new Error(`expands to more than ${MAX_GLOBS} globs`);
    acc = next;
  }
  return acc;
}

function globEscape(s: string): string {
  return s.replace(/[*?[\]{}()!+@\\]/g, '\\$&');
}

function render(toks: Tok[]): string[] {
  let startAnch = false;
  let endAnch = false;
  const body = [...toks];
  if (body[0]?.t === 'start') {
    startAnch = true;
    body.shift();
  }
  if (body[body.length - 1]?.t === 'end') {
    endAnch = true;
    body.pop();
  }
  if (body.some((t) => t.t === 'start' || t.t === 'end')) throw new Error('an anchor in the middle has no glob form');
  // A leading or trailing "match anything" is the same as no anchor on that side.
  while (body[0]?.t === 'any') {
    body.shift();
    startAnch = false;
  }
  while (body[body.length - 1]?.t === 'any') {
    body.pop();
    endAnch = false;
  }
  const ANY = '\u0000';
  let text = body.map((t) => (t.t === 'lit' ? globEscape(t.s) : t.t === 'glob' ? t.s : ANY)).join('');
  if (text === '') throw new Error('matches every path');
  text = text.replace(/\u0000/g, (_m, at: number, whole: string) => {
    const before = whole[at - 1];
    const after = whole[at + 1];
    return before === '/' && after === '/' ? '**' : '*';
  });
  const prefix = startAnch ? '' : text.startsWith('/') ? '**' : '**/*';
  const suffixes = endAnch ? [''] : text.endsWith('/') ? ['**'] : ['*', '*/**'];
  return suffixes.map((suffix) => `${prefix}${text}${suffix}`);
}

/**
 * A path regex (matched anywhere in the repository-relative path, as gitleaks and detect-secrets do)
 * as micromatch globs. Throws an Error saying why when the regex has no glob form. The globs match
 * case-sensitively; `caseInsensitive` tells the caller to say so.
 */
export function pathRegexToGlobs(jsSource: string): { globs: string[]; caseInsensitive: boolean } {
  const { body: s, flags } = userRegexParts(jsSource);
  const caseInsensitive = flags === 'i';
  const p = new PathParser(s);
  const alts = p.alternatives();
  if (p.pos !== s.length) throw new Error('unbalanced parentheses');
  const globs = new Set<string>();
  for (const alt of alts) for (const toks of expand(alt)) for (const g of render(toks)) globs.add(g);
  // "(?:^|/)x" yields both "x/**" and "**/x/**"; the second covers the first.
  for (const g of [...globs]) if (globs.has(`**/${g}`)) globs.delete(g);
  return { globs: [...globs], caseInsensitive };
}

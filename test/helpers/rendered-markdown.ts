// Test-only checks of rendered GitHub markdown against hostile text (issue 19 item 4): what GitHub would link,
// notify or render as HTML outside code, unbalanced code spans, broken table rows, comment and <details> markers.
// Returns problems as strings (empty when safe); the hostile names and findings of the output tests live here too.
import type { Finding } from '../../src/model/types.js';
import { FAKE_SECRETS, makeFinding, makeMigration, makeSpec } from './sample-findings.js';

/** The file name of issue 19 item 4, then its variants: pipes, newlines, references, comment and details closers, backslashes, bidi, length. */
export const HOSTILE_NAME = '@octocat `x` <img src=x onerror=alert(1)> [a](https://evil.example)';
export const HOSTILE_PATHS: readonly string[] = [
  HOSTILE_NAME,
  `src/${HOSTILE_NAME}.env`,
  'a|b @octocat | c | d.env',
  'x\n| injected | row | here | and | more |\n@octocat.env',
  'fixes #123 and GH-42 and octo/repo#1 and @org/team.env',
  'a --> b <!-- c --!> d.env',
  '</details></summary><img src=x>.env',
  'back\\slash\\`tick\\|pipe\\',
  '``double`` ```triple``` `.env',
  ' padded `',
  `${'A'.repeat(3000)}@octocat.env`,
  'invoice\u202Etxt.exe\u2066x\u2069.env',
  '&#64;octocat &lt;img src=x&gt; www.evil.example mailto:a@evil.example.env',
];

/** The bidi controls (Trojan Source) that must never reach output raw, in code or not. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

export interface Removed {
  /** The text with fenced code blocks, code spans and <code> elements replaced by a space. */
  prose: string;
  /** Lines (0-based) inside an HTML block: raw HTML, where markdown (escapes, code spans, links) is not parsed. */
  html: Set<number>;
  problems: string[];
}

/**
 * Removes code the way CommonMark reads it: fenced blocks (a fence closes on a run at least as long), then per
 * line, backslash escapes outside code and backtick runs closed by a run of exactly the same length. An opening
 * run with no closer is a problem: the code span the renderer meant is broken.
 */
export function removeCode(md: string): Removed {
  const problems: string[] = [];
  const out: string[] = [];
  const html = new Set<number>();
  let fence: string | undefined;
  let inHtml: 'blank' | 'comment' | undefined;
  md.split('\n').forEach((line, n) => {
    const open = /^ {0,3}(`{3,})/.exec(line);
    if (fence !== undefined) {
      if (open && open[1]!.length >= fence.length && line.trim() === open[1]) fence = undefined;
      out.push('');
      return;
    }
    if (open) {
      fence = open[1];
      out.push('');
      return;
    }
    // An HTML block: a comment (CommonMark type 2) runs to the line holding `-->`, <details> or <summary>
    // (type 6) to the next blank line.
    if (inHtml === 'blank' && line === '') inHtml = undefined;
    else if (inHtml === undefined && line.startsWith('<!--')) inHtml = 'comment';
    else if (inHtml === undefined && /^<\/?(details|summary)[\s>]/.test(line)) inHtml = 'blank';
    if (inHtml) {
      html.add(n);
      out.push(line.replace(/<code>.*?<\/code>/g, ' '));
      if (inHtml === 'comment' && line.includes('-->')) inHtml = undefined;
      return;
    }
    let prose = '';
    let i = 0;
    while (i < line.length) {
      const c = line[i]!;
      if (c === '\\' && i + 1 < line.length) {
        prose += line.slice(i, i + 2);
        i += 2;
        continue;
      }
      if (c !== '`') {
        prose += c;
        i++;
        continue;
      }
      let j = i;
      while (line[j] === '`') j++;
      const run = line.slice(i, j);
      let k = j;
      let close = -1;
      while (k < line.length) {
        if (line[k] !== '`') {
          k++;
          continue;
        }
        let e = k;
        while (line[e] === '`') e++;
        if (e - k === run.length) {
          close = k;
          break;
        }
        k = e;
      }
      if (close < 0) {
        problems.push(`line ${n + 1}: unbalanced code span (a run of ${run.length} backtick(s) is never closed): ${line.slice(0, 200)}`);
        prose += run;
        i = j;
        continue;
      }
      prose += ' ';
      i = close + run.length;
    }
    out.push(prose.replace(/<code>.*?<\/code>/g, ' '));
  });
  if (fence !== undefined) problems.push('a fenced code block is never closed');
  return { prose: out.join('\n'), html, problems };
}

export interface Expect {
  /** How many HTML comments the renderer writes (markers). */
  comments?: number;
  /** How many <details> blocks the renderer writes. */
  details?: number;
}

const ALLOWED_TAGS = /^<\/?(details|summary|code)>/;

/** Everything GitHub would get wrong in `md`; empty when the text is safe. */
export function markdownProblems(md: string, expect: Expect = {}): string[] {
  const { prose, html, problems } = removeCode(md);
  if (BIDI.test(md)) problems.push('a raw bidi control character');
  if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(md)) problems.push('a raw control character');
  // Comment markers (outside code): each opens and closes on its own line, with no `--` inside.
  const comments = [...prose.matchAll(/(?<!\\)<!--/g)].length;
  const closers = [...prose.matchAll(/--!?>/g)].length;
  for (const line of prose.split('\n')) {
    for (const m of line.matchAll(/(?<!\\)<!--(.*?)(--!?>|$)/g)) {
      if (m[2] === '') problems.push(`an HTML comment not closed on its line: ${line.slice(0, 200)}`);
      else if (m[1]!.includes('--')) problems.push(`"--" inside an HTML comment: ${m[0].slice(0, 200)}`);
    }
  }
  if (expect.comments !== undefined && comments !== expect.comments) problems.push(`${comments} HTML comment openers, expected ${expect.comments}`);
  if (expect.comments !== undefined && closers !== expect.comments) problems.push(`${closers} comment closers, expected ${expect.comments}`);
  // What a reader sees: comments are hidden.
  const lines = prose.split('\n').map((l) => l.replace(/<!--.*?-->/g, ' '));
  lines.forEach((line, n) => {
    const at = `line ${n + 1}`;
    const raw = html.has(n); // no backslash escapes and no links in raw HTML
    for (const m of line.matchAll(/@[\p{L}\p{N}_]/gu)) problems.push(`${at}: a mention GitHub would link: ${line.slice(Math.max(0, m.index - 10), m.index + 20)}`);
    for (const m of line.matchAll(raw ? /<(\/?[A-Za-z][^\s>]*|!--)/g : /(?<!\\)<(\/?[A-Za-z][^\s>]*|!--)/g)) {
      const rest = line.slice(m.index);
      if (ALLOWED_TAGS.test(rest) || /^<!-- keyshift:/.test(rest) || /^<https?:\/\/[^\s<>]+>/.test(rest)) continue;
      problems.push(`${at}: raw HTML: ${rest.slice(0, 40)}`);
    }
    if (!raw && /(?<!\\)\]\(/.test(line)) problems.push(`${at}: link syntax ](: ${line.slice(0, 200)}`);
    if (!raw && /(?<!\\)\]\[/.test(line)) problems.push(`${at}: reference link syntax ][`);
    if (/[a-z][a-z0-9+.-]*:\/\/[A-Za-z0-9]/i.test(line.replace(/<https?:\/\/[^\s<>]+>/g, ''))) problems.push(`${at}: a bare URL GitHub would autolink: ${line.slice(0, 200)}`);
    if (/\bwww\.[A-Za-z0-9]/i.test(line)) problems.push(`${at}: a www. autolink`);
    const text = line.replace(/&(amp|lt|gt|quot|#39|#91|#93|#96);/g, ' ');
    if (/#\d/.test(text)) problems.push(`${at}: an issue reference #N: ${line.slice(0, 200)}`);
    if (/\bGH-\d/i.test(text)) problems.push(`${at}: an issue reference GH-N`);
    if (/&#?[A-Za-z0-9]+;/.test(text)) problems.push(`${at}: an HTML entity that decodes to something else: ${line.slice(0, 200)}`);
  });
  const count = (re: RegExp): number => lines.reduce((n, l, i) => n + [...l.matchAll(html.has(i) ? re : new RegExp(`(?<!\\\\)${re.source}`, 'g'))].length, 0);
  const opened = count(/<details>/g);
  const closed = count(/<\/details>/g);
  if (opened !== closed) problems.push(`${opened} <details> but ${closed} </details>`);
  if (expect.details !== undefined && opened !== expect.details) problems.push(`${opened} <details>, expected ${expect.details}`);
  problems.push(...tableProblems(md));
  return problems;
}

/** Cells of a table line as GFM splits it: a `|` after a backslash is escaped, even inside a code span. */
function cellCount(line: string): number {
  return line.replace(/\\\|/g, '').split('|').length;
}

/** Every GFM table: each row up to the blank line starts and ends with `|` and has the header's cell count. */
export function tableProblems(md: string): string[] {
  const problems: string[] = [];
  const lines = md.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i]!.startsWith('|') || !/^\|( *:?-+:? *\|)+$/.test(lines[i + 1]!)) continue;
    const want = cellCount(lines[i]!);
    if (cellCount(lines[i + 1]!) !== want) problems.push(`table at line ${i + 1}: the separator has a different column count`);
    for (let j = i + 2; j < lines.length && lines[j] !== ''; j++) {
      const row = lines[j]!;
      if (!row.startsWith('| ') || !row.endsWith(' |')) problems.push(`table at line ${i + 1}: row ${j + 1} is not a whole row (a newline got in?): ${row.slice(0, 120)}`);
      else if (cellCount(row) !== want) problems.push(`table at line ${i + 1}: row ${j + 1} has ${cellCount(row) - 2} columns, not ${want - 2}: ${row.slice(0, 200)}`);
    }
  }
  return problems;
}

/**
 * A finding at `path` whose every untrusted field is hostile too: rule name, verification identity, scopes and
 * reason, fix description, and migration text filled with the path. `suggestion`: a one-click suggestion (with
 * a second hunk, so the whole change is shown too) or only the collapsible diff.
 */
export function hostileFinding(path: string, suggestion = true): Finding {
  const spec = makeSpec({ id: 'custom.hostile-token', name: `Token ${HOSTILE_NAME}`, provider: 'custom' });
  const f = makeFinding({
    spec,
    secret: FAKE_SECRETS.githubPat,
    path,
    line: 3,
    context: 'github-workflow',
    migration: makeMigration('custom-m', 'default', `Remove the token from ${path}; then rotate \`it\`.`, { steps: [`Untrack ${path} now.`, 'Rotate it.'] }),
  });
  f.verification = { status: 'active', checkedAt: '2026-12-02T12:00:00.000Z', identity: HOSTILE_NAME, scopes: [HOSTILE_NAME, 'repo'], expiresAt: '2027-01-31T00:00:00.000Z' };
  f.fix = {
    description: `keyshift fix changes job ${HOSTILE_NAME}: in ${path}.`,
    hunks: suggestion ? [{ startLine: 3, deleteLines: 1, insert: ['role: x\n'] }, { startLine: 9, deleteLines: 0, insert: ['permissions: {}\n'] }] : [{ startLine: 3, deleteLines: 1, insert: ['role: x\n'] }],
    patch: `--- a/${path}\n+++ b/${path}\n@@ -3 +3 @@\n-token: ghp_…\n+role: x\n`,
    ...(suggestion ? { suggestion: { startLine: 3, endLine: 3, text: 'role: x\n' } } : {}),
  };
  return f;
}

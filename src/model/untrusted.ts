// Untrusted text (file names, rule details, previews, provider answers, fix descriptions) made safe for GitHub:
// markdown prose, code spans, raw HTML and HTML comments, with no mention, issue reference, link, tag, broken
// table row, broken code span or closed comment. The one home of these rules; renderers never escape by hand.

/**
 * Characters that must never reach output as themselves: C0 and C1 controls (newlines forge lines, ESC drives
 * terminals), the line and paragraph separators, and the bidi controls that reorder what a reader sees
 * ("Trojan Source", CVE-2021-42574): ALM, LRM, RLM, LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI.
 */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A zero-width space: GitHub's mention, issue-reference and autolink scanners stop at it, and readers do not
 * see it. (`@` followed by U+200B is not a mention; a backslash escape is not enough, because GitHub finds
 * mentions and references in the rendered text, after escapes are gone.)
 */
const ZWSP = '\u200b';

/** Controls and bidi controls as visible escapes (`\n`, `\x1b`, `\u202e`): one line, shown as it is stored. */
export function visibleControls(s: string): string {
  return s.replace(CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return code > 0xff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\x${code.toString(16).padStart(2, '0')}`;
  });
}

/** Runs of whitespace (newlines included) as one space, then the remaining controls made visible. */
function oneSpacedLine(s: string): string {
  return visibleControls(s.replace(/\s+/g, ' '));
}

/**
 * What GitHub would turn into a notification or a link in rendered text: `@user` and `@org/team`, `#123`,
 * `owner/repo#1`, `GH-123`, `scheme://` and `www.` autolinks, and `user@host` email autolinks.
 */
function neutraliseReferences(s: string): string {
  return s
    .replace(/@(?=[\p{L}\p{N}_])/gu, `@${ZWSP}`)
    .replace(/#(?=[\p{L}\p{N}_])/gu, `#${ZWSP}`)
    .replace(/\b(gh)-(?=\d)/gi, `$1-${ZWSP}`)
    .replace(/:(?=\/\/)/g, `:${ZWSP}`)
    .replace(/\b(www)\./gi, `$1${ZWSP}.`);
}

/**
 * Our own text on one line as markdown prose, with its markdown metacharacters escaped (a `|` included, so it
 * is safe in a table cell). For trusted text only: it does not neutralise mentions or links.
 */
export function mdEscape(s: string): string {
  return oneSpacedLine(s).replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}

/** Our own markdown (its code spans are meant) on one line: only HTML is neutralised. For trusted text. */
export function mdTrusted(s: string): string {
  return oneSpacedLine(s).replace(/[<>]/g, (c) => `\\${c}`);
}

/**
 * Untrusted text in markdown prose, table cells included: one line, markdown and HTML metacharacters
 * (and `&`, so no entity spells a `@`) escaped, mentions, references and autolinks neutralised.
 */
export function mdText(s: string): string {
  return neutraliseReferences(oneSpacedLine(s).replace(/[\\`*_[\]<>|#&]/g, (c) => `\\${c}`));
}

export interface CodeSpanOptions {
  /** In a GitHub table cell: `|` is escaped, which GitHub requires even inside a code span. */
  table?: boolean;
}

/**
 * Untrusted text as one inline code span: a backtick fence longer than any run inside, padded when the text
 * starts or ends with a backtick (or with a space at both ends, which CommonMark would strip), controls and
 * newlines made visible. Inside a code span GitHub links no mention, reference or URL.
 */
export function mdCode(s: string, opts: CodeSpanOptions = {}): string {
  const t = visibleControls(s);
  if (t === '') return '` `';
  const longest = Math.max(0, ...[...t.matchAll(/`+/g)].map((m) => m[0].length));
  const tick = '`'.repeat(longest + 1);
  const pad = t.startsWith('`') || t.endsWith('`') || (t.startsWith(' ') && t.endsWith(' ') && t.trim() !== '') ? ' ' : '';
  const body = opts.table ? t.replace(/\|/g, '\\|') : t;
  return `${tick}${pad}${body}${pad}${tick}`;
}

/** A backtick fence for `body`: longer than any backtick run inside it, at least three. */
export function fenceFor(body: string): string {
  return '`'.repeat(Math.max(3, ...[...body.matchAll(/`+/g)].map((m) => m[0].length + 1)));
}

/**
 * Untrusted lines (a diff, a snippet with a path filled in) as a fenced code block that nothing inside can
 * close; controls other than newline, CR and tab, and the bidi controls, are made visible (a reader of a
 * code block is as exposed to reordered text as a reader of prose). For display only: a suggestion block,
 * whose text GitHub commits, must stay exact.
 */
export function mdCodeBlock(body: string, info = ''): string {
  const text = body.replace(/\n$/, '').replace(CONTROLS, (c) => (c === '\n' || c === '\r' || c === '\t' ? c : visibleControls(c)));
  const fence = fenceFor(text);
  return `${fence}${info}\n${text}\n${fence}`;
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '[': '&#91;', ']': '&#93;', '`': '&#96;' };

/** Our own text inside raw HTML (a `<summary>`): one line, HTML metacharacters as entities. For trusted text. */
export function htmlEscape(s: string): string {
  return oneSpacedLine(s).replace(/[&<>"]/g, (c) => HTML_ENTITIES[c]!);
}

/**
 * Untrusted text inside raw HTML, where markdown is not parsed (a `<summary>` line): one line, HTML
 * metacharacters and the markdown link and code characters as entities, mentions, references and autolinks
 * neutralised (GitHub finds those in HTML text too).
 */
export function htmlText(s: string): string {
  return neutraliseReferences(oneSpacedLine(s)).replace(/[&<>"'[\]`]/g, (c) => HTML_ENTITIES[c]!);
}

/**
 * Untrusted text in a standalone HTML page (the HTML report, read in a browser, not on GitHub): one line,
 * controls and bidi controls as visible escapes, and `& < > " '` as entities, so it is safe both as element
 * content and inside a double- or single-quoted attribute value.
 */
export function htmlPageText(s: string): string {
  return visibleControls(s).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

/** Untrusted lines (a snippet) for a `<pre>` of a standalone HTML page: newlines and tabs kept, other controls visible. */
export function htmlPageBlock(s: string): string {
  return s
    .replace(CONTROLS, (c) => (c === '\n' || c === '\t' ? c : c === '\r' ? '' : visibleControls(c)))
    .replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

/**
 * Untrusted text inside an HTML comment, between `<!-- ` and ` -->` (with the spaces): one line, and no `--`
 * anywhere, so neither `-->` nor `--!>` can close it early. Deterministic, so a marker can be a key.
 */
export function htmlCommentText(s: string): string {
  return visibleControls(s).replace(/-->/g, '--&gt;').replace(/--/g, '-&#45;');
}

/**
 * A path (or any value) that reads the same as plain prose on GitHub: letters, digits, space and `._-/+,=~`,
 * with no `www.` and no `GH-1`. Anything else goes into a code span when it sits inside our own text.
 */
function isPlain(s: string): boolean {
  return /^[A-Za-z0-9_ .,+=~/-]+$/.test(s) && !/(^|[^A-Za-z0-9])www\./i.test(s) && !/(^|[^A-Za-z0-9])gh-\d/i.test(s);
}

/**
 * Our own text with untrusted values filled in (a migration summary that names the finding's file): each
 * occurrence of a value that is not plain becomes a code span (`inCode`), the rest is escaped with `escape`.
 * A plain value stays inline, so ordinary output is what `escape` alone gives.
 */
export function fillTemplate(s: string, untrusted: readonly string[], escape: (t: string) => string, inCode: (t: string) => string = (t) => mdCode(t)): string {
  const risky = [...new Set(untrusted)].filter((u) => u !== '' && !isPlain(u)).sort((a, b) => b.length - a.length);
  if (risky.length === 0) return escape(s);
  const out: string[] = [];
  let rest = s;
  for (;;) {
    let at = -1;
    let hit = '';
    for (const u of risky) {
      const i = rest.indexOf(u);
      if (i >= 0 && (at < 0 || i < at)) {
        at = i;
        hit = u;
      }
    }
    if (at < 0) break;
    if (at > 0) out.push(escape(rest.slice(0, at)));
    out.push(inCode(hit));
    rest = rest.slice(at + hit.length);
  }
  if (rest !== '') out.push(escape(rest));
  return out.join('');
}

/** The same as fillTemplate for our own text inside raw HTML: untrusted values as `<code>` elements. */
export function fillHtmlTemplate(s: string, untrusted: readonly string[]): string {
  return fillTemplate(s, untrusted, htmlEscape, (t) => `<code>${htmlText(t)}</code>`);
}

/** A reference URL as an autolink when it is a plain http(s) URL, else as untrusted prose. */
export function mdUrl(url: string): string {
  return /^https?:\/\/[!#-;=?-[\]_a-z~]+$/.test(url) ? `<${url}>` : mdText(url);
}

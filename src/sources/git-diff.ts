// The one unified-diff parser: git patch text (or a single file's hunks, as the GitHub API gives them) ->
// per file the new and old path, status, binary flag, blob id and the added lines with new-file numbers.
// Pure: runs no git and reads no files.

export type FileStatus = 'added' | 'modified' | 'renamed' | 'copied' | 'deleted';

export interface FileDiff {
  /** New path (POSIX, repository-relative); for a deleted file, the path it had. */
  path: string;
  /** Old path when it differs (renames, copies). */
  oldPath?: string;
  status: FileStatus;
  /** git printed "Binary files ... differ" or a binary patch: no added lines are known. */
  binary: boolean;
  /** Full blob id of the new version when the diff carries an index line (run git with --full-index). */
  newBlob?: string;
  /** File mode of the new version ('100644', '100755', '120000' symlink, '160000' submodule). */
  newMode?: string;
  /** 1-based line numbers in the new version that the change adds, ascending. */
  addedLines: number[];
  /** The added lines' text (without the leading '+'), parallel to addedLines; only with collectText. */
  addedText?: string[];
  /**
   * The added lines came to more than maxAddedBytes: addedLines and addedText were dropped (emptied) at
   * that point, so one huge file never holds more than the cap in memory.
   */
  tooLarge?: boolean;
}

export interface DiffParserOptions {
  /** Keep the text of added lines (history scans); off for staged and diff scans, which read blobs. */
  collectText?: boolean;
  /** Per-file cap on the added lines' UTF-8 bytes (each counted with its line break); see FileDiff.tooLarge. */
  maxAddedBytes?: number;
}

export interface DiffParser {
  /** Feed one line without its '\n'. Returns the previous file when this line starts a new one. */
  push(line: string): FileDiff | undefined;
  /** Flush the file in progress (end of input, or a commit boundary in `git log -p`). */
  end(): FileDiff | undefined;
}

const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
const ZERO_ID = /^0+$/;

/**
 * An incremental parser. Inside a hunk it counts the old and new lines the header announced, so an added
 * line whose text starts with "++ " or "-- " is never mistaken for a '+++'/'---' file header.
 */
export function createDiffParser(opts: DiffParserOptions = {}): DiffParser {
  const collect = opts.collectText === true;
  const cap = opts.maxAddedBytes ?? Infinity;
  let file: FileDiff | undefined;
  let addedBytes = 0;
  let oldLeft = 0;
  let newLeft = 0;
  let next = 0;

  const start = (): FileDiff => {
    addedBytes = 0;
    return { path: '', status: 'modified', binary: false, addedLines: [], ...(collect ? { addedText: [] } : {}) };
  };
  const finish = (): FileDiff | undefined => {
    const done = file;
    file = undefined;
    oldLeft = newLeft = 0;
    if (done && done.path === '' && done.oldPath) done.path = done.oldPath;
    if (done && done.oldPath === done.path) delete done.oldPath;
    return done;
  };

  return {
    push(line: string): FileDiff | undefined {
      if (oldLeft > 0 || newLeft > 0) {
        const c = line.charCodeAt(0);
        if (c === 0x2b /* + */) {
          const f = file!;
          const n = next++;
          newLeft--;
          if (f.tooLarge) return undefined;
          // The '+' stands in for the line break in the count.
          if (cap !== Infinity && (addedBytes += Buffer.byteLength(line)) > cap) {
            f.tooLarge = true;
            f.addedLines = [];
            if (collect) f.addedText = [];
            return undefined;
          }
          f.addedLines.push(n);
          if (collect) f.addedText!.push(line.slice(1));
          return undefined;
        }
        if (c === 0x2d /* - */) {
          oldLeft--;
          return undefined;
        }
        if (c === 0x20 /* space */ || line === '') {
          // A context line (an empty one when a tool trimmed the trailing space).
          next++;
          oldLeft--;
          newLeft--;
          return undefined;
        }
        if (c === 0x5c /* \ No newline at end of file */) return undefined;
        // Anything else ends a hunk whose header over-counted; fall through and read it as a header.
        oldLeft = newLeft = 0;
      }
      if (line.startsWith('diff --git ')) {
        const prev = finish();
        file = start();
        const same = samePathFromGitHeader(line.slice(11));
        if (same !== undefined) file.path = file.oldPath = same;
        return prev;
      }
      if (line.startsWith('@@')) {
        const m = HUNK.exec(line);
        if (!m) return undefined;
        if (!file) file = start(); // a bare patch (GitHub API): hunks without file headers
        oldLeft = m[2] === undefined ? 1 : Number(m[2]);
        newLeft = m[4] === undefined ? 1 : Number(m[4]);
        next = Number(m[3]);
        return undefined;
      }
      if (!file) return undefined;
      if (line.startsWith('--- ')) {
        const p = headerPath(line.slice(4), 'a/');
        if (p !== undefined) file.oldPath = p;
      } else if (line.startsWith('+++ ')) {
        const p = headerPath(line.slice(4), 'b/');
        if (p === undefined) file.status = 'deleted';
        else file.path = p;
      } else if (line.startsWith('new file mode ')) {
        file.status = 'added';
        file.newMode = line.slice(14).trim();
      } else if (line.startsWith('deleted file mode ')) {
        file.status = 'deleted';
      } else if (line.startsWith('rename from ') || line.startsWith('copy from ')) {
        file.oldPath = unquote(line.slice(line.indexOf(' from ') + 6));
      } else if (line.startsWith('rename to ') || line.startsWith('copy to ')) {
        file.status = line.startsWith('rename') ? 'renamed' : 'copied';
        file.path = unquote(line.slice(line.indexOf(' to ') + 4));
      } else if (line.startsWith('index ')) {
        const m = /^index [0-9a-f]+\.\.([0-9a-f]+)(?: (\d+))?/.exec(line);
        if (m) {
          if (!ZERO_ID.test(m[1]!)) file.newBlob = m[1];
          if (m[2]) file.newMode = m[2];
        }
      } else if (line.startsWith('new mode ')) {
        file.newMode = line.slice(9).trim();
      } else if (line.startsWith('Binary files ') || line === 'GIT binary patch') {
        file.binary = true;
      }
      return undefined;
    },
    end: finish,
  };
}

export interface LineSplitter {
  /** Feed one chunk of text; returns the lines it completed (without their '\n'). */
  push(chunk: string): string[];
  /** The unterminated last line, if any. */
  end(): string | undefined;
}

/**
 * Splits streamed text into '\n' lines in linear time: each chunk is searched once, a partial line is kept
 * as pieces. A line longer than maxLine characters is cut to maxLine + 1 (the rest is dropped unread),
 * enough for a caller to see it is over its cap without holding it whole.
 */
export function createLineSplitter(maxLine = Infinity): LineSplitter {
  let parts: string[] = [];
  let len = 0;
  const add = (s: string): void => {
    if (s.length === 0 || len > maxLine) return;
    const room = maxLine + 1 - len;
    const t = s.length > room ? s.slice(0, room) : s;
    parts.push(t);
    len += t.length;
  };
  const take = (): string => {
    const line = parts.length === 1 ? parts[0]! : parts.join('');
    parts = [];
    len = 0;
    return line;
  };
  return {
    push(chunk: string): string[] {
      const out: string[] = [];
      let from = 0;
      for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', from)) {
        add(chunk.slice(from, nl));
        out.push(take());
        from = nl + 1;
      }
      if (from < chunk.length) add(chunk.slice(from));
      return out;
    },
    end(): string | undefined {
      return parts.length > 0 ? take() : undefined;
    },
  };
}

/** Parses a whole diff (`git diff` / `git show` / `git log -p` text without commit headers). */
export function parseDiff(text: string, opts: DiffParserOptions = {}): FileDiff[] {
  const parser = createDiffParser(opts);
  const out: FileDiff[] = [];
  for (const line of splitLines(text)) {
    const done = parser.push(line);
    if (done) out.push(done);
  }
  const last = parser.end();
  if (last) out.push(last);
  return out;
}

/**
 * git numbers lines by '\n' alone; keyshift (src/model/text.ts), like an editor, also ends a line at a lone
 * '\r'. Maps git's added line numbers (ascending) in the new file's text to our numbering: every line of
 * ours that lies within an added git line is added. Without a lone '\r' the numbers are the same. The text
 * may be UTF-8 bytes read as latin1: only the positions of '\r' and '\n' matter.
 */
export function editorLinesForGitLines(text: string, gitLines: number[]): number[] {
  if (gitLines.length === 0 || !hasLoneCr(text)) return gitLines;
  const out: number[] = [];
  let git = 1;
  let ours = 1;
  let pos = 0;
  for (const want of gitLines) {
    // Skip to git line `want`, counting the lone CRs of the lines in between.
    while (git < want && pos <= text.length) {
      const nl = text.indexOf('\n', pos);
      const end = nl < 0 ? text.length : nl;
      ours += 1 + loneCrs(text, pos, end);
      pos = end + 1;
      git++;
    }
    if (git !== want) break; // past the end of the text
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const span = 1 + loneCrs(text, pos, end);
    for (let k = 0; k < span; k++) out.push(ours + k);
    ours += span;
    pos = end + 1;
    git++;
  }
  return out;
}

/** editorLinesForGitLines over file bytes (UTF-8 or any ASCII-compatible encoding); decodes only when a '\r' is present. */
export function editorLinesForGitLinesIn(bytes: Uint8Array, gitLines: number[]): number[] {
  if (gitLines.length === 0 || !bytes.includes(13)) return gitLines;
  return editorLinesForGitLines(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1'), gitLines);
}

function hasLoneCr(text: string): boolean {
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== 10) return true;
  }
  return false;
}

/** Lone CRs in text[from, end), where end is a '\n' or the end of the text (a CR just before it is CRLF). */
function loneCrs(text: string, from: number, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\r', from); i >= 0 && i < end; i = text.indexOf('\r', i + 1)) {
    if (i + 1 !== end || end === text.length) n++;
  }
  return n;
}

/** The added lines of one file's patch (hunks only, as in the GitHub API's `files[].patch`). */
export function addedLinesFromPatch(patch: string): number[] {
  return parseDiff(patch)[0]?.addedLines ?? [];
}

function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * `a/X b/X` (or the quoted form) -> X when both sides are the same path; undefined for renames, where
 * the "rename from/to" and ---/+++ lines say which is which.
 */
function samePathFromGitHeader(rest: string): string | undefined {
  if (rest.startsWith('"')) {
    const first = readQuoted(rest, 0);
    if (!first) return undefined;
    const second = rest.slice(first.end + 1);
    const b = second.startsWith('"') ? readQuoted(second, 0)?.value : second;
    return stripPrefix(first.value, 'a/') === stripPrefix(b ?? '', 'b/') ? stripPrefix(first.value, 'a/') : undefined;
  }
  if (rest.endsWith('"')) {
    const at = rest.indexOf(' "');
    if (at < 0) return undefined;
    const b = readQuoted(rest, at + 1)?.value;
    const a = rest.slice(0, at);
    return stripPrefix(a, 'a/') === stripPrefix(b ?? '', 'b/') ? stripPrefix(a, 'a/') : undefined;
  }
  // Unquoted: "a/" + X + " b/" + X, so X is (length - 5) / 2 characters long.
  const n = (rest.length - 5) / 2;
  if (Number.isInteger(n) && n > 0 && rest.startsWith('a/') && rest.slice(n + 2, n + 5) === ' b/' && rest.slice(2, n + 2) === rest.slice(n + 5)) {
    return rest.slice(2, n + 2);
  }
  return undefined;
}

function headerPath(raw: string, prefix: string): string | undefined {
  // git appends a tab after a path that contains a space, in ---/+++ lines.
  const s = raw.endsWith('\t') ? raw.slice(0, -1) : raw;
  if (s === '/dev/null') return undefined;
  return stripPrefix(unquote(s), prefix);
}

function stripPrefix(p: string, prefix: string): string {
  return p.startsWith(prefix) ? p.slice(prefix.length) : p;
}

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/** Undoes git's C-style quoting of unusual path names ("tab\there", octal escapes for non-ASCII bytes). */
export function unquote(s: string): string {
  if (!s.startsWith('"')) return s;
  return readQuoted(s, 0)?.value ?? s;
}

function readQuoted(s: string, at: number): { value: string; end: number } | undefined {
  if (s[at] !== '"') return undefined;
  const bytes: number[] = [];
  for (let i = at + 1; i < s.length; i++) {
    const ch = s[i];
    if (ch === '"') return { value: Buffer.from(bytes).toString('utf8'), end: i + 1 };
    if (ch === '\\') {
      const e = s[i + 1] ?? '';
      if (/[0-7]/.test(e)) {
        bytes.push(parseInt(s.slice(i + 1, i + 4), 8) & 0xff);
        i += 3;
      } else {
        bytes.push(ESCAPES[e] ?? e.charCodeAt(0));
        i += 1;
      }
      continue;
    }
    const cp = s.codePointAt(i)!;
    const whole = String.fromCodePoint(cp);
    for (const b of Buffer.from(whole, 'utf8')) bytes.push(b);
    i += whole.length - 1;
  }
  return undefined;
}

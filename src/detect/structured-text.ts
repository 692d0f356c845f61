// Line-shaped credential files: .netrc, .git-credentials, .pypirc, .npmrc (base64 _auth/_password decoded),
// .env and Terraform variables. Tokenizes by hand (no regex over the whole file); malformed input is no error.
import { isScalar } from '../model/yaml-lib.js';
import { jsonRoot } from './structured-json.js';
import {
  acceptValue,
  decodeBase64Text,
  decodeUserPassword,
  passwordSpec,
  report,
  scalarSpan,
  secretName,
  type Span,
  type StructuredRun,
} from './structured-util.js';

const NETRC_PASSWORD = passwordSpec('netrc.password');
const URL_PASSWORD = passwordSpec('url.basic-credentials');

/** `machine <host> login <user> password <secret>` in any order, across lines; `macdef` bodies skipped. */
export function detectNetrc(run: StructuredRun): void {
  const text = run.blob.text;
  const tokens: { value: string; start: number }[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    tokens.push({ value: m[0], start: m.index });
    if (m[0] === 'macdef') {
      // A macro runs to the next empty line; its body is shell input, not netrc tokens.
      const name = re.exec(text);
      if (name === null) break;
      const blank = /\r?\n[ \t]*\r?\n/g;
      blank.lastIndex = re.lastIndex;
      const b = blank.exec(text);
      if (b === null) break;
      re.lastIndex = b.index + 1;
    }
  }
  let host: string | undefined;
  let login: string | undefined;
  const pending: { value: string; span: Span; host?: string }[] = [];
  const flush = (): void => {
    for (const p of pending) {
      const details: Record<string, string> = { host: p.host ?? 'default' };
      if (login !== undefined) details.login = login;
      report(run, { id: 'netrc.password', span: p.span, secret: p.value, details, accept: () => acceptValue(NETRC_PASSWORD, p.value, { text, ...p.span }) });
    }
    pending.length = 0;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.value;
    if (t === 'machine' || t === 'default') {
      flush();
      login = undefined;
      host = t === 'default' ? 'default' : tokens[++i]?.value;
    } else if (t === 'login' || t === 'account') {
      const v = tokens[++i];
      if (t === 'login' && v) login = v.value;
    } else if (t === 'password' && host !== undefined) {
      const v = tokens[++i];
      if (v) pending.push({ value: v.value, span: { start: v.start, end: v.start + v.value.length }, host });
    }
  }
  flush();
}

/** Each line of a git credential store is `scheme://user:password@host[/path]`. */
export function detectGitCredentials(run: StructuredRun): void {
  const text = run.blob.text;
  const re = /^[ \t]*[a-z][a-z0-9+.-]*:\/\/([^:@/\s]*):([^@\s]+)@([^/\s?#]+)/dgim;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const [s, e] = m.indices![2]!;
    const value = m[2]!;
    const details = { host: m[3]!, username: decodeURIComponentSafe(m[1]!) };
    report(run, { id: 'url.basic-credentials', span: { start: s, end: e }, secret: value, details, accept: () => acceptValue(URL_PASSWORD, value, { text, start: s, end: e }) });
  }
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch (err) {
    // A stray '%' in a user name: shown as written.
    if (err instanceof URIError) return s;
    throw err;
  }
}

interface IniEntry {
  section: string;
  key: string;
  value: string;
  span: Span;
}

/** `key = value` / `key: value` lines with their [section]; comments (# ;) and continuations ignored. */
function iniEntries(text: string, colon: boolean): IniEntry[] {
  // By hand, line by line: the regex this replaces backtracked quadratically over a long run of blanks.
  const out: IniEntry[] = [];
  let section = '';
  let start = 0;
  while (start <= text.length) {
    let end = start;
    while (end < text.length && !isLineBreak(text.charCodeAt(end))) end++;
    const entry = iniLine(text, start, end, colon);
    if (typeof entry === 'string') section = entry;
    else if (entry) out.push({ section, ...entry });
    start = end + 1;
  }
  return out;
}

/** \n and \r end a line (a lone \r too, as npm's ini reader splits on either). */
function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

/**
 * One line [start, end): a section name (string), an entry, or undefined. A key starts with no blank and
 * none of `# ; = [` (nor `:` when `colon`); it runs to the first `=` (or `:` when `colon`): .pypirc
 * (configparser) takes `=` or `:`, .npmrc keys hold `:` (`//host/:_auth`), so only `=` there.
 */
function iniLine(text: string, start: number, end: number, colon: boolean): string | Omit<IniEntry, 'section'> | undefined {
  let i = start;
  while (i < end && isBlank(text[i])) i++;
  if (i === end) return undefined;
  let last = end;
  while (last > i && isBlank(text[last - 1])) last--;
  const first = text[i]!;
  if (first === '[') {
    const close = text.indexOf(']', i + 1);
    // `[name]` and nothing after it but blanks; `[]` and `[a] b` are neither section nor entry.
    return close === last - 1 && close > i + 1 ? text.slice(i + 1, close).trim() : undefined;
  }
  if (/\s/.test(first) || first === '#' || first === ';' || first === '=' || (colon && first === ':')) return undefined;
  let sep = i;
  while (sep < end && text[sep] !== '=' && !(colon && text[sep] === ':')) sep++;
  if (sep === end) return undefined;
  let v = sep + 1;
  while (v < last && isBlank(text[v])) v++;
  if (v >= last) return undefined;
  return { key: text.slice(i, sep).trim(), value: text.slice(v, last), span: { start: v, end: last } };
}

/** `password` under a repository section; a pypi- API token there is the regex catalog's (enriched only). */
export function detectPypirc(run: StructuredRun): void {
  const text = run.blob.text;
  const id = 'pypi.pypirc-password';
  const spec = run.rules.get(id);
  const entries = iniEntries(text, true);
  for (const e of entries) {
    if (e.key.toLowerCase() !== 'password' || e.section === '' || e.section === 'distutils') continue;
    const username = entries.find((u) => u.section === e.section && u.key.toLowerCase() === 'username')?.value;
    const details: Record<string, string> = { repository: e.section };
    if (username !== undefined) details.username = username;
    report(run, { id, span: e.span, secret: e.value, details, accept: () => spec !== undefined && acceptValue(spec, e.value, { text, ...e.span }) });
  }
}

function unquote(value: string, span: Span): { value: string; span: Span } {
  const q = value[0];
  if ((q === '"' || q === "'") && value.length >= 2 && value.endsWith(q)) {
    return { value: value.slice(1, -1), span: { start: span.start + 1, end: span.end - 1 } };
  }
  return { value, span };
}

const NPMRC_FIELDS = ['_authToken', '_password', '_auth'] as const;

/** `_auth` (base64 user:password), `_password` (base64) and `_authToken`, per registry prefix. */
export function detectNpmrc(run: StructuredRun): void {
  const text = run.blob.text;
  const entries = iniEntries(text, false);
  for (const raw of entries) {
    const field = NPMRC_FIELDS.find((f) => raw.key.endsWith(f));
    if (field === undefined) continue;
    const { value, span } = unquote(raw.value, raw.span);
    // By suffix, not `^(.*?):?(_auth|...)$`: a key can be a whole hostile line long.
    const prefix = raw.key.slice(0, -field.length).replace(/:$/, '');
    const registry = prefix === '' ? 'default' : prefix;
    if (field === '_auth') {
      const decoded = decodeUserPassword(value);
      if (!decoded) continue;
      report(run, {
        id: 'npm.npmrc-auth',
        span,
        secret: value,
        details: { registry, username: decoded.username },
        notes: ['decoded-from-base64'],
        accept: () => acceptValue(passwordSpec('npm.npmrc-auth'), decoded.password),
      });
    } else if (field === '_password') {
      const password = decodeBase64Text(value);
      if (password === undefined || /[\r\n]/.test(password)) continue;
      const user = entries.find((u) => u.key === (prefix === '' ? 'username' : `${prefix}:username`));
      const details: Record<string, string> = { registry };
      if (user) details.username = unquote(user.value, user.span).value;
      report(run, { id: 'npm.npmrc-password', span, secret: value, details, notes: ['decoded-from-base64'], accept: () => acceptValue(passwordSpec('npm.npmrc-password'), password) });
    } else {
      const spec = run.rules.get('npm.npmrc-auth-token');
      report(run, { id: 'npm.npmrc-auth-token', span, secret: value, details: { registry }, accept: () => spec !== undefined && acceptValue(spec, value, { text, ...span }) });
    }
  }
}

// Names of where a secret lives (KMS alias, secret path, ARN), not the secret: `alias/app-prod`, `prod/app/db`.
const RESOURCE_NAME = /^(?:arn:|[a-z][a-z0-9-]*(?:\/[a-z0-9][a-z0-9._-]*)+$)/;

function assignmentHit(run: StructuredRun, id: string, name: string, value: string, span: Span, details: Record<string, string>, force = false, overGeneric = false): void {
  const kind = secretName(name);
  if (kind === undefined && !force) return;
  // Values with a scheme are URLs (their credentials are the URL rules' business); paths are not secrets.
  if (value.includes('://') || /^(?:\/|~\/|\.\.?\/)/.test(value) || RESOURCE_NAME.test(value)) return;
  const base = run.rules.get(id);
  const spec = base && kind === 'password' ? { ...base, minEntropy: 2.5 } : base;
  report(run, { id, span, secret: value, details, overGeneric, accept: () => spec !== undefined && acceptValue(spec, value, { text: run.blob.text, ...span }) });
}

/** KEY=VALUE lines of a dotenv file whose KEY names a secret (credentials reference, section 11). */
export function detectDotenv(run: StructuredRun): void {
  const text = run.blob.text;
  const re = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*([^\r\n]*)/dgm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.indices![2]![0];
    const raw = m[2]!;
    let value: string;
    let vs: number;
    const q = raw[0];
    if (q === '"' || q === "'") {
      const close = raw.indexOf(q, 1);
      if (close === -1) continue;
      value = raw.slice(1, close);
      vs = start + 1;
    } else {
      const hash = raw.search(/\s#/);
      value = (hash === -1 ? raw : raw.slice(0, hash)).trimEnd();
      vs = start;
    }
    if (value === '') continue;
    // In a dotenv file the dotenv rule owns KEY=VALUE: it replaces a generic assignment match of the value.
    assignmentHit(run, 'dotenv.secret-assignment', m[1]!, value, { start: vs, end: vs + value.length }, { variable: m[1]! }, false, true);
  }
}

/**
 * Where the block opened at `open` (the index of its `{`) closes, skipping strings and comments; `limit`
 * when it does not close before it. The caller passes the next `variable` head as the limit, so the
 * bodies never overlap and the whole file is read once (an unclosed block per line was quadratic).
 */
function blockEnd(text: string, open: number, limit: number): number {
  let depth = 0;
  for (let i = open; i < limit; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < limit && text[i] !== '"' && text[i] !== '\n'; i++) if (text[i] === '\\') i++;
    } else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      while (i < limit && text[i] !== '\n') i++;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return limit;
}

/** `variable "x" { default = "..." }` with a secret name or `sensitive = true`; tfvars assignments by name. */
export function detectTerraform(run: StructuredRun): void {
  const text = run.blob.text;
  const path = run.blob.path.toLowerCase();
  const id = 'terraform.variable-secret';
  if (path.endsWith('.tfvars.json')) {
    // The same cap as the other whole-document parsers (structured.ts MAX_DOCUMENT_CHARS).
    if (text.length > 1024 * 1024) return;
    const root = jsonRoot(text);
    for (const pair of root?.items ?? []) {
      const span = scalarSpan(pair.value, text);
      if (!span || !isScalar(pair.key) || !isScalar(pair.value) || typeof pair.value.value !== 'string') continue;
      const name = String(pair.key.value);
      // A tfvars file is the Terraform rule's, as a .env file is the dotenv rule's: it replaces a generic match.
      assignmentHit(run, id, name, pair.value.value, span, { variable: name }, false, true);
    }
    return;
  }
  if (path.endsWith('.tfvars')) {
    const re = /^[ \t]*([A-Za-z_][\w-]*)[ \t]*=[ \t]*"((?:[^"\\\r\n]|\\.)*)"/dgm;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const [s, e] = m.indices![2]!;
      if (e > s) assignmentHit(run, id, m[1]!, m[2]!, { start: s, end: e }, { variable: m[1]! }, false, true);
    }
    return;
  }
  // Variable blocks are top level in HCL: a block's body ends, at the latest, where the next one starts.
  const heads = [...text.matchAll(/^[ \t]*variable[ \t]+"([^"\r\n]+)"[ \t]*\{/gm)];
  for (let k = 0; k < heads.length; k++) {
    const v = heads[k]!;
    const open = v.index + v[0].length - 1;
    const body = text.slice(open, blockEnd(text, open, heads[k + 1]?.index ?? text.length));
    const sensitive = /^[ \t]*sensitive[ \t]*=[ \t]*true\b/m.test(body);
    const d = /^[ \t]*default[ \t]*=[ \t]*"((?:[^"\\\r\n]|\\.)*)"/dm.exec(body);
    if (!d || d[1] === '') continue;
    const [s, e] = d.indices![1]!;
    assignmentHit(run, id, v[1]!, d[1]!, { start: open + s, end: open + e }, { variable: v[1]! }, sensitive);
  }
}

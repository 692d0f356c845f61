// `keyshift config import --from gitleaks`: a .gitleaks.toml as an equivalent .keyshift.yaml (custom
// rules, [extend], allowlists), plus a note for every field that has no keyshift equivalent. Pure: text in,
// text out; catalog checks arrive as callbacks. Notes name gitleaks field paths, never a regex or a value.
import { parse as parseToml, TomlError } from 'smol-toml';
import { parse as parseYaml, stringify as stringifyYaml } from '../model/yaml-lib.js';
import { ConfigError } from '../model/errors.js';
import { userRegexParts } from '../model/user-regex.js';
import { captureGroupOpens, keepOneCaptureGroup, pathRegexToGlobs, requiredLiteral, translateRegex, type Dialect } from './import-regex.js';

/** One field that could not be mapped (or was mapped only approximately), for stderr. */
export interface ImportNote {
  /** Field path in the peer's file, e.g. `rules[2].allowlists[0].commits`. */
  field: string;
  message: string;
}

export interface ImportResult {
  /** The .keyshift.yaml text. */
  yaml: string;
  notes: ImportNote[];
}

/** What the importer needs from the catalog, passed in by the CLI. */
export interface GitleaksImportContext {
  /** gitleaks default rule id -> keyshift pattern ids (patterns/imports/gitleaks-rules.yaml). */
  ruleMap: Map<string, string[]>;
  /** Every keyshift pattern id, so imported ids never collide with one. */
  knownIds: Set<string>;
  /** Example lines that the regex matches (catalog/regex-examples.ts). */
  deriveExamples: (source: string, flags: string, seed: string, opts: { count: number; prefix?: string }) => string[];
  /** The catalog's parser and linter on one custom pattern object: problems as one-line messages. */
  checkPattern: (raw: Record<string, unknown>) => string[];
  /** A .gitleaksignore was found beside the config (its path as the user should type it). */
  gitleaksIgnore?: string;
  /** Name of the tool for the header comment. */
  tool?: string;
}

/** Defaults for an imported rule (the minimal-custom-pattern defaults of docs/config.md). */
export const IMPORTED_PATTERN_DEFAULTS = {
  kind: 'static-key',
  severity: 'high',
  migration: 'saas-secrets-manager',
  references: ['https://github.com/keyshift/keyshift/blob/main/docs/config.md#importing-a-gitleaks-config'],
} as const;

/** Characters around a keyword searched when the keyword is not part of the regex (gitleaks: the whole file). */
export const KEYWORD_WINDOW = 1000;

/** Parses patterns/imports/gitleaks-rules.yaml. */
export function parseGitleaksRuleMap(text: string, file: string): Map<string, string[]> {
  const data = parseYaml(text) as { rules?: Record<string, unknown> } | null;
  const rules = data?.rules;
  if (!rules || typeof rules !== 'object') throw new ConfigError('expected a "rules:" mapping of gitleaks rule id to keyshift ids', file);
  const out = new Map<string, string[]>();
  for (const [id, ids] of Object.entries(rules)) {
    if (!Array.isArray(ids) || ids.some((x) => typeof x !== 'string')) throw new ConfigError(`rules.${id}: expected a list of keyshift pattern ids`, file);
    out.set(id, ids as string[]);
  }
  return out;
}

type Obj = Record<string, unknown>;

const RULE_KEYS = new Set(['id', 'description', 'regex', 'secretGroup', 'entropy', 'keywords', 'tags', 'path', 'allowlist', 'allowlists', 'required', 'skipReport']);
const ALLOWLIST_KEYS = new Set(['description', 'condition', 'commits', 'paths', 'regexTarget', 'regexes', 'stopWords', 'targetRules']);
const TOP_KEYS = new Set(['title', 'description', 'extend', 'rules', 'allowlist', 'allowlists']);

/** gitleaks reads its config through viper, which ignores key case (`stopwords` is StopWords). */
const CANONICAL_KEYS = new Map(
  [
    'title', 'description', 'extend', 'path', 'url', 'useDefault', 'disabledRules', 'rules', 'id', 'regex', 'secretGroup',
    'entropy', 'keywords', 'tags', 'allowlist', 'allowlists', 'required', 'skipReport', 'condition', 'commits', 'paths',
    'regexTarget', 'regexes', 'stopWords', 'targetRules', 'withinLines', 'withinColumns',
  ].map((k) => [k.toLowerCase(), k]),
);

function canonicalKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonicalKeys);
  if (!isObj(v)) return v;
  const out: Obj = {};
  for (const [k, val] of Object.entries(v)) out[CANONICAL_KEYS.get(k.toLowerCase()) ?? k] = canonicalKeys(val);
  return out;
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function escapeLiteral(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/** A gitleaks rule id as a keyshift pattern id: the first '-' segment becomes the provider. */
export function keyshiftIdFor(gitleaksId: string): string {
  const clean = gitleaksId
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  const [provider, ...rest] = (clean || 'custom').split('-');
  return `${provider}.${rest.length > 0 ? rest.join('-') : 'secret'}`;
}

interface AllowOut {
  paths: string[];
  values: string[];
  stopwords: string[];
}

class Importer {
  notes: ImportNote[] = [];
  custom: Obj[] = [];
  disable: string[] = [];
  global: AllowOut = { paths: [], values: [], stopwords: [] };
  perPattern = new Map<string, { paths: string[]; values: string[] }>();
  /** gitleaks rule id -> keyshift ids (mapped defaults and imported custom rules). */
  idFor = new Map<string, string[]>();
  private readonly usedIds = new Set<string>();

  constructor(private readonly ctx: GitleaksImportContext) {}

  note(field: string, message: string): void {
    this.notes.push({ field, message });
  }

  regex(src: unknown, field: string, dialect: Dialect = 'go'): string | undefined {
    if (typeof src !== 'string' || src === '') {
      this.note(field, 'expected a regex string');
      return undefined;
    }
    const t = translateRegex(src, dialect);
    if (!t.ok) {
      this.note(field, `not imported: ${t.why}`);
      return undefined;
    }
    return t.source;
  }

  pathGlobs(src: unknown, field: string): string[] {
    const js = this.regex(src, field);
    if (js === undefined) return [];
    try {
      const { globs, caseInsensitive } = pathRegexToGlobs(js);
      if (caseInsensitive) this.note(field, 'imported as case-sensitive globs ((?i) has no glob form); add other spellings if you need them');
      if (globs.some((g) => !g.includes('/'))) this.note(field, 'a glob without "/" matches that file name in every folder (keyshift globs without "/" match the base name)');
      return globs;
    } catch (err) {
      this.note(field, `not imported: this path regex has no glob form (${(err as Error).message}); write a glob under allowlist.paths or exclude`);
      return [];
    }
  }

  run(doc: Obj): void {
    for (const key of Object.keys(doc)) if (!TOP_KEYS.has(key)) this.note(key, 'unknown gitleaks field; not imported');
    const extend = isObj(doc.extend) ? doc.extend : undefined;
    this.readExtend(extend);
    const rules = Array.isArray(doc.rules) ? doc.rules : [];
    // First pass: ids, so that [[allowlists]] targetRules can name rules defined later.
    const planned = rules.map((r, i) => this.planRule(r, i));
    rules.forEach((r, i) => this.readRule(r, planned[i]));
    if (isObj(doc.allowlist) && Array.isArray(doc.allowlists)) this.note('allowlist', 'gitleaks refuses [allowlist] together with [[allowlists]]; both were imported');
    if (isObj(doc.allowlist)) this.readAllowlist(doc.allowlist, 'allowlist', undefined);
    if (Array.isArray(doc.allowlists)) doc.allowlists.forEach((a, i) => isObj(a) && this.readAllowlist(a, `allowlists[${i}]`, undefined));
  }

  readExtend(extend: Obj | undefined): void {
    if (!extend || extend.useDefault !== true) {
      this.note('extend.useDefault', "not set: gitleaks runs only this file's rules; keyshift keeps its built-in patterns on (turn some off with patterns.disable)");
    }
    if (!extend) return;
    if (typeof extend.path === 'string') this.note('extend.path', 'not imported: import that file as well and merge the two by hand');
    if (typeof extend.url === 'string') this.note('extend.url', 'not imported: keyshift does not fetch configs');
    strings(extend.disabledRules).forEach((id, i) => {
      const ids = this.ctx.ruleMap.get(id);
      if (ids) this.disable.push(...ids);
      else this.note(`extend.disabledRules[${i}]`, `gitleaks rule "${safeId(id)}" has no known keyshift equivalent; find one with keyshift patterns list`);
    });
  }

  planRule(r: unknown, i: number): { field: string; gid: string; ids: string[]; mapped: boolean } | undefined {
    const field = `rules[${i}]`;
    if (!isObj(r) || typeof r.id !== 'string' || r.id === '') {
      this.note(field, 'a rule without an id; not imported');
      return undefined;
    }
    const mapped = this.ctx.ruleMap.get(r.id);
    if (mapped) {
      this.idFor.set(r.id, mapped);
      return { field, gid: r.id, ids: mapped, mapped: true };
    }
    let id = keyshiftIdFor(r.id);
    if (this.ctx.knownIds.has(id) || this.usedIds.has(id)) {
      const base = `${id}-gitleaks`;
      id = base;
      for (let n = 2; this.ctx.knownIds.has(id) || this.usedIds.has(id); n++) id = `${base}-${n}`;
    }
    this.usedIds.add(id);
    this.idFor.set(r.id, [id]);
    return { field, gid: r.id, ids: [id], mapped: false };
  }

  readRule(r: unknown, plan: ReturnType<Importer['planRule']>): void {
    if (!plan || !isObj(r)) return;
    const { field } = plan;
    for (const key of Object.keys(r)) if (!RULE_KEYS.has(key)) this.note(`${field}.${key}`, 'unknown gitleaks rule field; not imported');
    if (plan.mapped) {
      // A rule with a default id extends gitleaks' default rule; keyshift's own patterns stand in for it.
      for (const key of ['regex', 'secretGroup', 'entropy', 'keywords', 'path']) {
        if (r[key] !== undefined) this.note(`${field}.${key}`, `redefines gitleaks' default rule ${plan.gid}; keyshift keeps its own pattern(s) ${plan.ids.join(', ')}`);
      }
    } else {
      if (r.required !== undefined) this.note(`${field}.required`, 'composite rules have no keyshift equivalent; the rule was imported without its required companions');
      if (r.skipReport === true) {
        this.note(`${field}.skipReport`, 'a rule that only serves composite rules; not imported');
      } else if (r.regex === undefined) {
        this.note(field, r.path !== undefined ? 'a path-only rule (reports that a file exists) has no keyshift equivalent; not imported' : 'a rule without a regex; not imported');
      } else {
        if (r.path !== undefined) this.note(`${field}.path`, 'keyshift patterns apply to every file; the rule was imported without its path condition');
        this.customPattern(r, plan.field, plan.ids[0]!);
      }
    }
    if (isObj(r.allowlist) && Array.isArray(r.allowlists)) this.note(`${field}.allowlist`, 'gitleaks refuses [rules.allowlist] together with [[rules.allowlists]]; both were imported');
    if (isObj(r.allowlist)) this.readAllowlist(r.allowlist, `${field}.allowlist`, plan.ids);
    if (Array.isArray(r.allowlists)) r.allowlists.forEach((a, j) => isObj(a) && this.readAllowlist(a, `${field}.allowlists[${j}]`, plan.ids));
  }

  customPattern(r: Obj, field: string, id: string): void {
    const js = this.regex(r.regex, `${field}.regex`);
    if (js === undefined) return;
    const { body, flags } = userRegexParts(js);
    const groups = captureGroupOpens(body).length;
    let keep = 1;
    if (typeof r.secretGroup === 'number' && r.secretGroup > 0) {
      if (r.secretGroup > groups) {
        this.note(`${field}.secretGroup`, `names group ${r.secretGroup} but the regex has ${groups}; not imported`);
        return;
      }
      keep = r.secretGroup;
    } else if (groups > 1) {
      this.note(`${field}.secretGroup`, 'not set and the regex has several groups: keyshift reports group 1, gitleaks the first non-empty group');
    }
    const regex = keepOneCaptureGroup(body, keep);
    const given = strings(r.keywords).map((k) => k.toLowerCase());
    const keywords: string[] = [];
    given.forEach((k, j) => {
      if (k.trim().length < 3) this.note(`${field}.keywords[${j}]`, 'shorter than 3 characters; keyshift needs longer keywords, dropped');
      else if (!keywords.includes(k.trim())) keywords.push(k.trim());
    });
    const lower = regex.toLowerCase();
    const unescaped = lower.replace(/\\([^A-Za-z0-9])/g, '$1');
    const literal = (k: string): boolean => lower.includes(k) || unescaped.includes(k);
    let windowed = false;
    if (keywords.length === 0) {
      const derived = requiredLiteral(regex);
      if (!derived) {
        this.note(`${field}.keywords`, 'none given and the regex has no literal text of 3+ characters to use; keyshift needs keywords, not imported (add keywords = [...] and run the import again)');
        return;
      }
      keywords.push(derived);
    } else if (!keywords.some(literal)) {
      windowed = true;
      this.note(`${field}.keywords`, `not part of the regex: keyshift looks for a match within ${KEYWORD_WINDOW} characters of a keyword, gitleaks anywhere in the file`);
    }
    const out: Obj = {
      id,
      name: typeof r.description === 'string' && r.description.trim() !== '' ? r.description.trim() : `${String(r.id)} (imported from gitleaks)`,
      provider: id.split('.')[0],
      kind: IMPORTED_PATTERN_DEFAULTS.kind,
      severity: IMPORTED_PATTERN_DEFAULTS.severity,
      keywords,
      regex,
    };
    if (flags) out.flags = flags;
    if (typeof r.entropy === 'number' && r.entropy > 0) out.min_entropy = Math.min(r.entropy, 8);
    if (windowed) {
      out.window_before = KEYWORD_WINDOW;
      out.window_after = KEYWORD_WINDOW;
    }
    out.migration = IMPORTED_PATTERN_DEFAULTS.migration;
    out.references = [...IMPORTED_PATTERN_DEFAULTS.references];
    const tags = strings(r.tags).filter((t) => t.trim() !== '');
    out.tags = [...new Set(['gitleaks', ...tags])];
    const prefix = windowed || !keywords.some(literal) ? `${keywords[0]} = ` : undefined;
    const examples = this.ctx.deriveExamples(regex, flags, id, { count: 2, ...(prefix ? { prefix } : {}) });
    if (examples.length < 2) {
      this.note(`${field}.regex`, 'keyshift could not derive two example lines that this regex matches, which the pattern format needs; not imported (write it as a custom pattern by hand)');
      return;
    }
    out.examples = examples;
    out.negative_examples = negativeExamples(regex, flags, keywords);
    const problems = this.ctx.checkPattern(out);
    if (problems.length > 0) {
      for (const p of problems) this.note(field, `not imported: ${p}`);
      return;
    }
    this.custom.push(out);
  }

  readAllowlist(a: Obj, field: string, ruleIds: string[] | undefined): void {
    for (const key of Object.keys(a)) if (!ALLOWLIST_KEYS.has(key)) this.note(`${field}.${key}`, 'unknown gitleaks allowlist field; not imported');
    let targets = ruleIds;
    if (!ruleIds && a.targetRules !== undefined) {
      targets = [];
      strings(a.targetRules).forEach((gid, k) => {
        const ids = this.idFor.get(gid) ?? this.ctx.ruleMap.get(gid);
        if (ids) targets!.push(...ids);
        else this.note(`${field}.targetRules[${k}]`, `rule "${safeId(gid)}" is neither in this file nor a mapped gitleaks default rule; skipped`);
      });
      if (targets.length === 0) return;
    }
    const kinds = (['commits', 'paths', 'regexes', 'stopWords'] as const).filter((k) => strings(a[k]).length > 0);
    const cond = typeof a.condition === 'string' ? a.condition.toUpperCase() : 'OR';
    if ((cond === 'AND' || cond === '&&') && kinds.length > 1) {
      this.note(`${field}.condition`, `AND across ${kinds.join(' and ')} cannot be expressed (a keyshift allowlist entry suppresses on its own); this allowlist was not imported`);
      return;
    }
    if (!['OR', '||', 'AND', '&&'].includes(cond)) this.note(`${field}.condition`, 'not AND or OR; gitleaks refuses this config');
    if (strings(a.commits).length > 0) {
      this.note(`${field}.commits`, 'keyshift has no commit allowlist; accept those findings with a baseline (keyshift baseline create, or baseline import --from gitleaksignore)');
    }
    const paths = strings(a.paths).flatMap((p, j) => this.pathGlobs(p, `${field}.paths[${j}]`));
    const target = typeof a.regexTarget === 'string' ? a.regexTarget : 'secret';
    let values: string[] = [];
    if (strings(a.regexes).length > 0) {
      if (target === 'secret') values = strings(a.regexes).flatMap((re, j) => this.regex(re, `${field}.regexes[${j}]`) ?? []);
      else {
        const hint = target === 'line' ? '; mark such lines with a keyshift:allow comment instead' : '';
        this.note(`${field}.regexes`, `regexTarget "${safeId(target)}": keyshift allowlist values run on the secret only; not imported${hint}`);
      }
    }
    const stopwords = strings(a.stopWords);
    if (!targets) {
      this.global.paths.push(...paths);
      this.global.values.push(...values);
      this.global.stopwords.push(...stopwords);
      return;
    }
    // Per-pattern allowlists have paths and values: a stopword is a case-insensitive literal value regex.
    const perValues = [...values, ...stopwords.map((w) => `(?i)${escapeLiteral(w)}`)];
    for (const id of targets) {
      const entry = this.perPattern.get(id) ?? { paths: [], values: [] };
      entry.paths.push(...paths);
      entry.values.push(...perValues);
      if (entry.paths.length + entry.values.length > 0) this.perPattern.set(id, entry);
    }
  }

  toYaml(source: string, title: string | undefined): string {
    const cfg: Obj = {};
    const patterns: Obj = {};
    if (this.disable.length > 0) patterns.disable = [...new Set(this.disable)];
    if (this.custom.length > 0) patterns.custom = this.custom;
    if (Object.keys(patterns).length > 0) cfg.patterns = patterns;
    const allow: Obj = {};
    const uniq = (xs: string[]): string[] => [...new Set(xs)];
    if (this.global.paths.length > 0) allow.paths = uniq(this.global.paths);
    if (this.global.values.length > 0) allow.values = uniq(this.global.values);
    if (this.global.stopwords.length > 0) allow.stopwords = uniq(this.global.stopwords);
    if (this.perPattern.size > 0) {
      const per: Obj = {};
      for (const [id, e] of [...this.perPattern].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const o: Obj = {};
        if (e.paths.length > 0) o.paths = uniq(e.paths);
        if (e.values.length > 0) o.values = uniq(e.values);
        per[id] = o;
      }
      allow.patterns = per;
    }
    if (Object.keys(allow).length > 0) cfg.allowlist = allow;
    const header = [
      `# Imported from ${source} by \`keyshift config import --from gitleaks\`.${title ? ` gitleaks title: ${oneLine(title)}` : ''}`,
      '# Fields with no keyshift equivalent were listed on stderr. Review, then save as .keyshift.yaml.',
    ];
    if (this.custom.length > 0) {
      header.push('# Custom patterns carry the defaults for imported rules (kind, severity, migration, references) and');
      header.push('# example lines derived from each regex, which the pattern format asks for.');
    }
    if (this.ctx.gitleaksIgnore) {
      header.push(`# ${this.ctx.gitleaksIgnore} lists accepted findings: turn it into a keyshift baseline with`);
      header.push(`#   keyshift baseline import --from gitleaksignore ${this.ctx.gitleaksIgnore}`);
      header.push('# and then uncomment:');
      header.push('# baseline: .keyshift-baseline');
    }
    const body = Object.keys(cfg).length > 0 ? stringifyYaml(cfg, { lineWidth: 0 }) : '{}\n';
    return `${header.join('\n')}\n${body}`;
  }
}

function oneLine(s: string): string {
  return s.replace(/[\r\n]+/g, ' ').slice(0, 120);
}

/** Ids and targets are names, not secrets, but they still go through a printable-ASCII filter. */
function safeId(s: string): string {
  return /^[\x20-\x7e]{1,80}$/.test(s) ? s : '(unprintable id)';
}

const NEGATIVE_CANDIDATES = ['placeholder', 'changeme', 'value = ""', 'token = <redacted>', 'none', 'xxxxxxxxxxxx'];

/** Two lines the regex does not match: keyword-only lines first, so that the engine check is meaningful. */
function negativeExamples(regex: string, flags: string, keywords: string[]): string[] {
  const re = new RegExp(regex, flags);
  const candidates = [...keywords.map((k) => `${k} = changeme`), `${keywords[0]}`, ...NEGATIVE_CANDIDATES];
  return [...new Set(candidates)].filter((c) => !re.test(c)).slice(0, 2);
}

/** Converts .gitleaks.toml text; throws ConfigError with file:line when it is not valid TOML. */
export function importGitleaksConfig(tomlText: string, file: string, ctx: GitleaksImportContext): ImportResult {
  let doc: Obj;
  try {
    doc = parseToml(tomlText.replace(/^\uFEFF/, '')) as Obj;
  } catch (err) {
    if (err instanceof TomlError) {
      // The message's code block quotes the file, which may hold a secret: keep the first line only.
      const why = (err.message.split('\n')[0] ?? 'invalid TOML').replace(/^Invalid TOML document: /, '');
      throw new ConfigError(`invalid TOML: ${why}`, file, err.line);
    }
    throw err;
  }
  doc = canonicalKeys(doc) as Obj;
  const imp = new Importer(ctx);
  imp.run(doc);
  return { yaml: imp.toYaml(file, typeof doc.title === 'string' ? doc.title : undefined), notes: imp.notes };
}

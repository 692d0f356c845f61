// Finds, parses and validates .keyshift.yaml into a KeyshiftConfig, and merges CLI overrides over it.
// Owns the config schema and its error messages (file:line: field: expected ...; got ...).
// Must not import another stage: custom patterns stay raw objects for the catalog linter.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Document, Node as YamlNode, Pair, LineCounter } from 'yaml';
import { isMap, isScalar, isSeq, yamlLib } from '../model/yaml-lib.js';
import { composeYaml, MAX_YAML_DEPTH } from '../model/yaml-depth.js';
import { ConfigError } from '../model/errors.js';
import { quoteUserText, redact, userText } from '../model/secret.js';
import { parseSize } from '../model/size.js';
import { DEFAULT_CONTAINER_LIMITS, MAX_ARCHIVE_DEPTH, type ContainerLimits } from '../model/archive-limits.js';
import { DEFAULT_DECODE_DEPTH, MAX_DECODE_DEPTH } from '../model/decode-depth.js';
import { suggest } from '../model/suggest.js';
import { checkBaseUrl } from '../verify/http.js';
import { knownKeys, schemaErrors, SCHEMA_URL } from './schema.js';
import { compileUserRegex } from '../model/user-regex.js';
import { FAIL_ON_VALUES, parseFailOn, type FailOn } from '../model/fail-on.js';
import { SEVERITIES, type Severity } from '../model/types.js';
import { checkSalt } from '../model/fingerprint.js';

export { suggest } from '../model/suggest.js';
export { parseSize } from '../model/size.js';
export { compileUserRegex, userRegexParts } from '../model/user-regex.js';
export { FAIL_ON_VALUES, type FailOn } from '../model/fail-on.js';

export const CONFIG_FILE_NAMES = ['.keyshift.yaml', '.keyshift.yml'] as const;


/** A per-pattern allowlist: globs on the path and regexes on the secret value. */
export interface PatternAllowlist {
  paths: string[];
  values: string[];
}

/** Structurally the same as suppress's Allowlist, so it can be passed straight to applySuppressions. */
export interface ConfigAllowlist {
  /** micromatch globs on the repository-relative POSIX path; a glob without '/' matches the base name. */
  paths: string[];
  /** Regex sources run on the secret value (a leading (?i) makes one case-insensitive). */
  values: string[];
  /** Case-insensitive substrings: a secret that contains one is allowed. */
  stopwords: string[];
  /** Keyed by pattern id. */
  patterns: Record<string, PatternAllowlist>;
}

export interface CustomPatternRaw {
  /** The pattern object as written (plain JS values from YAML), in the patterns/README.md format. */
  raw: unknown;
  /** 1-based line of the pattern in the config file. */
  line: number;
}

export interface KeyshiftConfig {
  failOn: FailOn;
  /** Bytes. */
  maxFileSize: number;
  include: string[];
  exclude: string[];
  /** Extra gitignore-syntax files, as written (relative to the config file's folder). */
  ignoreFiles: string[];
  patterns: {
    /**
     * When given, the exclusive set: only the patterns these ids, tags, providers or families select run
     * (before enable and disable). Undefined means every pattern that is on by default.
     */
    only?: string[];
    /** Pattern ids, tags, providers or families to add to the set that runs. */
    enable: string[];
    /** Pattern ids, tags, providers or families to turn off; an id in enable wins over a broader disable entry. */
    disable: string[];
    severity: Record<string, Severity>;
    custom: CustomPatternRaw[];
  };
  allowlist: ConfigAllowlist;
  entropy: {
    /** Minimum Shannon entropy (bits per character) for generic keyword+entropy patterns. */
    generic?: number;
  };
  /** Caps on opening archives, image tarballs and notebooks (`archives`; depth 0 reads them as plain files). */
  archives: ContainerLimits;
  /** How many encodings deep values are decoded and rescanned (`decode-depth`; 0 = off). */
  decodeDepth: number;
  /** `verify`: whether findings are checked against their providers, and where each provider's API is. */
  verify: { enabled: boolean; endpoints: Record<string, string>; timeoutMs?: number };
  /** Baseline file, as written (relative to the config file's folder). */
  baseline?: string;
  /** `fingerprint.salt`: the v2 fingerprint salt (docs/fingerprints.md); never printed. */
  fingerprint: { salt?: string };
  /** The config file this came from (absolute), undefined for defaults. */
  file?: string;
  /**
   * 1-based line of each entry that names patterns, by field path (`patterns.enable[0]`,
   * `patterns.severity.<id>`, `allowlist.patterns.<id>`), so later checks against the catalog can say file:line.
   */
  lines: Record<string, number>;
}

export const DEFAULT_MAX_FILE_SIZE = 100 * 1024 * 1024;

export const DEFAULT_CONFIG: Readonly<KeyshiftConfig> = Object.freeze({
  failOn: 'low',
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  include: [],
  exclude: [],
  ignoreFiles: [],
  patterns: { enable: [], disable: [], severity: {}, custom: [] },
  allowlist: { paths: [], values: [], stopwords: [], patterns: {} },
  entropy: {},
  archives: DEFAULT_CONTAINER_LIMITS,
  decodeDepth: DEFAULT_DECODE_DEPTH,
  verify: { enabled: false, endpoints: {} },
  fingerprint: {},
  lines: {},
}) as Readonly<KeyshiftConfig>;

/** A fresh, mutable copy of the defaults. */
export function defaultConfig(): KeyshiftConfig {
  return {
    failOn: DEFAULT_CONFIG.failOn,
    maxFileSize: DEFAULT_CONFIG.maxFileSize,
    include: [],
    exclude: [],
    ignoreFiles: [],
    patterns: { enable: [], disable: [], severity: {}, custom: [] },
    allowlist: { paths: [], values: [], stopwords: [], patterns: {} },
    entropy: {},
    archives: { ...DEFAULT_CONTAINER_LIMITS },
    decodeDepth: DEFAULT_DECODE_DEPTH,
    verify: { enabled: false, endpoints: {} },
    fingerprint: {},
    lines: {},
  };
}

/**
 * The nearest .keyshift.yaml / .keyshift.yml from startDir upward. Stops after the first folder that
 * holds .git (the repository root), at stopDir when given, or at the file-system root.
 */
export function findConfigFile(startDir: string, stopDir?: string): string | undefined {
  let dir = resolve(startDir);
  const stop = stopDir === undefined ? undefined : resolve(stopDir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (isFile(candidate)) return candidate;
    }
    if (dir === stop || existsSync(join(dir, '.git'))) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Reads and validates a config file; throws ConfigError naming file:line and field for the first problem. */
export function loadConfig(file: string): KeyshiftConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (err as Error).message;
    throw new ConfigError(`cannot read config file (${why}); check the --config path`, file, undefined, { cause: err });
  }
  const { config, problems } = parseConfig(text, file);
  const first = problems[0];
  if (first) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''} in this file)` : '';
    throw new ConfigError(`${first.message}${more}`, file, first.line);
  }
  config.file = resolve(file);
  return config;
}

export interface ConfigProblem {
  line: number;
  /** Dotted field path, e.g. 'allowlist.values[2]'. */
  field?: string;
  message: string;
}

/** Parses config text and collects every problem (the message includes the field, not the file:line). */
export function parseConfig(text: string, file: string): { config: KeyshiftConfig; problems: ConfigProblem[] } {
  const lineCounter = new (yamlLib().LineCounter)();
  const v = new Validator(lineCounter);
  const config = defaultConfig();
  // Composed only when it nests no deeper than MAX_YAML_DEPTH (model/yaml-depth.ts); one document, as parseDocument reads.
  const docs = composeYaml(text, { prettyErrors: false, uniqueKeys: true }, { forceDoc: true, addNewLine: lineCounter.addNewLine });
  if (!docs) return { config, problems: [{ line: 1, message: `invalid YAML: collections nested more than ${MAX_YAML_DEPTH} levels deep` }] };
  const doc = docs[0]!;
  for (const err of doc.errors) {
    const line = lineCounter.linePos(err.pos[0]).line;
    v.problems.push({ line, message: `invalid YAML: ${yamlMessage(err.message.split('\n')[0] ?? err.message)}` });
  }
  if (docs.length > 1) v.problems.push({ line: lineCounter.linePos(docs[1]!.range[0]).line, message: 'invalid YAML: a second document (after ---); a config file holds one' });
  // In file order, as below: loadConfig reports the first.
  if (v.problems.length > 0) return { config, problems: v.problems.sort((a, b) => a.line - b.line) };
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === undefined))) return { config, problems: [] };
  if (!isMap(root)) {
    v.problems.push({ line: v.lineOf(root), message: `expected a mapping of settings at the top level of ${file}; got ${describe(root)}` });
    return { config, problems: v.problems };
  }
  v.schemaProblems(doc);
  v.readTopLevel(root, config);
  // Unknown keys are found before values are checked; report in file order.
  return { config, problems: v.problems.sort((a, b) => a.line - b.line) };
}

/**
 * yaml's messages quote the source they choke on (`Unexpected scalar token in YAML stream: "ghp_..."`, tags,
 * aliases, block scalar headers), so each long unbroken run in one is shown by the userText rule: a value
 * pasted where the YAML breaks is redacted like any other user text.
 */
function yamlMessage(msg: string): string {
  return msg.replace(/\S{13,}/g, (run) => userText(run));
}

/** CLI flags that override the file. Undefined and empty lists mean "not given". */
export interface CliOverrides {
  failOn?: FailOn;
  maxFileSize?: number;
  include?: string[];
  exclude?: string[];
  ignoreFiles?: string[];
  baseline?: string;
  enable?: string[];
  disable?: string[];
  /** --archive-depth, --archive-max-bytes, --archive-max-entries. */
  archives?: Partial<ContainerLimits>;
  /** --decode-depth. */
  decodeDepth?: number;
  /** --verify. */
  verify?: boolean;
}

/**
 * CLI wins: scalars replace the file's values; --include replaces the file's include list (an explicit,
 * narrower scan); --exclude, --ignore-file, --enable and --disable add to the file's lists.
 */
export function mergeConfig(fileConfig: KeyshiftConfig, cli: CliOverrides): KeyshiftConfig {
  const out: KeyshiftConfig = {
    ...fileConfig,
    include: [...fileConfig.include],
    exclude: [...fileConfig.exclude],
    ignoreFiles: [...fileConfig.ignoreFiles],
    patterns: {
      ...fileConfig.patterns,
      enable: [...fileConfig.patterns.enable],
      disable: [...fileConfig.patterns.disable],
    },
  };
  if (cli.failOn !== undefined) out.failOn = cli.failOn;
  if (cli.maxFileSize !== undefined) out.maxFileSize = cli.maxFileSize;
  if (cli.baseline !== undefined) out.baseline = cli.baseline;
  if (cli.decodeDepth !== undefined) out.decodeDepth = cli.decodeDepth;
  out.verify = { ...fileConfig.verify, enabled: cli.verify ?? fileConfig.verify.enabled, endpoints: { ...fileConfig.verify.endpoints } };
  out.archives = { ...fileConfig.archives };
  for (const [k, v] of Object.entries(cli.archives ?? {}) as [keyof ContainerLimits, number | undefined][]) if (v !== undefined) out.archives[k] = v;
  if (cli.include && cli.include.length > 0) out.include = [...cli.include];
  if (cli.exclude) out.exclude = union(out.exclude, cli.exclude);
  if (cli.ignoreFiles) out.ignoreFiles = union(out.ignoreFiles, cli.ignoreFiles);
  if (cli.enable) out.patterns.enable = union(out.patterns.enable, cli.enable);
  if (cli.disable) out.patterns.disable = union(out.patterns.disable, cli.disable);
  return out;
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** Resolves a path written in the config file (baseline, ignore-files) against the file's folder. */
export function resolveConfigPath(config: KeyshiftConfig, p: string, cwd: string = process.cwd()): string {
  return resolve(config.file ? dirname(config.file) : cwd, p);
}

const TOP_KEYS = [
  'fail-on',
  'max-file-size',
  'include',
  'exclude',
  'ignore-files',
  'patterns',
  'allowlist',
  'entropy',
  'archives',
  'decode-depth',
  'verify',
  'baseline',
  'fingerprint',
] as const;
const PATTERNS_KEYS = ['only', 'enable', 'disable', 'severity', 'custom'] as const;
const ALLOWLIST_KEYS = ['paths', 'values', 'stopwords', 'patterns'] as const;
const PATTERN_ALLOWLIST_KEYS = ['paths', 'values'] as const;
const ENTROPY_KEYS = ['generic'] as const;
const ARCHIVES_KEYS = ['depth', 'max-bytes', 'max-entries'] as const;
const VERIFY_KEYS = ['enabled', 'endpoints', 'timeout-ms'] as const;
const FINGERPRINT_KEYS = ['salt'] as const;

const PATTERN_ID = /^[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9][a-z0-9_-]*)+$/;
const ID_OR_TAG = /^[a-z0-9][a-z0-9_.-]*$/i;

class Validator {
  problems: ConfigProblem[] = [];
  constructor(private readonly lines: LineCounter) {}

  lineOf(node: unknown): number {
    const range = (node as YamlNode | null)?.range;
    return range ? this.lines.linePos(range[0]).line : 1;
  }

  problem(node: unknown, field: string, message: string): void {
    this.problems.push({ line: this.lineOf(node), field, message: `${field}: ${message}` });
  }

  /** Pairs of a mapping with string keys; reports unknown keys (with a suggestion) when `known` is given. */
  entries(map: unknown, field: string, known?: readonly string[]): [string, unknown, Pair][] {
    const out: [string, unknown, Pair][] = [];
    if (!isMap(map)) return out;
    for (const pair of map.items as Pair[]) {
      const keyNode = pair.key;
      const key = isScalar(keyNode) ? String(keyNode.value) : undefined;
      if (key === undefined) {
        this.problem(keyNode, field || 'config', `expected plain keys; got ${describe(keyNode)}`);
        continue;
      }
      // Unknown keys are the schema's to report (schemaProblems); here they are only skipped.
      if (known && !known.includes(key)) continue;
      out.push([key, pair.value, pair]);
    }
    return out;
  }

  /**
   * What the JSON Schema (schema/keyshift.schema.json, through ajv) says about keys: an unknown key at any
   * level, with a did-you-mean from the keys the schema allows there. Values keep their own messages below.
   */
  schemaProblems(doc: Document.Parsed): void {
    let value: unknown;
    try {
      value = doc.toJS();
    } catch (err) {
      // yaml refuses to expand an alias bomb (ReferenceError "Excessive alias count"); the readers below never expand aliases.
      if (err instanceof ReferenceError && /alias/i.test(err.message)) return;
      throw err;
    }
    for (const e of schemaErrors(value)) {
      if (e.keyword !== 'additionalProperties') continue;
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const path = e.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
      const parent = path.length === 0 ? doc.contents : doc.getIn(path, true);
      if (!isMap(parent)) continue;
      const pair = (parent.items as Pair[]).find((it) => isScalar(it.key) && String(it.key.value) === key);
      const field = [...path.map((p) => userText(p)), userText(key)].join('.');
      const known = knownKeys(e.parentSchema);
      const hint = suggest(key, known);
      this.problem(pair?.key ?? parent, field, `unknown key${hint ? `; did you mean "${hint}"?` : `; expected one of ${known.join(', ')}`}`);
    }
  }

  readTopLevel(root: unknown, c: KeyshiftConfig): void {
    for (const [key, node] of this.entries(root, '', TOP_KEYS)) {
      switch (key as (typeof TOP_KEYS)[number]) {
        case 'fail-on': {
          const s = this.scalarString(node, key);
          if (s === undefined) break;
          const failOn = parseFailOn(s);
          if (failOn !== undefined) c.failOn = failOn;
          else this.problem(node, key, `expected one of ${FAIL_ON_VALUES.join(', ')}; got ${describe(node)}`);
          break;
        }
        case 'max-file-size': {
          const value = isScalar(node) ? node.value : undefined;
          const n = typeof value === 'number' || typeof value === 'string' ? parseSize(value) : undefined;
          if (n === undefined) {
            this.problem(node, key, `expected a positive number of bytes or a size like "10MiB" or "500KB"; got ${describe(node)}`);
          } else c.maxFileSize = n;
          break;
        }
        case 'include':
        case 'exclude':
        case 'ignore-files': {
          const list = this.stringList(node, key);
          if (key === 'include') c.include = list;
          else if (key === 'exclude') c.exclude = list;
          else c.ignoreFiles = list;
          break;
        }
        case 'patterns':
          this.readPatterns(node, c);
          break;
        case 'allowlist':
          this.readAllowlist(node, c);
          break;
        case 'entropy':
          if (!this.expectMap(node, key)) break;
          for (const [k, n] of this.entries(node, key, ENTROPY_KEYS)) {
            const value = isScalar(n) ? n.value : undefined;
            if (typeof value !== 'number' || !(value >= 0 && value <= 8)) {
              this.problem(n, `${key}.${k}`, `expected a number of bits per character from 0 to 8; got ${describe(n)}`);
            } else c.entropy.generic = value;
          }
          break;
        case 'archives':
          if (!this.expectMap(node, key)) break;
          for (const [k, n] of this.entries(node, key, ARCHIVES_KEYS)) {
            const value = isScalar(n) ? n.value : undefined;
            if (k === 'max-bytes') {
              const bytes = typeof value === 'number' || typeof value === 'string' ? parseSize(value) : undefined;
              if (bytes === undefined) this.problem(n, `${key}.${k}`, `expected a positive number of bytes or a size like "256MiB"; got ${describe(n)}`);
              else c.archives.maxBytes = bytes;
            } else if (k === 'depth') {
              if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_ARCHIVE_DEPTH) {
                this.problem(n, `${key}.${k}`, `expected a whole number from 0 (do not open archives) to ${MAX_ARCHIVE_DEPTH}; got ${describe(n)}`);
              } else c.archives.depth = value;
            } else if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
              this.problem(n, `${key}.${k}`, `expected a whole number of entries, at least 1; got ${describe(n)}`);
            } else c.archives.maxEntries = value;
          }
          break;
        case 'verify': {
          const value = isScalar(node) ? node.value : undefined;
          if (typeof value === 'boolean') {
            c.verify.enabled = value;
            break;
          }
          if (!this.expectMap(node, key)) break;
          for (const [k, n] of this.entries(node, key, VERIFY_KEYS)) {
            if (k === 'timeout-ms') {
              const ms = isScalar(n) ? n.value : undefined;
              if (typeof ms !== 'number' || !Number.isInteger(ms) || ms < 100 || ms > 120_000) this.problem(n, `${key}.${k}`, `expected a whole number of milliseconds from 100 to 120000; got ${describe(n)}`);
              else c.verify.timeoutMs = ms;
              continue;
            }
            if (k === 'enabled') {
              const b = isScalar(n) ? n.value : undefined;
              if (typeof b !== 'boolean') this.problem(n, `${key}.${k}`, `expected true or false; got ${describe(n)}`);
              else c.verify.enabled = b;
              continue;
            }
            if (!this.expectMap(n, `${key}.${k}`)) continue;
            for (const pair of (n as { items: Pair[] }).items) {
              const provider = isScalar(pair.key) ? String(pair.key.value) : '';
              const url = isScalar(pair.value) ? pair.value.value : undefined;
              if (!/^[a-z][a-z0-9-]{0,40}$/.test(provider)) {
                this.problem(pair.key, `${key}.${k}`, `expected a provider name such as github or gitlab; got ${describe(pair.key)}`);
                continue;
              }
              if (typeof url !== 'string') {
                this.problem(pair.value, `${key}.${k}.${provider}`, `expected a base URL such as https://github.example.com/api/v3; got ${describe(pair.value)}`);
                continue;
              }
              try {
                checkBaseUrl(url);
                c.verify.endpoints[provider] = url;
              } catch (err) {
                this.problem(pair.value, `${key}.${k}.${provider}`, `${(err as Error).message}; got ${describe(pair.value)}`);
              }
            }
          }
          break;
        }
        case 'decode-depth': {
          const value = isScalar(node) ? node.value : undefined;
          if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_DECODE_DEPTH) {
            this.problem(node, key, `expected a whole number from 0 (do not decode) to ${MAX_DECODE_DEPTH}; got ${describe(node)}`);
          } else c.decodeDepth = value;
          break;
        }
        case 'baseline': {
          const s = this.scalarString(node, key, 'a file path');
          if (s !== undefined) c.baseline = s;
          c.lines.baseline = this.lineOf(node);
          break;
        }
        case 'fingerprint':
          if (!this.expectMap(node, key)) break;
          for (const [k, n] of this.entries(node, key, FINGERPRINT_KEYS)) {
            // The salt keeps a dictionary out, so no message repeats it (describe() would show a short one).
            const value = isScalar(n) ? n.value : undefined;
            try {
              c.fingerprint.salt = checkSalt(value, `${key}.${k}`);
            } catch (err) {
              this.problem(n, `${key}.${k}`, (err as Error).message.replace(/^fingerprint\.salt: /, ''));
            }
            c.lines['fingerprint.salt'] = this.lineOf(n);
          }
          break;
      }
    }
  }

  readPatterns(node: unknown, c: KeyshiftConfig): void {
    if (!this.expectMap(node, 'patterns')) return;
    for (const [key, n] of this.entries(node, 'patterns', PATTERNS_KEYS)) {
      const field = `patterns.${key}`;
      switch (key as (typeof PATTERNS_KEYS)[number]) {
        case 'only':
        case 'enable':
        case 'disable': {
          if (key === 'only' && isSeq(n) && n.items.length === 0) {
            this.problem(n, field, 'is an empty list, which would run no pattern; name the patterns to run, or remove the key');
            break;
          }
          const list = this.stringList(n, field, (s) => ID_OR_TAG.test(s), 'a pattern id, tag, provider or family (letters, digits, ".", "-", "_")');
          if (isSeq(n)) n.items.forEach((item, i) => (c.lines[`${field}[${i}]`] = this.lineOf(item)));
          c.patterns[key as 'only' | 'enable' | 'disable'] = list;
          break;
        }
        case 'severity':
          if (!this.expectMap(n, field)) break;
          for (const [id, sev, pair] of this.entries(n, field)) {
            const idField = `${field}.${userText(id)}`;
            if (!PATTERN_ID.test(id)) {
              this.problem(pair.key, idField, `expected a pattern id like "aws.access-key-id" as the key`);
              continue;
            }
            c.lines[`${field}.${id}`] = this.lineOf(pair.key);
            const s = this.scalarString(sev, idField);
            if (s === undefined) continue;
            if ((SEVERITIES as readonly string[]).includes(s)) c.patterns.severity[id] = s as Severity;
            else this.problem(sev, idField, `expected one of critical, high, medium, low; got ${describe(sev)}`);
          }
          break;
        case 'custom':
          if (!isSeq(n)) {
            this.problem(n, field, `expected a list of pattern objects (see patterns/README.md); got ${describe(n)}`);
            break;
          }
          n.items.forEach((item, i) => {
            if (!isMap(item)) {
              this.problem(item, `${field}[${i}]`, `expected a pattern object with id, regex, keywords, ... (see patterns/README.md); got ${describe(item)}`);
              return;
            }
            c.patterns.custom.push({ raw: item.toJSON(), line: this.lineOf(item) });
          });
          break;
      }
    }
    this.checkSelection(c);
  }

  /** Combinations that cannot mean anything: the same entry turned on and off. */
  checkSelection(c: KeyshiftConfig): void {
    const { only, enable, disable } = c.patterns;
    disable.forEach((key, i) => {
      const other = enable.includes(key) ? 'patterns.enable' : only?.includes(key) ? 'patterns.only' : undefined;
      if (!other) return;
      this.problems.push({
        line: c.lines[`patterns.disable[${i}]`] ?? 1,
        field: `patterns.disable[${i}]`,
        message: `patterns.disable[${i}]: ${quoteUserText(key)} is also listed in ${other}; a pattern cannot be both turned on and off, remove it from one list`,
      });
    });
  }

  readAllowlist(node: unknown, c: KeyshiftConfig): void {
    if (!this.expectMap(node, 'allowlist')) return;
    for (const [key, n] of this.entries(node, 'allowlist', ALLOWLIST_KEYS)) {
      const field = `allowlist.${key}`;
      switch (key as (typeof ALLOWLIST_KEYS)[number]) {
        case 'paths':
          c.allowlist.paths = this.stringList(n, field);
          break;
        case 'values':
          c.allowlist.values = this.regexList(n, field);
          break;
        case 'stopwords':
          c.allowlist.stopwords = this.stringList(n, field);
          break;
        case 'patterns':
          if (!this.expectMap(n, field)) break;
          for (const [id, entry, pair] of this.entries(n, field)) {
            const idField = `${field}.${userText(id)}`;
            if (!PATTERN_ID.test(id)) {
              this.problem(pair.key, idField, `expected a pattern id like "aws.access-key-id" as the key`);
              continue;
            }
            c.lines[`${field}.${id}`] = this.lineOf(pair.key);
            if (!this.expectMap(entry, idField)) continue;
            const pa: PatternAllowlist = { paths: [], values: [] };
            for (const [k, v] of this.entries(entry, idField, PATTERN_ALLOWLIST_KEYS)) {
              if (k === 'paths') pa.paths = this.stringList(v, `${idField}.paths`);
              else pa.values = this.regexList(v, `${idField}.values`);
            }
            c.allowlist.patterns[id] = pa;
          }
          break;
      }
    }
  }

  expectMap(node: unknown, field: string): boolean {
    if (isMap(node)) return true;
    if (isScalar(node) && node.value === null) return false; // `key:` with nothing: same as absent
    this.problem(node, field, `expected a mapping; got ${describe(node)}`);
    return false;
  }

  scalarString(node: unknown, field: string, what = 'a string'): string | undefined {
    if (isScalar(node) && typeof node.value === 'string' && node.value.length > 0) return node.value;
    this.problem(node, field, `expected ${what}; got ${describe(node)}`);
    return undefined;
  }

  stringList(node: unknown, field: string, ok?: (s: string) => boolean, what = 'a string'): string[] {
    if (isScalar(node) && node.value === null) return [];
    if (!isSeq(node)) {
      this.problem(node, field, `expected a list of strings; got ${describe(node)}`);
      return [];
    }
    const out: string[] = [];
    node.items.forEach((item, i) => {
      const s = isScalar(item) && typeof item.value === 'string' ? item.value : undefined;
      if (s === undefined || s.length === 0 || (ok && !ok(s))) this.problem(item, `${field}[${i}]`, `expected ${what}; got ${describe(item)}`);
      else out.push(s);
    });
    return out;
  }

  regexList(node: unknown, field: string): string[] {
    const list = this.stringList(node, field, undefined, 'a regular expression string');
    const seq = isSeq(node) ? node.items : [];
    return list.filter((src) => {
      try {
        compileUserRegex(src);
        return true;
      } catch (err) {
        const idx = seq.findIndex((it) => isScalar(it) && it.value === src);
        const why = (err as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
        // The pattern may hold the very value someone wanted to allow: never echo it whole.
        this.problem(seq[idx], `${field}[${idx}]`, `invalid regular expression (${redact(src)}): ${why.replace(src, '…')}; write JavaScript regex syntax`);
        return false;
      }
    });
  }
}

function describe(node: unknown): string {
  if (node === null || node === undefined) return 'nothing';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return 'nothing';
    // A mistyped value can be a secret pasted into the wrong key: short words are echoed, the rest redacted.
    if (typeof v === 'string') {
      const shown = quoteUserText(v);
      return shown.startsWith('"') ? shown : `a string (${shown})`;
    }
    return String(v);
  }
  return 'an unsupported value';
}

/** Written by `keyshift init`. Every option shown; optional ones commented out. */
export const STARTER_CONFIG = `# yaml-language-server: $schema=${SCHEMA_URL}
# keyshift configuration. Found from the scan root upward to the repository root; --config overrides.
# Reference: docs/config.md. Paths and globs are relative to this file's folder (POSIX '/').

# Lowest severity that fails the run (exit code 1): critical, high, medium, low or none.
fail-on: low

# Files larger than this are skipped (bytes, or a size such as 500KB or 10MiB); files over 8 MiB are scanned in chunks.
# max-file-size: 100MiB

# Scan only paths matching these globs (default: everything not ignored).
# include: ['src/**', 'config/**']

# Never scan paths matching these globs (on top of .gitignore and .keyshiftignore).
# exclude: ['**/testdata/**', '**/*.snap']

# Extra ignore files in .gitignore syntax.
# ignore-files: ['.secretsignore']

# Every built-in pattern runs by default. Entries name pattern ids, tags, providers or families
# (keyshift patterns list); one that names nothing gets a warning with a suggestion.
# patterns:
#   only: [aws, github, acme]         # run only these instead of every pattern (omit to run them all)
#   enable: [generic]                 # add patterns to the set that runs (on top of \`only\` when given)
#   disable: [slack.webhook-url]      # turn patterns off; an id named in enable wins over a broader entry here
#   severity:                         # override a pattern's severity
#     aws.access-key-id: critical
#   custom:                           # your own patterns; only id and regex are required (docs/config.md)
#     - id: acme.api-key              # provider.credential; the provider defaults to the first segment
#       regex: '\\b(acme_[A-Za-z0-9]{32})\\b'   # one capture group: the secret
#       keywords: [acme_]             # literal text every match contains (speeds up the scan)
#       # optional, with their defaults: kind: static-key, severity: high, migration: saas-secrets-manager
#       severity: critical
#       examples: ['ACME_KEY=acme_Q7vR2mX9pL4sT8wK1nB6cF3hJ5dG0zYa']   # must be found (checked before a scan)
#       negative_examples: ['acme_short']                               # must not be found

# Findings matching an allowlist are kept but marked suppressed (they do not fail the run).
# allowlist:
#   paths: ['docs/examples/**']       # globs on the file path; a glob without '/' matches the file name
#   values: ['^EXAMPLE', '(?i)dummy'] # regexes run on the secret value
#   stopwords: [changeme, notasecret] # a secret containing one of these words (any case) is allowed
#   patterns:                         # allowlists for one pattern id
#     generic.password:
#       paths: ['**/*.test.ts']
#       values: ['^test-']

# Minimum Shannon entropy (bits per character) for generic keyword-and-entropy patterns.
# entropy:
#   generic: 3.5

# Archives (zip, jar, war, whl, nupkg, apk, tar, tgz), image tarballs and notebooks are opened and their
# files scanned in memory (docs/config.md#archives); these caps bound each top-level archive.
# archives:
#   depth: 3                          # archives inside archives; 0 scans archives as plain binary files
#   max-bytes: 256MiB                 # bytes expanded per archive, every level counted
#   max-entries: 10000                # entries read per archive, every level counted

# Values encoded as base64, hex, percent-encoding or escaped strings are decoded and scanned this many
# encodings deep (docs/config.md#encoded-values); 0 turns decoding off.
# decode-depth: 5

# Check each finding against its provider (one read-only request; README, Verification); off by default.
# verify:
#   enabled: false
#   endpoints:
#     github: https://api.github.com   # GitHub Enterprise Server: https://HOST/api/v3

# Known findings accepted for now; create with: keyshift baseline create
# baseline: .keyshift-baseline

# Fingerprints are salted, slow hashes (docs/fingerprints.md). The salt comes from KEYSHIFT_FINGERPRINT_SALT, else
# from here, else from the baseline, else a built-in default. A salt written here is public like the baseline's;
# keep one in a CI secret (the environment variable) to make a dictionary attack on fingerprints impossible.
# fingerprint:
#   salt: <16 or more random characters>
`;

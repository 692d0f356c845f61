// Reads patterns/posture/*.yaml (CI posture rules) into PatternSpecs with their `posture` data: schema,
// types and defaults, with line numbers; or the precompiled catalog when its hashes match. Reports problems
// instead of throwing; value rules (regexes, action names, gates) belong to lint.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Node } from 'yaml';
import { ConfigError } from '../model/errors.js';
import { POSTURE_CIS, type PatternSpec, type PostureCi, type PostureRule } from '../model/types.js';
import { findDuplicateIds, type LintProblem } from './lint.js';
import {
  compiledCatalogFiles, compiledPatterns, defaultPatternsDir, readCompiledCatalog, yamlLib, type LoadOptions,
} from './load.js';
import { recordPosition } from './positions.js';

/** The folder under patterns/ that holds the posture rule files. */
export const POSTURE_DIR = 'posture';

export type Kind = 'string' | 'string[]' | 'boolean' | 'map' | 'string-map' | 'list';
export interface Field {
  kind: Kind;
  required?: boolean;
}

const RULE_FIELDS: Record<string, Field> = {
  id: { kind: 'string', required: true },
  name: { kind: 'string', required: true },
  provider: { kind: 'string', required: true },
  kind: { kind: 'string', required: true },
  severity: { kind: 'string', required: true },
  confidence: { kind: 'string' },
  migration: { kind: 'string', required: true },
  keywords: { kind: 'string[]', required: true },
  references: { kind: 'string[]', required: true },
  tags: { kind: 'string[]' },
  env: { kind: 'string[]' },
  variables: { kind: 'string[]' },
  requires: { kind: 'string' },
  oidc_derivable: { kind: 'boolean' },
  actions: { kind: 'list' },
  commands: { kind: 'list' },
  replacement: { kind: 'map', required: true },
  examples: { kind: 'string[]', required: true },
  negative_examples: { kind: 'string[]', required: true },
};
/** Keys a rule of one CI system may not carry (GitLab has no actions; each CI names its variables its own way). */
const NOT_FOR: Record<PostureCi, string[]> = {
  'github-actions': ['variables', 'oidc_derivable'],
  'gitlab-ci': ['env', 'actions'],
};
const ACTION_FIELDS: Record<string, Field> = {
  uses: { kind: 'string', required: true },
  inputs: { kind: 'string[]', required: true },
  match: { kind: 'string' },
  secret_after: { kind: 'string' },
  when: { kind: 'map' },
};
const CONDITION_FIELDS: Record<string, Field> = {
  input: { kind: 'string', required: true },
  default: { kind: 'string' },
  in: { kind: 'string[]' },
  host: { kind: 'string[]' },
};
const COMMAND_FIELDS: Record<string, Field> = {
  line: { kind: 'string[]', required: true },
  arg: { kind: 'string', required: true },
  skip: { kind: 'string' },
  literal_ok: { kind: 'boolean' },
  requires: { kind: 'string' },
  unless: { kind: 'string' },
};
const REPLACEMENT_FIELDS: Record<string, Field> = {
  uses: { kind: 'string' },
  with: { kind: 'string-map' },
  permissions: { kind: 'string-map' },
  id_tokens: { kind: 'map' },
  env: { kind: 'string-map' },
  variables: { kind: 'string-map' },
  remove: { kind: 'string[]', required: true },
  snippet: { kind: 'string', required: true },
};

export function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return `a ${typeof value}`;
}

export function isPlainMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function typeProblem(kind: Kind, v: unknown): string | undefined {
  switch (kind) {
    case 'string':
      return typeof v === 'string' ? undefined : `expected a string, got ${describe(v)} (quote the value)`;
    case 'boolean':
      return typeof v === 'boolean' ? undefined : `expected true or false, got ${describe(v)}`;
    case 'string[]': {
      if (!Array.isArray(v)) return `expected a list of strings, got ${describe(v)}`;
      const bad = v.findIndex((x) => typeof x !== 'string');
      return bad === -1 ? undefined : `item ${bad} is ${describe(v[bad])}, expected a string (quote it)`;
    }
    case 'list':
      return Array.isArray(v) ? undefined : `expected a list, got ${describe(v)}`;
    case 'map':
      return isPlainMap(v) ? undefined : `expected a map, got ${describe(v)}`;
    case 'string-map': {
      if (!isPlainMap(v)) return `expected a map of names to strings, got ${describe(v)}`;
      const bad = Object.entries(v).find(([, x]) => typeof x !== 'string');
      return bad ? `'${bad[0]}' is ${describe(bad[1])}, expected a string (quote it)` : undefined;
    }
  }
}

/**
 * Parses one posture rule file (`ci:` and `rules:`). Rules missing a required key or holding one of the
 * wrong type are left out (and reported); the rest become PatternSpecs of family `posture`.
 */
export function parsePostureFile(text: string, file: string): { patterns: PatternSpec[]; problems: LintProblem[] } {
  const { LineCounter, parseDocument } = yamlLib();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const problems: LintProblem[] = [];
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      problems.push({ file, line: lineCounter.linePos(err.pos[0]).line, message: `YAML syntax error: ${err.message.split('\n')[0]}` });
    }
    return { patterns: [], problems };
  }
  const lineAt = (path: (string | number)[]): number | undefined => {
    const node = doc.getIn(path, true) as Node | undefined;
    return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  };
  /** The line of a key (not its value), so that `field` problems point at the key. */
  const keyLine = (path: (string | number)[]): number | undefined => {
    const parent = path.length > 1 ? (doc.getIn(path.slice(0, -1), true) as { items?: { key: Node; value: unknown }[] } | undefined) : (doc.contents as { items?: { key: Node }[] } | null);
    const key = path[path.length - 1];
    const pair = parent?.items?.find((p) => (p.key as { value?: unknown })?.value === key);
    return pair?.key?.range ? lineCounter.linePos(pair.key.range[0]).line : lineAt(path);
  };
  const root = doc.toJSON() as unknown;
  if (!isPlainMap(root)) {
    problems.push({ file, line: 1, message: 'expected a map with the keys ci and rules' });
    return { patterns: [], problems };
  }
  for (const key of Object.keys(root)) {
    if (key !== 'ci' && key !== 'rules') problems.push({ file, line: keyLine([key]), field: key, message: 'unknown top-level key; allowed keys are ci, rules' });
  }
  const ci = root.ci;
  if (typeof ci !== 'string' || !(POSTURE_CIS as readonly string[]).includes(ci)) {
    problems.push({ file, line: keyLine(['ci']) ?? 1, field: 'ci', message: `${ci === undefined ? 'missing' : `'${String(ci)}' is not known`}; use one of ${POSTURE_CIS.join(' | ')}` });
    return { patterns: [], problems };
  }
  if (!Array.isArray(root.rules)) {
    problems.push({ file, line: keyLine(['rules']) ?? 1, field: 'rules', message: root.rules === undefined ? "missing; add 'rules:' with a list of rules" : 'must be a list of rules' });
    return { patterns: [], problems };
  }

  const patterns: PatternSpec[] = [];
  const seen = new Map<string, number | undefined>();
  root.rules.forEach((raw: unknown, i: number) => {
    const spec = parseRule(raw, ci as PostureCi, ['rules', i], file, lineAt, keyLine, problems);
    if (!spec) return;
    if (seen.has(spec.id)) {
      problems.push({ file, line: lineAt(['rules', i]), patternId: spec.id, field: 'id', message: `duplicate id: already defined at line ${seen.get(spec.id) ?? '?'} of this file; pick a new id` });
      return;
    }
    seen.set(spec.id, lineAt(['rules', i]));
    patterns.push(spec);
  });
  return { patterns, problems };
}

type At = (path: (string | number)[]) => number | undefined;

function parseRule(
  raw: unknown,
  ci: PostureCi,
  at: (string | number)[],
  file: string,
  lineAt: At,
  keyLine: At,
  problems: LintProblem[],
): PatternSpec | undefined {
  const ruleLine = lineAt(at);
  if (!isPlainMap(raw)) {
    problems.push({ file, line: ruleLine, field: 'rules', message: `each rule must be a map, got ${describe(raw)}` });
    return undefined;
  }
  const patternId = typeof raw.id === 'string' ? raw.id : undefined;
  const fields = new Map<string, number>();
  let broken = false;
  const report = (field: string, path: (string | number)[], message: string): void => {
    problems.push({ file, line: keyLine(path) ?? ruleLine, ...(patternId !== undefined && { patternId }), field, message });
  };
  /** Checks keys and types of one map; returns false when a required key is missing or mistyped. */
  const checkMap = (value: Record<string, unknown>, schema: Record<string, Field>, path: (string | number)[], prefix: string, forbidden: string[] = []): boolean => {
    let ok = true;
    for (const [key, v] of Object.entries(value)) {
      const field = `${prefix}${key}`;
      const rule = schema[key];
      const line = keyLine([...path, key]);
      if (line !== undefined) fields.set(field, line);
      if (!rule || forbidden.includes(key)) {
        report(field, [...path, key], `unknown key${forbidden.includes(key) ? ` for ci ${ci}` : ''}; allowed keys are ${Object.keys(schema).filter((k) => !forbidden.includes(k)).join(', ')}`);
        continue;
      }
      const problem = typeProblem(rule.kind, v);
      if (problem) {
        report(field, [...path, key], problem);
        if (rule.required) ok = false;
        continue;
      }
      if (Array.isArray(v)) {
        v.forEach((_, i) => {
          const l = lineAt([...path, key, i]);
          if (l !== undefined) fields.set(`${field}[${i}]`, l);
        });
      }
    }
    for (const [key, rule] of Object.entries(schema)) {
      if (rule.required && !(key in value)) {
        report(`${prefix}${key}`, path, `missing required key '${key}'`);
        ok = false;
      }
    }
    return ok;
  };

  if (!checkMap(raw, RULE_FIELDS, at, '', NOT_FOR[ci])) broken = true;
  const list = <T>(key: 'actions' | 'commands', schema: Record<string, Field>, build: (m: Record<string, unknown>, i: number) => T): T[] => {
    const items = Array.isArray(raw[key]) ? (raw[key] as unknown[]) : [];
    const out: T[] = [];
    items.forEach((item, i) => {
      if (!isPlainMap(item)) {
        report(`${key}[${i}]`, [...at, key, i], `expected a map, got ${describe(item)}`);
        broken = true;
      } else if (checkMap(item, schema, [...at, key, i], `${key}[${i}].`)) out.push(build(item, i));
      else broken = true;
    });
    return out;
  };
  const actions = list('actions', ACTION_FIELDS, (a, i) => {
    const when = isPlainMap(a.when) && checkMap(a.when, CONDITION_FIELDS, [...at, 'actions', i, 'when'], `actions[${i}].when.`) ? a.when : undefined;
    if (a.when !== undefined && !when) broken = true;
    return {
      uses: a.uses as string,
      inputs: a.inputs as string[],
      match: (a.match ?? 'exact') as 'exact' | 'loose',
      ...(a.secret_after !== undefined && { secretAfter: a.secret_after as string }),
      ...(when && {
        when: {
          input: when.input as string,
          ...(when.default !== undefined && { default: when.default as string }),
          ...(when.in !== undefined && { in: when.in as string[] }),
          ...(when.host !== undefined && { host: when.host as string[] }),
        },
      }),
    };
  });
  const commands = list('commands', COMMAND_FIELDS, (c) => ({
    line: c.line as string[],
    arg: c.arg as string,
    ...(c.skip !== undefined && { skip: c.skip as string }),
    literalOk: c.literal_ok === true,
    ...(c.requires !== undefined && { requires: c.requires }),
    ...(c.unless !== undefined && { unless: c.unless }),
  })) as PostureRule['commands'];
  const repl = isPlainMap(raw.replacement) ? raw.replacement : undefined;
  if (repl && !checkMap(repl, REPLACEMENT_FIELDS, [...at, 'replacement'], 'replacement.', NOT_FOR[ci].includes('env') ? ['env', 'with', 'permissions', 'uses'] : ['variables', 'id_tokens'])) broken = true;
  const idTokens: Record<string, string> = {};
  if (repl && isPlainMap(repl.id_tokens)) {
    for (const [name, v] of Object.entries(repl.id_tokens)) {
      if (isPlainMap(v) && typeof v.aud === 'string' && Object.keys(v).length === 1) idTokens[name] = v.aud;
      else {
        report(`replacement.id_tokens.${name}`, [...at, 'replacement', 'id_tokens', name], "expected a map with one key, 'aud' (a string)");
        broken = true;
      }
    }
  }
  if (broken || !repl) return undefined;

  const keywords = raw.keywords as string[];
  const provider = raw.provider as string;
  const words = keywords.map((k) => k.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
  const spec: PatternSpec = {
    id: raw.id as string,
    name: raw.name as string,
    provider,
    family: 'posture',
    kind: raw.kind as PatternSpec['kind'],
    severity: raw.severity as PatternSpec['severity'],
    confidence: (raw.confidence ?? 'high') as PatternSpec['confidence'],
    keywords,
    // Documentation only (`patterns list`, SARIF): the posture detector parses the YAML and never runs this.
    regex: `(${words})`,
    flags: 'i',
    migration: raw.migration as string,
    references: raw.references as string[],
    tags: ['posture', 'ci', ci, provider, ...((raw.tags as string[] | undefined) ?? [])],
    cwe: [],
    generic: false,
    publishable: false,
    allow: [],
    examples: raw.examples as string[],
    negativeExamples: raw.negative_examples as string[],
    posture: {
      ci,
      env: ((ci === 'github-actions' ? raw.env : raw.variables) as string[] | undefined) ?? [],
      ...(raw.requires !== undefined && { requires: raw.requires as PostureRule['requires'] }),
      oidcDerivable: raw.oidc_derivable === true,
      actions,
      commands,
      replacement: {
        ...(repl.uses !== undefined && { uses: repl.uses as string }),
        with: (repl.with as Record<string, string> | undefined) ?? {},
        permissions: (repl.permissions as Record<string, string> | undefined) ?? {},
        idTokens,
        env: ((repl.env ?? repl.variables) as Record<string, string> | undefined) ?? {},
        remove: repl.remove as string[],
        snippet: repl.snippet as string,
      },
    },
  };
  recordPosition(spec, { file, line: ruleLine ?? 1, fields });
  return spec;
}

/** sources keys of posture files in the compiled catalog: `posture/<name>`. */
export function postureSourceKey(name: string): string {
  return `${POSTURE_DIR}/${name}`;
}

/**
 * Loads every *.yaml in `dir` (default patterns/posture), in name order. Problems are returned, not
 * thrown; only an unreadable folder throws ConfigError. A compiled catalog whose `posture` part holds the
 * same files with the same hashes is used instead of parsing.
 */
export function loadPostureRules(
  dir: string = join(defaultPatternsDir(), POSTURE_DIR),
  opts: LoadOptions = {},
): { patterns: PatternSpec[]; problems: LintProblem[]; files: string[]; from: 'compiled' | 'yaml' } {
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.yaml'))
      .map((e) => e.name)
      .sort();
  } catch (err) {
    throw new ConfigError(
      `cannot read the posture rules folder (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); pass an existing folder of posture rule files`,
      dir,
      undefined,
      { cause: err },
    );
  }
  const files = names.map((n) => join(dir, n));
  const bytes: (Buffer | NodeJS.ErrnoException)[] = files.map((f) => {
    try {
      return readFileSync(f);
    } catch (err) {
      return err as NodeJS.ErrnoException;
    }
  });
  const c = opts.compiled === false ? undefined : (opts.catalog ?? readCompiledCatalog(opts.compiled ?? compiledCatalogFiles()));
  if (c?.posture && bytes.every((b) => Buffer.isBuffer(b))) {
    const p = c.posture;
    const sources = Object.fromEntries(names.map((n) => [n, c.sources[postureSourceKey(n)] ?? '']));
    const hit = compiledPatterns({ format: c.format, sources, files: p.files, patterns: p.patterns, positions: p.positions }, dir, names, bytes as Buffer[]);
    if (hit) return { patterns: hit, problems: [], files, from: 'compiled' };
  }
  const patterns: PatternSpec[] = [];
  const problems: LintProblem[] = [];
  files.forEach((file, i) => {
    const b = bytes[i]!;
    if (!Buffer.isBuffer(b)) {
      problems.push({ file, message: `cannot read the file (${b.code ?? b.message})` });
      return;
    }
    const parsed = parsePostureFile(b.toString('utf8'), file);
    patterns.push(...parsed.patterns);
    problems.push(...parsed.problems);
  });
  const duplicates = findDuplicateIds(patterns);
  const dropped = new Set(duplicates.map((d) => d.patternId));
  const kept = patterns.filter((spec, i) => !dropped.has(spec.id) || patterns.findIndex((s) => s.id === spec.id) === i);
  return { patterns: kept, problems: [...problems, ...duplicates], files, from: 'yaml' };
}

// Reads patterns/structured/*.yaml (structured-file kinds: a parser, the files it reads, its rules) into
// StructuredKinds and PatternSpecs, with line numbers; or the precompiled catalog when its hashes match.
// Reports problems instead of throwing; the parsers themselves are code (src/detect/structured-*.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Node } from 'yaml';
import { ConfigError } from '../model/errors.js';
import {
  FILE_CONTEXTS, STRUCTURED_PARSERS, type FileContext, type PatternSpec, type StructuredFileMatch, type StructuredKind, type StructuredParser,
} from '../model/types.js';
import { compileFileMatch, fileMatchNames } from '../model/structured-files.js';
import { findDuplicateIds, type LintProblem } from './lint.js';
import {
  compiledCatalogFiles, compiledPatterns, defaultPatternsDir, readCompiledCatalog, sha256, yamlLib, type LoadOptions,
} from './load.js';
import { describe, isPlainMap, typeProblem, type Field } from './posture.js';
import { recordPosition } from './positions.js';
import { checkRegexSafety } from './regex-safety.js';

/** The folder under patterns/ that holds the structured-file kinds. */
export const STRUCTURED_DIR = 'structured';

const TOP_FIELDS: Record<string, Field> = {
  parser: { kind: 'string', required: true },
  files: { kind: 'list', required: true },
  rules: { kind: 'list', required: true },
};
const FILES_FIELDS: Record<string, Field> = {
  name: { kind: 'string[]' },
  not_name: { kind: 'string[]' },
  path: { kind: 'string[]' },
  contexts: { kind: 'string[]' },
  content: { kind: 'string[]' },
};
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
  generic: { kind: 'boolean' },
  tier: { kind: 'string' },
  decoder: { kind: 'string' },
  example_path: { kind: 'string', required: true },
  examples: { kind: 'string[]', required: true },
  negative_examples: { kind: 'string[]', required: true },
};
/** min_entropy is the one number. */
const NUMBER_FIELDS = new Set(['min_entropy']);

export interface StructuredFile {
  kind?: StructuredKind;
  patterns: PatternSpec[];
  problems: LintProblem[];
}

/** A regex of a `files` entry: compiles and is linear (it runs on every path, and `content` on whole files). */
function regexProblem(source: string, flags: string): string | undefined {
  try {
    new RegExp(source, flags);
  } catch (err) {
    return `does not compile: ${(err as Error).message.replace(/^Invalid regular expression: /, '')}`;
  }
  const unsafe = checkRegexSafety(source, flags);
  return unsafe ? `unsafe regex: ${unsafe}` : undefined;
}

/** Parses one structured file kind (`parser`, `files`, `rules`); rules with a missing or mistyped key are left out. */
export function parseStructuredFile(text: string, file: string): StructuredFile {
  const { LineCounter, parseDocument } = yamlLib();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const problems: LintProblem[] = [];
  if (doc.errors.length > 0) {
    for (const err of doc.errors) problems.push({ file, line: lineCounter.linePos(err.pos[0]).line, message: `YAML syntax error: ${err.message.split('\n')[0]}` });
    return { patterns: [], problems };
  }
  const lineAt = (path: (string | number)[]): number | undefined => {
    const node = (path.length === 0 ? doc.contents : doc.getIn(path, true)) as Node | undefined | null;
    return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  };
  const keyLine = (path: (string | number)[]): number | undefined => {
    const parent = (path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents) as { items?: { key: Node }[] } | undefined | null;
    const key = path[path.length - 1];
    const pair = parent?.items?.find((p) => (p.key as { value?: unknown })?.value === key);
    return pair?.key?.range ? lineCounter.linePos(pair.key.range[0]).line : lineAt(path);
  };
  const root = doc.toJSON() as unknown;
  if (!isPlainMap(root)) {
    problems.push({ file, line: 1, message: 'expected a map with the keys parser, files and rules' });
    return { patterns: [], problems };
  }

  /** Checks keys and types of one map; false when a required key is missing or mistyped. */
  const checkMap = (value: Record<string, unknown>, schema: Record<string, Field>, path: (string | number)[], prefix: string, patternId?: string, fields?: Map<string, number>): boolean => {
    let ok = true;
    const report = (field: string, at: (string | number)[], message: string): void => {
      problems.push({ file, line: keyLine(at) ?? lineAt(path), ...(patternId !== undefined && { patternId }), field, message });
    };
    for (const [key, v] of Object.entries(value)) {
      const field = `${prefix}${key}`;
      const line = keyLine([...path, key]);
      if (line !== undefined) fields?.set(field, line);
      if (NUMBER_FIELDS.has(key) && schema === RULE_FIELDS) {
        if (typeof v !== 'number') report(field, [...path, key], `expected a number, got ${describe(v)}`);
        continue;
      }
      const rule = schema[key];
      if (!rule) {
        report(field, [...path, key], `unknown key; allowed keys are ${[...Object.keys(schema), ...(schema === RULE_FIELDS ? NUMBER_FIELDS : [])].join(', ')}`);
        continue;
      }
      const problem = typeProblem(rule.kind, v);
      if (problem) {
        report(field, [...path, key], problem);
        if (rule.required) ok = false;
        continue;
      }
      if (Array.isArray(v) && fields) {
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

  if (!checkMap(root, TOP_FIELDS, [], '')) return { patterns: [], problems };
  const parser = root.parser as string;
  if (!(STRUCTURED_PARSERS as readonly string[]).includes(parser)) {
    problems.push({ file, line: keyLine(['parser']), field: 'parser', message: `'${parser}' is not a structured parser; use one of ${STRUCTURED_PARSERS.join(' | ')}` });
    return { patterns: [], problems };
  }

  const files: StructuredFileMatch[] = [];
  (root.files as unknown[]).forEach((raw, i) => {
    const at = ['files', i];
    if (!isPlainMap(raw)) {
      problems.push({ file, line: lineAt(at), field: `files[${i}]`, message: `expected a map, got ${describe(raw)}` });
      return;
    }
    if (!checkMap(raw, FILES_FIELDS, at, `files[${i}].`)) return;
    const m: StructuredFileMatch = {
      name: (raw.name as string[] | undefined) ?? [],
      notName: (raw.not_name as string[] | undefined) ?? [],
      path: (raw.path as string[] | undefined) ?? [],
      contexts: (raw.contexts as FileContext[] | undefined) ?? [],
      content: (raw.content as string[] | undefined) ?? [],
    };
    let ok = true;
    if (m.name.length + m.path.length + m.contexts.length === 0) {
      problems.push({ file, line: lineAt(at), field: `files[${i}]`, message: 'names no file: give name, path or contexts' });
      ok = false;
    }
    m.contexts.forEach((c, j) => {
      if (!(FILE_CONTEXTS as readonly string[]).includes(c)) {
        problems.push({ file, line: lineAt([...at, 'contexts', j]), field: `files[${i}].contexts[${j}]`, message: `'${c}' is not a file context (${FILE_CONTEXTS.join(' | ')})` });
        ok = false;
      }
    });
    for (const [key, flags] of [['name', ''], ['not_name', ''], ['path', ''], ['content', 'm']] as const) {
      ((raw[key] as string[] | undefined) ?? []).forEach((source, j) => {
        const problem = regexProblem(source, flags);
        if (problem) {
          problems.push({ file, line: lineAt([...at, key, j]), field: `files[${i}].${key}[${j}]`, message: problem });
          ok = false;
        }
      });
    }
    if (ok) files.push(m);
  });
  if (files.length === 0 && !problems.some((p) => p.field?.startsWith('files'))) {
    problems.push({ file, line: keyLine(['files']), field: 'files', message: 'is empty; name the files this parser reads' });
  }
  const kind: StructuredKind = { parser: parser as StructuredParser, files };
  const compiled = files.length === (root.files as unknown[]).length ? files.map(compileFileMatch) : undefined;

  const patterns: PatternSpec[] = [];
  (root.rules as unknown[]).forEach((raw, i) => {
    const at = ['rules', i];
    const ruleLine = lineAt(at);
    if (!isPlainMap(raw)) {
      problems.push({ file, line: ruleLine, field: 'rules', message: `each rule must be a map, got ${describe(raw)}` });
      return;
    }
    const patternId = typeof raw.id === 'string' ? raw.id : undefined;
    const fields = new Map<string, number>();
    if (!checkMap(raw, RULE_FIELDS, at, '', patternId, fields)) return;
    const examplePath = raw.example_path as string;
    // Examples are scanned as this path, so the parser must read it (by name or path; content is the examples').
    if (compiled && !compiled.some((m) => fileMatchNames(m, examplePath))) {
      problems.push({ file, line: fields.get('example_path') ?? ruleLine, patternId, field: 'example_path', message: `'${examplePath}' is not a file this kind reads (files: name / path); use a path the parser ${parser} reads` });
    }
    const keywords = raw.keywords as string[];
    const words = keywords.map((k) => k.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
    const spec: PatternSpec = {
      id: raw.id as string,
      name: raw.name as string,
      provider: raw.provider as string,
      family: 'structured',
      kind: raw.kind as PatternSpec['kind'],
      severity: raw.severity as PatternSpec['severity'],
      confidence: (raw.confidence ?? 'high') as PatternSpec['confidence'],
      keywords,
      // Documentation only (`patterns list`, SARIF): the structured detector parses the file and never runs this.
      regex: `(${words})`,
      flags: 'i',
      minEntropy: raw.min_entropy as number | undefined,
      migration: raw.migration as string,
      references: raw.references as string[],
      tags: ['structured', ...((raw.tags as string[] | undefined) ?? [])],
      cwe: [],
      generic: raw.generic === true,
      ...(raw.tier !== undefined && { tier: raw.tier as PatternSpec['tier'] }),
      publishable: false,
      allow: [],
      ...(raw.decoder !== undefined && { decoder: raw.decoder as PatternSpec['decoder'] }),
      examples: raw.examples as string[],
      negativeExamples: raw.negative_examples as string[],
      examplePath,
      structured: { parser: parser as StructuredParser },
    };
    recordPosition(spec, { file, line: ruleLine ?? 1, fields });
    patterns.push(spec);
  });
  return { kind, patterns, problems };
}

/** sources keys of structured files in the compiled catalog: `structured/<name>`. */
export function structuredSourceKey(name: string): string {
  return `${STRUCTURED_DIR}/${name}`;
}

export interface StructuredRules {
  /** The file kinds in parser order (STRUCTURED_PARSERS), one per parser. */
  kinds: StructuredKind[];
  patterns: PatternSpec[];
  problems: LintProblem[];
  files: string[];
  from: 'compiled' | 'yaml';
}

let cached: StructuredRules | undefined;

/**
 * Loads every *.yaml in `dir` (default patterns/structured), in name order. Problems are returned, not
 * thrown; only an unreadable folder throws ConfigError. A compiled catalog whose `structured` part holds
 * the same files with the same hashes is used instead of parsing. The default folder's result is cached
 * (the engine of every worker asks for it).
 */
export function loadStructuredRules(dir?: string, opts: LoadOptions = {}): StructuredRules {
  const useCache = dir === undefined && opts.compiled === undefined && opts.catalog === undefined;
  if (useCache && cached) return cached;
  const folder = dir ?? join(defaultPatternsDir(), STRUCTURED_DIR);
  let names: string[];
  try {
    names = readdirSync(folder, { withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.yaml')).map((e) => e.name).sort();
  } catch (err) {
    throw new ConfigError(
      `cannot read the structured rules folder (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); pass an existing folder of structured rule files`,
      folder,
      undefined,
      { cause: err },
    );
  }
  const files = names.map((n) => join(folder, n));
  const bytes: (Buffer | NodeJS.ErrnoException)[] = files.map((f) => {
    try {
      return readFileSync(f);
    } catch (err) {
      return err as NodeJS.ErrnoException;
    }
  });
  const result = fromCompiled(folder, names, files, bytes, opts) ?? fromYaml(folder, files, bytes);
  if (useCache && result.problems.length === 0) cached = result;
  return result;
}

function fromCompiled(folder: string, names: string[], files: string[], bytes: (Buffer | NodeJS.ErrnoException)[], opts: LoadOptions): StructuredRules | undefined {
  const c = opts.compiled === false ? undefined : (opts.catalog ?? readCompiledCatalog(opts.compiled ?? compiledCatalogFiles()));
  const s = c?.structured;
  if (!c || !s || !bytes.every((b) => Buffer.isBuffer(b))) return undefined;
  const sources = Object.fromEntries(names.map((n) => [n, c.sources[structuredSourceKey(n)] ?? '']));
  const hit = compiledPatterns({ format: c.format, sources, files: s.files, patterns: s.patterns, positions: s.positions }, folder, names, bytes as Buffer[]);
  return hit ? { kinds: s.kinds, patterns: hit, problems: [], files, from: 'compiled' } : undefined;
}

function fromYaml(folder: string, files: string[], bytes: (Buffer | NodeJS.ErrnoException)[]): StructuredRules {
  const kinds: StructuredKind[] = [];
  const patterns: PatternSpec[] = [];
  const problems: LintProblem[] = [];
  const parserFile = new Map<string, string>();
  files.forEach((file, i) => {
    const b = bytes[i]!;
    if (!Buffer.isBuffer(b)) {
      problems.push({ file, message: `cannot read the file (${b.code ?? b.message})` });
      return;
    }
    const parsed = parseStructuredFile(b.toString('utf8'), file);
    problems.push(...parsed.problems);
    patterns.push(...parsed.patterns);
    if (!parsed.kind) return;
    const other = parserFile.get(parsed.kind.parser);
    if (other !== undefined) {
      problems.push({ file, line: 1, field: 'parser', message: `parser ${parsed.kind.parser} is already described by ${basename(other)}; one file per parser` });
      return;
    }
    parserFile.set(parsed.kind.parser, file);
    kinds.push(parsed.kind);
  });
  for (const parser of STRUCTURED_PARSERS) {
    if (!parserFile.has(parser)) problems.push({ file: folder, field: 'parser', message: `no file describes the parser ${parser}; add ${parser}.yaml with the files it reads` });
  }
  kinds.sort((a, b) => STRUCTURED_PARSERS.indexOf(a.parser) - STRUCTURED_PARSERS.indexOf(b.parser));
  const duplicates = findDuplicateIds(patterns);
  const dropped = new Set(duplicates.map((d) => d.patternId));
  const kept = patterns.filter((spec, i) => !dropped.has(spec.id) || patterns.findIndex((s) => s.id === spec.id) === i);
  return { kinds, patterns: kept, problems: [...problems, ...duplicates], files, from: 'yaml' };
}

/** The hash of each structured file by its sources key, for compileCatalogJson. */
export function structuredSources(folder: string, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [structuredSourceKey(n), sha256(readFileSync(join(folder, n)))]));
}

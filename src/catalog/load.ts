// Reads patterns/*.yaml into PatternSpecs: schema and types, defaults, snake_case -> camelCase, line
// numbers. It reports problems instead of throwing; value rules (formats, regexes) belong to lint.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { ConfigError } from '../model/errors.js';
import type { PatternSpec } from '../model/types.js';
import { findDuplicateIds, type LintProblem } from './lint.js';
import { recordPosition } from './positions.js';

type FieldType = 'string' | 'number' | 'boolean' | 'string[]';

interface FieldRule {
  prop: keyof PatternSpec;
  type: FieldType;
  required?: boolean;
}

/** Every key a pattern may carry, by its YAML name. */
const FIELDS: Record<string, FieldRule> = {
  id: { prop: 'id', type: 'string', required: true },
  name: { prop: 'name', type: 'string', required: true },
  provider: { prop: 'provider', type: 'string', required: true },
  kind: { prop: 'kind', type: 'string', required: true },
  severity: { prop: 'severity', type: 'string', required: true },
  confidence: { prop: 'confidence', type: 'string' },
  keywords: { prop: 'keywords', type: 'string[]', required: true },
  regex: { prop: 'regex', type: 'string', required: true },
  flags: { prop: 'flags', type: 'string' },
  min_entropy: { prop: 'minEntropy', type: 'number' },
  validator: { prop: 'validator', type: 'string' },
  migration: { prop: 'migration', type: 'string', required: true },
  references: { prop: 'references', type: 'string[]', required: true },
  tags: { prop: 'tags', type: 'string[]' },
  cwe: { prop: 'cwe', type: 'string[]' },
  window_before: { prop: 'windowBefore', type: 'number' },
  window_after: { prop: 'windowAfter', type: 'number' },
  generic: { prop: 'generic', type: 'boolean' },
  publishable: { prop: 'publishable', type: 'boolean' },
  allow: { prop: 'allow', type: 'string[]' },
  decoder: { prop: 'decoder', type: 'string' },
  examples: { prop: 'examples', type: 'string[]', required: true },
  negative_examples: { prop: 'negativeExamples', type: 'string[]', required: true },
};

const DEFAULTS: Partial<PatternSpec> = {
  confidence: 'high',
  flags: '',
  generic: false,
  publishable: false,
  allow: [],
  tags: [],
  cwe: [],
};

const TOP_LEVEL_KEYS = ['family', 'patterns'];
const FAMILY_FORMAT = /^[a-z0-9-]+$/;
const MIGRATIONS_FILE = 'migrations.yaml';

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return `a ${typeof value}`;
}

/**
 * Parses one pattern file. Patterns missing a required key or holding one of the wrong type are left
 * out of `patterns` (and reported); everything else is returned with defaults applied.
 */
export function parsePatternFile(text: string, file: string): { patterns: PatternSpec[]; problems: LintProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const problems: LintProblem[] = [];
  const lineAt = (node: Node | null | undefined): number | undefined =>
    node?.range ? lineCounter.linePos(node.range[0]).line : undefined;

  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      problems.push({
        file,
        line: lineCounter.linePos(err.pos[0]).line,
        message: `YAML syntax error: ${err.message.split('\n')[0]}`,
      });
    }
    return { patterns: [], problems };
  }

  const root = doc.contents;
  if (!isMap(root)) {
    problems.push({ file, line: lineAt(root) ?? 1, message: 'expected a map with the keys family and patterns' });
    return { patterns: [], problems };
  }

  let family: string | undefined;
  let list: Node | undefined;
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const value = pair.value as Node | null;
    const line = lineAt(pair.key as Node);
    if (key === 'family') {
      if (isScalar(value) && typeof value.value === 'string' && FAMILY_FORMAT.test(value.value)) family = value.value;
      else problems.push({ file, line, field: 'family', message: 'must be a lowercase name of letters, digits and -' });
    } else if (key === 'patterns') {
      list = value ?? undefined;
    } else {
      problems.push({ file, line, field: key, message: `unknown top-level key; allowed keys are ${TOP_LEVEL_KEYS.join(', ')}` });
    }
  }
  if (family === undefined && !problems.some((p) => p.field === 'family')) {
    problems.push({ file, line: 1, field: 'family', message: "missing; add 'family: <name>' at the top of the file" });
  }
  if (!isSeq(list)) {
    problems.push({
      file,
      line: lineAt(list) ?? 1,
      field: 'patterns',
      message: list === undefined ? "missing; add 'patterns:' with a list of patterns" : 'must be a list of patterns',
    });
    return { patterns: [], problems };
  }

  const patterns: PatternSpec[] = [];
  const seenIds = new Map<string, number | undefined>();
  for (const item of list.items as Array<Node | null>) {
    const spec = parsePattern(item, file, family ?? '', lineAt, problems);
    if (!spec) continue;
    if (seenIds.has(spec.id)) {
      problems.push({
        file,
        line: lineAt(item),
        patternId: spec.id,
        field: 'id',
        message: `duplicate id: already defined at line ${seenIds.get(spec.id) ?? '?'} of this file; pick a new id`,
      });
      continue;
    }
    seenIds.set(spec.id, lineAt(item));
    patterns.push(spec);
  }
  return { patterns, problems };
}

function parsePattern(
  item: Node | null,
  file: string,
  family: string,
  lineAt: (node: Node | null | undefined) => number | undefined,
  problems: LintProblem[],
): PatternSpec | undefined {
  const itemLine = lineAt(item);
  if (!isMap(item)) {
    problems.push({ file, line: itemLine, field: 'patterns', message: `each pattern must be a map, got ${item === null ? 'nothing' : 'a scalar or list'}` });
    return undefined;
  }
  const idPair = item.items.find((p) => isScalar(p.key) && p.key.value === 'id');
  const patternId = isScalar(idPair?.value) && typeof idPair.value.value === 'string' ? idPair.value.value : undefined;
  const fieldLines = new Map<string, number>();
  const values: Record<string, unknown> = { ...DEFAULTS, family };
  let broken = false;
  const report = (field: string | undefined, line: number | undefined, message: string): void => {
    problems.push({ file, line: line ?? itemLine, ...(patternId !== undefined && { patternId }), ...(field !== undefined && { field }), message });
  };

  for (const pair of item.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const keyLine = lineAt(pair.key as Node);
    if (keyLine !== undefined) fieldLines.set(key, keyLine);
    const rule = FIELDS[key];
    if (!rule) {
      report(key, keyLine, `unknown key; allowed keys are ${Object.keys(FIELDS).join(', ')}`);
      continue;
    }
    const node = pair.value as Node | null;
    const value = node === null ? null : (node as Node).toJSON();
    const typeProblem = checkType(rule.type, value);
    if (typeProblem) {
      report(key, keyLine, typeProblem);
      if (rule.required) broken = true;
      continue;
    }
    if (rule.type === 'string[]' && isSeq(node)) {
      (node.items as Node[]).forEach((child, i) => {
        const line = lineAt(child);
        if (line !== undefined) fieldLines.set(`${key}[${i}]`, line);
      });
    }
    values[rule.prop] = value;
  }
  for (const [key, rule] of Object.entries(FIELDS)) {
    if (rule.required && !fieldLines.has(key)) {
      report(key, itemLine, `missing required key '${key}'`);
      broken = true;
    }
  }
  if (broken) return undefined;
  const spec = values as unknown as PatternSpec;
  recordPosition(spec, { file, line: itemLine ?? 1, fields: fieldLines });
  return spec;
}

function checkType(type: FieldType, value: unknown): string | undefined {
  switch (type) {
    case 'string':
      return typeof value === 'string' ? undefined : `expected a string, got ${describe(value)} (quote the value)`;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : `expected a number, got ${describe(value)}`;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `expected true or false, got ${describe(value)}`;
    case 'string[]': {
      if (!Array.isArray(value)) return `expected a list of strings, got ${describe(value)}`;
      const bad = value.findIndex((v) => typeof v !== 'string');
      return bad === -1 ? undefined : `item ${bad} is ${describe(value[bad])}, expected a string (quote it)`;
    }
  }
}

/**
 * Loads every *.yaml in `dir` except migrations.yaml, in name order. Problems (YAML, schema, duplicate
 * ids across files) are returned, not thrown; only an unreadable folder throws ConfigError.
 */
export function loadPatterns(dir: string = defaultPatternsDir()): {
  patterns: PatternSpec[];
  problems: LintProblem[];
  files: string[];
} {
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.yaml') && e.name !== MIGRATIONS_FILE)
      .map((e) => e.name)
      .sort();
  } catch (err) {
    throw new ConfigError(
      `cannot read the patterns folder (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); pass an existing folder of pattern files`,
      dir,
      undefined,
      { cause: err },
    );
  }
  const files = names.map((name) => join(dir, name));
  const patterns: PatternSpec[] = [];
  const problems: LintProblem[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      problems.push({ file, message: `cannot read the file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` });
      continue;
    }
    const parsed = parsePatternFile(text, file);
    patterns.push(...parsed.patterns);
    problems.push(...parsed.problems);
  }
  const duplicates = findDuplicateIds(patterns);
  problems.push(...duplicates);
  const dropped = new Set(duplicates.map((d) => d.patternId));
  const kept = patterns.filter((spec, i) => !dropped.has(spec.id) || patterns.findIndex((s) => s.id === spec.id) === i);
  return { patterns: kept, problems, files };
}

/**
 * The package's patterns/ folder: walks up from this module to the package.json named keyshift, so it
 * works from build/src/catalog and from a bundle in dist/. Falls back to ./patterns.
 */
export function defaultPatternsDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: unknown }).name === 'keyshift') return join(dir, 'patterns');
      } catch {
        // An unreadable or invalid package.json on the way up is not ours; keep walking.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return join(process.cwd(), 'patterns');
    dir = parent;
  }
}

// Loads patterns/syntax/assignments.yaml (the assignment shapes assignment rules read values with):
// from the compiled catalog while its hash matches, else from the YAML, validated with every problem
// reported at once. Each shape's examples say which key and value it must read from a line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AssignmentShapeSpec, AssignmentSyntax } from '../model/types.js';
import { ConfigError } from '../model/errors.js';
import { compiledCatalogFiles, defaultPatternsDir, readCompiledCatalog, sha256, yamlLib, type CompiledCatalogJson } from './load.js';
import type { LintProblem } from './lint.js';
import { checkRegexSafety } from './lint.js';

/** The file's name as the compiled catalog's `sources` records it. */
export const SYNTAX_FILE = 'syntax/assignments.yaml';

export function syntaxFile(dir: string = defaultPatternsDir()): string {
  return join(dir, SYNTAX_FILE);
}

const SHAPE_KEYS = ['id', 'regex', 'flags', 'requires', 'needs', 'key', 'keywords', 'examples', 'negative_examples'];

/** Parses and validates the shapes file; problems carry the file, the shape id and the field. */
export function parseSyntaxFile(text: string, file: string): { syntax?: AssignmentSyntax; problems: LintProblem[] } {
  const problems: LintProblem[] = [];
  let raw: unknown;
  try {
    raw = yamlLib().parse(text);
  } catch (err) {
    return { problems: [{ file, message: `YAML syntax error: ${(err as Error).message.split('\n')[0]}` }] };
  }
  const root = raw as { shapes?: unknown; compounds?: unknown } | null;
  if (root === null || typeof root !== 'object' || !Array.isArray(root.shapes)) {
    return { problems: [{ file, field: 'shapes', message: 'expected a map with a shapes list (and compounds)' }] };
  }
  const shapes: AssignmentShapeSpec[] = [];
  const ids = new Set<string>();
  for (const [i, s] of (root.shapes as unknown[]).entries()) {
    const where = (field: string, message: string): void => {
      problems.push({ file, patternId: typeof (s as { id?: unknown })?.id === 'string' ? (s as { id: string }).id : `shapes[${i}]`, field, message });
    };
    if (s === null || typeof s !== 'object') {
      where('shapes', 'each shape must be a map');
      continue;
    }
    const o = s as Record<string, unknown>;
    for (const k of Object.keys(o)) if (!SHAPE_KEYS.includes(k)) where(k, `unknown key; allowed keys are ${SHAPE_KEYS.join(', ')}`);
    if (typeof o.id !== 'string' || !/^[a-z0-9-]+$/.test(o.id)) where('id', 'must be a lowercase name of letters, digits and -');
    else if (ids.has(o.id)) where('id', 'duplicate shape id');
    else ids.add(o.id);
    if (typeof o.regex !== 'string') {
      where('regex', 'missing or not a string');
      continue;
    }
    const flags = typeof o.flags === 'string' ? o.flags : '';
    try {
      new RegExp(o.regex, flags);
    } catch (err) {
      where('regex', `does not compile (${(err as Error).message})`);
      continue;
    }
    const unsafe = checkRegexSafety(o.regex);
    if (unsafe !== undefined) where('regex', unsafe);
    if (!o.regex.includes('(?<value>')) where('regex', 'needs a named group (?<value>...)');
    if (o.key === undefined && !o.regex.includes('(?<key>')) where('regex', 'needs a named group (?<key>...) or a key field');
    if (o.requires !== undefined && typeof o.requires !== 'string') where('requires', 'must be a regex string');
    if (o.needs !== undefined) {
      if (!Array.isArray(o.needs) || o.needs.length === 0 || o.needs.some((n) => typeof n !== 'string' || n.trim() === '')) {
        where('needs', 'must be a list of strings, each one or more literals separated by spaces');
      } else if (flags.includes('i') && o.needs.some((n) => /[A-Za-z]/.test(n as string))) {
        where('needs', 'the shape is case-insensitive (flags: i): its needs may not contain letters');
      }
    }
    if (o.key !== undefined && (!Array.isArray(o.keywords) || o.keywords.length === 0)) where('keywords', 'a shape that implies its key needs keywords that find it');
    const examples = Array.isArray(o.examples) ? (o.examples as { line: string; key: string; value: string }[]) : [];
    const negatives = Array.isArray(o.negative_examples) ? (o.negative_examples as string[]) : [];
    if (examples.length < 2) where('examples', 'needs at least two examples ({line, key, value})');
    if (negatives.length < 2) where('negative_examples', 'needs at least two lines the shape must read nothing from');
    shapes.push({
      id: String(o.id),
      regex: o.regex,
      ...(flags !== '' && { flags }),
      ...(typeof o.requires === 'string' && { requires: o.requires }),
      ...(Array.isArray(o.needs) && { needs: (o.needs as unknown[]).map(String) }),
      ...(typeof o.key === 'string' && { key: o.key }),
      ...(Array.isArray(o.keywords) && { keywords: (o.keywords as unknown[]).map(String) }),
      examples,
      negativeExamples: negatives,
    });
  }
  const compounds: Record<string, string[]> = {};
  if (root.compounds !== undefined) {
    if (root.compounds === null || typeof root.compounds !== 'object' || Array.isArray(root.compounds)) {
      problems.push({ file, field: 'compounds', message: 'must be a map of word -> list of words' });
    } else {
      for (const [w, parts] of Object.entries(root.compounds as Record<string, unknown>)) {
        if (!Array.isArray(parts) || parts.some((p) => typeof p !== 'string')) problems.push({ file, field: `compounds.${w}`, message: 'must be a list of words' });
        else compounds[w.toLowerCase()] = (parts as string[]).map((p) => p.toLowerCase());
      }
    }
  }
  return { syntax: { shapes, compounds }, problems };
}

let cached: AssignmentSyntax | undefined;

/**
 * The assignment shapes a scan runs with (cached per process): from the compiled catalog while the
 * YAML's hash matches, else parsed. Throws ConfigError listing every problem.
 */
export function loadAssignmentSyntax(opts: { catalog?: CompiledCatalogJson; dir?: string } = {}): AssignmentSyntax {
  if (cached && opts.dir === undefined) return cached;
  const file = syntaxFile(opts.dir);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new ConfigError(`cannot read the assignment shapes ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, undefined, undefined, { cause: err });
  }
  const compiled = opts.catalog ?? (opts.dir === undefined ? readCompiledCatalog(compiledCatalogFiles()) : undefined);
  let syntax: AssignmentSyntax | undefined;
  if (compiled?.syntax && compiled.sources[SYNTAX_FILE] === sha256(bytes)) syntax = compiled.syntax;
  else {
    const parsed = parseSyntaxFile(bytes.toString('utf8'), file);
    if (parsed.problems.length > 0 || !parsed.syntax) {
      throw new ConfigError(`${parsed.problems.length} problem(s) in ${file}:\n${parsed.problems.map((p) => `${p.file}: ${p.patternId ?? ''} ${p.field ?? ''}: ${p.message}`).join('\n')}`);
    }
    syntax = parsed.syntax;
  }
  if (opts.dir === undefined) cached = syntax;
  return syntax;
}

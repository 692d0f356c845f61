// The pattern linter behind `keyshift patterns check`: checks parsed PatternSpecs for every rule at
// once and reports file, line, pattern id and field. It never loads files and never throws on a bad pattern.
import { CONFIDENCES, CREDENTIAL_KINDS, OVERLAP_TIERS, type PatternSpec, SEVERITIES } from '../model/types.js';
import { lineOf, positionOf } from './positions.js';
import { checkRegexSafety, countCaptureGroups, probeRegex, regexAlphabet } from './regex-safety.js';
import { lintPosture } from './posture-lint.js';
import type { MigrationEntry } from '../migrate/load.js';
import { VALIDATORS } from '../detect/validators.js';

export { checkRegexSafety } from './regex-safety.js';

export interface LintProblem {
  file: string;
  /** 1-based line in `file`, when known. */
  line?: number;
  patternId?: string;
  /** The YAML key (snake_case), with an index for list items: `examples[1]`. */
  field?: string;
  message: string;
}

export interface LintContext {
  migrationKeys: Set<string>;
  validators: Set<string>;
  /** File to name for specs that did not come from parsePatternFile (default: the spec's family). */
  file?: string;
  /** Run the timing probe on regexes that pass the static safety check (default true). */
  probe?: boolean;
  /** Ids outside `specs` that pair rules may name (built-in ids, when user patterns are linted). */
  knownIds?: ReadonlySet<string>;
  /**
   * Patterns from a user's config (`patterns.custom`): references, examples and keywords are optional there,
   * as in a gitleaks rule. Whatever they do carry is checked exactly as for built-in patterns.
   */
  user?: boolean;
}

export const ID_FORMAT = /^[a-z0-9-]+(\.[a-z0-9-]+){1,2}$/;
const PROVIDER_FORMAT = /^[a-z0-9-]+$/;
const CWE_FORMAT = /^CWE-[1-9][0-9]*$/;
const DECODERS = ['jwt', 'jwt-if-shaped', 'basic-auth', 'url-credentials'] as const;
const MIN_KEYWORD_LENGTH = 3;
const MIN_EXAMPLES = 2;
/** Time growth for a doubled input above which a regex counts as super-linear (quadratic is 4). */
export const PROBE_GROWTH_LIMIT = 6;

const CAMEL_TO_YAML: Record<string, string> = {
  negativeExamples: 'negative_examples',
  minEntropy: 'min_entropy',
  windowBefore: 'window_before',
  windowAfter: 'window_after',
};

export function yamlKey(field: string): string {
  return CAMEL_TO_YAML[field] ?? field;
}

function oneOf(values: readonly string[]): string {
  return values.join(' | ');
}

/** Lowercases ASCII letters only, so offsets stay the same as in the original string. */
function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}

/** Checks every rule on every spec; returns all problems, in pattern order. */
export function lintPatterns(specs: PatternSpec[], ctx: LintContext): LintProblem[] {
  const ids = new Set(specs.map((s) => s.id));
  return specs.flatMap((spec) => {
    const problems = lintPattern(spec, ctx);
    // A pair partner must be a pattern of the same catalog (user patterns may pair with built-in ones).
    spec.pair?.with.forEach((id, i) => {
      if (!ids.has(id) && !(ctx.knownIds?.has(id) ?? false)) {
        problems.push({ file: positionOf(spec)?.file ?? ctx.file ?? spec.family, line: lineOf(spec, 'pair'), patternId: spec.id, field: `pair.with[${i}]`, message: `'${id}' is not a pattern id; name the identifier's pattern` });
      }
    });
    return problems;
  }).concat(
    // A partner-only identifier that no pair rule names would never be reported at all.
    specs
      .filter((spec) => spec.partnerOnly === true && !specs.some((s) => s.pair?.with.includes(spec.id)))
      .map((spec) => ({ file: positionOf(spec)?.file ?? ctx.file ?? spec.family, line: lineOf(spec, 'partner_only'), patternId: spec.id, field: 'partner_only', message: 'no pair rule names this pattern in pair.with, so it is never reported; name it or drop partner_only' })),
  );
}

/** Problems for ids used more than once; the first definition wins, later ones are reported. */
export function findDuplicateIds(specs: PatternSpec[], fallbackFile = 'config'): LintProblem[] {
  const seen = new Map<string, PatternSpec>();
  const problems: LintProblem[] = [];
  for (const spec of specs) {
    const first = seen.get(spec.id);
    if (!first) {
      seen.set(spec.id, spec);
      continue;
    }
    const where = positionOf(first);
    problems.push({
      file: positionOf(spec)?.file ?? fallbackFile,
      line: lineOf(spec, 'id'),
      patternId: spec.id,
      field: 'id',
      message: `duplicate id: already defined in ${where ? `${where.file}:${where.fields.get('id') ?? where.line}` : 'another pattern'}; ids are unique and never renamed, pick a new one`,
    });
  }
  return problems;
}

function lintPattern(spec: PatternSpec, ctx: LintContext): LintProblem[] {
  const problems: LintProblem[] = [];
  const file = positionOf(spec)?.file ?? ctx.file ?? spec.family;
  const report = (field: string, message: string): void => {
    problems.push({ file, line: lineOf(spec, field), patternId: spec.id, field, message });
  };

  if (!ID_FORMAT.test(spec.id)) {
    report('id', `'${spec.id}' is not of the form provider.credential[.variant] (lowercase letters, digits, '-')`);
  } else if (spec.id.split('.')[0] !== spec.provider && !(spec.family === 'posture' && spec.id.startsWith('posture.'))) {
    // Posture rules are named for the CI system they inspect (posture.<ci>.<what>), not the provider.
    report('id', `id prefix '${spec.id.split('.')[0]}' differs from provider '${spec.provider}'; start the id with '${spec.provider}.'`);
  }
  if (!PROVIDER_FORMAT.test(spec.provider)) report('provider', `'${spec.provider}' must be lowercase letters, digits and '-'`);
  if (spec.name.trim() === '') report('name', 'is empty; give a human-readable name');
  if (!(CREDENTIAL_KINDS as readonly string[]).includes(spec.kind)) report('kind', `'${spec.kind}' is not one of ${oneOf(CREDENTIAL_KINDS)}`);
  if (!(SEVERITIES as readonly string[]).includes(spec.severity)) report('severity', `'${spec.severity}' is not one of ${oneOf(SEVERITIES)}`);
  if (!(CONFIDENCES as readonly string[]).includes(spec.confidence)) report('confidence', `'${spec.confidence}' is not one of ${oneOf(CONFIDENCES)}`);
  if (spec.decoder !== undefined && !(DECODERS as readonly string[]).includes(spec.decoder)) {
    report('decoder', `'${spec.decoder}' is not one of ${oneOf(DECODERS)}`);
  }
  if (spec.tier !== undefined && !(OVERLAP_TIERS as readonly string[]).includes(spec.tier)) {
    report('tier', `'${spec.tier}' is not one of ${oneOf(OVERLAP_TIERS)}`);
  }
  for (const [i, id] of (spec.supersedes ?? []).entries()) {
    if (!ID_FORMAT.test(id) || id === spec.id) report(`supersedes[${i}]`, `'${id}' must be the id of another pattern`);
  }

  const flagsOk = lintFlags(spec, report);
  const flags = flagsOk ? spec.flags : [...new Set(spec.flags.replace(/[^ims]/g, ''))].join('');
  const re = lintRegex(spec, flags, ctx, report);
  if (!(ctx.user && spec.keywords.length === 0)) lintKeywords(spec, report);
  lintExamples(spec, report, ctx.user ? 0 : MIN_EXAMPLES);
  if (spec.path !== undefined) {
    let pathRe: RegExp | undefined;
    try {
      pathRe = new RegExp(spec.path);
    } catch (err) {
      report('path', `does not compile (${(err as Error).message})`);
    }
    if (spec.examplePath === undefined) report('example_path', 'a path-scoped pattern names the file its examples are scanned as (e.g. .pgpass)');
    else if (pathRe && !pathRe.test(spec.examplePath)) report('example_path', `'${spec.examplePath}' does not match path`);
  }
  if (spec.signature !== undefined) lintSignature(spec, report);
  else if (spec.assignment) lintAssignment(spec, report);
  else if (re && spec.keywords.length > 0) lintExampleKeywords(spec, re, report);

  if (spec.migration.trim() === '') report('migration', 'is empty; name a key of patterns/migrations.yaml');
  else if (!ctx.migrationKeys.has(spec.migration)) report('migration', `'${spec.migration}' is not a key in migrations.yaml; add it there or use an existing key`);
  if (spec.validator !== undefined && !ctx.validators.has(spec.validator)) {
    report('validator', `'${spec.validator}' is not a known validator (${[...ctx.validators].sort().join(', ') || 'none registered'})`);
  }
  if (spec.minEntropy !== undefined && !(spec.minEntropy >= 0 && spec.minEntropy <= 8)) {
    report('min_entropy', `${spec.minEntropy} is outside 0..8 (bits per character)`);
  }
  for (const key of ['windowBefore', 'windowAfter'] as const) {
    const v = spec[key];
    if (v !== undefined && !(Number.isInteger(v) && v >= 0)) report(yamlKey(key), `${v} must be a whole number of characters, 0 or more`);
  }
  if (spec.references.length === 0 && !ctx.user) report('references', 'is empty; link the provider documentation for this credential format');
  spec.references.forEach((ref, i) => {
    let url: URL | undefined;
    try {
      url = new URL(ref);
    } catch {
      url = undefined;
    }
    if (url?.protocol !== 'https:') report(`references[${i}]`, `'${ref}' is not an https URL`);
  });
  spec.cwe.forEach((cwe, i) => {
    if (!CWE_FORMAT.test(cwe)) report(`cwe[${i}]`, `'${cwe}' is not of the form CWE-<number>`);
  });
  spec.tags.forEach((tag, i) => {
    if (tag.trim() === '') report(`tags[${i}]`, 'is empty');
  });
  if (spec.posture) lintPosture(spec, spec.posture, report);
  spec.allow.forEach((allow, i) => {
    try {
      new RegExp(allow, flags);
    } catch (err) {
      report(`allow[${i}]`, `does not compile: ${(err as Error).message}`);
      return;
    }
    const unsafe = checkRegexSafety(allow, flags);
    if (unsafe) report(`allow[${i}]`, `unsafe regex: ${unsafe}`);
  });
  return problems;
}

type Report = (field: string, message: string) => void;

function lintFlags(spec: PatternSpec, report: Report): boolean {
  const bad = [...spec.flags].filter((f) => !'ims'.includes(f));
  if (bad.length) {
    report('flags', `'${bad.join('')}' not allowed; use only i, m and s (g and d are added by the engine)`);
    return false;
  }
  if (new Set(spec.flags).size !== spec.flags.length) {
    report('flags', `'${spec.flags}' repeats a flag`);
    return false;
  }
  return true;
}

function lintRegex(spec: PatternSpec, flags: string, ctx: LintContext, report: Report): RegExp | undefined {
  let re: RegExp;
  try {
    re = new RegExp(spec.regex, flags);
  } catch (err) {
    report('regex', `does not compile: ${(err as Error).message.replace(/^Invalid regular expression: /, '')}`);
    return undefined;
  }
  let groups: number;
  try {
    groups = countCaptureGroups(spec.regex, flags);
  } catch {
    // The engine's own count: an always-matching alternative leaves every group undefined.
    groups = new RegExp(`${spec.regex}|`, flags).exec('')!.length - 1;
  }
  if (groups !== 1) {
    report('regex', `has ${groups} capturing groups; it needs exactly one, around the secret (use (?:...) for the others)`);
  }
  const unsafe = checkRegexSafety(spec.regex, flags);
  if (unsafe) {
    report('regex', `unsafe regex: ${unsafe}`);
  } else if (ctx.probe !== false) {
    const growth = probeGrowth(re, spec.regex, flags);
    if (growth > PROBE_GROWTH_LIMIT) {
      report('regex', `matching time grows about ${growth.toFixed(0)}x when the input doubles (super-linear backtracking); remove overlapping quantifiers`);
    }
  }
  return new RegExp(spec.regex, flags + 'g');
}

/** Probe results per regex for this process: a catalog linted twice (check, then scan) probes once. */
const probed = new Map<string, number>();

function probeGrowth(re: RegExp, source: string, flags: string): number {
  const key = `${flags}/${source}`;
  let growth = probed.get(key);
  if (growth === undefined) {
    const alphabet = regexAlphabet(source, flags);
    growth = probeRegex(re, alphabet);
    // Timer noise can fake one high reading; only two in a row count.
    if (growth > PROBE_GROWTH_LIMIT) growth = Math.min(growth, probeRegex(re, alphabet));
    probed.set(key, growth);
  }
  return growth;
}

function lintKeywords(spec: PatternSpec, report: Report): void {
  // A path-scoped pattern (.pgpass, config/master.key) is prefiltered by its path; a signature
  // detector runs only on binary files' first bytes.
  if (spec.keywords.length === 0 && (spec.path !== undefined || spec.signature !== undefined)) return;
  if (spec.keywords.length === 0) {
    report('keywords', 'is empty; list the literal prefixes or names that every match contains or sits next to');
    return;
  }
  const seen = new Set<string>();
  spec.keywords.forEach((kw, i) => {
    if (kw.length < MIN_KEYWORD_LENGTH) report(`keywords[${i}]`, `'${kw}' is shorter than ${MIN_KEYWORD_LENGTH} characters; short keywords defeat the prefilter`);
    else if (kw.trim() !== kw) report(`keywords[${i}]`, 'has leading or trailing whitespace');
    const lower = asciiLower(kw);
    if (seen.has(lower)) report(`keywords[${i}]`, `'${kw}' repeats another keyword (keywords match case-insensitively)`);
    seen.add(lower);
  });
  if (spec.generic || spec.assignment || spec.windowBefore !== undefined || spec.windowAfter !== undefined) return;
  const source = asciiLower(spec.regex);
  const unescaped = source.replace(/\\([^A-Za-z0-9])/g, '$1');
  if (!spec.keywords.some((kw) => source.includes(asciiLower(kw)) || unescaped.includes(asciiLower(kw)))) {
    report('keywords', 'none appears literally in the regex, so the regex may match without one; use a literal prefix as keyword, or mark the pattern generic or give it a window');
  }
}

/**
 * Assignment rules: the regex judges a value, so it is anchored (^...$); the prefilter keywords must be
 * able to find what the rule requires: each context run (or, without context, each key run) written
 * without separators must contain a keyword or be contained in one (apikey ~ [api, key]).
 */
function lintAssignment(spec: PatternSpec, report: Report): void {
  const rule = spec.assignment!;
  if (!spec.regex.startsWith('^') || !spec.regex.endsWith('$')) report('regex', 'an assignment rule judges the whole value: anchor the regex with ^ and $');
  const kws = spec.keywords.map((k) => asciiLower(k).replace(/[^a-z0-9]/g, ''));
  const runs = rule.context && rule.context.length > 0 ? { field: 'assignment.context', list: rule.context } : { field: 'assignment.key', list: rule.key };
  runs.list.forEach((run, i) => {
    const joined = run.join('');
    if (!kws.some((k) => k.length > 0 && (joined.includes(k) || k.includes(joined)))) {
      report(`${runs.field}[${i}]`, `'${run.join(' ')}' has no keyword that finds it; add one (e.g. '${run.join('_')}') to keywords`);
    }
  });
}

/** Signature detectors: the regex compiles, and every example is hex bytes ('hex:...'). */
function lintSignature(spec: PatternSpec, report: Report): void {
  try {
    new RegExp(spec.signature!, 's');
  } catch (err) {
    report('signature', `does not compile (${(err as Error).message})`);
  }
  [...spec.examples.map((e, i) => [`examples[${i}]`, e] as const), ...spec.negativeExamples.map((e, i) => [`negative_examples[${i}]`, e] as const)].forEach(([field, e]) => {
    if (!/^hex:(?:[0-9a-f]{2})+$/.test(e)) report(field, "a signature detector's examples are file openings as 'hex:<bytes>'");
  });
}

function lintExamples(spec: PatternSpec, report: Report, min: number): void {
  const lists = [
    ['examples', spec.examples],
    ['negative_examples', spec.negativeExamples],
  ] as const;
  for (const [field, list] of lists) {
    if (list.length < min) report(field, `has ${list.length}; at least ${min} are required`);
    const seen = new Set<string>();
    list.forEach((ex, i) => {
      if (ex.trim() === '') report(`${field}[${i}]`, 'is empty');
      else if (seen.has(ex)) report(`${field}[${i}]`, 'repeats an earlier item of the same list');
      seen.add(ex);
    });
  }
  const positives = new Set(spec.examples);
  spec.negativeExamples.forEach((ex, i) => {
    if (ex.trim() !== '' && positives.has(ex)) report(`negative_examples[${i}]`, 'also appears in examples');
  });
}

/**
 * Runs each example through the regex: it must match, and every match must have a keyword inside the
 * matched text or close enough that the match lies in that keyword's window (what the engine scans).
 */
function lintExampleKeywords(spec: PatternSpec, re: RegExp, report: Report): void {
  const keywords = spec.keywords.filter((k) => k.length > 0).map(asciiLower);
  spec.examples.forEach((example, i) => {
    if (example.trim() === '') return;
    const lower = asciiLower(example);
    let matched = false;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(example)) !== null) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      matched = true;
      const start = m.index;
      const end = start + m[0].length;
      if (!keywordCovers(spec, lower, keywords, start, end)) {
        report(`examples[${i}]`, `matches the regex at column ${start + 1} without a keyword in the match or its window; the keywords are not required by this regex`);
        return;
      }
    }
    if (!matched) report(`examples[${i}]`, 'does not match the regex');
  });
}

function keywordCovers(spec: PatternSpec, text: string, keywords: string[], start: number, end: number): boolean {
  for (const kw of keywords) {
    for (let k = text.indexOf(kw); k !== -1; k = text.indexOf(kw, k + 1)) {
      const kEnd = k + kw.length;
      if (k >= start && kEnd <= end) return true;
      const lineStart = text.lastIndexOf('\n', k - 1) + 1;
      const nl = text.indexOf('\n', kEnd);
      const lineEnd = nl === -1 ? text.length : nl;
      const windowStart = spec.windowBefore === undefined ? lineStart : k - spec.windowBefore;
      const windowEnd = spec.windowAfter === undefined ? lineEnd : kEnd + spec.windowAfter;
      if (start >= windowStart && end <= windowEnd) return true;
    }
  }
  return false;
}

/** One line per problem: `file:line: id: field: message` (parts that are unknown are left out). */
export function formatProblems(problems: LintProblem[]): string {
  return problems
    .map((p) => {
      const where = p.line !== undefined ? `${p.file}:${p.line}` : p.file;
      return [where, p.patternId, p.field, p.message].filter((x) => x !== undefined && x !== '').join(': ');
    })
    .join('\n');
}

/** The built-in lint with the known migration keys and validators. */
export function lintAll(
  patterns: PatternSpec[],
  migrations: Map<string, MigrationEntry>,
): LintProblem[] {
  return lintPatterns(patterns, { migrationKeys: new Set(migrations.keys()), validators: new Set(Object.keys(VALIDATORS)) });
}

// Custom patterns from the user's config: documented defaults filled in, then parsed, linted and example-checked
// exactly as built-in ones, with every user string redacted in the problems they produce.
import type { PatternSpec } from '../model/types.js';
import { parsePatternFile, yamlLib } from './load.js';
import { lintPatterns, formatProblems, type LintProblem } from './lint.js';
import type { MigrationEntry } from '../migrate/load.js';
import { VALIDATORS } from '../detect/validators.js';
import { userText } from '../model/secret.js';
import { createEngine } from '../detect/compose.js';
import { exampleProblems } from './examples.js';

/** Defaults that make `id` + `regex` a whole user pattern (docs/config.md, "Custom patterns"). */
export const CUSTOM_PATTERN_DEFAULTS = {
  kind: 'static-key',
  severity: 'high',
  migration: 'saas-secrets-manager',
  keywords: [] as string[],
  references: [] as string[],
  examples: [] as string[],
  negative_examples: [] as string[],
} as const;

/** A user pattern with the documented defaults filled in: provider is the id's first segment, name is the id. */
export function withCustomDefaults(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const r = raw as Record<string, unknown>;
  const id = typeof r.id === 'string' ? r.id : undefined;
  const out: Record<string, unknown> = { ...r };
  for (const [k, v] of Object.entries(CUSTOM_PATTERN_DEFAULTS)) if (!(k in out)) out[k] = Array.isArray(v) ? [...v] : v;
  if (id !== undefined && !('provider' in out)) out.provider = id.split('.')[0];
  if (id !== undefined && !('name' in out)) out.name = id;
  return out;
}

/** Every string a user wrote in a pattern object (keys and values, not the regex), for redacting messages. */
function userStrings(raw: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof raw === 'string') {
    out.add(raw);
    for (const seg of raw.split(/[.\s]/)) out.add(seg);
  } else if (Array.isArray(raw)) for (const v of raw) userStrings(v, out);
  else if (raw !== null && typeof raw === 'object') {
    for (const [k, v] of Object.entries(raw)) {
      userStrings(k, out);
      if (k !== 'regex' && k !== 'flags') userStrings(v, out);
    }
  }
  return out;
}

/** The message with every user string in it shown by the userText rule (secrets pasted into a pattern stay redacted). */
function scrub(message: string, strings: Set<string>): string {
  let out = message;
  for (const s of [...strings].filter((x) => x.length >= 4 && userText(x) !== x).sort((a, b) => b.length - a.length)) {
    out = out.split(s).join(userText(s));
  }
  return out;
}

export interface CustomPatterns {
  patterns: PatternSpec[];
  /** One line each, `file:line: id: field: message`, with user text redacted. */
  problems: string[];
}

/**
 * Parses, fills in defaults and lints the user's patterns exactly as built-in ones (regex safety, keywords the
 * regex requires, migration keys), then runs whatever examples they carry through the full engine with
 * `builtin` compiled beside them. Problems point at the config line where each pattern starts.
 */
export function loadCustomPatterns(
  custom: { raw: unknown; line: number }[],
  file: string,
  builtin: PatternSpec[],
  migrations: Map<string, MigrationEntry>,
): CustomPatterns {
  const problems: LintProblem[] = [];
  const patterns: PatternSpec[] = [];
  const lineOf = new Map<PatternSpec, number>();
  const strings = new Set<string>();
  const builtinIds = new Set(builtin.map((p) => p.id));
  const seen = new Map<string, number>();
  for (const c of custom) {
    userStrings(c.raw, strings);
    // One pattern per parse, so every problem belongs to this config line (even one without an id).
    const parsed = parsePatternFile(yamlLib().stringify({ family: 'custom', patterns: [withCustomDefaults(c.raw)] }), file);
    for (const pr of parsed.problems) problems.push({ ...pr, file, line: c.line });
    for (const p of parsed.patterns) {
      for (const pr of lintPatterns([p], { migrationKeys: new Set(migrations.keys()), validators: new Set(Object.keys(VALIDATORS)), user: true })) {
        problems.push({ ...pr, file, line: c.line });
      }
      if (builtinIds.has(p.id)) problems.push({ file, line: c.line, patternId: p.id, field: 'id', message: `duplicates the built-in pattern ${p.id}; choose another id` });
      else if (seen.has(p.id)) problems.push({ file, line: c.line, patternId: p.id, field: 'id', message: `duplicates the custom pattern at line ${seen.get(p.id)}; choose another id` });
      else {
        seen.set(p.id, c.line);
        patterns.push(p);
        lineOf.set(p, c.line);
      }
    }
  }
  // Examples run only once the patterns are sound: a broken regex would not compile into the engine.
  if (problems.length === 0 && patterns.some((p) => p.examples.length + p.negativeExamples.length > 0)) {
    const engine = createEngine([...builtin, ...patterns]);
    for (const ep of exampleProblems(patterns.filter((p) => p.examples.length + p.negativeExamples.length > 0), engine)) {
      problems.push({
        file,
        line: lineOf.get(ep.spec),
        patternId: ep.spec.id,
        field: ep.field,
        message: ep.positive
          ? 'is not detected by the full engine (keywords, entropy and filters included); fix the regex, the keywords or the example'
          : 'is detected by the full engine, so the pattern would fire on it; tighten the regex or drop the example',
      });
    }
  }
  return { patterns, problems: problems.length > 0 ? formatProblems(problems).split('\n').map((l) => scrub(l, strings)) : [] };
}


// Applies suppressions to findings as small ordered filters: inline directives, then the config
// allowlists, then the baseline. Marks findings (pushes a Suppression), never deletes them.
// Allowlist regexes see the raw secret through reveal(); it is never logged or put in a justification.
import micromatch from 'micromatch';
import type { Finding, Suppression } from '../model/types.js';
import type { Directive } from './directives.js';
import { matchBaseline, type BaselineIndex } from './baseline.js';
import { compileUserRegex } from '../model/user-regex.js';

export interface PatternAllowlist {
  paths: string[];
  values: string[];
}

/** The config's allowlist section (same shape as config's ConfigAllowlist). */
export interface Allowlist {
  /** micromatch globs on the path; a glob without '/' matches the base name anywhere. */
  paths: string[];
  /** Regex sources run on the secret value; a leading (?i) makes one case-insensitive. */
  values: string[];
  /** Case-insensitive substrings of the secret value. */
  stopwords: string[];
  /** Keyed by pattern id. */
  patterns: Record<string, PatternAllowlist>;
}

export const EMPTY_ALLOWLIST: Allowlist = Object.freeze({ paths: [], values: [], stopwords: [], patterns: {} }) as Allowlist;

export interface SuppressionContext {
  /** Directives by path, each keyed by the line they apply to (findDirectives' output). */
  directives: Map<string, Map<number, Directive[]>>;
  allowlist: Allowlist;
  baseline?: BaselineIndex;
  /** A finding's fingerprint as the baseline's scheme makes it (v1, or another salt); default Finding.fingerprint. */
  baselineFingerprint?: (f: Finding) => string;
}

type Filter = (f: Finding) => Suppression | undefined;

/** Marks suppressed findings in place (first filter that applies wins) and returns the same array. */
export function applySuppressions(findings: Finding[], ctx: SuppressionContext): Finding[] {
  const filters: Filter[] = [directiveFilter(ctx.directives), ...allowlistFilters(ctx.allowlist)];
  const baseline = ctx.baseline;
  if (baseline && baseline.keys.size > 0) {
    const fp = ctx.baselineFingerprint ?? ((f: Finding) => f.fingerprint);
    filters.push((f) => (matchBaseline(f, baseline, fp(f)) ? { kind: 'external', source: 'baseline' } : undefined));
  }
  for (const f of findings) {
    if (f.suppressions.length > 0) continue;
    for (const filter of filters) {
      const s = filter(f);
      if (s) {
        f.suppressions.push(s);
        break;
      }
    }
  }
  return findings;
}

function directiveFilter(byPath: Map<string, Map<number, Directive[]>>): Filter {
  return (f) => {
    const lines = byPath.get(f.path);
    if (!lines) return undefined;
    let hit: Directive | undefined;
    // A multi-line secret (a private key block) is covered by a directive on any of its lines.
    for (let line = f.line; line <= Math.max(f.line, f.endLine); line++) {
      for (const d of lines.get(line) ?? []) {
        if (d.patternId !== undefined && d.patternId !== f.ruleId) continue;
        d.used = true;
        hit ??= d;
      }
    }
    if (!hit) return undefined;
    const s: Suppression = { kind: 'inSource', source: 'directive' };
    if (hit.reason) s.justification = hit.reason;
    return s;
  };
}

function pathMatcher(globs: string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  // micromatch's basename option also breaks globs that do contain '/', so it is set per glob.
  const matchers = globs.map((g) => micromatch.matcher(g, { dot: true, basename: !g.includes('/') }));
  const isMatch = (p: string): boolean => matchers.some((m) => m(p));
  let lastPath: string | undefined;
  let last = false;
  return (p) => {
    // Findings arrive sorted by path, so one cached answer covers most calls.
    if (p !== lastPath) {
      lastPath = p;
      last = isMatch(p);
    }
    return last;
  };
}

/**
 * Returns the index of the first value regex that matches. The regex itself is never echoed: people write the
 * very secret they want to allow into it, and justifications go into SARIF, JSON and text.
 */
function valueMatcher(sources: string[]): (value: string) => number | undefined {
  const res = sources.map((src) => compileUserRegex(src));
  return (value) => {
    const i = res.findIndex((re) => re.test(value));
    return i < 0 ? undefined : i;
  };
}

function allowlistFilters(a: Allowlist): Filter[] {
  const filters: Filter[] = [];
  const external = (justification: string): Suppression => ({ kind: 'external', source: 'config-allowlist', justification });
  if (a.paths.length > 0) {
    const m = pathMatcher(a.paths);
    filters.push((f) => (m(f.path) ? external('allowlist.paths') : undefined));
  }
  if (a.values.length > 0) {
    const m = valueMatcher(a.values);
    filters.push((f) => {
      const i = m(f.secret.reveal());
      return i === undefined ? undefined : external(`allowlist.values[${i}]`);
    });
  }
  if (a.stopwords.length > 0) {
    const words = a.stopwords.map((w) => w.toLowerCase());
    filters.push((f) => {
      const v = f.secret.reveal().toLowerCase();
      return words.some((w) => v.includes(w)) ? external('allowlist.stopwords') : undefined;
    });
  }
  const perPattern = new Map<string, { paths: (p: string) => boolean; values: (v: string) => number | undefined }>();
  for (const [id, pa] of Object.entries(a.patterns)) {
    perPattern.set(id, { paths: pathMatcher(pa.paths), values: valueMatcher(pa.values) });
  }
  if (perPattern.size > 0) {
    filters.push((f) => {
      const m = perPattern.get(f.ruleId);
      if (!m) return undefined;
      if (m.paths(f.path)) return external(`allowlist.patterns.${f.ruleId}.paths`);
      const i = m.values(f.secret.reveal());
      return i === undefined ? undefined : external(`allowlist.patterns.${f.ruleId}.values[${i}]`);
    });
  }
  return filters;
}

export interface UnusedDirective extends Directive {
  path: string;
}

/** Directives that suppressed nothing, sorted by path and line (for --report-unused-directives). */
export function unusedDirectives(directives: Map<string, Map<number, Directive[]>>): UnusedDirective[] {
  const out: UnusedDirective[] = [];
  for (const [path, lines] of directives) {
    for (const list of lines.values()) for (const d of list) if (!d.used) out.push({ ...d, path });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.appliesTo - b.appliesTo));
}

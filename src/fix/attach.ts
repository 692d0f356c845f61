// The fix on each finding that has one (Finding.fix), for SARIF `fixes`, the Action's suggestion blocks and the
// report's fixable-first list: the same fixers `keyshift fix` runs, one rule at a time so that a finding carries
// its own rule's change. Pure: file texts (captured as the scan read them) and findings in.
import { redactValues } from '../model/secret.js';
import type { Finding, FixHunk, PatternSpec } from '../model/types.js';
import { fixable, fixFile } from './fix.js';
import { filePatch, lineHunks, rangeAfter } from './patch.js';

export interface FixSource {
  text: string;
  /** Lines the reviewed change added (diff and pull-request scans); absent for a whole-file scan. */
  addedLines?: readonly number[];
}

/** Hunks within this many lines of a finding belong to its suggestion (an input removed, one added below). */
const NEAR = 3;

export function attachFixes(findings: readonly Finding[], rules: readonly PatternSpec[], files: ReadonlyMap<string, FixSource>): void {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) if (f.suppressions.length === 0 && fixable(f.path) && files.has(f.path)) byFile.set(f.path, [...(byFile.get(f.path) ?? []), f]);
  for (const [path, fs] of byFile) {
    const src = files.get(path)!;
    const secrets = fs.filter((f) => !f.ruleId.startsWith('posture.')).flatMap((f) => [f.secret.reveal(), ...(f.partner ? [f.partner.reveal()] : [])]);
    const hide = (s: string) => redactValues(s, secrets).text;
    const whole = fixFile(path, src.text, fs, rules, [], { values: {} });
    for (const ruleId of new Set(fs.map((f) => f.ruleId))) {
      // A posture finding gets its rule's change; a literal secret the change of the whole file near it.
      const r = ruleId.startsWith('posture.') ? fixFile(path, src.text, fs, rules, [ruleId], { values: {} }) : whole;
      if (r.after === r.before) continue;
      const hunks = lineHunks(r.before, r.after);
      const notes = r.applied.filter((a) => !ruleId.startsWith('posture.') || a.ruleId === ruleId).flatMap((a) => a.notes);
      for (const f of fs.filter((x) => x.ruleId === ruleId)) {
        const mine = ruleId.startsWith('posture.') ? hunks : hunks.filter((h) => near(h, f.line));
        if (mine.length === 0) continue;
        f.fix = {
          description: `keyshift fix changes ${ruleId.startsWith('posture.') ? r.applied.filter((a) => a.ruleId === ruleId).map((a) => `job ${a.job}`).join(', ') || 'the file' : 'this line'}${notes.length > 0 ? `: ${notes.join('; ')}` : ''}.`,
          hunks: mine,
          patch: hide(filePatch(path, r.before, r.after)),
          ...suggestionFor(f, r.before, mine, src.addedLines, hide),
        };
      }
    }
  }
}

function near(h: FixHunk, line: number): boolean {
  return line >= h.startLine - NEAR && line <= h.startLine + Math.max(0, h.deleteLines - 1) + NEAR;
}

/** The hunks around the finding merged into one range of old lines, when every line of it was added. */
function suggestionFor(f: Finding, before: string, hunks: readonly FixHunk[], added: readonly number[] | undefined, hide: (s: string) => string): { suggestion?: { startLine: number; endLine: number; text: string } } {
  const around = hunks.filter((h) => near(h, f.line));
  if (around.length === 0) return {};
  let from = Math.min(f.line, ...around.map((h) => h.startLine));
  // An insertion before line L replaces nothing: the range ends at the last deleted line, or L - 1.
  let to = Math.max(f.line, ...around.map((h) => h.startLine + h.deleteLines - 1), ...around.filter((h) => h.deleteLines === 0).map((h) => h.startLine - 1));
  if (to < from) to = from;
  from = Math.max(1, from);
  const addedSet = added === undefined ? undefined : new Set(added);
  for (let l = from; l <= to; l++) if (addedSet === undefined || !addedSet.has(l)) return {};
  const text = rangeAfter(before, around, from, to);
  // A suggestion that would show a secret (a literal on a kept line) is not made.
  if (hide(text) !== text) return {};
  return { suggestion: { startLine: from, endLine: to, text } };
}

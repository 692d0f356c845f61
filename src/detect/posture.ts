// CI posture detector (stub written by the lead so the pipeline runs; the posture helper replaces it).
import type { Blob, FileContext, Match, PatternSpec } from '../model/types.js';

export const POSTURE_CONTEXTS: ReadonlySet<FileContext> = new Set<FileContext>(['github-workflow', 'gitlab-ci']);
export const POSTURE_SPECS: PatternSpec[] = [];

export function detectPosture(_blob: Blob, _context: FileContext, _ids: ReadonlySet<string>): Match[] {
  return [];
}

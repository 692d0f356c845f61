// Remembers where each parsed PatternSpec and its fields sit in its YAML file, so the linter can
// report file:line without a position field on the shared PatternSpec type. Holds no pattern data.
import type { PatternSpec } from '../model/types.js';

export interface SpecPosition {
  file: string;
  /** 1-based line of the pattern's map in the file. */
  line: number;
  /** 1-based line of each YAML key, and of list items as `examples[0]`. */
  fields: Map<string, number>;
}

/** A position, or a function that makes it on first use (the compiled catalog's: only the linter asks). */
const positions = new WeakMap<PatternSpec, SpecPosition | (() => SpecPosition | undefined)>();

export function recordPosition(spec: PatternSpec, pos: SpecPosition | (() => SpecPosition | undefined)): void {
  positions.set(spec, pos);
}

export function positionOf(spec: PatternSpec): SpecPosition | undefined {
  const pos = positions.get(spec);
  if (typeof pos !== 'function') return pos;
  const made = pos();
  if (made) positions.set(spec, made);
  else positions.delete(spec);
  return made;
}

/** Line of a field (YAML key name), falling back to the pattern's own line. */
export function lineOf(spec: PatternSpec, field?: string): number | undefined {
  const pos = positionOf(spec);
  if (!pos) return undefined;
  if (field === undefined) return pos.line;
  return pos.fields.get(field) ?? pos.fields.get(field.replace(/\[\d+\]$/, '')) ?? pos.line;
}

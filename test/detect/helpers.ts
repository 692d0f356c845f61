// Builders for detect tests: pattern specs with defaults and blobs with a line index. Fake data only.
import type { Blob, PatternSpec } from '../../src/model/types.js';

export function spec(over: Partial<PatternSpec> & Pick<PatternSpec, 'id' | 'keywords' | 'regex'>): PatternSpec {
  return {
    name: over.id,
    provider: over.id.split('.')[0]!,
    family: 'test',
    kind: 'static-key',
    severity: 'high',
    confidence: 'high',
    flags: '',
    migration: 'none',
    references: [],
    tags: [],
    cwe: [],
    generic: false,
    publishable: false,
    allow: [],
    examples: [],
    negativeExamples: [],
    ...over,
  };
}

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

export function blob(text: string, path = 'src/app.ts'): Blob {
  return { path, text, lineStarts: lineStartsOf(text), encoding: 'utf-8', bytes: Buffer.byteLength(text) };
}

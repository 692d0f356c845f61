// Builders for detect tests: pattern specs with defaults and blobs with a line index. Fake data only.
import type { Blob, PatternSpec } from '../../src/model/types.js';
import { lineIndex } from '../../src/model/text.js';

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


export function blob(text: string, path = 'src/app.ts'): Blob {
  return { path, text, lineStarts: lineIndex(text), encoding: 'utf-8', bytes: Buffer.byteLength(text) };
}

// Compiles a catalog for tests as the scan wiring does: with the assignment shapes of
// patterns/syntax/assignments.yaml whenever the specs hold assignment rules.
import type { PatternSpec } from '../../src/model/types.js';
import { compileCatalog as compileWith, type CompiledCatalog } from '../../src/detect/engine.js';
import { loadAssignmentSyntax } from '../../src/catalog/syntax.js';

export function compileCatalog(specs: readonly PatternSpec[]): CompiledCatalog {
  return compileWith(specs, specs.some((s) => s.assignment !== undefined) ? loadAssignmentSyntax() : undefined);
}

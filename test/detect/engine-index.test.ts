// The compiled catalog's keyword tables (EngineIndex, issue 19 item 9): compileCatalog takes them instead of
// working them out only when they were made from the same specs and shapes, and what it builds from them
// detects exactly what a catalog compiled afresh detects.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileCatalog, detectMatches, engineIndexOf, indexFits, type CompiledCatalog, type EngineIndex } from '../../src/detect/engine.js';
import { isStructural } from '../../src/detect/compose.js';
import { loadEngineCatalog } from '../../src/scan/catalog-setup.js';
import { loadAssignmentSyntax } from '../../src/catalog/syntax.js';
import { compiledCatalogFiles, readCompiledCatalog } from '../../src/catalog/load.js';
import { blob } from './helpers.js';

const regexSpecs = loadEngineCatalog().active.filter((p) => !isStructural(p) && p.signature === undefined);
const syntax = loadAssignmentSyntax();

/** The tables of a compiled catalog in comparable form (shapes by id). */
function tables(c: CompiledCatalog): unknown {
  return {
    keywords: [...c.automaton.keywords],
    owners: c.keywordPatterns.map((a) => [...a]),
    inKey: c.keywordInKey.map((a, k) => Array.from({ length: c.keywordPatterns[k]!.length }, (_, o) => a[o] ?? 0)),
    shapes: c.keywordShapes.map((row, k) => Array.from({ length: c.keywordPatterns[k]!.length }, (_, o) => row[o]?.map((s) => s.id) ?? null)),
    unkeyed: [...c.unkeyed],
    ids: c.patterns.map((p) => p.spec.id),
  };
}

test('issue 19 item 9: the build keeps the default engine\'s keyword tables, and compileCatalog from them equals one compiled afresh', () => {
  const built = readCompiledCatalog(compiledCatalogFiles())?.engineIndex;
  assert.ok(built, 'npm run build wrote the engine index into the compiled catalog');
  const fresh = compileCatalog(regexSpecs, syntax);
  assert.deepEqual(engineIndexOf(regexSpecs, fresh), built, 'the built index is what this catalog gives now');
  assert.ok(indexFits(built, regexSpecs, fresh.syntax));
  const fromIndex = compileCatalog(regexSpecs, syntax, { index: built });
  assert.deepEqual(tables(fromIndex), tables(fresh));
  // Every positive and negative example of every regex pattern, through both: the same matches.
  for (const spec of regexSpecs) {
    for (const text of [...spec.examples, ...spec.negativeExamples]) {
      const b = blob(text);
      assert.deepEqual(detectMatches(b, fromIndex), detectMatches(b, fresh), `${spec.id}: ${JSON.stringify(text.slice(0, 40))}`);
    }
  }
});

test('issue 19 item 9: an index made from other specs or shapes is not used', () => {
  const fresh = compileCatalog(regexSpecs, syntax);
  const index = engineIndexOf(regexSpecs, fresh);
  // A spec with one more keyword: the index no longer fits, and the tables are worked out (with the keyword).
  const i = regexSpecs.findIndex((s) => s.keywords.length > 0);
  const edited = regexSpecs.map((s, j) => (j === i ? { ...s, keywords: [...s.keywords, 'zzqqkeyword'] } : s));
  assert.equal(indexFits(index, edited, fresh.syntax), false);
  const c = compileCatalog(edited, syntax, { index });
  assert.ok(c.automaton.keywords.includes('zzqqkeyword'), 'the edited keyword is in the automaton');
  // Fewer specs (--only), other shapes, or a malformed index: not used either.
  assert.equal(indexFits(index, regexSpecs.slice(1), fresh.syntax), false);
  assert.equal(indexFits(index, regexSpecs, { ...fresh.syntax!, shapes: fresh.syntax!.shapes.slice(1) }), false);
  assert.equal(indexFits({ ...index, inKey: 'x' } as unknown as EngineIndex, regexSpecs, fresh.syntax), false);
  // A well-formed-looking index whose owners point past the specs: compiled afresh, not trusted.
  const broken = { ...index, keywordPatterns: index.keywordPatterns.map((row) => row.map(() => 1e6)) };
  assert.deepEqual(tables(compileCatalog(regexSpecs, syntax, { index: broken })), tables(fresh));
  // Control: the untouched index fits.
  assert.equal(indexFits(index, regexSpecs, fresh.syntax), true);
});

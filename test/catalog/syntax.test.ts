import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSyntaxFile } from '../../src/catalog/syntax.js';
import { compileShapes, lineAssignments } from '../../src/detect/assignments.js';
import { valueProbe } from '../../src/detect/engine.js';

const shape = (extra: string): string => `shapes:
  - id: eq
    regex: (?<key>[a-z]+)=(?<value>[a-z0-9]+)
${extra}    examples:
      - { line: 'a=b1', key: a, value: b1 }
      - { line: 'x=y2', key: x, value: y2 }
    negative_examples: ['a', 'b']
`;

test('needs: a list of literal alternatives; refused when malformed, or with letters on a case-insensitive shape', () => {
  assert.deepEqual(parseSyntaxFile(shape("    needs: ['= :']\n"), 'f.yaml').problems, []);
  const bad = parseSyntaxFile(shape('    needs: 3\n'), 'f.yaml').problems;
  assert.equal(bad.length, 1);
  assert.equal(bad[0]!.field, 'needs');
  const blank = parseSyntaxFile(shape("    needs: ['  ']\n"), 'f.yaml').problems;
  assert.equal(blank[0]?.field, 'needs');
  const letters = parseSyntaxFile(shape("    flags: i\n    needs: ['Value']\n"), 'f.yaml').problems;
  assert.match(letters[0]?.message ?? '', /case-insensitive/);
});

test('a shape runs only on lines that hold one literal of every needs entry', () => {
  const [eq] = compileShapes([{ id: 'eq', regex: '(?<key>[a-z]+)=(?<value>[a-z0-9]+)', needs: ['=', 'x y'], examples: [], negativeExamples: [] }]);
  assert.deepEqual(lineAssignments([eq!], 'x a=b1', 0).map((a) => a.value), ['b1']);
  // The regex would read a=b1 here, but the line has neither x nor y: the prefilter skips it.
  assert.deepEqual(lineAssignments([eq!], 'a=b1', 0), []);
});

test('valueProbe: the value regex without ^...$, and none when anything in it looks past the value', () => {
  assert.equal(valueProbe('^(as-[A-Za-z0-9]{22})$'), '(as-[A-Za-z0-9]{22})');
  assert.equal(valueProbe('([^$]{8,})'), '([^$]{8,})');
  assert.equal(valueProbe('^(a\\$b)$'), '(a\\$b)');
  for (const unsafe of ['^(?<![a-z])([a-z]{8})$', '^([a-z]{8})(?=x)$', '\\b([a-z]{8})\\b', '^(a|^b)$', '^([a-z]{8})(?!\\w)$']) {
    assert.equal(valueProbe(unsafe), undefined, unsafe);
  }
});

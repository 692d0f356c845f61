// Issue 12 defect 8 ("one value, two findings"): every detector together (regex catalog, CI posture,
// structured files) reports a value once. The guard runs every pattern's examples and every fixture tree
// through detectAll with the whole catalog and asserts that no two matches in one text overlap.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadPatterns } from '../../src/catalog/load.js';
import { examplePath } from '../../src/catalog/check.js';
import { detectContext } from '../../src/classify/context.js';
import { loadPostureRules } from '../../src/catalog/posture.js';
import { loadStructuredRules } from '../../src/catalog/structured.js';
import type { Match } from '../../src/model/types.js';
import { lineIndex } from '../../src/model/text.js';
import { createEngine, detectAll } from '../../src/detect/compose.js';
import { REPO_ROOT } from '../helpers/fixtures.js';

const all = [...loadPatterns().patterns, ...loadPostureRules().patterns, ...loadStructuredRules().patterns];
const engine = createEngine(all);

function scan(path: string, text: string): Match[] {
  const { context } = detectContext(path, text.slice(0, 4096));
  return detectAll({ path, text, lineStarts: lineIndex(text), encoding: 'utf-8', bytes: Buffer.byteLength(text) }, context, engine);
}

/**
 * Pairs of matches that report one value twice: overlapping spans. The one exception is a Secret data
 * value whose decoded text holds several distinct credentials: they can only be located at that data key.
 */
export function sameValuePairs(matches: Match[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < matches.length; i++) {
    for (let j = i + 1; j < matches.length; j++) {
      const a = matches[i]!;
      const b = matches[j]!;
      if (!(a.start < b.end && b.start < a.end)) continue;
      const decoded = (m: Match): boolean => m.notes?.includes('decoded-from-base64') === true;
      if (decoded(a) && decoded(b) && a.secret !== b.secret) continue;
      out.push(`${a.patternId} ${a.line}:${a.column} ~ ${b.patternId} ${b.line}:${b.column}`);
    }
  }
  return out;
}

// A fake RS256-shaped JWT (claims: iss auth.corp.invalid, iat 1760000000, exp 1791536000).
const JWT =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGguY29ycC5pbnZhbGlkLyIsInN1YiI6InN2Yy1nemUxNG4iLCJhdWQiOiJiaWxsaW5nLWFwaSIsImlhdCI6MTc2MDAwMDAwMCwiZXhwIjoxNzkxNTM2MDAwLCJzY29wZSI6Imludm9pY2VzOndyaXRlIn0.uSvAj5XdufvSjbEzVElZVvA2zsjTvFvcoOCqSlAAn9AUDxklABrCBLHyJ6EhpvWjB16fiBbe2gU8yOwelcaK1b';

test('issue 12 defect 8: curl -H "Authorization: Bearer <JWT>" is one finding, jwt.token', () => {
  const line = `curl -H "Authorization: Bearer ${JWT}" https://api.partner.invalid/v2/orders\n`;
  const found = scan('scripts/call.sh', line).map((m) => `${m.patternId} ${m.line}:${m.column}`);
  assert.deepEqual(found, [`jwt.token 1:${line.indexOf(JWT) + 1}`]);
  // Control: an opaque bearer token is still the header rule's, so the header rule is live in this catalog.
  const opaque = 'curl -H "Authorization: Bearer o-XVk2BY7SOO47ngTR5yZLQxVG7LrlIB3MTzXVajesO-lG98" https://api.partner.invalid/\n';
  assert.deepEqual(scan('scripts/call.sh', opaque).map((m) => m.patternId), ['http.bearer-token']);
});

test('the same-value check can fail: two matches on one span are reported, two decoded values of one data key are not', () => {
  const m = (patternId: string, start: number, end: number, secret: string, notes?: string[]): Match => ({
    patternId, start, end, line: 1, column: start + 1, endLine: 1, endColumn: end + 1, secret, entropy: 4, checksum: 'none', ...(notes ? { notes } : {}),
  });
  assert.deepEqual(sameValuePairs([m('a.one', 0, 10, 'x'), m('a.two', 5, 12, 'y')]), ['a.one 1:1 ~ a.two 1:6']);
  assert.deepEqual(sameValuePairs([m('a.one', 0, 10, 'x'), m('a.two', 10, 12, 'y')]), []);
  const d = ['decoded-from-base64'];
  assert.deepEqual(sameValuePairs([m('a.one', 0, 10, 'x', d), m('a.two', 0, 10, 'y', d)]), []);
  assert.deepEqual(sameValuePairs([m('a.one', 0, 10, 'x', d), m('a.two', 0, 10, 'x', d)]).length, 1);
});

test('one finding per value: every example of every pattern (regex, posture, structured), through every detector', () => {
  const problems: string[] = [];
  for (const p of all) {
    for (const ex of [...p.examples, ...p.negativeExamples]) {
      for (const pair of sameValuePairs(scan(examplePath(p), ex))) problems.push(`${p.id} example: ${pair}`);
    }
  }
  assert.deepEqual(problems, []);
});

function walk(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

test('one finding per value: every file of every fixture tree, through every detector', () => {
  const problems: string[] = [];
  let files = 0;
  for (const scenario of readdirSync(join(REPO_ROOT, 'fixtures')).sort()) {
    const root = join(REPO_ROOT, 'fixtures', scenario, 'tree');
    if (!statSync(join(REPO_ROOT, 'fixtures', scenario)).isDirectory()) continue;
    let paths: string[];
    try {
      paths = walk(root);
    } catch {
      continue;
    }
    for (const file of paths) {
      const rel = relative(root, file).replace(/(^|\/)dot-(gitignore|keyshiftignore)$/, '$1.$2');
      files++;
      for (const pair of sameValuePairs(scan(rel, readFileSync(file, 'utf8')))) problems.push(`${scenario}/${rel}: ${pair}`);
    }
  }
  assert.ok(files >= 20, `only ${files} fixture files`);
  assert.deepEqual(problems, []);
});

// docs/ARCHITECTURE.md's tree section lists exactly the files under src/: a file added, moved or deleted without
// the document following fails here, and the src/ root holds folders only (no orchestration files).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

function tsFiles(dir: string, root: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p, root));
    else if (name.endsWith('.ts')) out.push(relative(root, p).split('\\').join('/'));
  }
  return out.sort();
}

/** The `folder/file.ts` entries of the "## The tree" section. */
export function treeEntries(doc: string): string[] {
  const start = doc.indexOf('\n## The tree\n');
  assert.ok(start >= 0, 'docs/ARCHITECTURE.md has a "## The tree" section');
  const end = doc.indexOf('\n## ', start + 1);
  const section = doc.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/^ {2}- `([a-z0-9-]+\/[a-z0-9./-]+\.ts)`/gm)].map((m) => m[1]!).sort();
}

test('architecture: the tree section of docs/ARCHITECTURE.md lists every file under src/, and nothing else', () => {
  const doc = readFileSync('docs/ARCHITECTURE.md', 'utf8');
  const listed = treeEntries(doc);
  const actual = tsFiles('src', 'src');
  assert.ok(actual.length > 50, `src/ has its files (${actual.length})`);
  assert.deepEqual(
    { missing: actual.filter((f) => !listed.includes(f)), stale: listed.filter((f) => !actual.includes(f)) },
    { missing: [], stale: [] },
  );
});

test('architecture: the src/ root holds folders only', () => {
  assert.deepEqual(readdirSync('src').filter((n) => !statSync(join('src', n)).isDirectory()), []);
});

test('architecture: the tree check fails for a file the document does not list (control)', () => {
  const doc = readFileSync('docs/ARCHITECTURE.md', 'utf8');
  const without = doc.replace(/^ {2}- `scan\/scan-worker\.ts`.*\n/m, '');
  assert.notEqual(without, doc);
  assert.ok(!treeEntries(without).includes('scan/scan-worker.ts'));
  assert.ok(treeEntries(doc).includes('scan/scan-worker.ts'));
});

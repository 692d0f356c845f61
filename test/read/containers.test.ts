// Containers of text (issue "Breadth", items 3 and 4): secrets inside zips, jars, tarballs, notebooks and
// image tarballs are found at their inner paths; bombs, unsafe names and huge archives are skipped or capped
// with a reason. Archives are built here, in memory; every "nothing found" sits beside a case that finds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { loadPatterns } from '../../src/catalog/load.js';
import { createItemProcessor, type FileOutcome } from '../../src/scan/scan-worker.js';
import { DEFAULT_CONTAINER_LIMITS, type ContainerLimits } from '../../src/model/archive-limits.js';
import { makeToken } from '../helpers/fake-tokens.js';
import { dockerSave, ociLayout, tarOf, zipOf } from '../helpers/archives.js';

const { patterns } = loadPatterns();
const MAX = 100 * 1024 * 1024;
const processors = new Map<string, ReturnType<typeof createItemProcessor>>();
function scan(path: string, content: Uint8Array, limits: Partial<ContainerLimits> = {}): FileOutcome[] {
  const key = JSON.stringify(limits);
  let p = processors.get(key);
  if (!p) processors.set(key, (p = createItemProcessor(patterns, { maxFileSize: MAX, containers: { ...DEFAULT_CONTAINER_LIMITS, ...limits } })));
  return p({ path, content });
}
const found = (outs: FileOutcome[]): string[] => outs.flatMap((o) => o.matches.map((m) => `${o.path}:${m.line} ${m.patternId}`)).sort();
const skipped = (outs: FileOutcome[]): string[] => outs.flatMap((o) => (o.skip ? [`${o.skip.path} ${o.skip.reason}`] : []));

const T1 = makeToken('github.pat-classic', 301);
const T2 = makeToken('github.pat-classic', 302);
const T3 = makeToken('github.pat-classic', 303);

test('a .env inside a .zip is found at zip!/.env, read with the .env rules', () => {
  const outs = scan('dist/app.zip', zipOf({ 'readme.txt': 'hello\n', 'conf/.env': `# app\nGITHUB_TOKEN=${T1}\n` }));
  assert.deepEqual(found(outs), ['dist/app.zip!/conf/.env:2 github.pat-classic']);
  assert.equal(outs.find((o) => o.path === 'dist/app.zip!/conf/.env')?.context, 'dotenv');
  // Control: with --archive-depth 0 the zip is a binary file, as before.
  const plain = scan('dist/app.zip', zipOf({ 'conf/.env': `GITHUB_TOKEN=${T1}\n` }), { depth: 0 });
  assert.deepEqual(found(plain), []);
  assert.deepEqual(skipped(plain), ['dist/app.zip binary']);
});

test('an application.properties inside a .jar (by magic, not extension) is found at its inner path', () => {
  const jar = zipOf({ 'META-INF/MANIFEST.MF': 'Manifest-Version: 1.0\n', 'BOOT-INF/classes/application.properties': `server.port=8080\ngithub.token=${T1}\n`, 'BOOT-INF/classes/App.class': new Uint8Array([0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 52]) });
  for (const name of ['app.jar', 'app.bin']) {
    const outs = scan(name, jar);
    assert.deepEqual(found(outs), [`${name}!/BOOT-INF/classes/application.properties:2 github.pat-classic`]);
    // The class file is passed over silently (neither scanned nor listed).
    assert.deepEqual(skipped(outs), []);
    assert.deepEqual(outs.map((o) => o.path), [name, `${name}!/META-INF/MANIFEST.MF`, `${name}!/BOOT-INF/classes/application.properties`]);
  }
});

test('nested archives and tarballs: a.tgz!/package/lib.zip!/x.properties', () => {
  const inner = zipOf({ 'x.properties': `token=${T2}\n` });
  const tgz = gzipSync(tarOf([['package/package.json', '{"name":"x"}'], ['package/lib.zip', inner]]));
  assert.deepEqual(found(scan('a.tgz', tgz)), ['a.tgz!/package/lib.zip!/x.properties:1 github.pat-classic']);
  // Control: one level allowed, the nested zip is skipped with the cap named.
  const capped = scan('a.tgz', tgz, { depth: 1 });
  assert.deepEqual(found(capped), []);
  assert.deepEqual(skipped(capped), ['a.tgz!/package/lib.zip archive-limit']);
  assert.match(capped.find((o) => o.skip)!.skip!.detail!, /--archive-depth 1/);
  // A single gzipped file is its one entry.
  assert.deepEqual(found(scan('conf/app.env.gz', gzipSync(`GITHUB_TOKEN=${T3}\n`))), ['conf/app.env.gz!/app.env:1 github.pat-classic']);
});

test('a key in a notebook output cell is found at its cell, with the line within the cell', () => {
  const nb = {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: [
      { cell_type: 'markdown', metadata: {}, source: ['# Demo\n', 'nothing here\n'] },
      { cell_type: 'code', metadata: {}, execution_count: 1, source: ['import os\n', 'print(os.environ["TOKEN"])'], outputs: [{ output_type: 'stream', name: 'stdout', text: ['loading\n', `${T1}\n`] }] },
      { cell_type: 'code', metadata: {}, execution_count: 2, source: ['x = 1'], outputs: [{ output_type: 'execute_result', execution_count: 2, metadata: {}, data: { 'text/plain': ['{"a": 1,\n', `"token": "${T2}"}`] } }] },
    ],
  };
  const outs = scan('notebooks/demo.ipynb', Buffer.from(JSON.stringify(nb, null, 1)));
  assert.deepEqual(found(outs), ['notebooks/demo.ipynb!/cells/1/outputs/0:2 github.pat-classic', 'notebooks/demo.ipynb!/cells/2/outputs/0/text/plain:2 github.pat-classic']);
  // Control: a .ipynb that is not a notebook is read as plain JSON.
  assert.deepEqual(found(scan('x.ipynb', Buffer.from(`{"token": "${T1}"}`))), ['x.ipynb:1 github.pat-classic']);
});

test('docker save and OCI layout tarballs: a key in a layer file and one in the config Env, at their inner paths', () => {
  const layer1 = tarOf([['etc/os-release', 'ID=demo\n']]);
  const layer2 = gzipSync(tarOf([['etc/app/.env', `APP=1\nGITHUB_TOKEN=${T1}\n`]]));
  const config = { config: { Env: ['PATH=/usr/bin', `GH_TOKEN=${T2}`] }, history: [{ created_by: '/bin/sh -c #(nop) ADD file' }, { created_by: `/bin/sh -c echo ${T3} > /dev/null` }] };
  const expected = (n: string): string[] => [`${n}!/config/Env:2 github.pat-classic`, `${n}!/config/history:2 github.pat-classic`, `${n}!/layer 2/etc/app/.env:2 github.pat-classic`];
  assert.deepEqual(found(scan('image.tar', dockerSave([layer1, layer2], config))), expected('image.tar'));
  assert.deepEqual(found(scan('oci.tar', ociLayout([layer1, layer2], config))), expected('oci.tar'));
  // Control: the same files in a plain tarball are plain entries (no layers, no config texts).
  assert.deepEqual(found(scan('plain.tar', tarOf([['etc/app/.env', `GITHUB_TOKEN=${T1}\n`]]))), ['plain.tar!/etc/app/.env:1 github.pat-classic']);
});

test('a zip with ../ and absolute entry names: those entries are skipped with a reason, the rest is scanned', () => {
  const outs = scan('evil.zip', zipOf({ '../../etc/cron.d/x': `t=${T1}\n`, '/abs/.env': `GITHUB_TOKEN=${T1}\n`, 'ok/.env': `GITHUB_TOKEN=${T2}\n` }));
  assert.deepEqual(found(outs), ['evil.zip!/ok/.env:1 github.pat-classic']);
  assert.deepEqual(skipped(outs), ['evil.zip archive-unsafe-path', 'evil.zip archive-unsafe-path']);
  assert.deepEqual(outs.filter((o) => o.skip).map((o) => o.skip!.detail), ['entry "../../etc/cron.d/x": \'..\' segment; not read', 'entry "/abs/.env": absolute path; not read']);
  const tarred = scan('evil.tar', tarOf([['a/../../x/.env', `GITHUB_TOKEN=${T1}\n`], ['ok/.env', `GITHUB_TOKEN=${T2}\n`]]));
  assert.deepEqual(found(tarred), ['evil.tar!/ok/.env:1 github.pat-classic']);
  assert.deepEqual(skipped(tarred), ['evil.tar archive-unsafe-path']);
});

test('a 42.zip-style bomb is skipped by its compression ratio, nested levels by depth, never inflated', () => {
  const zeros = new Uint8Array(8 * 1024 * 1024);
  const leaf = zipOf({ 'zeros.bin': zeros }, 9);
  assert.ok(leaf.length < 64 * 1024, `leaf ${leaf.length}`);
  const l1 = zipOf(Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`l1-${i}.zip`, leaf])), 0);
  const l2 = zipOf(Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`l2-${i}.zip`, l1])), 0);
  const bomb = zipOf({ 'l3.zip': l2, '.env': `GITHUB_TOKEN=${T1}\n` }, 0);
  const before = process.memoryUsage().rss;
  const outs = scan('42.zip', bomb);
  assert.deepEqual(found(outs), ['42.zip!/.env:1 github.pat-classic']);
  const reasons = new Map<string, number>();
  for (const s of skipped(outs)) reasons.set(s.split(' ').pop()!, (reasons.get(s.split(' ').pop()!) ?? 0) + 1);
  // Depth 3: 42.zip > l3.zip > l2-N.zip are opened; each of the 16 x 16 l1-N.zip (the leaf zips) is one level too deep.
  assert.deepEqual([...reasons], [['archive-limit', 256]]);
  assert.match(outs.find((o) => o.skip)!.skip!.detail!, /^nested 4 containers deep \(over --archive-depth 3\); not opened$/);
  // One level deeper allowed: the 256 zeros.bin (8 MiB each) are caught by their ratio (1024:1), none inflated.
  const deep = scan('42.zip', bomb, { depth: 4 });
  assert.equal(skipped(deep).length, 256);
  const grew = process.memoryUsage().rss - before;
  assert.ok(skipped(deep).every((s) => s.endsWith('!/zeros.bin archive-bomb')));
  // 256 x 8 MiB never expanded: far less than their 2 GiB of memory was taken.
  assert.ok(grew < 512 * 1024 * 1024, `rss grew ${grew}`);
  // Control: the same zeros at a ratio under the cap (a small entry) are read.
  assert.deepEqual(skipped(scan('small.zip', zipOf({ 'zeros.bin': new Uint8Array(64 * 1024) }, 9))), []);
});

test('a 10,001-entry archive is capped at --archive-max-entries with one reason; the byte cap likewise', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 10_001; i++) files[`f/${String(i).padStart(5, '0')}.txt`] = `line ${i}\n`;
  files['f/99999.env'] = `GITHUB_TOKEN=${T1}\n`;
  const zip = zipOf(files, 0);
  const outs = scan('many.zip', zip);
  assert.deepEqual(skipped(outs), ['many.zip archive-limit']);
  assert.match(outs.find((o) => o.skip)!.skip!.detail!, /^more than 10000 entries \(--archive-max-entries\)/);
  assert.equal(outs.length, 1 + 10_000 + 1);
  // Control: under a higher cap every entry is read and the key in the last one is found.
  assert.deepEqual(found(scan('many.zip', zip, { maxEntries: 20_000 })), ['many.zip!/f/99999.env:1 github.pat-classic']);
  const bytes = scan('many.zip', zip, { maxBytes: 1000 });
  assert.deepEqual(skipped(bytes), ['many.zip archive-limit']);
  assert.match(bytes.find((o) => o.skip)!.skip!.detail!, /--archive-max-bytes/);
});

test('a tar.gz whose gzip lies about its size is stopped at --archive-max-bytes as it expands', () => {
  const big = gzipSync(tarOf([['a.txt', Buffer.alloc(4 * 1024 * 1024, 0x61)], ['b/.env', `GITHUB_TOKEN=${T1}\n`]]));
  // Rewrite ISIZE to a small number: the ratio check passes, the running count stops it.
  big.writeUInt32LE(1000, big.length - 4);
  const outs = scan('x.tgz', big, { maxBytes: 1024 * 1024 });
  assert.deepEqual(found(outs), []);
  assert.deepEqual(skipped(outs), ['x.tgz archive-limit']);
  // Control: with room, the key is found.
  assert.deepEqual(found(scan('x.tgz', big)), ['x.tgz!/b/.env:1 github.pat-classic']);
});

// Properties of the archive readers (src/read/containers/: containerKind, containerEntries with a budget):
// random bytes, bytes behind a container's magic, and valid zips, tarballs and gzips built here (fflate,
// node-tar) then mutated are read without an exception, within the budget, with safe names only; sound
// archives give back exactly their files; work grows linearly; and skip details never carry entry content.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { gzipSync, strToU8, zipSync, type Zippable } from 'fflate';
import { containerEntries, containerKind, isEntrySkip, newBudget, type ContainerKind, type EntryOrSkip } from '../../src/read/containers/index.js';
import { cleanName, unsafeName } from '../../src/read/containers/limits.js';
import { DEFAULT_CONTAINER_LIMITS, type ContainerLimits } from '../../src/model/archive-limits.js';
import { tarOf } from '../helpers/archives.js';
import { anyBytes, assertLinear, leaked, onlyTyped, plantedToken, runs } from './arbitraries.js';

const KINDS: ContainerKind[] = ['zip', 'tar', 'gzip'];

/** Every entry and skip of one container, with the limits it was read under. */
function readAll(bytes: Uint8Array, kind: ContainerKind, limits: ContainerLimits = DEFAULT_CONTAINER_LIMITS, path = 'a/x.bin'): EntryOrSkip[] {
  return [...containerEntries(path, bytes, kind, newBudget(limits))];
}

function checkEntries(out: EntryOrSkip[], limits: ContainerLimits): void {
  let bytes = 0;
  let entries = 0;
  for (const e of out) {
    if (isEntrySkip(e)) {
      assert.ok(['archive-bomb', 'archive-unsafe-path', 'archive-limit', 'archive-unsupported'].includes(e.reason), e.reason);
      // One line, bounded: a name is cut to 120 characters, each at most a 6-character JSON escape.
      assert.ok(e.detail.length > 0 && !e.detail.includes('\n') && e.detail.length < 1000, JSON.stringify(e.detail));
      continue;
    }
    assert.equal(unsafeName(e.name), undefined, `unsafe name ${JSON.stringify(e.name)} passed`);
    bytes += e.data.length;
    entries++;
  }
  assert.ok(entries <= limits.maxEntries, `${entries} entries over ${limits.maxEntries}`);
  assert.ok(bytes <= limits.maxBytes, `${bytes} bytes over ${limits.maxBytes}`);
}

const name = fc.oneof(fc.stringMatching(/^[a-z]{1,8}(\/[a-z._-]{1,8}){0,3}$/), fc.constantFrom('.env', 'manifest.json', 'index.json', 'oci-layout', 'x/../y', '/etc/passwd', 'C:x', 'a\\b', 'a\u0001', './a', 'a//b', 'dir/'));
const content = fc.oneof(fc.uint8Array({ maxLength: 600 }), fc.string({ maxLength: 300 }).map((s) => strToU8(s)));
const files = fc.uniqueArray(fc.tuple(name, content), { selector: ([n]) => n, minLength: 1, maxLength: 6 });

/** A fixed time, so that every run builds the same bytes. */
const MTIME = new Date(Date.UTC(2020, 0, 1));
const gzip = (d: Uint8Array): Uint8Array => gzipSync(d, { mtime: MTIME });

function zipOf(fs: [string, Uint8Array][], level: 0 | 6): Uint8Array {
  const z: Zippable = {};
  for (const [n, d] of fs) z[n] = [d, { level, mtime: MTIME }];
  return zipSync(z);
}
const tarFiles = (fs: [string, Uint8Array][]): Uint8Array => tarOf(fs.map(([n, d]) => [n, d]));

/** A sound archive of random files, as one of the three kinds (a gzip holds a tarball, or one file). */
const archive = fc.tuple(files, fc.constantFrom('zip0', 'zip6', 'tar', 'tgz', 'gz')).map(([fs, how]) => {
  const bytes = how === 'zip0' ? zipOf(fs, 0) : how === 'zip6' ? zipOf(fs, 6) : how === 'tar' ? tarFiles(fs) : how === 'tgz' ? gzip(tarFiles(fs)) : gzip(fs[0]![1]);
  return { fs, how, bytes };
});

/** Mutations of an archive: flipped bytes, a cut, inserted bytes, a 32-bit field set to all ones or zero. */
const mutation = fc.oneof(
  fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => (b: Uint8Array) => {
    const c = Uint8Array.from(b);
    for (const [at, v] of flips) c[at % c.length] = v;
    return c;
  }),
  fc.nat().map((cut) => (b: Uint8Array) => b.subarray(0, cut % (b.length + 1))),
  fc.tuple(fc.nat(), anyBytes(64)).map(([at, ins]) => (b: Uint8Array) => {
    const i = at % (b.length + 1);
    return Uint8Array.from([...b.subarray(0, i), ...ins, ...b.subarray(i)]);
  }),
  fc.tuple(fc.nat(), fc.constantFrom(0xffffffff, 0, 0x7fffffff, 1 << 24)).map(([at, v]) => (b: Uint8Array) => {
    const c = Buffer.from(b);
    if (c.length >= 4) c.writeUInt32LE(v >>> 0, at % (c.length - 3));
    return new Uint8Array(c);
  }),
);

const limits: fc.Arbitrary<ContainerLimits> = fc.oneof(
  fc.constant(DEFAULT_CONTAINER_LIMITS),
  fc.record({ depth: fc.constant(3), maxBytes: fc.integer({ min: 0, max: 3000 }), maxEntries: fc.integer({ min: 0, max: 5 }) }),
);

/** Random bytes behind a container's magic: a zip local header, a gzip header, a ustar header. */
const magicBytes = fc.tuple(fc.constantFrom('zip', 'zipEnd', 'gzip', 'tar'), anyBytes(1500)).map(([m, rest]) => {
  const b = Buffer.alloc(Math.max(rest.length, 600));
  Buffer.from(rest).copy(b);
  if (m === 'zip') b.set([0x50, 0x4b, 0x03, 0x04], 0);
  if (m === 'zipEnd') b.set([0x50, 0x4b, 0x05, 0x06], 0);
  if (m === 'gzip') b.set([0x1f, 0x8b, 0x08], 0);
  if (m === 'tar') b.write('ustar', 257, 'latin1');
  return new Uint8Array(b);
});

test('props containers: containerKind takes any bytes and names a kind only by its magic', () => {
  fc.assert(
    fc.property(fc.oneof(anyBytes(600), magicBytes), (bytes) => {
      const kind = containerKind(bytes);
      assert.ok(kind === undefined || KINDS.includes(kind));
      if (kind === 'zip') assert.deepEqual([...bytes.subarray(0, 2)], [0x50, 0x4b]);
      if (kind === 'gzip') assert.deepEqual([...bytes.subarray(0, 3)], [0x1f, 0x8b, 0x08]);
    }),
    runs(1961, 300),
  );
});

test('props containers: random bytes and bytes behind a magic, read as every kind: no exception, within the budget, safe names', () => {
  fc.assert(
    fc.property(fc.oneof(anyBytes(), magicBytes), fc.constantFrom(...KINDS), limits, (bytes, kind, lim) => {
      const out = onlyTyped(() => readAll(bytes, kind, lim));
      assert.ok(out, 'a container reader returns skips, never throws');
      checkEntries(out, lim);
    }),
    runs(1962, 300),
  );
});

test('props containers: mutated zips, tarballs and gzips: no exception, within the budget, safe names', () => {
  fc.assert(
    fc.property(archive, fc.array(mutation, { minLength: 1, maxLength: 3 }), limits, ({ bytes }, muts, lim) => {
      let b = bytes;
      for (const m of muts) b = m(b);
      const kind = containerKind(b);
      for (const k of kind ? [kind] : KINDS) {
        const out = onlyTyped(() => readAll(b, k, lim));
        assert.ok(out);
        checkEntries(out, lim);
      }
    }),
    runs(1963, 300),
  );
});

/** What a sound archive of these files should give: the files with safe names, as the reader names them. */
function expected(fs: [string, Uint8Array][], how: string): [string, string][] {
  if (how === 'gz') return [['x.bin', Buffer.from(fs[0]![1]).toString('hex')]];
  return fs
    .filter(([n]) => !n.endsWith('/') && unsafeName(n) === undefined)
    .map(([n, d]): [string, string] => [cleanName(n), Buffer.from(d).toString('hex')])
    .sort();
}
const got = (out: EntryOrSkip[]): [string, string][] =>
  out.filter((e) => !isEntrySkip(e)).map((e): [string, string] => [e.name, Buffer.from((e as { data: Uint8Array }).data).toString('hex')]).sort();

test('props containers: a sound archive gives back exactly its files with safe names; unsafe names are skipped with a reason', () => {
  fc.assert(
    fc.property(archive, ({ fs, how, bytes }) => {
      fc.pre(how !== 'gz' || fs[0]![1].length > 0);
      // A tarball that starts like an image (manifest.json, index.json, oci-layout first) is read as one: not this property's case.
      fc.pre(!/^(manifest\.json|index\.json|oci-layout|repositories)$/.test(fs[0]![0]));
      const out = readAll(bytes, containerKind(bytes)!);
      assert.deepEqual(got(out), expected(fs, how));
      const unsafe = how === 'gz' ? 0 : fs.filter(([n]) => !n.endsWith('/') && unsafeName(n) !== undefined).length;
      assert.equal(out.filter((e) => isEntrySkip(e) && e.reason === 'archive-unsafe-path').length, unsafe);
    }),
    runs(1964, 200),
  );
});

test('props containers: control: expecting unsafe names back is caught by the round-trip property', () => {
  // The deliberately broken shape: an expectation that keeps every name, '..' and absolute ones included.
  const naive = (fs: [string, Uint8Array][]): [string, string][] => fs.filter(([n]) => !n.endsWith('/')).map(([n, d]): [string, string] => [n, Buffer.from(d).toString('hex')]).sort();
  const r = fc.check(
    fc.property(archive, ({ fs, how, bytes }) => {
      fc.pre(how === 'zip6' || how === 'tar');
      assert.deepEqual(got(readAll(bytes, containerKind(bytes)!)), naive(fs));
    }),
    runs(1965, 200),
  );
  assert.ok(r.failed, 'the round-trip property must see that unsafe names are not read');
});

test('props containers: a planted token inside the entries of a broken archive never reaches a skip detail', () => {
  fc.assert(
    fc.property(plantedToken, fc.constantFrom('zip0', 'zip6', 'tar', 'tgz', 'gz'), fc.array(mutation, { minLength: 1, maxLength: 3 }), (t, how, muts) => {
      const fs: [string, Uint8Array][] = [['conf/.env', strToU8(`TOKEN=${t}\n`.repeat(4))], ['b.txt', strToU8(t)]];
      let b = how === 'zip0' ? zipOf(fs, 0) : how === 'zip6' ? zipOf(fs, 6) : how === 'tar' ? tarFiles(fs) : how === 'tgz' ? gzip(tarFiles(fs)) : gzip(fs[0]![1]);
      for (const m of muts) b = m(b);
      for (const k of KINDS) {
        const details = readAll(b, k).filter(isEntrySkip).map((s) => `${s.name} ${s.detail}`).join('\n');
        assert.deepEqual(leaked(details), [], details);
      }
    }),
    runs(1966, 200),
  );
});

test('props containers: linear time on growing archives (many entries, long entries, random bytes behind a magic)', () => {
  const rnd = (n: number, seed: number): Uint8Array => {
    const out = new Uint8Array(n);
    let x = seed;
    for (let i = 0; i < n; i++) out[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    return out;
  };
  const manyFiles = (n: number): [string, Uint8Array][] => Array.from({ length: Math.ceil(n / 64) }, (_, i): [string, Uint8Array] => [`d/f${i}.txt`, strToU8(`line ${i}\n`)]);
  const cases: [string, (n: number) => Uint8Array][] = [
    ['a tar of many entries', (n) => tarFiles(manyFiles(n * 4))],
    ['a zip of many entries', (n) => zipOf(manyFiles(n), 6)],
    ['a tgz of many entries', (n) => gzip(tarFiles(manyFiles(n * 4)))],
    ['a gzip of random bytes', (n) => gzip(rnd(n * 8, 7))],
    ['random bytes behind a zip magic', (n) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...rnd(n * 8, 3)])],
    ['random bytes behind a ustar magic', (n) => {
      const b = Buffer.from(rnd(n * 8 + 512, 5));
      b.write('ustar', 257, 'latin1');
      return b;
    }],
  ];
  for (const [label, build] of cases) {
    assertLinear(label, (n) => {
      const bytes = build(n);
      const kind = containerKind(bytes) ?? 'tar';
      return () => readAll(bytes, kind);
    }, 1024, { maxN: 1 << 19 });
  }
});

test('props containers: issue 19 regression: a ustar magic behind a broken gzip header, and a base-256 size field, are unreadable tarballs, not exceptions', () => {
  // Found by the mutation property: node-tar's Parser unzips bytes that start 1f 8b itself and threw ZlibError
  // (isGzip wants 1f 8b 08); found by the growth property: node-tar's Header threw on a size field out of range.
  const gz = Buffer.alloc(1024);
  gz.set([0x1f, 0x8b, 0x00], 0);
  gz.write('ustar', 257, 'latin1');
  assert.equal(containerKind(gz), 'tar');
  const out = readAll(gz, 'tar');
  assert.deepEqual(out.map((e) => (isEntrySkip(e) ? `${e.reason} ${e.detail}` : e.name)), ['archive-unsupported not a readable tar: zlib: unknown compression method']);
  const huge = Buffer.from(tarOf([['a.txt', 'hello\n']]));
  huge.fill(0xff, 124, 136); // the size field, base-256 with every bit set
  assert.equal(containerKind(huge), 'tar');
  assert.doesNotThrow(() => readAll(huge, 'tar'));
  // Control: the sound tarball is read.
  assert.deepEqual(got(readAll(Buffer.from(tarOf([['a.txt', 'hello\n']])), 'tar')), [['a.txt', Buffer.from('hello\n').toString('hex')]]);
});

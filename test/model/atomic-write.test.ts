// Issue 19 item 3: src/model/atomic-write.ts replaces a file whole or not at all. A failure part-way (a write
// error injected through writeTemp, a folder where the rename lands) leaves the old content and no temp file.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic, writeFilesAtomic, TEMP_PREFIX } from '../../src/model/atomic-write.js';

function folder(t: TestContext): { dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'keyshift-atomic-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return { dir };
}

test('issue 19 item 3: writeFileAtomic writes a new file and replaces an old one, leaving no temp file', (t) => {
  const f = folder(t);
  const file = join(f.dir, 'out.json');
  writeFileAtomic(file, '{"first":1}\n');
  assert.equal(readFileSync(file, 'utf8'), '{"first":1}\n');
  writeFileAtomic(file, '{"second":2}\n');
  assert.equal(readFileSync(file, 'utf8'), '{"second":2}\n');
  assert.deepEqual(readdirSync(f.dir), ['out.json']);
});

test('issue 19 item 3: a write that fails part-way leaves the previous content and removes the temp file', (t) => {
  const f = folder(t);
  const file = join(f.dir, 'report.sarif');
  writeFileSync(file, 'previous report\n');
  let tempSeen = '';
  const failing = (tmp: string, data: string | Uint8Array): void => {
    tempSeen = tmp;
    writeFileSync(tmp, String(data).slice(0, 5));
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  };
  assert.throws(() => writeFileAtomic(file, 'the new, longer report\n', { writeTemp: failing }), { code: 'ENOSPC' });
  assert.equal(readFileSync(file, 'utf8'), 'previous report\n');
  assert.deepEqual(readdirSync(f.dir), ['report.sarif']);
  // Control: the injected writer did leave half a file in the folder before it failed; the helper removed it.
  assert.ok(tempSeen.startsWith(join(f.dir, TEMP_PREFIX)), tempSeen);
});

test('issue 19 item 3: a folder where the rename lands fails the write, keeps the folder and leaves no temp file', (t) => {
  const f = folder(t);
  const target = join(f.dir, 'out.json');
  mkdirSync(target);
  writeFileSync(join(target, 'inside'), 'kept\n');
  assert.throws(() => writeFileAtomic(target, 'report\n'), (err: NodeJS.ErrnoException) => ['EISDIR', 'ENOTEMPTY', 'EEXIST', 'EPERM'].includes(err.code ?? ''));
  assert.ok(statSync(target).isDirectory());
  assert.equal(readFileSync(join(target, 'inside'), 'utf8'), 'kept\n');
  assert.deepEqual(readdirSync(f.dir), ['out.json']);
});

test('issue 19 item 3: the replaced file keeps its mode, and a symbolic link keeps pointing at the new content', (t) => {
  const f = folder(t);
  const real = join(f.dir, 'baseline');
  writeFileSync(real, 'old\n');
  chmodSync(real, 0o640);
  const link = join(f.dir, 'link');
  symlinkSync('baseline', link);
  writeFileAtomic(link, 'new\n');
  assert.equal(readFileSync(real, 'utf8'), 'new\n');
  assert.equal(statSync(real).mode & 0o777, 0o640);
  assert.deepEqual(readdirSync(f.dir).sort(), ['baseline', 'link']);
});

test('writeFilesAtomic is all or nothing: a failure on the second file leaves the first as it was, with no temporary file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'keyshift-atomic-many-'));
  try {
    writeFileSync(join(dir, 'a.yml'), 'old a\n');
    writeFileSync(join(dir, 'b.yml'), 'old b\n');
    let calls = 0;
    assert.throws(
      () => writeFilesAtomic([{ path: join(dir, 'a.yml'), data: 'new a\n' }, { path: join(dir, 'b.yml'), data: 'new b\n' }], {
        writeTemp: (t, d) => {
          if (++calls === 2) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
          writeFileSync(t, d);
        },
      }),
      (err: Error & { target?: string }) => err.message === 'disk full' && err.target!.endsWith('b.yml'),
    );
    assert.equal(readFileSync(join(dir, 'a.yml'), 'utf8'), 'old a\n');
    assert.equal(readFileSync(join(dir, 'b.yml'), 'utf8'), 'old b\n');
    assert.deepEqual(readdirSync(dir).sort(), ['a.yml', 'b.yml']);
    writeFilesAtomic([{ path: join(dir, 'a.yml'), data: 'new a\n' }, { path: join(dir, 'b.yml'), data: 'new b\n' }]);
    assert.equal(readFileSync(join(dir, 'a.yml'), 'utf8') + readFileSync(join(dir, 'b.yml'), 'utf8'), 'new a\nnew b\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

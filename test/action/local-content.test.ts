// The checkout shortcut of the API diff path: a pull request controls the checkout, so only a regular file
// under the workspace, within the size cap, is read locally; anything else falls back to the blob API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { localContent } from '../../src/github/remote-source.js';

test('localContent reads a matching regular file and refuses links, FIFOs, devices, escapes and oversize files', () => {
  const root = mkdtempSync(join(tmpdir(), 'keyshift-local-'));
  try {
    const ws = join(root, 'ws');
    mkdirSync(join(ws, 'sub'), { recursive: true });
    mkdirSync(join(root, 'outside'));
    writeFileSync(join(ws, 'sub', 'ok.txt'), 'a\nb\n');
    writeFileSync(join(root, 'outside', 'ok.txt'), 'a\nb\n');
    symlinkSync('/dev/zero', join(ws, 'evil.txt'));
    symlinkSync('ok.txt', join(ws, 'sub', 'inside-link.txt'));
    symlinkSync('../outside', join(ws, 'out'));
    const fifo = spawnSync('mkfifo', [join(ws, 'pipe.txt')]).status === 0;

    const got = localContent(ws, 'sub/ok.txt', [2], ['b'], 100);
    assert.equal(Buffer.from(got!).toString('utf8'), 'a\nb\n');
    assert.equal(localContent(ws, 'sub/ok.txt', [2], ['c'], 100), undefined, 'lines differ');
    assert.equal(localContent(ws, 'sub/ok.txt', [2], ['b'], 3), undefined, '4 bytes > cap of 3');
    assert.equal(localContent(ws, 'evil.txt', [1], [''], 100), undefined, 'symlink to /dev/zero');
    assert.equal(localContent(ws, 'sub/inside-link.txt', [2], ['b'], 100), undefined, 'a symlink, even inside');
    assert.equal(localContent(ws, 'out/ok.txt', [2], ['b'], 100), undefined, 'through a folder link out of the root');
    assert.equal(localContent(ws, '../outside/ok.txt', [2], ['b'], 100), undefined, 'a path with ..');
    assert.equal(localContent(ws, 'missing.txt', [1], ['a'], 100), undefined);
    assert.equal(localContent(ws, 'sub', [1], ['a'], 100), undefined, 'a folder');
    if (fifo) assert.equal(localContent(ws, 'pipe.txt', [1], ['a'], 100), undefined, 'a FIFO');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

// Same input, byte-identical output: a tree of a few thousand files (findings, skips, several directories)
// scanned in-process and with one and two worker threads, and twice with two, gives the same report bytes.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { mkdirSync, writeFileSync, truncateSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { assertSurvived, awsLine, fakeGithubToken, runCli, tempDir, type JsonReport } from '../helpers/hostile.js';

const FILES = 3000;

describe('deterministic output whatever the worker scheduling', () => {
  let t: ReturnType<typeof tempDir>;
  before(() => {
    t = tempDir('determinism');
    for (let i = 0; i < FILES; i++) {
      const dir = join(t.dir, `pkg${i % 17}`, `mod${i % 5}`);
      mkdirSync(dir, { recursive: true });
      let body = `// module ${i}\nexport const n = ${i};\n`;
      if (i % 37 === 0) body += `${awsLine(i)}\n`;
      if (i % 53 === 0) body += `const token = "${fakeGithubToken(i)}";\n`;
      // The same key in two files: reuse marking must not depend on which worker saw it first.
      if (i % 401 === 0) body += `${awsLine(7)}\n`;
      writeFileSync(join(dir, `f${i}.ts`), body);
    }
    writeFileSync(join(t.dir, 'pkg0', 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]));
    writeFileSync(join(t.dir, 'pkg1', 'big.bin'), '');
    truncateSync(join(t.dir, 'pkg1', 'big.bin'), 120 * 1024 * 1024); // sparse, over the 100 MiB default
    symlinkSync('/etc/hostname', join(t.dir, 'pkg2', 'outside'));
  });
  after(() => t.cleanup());

  for (const format of ['json', 'sarif', 'text'] as const) {
    test(`${format}: --workers 0, 1, 2 and 2 again give identical bytes`, () => {
      const outputs = ['0', '1', '2', '2'].map((w) => {
        const run = runCli(['scan', '.', '--format', format, '--workers', w, '--verbose'], t.dir);
        assertSurvived(run, `${format} --workers ${w}`);
        assert.equal(run.status, 1);
        return run.stdout;
      });
      if (format === 'json') {
        const report = JSON.parse(outputs[0]!) as JsonReport;
        // 82 AWS keys (every 37th) + 57 GitHub tokens (every 53rd) + 8 repeats of one key (every 401st).
        assert.equal(report.findings.length, Math.ceil(FILES / 37) + Math.ceil(FILES / 53) + Math.ceil(FILES / 401));
        assert.deepEqual(report.skipped.map((s) => `${s.path} ${s.reason}`), ['pkg0/logo.png binary', 'pkg1/big.bin too-large', 'pkg2/outside symlink-outside-root']);
      }
      for (let i = 1; i < outputs.length; i++) assert.ok(outputs[i] === outputs[0], `${format}: run ${i} differs from the in-process run`);
    });
  }
});

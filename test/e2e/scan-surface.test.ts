// The scan command's surface as a new user meets it (issue 12): named files that are not scanned, standard
// input, gitignored files, and options that would do nothing. Spawns bin/keyshift.js like a user.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CLI, runCli } from '../helpers/fixtures.js';
import { makeToken } from '../helpers/fake-tokens.js';
import { validateSarif } from '../helpers/sarif-validate.js';
import { loadPostureRules } from '../../src/catalog/posture.js';

const GHP = makeToken('github.pat-classic', 71);
const GIT_ENV = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

function withDir(files: Record<string, string | Buffer>, fn: (dir: string) => void | Promise<void>, opts: { git?: boolean } = {}): Promise<void> | void {
  const dir = mkdtempSync(join(tmpdir(), 'keyshift-surface-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  if (opts.git) execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir, env: { ...process.env, ...GIT_ENV } });
  const done = (): void => rmSync(dir, { recursive: true, force: true });
  try {
    const r = fn(dir);
    if (r instanceof Promise) return r.finally(done);
    done();
  } catch (err) {
    done();
    throw err;
  }
}

/** Runs the CLI with `input` on standard input (a pipe that is closed after it), or with stdin from /dev/null. */
function runStdin(args: string[], cwd: string, input: string | Buffer | null): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    stdio: [input === null ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    ...(input === null ? {} : { input }),
    // A guard, not a timing assertion: a read that never ends fails the test instead of stalling the suite.
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

interface JsonReport {
  counts: Record<string, number>;
  findings: { path: string; line: number; ruleId: string; context: string }[];
  skipped: { path: string; reason: string; detail?: string }[];
  warnings: string[];
}

// ---------------------------------------------------------------------------------------------
// Defect 5: files the user names are never skipped in silence

test('issue 12 defect 5: a named file over the size cap warns on stderr and in the summary; a larger cap finds its secret', () => {
  // 12 MB: 200,000 filler lines, then the token on line 200,001.
  const filler = `${'x'.repeat(59)}\n`.repeat(200_000);
  withDir({ 'huge.log': `${filler}token=${GHP}\n` }, (dir) => {
    // The cap is given: the default (100 MiB, issue 14) would take a file ten times as big.
    const r = runCli(['scan', 'huge.log', '--max-file-size', '10MiB'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, 'keyshift: warning: huge.log not scanned: too-large (11.4 MiB (12000047 bytes), over the limit of 10.0 MiB (raise --max-file-size to scan it))\n');
    assert.match(r.stdout, /^keyshift \S+: 0 files scanned \(0 B\), 1 skipped\n/);
    assert.match(r.stdout, /\nWarnings:\n {2}huge\.log not scanned: too-large \(11\.4 MiB \(12000047 bytes\), over the limit of 10\.0 MiB \(raise --max-file-size to scan it\)\)\n/);
    // Control: with the cap raised the same file is scanned and the secret found, without a warning.
    const big = runCli(['scan', 'huge.log', '--max-file-size', '20MiB', '--format', 'json'], dir);
    assert.equal(big.status, 1, big.stderr);
    assert.equal(big.stderr, '');
    assert.deepEqual((JSON.parse(big.stdout) as JsonReport).findings.map((f) => `${f.path}:${f.line} ${f.ruleId}`), ['huge.log:200001 github.pat-classic']);
  });
});

test('issue 12 defect 5: a named binary file warns, in every format; the same file inside a scanned folder does not', () => {
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
  withDir({ 'blob.bin': png, 'ok.txt': 'hello\n' }, (dir) => {
    const r = runCli(['scan', 'blob.bin'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, 'keyshift: warning: blob.bin not scanned: binary (PNG image)\n');
    const json = runCli(['scan', 'blob.bin', '--format', 'json'], dir);
    assert.deepEqual((JSON.parse(json.stdout) as JsonReport).warnings, ['blob.bin not scanned: binary (PNG image)']);
    const sarif = runCli(['scan', 'blob.bin', '--format', 'sarif'], dir);
    const notes = (JSON.parse(sarif.stdout) as { runs: { invocations: { toolExecutionNotifications: { message: { text: string } }[] }[] }[] }).runs[0]!.invocations[0]!.toolExecutionNotifications;
    assert.ok(notes.some((n) => n.message.text.startsWith('blob.bin not scanned: binary')), JSON.stringify(notes));
    // Control: a folder scan skips the binary as before, listed under --verbose, with no warning.
    const folder = runCli(['scan', '.'], dir);
    assert.equal(folder.status, 0, folder.stderr);
    assert.equal(folder.stderr, '');
    assert.match(folder.stdout, /1 file scanned \(6 B\), 1 skipped\n/);
  });
});

test('issue 12 defect 5: a named file left out by --exclude warns; a missing file is still a usage error (exit 2)', () => {
  withDir({ 'prod.env': `TOKEN=${GHP}\n` }, (dir) => {
    const r = runCli(['scan', 'prod.env', '--exclude', '*.env'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, 'keyshift: warning: prod.env not scanned: excluded (matches an exclude glob (--exclude or the config))\n');
    assert.equal(runCli(['scan', 'prod.env'], dir).status, 1, 'control: without --exclude the file is scanned');
    const missing = runCli(['scan', 'nope.env'], dir);
    assert.equal(missing.status, 2);
    assert.equal(missing.stdout, '');
    assert.equal(missing.stderr.trim().split('\n').length, 1);
    assert.match(missing.stderr, /nope\.env/);
  });
});

// ---------------------------------------------------------------------------------------------
// Defect 6: standard input

test('issue 12 defect 6: `keyshift scan -` reports a token piped in (exit 1) under <stdin>, in text, json and sarif', async () => {
  await withDir({}, async (dir) => {
    const input = `x = ${GHP}\n`;
    const text = runStdin(['scan', '-'], dir, input);
    assert.equal(text.status, 1, text.stderr);
    assert.equal(text.stderr, '');
    assert.match(text.stdout, /^<stdin>:1:5 {2}CRITICAL {2}long-lived-credential {2}github\.pat-classic {2}ghp_…\[40\]$/m);
    assert.ok(!text.stdout.includes(GHP), 'redacted');
    const json = runStdin(['scan', '-', '--format', 'json'], dir, input);
    assert.equal(json.status, 1, json.stderr);
    const report = JSON.parse(json.stdout) as JsonReport;
    assert.deepEqual(report.findings.map((f) => `${f.path}:${f.line} ${f.ruleId}`), ['<stdin>:1 github.pat-classic']);
    assert.equal(report.counts.filesScanned, 1);
    const sarif = runStdin(['scan', '-', '--format', 'sarif'], dir, input);
    assert.equal(sarif.status, 1, sarif.stderr);
    const log = JSON.parse(sarif.stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    assert.deepEqual(log.runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri), ['%3Cstdin%3E']);
    assert.deepEqual(await validateSarif(sarif.stdout), { errors: [], warnings: [] });
  });
});

test('issue 12 defect 6: empty standard input (closed pipe, /dev/null) ends at once and exits 0', () => {
  withDir({}, (dir) => {
    for (const input of ['', null]) {
      const r = runStdin(['scan', '-'], dir, input);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stderr, '');
      assert.match(r.stdout, /1 file scanned \(0 B\), 0 skipped\n0 findings/);
    }
    // Control: the same closed pipe carrying a token is read, so the empty case is not a read that never happened.
    assert.equal(runStdin(['scan', '-'], dir, `t=${GHP}\n`).status, 1);
  });
});

test('issue 12 defect 6: --stdin-name gives stdin a path: a workflow name turns on the CI posture rules', () => {
  const spec = loadPostureRules().patterns.find((s) => s.posture?.ci === 'github-actions')!;
  const workflow = spec.examples[0]!;
  withDir({}, (dir) => {
    const named = runStdin(['scan', '-', '--stdin-name', './.github/workflows/ci.yml', '--format', 'json', '--fail-on', 'none'], dir, workflow);
    assert.equal(named.status, 0, named.stderr);
    const found = (JSON.parse(named.stdout) as JsonReport).findings.filter((f) => f.ruleId === spec.id);
    assert.ok(found.length > 0, `${spec.id} fires on ${workflow}`);
    assert.ok(found.every((f) => f.path === '.github/workflows/ci.yml' && f.context === 'github-workflow'));
    // Control: the same text under the default name is not a workflow.
    const plain = runStdin(['scan', '-', '--format', 'json', '--fail-on', 'none'], dir, workflow);
    assert.deepEqual((JSON.parse(plain.stdout) as JsonReport).findings.filter((f) => f.ruleId === spec.id), []);
  });
});

test('issue 12 defect 6: binary or too-large stdin gets the same warning as a named file', () => {
  withDir({}, (dir) => {
    const bin = runStdin(['scan', '-', '--stdin-name', 'dump.bin'], dir, Buffer.from([0, 1, 2, 0, 0, 0, 9, 0]));
    assert.equal(bin.status, 0, bin.stderr);
    assert.match(bin.stderr, /^keyshift: warning: dump\.bin not scanned: binary/);
    const big = runStdin(['scan', '-', '--max-file-size', '1KiB'], dir, `t=${GHP}\n${'y'.repeat(3000)}\n`);
    assert.equal(big.status, 0, big.stderr);
    assert.equal(big.stderr, 'keyshift: warning: <stdin> not scanned: too-large (3.0 KiB (3044 bytes), over the limit of 1.0 KiB (raise --max-file-size to scan it))\n');
    // Control: under the cap the token is found.
    assert.equal(runStdin(['scan', '-', '--max-file-size', '1KiB'], dir, `t=${GHP}\n`).status, 1);
  });
});

// ---------------------------------------------------------------------------------------------
// Defect 7: gitignored files are counted, listed and scannable

const IGNORED_TREE = {
  '.gitignore': '.env.local\nnode_modules/\n',
  '.env.local': `GITHUB_TOKEN=${GHP}\n`,
  'node_modules/pkg/index.js': 'module.exports = 1;\n',
  'node_modules/pkg/deep/more.js': 'module.exports = 2;\n',
  'app.js': 'console.log(1);\n',
};

for (const git of [true, false]) {
  const where = git ? 'in a git work tree' : 'outside git';
  test(`issue 12 defect 7: gitignored files are counted, listed in json, and --no-ignore scans them (${where})`, () => {
    withDir(
      IGNORED_TREE,
      (dir) => {
        const text = runCli(['scan', '.'], dir, GIT_ENV);
        assert.equal(text.status, 0, text.stderr);
        assert.match(text.stdout, /^keyshift \S+: 2 files scanned \(\d+ B\), 0 skipped\n1 file and 1 directory ignored by \.gitignore; --no-ignore to scan them\n/);
        const verbose = runCli(['scan', '.', '--verbose'], dir, GIT_ENV);
        assert.match(verbose.stdout, /\n {2}\.env\.local {2}ignored \(by [^)]+\)\n {2}node_modules\/ {2}ignored \(by [^)]+\)\n/);
        const json = JSON.parse(runCli(['scan', '.', '--format', 'json'], dir, GIT_ENV).stdout) as JsonReport;
        // node_modules is one entry: the walk does not descend into it just to count.
        assert.deepEqual(json.skipped.map((s) => `${s.path} ${s.reason}`), ['.env.local ignored', 'node_modules/ ignored']);
        assert.equal(json.counts.ignored, 2);
        assert.equal(json.counts.filesSkipped, 0);
        // --no-ignore scans the hidden token (the control for "ignored means not scanned").
        const all = runCli(['scan', '.', '--no-ignore', '--format', 'json'], dir, GIT_ENV);
        assert.equal(all.status, 1, all.stderr);
        const report = JSON.parse(all.stdout) as JsonReport;
        assert.deepEqual(report.findings.map((f) => `${f.path} ${f.ruleId}`), ['.env.local github.pat-classic']);
        assert.deepEqual(report.skipped, []);
        assert.equal(report.counts.filesScanned, 5);
      },
      { git },
    );
  });
}

test('issue 12 defect 7: --no-ignore still honours .keyshiftignore, which shows as excluded', () => {
  withDir(
    { ...IGNORED_TREE, '.keyshiftignore': '.env.local\n' },
    (dir) => {
      const r = runCli(['scan', '.', '--no-ignore', '--format', 'json'], dir, GIT_ENV);
      assert.equal(r.status, 0, r.stderr);
      const report = JSON.parse(r.stdout) as JsonReport;
      assert.deepEqual(report.findings, []);
      assert.deepEqual(report.skipped, [{ path: '.env.local', reason: 'excluded', detail: 'by .keyshiftignore' }]);
      assert.match(runCli(['scan', '.', '--no-ignore'], dir, GIT_ENV).stdout, /, 0 skipped, 1 excluded\n/);
    },
    { git: true },
  );
});

test('issue 12 defect 7: SARIF lists each ignored path as a located notification, and GitHub ingestion rules accept it', async () => {
  await withDir(
    IGNORED_TREE,
    async (dir) => {
      const r = runCli(['scan', '.', '--format', 'sarif'], dir, GIT_ENV);
      assert.equal(r.status, 0, r.stderr);
      const log = JSON.parse(r.stdout) as {
        runs: { invocations: { toolExecutionNotifications: { descriptor: { id: string }; message: { text: string }; locations?: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }[];
      };
      const ignored = log.runs[0]!.invocations[0]!.toolExecutionNotifications.filter((n) => n.descriptor.id === 'keyshift/ignored-file');
      assert.deepEqual(
        ignored.map((n) => [n.message.text, n.locations?.[0]?.physicalLocation.artifactLocation.uri]),
        [
          ['File .env.local is ignored by .gitignore and was not scanned; run with --no-ignore to scan it.', '.env.local'],
          ['Directory node_modules/ is ignored by .gitignore and was not scanned; run with --no-ignore to scan it.', 'node_modules'],
        ],
      );
      assert.deepEqual(await validateSarif(r.stdout), { errors: [], warnings: [] });
    },
    { git: true },
  );
});

// ---------------------------------------------------------------------------------------------
// Defect 10: options that do nothing are usage errors; gitleaks habits get a hint

const USELESS: [string[], string][] = [
  [['--since', 'yesterday'], '--since only applies with --history; add --history, or drop --since'],
  [['--max-commits', '5'], '--max-commits only applies with --history; add --history, or drop --max-commits'],
  [['--history-ref', 'main'], '--history-ref only applies with --history; add --history, or drop --history-ref'],
  [['--staged', '--diff', 'HEAD~1'], '--staged, --diff and --history cannot be combined; choose one'],
  [['--stdin-name', 'x.yml'], '--stdin-name only applies to standard input: keyshift scan - --stdin-name PATH'],
  [['--staged', '--no-ignore'], '--no-ignore does nothing with --staged, which scans what git holds; drop it'],
  [['--format', 'json', '--max-findings', '3'], '--max-findings caps text and markdown output; --format json always lists every finding, so drop it'],
  [['-', 'src'], '"-" (standard input) is scanned on its own; scan the other paths in another run'],
  [['-', '--history'], '"-" (standard input) cannot be combined with --history, which reads from git'],
  [['--staged', 'a', 'b'], '--staged scans one repository (or one folder of it); name at most one path'],
];

test('issue 12 defect 10: options that would do nothing are usage errors: exit 2, one line, nothing scanned', () => {
  withDir({ 'a/x.txt': `t=${GHP}\n`, 'b/y.txt': '', 'src/z.txt': '' }, (dir) => {
    for (const [args, message] of USELESS) {
      const r = runStdin(['scan', ...args], dir, '');
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.equal(r.stdout, '', args.join(' '));
      assert.equal(r.stderr, `keyshift: ${message}\n`, args.join(' '));
    }
    // Control: --since with --history is accepted (outside git it fails later for another reason, not this one).
    const ok = runCli(['scan', '--history', '--since', 'yesterday'], dir);
    assert.doesNotMatch(ok.stderr, /only applies with --history/);
  });
});

const FOREIGN: [string[], string][] = [
  [['--redact'], '--redact is a gitleaks option, not a keyshift one: keyshift redacts every secret by default; --show-secrets reveals them'],
  [['--redact=50'], '--redact is a gitleaks option, not a keyshift one: keyshift redacts every secret by default; --show-secrets reveals them'],
  [['--report-path', 'out.json'], '--report-path is a gitleaks option, not a keyshift one: use --output FILE (-o)'],
  [['-r', 'out.json'], '--report-path is a gitleaks option, not a keyshift one: use --output FILE (-o)'],
  [['--report-format', 'sarif'], '--report-format is a gitleaks option, not a keyshift one: use --format text|json|sarif|markdown (-f)'],
  [['--exit-code', '0'], '--exit-code is a gitleaks option, not a keyshift one: keyshift exits 1 on a finding at or above --fail-on (default low); --fail-on none always exits 0'],
  [['--no-git'], '--no-git is a gitleaks option, not a keyshift one: keyshift scan PATH already scans the files on disk; add --no-ignore to include gitignored files, --history for git history'],
  [['--source', '.'], '--source is a gitleaks option, not a keyshift one: name the path as an argument: keyshift scan PATH'],
  [['-s', '.'], '--source is a gitleaks option, not a keyshift one: name the path as an argument: keyshift scan PATH'],
];

test('issue 12 defect 10: gitleaks options get a one-line hint naming the keyshift equivalent (exit 2)', () => {
  withDir({ 'x.txt': `t=${GHP}\n` }, (dir) => {
    for (const [args, message] of FOREIGN) {
      const r = runCli(['scan', ...args], dir);
      assert.equal(r.status, 2, args.join(' '));
      assert.equal(r.stdout, '', args.join(' '));
      assert.equal(r.stderr, `keyshift: ${message}\n`, args.join(' '));
    }
    // Control: a truly unknown option is still commander's own error.
    const unknown = runCli(['scan', '--no-such-flag'], dir);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown option '--no-such-flag'/);
  });
});

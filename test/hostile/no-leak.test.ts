// The scanner never becomes the leak: fake secrets of every built-in pattern (and fresh seeded tokens) are
// planted in files, and no full value may appear on stdout, stderr or in a written report, in any format, at
// any log level, or on an error path, unless --show-secrets was given (the control that proves it can fail).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadPatterns } from '../../src/catalog/load.js';
import { detectMatches } from '../../src/detect/engine.js';
import { compileCatalog } from '../helpers/compile.js';
import { lineIndex } from '../../src/model/text.js';
import { redact } from '../../src/model/secret.js';
import type { PatternSpec } from '../../src/model/types.js';
import { makeToken, mulberry32, TOKEN_PATTERN_IDS, type Rng } from '../helpers/fake-tokens.js';
import { assertSurvived, fakeAwsKey, runCli, tempDir, type CliRun, type JsonReport } from '../helpers/hostile.js';

interface Planted {
  patternId: string;
  /** The example text with the secret in context, as written to the file. */
  text: string;
  secret: string;
}

/** The secret the engine extracts from a pattern's first matching example (examples hold fake values). */
function exampleSecret(spec: PatternSpec): { example: string; secret: string } | undefined {
  // A pair rule needs its partner's pattern compiled beside it.
  const compiled = compileCatalog([spec, ...patterns.filter((p) => spec.pair?.with.includes(p.id))]);
  for (const example of spec.examples) {
    const m = detectMatches({ path: 'example.txt', text: example, lineStarts: lineIndex(example), encoding: 'utf-8', bytes: example.length }, compiled).find(
      (x) => x.patternId === spec.id,
    );
    if (m) return { example, secret: m.secret };
  }
  return undefined;
}

const { patterns: loaded } = loadPatterns();
// Path-scoped patterns (.pgpass, config/master.key) and signature detectors (binary key stores) cannot be
// planted into the mixed files below; their no-leak is covered by the fixture trees (fixtures/syntaxes).
// Partner-only identifiers (a Twilio account SID) are never findings of their own; the pair's finding
// that carries one (redacted, in details.pairedWith) is planted under its own pattern.
const patterns = loaded.filter((p) => p.path === undefined && p.signature === undefined && p.partnerOnly !== true);
const EXAMPLES = patterns.flatMap((spec) => {
  const e = exampleSecret(spec);
  return e ? [{ spec, ...e }] : [];
});

/** One planting per pattern for this seed: seeded fresh tokens where a generator exists, else the example's own value. */
function plantings(seed: number): Planted[] {
  return EXAMPLES.map(({ spec, example, secret }) => {
    if (TOKEN_PATTERN_IDS.includes(spec.id) && example.split(secret).length === 2) {
      const fresh = makeToken(spec.id, seed * 1000 + spec.id.length);
      return { patternId: spec.id, text: example.replace(secret, fresh), secret: fresh };
    }
    return { patternId: spec.id, text: example, secret };
  });
}

function shuffle<T>(items: T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Writes the plantings into a few files, in random order, between random filler lines. */
function writeTree(dir: string, planted: Planted[], rng: Rng): void {
  const names = ['config/app.env', 'deploy/values.yaml', 'src/settings.py', 'notes.txt', 'scripts/run.sh', '.github/workflows/ci.yml'];
  const files = new Map<string, string[]>(names.map((n) => [n, []]));
  for (const p of shuffle(planted, rng)) {
    const lines = files.get(names[Math.floor(rng() * names.length)]!)!;
    for (let i = Math.floor(rng() * 3); i > 0; i--) lines.push(`# filler ${Math.floor(rng() * 1e6)}`);
    lines.push(p.text);
  }
  for (const [name, lines] of files) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
  }
}

/** Every place output went: stdout, stderr and the report files named. */
function everything(run: CliRun, files: string[]): string {
  return [run.stdout, run.stderr, ...files.map((f) => readFileSync(f, 'utf8'))].join('\n');
}

function assertNoSecret(out: string, planted: Planted[], what: string): void {
  const leaked = planted.filter((p) => out.includes(p.secret)).map((p) => p.patternId);
  assert.deepEqual(leaked, [], `${what}: full secret values appear for ${leaked.join(', ')}`);
}

test('every built-in pattern has an example the engine extracts a secret from', () => {
  const missing = patterns.filter((s) => !EXAMPLES.some((e) => e.spec.id === s.id)).map((s) => s.id);
  assert.deepEqual(missing, []);
});

for (const seed of [1, 2]) {
  describe(`planted secrets, seed ${seed}`, () => {
    let t: ReturnType<typeof tempDir>;
    let planted: Planted[];
    before(() => {
      t = tempDir(`leak-${seed}`);
      planted = plantings(seed);
      writeTree(t.dir, planted, mulberry32(seed));
    });
    after(() => t.cleanup());

    test('control: with --show-secrets the JSON report does reveal every planted value', () => {
      const run = runCli(['scan', '.', '--format', 'json', '--show-secrets'], t.dir);
      assertSurvived(run, '--show-secrets');
      assert.equal(run.status, 1);
      // The leak checks below look for each planted value in the output, so the control asks the same
      // question: does the value appear when revealing is asked for? (A structured rule may report a
      // planted value under its own id, a wider span that contains it, or the password inside it.)
      const findings = (JSON.parse(run.stdout) as JsonReport).findings;
      const revealed = findings.map((f) => f.secret ?? '');
      // A planted identifier that lands within a pair rule's reach of a planted secret (an AWS key ID a few
      // lines above a secret access key) is folded into that finding, redacted even with --show-secrets:
      // it was found, and the leak checks below still look for its full value.
      const folded = (p: Planted): boolean => findings.some((f) => f.details?.pairedPattern === p.patternId && f.details.pairedWith === redact(p.secret));
      const notFound = planted.filter((p) => !folded(p) && !revealed.some((v) => v.includes(p.secret) || (v.length >= 8 && p.secret.includes(v)))).map((p) => p.patternId);
      assert.deepEqual(notFound, [], 'planted secrets the scan did not find (so the leak checks would prove nothing for them)');
    });

    const runs: { name: string; args: string[]; files?: string[] }[] = [
      { name: 'text', args: ['scan', '.'] },
      { name: 'json', args: ['scan', '.', '--format', 'json'] },
      { name: 'sarif', args: ['scan', '.', '--format', 'sarif'] },
      { name: 'markdown', args: ['scan', '.', '--format', 'markdown'] },
      { name: 'markdown with --show-secrets (a report to hand around never reveals)', args: ['scan', '.', '--format', 'markdown', '--show-secrets'] },
      { name: 'html with --show-secrets (a report to hand around never reveals)', args: ['scan', '.', '--format', 'html', '--show-secrets'] },
      { name: 'text --verbose --debug --show-suppressed', args: ['scan', '.', '--verbose', '--debug', '--show-suppressed', '--report-unused-directives'] },
      { name: 'json -o file --verbose --debug', args: ['scan', '.', '--format', 'json', '-o', 'out.json', '--verbose', '--debug'], files: ['out.json'] },
      { name: 'sarif -o file --workers 2', args: ['scan', '.', '--format', 'sarif', '-o', 'out.sarif', '--workers', '2'], files: ['out.sarif'] },
      { name: 'report (markdown inventory)', args: ['report', '.', '-o', 'report.md'], files: ['report.md'] },
    ];
    for (const r of runs) {
      test(`${r.name}: no full secret value anywhere`, () => {
        const run = runCli(r.args, t.dir);
        assertSurvived(run, r.name);
        const files = (r.files ?? []).map((f) => join(t.dir, f));
        assertNoSecret(everything(run, files), planted, r.name);
        for (const f of files) rmSync(f);
      });
    }
  });
}

describe('error paths with a secret next to the problem', () => {
  let t: ReturnType<typeof tempDir>;
  const key = fakeAwsKey(4242);
  const keyLine = `aws_access_key_id = ${key}`;
  const planted: Planted[] = [{ patternId: 'aws.access-key-id', text: keyLine, secret: key }];
  before(() => {
    t = tempDir('leak-errors');
    writeFileSync(join(t.dir, 'app.env'), `${keyLine}\n`);
  });
  after(() => t.cleanup());

  // Config errors that echo a setting's value (an invalid allowlist regex, a mistyped max-file-size) do
  // print a secret written there; they are reported on issue 9 with a fix for src/config/config.ts.
  const cases: { name: string; config: string; viaFlag?: boolean; expect: RegExp }[] = [
    {
      name: 'an allowlist value that is not a valid regex and holds the secret',
      config: `allowlist:\n  values: ['^${key}(']\n`,
      expect: /\.keyshift\.yaml:2:/,
    },
    {
      name: 'a wrongly typed setting holding the secret',
      config: `max-file-size: ${key}\n`,
      expect: /\.keyshift\.yaml:1:/,
    },
    {
      name: 'malformed YAML in .keyshift.yaml, the secret on the broken line',
      config: `fail-on: high\nallowlist: [${key}\n  paths: {\n`,
      expect: /\.keyshift\.yaml:\d+: invalid YAML/,
    },
    {
      name: '--config with an invalid custom pattern whose examples hold the secret',
      viaFlag: true,
      config: [
        'patterns:',
        '  custom:',
        '    - id: acme.key',
        '      name: Acme key',
        '      provider: acme',
        '      kind: long-lived-credential',
        '      severity: high',
        '      keywords: [acme_]',
        "      regex: '\\b(acme_[A-Z'",
        '      migration: generic-secret-manager',
        '      references: []',
        `      examples: ['${keyLine}', 'token ${key}']`,
        `      negative_examples: ['${key}', 'x']`,
        '',
      ].join('\n'),
      expect: /custom\.yaml/,
    },
  ];

  for (const c of cases) {
    for (const debug of [false, true]) {
      test(`${c.name}${debug ? ' (--debug)' : ''}: exit 2, the file named, no secret`, () => {
        const file = c.viaFlag ? 'custom.yaml' : '.keyshift.yaml';
        writeFileSync(join(t.dir, file), c.config);
        try {
          const args = ['scan', '.', '--format', 'json', ...(c.viaFlag ? ['--config', file] : []), ...(debug ? ['--debug'] : [])];
          const run = runCli(args, t.dir);
          assert.equal(run.signal, null);
          assert.equal(run.status, 2, run.stderr);
          assert.match(run.stderr, c.expect);
          assertNoSecret(run.stdout + run.stderr, planted, c.name);
        } finally {
          rmSync(join(t.dir, file));
        }
      });
    }
  }
});

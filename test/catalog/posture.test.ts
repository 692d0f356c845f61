// patterns/posture/*.yaml: the loader's schema (file:line, field), the posture linter, the compiled
// catalog round trip, `patterns check` running posture examples, and a rule added as data alone.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadPostureRules, parsePostureFile } from '../../src/catalog/posture.js';
import { formatProblems, lintPatterns } from '../../src/catalog/lint.js';
import { compiledCatalogFiles, readCompiledCatalog } from '../../src/catalog/load.js';
import { loadMigrations } from '../../src/migrate/load.js';
import { checkExamples } from '../../src/catalog/check.js';
import { compilePosture, detectPosture } from '../../src/detect/posture.js';
import type { PatternSpec } from '../../src/model/types.js';
import { blob } from '../detect/helpers.js';

const MIGRATIONS = new Set(loadMigrations().keys());
const lint = (specs: PatternSpec[]): string[] =>
  formatProblems(lintPatterns(specs, { migrationKeys: MIGRATIONS, validators: new Set(), probe: false })).split('\n').filter(Boolean);

/** A new rule written only as data (a made-up CI token), used to prove the walkers need no code for it. */
const NEW_RULE = `ci: github-actions
rules:
  - id: posture.github-actions.example-deploy-token
    name: 'GitHub Actions workflow feeds an Example Cloud deploy token to a job (use its OIDC login)'
    provider: example
    kind: long-lived-credential
    severity: medium
    migration: aws-oidc
    keywords: [example_deploy_token]
    references:
      - https://docs.github.com/en/actions/concepts/security/openid-connect
    env: [EXAMPLE_DEPLOY_TOKEN]
    actions:
      - uses: example-cloud/login
        inputs: [deploy-token]
    replacement:
      uses: example-cloud/login@v1
      permissions:
        id-token: write
      with:
        audience: 'example-cloud'
      remove: [deploy-token, EXAMPLE_DEPLOY_TOKEN]
      snippet: |
        permissions:
          id-token: write
        steps:
          - uses: example-cloud/login@v1
            with:
              audience: example-cloud
    examples:
      - |
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: example-cloud/login@v3
                with:
                  deploy-token: \${{ secrets.EXAMPLE_DEPLOY_TOKEN }}
      - |
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            env:
              EXAMPLE_DEPLOY_TOKEN: \${{ secrets.EXAMPLE_DEPLOY_TOKEN }}
            steps:
              - run: ./deploy.sh
    negative_examples:
      - |
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            permissions:
              id-token: write
            steps:
              - uses: example-cloud/login@v3
                with:
                  audience: example-cloud
      - |
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: other/login@v3
                with:
                  deploy-token: \${{ secrets.EXAMPLE_DEPLOY_TOKEN }}
`;

test('a posture rule added as one YAML entry is loaded, lints clean, and is detected by the walkers as its examples say', () => {
  const { patterns, problems } = parsePostureFile(NEW_RULE, 'new.yaml');
  assert.deepEqual(problems, []);
  assert.deepEqual(lint(patterns), []);
  assert.deepEqual(checkExamples(patterns), []);
  const posture = compilePosture(patterns);
  const ids = (text: string) => detectPosture(blob(text, '.github/workflows/a.yml'), 'github-workflow', posture).map((m) => `${m.patternId} ${m.line} ${m.details?.input}`);
  assert.deepEqual(ids(patterns[0]!.examples[0]!), ['posture.github-actions.example-deploy-token 8 deploy-token']);
  assert.deepEqual(ids(patterns[0]!.examples[1]!), ['posture.github-actions.example-deploy-token 6 EXAMPLE_DEPLOY_TOKEN']);
  assert.deepEqual(ids(patterns[0]!.negativeExamples[1]!), []);
});

test('patterns check runs posture examples through the real detector (control: a wrong example is caught)', () => {
  const [spec] = parsePostureFile(NEW_RULE, 'new.yaml').patterns;
  const swapped = { ...spec!, examples: [spec!.negativeExamples[0]!, spec!.examples[1]!], negativeExamples: [spec!.examples[0]!, spec!.negativeExamples[1]!] };
  const problems = checkExamples([swapped]);
  assert.equal(problems.length, 2);
  assert.match(problems[0]!, /^posture: posture\.github-actions\.example-deploy-token: examples: not detected by the engine/);
  assert.match(problems[1]!, /^posture: posture\.github-actions\.example-deploy-token: negative_examples: wrongly detected/);
});

test('the loader reports schema problems with file, line and field, and keeps the sound rules', () => {
  const text = NEW_RULE.replace('    severity: medium\n', '    severity: medium\n    colour: blue\n').replace('    env: [EXAMPLE_DEPLOY_TOKEN]\n', '    env: EXAMPLE_DEPLOY_TOKEN\n');
  const broken = parsePostureFile(text, 'p.yaml');
  assert.deepEqual(formatProblems(broken.problems).split('\n'), [
    'p.yaml:8: posture.github-actions.example-deploy-token: colour: unknown key; allowed keys are id, name, provider, kind, severity, confidence, migration, keywords, references, tags, env, requires, actions, commands, replacement, examples, negative_examples',
    'p.yaml:13: posture.github-actions.example-deploy-token: env: expected a list of strings, got a string',
  ]);
  // Optional fields with problems are reported, the rule is still loaded; a missing required key drops it.
  assert.equal(broken.patterns.length, 1);
  const missing = parsePostureFile(NEW_RULE.replace('    migration: aws-oidc\n', ''), 'p.yaml');
  assert.deepEqual(formatProblems(missing.problems), "p.yaml:3: posture.github-actions.example-deploy-token: migration: missing required key 'migration'");
  assert.deepEqual(missing.patterns, []);
  // GitLab has no actions.
  const gitlab = parsePostureFile(NEW_RULE.replace('ci: github-actions', 'ci: gitlab-ci'), 'g.yaml');
  assert.ok(formatProblems(gitlab.problems).includes('g.yaml:12: posture.github-actions.example-deploy-token: env: unknown key for ci gitlab-ci'), formatProblems(gitlab.problems));
  assert.deepEqual(formatProblems(parsePostureFile('ci: jenkins\nrules: []\n', 'j.yaml').problems), "j.yaml:1: ci: 'jenkins' is not known; use one of github-actions | gitlab-ci");
});

test('the posture linter: action names without a version, known gates, safe command regexes, a complete replacement', () => {
  const [spec] = parsePostureFile(NEW_RULE, 'new.yaml').patterns;
  assert.deepEqual(lint([spec!]), []); // control
  const p = spec!.posture!;
  const bad: PatternSpec = {
    ...spec!,
    posture: {
      ...p,
      requires: 'cargo-publish' as never,
      actions: [{ ...p.actions[0]!, uses: 'example-cloud/login@v3' }, { ...p.actions[0]!, uses: 'Example Cloud' }],
      commands: [
        { line: ['(a+)+$'], arg: 'token {arg}', literalOk: false },
        { line: ['\\bexample\\s+login\\b'], arg: '--token[= ]', literalOk: false },
        { line: ['\\bexample\\s+login\\b'], arg: '(--token)[= ]{arg}', literalOk: false, unless: 'other-host' as never },
      ],
      replacement: { ...p.replacement, permissions: {}, snippet: 'steps: []\n' },
    },
  };
  assert.deepEqual(
    // The rule was copied, so it has no recorded position: the file is its family.
    lint([bad]).map((l) => l.replace(/^posture: posture\.github-actions\.example-deploy-token: /, '')),
    [
      "requires: 'cargo-publish' is not a known gate (npm-publish | pypi-publish)",
      "actions[0].uses: 'example-cloud/login@v3' names a version; drop '@...' (any version of the action matches)",
      "actions[1].uses: 'Example Cloud' is not an action name: use owner/repo[/path] in lowercase, owner/* or *",
      "commands[0].line[0]: unsafe regex: nested quantifier: 'a+' repeats inside '(a+)+' with no mandatory separator it cannot match (it runs on scripts an attacker may write)",
      "commands[1].arg: must hold '{arg}' exactly once (where the argument is captured), found 0",
      'commands[2].arg: has 1 capturing group(s) besides {arg}; use (?:...)',
      "commands[2].unless: 'other-host' is not a known check (npmrc-other-host | other-python-index)",
      "replacement.permissions: must grant 'id-token: write' (a GitHub job needs it to request an OIDC token)",
      "replacement.snippet: does not show 'example-cloud/login@v1', which the replacement names",
      "replacement.snippet: does not show 'audience', which the replacement names",
    ],
  );
});

test('the compiled catalog serves the posture rules, equal to the YAML; a changed file falls back to parsing', () => {
  const catalog = readCompiledCatalog(compiledCatalogFiles());
  assert.ok(catalog?.posture, 'build/catalog.json has posture rules (run node scripts/compile-catalog.mjs)');
  const compiled = loadPostureRules(undefined, { catalog });
  const parsed = loadPostureRules(undefined, { compiled: false });
  assert.equal(compiled.from, 'compiled');
  assert.equal(parsed.from, 'yaml');
  assert.deepEqual(compiled.patterns, parsed.patterns);

  const dir = mkdtempSync(join(tmpdir(), 'ks-posture-'));
  try {
    writeFileSync(join(dir, 'github-actions.yaml'), NEW_RULE);
    const other = loadPostureRules(dir, { catalog });
    assert.equal(other.from, 'yaml');
    assert.deepEqual(other.patterns.map((p) => p.id), ['posture.github-actions.example-deploy-token']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

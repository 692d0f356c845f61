// Properties of the CI posture parsing (src/detect/posture-yaml.ts parseCiYaml, and the GitHub Actions and
// GitLab CI walkers through the engine, src/detect/compose.ts detectAll): any text and workflows of random
// nesting, anchors, aliases and merge keys are read without an exception, with positions inside the text;
// work grows linearly; and a token planted in a malformed workflow is never printed by a finding.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { MAX_ALIASES, parseCiYaml } from '../../src/detect/posture-yaml.js';
import { anyText, assertLinear, assertPositions, detectText, fullEngine, leaked, onlyTyped, plantedToken, runs, yamlDocument } from './arbitraries.js';

const PATHS = ['.github/workflows/x.yml', '.gitlab-ci.yml'] as const;
const KEYS = [
  'on', 'push', 'pull_request', 'jobs', 'build', 'publish', 'steps', 'env', 'with', 'uses', 'run', 'name', 'permissions', 'id-token', 'contents', 'secrets',
  'runs-on', 'environment', 'services', 'container', 'credentials', 'password', 'username', 'image', 'strategy', 'matrix', 'if', 'needs',
  'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'NPM_TOKEN', 'NODE_AUTH_TOKEN', 'VAULT_TOKEN', 'GOOGLE_CREDENTIALS', 'AZURE_CLIENT_SECRET', 'TWINE_PASSWORD',
  'aws-access-key-id', 'aws-secret-access-key', 'registry-url', 'credentials_json', 'creds',
  'script', 'before_script', 'after_script', 'variables', 'id_tokens', 'aud', 'include', 'extends', 'stages', 'default', 'rules', 'only', 'tags',
];
const VALUES = [
  '${{ secrets.AWS_SECRET_ACCESS_KEY }}', '${{ secrets.NPM_TOKEN }}', '${{ secrets[matrix.name] }}', '${{ env.X }}', '$AWS_SECRET_ACCESS_KEY', '${VAULT_TOKEN}',
  'aws-actions/configure-aws-credentials@v4', 'actions/setup-node@v4', 'docker/login-action@v3', 'google-github-actions/auth@v2', 'pypa/gh-action-pypi-publish@release/v1',
  'npm publish', 'twine upload dist/*', 'docker login -u x -p "$P" ghcr.io', 'vault login $VAULT_TOKEN', 'echo ${{ secrets.X }} | docker login --password-stdin',
  'write', 'read', 'write-all', 'ubuntu-latest', 'true',
];

/** A workflow skeleton with random jobs, steps, env and inputs, so the walkers get past the top level. */
const workflow = fc
  .tuple(
    fc.array(
      fc.tuple(
        fc.constantFrom('build', 'publish', 'deploy', '<<', '.tmpl'),
        fc.array(fc.tuple(fc.constantFrom('uses', 'run', 'env', 'with', 'name', 'script'), fc.constantFrom(...VALUES), fc.array(fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...VALUES)), { maxLength: 3 })), { maxLength: 4 }),
        fc.constantFrom('', '    permissions:\n      id-token: write\n', '    environment: prod\n', '    <<: *t\n', '    variables: *t\n', '    extends: .tmpl\n'),
      ),
      { minLength: 1, maxLength: 4 },
    ),
    fc.constantFrom('on: push\n', 'on: [push, pull_request]\n', '', 'variables: &t\n  NPM_TOKEN: $NPM_TOKEN\n', 'env: &t {AWS_SECRET_ACCESS_KEY: "${{ secrets.K }}"}\n', 'permissions: write-all\n'),
  )
  .map(([jobs, head]) => {
    let out = `${head}jobs:\n`;
    for (const [name, steps, extra] of jobs) {
      out += `  ${name}:\n    runs-on: ubuntu-latest\n${extra}    steps:\n`;
      for (const [kind, value, map] of steps) {
        if (kind === 'env' || kind === 'with') out += `      - ${kind}:\n${map.map(([k, v]) => `          ${k}: ${JSON.stringify(v)}\n`).join('')}`;
        else out += `      - ${kind}: ${JSON.stringify(value)}\n${map.length > 0 ? `        env:\n${map.map(([k, v]) => `          ${k}: ${v.includes(':') ? JSON.stringify(v) : v}\n`).join('')}` : ''}`;
      }
    }
    // The same jobs as GitLab sees them: a job's script and variables at the job's level.
    return out;
  });
const ciText = fc.oneof(workflow, yamlDocument(KEYS, 5), anyText());

test('props posture: parseCiYaml takes any text and random CI YAML without an exception', () => {
  fc.assert(
    fc.property(ciText, (text) => {
      onlyTyped(() => parseCiYaml(text));
    }),
    runs(1931, 300),
  );
});

test('props posture: any text and random workflows through the engine (GitHub and GitLab paths): no exception, positions inside the text', () => {
  fullEngine();
  fc.assert(
    fc.property(ciText, fc.constantFrom(...PATHS), (text, path) => {
      const r = onlyTyped(() => detectText(path, text));
      if (r) assertPositions(text, r.matches);
    }),
    runs(1932, 200),
  );
});

test('props posture: the workflow skeleton reaches the walkers (control: some runs find a posture rule)', () => {
  // Without this the properties above could pass on input the walkers never read past the top level.
  let posture = 0;
  fc.assert(
    fc.property(workflow, (text) => {
      if (detectText('.github/workflows/x.yml', text).matches.some((m) => m.patternId.startsWith('posture.'))) posture++;
    }),
    runs(1933, 60),
  );
  assert.ok(posture >= 5, `only ${posture} of 60 random workflows gave a posture finding`);
});

/** A workflow feeding the planted token to a step, broken in one random way (or not at all). */
const leakyWorkflow = fc
  .tuple(
    plantedToken,
    fc.constantFrom('none', 'unclosed-flow', 'duplicate-key', 'tab-indent', 'bad-alias', 'unclosed-quote', 'stray-dedent', 'huge-alias-count', 'merge-of-scalar', 'tag'),
    fc.constantFrom('AWS_SECRET_ACCESS_KEY', 'NPM_TOKEN', 'password', 'VAULT_TOKEN'),
    fc.constantFrom(...PATHS),
  )
  .map(([t, broken, key, path]) => {
    const lines = ['on: push', 'jobs:', '  publish:', '    runs-on: ubuntu-latest', '    env:', `      ${key}: ${t}`, '    steps:', '      - run: npm publish', `        env: {NODE_AUTH_TOKEN: "${t}"}`];
    const at = 5;
    const breakage: Record<string, () => void> = {
      none: () => undefined,
      'unclosed-flow': () => lines.splice(at, 0, `      X: [${t}`),
      'duplicate-key': () => lines.splice(at, 0, `      ${key}: ${t}`),
      'tab-indent': () => lines.splice(at, 0, `\t${key}: ${t}`),
      'bad-alias': () => lines.splice(at, 0, `      Y: *${t}`),
      'unclosed-quote': () => lines.splice(at, 0, `      Z: "${t}`),
      'stray-dedent': () => lines.splice(at, 0, ` ${t}`),
      'huge-alias-count': () => lines.push(`x: &a ${t}`, ...Array.from({ length: MAX_ALIASES + 1 }, (_, i) => `k${i}: *a`)),
      'merge-of-scalar': () => lines.splice(at, 0, `      <<: ${t}`),
      tag: () => lines.splice(at, 0, `      W: !${t} 1`),
    };
    breakage[broken]!();
    return { token: t, path, text: lines.join('\n') + '\n' };
  });

test('props posture: a token planted in a malformed (or sound) workflow never prints in a finding (preview, details, notes)', () => {
  fc.assert(
    fc.property(leakyWorkflow, ({ path, text }) => {
      const r = onlyTyped(() => detectText(path, text));
      assert.ok(r);
      assert.deepEqual(leaked(r.findingsJson), [], r.findingsJson);
    }),
    runs(1934, 120),
  );
});

test('props posture: control: the raw matches (secret values) are caught by the leak property', () => {
  // The deliberately broken shape: reporting the matches as they are, with their secret values.
  const r = fc.check(fc.property(leakyWorkflow, ({ path, text }) => assert.deepEqual(leaked(JSON.stringify(detectText(path, text).matches)), [])), runs(1934, 50));
  assert.ok(r.failed, 'the leak property must catch a raw secret');
});

test('props posture: linear time through the engine on adversarial workflows', () => {
  fullEngine();
  const step = '      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          aws-secret-access-key: ${{ secrets.K }}\n';
  const cases: [string, string, (n: number) => string][] = [
    ['many steps', PATHS[0], (n) => `on: push\njobs:\n  a:\n    steps:\n${step.repeat(Math.ceil(n / step.length))}`],
    ['many jobs with env', PATHS[0], (n) => `on: push\njobs:\n${Array.from({ length: Math.ceil(n / 60) }, (_, i) => `  j${i}:\n    env: {AWS_SECRET_ACCESS_KEY: "\${{ secrets.K }}"}\n`).join('')}`],
    ['many aliases of one env map', PATHS[0], (n) => `x: &e {NPM_TOKEN: "\${{ secrets.N }}"}\njobs:\n  a:\n    steps:\n${'      - run: npm publish\n        env: *e\n'.repeat(Math.min(Math.ceil(n / 40), 900))}${'# pad\n'.repeat(Math.ceil(n / 8))}`],
    ['merge keys in every job', PATHS[1], (n) => `.t: &t\n  variables: {VAULT_TOKEN: $V}\n  script: [vault login $VAULT_TOKEN]\n${Array.from({ length: Math.min(Math.ceil(n / 24), 900) }, (_, i) => `j${i}:\n  <<: *t\n`).join('')}${'# pad\n'.repeat(Math.ceil(n / 8))}`],
    ['a long run script', PATHS[0], (n) => `jobs:\n  a:\n    steps:\n      - run: |\n${'          npm publish --token ${{ secrets.N }} && echo $X\n'.repeat(Math.ceil(n / 50))}`],
    ['a long GitLab script list', PATHS[1], (n) => `j:\n  script:\n${'    - docker login -u u -p $P registry.example.com\n'.repeat(Math.ceil(n / 50))}`],
    ['unmatched expression openers', PATHS[0], (n) => `jobs:\n  a:\n    env:\n      X: "${'${{ '.repeat(Math.ceil(n / 4))}"\n`],
    ['unclosed flow openers', PATHS[0], (n) => `jobs: ${'{'.repeat(n)}\n`],
    ['deep flow nesting', PATHS[1], (n) => `j: ${'['.repeat(n)}${']'.repeat(n)}\n`],
    ['a long run of one character', PATHS[1], (n) => `j:\n  script: ${'a'.repeat(n)}\n`],
  ];
  for (const [label, path, build] of cases) {
    assertLinear(`${label} (${path})`, (n) => {
      const text = build(n);
      return () => detectText(path, text);
    }, 1024, { maxN: 1 << 19 });
  }
});

test('props posture: issue 19 regression: CI YAML nested 20,000 deep (after 2,000 deep) yields nothing instead of aborting the process', () => {
  // Found by the growth property: at the end of the stack V8 aborted the process inside yaml's composer.
  for (const n of [2000, 20000, 2000, 20000]) {
    assert.equal(parseCiYaml(`on: ${'['.repeat(n)}${']'.repeat(n)}\n`), undefined);
    assert.deepEqual(detectText('.gitlab-ci.yml', `j: ${'['.repeat(n)}${']'.repeat(n)}\n`).matches, []);
  }
  // Control: a shallow document still parses.
  assert.notEqual(parseCiYaml(`on: ${'['.repeat(150)}${']'.repeat(150)}\n`), undefined);
});

// CI posture detector: every rule positive and negative with exact positions, OIDC workflows clean,
// malformed YAML silent, the declared examples behave, and the migration data carries each fix.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compilePosture, detectPosture, POSTURE_CONTEXTS } from '../../src/detect/posture.js';
import { lintPatterns } from '../../src/catalog/lint.js';
import { loadPostureRules } from '../../src/catalog/posture.js';
import { loadMigrations } from '../../src/migrate/load.js';
import type { FileContext, Match } from '../../src/model/types.js';
import { blob } from './helpers.js';

const y = (...lines: string[]): string => lines.join('\n') + '\n';
// The rules as patterns/posture/*.yaml holds them (parsed, not the compiled catalog).
const POSTURE_SPECS = loadPostureRules(undefined, { compiled: false }).patterns;
const ALL = new Set(POSTURE_SPECS.map((s) => s.id));
const GH = 'posture.github-actions.';
const GL = 'posture.gitlab-ci.';
/** The rules with these ids, compiled as an engine would. */
const rules = (ids: ReadonlySet<string>) => compilePosture(POSTURE_SPECS.filter((s) => ids.has(s.id)));
const COMPILED = rules(ALL);

function gh(text: string, ids: ReadonlySet<string> = ALL): Match[] {
  return detectPosture(blob(text, '.github/workflows/ci.yml'), 'github-workflow', ids === ALL ? COMPILED : rules(ids));
}
function gl(text: string, ids: ReadonlySet<string> = ALL): Match[] {
  return detectPosture(blob(text, '.gitlab-ci.yml'), 'gitlab-ci', ids === ALL ? COMPILED : rules(ids));
}
/** `id line:col-endLine:endCol secret` plus the text the offsets point at. */
function brief(text: string, ms: Match[]): string[] {
  return ms.map((m) => `${m.patternId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.secret} @${text.slice(m.start, m.end)}`);
}
function contextOf(id: string): FileContext {
  return id.startsWith(GL) ? 'gitlab-ci' : 'github-workflow';
}

/** Posture ids are public (SARIF ruleId, baselines, allow comments): these may never disappear or be renamed. */
const PUBLIC_IDS = [
  `${GH}aws-static-keys`, `${GH}gcp-credentials-json`, `${GH}azure-client-secret`, `${GH}npm-token-publish`,
  `${GH}pypi-password-publish`, `${GH}vault-token`, `${GH}docker-password-login`,
  `${GL}aws-static-keys`, `${GL}gcp-credentials-json`, `${GL}azure-client-secret`, `${GL}npm-token-publish`,
  `${GL}pypi-password-publish`, `${GL}vault-token`,
];

test('the rule list: every public id still defined, unique ids, every field filled as the contract says', () => {
  for (const id of PUBLIC_IDS) assert.ok(ALL.has(id), `public posture id ${id} is gone from patterns/posture/`);
  assert.equal(ALL.size, POSTURE_SPECS.length);
  assert.deepEqual([...POSTURE_CONTEXTS].sort(), ['github-workflow', 'gitlab-ci']);
  for (const s of POSTURE_SPECS) {
    assert.match(s.id, /^posture\.(github-actions|gitlab-ci)\.[a-z0-9-]+$/, s.id);
    assert.equal(s.family, 'posture');
    assert.ok(['medium', 'high'].includes(s.severity), s.id);
    assert.equal(s.confidence, 'high');
    assert.ok(['long-lived-credential', 'static-key'].includes(s.kind), s.id);
    assert.ok(s.name.length > 20 && s.provider.length > 0 && s.keywords.length > 0, s.id);
    assert.ok(s.tags.includes('posture') && s.references.length >= 2, s.id);
    assert.ok(s.examples.length >= 2 && s.negativeExamples.length >= 2, s.id);
    assert.equal(s.posture?.ci, s.id.split('.')[1], s.id);
  }
});

test('the specs pass the pattern linter (posture ids name the CI system, not the provider)', () => {
  const migrationKeys = new Set(loadMigrations().keys());
  assert.deepEqual(lintPatterns(POSTURE_SPECS, { migrationKeys, validators: new Set(), probe: false }), []);
});

test('every declared example is flagged with its own id, and no negative example is', () => {
  let checked = 0;
  for (const s of POSTURE_SPECS) {
    const run = (text: string): Match[] => detectPosture(blob(text, 'x.yml'), contextOf(s.id), COMPILED);
    for (const ex of s.examples) {
      assert.ok(run(ex).some((m) => m.patternId === s.id), `${s.id}: example not flagged:\n${ex}`);
      checked++;
    }
    for (const ex of s.negativeExamples) {
      assert.deepEqual(run(ex).map((m) => m.patternId), [], `${s.id}: negative example flagged:\n${ex}`);
      checked++;
    }
  }
  assert.equal(checked, POSTURE_SPECS.reduce((n, s) => n + s.examples.length + s.negativeExamples.length, 0));
  assert.ok(checked >= 4 * PUBLIC_IDS.length);
});

test('github aws-static-keys: configure-aws-credentials inputs, pointing at the secret key input', () => {
  const text = POSTURE_SPECS.find((s) => s.id === `${GH}aws-static-keys`)!.examples[0]!;
  const ms = gh(text);
  assert.deepEqual(brief(text, ms), [
    `${GH}aws-static-keys 9:11-9:32 \${{ secrets.AWS_SECRET_ACCESS_KEY }} @aws-secret-access-key`,
  ]);
  assert.deepEqual(ms[0]!.details, { job: 'deploy', step: 'aws-actions/configure-aws-credentials', input: 'aws-secret-access-key' });
  assert.equal(ms[0]!.entropy, 0);
  assert.equal(ms[0]!.checksum, 'none');
});

test('github aws-static-keys: env at workflow, job and step level, one finding per env block', () => {
  const text = y(
    'on: push',
    'env:',
    '  AWS_ACCESS_KEY_ID: ${{ secrets.KEY_ID }}',
    'jobs:',
    '  a:',
    '    runs-on: ubuntu-latest',
    '    env:',
    "      AWS_SECRET_ACCESS_KEY: ${{ secrets['PROD_AWS_SECRET'] }}",
    '      AWS_ACCESS_KEY_ID: ${{ secrets.KEY_ID }}',
    '    steps:',
    '      - name: upload',
    '        run: aws s3 cp x s3://b/x',
    '        env:',
    '          AWS_SECRET_ACCESS_KEY: ${{ secrets.OTHER }}',
    '  b:',
    '    runs-on: ubuntu-latest',
    '    strategy: {matrix: {account: [DEV_KEY, PROD_KEY]}}',
    '    steps:',
    '      - uses: aws-actions/configure-aws-credentials@v4',
    '        with: {aws-secret-access-key: "${{ secrets[matrix.account] }}", aws-region: us-east-1}',
  );
  assert.deepEqual(brief(text, gh(text)), [
    `${GH}aws-static-keys 3:3-3:20 \${{ secrets.KEY_ID }} @AWS_ACCESS_KEY_ID`,
    `${GH}aws-static-keys 8:7-8:28 \${{ secrets['PROD_AWS_SECRET'] }} @AWS_SECRET_ACCESS_KEY`,
    `${GH}aws-static-keys 14:11-14:32 \${{ secrets.OTHER }} @AWS_SECRET_ACCESS_KEY`,
    `${GH}aws-static-keys 20:16-20:37 \${{ secrets[matrix.account] }} @aws-secret-access-key`,
  ]);
  assert.deepEqual(gh(text).map((m) => m.details), [
    { job: '*', step: 'workflow env', input: 'AWS_ACCESS_KEY_ID' },
    { job: 'a', step: 'job env', input: 'AWS_SECRET_ACCESS_KEY' },
    { job: 'a', step: 'upload', input: 'AWS_SECRET_ACCESS_KEY' },
    { job: 'b', step: 'aws-actions/configure-aws-credentials', input: 'aws-secret-access-key' },
  ]);
});

test('github aws-static-keys negatives: literal values, step outputs, vars and role-to-assume are not posture findings', () => {
  const text = y(
    'on: push',
    'jobs:',
    '  a:',
    '    runs-on: ubuntu-latest',
    '    env:',
    '      AWS_ACCESS_KEY_ID: ${{ vars.KEY_ID }}',
    '      AWS_REGION: us-east-1',
    '    steps:',
    '      - uses: aws-actions/configure-aws-credentials@v4',
    '        with:',
    '          role-to-assume: ${{ secrets.ROLE_ARN }}',
    '          aws-region: us-east-1',
    '      - run: ./deploy.sh',
    '        env:',
    '          AWS_SECRET_ACCESS_KEY: placeholder-not-a-reference',
  );
  assert.deepEqual(gh(text), []);
});

test('github aws-static-keys from a run command: aws configure set with a secret expression', () => {
  const text = y(
    'on: push',
    'jobs:',
    '  a:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - run: |',
    '          aws configure set region us-east-1',
    '          aws configure set aws_secret_access_key ${{ secrets.AWS_SECRET }}',
  );
  assert.deepEqual(brief(text, gh(text)), [`${GH}aws-static-keys 8:51-8:76 \${{ secrets.AWS_SECRET }} @\${{ secrets.AWS_SECRET }}`]);
  assert.deepEqual(gh(text)[0]!.details, { job: 'a', step: 'steps[0]', input: 'run' });
});

test('github gcp-credentials-json: auth credentials_json, setup-gcloud service_account_key, gcloud key file', () => {
  const text = y(
    'on: push',
    'jobs:',
    '  a:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: google-github-actions/auth@v2',
    '        with:',
    '          credentials_json: "${{ secrets.GCP_SA_KEY }}"',
    '      - uses: google-github-actions/setup-gcloud@v0',
    '        with:',
    '          service_account_key: ${{ secrets.GCP_SA_KEY_B64 }}',
    '      - run: gcloud auth activate-service-account --key-file=key.json',
  );
  assert.deepEqual(brief(text, gh(text)), [
    `${GH}gcp-credentials-json 8:11-8:27 \${{ secrets.GCP_SA_KEY }} @credentials_json`,
    `${GH}gcp-credentials-json 11:11-11:30 \${{ secrets.GCP_SA_KEY_B64 }} @service_account_key`,
    `${GH}gcp-credentials-json 12:62-12:70 key.json @key.json`,
  ]);
});

test('github azure-client-secret: creds JSON names the clientSecret reference, not the client id', () => {
  const text = y(
    'on: push',
    'jobs:',
    '  a:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: Azure/login@v2',
    '        with:',
    '          creds: \'{"clientId":"${{ secrets.AZ_CLIENT_ID }}","clientSecret":"${{ secrets.AZ_SECRET }}","tenantId":"t"}\'',
    '      - run: az login --service-principal -u app -p ${{ secrets.AZ_SP_PASSWORD }} --tenant t',
  );
  assert.deepEqual(brief(text, gh(text)), [
    `${GH}azure-client-secret 8:11-8:16 \${{ secrets.AZ_SECRET }} @creds`,
    `${GH}azure-client-secret 9:53-9:82 \${{ secrets.AZ_SP_PASSWORD }} @\${{ secrets.AZ_SP_PASSWORD }}`,
  ]);
});

test('github npm-token-publish: only where the job publishes to npmjs.com', () => {
  const text = y(
    'on: push',
    'env:',
    '  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}',
    'jobs:',
    '  test:',
    '    runs-on: ubuntu-latest',
    '    env:',
    '      NODE_AUTH_TOKEN: ${{ secrets.NPM_READ_TOKEN }}',
    '    steps:',
    '      - run: npm ci && npm test',
    '  release:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: changesets/action@v1',
    '        with:',
    '          publish: npm run release',
    '        env:',
    '          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}',
    '      - run: echo "//registry.npmjs.org/:_authToken=${{ secrets.NPM_TOKEN }}" > ~/.npmrc',
  );
  assert.deepEqual(brief(text, gh(text)), [
    `${GH}npm-token-publish 3:3-3:12 \${{ secrets.NPM_TOKEN }} @NPM_TOKEN`,
    `${GH}npm-token-publish 18:11-18:20 \${{ secrets.NPM_TOKEN }} @NPM_TOKEN`,
    `${GH}npm-token-publish 19:53-19:77 \${{ secrets.NPM_TOKEN }} @\${{ secrets.NPM_TOKEN }}`,
  ]);
});

test('github npm-token-publish negatives: dry runs, GitHub Packages, GITHUB_TOKEN', () => {
  const text = y(
    'on: push',
    'jobs:',
    '  a:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - run: npm publish --dry-run',
    '        env:',
    '          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}',
    '  b:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - run: npm publish --registry https://npm.pkg.github.com',
    '        env:',
    '          NODE_AUTH_TOKEN: ${{ secrets.GH_PACKAGES_PAT }}',
    '  c:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - run: npm publish',
    '        env:',
    '          NODE_AUTH_TOKEN: ${{ secrets.GITHUB_TOKEN }}',
  );
  assert.deepEqual(gh(text), []);
});

test('github pypi-password-publish: action password, twine env, and -p with a $VAR from env', () => {
  const text = y(
    'on: push',
    'jobs:',
    '  a:',
    '    runs-on: ubuntu-latest',
    '    env:',
    '      PYPI_UPLOAD: ${{ secrets.PYPI_TOKEN }}',
    '    steps:',
    '      - uses: pypa/gh-action-pypi-publish@release/v1',
    '        with:',
    '          user: __token__',
    '          password: ${{ secrets.PYPI_API_TOKEN }}',
    '      - run: twine upload -u __token__ -p "$PYPI_UPLOAD" dist/*',
  );
  assert.deepEqual(brief(text, gh(text)), [
    `${GH}pypi-password-publish 11:11-11:19 \${{ secrets.PYPI_API_TOKEN }} @password`,
    `${GH}pypi-password-publish 12:44-12:56 \${{ secrets.PYPI_TOKEN }} @$PYPI_UPLOAD`,
  ]);
});

test('github pypi-password-publish negatives: a private index is not PyPI', () => {
  const text = y(
    'on: push',
    'jobs:',
    '  a:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: pypa/gh-action-pypi-publish@release/v1',
    '        with:',
    '          repository-url: https://pkgs.example.com/pypi/',
    '          password: ${{ secrets.INTERNAL_TOKEN }}',
  );
  assert.deepEqual(gh(text), []);
});

test('github vault-token: token input unless method is jwt, VAULT_TOKEN env, vault login', () => {
  const text = y(
    'on: push',
    'jobs:',
    '  a:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: hashicorp/vault-action@v3',
    '        with:',
    '          method: token',
    '          token: ${{ secrets.VAULT_TOKEN }}',
    '      - uses: hashicorp/vault-action@v3',
    '        with:',
    '          method: jwt',
    '          token: ${{ secrets.VAULT_TOKEN }}',
    '      - run: vault login ${{ secrets.VAULT_ROOT }}',
  );
  assert.deepEqual(brief(text, gh(text)), [
    `${GH}vault-token 9:11-9:16 \${{ secrets.VAULT_TOKEN }} @token`,
    `${GH}vault-token 14:26-14:51 \${{ secrets.VAULT_ROOT }} @\${{ secrets.VAULT_ROOT }}`,
  ]);
});

test('github docker-password-login: ECR, Artifact Registry and ACR; not Docker Hub, GHCR or unknown hosts', () => {
  const step = (registry: string, password: string): string[] => [
    '      - uses: docker/login-action@v3',
    '        with:',
    `          registry: ${registry}`,
    `          password: ${password}`,
  ];
  const text = y(
    'on: push',
    'jobs:',
    '  a:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    ...step('123456789012.dkr.ecr.eu-west-1.amazonaws.com', '${{ secrets.ECR }}'),
    ...step('europe-docker.pkg.dev', '${{ secrets.GAR_KEY }}'),
    ...step('contoso.azurecr.io', '${{ secrets.ACR }}'),
    ...step('docker.io', '${{ secrets.DOCKERHUB_TOKEN }}'),
    ...step('ghcr.io', '${{ secrets.GITHUB_TOKEN }}'),
    ...step('${{ secrets.REGISTRY }}', '${{ secrets.REG_PASSWORD }}'),
  );
  assert.deepEqual(brief(text, gh(text)), [
    `${GH}docker-password-login 9:11-9:19 \${{ secrets.ECR }} @password`,
    `${GH}docker-password-login 13:11-13:19 \${{ secrets.GAR_KEY }} @password`,
    `${GH}docker-password-login 17:11-17:19 \${{ secrets.ACR }} @password`,
  ]);
});

test('a workflow that already federates everywhere yields nothing', () => {
  const text = y(
    'on: push',
    'permissions:',
    '  id-token: write',
    '  contents: read',
    '  packages: write',
    'jobs:',
    '  deploy:',
    '    runs-on: ubuntu-latest',
    '    environment: prod',
    '    steps:',
    '      - uses: actions/checkout@v5',
    '      - uses: aws-actions/configure-aws-credentials@v4',
    '        with:',
    '          role-to-assume: arn:aws:iam::123456789012:role/deploy',
    '          aws-region: us-east-1',
    '      - uses: aws-actions/amazon-ecr-login@v2',
    '      - uses: google-github-actions/auth@v2',
    '        with:',
    '          workload_identity_provider: projects/1/locations/global/workloadIdentityPools/gh/providers/r',
    '      - uses: azure/login@v2',
    '        with:',
    '          client-id: ${{ vars.AZURE_CLIENT_ID }}',
    '          tenant-id: ${{ vars.AZURE_TENANT_ID }}',
    '          subscription-id: ${{ vars.AZURE_SUBSCRIPTION_ID }}',
    '      - uses: hashicorp/vault-action@v3',
    '        with:',
    '          url: https://vault.example.com',
    '          method: jwt',
    '          role: deploy',
    '      - uses: docker/login-action@v3',
    '        with:',
    '          registry: ghcr.io',
    '          username: ${{ github.actor }}',
    '          password: ${{ secrets.GITHUB_TOKEN }}',
    '  publish:',
    '    runs-on: ubuntu-latest',
    '    environment: pypi',
    '    steps:',
    '      - uses: actions/setup-node@v6',
    '        with:',
    '          registry-url: https://registry.npmjs.org',
    '      - run: npm publish',
    '      - uses: pypa/gh-action-pypi-publish@release/v1',
  );
  assert.deepEqual(gh(text), []);
});

test('gitlab aws-static-keys: job variables, global variables once, script use; prefers the secret key', () => {
  const text = y(
    'variables:',
    '  AWS_SECRET_ACCESS_KEY: ${GLOBAL_AWS_SECRET}',
    'deploy:',
    '  variables:',
    '    AWS_ACCESS_KEY_ID: $PROD_KEY_ID',
    '    AWS_SECRET_ACCESS_KEY:',
    '      value: $PROD_SECRET',
    '      description: prod key',
    '  script:',
    '    - aws s3 ls',
    'test:',
    '  script: aws s3 ls',
    'audit:',
    '  variables:',
    '    AWS_SECRET_ACCESS_KEY: ""',
    '  script:',
    '    - echo $AWS_ACCESS_KEY_ID; aws s3 cp x s3://b --sse "$AWS_SECRET_ACCESS_KEY"',
  );
  const ms = gl(text);
  assert.deepEqual(brief(text, ms), [
    `${GL}aws-static-keys 2:3-2:24 \${GLOBAL_AWS_SECRET} @AWS_SECRET_ACCESS_KEY`,
    `${GL}aws-static-keys 6:5-6:26 $PROD_SECRET @AWS_SECRET_ACCESS_KEY`,
  ]);
  assert.deepEqual(ms.map((m) => m.details), [
    { job: '*', step: 'variables', input: 'AWS_SECRET_ACCESS_KEY' },
    { job: 'deploy', step: 'variables', input: 'AWS_SECRET_ACCESS_KEY' },
  ]);
  // Without the global variable, the audit job's script use is reported at its secret-key reference.
  const local = text.replace('variables:\n  AWS_SECRET_ACCESS_KEY: ${GLOBAL_AWS_SECRET}\n', '');
  assert.deepEqual(brief(local, gl(local)), [
    `${GL}aws-static-keys 4:5-4:26 $PROD_SECRET @AWS_SECRET_ACCESS_KEY`,
    `${GL}aws-static-keys 15:58-15:80 $AWS_SECRET_ACCESS_KEY @$AWS_SECRET_ACCESS_KEY`,
  ]);
});

test('gitlab: anchors and merge keys point at the anchored definition, reported once', () => {
  const text = y(
    '.aws: &aws',
    '  variables:',
    '    AWS_SECRET_ACCESS_KEY: $PROD_SECRET',
    'deploy-a:',
    '  <<: *aws',
    '  script: [aws s3 ls]',
    'deploy-b:',
    '  <<: *aws',
    '  script: [aws s3 ls]',
  );
  assert.deepEqual(brief(text, gl(text)), [`${GL}aws-static-keys 3:5-3:26 $PROD_SECRET @AWS_SECRET_ACCESS_KEY`]);
});

test('gitlab gcp, azure, npm, pypi, vault: exact positions of variables and script references', () => {
  const text = y(
    'gcp:',
    '  script:',
    '    - gcloud auth activate-service-account --key-file "$SA_KEY_FILE"',
    'azure:',
    '  script:',
    '    - az login --service-principal -u "$APP" --password=$AZ_SECRET --tenant "$T"',
    'npm:',
    '  variables:',
    '    NPM_TOKEN: $NPM_PUBLISH',
    '  script:',
    '    - npm publish',
    'pypi:',
    '  script:',
    '    - poetry publish --build --password "$PYPI_PW" --username __token__',
    'vault:',
    '  script:',
    '    - vault login $ROOT_TOKEN',
  );
  assert.deepEqual(brief(text, gl(text)), [
    `${GL}gcp-credentials-json 3:56-3:68 $SA_KEY_FILE @$SA_KEY_FILE`,
    `${GL}azure-client-secret 6:57-6:67 $AZ_SECRET @$AZ_SECRET`,
    `${GL}npm-token-publish 9:5-9:14 $NPM_PUBLISH @NPM_TOKEN`,
    `${GL}pypi-password-publish 14:42-14:50 $PYPI_PW @$PYPI_PW`,
    `${GL}vault-token 17:19-17:30 $ROOT_TOKEN @$ROOT_TOKEN`,
  ]);
});

test('gitlab negatives: id_tokens jobs, per-job tokens, no publish, other registries', () => {
  const text = y(
    'default:',
    '  id_tokens:',
    '    VAULT_ID_TOKEN:',
    '      aud: https://vault.example.com',
    'vault:',
    '  script:',
    '    - export VAULT_TOKEN="$(vault write -field=token auth/jwt/login role=ci jwt=$VAULT_ID_TOKEN)"',
    '    - vault login $VAULT_TOKEN',
    'install:',
    '  variables:',
    '    NPM_TOKEN: $NPM_READ_TOKEN',
    '  script:',
    '    - npm ci',
    'gitlab-packages:',
    '  script:',
    '    - npm config set -- "//${CI_SERVER_HOST}/api/v4/projects/${CI_PROJECT_ID}/packages/npm/:_authToken" "${CI_JOB_TOKEN}"',
    '    - npm publish',
    'pypi-gitlab:',
    '  script:',
    '    - twine upload --repository-url ${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/pypi -u gitlab-ci-token -p ${CI_JOB_TOKEN} dist/*',
  );
  assert.deepEqual(gl(text), []);
});

test('only the requested ids are reported, and other contexts yield nothing', () => {
  const text = POSTURE_SPECS.find((s) => s.id === `${GH}aws-static-keys`)!.examples[0]!;
  assert.equal(gh(text).length, 1);
  assert.deepEqual(gh(text, new Set([`${GH}npm-token-publish`])), []);
  assert.deepEqual(gh(text, new Set()), []);
  assert.deepEqual(detectPosture(blob(text, 'deploy.yml'), 'config', COMPILED), []);
  // A GitHub rule id does not fire on a GitLab file and vice versa.
  assert.deepEqual(gl(text), []);
});

test('malformed or unexpected YAML yields nothing and never throws', () => {
  const cases = [
    'on: push\njobs: [\n',
    'jobs:\n  a:\n    steps:\n      - uses: x\n     with: {\n',
    'jobs:\n  a: 1\n  a: 2\n',
    '',
    '- just\n- a list\n',
    'jobs: "not a map"\n',
    'jobs:\n  a:\n    steps: "not a list"\n    env: [1, 2]\n',
    'jobs:\n  a:\n    steps:\n      - null\n      - 42\n      - with: {aws-secret-access-key: 7}\n',
    '\t\tjobs:\n',
    'a: &x [*x]\n',
    // Merge keys that fan out ten ways, eight levels deep: bounded, not 10^8 expansions.
    [
      'l0: &l0 {AWS_SECRET_ACCESS_KEY: $X}',
      ...Array.from({ length: 8 }, (_, i) => `l${i + 1}: &l${i + 1} {<<: [${Array(10).fill(`*l${i}`).join(', ')}]}`),
      'job: {<<: *l8, script: [aws s3 ls]}',
    ].join('\n'),
  ];
  for (const text of cases) {
    assert.deepEqual(gh(text), [], JSON.stringify(text));
    assert.deepEqual(gl(text), [], JSON.stringify(text));
  }
});

test('CRLF files: positions count the line ending as part of the previous line', () => {
  const text = y(
    'on: push',
    'jobs:',
    '  a:',
    '    runs-on: ubuntu-latest',
    '    env:',
    '      VAULT_TOKEN: ${{ secrets.VAULT_TOKEN }}',
    '    steps: [{run: vault kv get secret/x}]',
  ).replace(/\n/g, '\r\n');
  assert.deepEqual(brief(text, gh(text)), [`${GH}vault-token 6:7-6:18 \${{ secrets.VAULT_TOKEN }} @VAULT_TOKEN`]);
});

test('the migration data carries the federation snippet for each rule in its CI context', () => {
  const entries = loadMigrations();
  const expected: Record<string, string[]> = {
    [`${GH}aws-static-keys`]: ['id-token: write', 'role-to-assume'],
    [`${GH}gcp-credentials-json`]: ['id-token: write', 'workload_identity_provider'],
    [`${GH}azure-client-secret`]: ['id-token: write', 'client-id', 'azure/login'],
    [`${GH}npm-token-publish`]: ['id-token: write', 'npm publish'],
    [`${GH}pypi-password-publish`]: ['id-token: write', 'pypa/gh-action-pypi-publish'],
    [`${GH}vault-token`]: ['id-token: write', 'method: jwt'],
    [`${GH}docker-password-login`]: ['id-token: write', 'amazon-ecr-login', 'role-to-assume'],
    [`${GL}aws-static-keys`]: ['id_tokens:', 'AWS_WEB_IDENTITY_TOKEN_FILE'],
    [`${GL}gcp-credentials-json`]: ['id_tokens:', 'workloadIdentityPools'],
    [`${GL}azure-client-secret`]: ['id_tokens:', '--federated-token'],
    [`${GL}npm-token-publish`]: ['id_tokens:', 'NPM_ID_TOKEN'],
    [`${GL}pypi-password-publish`]: ['id_tokens:', 'mint-token'],
    [`${GL}vault-token`]: ['id_tokens:', 'VAULT_ID_TOKEN'],
  };
  assert.deepEqual(Object.keys(expected).sort(), [...PUBLIC_IDS].sort());
  for (const s of POSTURE_SPECS) {
    const entry = entries.get(s.migration);
    assert.ok(entry?.federation, `${s.id}: migration ${s.migration} missing or not a federation path`);
    const snippet = entry.contexts[contextOf(s.id)]?.snippet ?? entry.snippet ?? '';
    // A rule added later is held to what every rule of its CI system needs.
    const needles = expected[s.id] ?? [s.posture?.ci === 'gitlab-ci' ? 'id_tokens:' : 'id-token: write'];
    for (const needle of needles) assert.ok(snippet.includes(needle), `${s.id}: snippet lacks ${needle}`);
    // The fix never feeds a long-lived repository secret to a step again.
    assert.doesNotMatch(snippet, /^\s*[\w-]+:\s*\$\{\{\s*secrets\.(?!GITHUB_TOKEN\b)/m, s.id);
    assert.doesNotMatch(snippet, /^\s*(?:NODE_AUTH_TOKEN|NPM_TOKEN|TWINE_PASSWORD|VAULT_TOKEN|AWS_SECRET_ACCESS_KEY|credentials_json|creds):/m, s.id);
  }
});

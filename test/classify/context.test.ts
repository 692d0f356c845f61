import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectContext, HEAD_BYTES } from '../../src/classify/context.js';
import type { FileContext, PathRole } from '../../src/model/types.js';

const K8S_HEAD = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n';
const HELM_HEAD = 'replicaCount: 2\nimage:\n  repository: nginx\n';
const DOCKER_CONFIG_HEAD = '{\n  "auths": {\n    "ghcr.io": {}\n  }\n}\n';
const COMPOSER_HEAD = '{ "github-oauth": { "github.com": "x" } }';

// [path, head, context, pathRole]
const CASES: Array<[string, string | undefined, FileContext, PathRole]> = [
  // github-workflow
  ['.github/workflows/ci.yml', undefined, 'github-workflow', 'source'],
  ['.github/workflows/release.yaml', undefined, 'github-workflow', 'source'],
  ['packages/api/.github/workflows/deploy.yml', undefined, 'github-workflow', 'source'],
  ['./.github/workflows/ci.yml', undefined, 'github-workflow', 'source'],
  ['.github\\workflows\\win.yml', undefined, 'github-workflow', 'source'],
  ['.github/workflows/README.md', undefined, 'docs', 'docs'],
  // gitlab-ci
  ['.gitlab-ci.yml', undefined, 'gitlab-ci', 'source'],
  ['services/web/.gitlab-ci.yml', undefined, 'gitlab-ci', 'source'],
  ['.gitlab/ci/deploy.yml', undefined, 'gitlab-ci', 'source'],
  ['ci/templates/build.gitlab-ci.yml', undefined, 'gitlab-ci', 'source'],
  // other-ci
  ['Jenkinsfile', undefined, 'other-ci', 'source'],
  ['jenkins/Jenkinsfile.release', undefined, 'other-ci', 'source'],
  ['.circleci/config.yml', undefined, 'other-ci', 'source'],
  ['azure-pipelines.yml', undefined, 'other-ci', 'source'],
  ['azure-pipelines-release.yaml', undefined, 'other-ci', 'source'],
  ['bitbucket-pipelines.yml', undefined, 'other-ci', 'source'],
  ['.travis.yml', undefined, 'other-ci', 'source'],
  ['.buildkite/pipeline.yml', undefined, 'other-ci', 'source'],
  ['.drone.yml', undefined, 'other-ci', 'source'],
  ['cloudbuild.yaml', undefined, 'other-ci', 'source'],
  ['.github/actions/setup/action.yml', undefined, 'other-ci', 'source'],
  ['action.yml', undefined, 'other-ci', 'source'],
  ['.gitea/workflows/build.yml', undefined, 'other-ci', 'source'],
  ['.github/actions/setup/index.js', undefined, 'code', 'source'],
  // dockerfile
  ['Dockerfile', undefined, 'dockerfile', 'source'],
  ['docker/Dockerfile.prod', undefined, 'dockerfile', 'source'],
  ['images/api.dockerfile', undefined, 'dockerfile', 'source'],
  ['Containerfile', undefined, 'dockerfile', 'source'],
  // compose
  ['docker-compose.yml', undefined, 'compose', 'source'],
  ['docker-compose.override.yaml', undefined, 'compose', 'source'],
  ['compose.yaml', undefined, 'compose', 'source'],
  ['deploy/compose.prod.yml', undefined, 'compose', 'source'],
  // package-config
  ['.npmrc', undefined, 'package-config', 'source'],
  ['.yarnrc.yml', undefined, 'package-config', 'source'],
  ['.pypirc', undefined, 'package-config', 'source'],
  ['.netrc', undefined, 'package-config', 'source'],
  ['_netrc', undefined, 'package-config', 'source'],
  ['.git-credentials', undefined, 'package-config', 'source'],
  ['pip.conf', undefined, 'package-config', 'source'],
  ['.docker/config.json', undefined, 'package-config', 'source'],
  ['ci/docker-auth/config.json', DOCKER_CONFIG_HEAD, 'package-config', 'source'],
  ['.m2/settings.xml', undefined, 'package-config', 'source'],
  ['.gem/credentials', undefined, 'package-config', 'source'],
  ['NuGet.Config', undefined, 'package-config', 'source'],
  ['.cargo/credentials.toml', undefined, 'package-config', 'source'],
  ['.terraformrc', undefined, 'package-config', 'source'],
  ['.composer/auth.json', undefined, 'package-config', 'source'],
  ['auth.json', COMPOSER_HEAD, 'package-config', 'source'],
  // dotenv
  ['.env', undefined, 'dotenv', 'source'],
  ['.env.production', undefined, 'dotenv', 'source'],
  ['services/api/.env.local', undefined, 'dotenv', 'source'],
  ['prod.env', undefined, 'dotenv', 'source'],
  ['config/.env.js', undefined, 'code', 'source'],
  // terraform
  ['infra/main.tf', undefined, 'terraform', 'source'],
  ['infra/prod.tfvars', undefined, 'terraform', 'source'],
  ['live/terragrunt.hcl', undefined, 'terraform', 'source'],
  ['infra/main.tf.json', undefined, 'terraform', 'source'],
  // helm-values
  ['charts/api/values.yaml', undefined, 'helm-values', 'source'],
  ['deploy/helm/values-prod.yaml', undefined, 'helm-values', 'source'],
  ['values.yaml', HELM_HEAD, 'helm-values', 'source'],
  ['values.yaml', 'name: x\n', 'config', 'source'],
  // kubernetes
  ['k8s/secret.yaml', undefined, 'kubernetes', 'source'],
  ['deploy/manifests/db.yml', undefined, 'kubernetes', 'source'],
  ['overlays/prod/kustomization.yaml', undefined, 'kubernetes', 'source'],
  ['charts/api/templates/secret.yaml', undefined, 'kubernetes', 'source'],
  ['ops/db-secret.yaml', K8S_HEAD, 'kubernetes', 'source'],
  ['ops/db-secret.yaml', '  apiVersion: v1\n  kind: Secret\n', 'config', 'source'],
  ['.kube/config', undefined, 'kubernetes', 'source'],
  // code
  ['src/app.ts', undefined, 'code', 'source'],
  ['lib/client.py', undefined, 'code', 'source'],
  ['cmd/main.go', undefined, 'code', 'source'],
  ['scripts/deploy.sh', undefined, 'code', 'source'],
  ['tools/Setup.ps1', undefined, 'code', 'source'],
  ['App/Program.cs', undefined, 'code', 'source'],
  // docs
  ['README.md', undefined, 'docs', 'docs'],
  ['apis/ec2-2016-11-15.examples.json', undefined, 'config', 'docs'],
  ['config/settings.sample.yaml', undefined, 'config', 'docs'],
  ['src/sampler.ts', undefined, 'code', 'source'],
  ['guide/install.rst', undefined, 'docs', 'docs'],
  ['docs/notes.txt', undefined, 'docs', 'docs'],
  ['manual.adoc', undefined, 'docs', 'docs'],
  ['notes.txt', undefined, 'other', 'source'],
  // config
  ['config/app.yaml', undefined, 'config', 'source'],
  ['appsettings.json', undefined, 'config', 'source'],
  ['pyproject.toml', undefined, 'config', 'source'],
  ['setup.cfg', undefined, 'config', 'source'],
  ['src/main/resources/application.properties', undefined, 'config', 'source'],
  ['web.config', undefined, 'config', 'source'],
  // other
  ['LICENSE', undefined, 'other', 'source'],
  ['keys/id_rsa', undefined, 'other', 'source'],
  // path roles
  ['test/helpers.ts', undefined, 'code', 'test'],
  ['tests/test_api.py', undefined, 'code', 'test'],
  ['src/__tests__/api.ts', undefined, 'code', 'test'],
  ['spec/models/user_spec.rb', undefined, 'code', 'test'],
  ['fixtures/app/.env', undefined, 'dotenv', 'test'],
  ['pkg/testdata/config.json', undefined, 'config', 'test'],
  ['src/__mocks__/aws.js', undefined, 'code', 'test'],
  ['src/api.test.ts', undefined, 'code', 'test'],
  ['src/api.spec.js', undefined, 'code', 'test'],
  ['pkg/api/client_test.go', undefined, 'code', 'test'],
  ['app/test_settings.py', undefined, 'code', 'test'],
  ['src/test/java/com/acme/ClientTest.java', undefined, 'code', 'test'],
  ['docs/setup.yaml', undefined, 'config', 'docs'],
  ['doc/api.html', undefined, 'other', 'docs'],
  ['examples/basic/main.go', undefined, 'code', 'docs'],
  ['example/.env', undefined, 'dotenv', 'docs'],
  ['node_modules/aws-sdk/lib/config.js', undefined, 'code', 'vendor'],
  ['vendor/github.com/x/y/y_test.go', undefined, 'code', 'vendor'],
  ['third_party/lib/README.md', undefined, 'docs', 'vendor'],
  ['src/latest.ts', undefined, 'code', 'source'],
  ['src/contest/results.ts', undefined, 'code', 'source'],
  ['src/testing.ts', undefined, 'code', 'source'],
];

test('detectContext: every table row', () => {
  for (const [path, head, context, pathRole] of CASES) {
    assert.deepEqual(detectContext(path, head), { context, pathRole }, `${path} (head: ${head === undefined ? 'none' : 'given'})`);
  }
});

test('detectContext: table has no duplicate path+head rows', () => {
  const keys = CASES.map(([p, h]) => `${p}\0${h ?? ''}`);
  assert.equal(new Set(keys).size, keys.length);
});

test('detectContext: only the first HEAD_BYTES of the head are read', () => {
  const late = `${'#'.repeat(HEAD_BYTES)}\n${K8S_HEAD}`;
  assert.equal(detectContext('ops/x.yaml', late).context, 'config');
  assert.equal(detectContext('ops/x.yaml', K8S_HEAD).context, 'kubernetes');
});

test('detectContext: the head never turns a path-decided file into a manifest', () => {
  assert.equal(detectContext('.github/workflows/ci.yml', K8S_HEAD).context, 'github-workflow');
  assert.equal(detectContext('docker-compose.yml', K8S_HEAD).context, 'compose');
  assert.equal(detectContext('src/manifest.ts', K8S_HEAD).context, 'code');
});

test('the same path asked again with another head is classified by that head (path parts are kept, contexts are not)', () => {
  // A history scan asks about one path once per commit; the head decides each time.
  for (let round = 0; round < 2; round++) {
    assert.equal(detectContext('deploy/app.yaml', K8S_HEAD).context, 'kubernetes');
    assert.equal(detectContext('deploy/app.yaml', 'name: x\n').context, 'config');
    assert.equal(detectContext('ci/docker-auth/config.json', DOCKER_CONFIG_HEAD).context, 'package-config');
    assert.equal(detectContext('ci/docker-auth/config.json', '{}').context, 'config');
  }
  // Past the kept paths' bound the answers are the same.
  for (let i = 0; i < 5000; i++) detectContext(`src/m${i}/file.ts`);
  assert.equal(detectContext('test/fixtures/app.yaml', K8S_HEAD).pathRole, 'test');
  assert.equal(detectContext('deploy/app.yaml', K8S_HEAD).context, 'kubernetes');
});

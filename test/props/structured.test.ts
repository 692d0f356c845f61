// Properties of the structured detectors (src/detect/structured*.ts) through the engine (detectAll with
// the paths that select each parser: docker config and GCP key JSON, kubeconfig and Secret YAML, .env,
// .netrc, .npmrc, .pypirc, .git-credentials, Terraform, and a .properties file for the assignment rules):
// no exception on any input or near-valid file, positions inside the text, linear work, and a planted
// token never printed by a finding.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { cleanDocuments } from '../../src/detect/structured-yaml.js';
import { anyText, assertLinear, assertPositions, detectText, fullEngine, leaked, lineText, onlyTyped, plantedToken, runs, yamlDocument, yamlScalar } from './arbitraries.js';

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

const word = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]{0,12}$/);
const secretish = fc.oneof(fc.constantFrom('API_KEY', 'DB_PASSWORD', 'SECRET', 'token', '_authToken', '//registry.npmjs.org/:_authToken', 'password', 'client-key-data', 'private_key', 'auth'), word);
const value = fc.oneof(lineText(30), fc.constantFrom('', '"', "'", '\\', '${X}', '$(cmd)', 'a\\\nb'), fc.stringMatching(/^[A-Za-z0-9+/=_-]{8,48}$/));

/** A JSON document of random nesting with the keys docker config and GCP key files hold. */
const jsonKeys = ['auths', 'auth', 'identitytoken', 'username', 'password', 'credsStore', 'type', 'service_account', 'private_key', 'private_key_id', 'client_email', 'ghcr.io', 'https://index.docker.io/v1/'];
const jsonDoc = fc
  .letrec<{ v: unknown }>((tie) => ({
    v: fc.oneof(
      { depthSize: 'small' },
      fc.oneof(value, fc.integer(), fc.boolean(), fc.constant(null), value.map(b64), fc.tuple(word, value).map(([u, p]) => b64(`${u}:${p}`))),
      fc.dictionary(fc.oneof(fc.constantFrom(...jsonKeys), word), tie('v'), { maxKeys: 4 }),
      fc.array(tie('v'), { maxLength: 3 }),
    ),
  }))
  .v.chain((v) => fc.tuple(fc.constant(JSON.stringify(v, null, 2)), fc.constantFrom('', '"type": "service_account"', ',', '}', '{"auths":', '\ufeff')))
  .map(([j, extra]) => (extra.startsWith('"') && j.startsWith('{') && j.length > 2 ? `{${extra}, ${j.slice(1)}` : extra === '{"auths":' ? `${extra}${j}}` : j + extra));

/** .env / .properties / .netrc / .npmrc / .pypirc / .git-credentials / Terraform lines, near-valid. */
const line = fc.oneof(
  fc.tuple(fc.constantFrom('', 'export ', '  '), secretish, fc.constantFrom('=', ' = ', ':', ' '), fc.constantFrom('', '"', "'", '`'), value, fc.constantFrom('', '"', "'", '`', ' # c')).map(([e, k, s, q, v, c]) => `${e}${k}${s}${q}${v}${c}`),
  fc.tuple(fc.constantFrom('machine', 'login', 'password', 'default', 'account', 'macdef'), value).map(([k, v]) => `${k} ${v}`),
  fc.tuple(word, word, fc.constantFrom('github.com', 'gitlab.example.com:8443', '[::1]', '')).map(([u, p, h]) => `https://${u}:${p}@${h}`),
  fc.constantFrom('[pypi]', '[distutils]', 'index-servers =', '    pypi', '\\', '"""', "'''", '#', '!', 'variable "db_password" {', '  default = "x"', '}', '<<EOT', 'EOT', 'a=b\\'),
  lineText(),
);
const textFile = fc.tuple(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r')).map(([ls, eol]) => ls.join(eol) + eol);

/** YAML with the keys kubeconfigs and Secret manifests hold. */
const yamlKeys = ['apiVersion', 'kind', 'Config', 'Secret', 'v1', 'users', 'user', 'clusters', 'contexts', 'name', 'token', 'password', 'client-key-data', 'client-certificate-data', 'auth-provider', 'config', 'exec', 'env', 'value', 'data', 'stringData', 'metadata', 'type', 'AWS_SECRET_ACCESS_KEY'];
const yamlFile = fc.oneof(
  yamlDocument(yamlKeys, 5).map((y) => `apiVersion: v1\nkind: Secret\n${y}`),
  yamlDocument(yamlKeys, 5).map((y) => `apiVersion: v1\nkind: Config\nclusters: []\n${y}`),
  fc.array(fc.tuple(secretish, fc.oneof(value.map(b64), yamlScalar)), { maxLength: 6 }).map((kv) => `apiVersion: v1\nkind: Secret\ndata:\n${kv.map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`),
  fc.array(fc.tuple(fc.constantFrom('token', 'password', 'client-key-data', 'username'), yamlScalar), { maxLength: 5 }).map((kv) => `apiVersion: v1\nkind: Config\ncontexts: []\nusers:\n- name: u\n  user:\n${kv.map(([k, v]) => `    ${k}: ${v}`).join('\n')}\n`),
);

const FILES: { paths: string[]; text: fc.Arbitrary<string> }[] = [
  { paths: ['.docker/config.json', 'key.json', 'terraform.tfvars.json'], text: fc.oneof(jsonDoc, anyText()) },
  { paths: ['k8s/secret.yaml', '.kube/config', 'kubeconfig.yml'], text: fc.oneof(yamlFile, anyText()) },
  { paths: ['.env', 'prod.env', 'application.properties', '.netrc', '.npmrc', '.pypirc', '.git-credentials', 'main.tf', 'x.tfvars'], text: fc.oneof(textFile, anyText()) },
];
const anyFile = fc.oneof(...FILES.map((f) => fc.tuple(fc.constantFrom(...f.paths), f.text)));

test('props structured: any text and near-valid credential files (JSON, YAML, .env and friends): no exception, positions inside the text', () => {
  fullEngine();
  fc.assert(
    fc.property(anyFile, ([path, text]) => {
      const r = onlyTyped(() => detectText(path, text));
      if (r) assertPositions(text, r.matches);
    }),
    runs(1941, 300),
  );
});

test('props structured: the generators reach the parsers (control: some runs find a structured rule)', () => {
  // A structured hit carries one of the structured rules' ids (patterns/structured/), so count those.
  const { specs } = fullEngine();
  let hits = 0;
  fc.assert(
    fc.property(fc.oneof(fc.tuple(fc.constantFrom('.env', '.npmrc', '.pypirc', 'main.tf'), textFile), fc.tuple(fc.constant('k8s/secret.yaml'), yamlFile)), ([path, text]) => {
      if (detectText(path, text).matches.some((m) => specs.get(m.patternId)?.structured !== undefined || m.notes?.includes('decoded-from-base64'))) hits++;
    }),
    runs(1942, 100),
  );
  assert.ok(hits >= 5, `only ${hits} of 100 near-valid files gave a structured finding`);
});

/** A credential file holding the planted token, broken in one random way. */
const leakyFile = fc
  .tuple(plantedToken, fc.constantFrom('docker', 'gcp', 'secret', 'kubeconfig', 'env', 'netrc', 'npmrc', 'pypirc', 'gitcred', 'tf', 'properties'), fc.constantFrom('none', 'truncate', 'unclosed-quote', 'tab', 'duplicate'), fc.nat())
  .map(([t, kind, broken, cut]) => {
    const texts: Record<string, [string, string]> = {
      docker: ['.docker/config.json', `{"auths": {"ghcr.io": {"auth": "${b64(`octo:${t}`)}", "identitytoken": "${t}"}}}\n`],
      gcp: ['key.json', `{"type": "service_account", "private_key_id": "${t}", "client_email": "${t}@x.iam.gserviceaccount.com", "private_key": "-----BEGIN PRIVATE KEY-----\\n${t}\\n-----END PRIVATE KEY-----\\n"}\n`],
      secret: ['k8s/secret.yaml', `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${t}\ndata:\n  API_TOKEN: ${b64(t)}\nstringData:\n  password: ${t}\n`],
      kubeconfig: ['.kube/config', `apiVersion: v1\nkind: Config\nclusters: []\ncontexts: []\nusers:\n- name: ${t}\n  user:\n    token: ${t}\n    username: ${t}\n`],
      env: ['.env', `export API_TOKEN="${t}"\n${t}=1\nDB_PASSWORD='${t}\n`],
      netrc: ['.netrc', `machine github.com login ${t} password ${t}\n`],
      npmrc: ['.npmrc', `//npm.example.com/:_authToken=${t}\n//r/:_password=${b64(t)}\n`],
      pypirc: ['.pypirc', `[pypi]\nusername = ${t}\npassword = ${t}\n`],
      gitcred: ['.git-credentials', `https://${t}:${t}@github.com\n`],
      tf: ['main.tf', `variable "db_password" {\n  default = "${t}"\n}\n`],
      properties: ['application.properties', `spring.datasource.password=${t}\napi.token: ${t}\n`],
    };
    const [path, sound] = texts[kind]!;
    const text =
      broken === 'truncate' ? sound.slice(0, cut % (sound.length + 1))
      : broken === 'unclosed-quote' ? `${sound}"${t}\n`
      : broken === 'tab' ? sound.replace(/\n /, '\n\t')
      : broken === 'duplicate' ? sound + sound
      : sound;
    return { path, text };
  });

test('props structured: a token planted in a sound or broken credential file never prints in a finding', () => {
  fc.assert(
    fc.property(leakyFile, ({ path, text }) => {
      const r = onlyTyped(() => detectText(path, text));
      assert.ok(r);
      assert.deepEqual(leaked(r.findingsJson), [], `${path}\n${text}\n=> ${r.findingsJson}`);
    }),
    runs(1943, 200),
  );
});

test('props structured: control: the raw matches are caught by the leak property', () => {
  const r = fc.check(fc.property(leakyFile, ({ path, text }) => assert.deepEqual(leaked(JSON.stringify(detectText(path, text).matches)), [])), runs(1943, 50));
  assert.ok(r.failed, 'the leak property must catch a raw secret');
});

test('props structured: linear time through the engine on adversarial credential files', () => {
  fullEngine();
  const cases: [string, string, (n: number) => string][] = [
    ['deep JSON nesting', '.docker/config.json', (n) => `{"auths": ${'['.repeat(n)}${']'.repeat(n)}}`],
    ['unclosed JSON openers', '.docker/config.json', (n) => `{"auths": ${'{"a":'.repeat(Math.ceil(n / 5))}`],
    ['many registries', '.docker/config.json', (n) => `{"auths": {${Array.from({ length: Math.ceil(n / 40) }, (_, i) => `"r${i}.io": {"auth": "${b64(`u:p${i}`)}"}`).join(',')}}}`],
    ['deep YAML nesting', 'k8s/secret.yaml', (n) => `kind: Secret\ndata:\n  x: ${'['.repeat(n)}${']'.repeat(n)}\n`],
    ['many Secret data keys', 'k8s/secret.yaml', (n) => `kind: Secret\ndata:\n${Array.from({ length: Math.ceil(n / 30) }, (_, i) => `  K${i}: ${b64(`v${i}`)}`).join('\n')}\n`],
    ['many kubeconfig users', '.kube/config', (n) => `apiVersion: v1\nkind: Config\nclusters: []\nusers:\n${'- name: u\n  user:\n    token: abcdefgh12345678\n'.repeat(Math.ceil(n / 50))}`],
    ['unclosed quotes on every .env line', '.env', (n) => 'API_KEY="abc\n'.repeat(Math.ceil(n / 13))],
    ['one unclosed quote, then many lines', '.env', (n) => `API_KEY="x\n${'A=b\n'.repeat(Math.ceil(n / 4))}`],
    ['backslash continuations', 'application.properties', (n) => `password=a\\\n${'  b\\\n'.repeat(Math.ceil(n / 5))}`],
    ['a long .env value', '.env', (n) => `SECRET=${'a'.repeat(n)}\n`],
    ['long netrc token run', '.netrc', (n) => `${'machine m login l password p '.repeat(Math.ceil(n / 30))}\n`],
    ['a heredoc never closed', 'main.tf', (n) => `variable "db_password" {\n  default = <<EOT\n${'x\n'.repeat(Math.ceil(n / 2))}`],
    ['many npmrc lines', '.npmrc', (n) => '//r.example.com/:_authToken=abcdefgh12345678\n'.repeat(Math.ceil(n / 48))],
  ];
  for (const [label, path, build] of cases) {
    assertLinear(`${label} (${path})`, (n) => {
      const text = build(n);
      return () => detectText(path, text);
    }, 1024, { maxN: 1 << 19 });
  }
});

test('props structured: issue 19 regression: a Secret manifest nested 20,000 deep (after 2,000 deep) is no document, not a process abort', () => {
  for (const n of [2000, 20000, 2000, 20000]) assert.deepEqual(cleanDocuments(`kind: Secret\ndata:\n  x: ${'['.repeat(n)}${']'.repeat(n)}\n`), []);
  // Control: a shallow one is read.
  assert.equal(cleanDocuments(`kind: Secret\ndata:\n  x: ${'['.repeat(150)}${']'.repeat(150)}\n`).length, 1);
});

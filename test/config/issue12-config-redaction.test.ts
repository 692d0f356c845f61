// Issue 12 defect 2: configuration errors never print secrets. A format-valid fake token is planted in every
// map-key and list-entry position of the .keyshift.yaml schema (and in the value positions beside them); no
// stdout or stderr of `keyshift scan` may hold it, and every error names file:line. A control proves that
// the leak check sees a token that is printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type CliIO } from '../../src/cli/main.js';
import { makeToken } from '../helpers/fake-tokens.js';

const T = makeToken('github.pat-classic', 1212);

async function run(args: string[], cwd: string): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), isTTY: false, env: { NO_COLOR: '1' }, cwd };
  const status = await main(args, io);
  return { status, out, err };
}

function project(config: string, files: Record<string, string> = { 'app.txt': 'nothing here\n' }): string {
  const dir = mkdtempSync(join(tmpdir(), 'keyshift-redact-'));
  writeFileSync(join(dir, '.keyshift.yaml'), config);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Every key and list position of the schema, each holding the token (values beside them too). */
const POSITIONS: [string, string][] = [
  ['top-level key', `${T}: 1\n`],
  ['fail-on value', `fail-on: ${T}\n`],
  ['max-file-size value', `max-file-size: ${T}\n`],
  ['include entry', `include: ['${T}']\n`],
  ['exclude entry', `exclude: ['${T}']\n`],
  ['ignore-files entry', `ignore-files: ['${T}']\n`],
  ['baseline value', `baseline: ${T}\n`],
  ['key under patterns', `patterns:\n  ${T}: [x]\n`],
  ['patterns.only entry', `patterns:\n  only: [${T}]\n`],
  ['patterns.enable entry', `patterns:\n  enable: [${T}]\n`],
  ['patterns.disable entry', `patterns:\n  disable: [${T}]\n`],
  ['patterns.severity key', `patterns:\n  severity:\n    ${T}: high\n`],
  ['patterns.severity id-shaped key', `patterns:\n  severity:\n    acme.${T}: high\n`],
  ['patterns.severity value', `patterns:\n  severity:\n    aws.access-key-id: ${T}\n`],
  ['patterns.custom entry', `patterns:\n  custom: [${T}]\n`],
  ['patterns.custom key', `patterns:\n  custom:\n    - id: acme.key\n      regex: '(acme_[a-z]{8})'\n      ${T}: 1\n`],
  ['patterns.custom id', `patterns:\n  custom:\n    - id: ${T}\n      regex: '(acme_[a-z]{8})'\n`],
  ['patterns.custom keywords entry', `patterns:\n  custom:\n    - id: acme.key\n      regex: '(acme_[a-z]{8})'\n      keywords: [${T}]\n`],
  ['patterns.custom examples entry', `patterns:\n  custom:\n    - id: acme.key\n      regex: '(acme_[a-z]{8})'\n      keywords: [acme_]\n      examples: ['${T}']\n`],
  ['patterns.custom negative_examples entry', `patterns:\n  custom:\n    - id: acme.key\n      regex: '(ghp_[A-Za-z0-9]{36})'\n      keywords: [ghp_]\n      negative_examples: ['${T}']\n`],
  ['patterns.custom references entry', `patterns:\n  custom:\n    - id: acme.key\n      regex: '(acme_[a-z]{8})'\n      keywords: [acme_]\n      references: ['${T}']\n`],
  ['patterns.custom tags entry', `patterns:\n  custom:\n    - id: acme.key\n      regex: '(acme_[a-z]{8})'\n      keywords: [acme_]\n      tags: ['${T}']\n      migration: ${T}\n`],
  ['key under allowlist', `allowlist:\n  ${T}: [x]\n`],
  ['allowlist.paths entry', `allowlist:\n  paths: ['${T}']\n`],
  ['allowlist.values entry (invalid regex)', `allowlist:\n  values: ['(${T}']\n`],
  ['allowlist.stopwords entry', `allowlist:\n  stopwords: ['${T}']\n`],
  ['allowlist.patterns key', `allowlist:\n  patterns:\n    ${T}:\n      paths: [x]\n`],
  ['allowlist.patterns id-shaped key', `allowlist:\n  patterns:\n    acme.${T}:\n      paths: [x]\n`],
  ['allowlist.patterns.<id> key', `allowlist:\n  patterns:\n    generic.password:\n      ${T}: [x]\n`],
  ['allowlist.patterns.<id>.paths entry', `allowlist:\n  patterns:\n    generic.password:\n      paths: [{ ${T}: 1 }]\n`],
  ['allowlist.patterns.<id>.values entry', `allowlist:\n  patterns:\n    generic.password:\n      values: ['(${T}']\n`],
  ['key under entropy', `entropy:\n  ${T}: 3\n`],
  ['entropy value', `entropy:\n  generic: ${T}\n`],
];

test('issue 12 defect 2: control: the leak check fails when a scan prints the token', async () => {
  const dir = project('fail-on: low\n', { 'app.txt': `token = ${T}\n` });
  const r = await run(['scan', '.', '--workers', '0', '--show-secrets'], dir);
  assert.equal(r.status, 1);
  assert.ok((r.out + r.err).includes(T), 'the check sees a printed token');
});

for (const [where, config] of POSITIONS) {
  test(`issue 12 defect 2: a token as ${where} is never printed`, async () => {
    const dir = project(config);
    const r = await run(['scan', '.', '--workers', '0'], dir);
    const all = r.out + r.err;
    assert.ok(!all.includes(T), `leaked in: ${all.replace(T, '<TOKEN>')}`);
    // Not even a long piece of it.
    assert.ok(!all.includes(T.slice(4, 24)), `partly leaked in: ${all}`);
    if (r.status === 2) {
      // Every configuration error says file:line.
      for (const line of r.err.trimEnd().split('\n').filter((l) => !/problem\(s\) in pattern definitions:$/.test(l))) {
        assert.match(line, /^(keyshift: )?\S*\.keyshift\.yaml:\d+: /, r.err);
      }
    } else {
      // A position that is valid syntax (a glob, a stopword, a selector) may scan; what it says must still be safe.
      assert.ok([0, 1].includes(r.status), r.err);
    }
  });
}

test('issue 12 defect 2: the patterns.disable entry that names nothing is a warning with file:line, redacted', async () => {
  const dir = project(`patterns:\n  disable: [${T}]\n`);
  const r = await run(['scan', '.', '--workers', '0'], dir);
  assert.equal(r.status, 0, r.err);
  assert.match(r.err, /^keyshift: warning: \S*\.keyshift\.yaml:2: patterns\.disable\[0\]: ghp_…\[40\] names no pattern id, tag, provider or family \(ignored; see keyshift patterns list\)$/m);
});

test('issue 12 defect 2: a token under patterns.severity is redacted in the error and carries file:line', async () => {
  const dir = project(`fail-on: low\npatterns:\n  severity:\n    ${T}: high\n`);
  const r = await run(['scan', '.', '--workers', '0'], dir);
  assert.equal(r.status, 2);
  assert.match(r.err, /\.keyshift\.yaml:4: patterns\.severity\.ghp_…\[40\]: expected a pattern id like "aws\.access-key-id" as the key\n$/);
});

// The version the CLI prints and writes into SARIF is the package's version.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VERSION } from '../../src/model/version.js';
import { REPO_ROOT, runCli } from '../helpers/fixtures.js';

test('VERSION equals package.json version, and --version prints it', () => {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
  assert.equal(VERSION, pkg.version);
  assert.equal(runCli(['--version'], REPO_ROOT).stdout.trim(), pkg.version);
});

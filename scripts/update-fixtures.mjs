#!/usr/bin/env node
// Rewrites fixtures/<scenario>/expected.json from a scan. Run by hand after `npm run build`, then read the
// diff (git diff fixtures/) before committing: the expected files are the test's truth.
//   node scripts/update-fixtures.mjs [scenario...]            rewrite (all scenarios, or the ones named)
//   node scripts/update-fixtures.mjs --check [scenario...]    write nothing; print what differs, exit 1 if anything does
//   --fixtures <dir>                                          a fixtures folder other than ./fixtures (used by the tests)
// The diff names path:line:column, pattern id and fingerprint of each added, removed or changed entry; never a
// secret value (the stable fields hold none).
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listScenarios, scanScenario, expectedFor, diffFindings, REPO_ROOT } from '../build/test/helpers/fixtures.js';

const args = process.argv.slice(2);
let check = false;
let root = join(REPO_ROOT, 'fixtures');
const only = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--check') check = true;
  else if (a === '--fixtures') {
    if (args[i + 1] === undefined) {
      console.error('update-fixtures: --fixtures needs a folder');
      process.exit(2);
    }
    root = resolve(args[++i]);
  } else if (a.startsWith('-')) {
    console.error(`update-fixtures: unknown option ${a} (use --check, --fixtures <dir>)`);
    process.exit(2);
  } else only.push(a);
}

const scenarios = listScenarios(root);
const unknown = only.filter((n) => !scenarios.includes(n));
if (unknown.length > 0) {
  console.error(`update-fixtures: no scenario ${unknown.join(', ')} under ${root} (have: ${scenarios.join(', ')})`);
  process.exit(2);
}

let differing = 0;
for (const name of scenarios.filter((n) => only.length === 0 || only.includes(n))) {
  const { findings, status, stderr } = scanScenario(name, root);
  if (status !== 0) {
    console.error(`${name}: scan failed (${status}): ${stderr}`);
    process.exitCode = 2;
    continue;
  }
  if (check) {
    let expected;
    try {
      expected = expectedFor(name, root);
    } catch (err) {
      console.log(`${name}: cannot read expected.json (${err.code ?? err.message}); ${findings.length} finding(s) now`);
      differing++;
      continue;
    }
    const lines = diffFindings(expected, findings);
    if (lines.length === 0) {
      console.log(`${name}: ok (${findings.length} finding(s))`);
    } else {
      differing++;
      console.log(`${name}: ${lines.length} difference(s) from fixtures/${name}/expected.json`);
      for (const l of lines) console.log(`  ${l}`);
    }
    continue;
  }
  writeFileSync(join(root, name, 'expected.json'), `${JSON.stringify(findings, null, 2)}\n`);
  console.log(`${name}: ${findings.length} finding(s)`);
}
if (check && differing > 0) {
  console.log(`\n${differing} scenario(s) differ; if the change is intended, run node scripts/update-fixtures.mjs and read git diff fixtures/`);
  process.exitCode ||= 1;
}
